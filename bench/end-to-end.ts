/**
 * Group 5, end to end: CPU time per 1,000 settlement lines from the report document to a posted,
 * reconciled journal, against the parse of the same file alone; and the `ml-connector demo`.
 *
 * Engine subjects, each run in a process of its own (tsx, the same for both), at 10,000, 100,000
 * and 250,000 lines of a generated US settlement:
 *
 * - `parse`: `parseSettlement(bytes, { reconcile: "report" })`, every typed row collected, as the
 *   engine's parse step does it: the floor of the engine's own work;
 * - `connector`: the same file published by the Amazon simulator, then
 *   `createConnector({ posting: { mode: "summary" } }).run("settlements")`: listing, download,
 *   parse, map, posting plan, master-data checks, the journal in D365 (simulator, in process),
 *   read back, reconciled. The simulators' own work is inside this figure (they run in the same
 *   process), so the ratio is an upper bound of the engine's.
 *
 * **ratio** = connector CPU ÷ parse CPU (medians). Goal ≤ 3×.
 *
 * Demo subjects: `ml-connector demo --json` from the built CLI (`node dist/cli/index.js`, after
 * the ES module build of `npm run build` unless `--no-build`), and `npx tsx src/cli/index.ts demo --json` (what a
 * contributor runs). Wall time from spawn to exit (Node start-up and module loading included),
 * peak RSS of the demo process (read from VmHWM by a preloaded module). Goal for the built CLI:
 * under 10 s on 2 cores.
 *
 * Repetitions: `BENCH_REPS` (default 2), interleaved; min and median.
 *
 *   npx tsx bench/end-to-end.ts [--json] [--sizes=10000,100000,250000] [--no-build] [--no-demo]
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseSettlement } from "../src/amazon/settlement/parse-settlement.js";
import type { SettlementRow } from "../src/amazon/settlement/types.js";
import { emitResult, jsonMode, minMedian, reps, runSubject, say, subjectArgs, table } from "./lib/harness.js";
import { arrange, cpuMs, peakRssMiB, settlementText, US } from "./lib/sync.js";

const ROOT = path.resolve(import.meta.dirname, "..");
/** Runs tsup with the ESM build of tsup.config.ts (the one that writes dist/cli/index.js). */
const BUILD_ESM = `
const { build } = await import("tsup");
const configs = (await import("./tsup.config.ts")).default;
const esm = configs.find((c) => c.format?.includes("esm"));
if (!esm) throw new Error("tsup.config.ts has no ESM build");
await build({ ...esm, config: false, silent: true });
`;

type EngineSubject = "parse" | "connector";

interface EngineRun {
  readonly lines: number;
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly peakRssMiB: number;
  readonly state: string;
}

// ---------------------------------------------------------------- subject side

async function subject(name: EngineSubject, lines: number, file: string | undefined): Promise<never> {
  // The orchestrator writes each size's file once for all its subjects (generating 250,000 lines
  // takes seconds, outside every figure but inside the bench's time); the same text either way.
  const text = file ? readFileSync(file, "utf8") : settlementText(lines);
  if (name === "parse") {
    const bytes = new TextEncoder().encode(text);
    const t0 = performance.now();
    const c0 = cpuMs();
    const parse = parseSettlement(bytes, { reconcile: "report" });
    const rows: SettlementRow[] = [];
    for await (const row of parse) rows.push(row);
    const result = await parse.result();
    const run: EngineRun = {
      lines: rows.length,
      cpuMs: cpuMs() - c0,
      wallMs: performance.now() - t0,
      peakRssMiB: peakRssMiB(),
      state: result.reconciled ? "reconciled" : "not reconciled",
    };
    emitResult(run as unknown as Record<string, unknown>);
  }
  const h = await arrange({ posting: { mode: "summary" } });
  h.amazon.state.publishSettlement({ text, marketplaceId: US });
  const t0 = performance.now();
  const c0 = cpuMs();
  const report = await h.connector.run("settlements");
  const big = report.settlements.find((x) => x.lines === lines);
  const run: EngineRun = {
    lines: big?.lines ?? 0,
    cpuMs: cpuMs() - c0,
    wallMs: performance.now() - t0,
    peakRssMiB: peakRssMiB(),
    state: big?.state ?? "missing",
  };
  h.close();
  if (run.state !== "reconciled") throw new Error(`the ${lines}-line settlement ended ${run.state}`);
  emitResult(run as unknown as Record<string, unknown>);
}

