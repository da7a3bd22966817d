/**
 * What every benchmark in bench/ shares: each subject runs in a child process of its own (so its
 * peak RSS is its own), is repeated, and is reported as min and median. A bench file is both the
 * orchestrator (no `--subject` argument) and the subject (with `--subject NAME` and its JSON
 * arguments); the subject prints one result line, prefixed so stray library output cannot be taken
 * for it.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

const RESULT_PREFIX = "@@bench-result ";

/** True when this process was started as one subject of a benchmark. */
export function subjectArgs(): { name: string; params: Record<string, unknown> } | undefined {
  const i = process.argv.indexOf("--subject");
  if (i < 0) return undefined;
  return {
    name: process.argv[i + 1] ?? "",
    params: JSON.parse(process.argv[i + 2] ?? "{}") as Record<string, unknown>,
  };
}

/** Prints a subject's result, with this process's peak RSS (MB), and ends the process. */
export function emitResult(result: Record<string, unknown>): never {
  const peakRssMb = peakRss();
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ ...result, peakRssMb })}\n`);
  // Libraries under test may leave timers (retry sleeps) behind: they must not hold the result.
  process.exit(0);
}

/**
 * Peak RSS of this process in MiB: the kernel's high-water mark (`VmHWM`) on Linux, because
 * getrusage's maxRSS there keeps the parent's peak across fork and exec (a small child of a large
 * parent reports the parent's peak). Elsewhere getrusage's maxRSS.
 */
export function peakRss(): number {
  try {
    const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // Not Linux.
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Runs one subject in a child process and returns what it emitted. */
export function runSubject(
  file: string,
  name: string,
  params: Record<string, unknown>,
  timeoutMs = 240_000,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", file, "--subject", name, JSON.stringify(params)],
      { stdio: ["ignore", "pipe", "pipe"], env: process.env },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      const line = out.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
      if (!line) {
        reject(
          new Error(
            `subject ${name} ${JSON.stringify(params)} ended (code ${code}) without a result: ${err.slice(-800)}`,
          ),
        );
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as Record<string, unknown>);
    });
  });
}

/** Runs tasks with at most `parallel` at a time, keeping their order in the results. */
export async function pool<T>(tasks: readonly (() => Promise<T>)[], parallel: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= tasks.length) return;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return results;
}

/** Minimum and median of some numbers. */
export function minMedian(values: readonly number[]): { min: number; median: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0] ?? Number.NaN, median };
}

/** Repetitions per subject: `BENCH_REPS` or the bench's default. */
export function reps(defaultReps: number): number {
  const n = Number(process.env.BENCH_REPS ?? defaultReps);
  return Number.isInteger(n) && n > 0 ? n : defaultReps;
}

/** True when the orchestrator was asked for JSON (`--json`): the table then goes to stderr. */
export const jsonMode = process.argv.includes("--json");

/** Writes human-readable output: stdout normally, stderr in JSON mode (stdout carries the JSON line). */
export function say(text: string): void {
  (jsonMode ? process.stderr : process.stdout).write(`${text}\n`);
}

/** Prints rows as an aligned text table. */
export function table(rows: readonly Record<string, string | number>[]): string {
  if (rows.length === 0) return "";
  const cols = Object.keys(rows[0]!);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join("  ");
  return [
    line(cols),
    line(width.map((w) => "-".repeat(w))),
    ...rows.map((r) => line(cols.map((c) => String(r[c] ?? "")))),
  ].join("\n");
}

/** Formats `{min, median}` as "min / median". */
export function mm(v: { min: number; median: number }, digits = 2): string {
  return `${v.min.toFixed(digits)} / ${v.median.toFixed(digits)}`;
}
