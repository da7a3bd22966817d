/**
 * Connector worker processes for the tests that kill, stall or scale out real processes: a worker
 * that runs once to its exit (test/support/crash-child.ts) and a long-lived one that reports its
 * events as JSON lines (test/support/boss-worker.ts). `args` are node's arguments: the script
 * through tsx ({@link tsxArgs}) or a prebuilt bundle (test/chaos/support/bundle.ts).
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

/** The repository's root, the workers' working directory. */
export const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** The long-lived pg-boss worker (BOSS_CHAOS=1 for the fault schedules' settings). */
export const BOSS_WORKER = path.join(ROOT, "test", "support", "boss-worker.ts");

/** The connector process of the crash tests (run to its end, or SIGKILLed at a named point). */
export const CRASH_CHILD = path.join(ROOT, "test", "support", "crash-child.ts");

/** Node's arguments that run a TypeScript `script` through tsx. */
export const tsxArgs = (script: string): string[] => ["--import", "tsx", script];

/** How a worker that ran to its exit ended, and what it printed. */
export interface ChildRun {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node ...args` with `env` added to this process's environment, until it exits. */
export function runToExit(args: readonly string[], env: Readonly<Record<string, string>>): Promise<ChildRun> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (c) => {
      stdout += c;
    });
    p.stderr.on("data", (c) => {
      stderr += c;
    });
    p.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A long-lived worker that prints one JSON object a line. */
export interface LineWorker<L> {
  readonly process: ChildProcessWithoutNullStreams;
  /** The JSON lines it printed so far, in order. */
  readonly lines: L[];
  /** Everything it printed so far, stdout and stderr (to scan for secrets). */
  readonly output: { text: string };
  /** Resolves when it closed, with its standard error. */
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/**
 * Starts `node ...args` with `env` added to this process's environment; `onLine` sees each JSON line
 * as it arrives. A line that is not JSON fails the test (an uncaught error), unless
 * `tolerateNonJson` keeps it in the output only (a warning from a worker the test stalls and
 * kills; the same catch keeps a throwing `onLine` from ending the run).
 */
export function startLineWorker<L>(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  onLine: (worker: LineWorker<L>, line: L) => void,
  options: { readonly tolerateNonJson?: boolean } = {},
): LineWorker<L> {
  const p = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const output = { text: "" };
  let stderr = "";
  p.stderr.on("data", (d) => {
    stderr += String(d);
    output.text += String(d);
  });
  const worker: LineWorker<L> = {
    process: p,
    lines: [],
    output,
    exit: new Promise((resolve) => p.on("close", (code, signal) => resolve({ code, signal, stderr }))),
  };
  const take = (text: string) => {
    const line = JSON.parse(text) as L;
    worker.lines.push(line);
    onLine(worker, line);
  };
  createInterface({ input: p.stdout }).on("line", (text) => {
    output.text += `${text}\n`;
    if (!options.tolerateNonJson) return take(text);
    try {
      take(text);
    } catch {
      // Not a JSON line (a warning): kept in the output, scanned for secrets.
    }
  });
  return worker;
}
