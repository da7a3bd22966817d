/**
 * `npm run test:chaos [-- --seed N] [--runs N] [--only a,b] [--path P] [--json]`
 *
 * Runs the chaos suite (vitest.chaos.config.ts) with a fixed seed by default, so CI is
 * reproducible; `--seed` replays or varies a run, `--runs` sets the number of fuzz inputs shared by
 * the targets (default 100,000), `--only` runs some targets, `--path` replays fast-check's shrunk
 * counterexample of a failure, `--json` also prints the JSON summary on stdout. The summary is
 * written to test/chaos/results.json. Exits non-zero when any test or property failed.
 * The fault schedules (`--only schedules`) run 200 in-process, 12 child-process and 5 pg-boss
 * (`--only schedules-pg`) schedules; `CHAOS_SCHEDULES` / `CHAOS_KILL_SCHEDULES` /
 * `CHAOS_BOSS_SCHEDULES` change the counts, and `CHAOS_SCHEDULE=N` / `CHAOS_KILL_SCHEDULE=N` /
 * `CHAOS_BOSS_SCHEDULE=N` replay the one schedule a failure names, alone, with the same `--seed`.
 * See docs/reliability.md. The run's wall time is printed at the end.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_RUNS, DEFAULT_SEED } from "./support/settings.js";

function parse(argv: readonly string[]) {
  const flags: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") flags.json = "1";
    else if (["--seed", "--runs", "--only", "--path", "--timebox-ms"].includes(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      flags[arg.slice(2)] = value;
    } else if (arg.startsWith("--")) throw new Error(`unknown flag ${arg}`);
    else files.push(arg);
  }
  for (const name of ["seed", "runs", "timebox-ms"]) {
    const v = flags[name];
    if (v !== undefined && !/^\d+$/.test(v)) throw new Error(`--${name} must be a whole number, got ${v}`);
  }
  return { flags, files };
}

const { flags, files } = parse(process.argv.slice(2));
const figuresDir = mkdtempSync(join(tmpdir(), "chaos-figures-"));
const env = {
  ...process.env,
  CHAOS_SEED: flags.seed ?? String(DEFAULT_SEED),
  CHAOS_RUNS: flags.runs ?? String(DEFAULT_RUNS),
  CHAOS_ONLY: flags.only ?? "",
  CHAOS_PATH: flags.path ?? "",
  CHAOS_TIMEBOX_MS: flags["timebox-ms"] ?? "",
  CHAOS_JSON: flags.json ?? "",
  CHAOS_FIGURES_DIR: figuresDir,
};
try {
  const vitest = join(process.cwd(), "node_modules", ".bin", "vitest");
  const result = spawnSync(vitest, ["run", "--config", "vitest.chaos.config.ts", ...files], {
    env,
    stdio: "inherit",
  });
  process.exitCode = result.status ?? 1;
  // Wall time, not an assertion: CI budgets the chaos run (docs/reliability.md).
  process.stdout.write(
    `chaos: ${process.exitCode === 0 ? "passed" : "FAILED"} in ${Math.round(performance.now() / 1000)} s\n`,
  );
} finally {
  rmSync(figuresDir, { recursive: true, force: true });
}
