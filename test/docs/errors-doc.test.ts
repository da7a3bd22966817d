/** docs/errors.md is generated from the source by scripts/errors-doc.mjs; this fails when it is stale. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
const script = join(root, "scripts", "errors-doc.mjs");
const check = (...extra: string[]) =>
  execFileSync(process.execPath, [script, "--check", ...extra], {
    cwd: root,
    encoding: "utf8",
    stdio: "pipe",
  });

describe("docs/errors.md", () => {
  it("is what scripts/errors-doc.mjs writes from the source (run it and commit when this fails)", () => {
    expect(check()).toMatch(/up to date/);
  });

  it("the check fails on a stale copy", () => {
    const stale = join(mkdtempSync(join(tmpdir(), "mlc-errors-doc-")), "errors.md");
    writeFileSync(
      stale,
      readFileSync(join(root, "docs", "errors.md"), "utf8").replace("### `PEER_MISSING`", ""),
    );
    expect(() => check("--out", stale)).toThrow(/stale/);
  });

  it("lists every kind's default code and the codes built across the source, each with what to do", () => {
    const doc = readFileSync(join(root, "docs", "errors.md"), "utf8");
    const errors = readFileSync(join(root, "src", "core", "errors.ts"), "utf8");
    const defaults = [...errors.matchAll(/code(?::| \?\?) "([A-Z_]+)"/g)].map((m) => m[1]);
    expect(defaults.length).toBeGreaterThan(10);
    for (const code of [
      ...defaults,
      "LWA_INVALID_GRANT",
      "ENTRA_INVALID_SECRET",
      "STORAGE_LEASE_LOST",
      "SETTLEMENT_BAD_AMOUNT",
      "VAULT_WRONG_KEY",
    ]) {
      const section = doc.split(`### \`${code}\``)[1]?.split("\n### ")[0];
      expect(section, code).toBeDefined();
      expect(section).toMatch(/\*\*What to do:\*\* \S/);
    }
  });
});
