/**
 * Settings of one chaos run, read from the environment that `test/chaos/run.ts` sets from its flags
 * (`--seed`, `--runs`, `--only`), so a worker process sees the same run as the command line.
 */

/** The seed every fuzz target starts from unless `--seed` says otherwise: a fixed seed keeps CI reproducible. */
export const DEFAULT_SEED = 20_261_206;

/**
 * Inputs per CI run, shared among the fuzz targets by weight. At least 100,000 across the targets
 * is the floor the connector's brief sets; `--runs` extends or shrinks it.
 */
export const DEFAULT_RUNS = 100_000;

/**
 * Per-input time box. Generous on purpose: it detects hangs (an input that never finishes, or a
 * blow-up such as a YAML bomb), it is not a speed assertion.
 */
export const DEFAULT_TIMEBOX_MS = 10_000;

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got ${raw}`);
  return n;
}

/** The run's settings. */
export interface ChaosSettings {
  readonly seed: number;
  /** Total fuzz inputs across all targets. */
  readonly runs: number;
  readonly timeboxMs: number;
  /** Targets to run (`--only a,b`); empty means all. */
  readonly only: readonly string[];
  /** Directory the workers leave their figures in; unset when a chaos file runs without run.ts. */
  readonly figuresDir: string | undefined;
}

/** Reads the settings of this process. */
export function chaosSettings(): ChaosSettings {
  return {
    seed: intFromEnv("CHAOS_SEED", DEFAULT_SEED),
    runs: intFromEnv("CHAOS_RUNS", DEFAULT_RUNS),
    timeboxMs: intFromEnv("CHAOS_TIMEBOX_MS", DEFAULT_TIMEBOX_MS),
    only: (process.env.CHAOS_ONLY ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    figuresDir: process.env.CHAOS_FIGURES_DIR || undefined,
  };
}
