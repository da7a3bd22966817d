/** The CLI parses with node:util in strict mode: unknown options and missing values are usage errors. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type CommandSpec, ExitCode, helpText, parseCommandArgs, usageLine } from "../../src/cli/args.js";
import { runCli } from "../../src/cli/run.js";

const repoRoot = resolve(import.meta.dirname, "..", "..");

const cli = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, stdout: out.join(""), stderr: err.join("") };
};

const spec: CommandSpec = {
  name: "example",
  summary: "An example command.",
  positionals: { names: "<file>", min: 1, max: 1 },
  options: {
    db: { type: "string", value: "FILE", description: "the database" },
    json: { type: "boolean", description: "print JSON" },
    tag: { type: "string", multiple: true, description: "a tag, repeatable" },
  },
  required: ["db"],
};

describe("parseCommandArgs", () => {
  it("parses options and positionals", () => {
    expect(
      parseCommandArgs(spec, ["a.txt", "--db", "x.sqlite", "--json", "--tag", "t1", "--tag=t2"]),
    ).toEqual({
      kind: "ok",
      values: { db: "x.sqlite", json: true, tag: ["t1", "t2"] },
      positionals: ["a.txt"],
    });
  });

  it.each([
    [["a.txt", "--db"], "--db needs a value"],
    [["a.txt", "--db", "--json"], "--db needs a value"],
    [["a.txt", "--db="], "--db needs a value"],
    [["a.txt", "--db", "x", "--nope"], 'unknown option "--nope"'],
    [["a.txt", "--db", "x", "--json=yes"], "--json takes no value"],
    [["a.txt"], "--db FILE is required"],
    [["--db", "x"], "missing <file>"],
    [["a.txt", "b.txt", "--db", "x"], 'too many arguments: "b.txt"'],
  ])("%j is a usage error: %s", (argv, message) => {
    expect(parseCommandArgs(spec, argv)).toEqual({ kind: "error", message });
  });

  it("--help wins over missing and unknown options; after -- it is a positional", () => {
    expect(parseCommandArgs(spec, ["--nope", "--help"])).toEqual({ kind: "help" });
    expect(parseCommandArgs(spec, ["-h"])).toEqual({ kind: "help" });
    expect(parseCommandArgs(spec, ["--db", "x", "--", "--help"])).toMatchObject({
      kind: "ok",
      positionals: ["--help"],
    });
  });

  it("writes a usage line and a help text listing every option", () => {
    expect(usageLine(spec)).toBe("ml-connector example <file> --db FILE [--json] [--tag VALUE]");
    const help = helpText(spec);
    for (const text of [
      "An example command.",
      "--db FILE",
      "(required)",
      "--json",
      "-h, --help",
      "Exit codes: 0 ok",
    ]) {
      expect(help).toContain(text);
    }
  });
});

describe("ml-connector", () => {
  it("--version prints the version in package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
      version: string;
    };
    expect(await cli("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help and help COMMAND print help and exit 0; no command is a usage error", async () => {
    const top = await cli("--help");
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("Exit codes: 0 ok");
    const viaHelp = await cli("help", "audit");
    const viaFlag = await cli("audit", "--help");
    expect(viaHelp).toEqual(viaFlag);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.stdout).toContain("--db FILE");
    expect(viaFlag.stdout).toContain("--kind call|transition");
    const inspect = await cli("settlement", "inspect", "--help");
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toContain("--number-format dot|comma");
    expect((await cli()).code).toBe(ExitCode.usage);
    expect((await cli("__proto__")).code).toBe(ExitCode.usage);
  });

  it("audit: --db with no value is a usage error (it used to be ignored), as are unknown options", async () => {
    for (const argv of [
      ["--db"],
      ["--db", "--json"],
      ["--json"],
      ["--db", "x", "--bogus"],
      ["--db", "x", "--limit", "0"],
    ]) {
      const result = await cli("audit", ...argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr).toMatch(
        /^ml-connector audit: .+\nusage: ml-connector audit \[--db FILE\] \[--config FILE\]/,
      );
    }
    expect((await cli("audit", "--db")).stderr).toContain("--db needs a value");
  });

  it("settlement inspect: a missing option value or file is a usage error", async () => {
    expect((await cli("settlement", "inspect", "a.txt", "--encoding")).stderr).toContain(
      "--encoding needs a value",
    );
    expect((await cli("settlement", "inspect")).stderr).toContain("missing <file>");
    expect((await cli("settlement", "inspect", "a.txt", "--encoding")).code).toBe(2);
  });

  it("exits 3 on a configuration error: a store path that is a folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mlc-cli-"));
    const result = await cli("audit", "--db", dir);
    expect(result.code).toBe(ExitCode.config);
    expect(result.stderr).toContain("path: is a directory");
  });

  it("exits 3 and names the package when an optional peer is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "mlc-cli-peer-"));
    const db = join(dir, "store.sqlite");
    writeFileSync(db, "");
    let status = 0;
    let stderr = "";
    try {
      execFileSync(
        process.execPath,
        [
          "--require",
          join(repoRoot, "test/core/fixtures/hide-peers.cjs"),
          "--import",
          "tsx",
          join(repoRoot, "src/cli/index.ts"),
          "audit",
          "--db",
          db,
        ],
        {
          cwd: repoRoot,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, HIDE_PEERS: "better-sqlite3" },
        },
      );
    } catch (e) {
      const failure = e as { status: number; stderr: string };
      status = failure.status;
      stderr = failure.stderr;
    }
    expect(status).toBe(3);
    expect(stderr).toContain("npm install better-sqlite3@12");
  });

  it("docs/cli.md documents the exit codes the CLI uses", () => {
    const doc = readFileSync(join(repoRoot, "docs/cli.md"), "utf8");
    for (const code of Object.values(ExitCode)) expect(doc).toMatch(new RegExp(`^\\| ${code} \\|`, "m"));
  });
});
