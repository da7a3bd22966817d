/** `pg` and `better-sqlite3` are optional peers: only their own subpaths may load them. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");

function driversLoadedBy(module: string): string[] {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", join(here, "fixtures", "loaded-drivers.ts"), join(repoRoot, module)],
    { cwd: repoRoot, encoding: "utf8" },
  );
  return JSON.parse(out) as string[];
}

describe("optional peer dependencies", () => {
  const driverFree = [
    "src/core/storage.ts",
    "src/core/dedup.ts",
    "src/storage/memory/index.ts",
    "src/testing/storage-suite.ts",
    // The package root and the testing barrel are wired by the lead; check them once they exist.
    ...["src/index.ts", "src/core/index.ts", "src/testing/index.ts"].filter((m) =>
      existsSync(join(repoRoot, m)),
    ),
  ];
  for (const module of driverFree) {
    test(`${module} loads no database driver`, () => {
      expect(driversLoadedBy(module)).toEqual([]);
    });
  }

  test("the sqlite subpath loads better-sqlite3 and not pg", () => {
    expect(driversLoadedBy("src/storage/sqlite/index.ts")).toEqual(["better-sqlite3"]);
  });

  test("the postgres subpath loads pg and not better-sqlite3", () => {
    expect(driversLoadedBy("src/storage/postgres/index.ts")).toEqual(["pg"]);
  });
});
