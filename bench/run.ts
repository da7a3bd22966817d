/**
 * `npm run bench`: runs every benchmark in bench/, one process each, in sequence, and prints their
 * tables. Each bench measures its subjects in child processes of their own, repeated, and prints
 * every figure beside a baseline from the same run, because the machines are noisy.
 *
 *   npm run bench                      readable tables
 *   npm run bench -- --json            also writes bench/results/latest.json (one entry per bench)
 *   npm run bench -- api-drain         only the benches whose file name contains a word
 *
 * With `--json` each bench prints its tables to stderr and one JSON line to stdout; the last JSON
 * line a bench prints is its entry. `BENCH_REPS=n` changes every bench's repetitions.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const here = import.meta.dirname;
const json = process.argv.includes("--json");
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts")
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

/**
 * CPU seconds (user + system) of every finished child process and their waited-for descendants,
 * from /proc/self/stat (`cutime` + `cstime`, in clock ticks of 1/100 s on Linux); null elsewhere.
 * On a shared machine this is the steadier figure: wall time grows with everyone else's load.
 */
function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may hold spaces) start at state (field 3).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** Runs one bench; in JSON mode returns the last JSON line it printed on stdout. */
function runBench(file: string): Promise<{ code: number | null; entry: unknown; seconds: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", path.join(here, file), ...(json ? ["--json"] : [])],
      { stdio: ["ignore", json ? "pipe" : "inherit", "inherit"] },
    );
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.on("close", (code) => {
      let entry: unknown;
      const lines = out.split("\n").filter((l) => l.trim() !== "");
      for (const line of lines) {
        try {
          const parsed = JSON.parse(line) as unknown;
          if (parsed !== null && typeof parsed === "object") entry = parsed;
          else process.stderr.write(`${line}\n`);
        } catch {
          // Not JSON: a bench's readable output; show it.
          process.stderr.write(`${line}\n`);
        }
      }
      resolve({ code, entry, seconds: (performance.now() - t0) / 1000 });
    });
  });
}

const results: Record<string, unknown> = {};
let failed = 0;
const started = performance.now();
for (const file of benches) {
  (json ? process.stderr : process.stdout).write(`\n=== ${file} ===\n`);
  const cpu0 = childrenCpuSeconds();
  const load0 = os.loadavg()[0] as number;
  const { code, entry, seconds } = await runBench(file);
  const cpu1 = childrenCpuSeconds();
  const cpuSeconds = cpu0 === null || cpu1 === null ? null : Math.round((cpu1 - cpu0) * 10) / 10;
  // The 1-minute load average at the start and the end: the machine's state while the bench ran.
  const load = [load0, os.loadavg()[0] as number].map((x) => Math.round(x * 10) / 10);
  if (code !== 0) failed++;
  const name = file.replace(/\.ts$/, "");
  const timing = { seconds, cpuSeconds, load };
  (json ? process.stderr : process.stdout).write(
    `(${name}: ${Math.round(seconds)} s wall, ${cpuSeconds ?? "?"} s CPU, load ${load.join(" → ")} on ${os.cpus().length} cores)\n`,
  );
  results[name] =
    code !== 0
      ? { error: `exited with code ${code}`, ...timing }
      : entry === undefined && json
        ? { error: "printed no JSON line (--json not supported?)", ...timing }
        : { ...(entry as object), ...timing };
}
const totalCpu = childrenCpuSeconds();
if (json) {
  const dir = path.join(here, "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "latest.json");
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        node: process.version,
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        cpus: os.cpus().length,
        loadAverage: os.loadavg(),
        totalSeconds: (performance.now() - started) / 1000,
        // CPU of every bench process and its children; compare it with cpus × totalSeconds.
        totalCpuSeconds: totalCpu,
        benches: results,
      },
      null,
      2,
    )}\n`,
  );
  process.stderr.write(`\nwrote ${path.relative(process.cwd(), file)}\n`);
}
process.exitCode = failed ? 1 : 0;
