/** `pg` and `better-sqlite3` are optional peers: only their own adapters may load them, when created. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");

const driverFree = [
  "src/core/storage.ts",
  "src/core/dedup.ts",
  "src/storage/memory/index.ts",
  "src/testing/storage-suite.ts",
  // The package root and the barrels are wired by the lead; checked once they exist.
  ...["src/index.ts", "src/core/index.ts", "src/testing/index.ts"].filter((m) =>
    existsSync(join(repoRoot, m)),
  ),
];

// Drivers load when sqliteStorage()/postgresStorage() first runs (src/core/peer.ts), so that a
// missing one fails as PEER_MISSING naming the package; importing a subpath loads none.
test("no module loads a database driver on import, not even the driver subpaths", () => {
  // One process, modules imported in this order: what is loaded after each import is cumulative.
  const modules = [...driverFree, "src/storage/sqlite/index.ts", "src/storage/postgres/index.ts"];
  const out = execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(here, "fixtures", "loaded-drivers.ts"),
      ...modules.map((m) => join(repoRoot, m)),
    ],
    { cwd: repoRoot, encoding: "utf8" },
  );
  const report = JSON.parse(out) as Record<string, string[]>;
  const byModule = Object.fromEntries(modules.map((m) => [m, report[join(repoRoot, m)]]));
  expect(byModule).toEqual(Object.fromEntries(modules.map((m) => [m, []])));
});
