/**
 * The documentation links only inside the repository: README.md, CHANGELOG.md, CONTRIBUTING.md and
 * docs/ ship to (or are read by) people offline and behind proxies, and an outside page changes
 * without us. Every link must be a relative path to a file or folder of the repository (optionally
 * with a #fragment) or a #fragment of the same page. Code blocks and code spans are not links.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, test } from "vitest";

const root = resolve(import.meta.dirname, "../..");

interface Link {
  /** 1-based line in the markdown text. */
  readonly line: number;
  readonly target: string;
}

/** The markdown with fenced code blocks and code spans blanked out, line numbers kept. */
function withoutCode(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  let fence: string | undefined;
  const kept = lines.map((text) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence === undefined) {
      if (marker) {
        fence = marker;
        return "";
      }
      return text.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, "");
    }
    if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) {
      fence = undefined;
    }
    return "";
  });
  return kept.join("\n");
}

/** Every link destination of a markdown text: inline, reference, autolink, bare URL, HTML. */
function markdownLinks(markdown: string): Link[] {
  const links: Link[] = [];
  withoutCode(markdown)
    .split("\n")
    .forEach((text, index) => {
      const seen = new Set<string>();
      const add = (target: string) => {
        if (!seen.has(target)) links.push({ line: index + 1, target });
        seen.add(target);
      };
      // [text](dest "title") and ![alt](dest); dest may be <wrapped>.
      for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*(<[^>]*>|[^)\s]+)/g)) add(m[1]!.replace(/^<|>$/g, ""));
      // [label]: dest
      const definition = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(text);
      if (definition) add(definition[1]!.replace(/^<|>$/g, ""));
      // <scheme:...> autolinks and <user@host> e-mail autolinks.
      for (const m of text.matchAll(/<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[a-z]+)>/gi)) {
        add(m[1]!);
      }
      // Bare URLs that GitHub turns into links.
      for (const m of text.matchAll(/(?<![\w(<])(?:https?:\/\/|www\.)[^\s<>)"']+/gi)) add(m[0]);
      // Raw HTML.
      for (const m of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)) add(m[1]!);
    });
  return links;
}

/** Why a link leaves the repository or leads nowhere, or undefined when it is fine. */
function problem(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//") || /^www\./i.test(target)) {
    return "points outside the repository";
  }
  if (target.includes("@") && !target.includes("/")) return "is an e-mail address";
  const path = decodeURIComponent(target.split("#")[0]!.split("?")[0]!);
  if (path === "") return undefined; // #fragment of the same page
  const resolved = path.startsWith("/") ? join(root, path) : resolve(dirname(file), path);
  const inside = relative(root, resolved);
  if (inside.startsWith("..") || inside.startsWith(sep)) return "points outside the repository";
  if (!existsSync(resolved)) return "leads to nothing in the repository";
  return undefined;
}

function markdownFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : [],
    );
  return [
    ...["README.md", "CHANGELOG.md", "CONTRIBUTING.md"].map((f) => join(root, f)).filter(existsSync),
    ...walk(join(root, "docs")),
  ];
}

describe("documentation links", () => {
  test("the scanner finds every kind of link, and no code", () => {
    const sample = [
      "See [the guide](docs/guide.md#top) and ![logo](<img/logo.png>).",
      "Read [more][ref], <https://example.com/a>, www.example.org or https://example.net/x.",
      "Write to <someone@example.com>; <a href='https://example.com/h'>here</a>.",
      "`[not](a-link)` and `https://in.code`",
      "```ts",
      'const url = "https://in.a.block";',
      "```",
      "[ref]: https://example.com/ref",
    ].join("\n");
    expect(markdownLinks(sample)).toEqual([
      { line: 1, target: "docs/guide.md#top" },
      { line: 1, target: "img/logo.png" },
      { line: 2, target: "https://example.com/a" },
      { line: 2, target: "www.example.org" },
      { line: 2, target: "https://example.net/x." },
      { line: 3, target: "someone@example.com" },
      { line: 3, target: "https://example.com/h" },
      { line: 8, target: "https://example.com/ref" },
    ]);
    const readme = join(root, "README.md");
    expect(problem(readme, "https://example.com")).toBe("points outside the repository");
    expect(problem(readme, "mailto:a@b.c")).toBe("points outside the repository");
    expect(problem(readme, "../shared/DESIGN.md")).toBe("points outside the repository");
    expect(problem(readme, "docs/no-such-page.md")).toBe("leads to nothing in the repository");
    expect(problem(readme, "CONTRIBUTING.md#set-up")).toBeUndefined();
    expect(problem(readme, "#use")).toBeUndefined();
  });

  test("README.md, CHANGELOG.md, CONTRIBUTING.md and docs/ link only inside the repository", () => {
    const files = markdownFiles();
    expect(files.length).toBeGreaterThan(3);
    const problems = files.flatMap((file) =>
      markdownLinks(readFileSync(file, "utf8")).flatMap(({ line, target }) => {
        const why = problem(file, target);
        return why ? [`${relative(root, file)}:${line}: ${target} ${why}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });
});
