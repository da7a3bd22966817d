/**
 * The chaos run's figures and its summary. Every chaos part (fuzzing, fault schedules, kills,
 * canaries) counts what it did with {@link recordFigure}; the workers leave their counts in the run's
 * figures directory, and the reporter adds them up into `test/chaos/results.json` and the printed
 * summary. A figure is a plain count under a group: `recordFigure("faults", "socket-reset", 1)`.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chaosSettings } from "./settings.js";

/** Figures by group, then by name. */
export type Figures = Record<string, Record<string, number>>;

/** A failing fuzz property, as fast-check reported it after shrinking. */
export interface FuzzFailure {
  readonly target: string;
  readonly seed: number;
  /** fast-check's replay path (`--path`), when it gave one. */
  readonly path: string | undefined;
  /** The shrunk counterexample and the error it raised, as fast-check printed them. */
  readonly report: string;
}

/**
 * The groups the summary always shows, so a reader sees which parts reported nothing yet.
 * `fuzz` is this part's; the others are filled by the fault-schedule and kill parts.
 */
export const SUMMARY_GROUPS = {
  fuzz: "inputs run, by target",
  schedules: "fault schedules run",
  faults: "faults injected, by kind",
  kills: "process kills survived",
  invariants: "invariant violations (must be 0)",
  leaks: "secret / PII leaks and resource leaks (must be 0)",
  canaries: "canary values planted and places searched",
} as const;

let pending: Figures = {};
let failures: FuzzFailure[] = [];

/**
 * Adds `n` to the figure `name` of `group` in this process. Figures are flushed to the run's figures
 * directory after each chaos file and summed across processes at the end.
 * @example recordFigure("faults", "http-503", 1);
 */
export function recordFigure(group: string, name: string, n: number): void {
  if (!Number.isFinite(n)) throw new RangeError(`figure ${group}/${name} must be a finite number, got ${n}`);
  const byName = pending[group] ?? {};
  pending[group] = byName;
  byName[name] = (byName[name] ?? 0) + n;
}

/** Records a failing fuzz property (also counted as figure `failures/<target>`). */
export function recordFuzzFailure(failure: FuzzFailure): void {
  failures.push(failure);
  recordFigure("failures", failure.target, 1);
}

