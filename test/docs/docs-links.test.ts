/**
 * The shipped docs: every relative link in README, CONTRIBUTING, docs/ and examples/ resolves to a
 * file inside the repository, the README links every guide, and TypeDoc documents every subpath of
 * the exports map (`npm run docs` itself fails on any TypeDoc warning).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "api" || name === "node_modules") return [];
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

const files = [
  join(root, "README.md"),
  join(root, "CONTRIBUTING.md"),
  ...markdownFiles(join(root, "docs")),
  ...markdownFiles(join(root, "examples")),
];

describe("docs", () => {
  test.each(files.map((f) => [relative(root, f), f]))(
    "links in %s resolve inside the repository",
    (_, file) => {
      // Code blocks hold examples, not links.
      const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
      const broken: string[] = [];
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!) || target!.startsWith("#")) continue;
        const path = resolve(dirname(file), target!.split("#")[0]!);
        if (!path.startsWith(root) || !existsSync(path)) broken.push(target!);
      }
      expect(broken).toEqual([]);
    },
  );

  test("the README links every guide", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    for (const guide of ["architecture", "mapping", "operations", "security", "storage-adapters"]) {
      expect(readme).toContain(`(docs/${guide}.md)`);
    }
  });

  test("TypeDoc documents every subpath of the exports map", async () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
      scripts: Record<string, string>;
    };
    const { default: config } = (await import(join(root, "typedoc.config.mjs"))) as {
      default: { entryPoints: string[]; treatWarningsAsErrors: boolean };
    };
    const expected = Object.keys(pkg.exports)
      .filter((k) => k !== "./package.json")
      .map((k) => (k === "." ? "src/index.ts" : `src/${k.slice(2)}/index.ts`));
    expect([...config.entryPoints].sort()).toEqual(expected.sort());
    expect(config.treatWarningsAsErrors).toBe(true);
    expect(pkg.scripts.docs).toContain("--treatWarningsAsErrors");
  });
});
