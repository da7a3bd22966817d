import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

describe("the published package", () => {
  it("builds, packs, passes publint and attw, and imports from ESM and CJS", () => {
    let output = "";
    try {
      output = execFileSync(process.execPath, [path.join(root, "scripts/pack-smoke.mjs")], {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      throw new Error(`pack smoke failed:\n${err.stdout ?? ""}${err.stderr ?? ""}`);
    }
    expect(output).toContain("pack-smoke: all checks passed");
  }, 600_000);
});