// ---------------------------------------------------------------- demo side

interface DemoRun {
  readonly wallMs: number;
  readonly peakRssMiB: number;
  readonly settlements: number;
}

/** Runs one demo command to its end; wall time from spawn to exit, peak RSS of its largest Node process. */
function runDemo(command: string, args: readonly string[]): Promise<DemoRun> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-demo-"));
  const hwmFile = path.join(dir, "hwm.txt");
  const preload = path.join(import.meta.dirname, "lib", "hwm.mjs");
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        BENCH_HWM_FILE: hwmFile,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${preload}`.trim(),
      },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("close", (code) => {
      const wallMs = performance.now() - t0;
      try {
        if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited ${code}: ${err.slice(-600)}`);
        // The report is the JSON document that ends stdout (printed indented over many lines).
        const text = out.trim();
        const start = text.startsWith("{") ? 0 : text.lastIndexOf("\n{") + 1;
        const report = JSON.parse(text.slice(start)) as { settlements: unknown[] };
        const peaks = existsSync(hwmFile)
          ? readFileSync(hwmFile, "utf8")
              .trim()
              .split("\n")
              .map((l) => Number(l.split(" ")[1]))
          : [];
        resolve({ wallMs, peakRssMiB: Math.max(0, ...peaks), settlements: report.settlements.length });
      } catch (e) {
        reject(e);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

// ---------------------------------------------------------------- orchestrator side

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const sizes = (option("sizes") ?? "10000,100000,250000").split(",").map(Number);
  const n = reps(2);
  const started = performance.now();
  const fix = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

  const engine: Record<string, unknown>[] = [];
  const files = mkdtempSync(path.join(tmpdir(), "bench-e2e-"));
  for (const lines of sizes) {
    const runs: Record<EngineSubject, EngineRun[]> = { parse: [], connector: [] };
    const file = path.join(files, `settlement-${lines}.txt`);
    writeFileSync(file, settlementText(lines));
    // Interleaved, so a burst of load on the shared machine does not hit one subject only.
    for (let i = 0; i < n; i++) {
      for (const s of ["parse", "connector"] as const) {
        const run = (await runSubject(
          import.meta.filename,
          s,
          { lines, file },
          600_000,
        )) as unknown as EngineRun;
        if (run.lines !== lines) throw new Error(`${s} saw ${run.lines} lines, not ${lines}`);
        runs[s].push(run);
      }
    }
    rmSync(file, { force: true });
    const per1k = (s: EngineSubject) => minMedian(runs[s].map((r) => (r.cpuMs / lines) * 1000));
    const parse = per1k("parse");
    const connector = per1k("connector");
    engine.push({
      lines,
      parse: {
        cpuMsPer1k: parse,
        wallMs: minMedian(runs.parse.map((r) => r.wallMs)),
        peakRssMiB: Math.max(...runs.parse.map((r) => r.peakRssMiB)),
      },
      connector: {
        cpuMsPer1k: connector,
        wallMs: minMedian(runs.connector.map((r) => r.wallMs)),
        peakRssMiB: Math.max(...runs.connector.map((r) => r.peakRssMiB)),
      },
      ratio: fix(connector.median / parse.median, 2),
    });
  }
  rmSync(files, { recursive: true, force: true });
  say(`\nEnd to end: CPU ms per 1,000 settlement lines (summary mode), ${n} runs each, min / median`);
  say(
    table(
      engine.map((e) => {
        const p = e.parse as { cpuMsPer1k: { min: number; median: number }; peakRssMiB: number };
        const c = e.connector as {
          cpuMsPer1k: { min: number; median: number };
          wallMs: { min: number; median: number };
          peakRssMiB: number;
        };
        return {
          lines: (e.lines as number).toLocaleString("en-US"),
          "parse cpu ms/1k": `${fix(p.cpuMsPer1k.min)} / ${fix(p.cpuMsPer1k.median)}`,
          "connector cpu ms/1k": `${fix(c.cpuMsPer1k.min)} / ${fix(c.cpuMsPer1k.median)}`,
          "ratio (goal ≤ 3)": `${e.ratio as number}×`,
          "connector wall s": `${fix(c.wallMs.min / 1000)} / ${fix(c.wallMs.median / 1000)}`,
          "peak RSS MiB parse/connector": `${p.peakRssMiB} / ${c.peakRssMiB}`,
        };
      }),
    ),
  );

  let demo: Record<string, unknown> | undefined;
  if (!args.includes("--no-demo")) {
    let buildSeconds: number | null = null;
    if (!args.includes("--no-build")) {
      // The ES module half of `npm run build` (tsup.config.ts's first build: the same entries,
      // bundling and minification), which is all `bin` runs. The type declarations, which take the
      // most of `npm run build`, are left out.
      const b0 = performance.now();
      const built = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", BUILD_ESM], {
        cwd: ROOT,
        encoding: "utf8",
      });
      if (built.status !== 0) throw new Error(`the ESM build failed: ${built.stderr.slice(-800)}`);
      buildSeconds = fix((performance.now() - b0) / 1000);
    }
    if (!existsSync(path.join(ROOT, "dist", "cli", "index.js"))) {
      throw new Error("dist/cli/index.js is missing: run npm run build (or drop --no-build)");
    }
    const built: DemoRun[] = [];
    const tsx: DemoRun[] = [];
    for (let i = 0; i < n; i++) {
      built.push(await runDemo(process.execPath, ["dist/cli/index.js", "demo", "--json"]));
      tsx.push(await runDemo("npx", ["tsx", "src/cli/index.ts", "demo", "--json"]));
    }
    const figures = (runs: DemoRun[]) => ({
      wallMs: minMedian(runs.map((r) => r.wallMs)),
      peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
      settlements: runs[0]?.settlements ?? 0,
    });
    demo = { buildSeconds, built: figures(built), tsx: figures(tsx) };
    const d = demo as Record<"built" | "tsx", ReturnType<typeof figures>>;
    say(
      `\nml-connector demo --json: wall time from spawn to exit, ${n} runs each (build: ${buildSeconds ?? "skipped"} s)`,
    );
    say(
      table(
        (["built", "tsx"] as const).map((k) => ({
          how: k === "built" ? "node dist/cli/index.js demo" : "npx tsx src/cli/index.ts demo",
          "wall s min / median": `${fix(d[k].wallMs.min / 1000, 2)} / ${fix(d[k].wallMs.median / 1000, 2)}`,
          "peak RSS MiB": d[k].peakRssMiB,
          settlements: d[k].settlements,
        })),
      ),
    );
    say("goal: the built demo under 10 s on 2 cores");
  }
  const seconds = fix((performance.now() - started) / 1000);
  if (jsonMode) {
    process.stdout.write(`${JSON.stringify({ bench: "end-to-end", reps: n, seconds, engine, demo })}\n`);
  } else say(`(${seconds} s in all)`);
}

const asSubject = subjectArgs();
if (asSubject) {
  const { lines, file } = asSubject.params;
  await subject(asSubject.name as EngineSubject, Number(lines), typeof file === "string" ? file : undefined);
} else await main();