/** Writes this process's figures to the figures directory and starts afresh. No-op without run.ts. */
export function flushFigures(): void {
  const dir = chaosSettings().figuresDir;
  if (!dir || (Object.keys(pending).length === 0 && failures.length === 0)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${process.pid}-${randomUUID()}.json`),
    JSON.stringify({ figures: pending, failures }),
  );
  pending = {};
  failures = [];
}

/** Sums the figures every process left in `dir`. */
export function collectFigures(dir: string): { figures: Figures; failures: FuzzFailure[] } {
  const figures: Figures = {};
  const all: FuzzFailure[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json"));
  } catch {
    return { figures, failures: all };
  }
  for (const name of names.sort()) {
    const part = JSON.parse(readFileSync(join(dir, name), "utf8")) as {
      figures: Figures;
      failures: FuzzFailure[];
    };
    for (const [group, byName] of Object.entries(part.figures)) {
      const into = figures[group] ?? {};
      figures[group] = into;
      for (const [k, v] of Object.entries(byName)) into[k] = (into[k] ?? 0) + v;
    }
    all.push(...part.failures);
  }
  return { figures, failures: all };
}

/** One failed test of the run (a property, a regression, a canary check). */
export interface FailedTest {
  readonly file: string;
  readonly name: string;
  readonly message: string;
}

/** The JSON summary (`test/chaos/results.json`). */
export interface ChaosSummary {
  readonly seed: number;
  readonly runs: number;
  readonly only: readonly string[];
  readonly fuzz: {
    readonly inputsByTarget: Record<string, number>;
    readonly totalInputs: number;
    /** Outcomes by target and kind: `ok`, or the error code the input ended with. */
    readonly outcomes: Record<string, number>;
  };
  /** Failed tests plus failing properties; must be 0. */
  readonly failures: {
    readonly count: number;
    readonly tests: readonly FailedTest[];
    readonly fuzz: readonly FuzzFailure[];
  };
  /** Filled by the fault-schedule part; `null` until it reports. */
  readonly schedulesRun: number | null;
  /** Schedules by kind: `in-process`, `child-process`, `pg-boss-three-processes`. */
  readonly schedulesByKind: Record<string, number> | null;
  readonly faultsInjectedByKind: Record<string, number> | null;
  readonly killsSurvived: number | null;
  /** Kills by kind: `in-process` (storage and network cut), `sigkill` and `pg-boss-sigkill` (real SIGKILLs). */
  readonly killsByKind: Record<string, number> | null;
  readonly invariantViolations: number | null;
  readonly leaks: number | null;
  /** Every figure recorded, by group, including groups the summary does not know. */
  readonly figures: Figures;
}

const total = (g: Record<string, number> | undefined): number | null =>
  g === undefined ? null : Object.values(g).reduce((a, b) => a + b, 0);

/** Builds the summary from the collected figures and the run's failed tests. */
export function buildSummary(
  figures: Figures,
  fuzzFailures: readonly FuzzFailure[],
  tests: readonly FailedTest[],
  settings: { seed: number; runs: number; only: readonly string[] },
): ChaosSummary {
  const inputsByTarget = { ...(figures.fuzz ?? {}) };
  return {
    seed: settings.seed,
    runs: settings.runs,
    only: settings.only,
    fuzz: {
      inputsByTarget,
      totalInputs: total(inputsByTarget) ?? 0,
      outcomes: { ...(figures["fuzz-outcomes"] ?? {}) },
    },
    failures: { count: tests.length, tests, fuzz: fuzzFailures },
    schedulesRun: total(figures.schedules),
    schedulesByKind: figures.schedules ? { ...figures.schedules } : null,
    faultsInjectedByKind: figures.faults ? { ...figures.faults } : null,
    killsSurvived: total(figures.kills),
    killsByKind: figures.kills ? { ...figures.kills } : null,
    invariantViolations: total(figures.invariants),
    leaks: total(figures.leaks),
    figures,
  };
}

/** The summary as the lines printed at the end of a run. */
export function formatSummary(s: ChaosSummary): string {
  const lines = [
    `chaos summary (seed ${s.seed}, runs ${s.runs}${s.only.length ? `, only ${s.only.join(",")}` : ""})`,
  ];
  lines.push(`  fuzz inputs: ${s.fuzz.totalInputs}`);
  for (const [t, n] of Object.entries(s.fuzz.inputsByTarget).sort()) lines.push(`    ${t}: ${n}`);
  lines.push(`  failures: ${s.failures.count}${s.failures.count ? "  <-- must be 0" : ""}`);
  for (const t of s.failures.tests) lines.push(`    ${t.file} > ${t.name}`);
  for (const f of s.failures.fuzz) {
    lines.push(
      `    fuzz ${f.target}: reproduce with npm run test:chaos -- --seed ${f.seed} --only ${f.target}${f.path ? ` (fast-check path ${f.path})` : ""}`,
    );
  }
  const show = (label: string, v: unknown) =>
    lines.push(`  ${label}: ${v === null ? "not run yet" : JSON.stringify(v)}`);
  show("schedules run", s.schedulesRun);
  if (s.schedulesByKind) show("  by kind", s.schedulesByKind);
  show("faults injected by kind", s.faultsInjectedByKind);
  show("kills survived", s.killsSurvived);
  if (s.killsByKind) show("  by kind", s.killsByKind);
  show("invariant violations", s.invariantViolations);
  show("leaks", s.leaks);
  if (s.figures.canaries) show("canaries", s.figures.canaries);
  return lines.join("\n");
}
