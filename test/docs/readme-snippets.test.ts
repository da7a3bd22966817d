/**
 * Every ```ts block of README.md compiles, as a user's own module would, against the package's
 * public subpaths only: `ml-connector`, `ml-connector/core`, … resolve to the source of the entry
 * each `exports` entry publishes, and nothing else of the package resolves. A new block is checked
 * the moment it is added; each block is a module of its own.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, test } from "vitest";

const root = resolve(import.meta.dirname, "../..");

interface Block {
  /** 1-based line of README.md where the block's code starts. */
  readonly line: number;
  readonly code: string;
}

/** The fenced ```ts / ```typescript blocks of a markdown text, in order. */
function typescriptBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split(/\r?\n/);
  let fence: { marker: string; ts: boolean; start: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    if (!fence) {
      const open = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(text);
      if (open) {
        const lang = open[2]!.toLowerCase();
        fence = { marker: open[1]!, ts: lang === "ts" || lang === "typescript", start: index + 2, body: [] };
      }
    } else if (text.trim().startsWith(fence.marker) && text.trim().replace(/[`~]/g, "") === "") {
      if (fence.ts) blocks.push({ line: fence.start, code: fence.body.join("\n") });
      fence = undefined;
    } else {
      fence.body.push(text);
    }
  });
  return blocks;
}

/** `ml-connector/<subpath>` → the source file behind its published entry, from package.json `exports`. */
function publicSubpaths(): Record<string, string[]> {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    exports: Record<string, string | { import?: { types?: string } }>;
  };
  const paths: Record<string, string[]> = {};
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target === "string") continue; // ./package.json
    const types = target.import?.types;
    if (!types) throw new Error(`exports["${key}"] has no import types`);
    const source = join(root, types.replace(/^\.\/dist\//, "src/").replace(/\.d\.ts$/, ".ts"));
    paths[key === "." ? "ml-connector" : `ml-connector/${key.slice(2)}`] = [source];
  }
  return paths;
}

interface Problem {
  /** 1-based line in the module text; 0 when the problem has no place. */
  readonly line: number;
  readonly message: string;
}

/** Typechecks the given module texts together; returns each one's problems. */
function typecheck(files: Record<string, string>): Record<string, Problem[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("tsconfig.json could not be read");
  // Under .tmp/ in the repository: the files are ES modules (the root package.json says so) and
  // see the repository's node_modules, as a user's project sees its own.
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(root, ".tmp", "readme-snippets-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const names: Record<string, string> = {};
  for (const [name, code] of Object.entries(files)) {
    const file = join(dir, `${name}.ts`);
    writeFileSync(file, code);
    names[name] = file;
  }
  const program = ts.createProgram(Object.values(names), {
    ...config.options,
    paths: publicSubpaths(),
    noEmit: true,
  });
  const result: Record<string, Problem[]> = {};
  for (const [name, file] of Object.entries(names)) {
    const source = program.getSourceFile(file)!;
    result[name] = ts.getPreEmitDiagnostics(program, source).map((d) => ({
      line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
      message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    }));
  }
  return result;
}

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const clean of cleanups) clean();
});

describe("README.md code", () => {
  const blocks = typescriptBlocks(readFileSync(join(root, "README.md"), "utf8"));

  test("finds the ```ts blocks, and only those", () => {
    expect(
      typescriptBlocks("```ts\na\n```\n```sh\nb\n```\n~~~typescript\nc\n~~~\n````ts\nd\n```\ne\n````"),
    ).toEqual([
      { line: 2, code: "a" },
      { line: 8, code: "c" },
      { line: 11, code: "d\n```\ne" },
    ]);
    expect(blocks.length).toBeGreaterThan(0);
  });

  test("every ```ts block typechecks against the public subpaths", () => {
    // Two probes prove the check can fail: a name the package does not export, and a module that
    // exists in src/ but is no public subpath.
    const result = typecheck({
      ...Object.fromEntries(blocks.map((b, i) => [`block-${i}`, `${b.code}\nexport {};\n`])),
      "probe-missing-export": `import { noSuchExport } from "ml-connector";\nnoSuchExport();\n`,
      "probe-private-path": `import { Money } from "ml-connector/core/money";\nMoney.zero("USD");\n`,
    });
    const text = (name: string) => result[name]!.map((p) => p.message).join("\n");
    expect(text("probe-missing-export")).toContain("noSuchExport");
    expect(text("probe-private-path")).toContain("ml-connector/core/money");

    const failures = blocks.flatMap((b, i) =>
      result[`block-${i}`]!.map(
        (p) => `README.md line ${p.line ? b.line + p.line - 1 : b.line}: ${p.message}`,
      ),
    );
    expect(failures).toEqual([]);
  });
});
