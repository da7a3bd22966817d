import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

interface PackReport {
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string; readonly size: number }[];
}

describe("the published package", () => {
  it("builds, packs, passes publint and attw, imports and typechecks from ESM and CJS, and stays small", () => {
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

    // What `npm pack` reported for the tarball the smoke test checked.
    const report = JSON.parse(
      readFileSync(path.join(root, ".tmp", "pack-smoke", "pack.json"), "utf8"),
    ) as PackReport;
    const paths = report.files.map((f) => f.path);
    // The budget and why it is what it is: scripts/pack-smoke.mjs (UNPACKED_BUDGET).
    expect(report.unpackedSize).toBeLessThan(5_500_000);
    expect(paths.filter((p) => p.startsWith("docs/")).length).toBeGreaterThan(0);
    expect(paths).toContain("examples/post-a-settlement.ts");
    expect(paths).toEqual(expect.arrayContaining(["LICENSE", "CHANGELOG.md", "README.md"]));
    // One set of declarations: no source maps, and every ESM .d.ts is a one-line re-export.
    expect(paths.filter((p) => p.endsWith(".map"))).toEqual([]);
    const bigDts = report.files.filter((f) => f.path.endsWith(".d.ts") && f.size > 200);
    expect(bigDts).toEqual([]);
  }, 600_000);
});
