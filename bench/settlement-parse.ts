/**
 * Settlement parser benchmark. Builds settlements of 10,000, 100,000 and 1,000,000 detail lines from
 * the real rows of ../shared/samples/settlements/v2-us-usd-21574497411.txt (repeated, with the exact
 * total in the summary row), then reads each file with four subjects:
 *
 * - `rows`: `parseSettlementFile`, iterating every typed row (Money amounts, ISO dates) and reading the
 *   fields the engine's mapping reads (see {@link touch}), then the result;
 * - `batches`: the same through `parse.batches()` (an array of rows per input chunk);
 * - `totals`: `readSettlement` on a file stream (summary, exact totals per triple, no rows);
 * - `csv-parse`: csv-parse with its fastest honest settings for this format (tab delimiter, no quote
 *   handling, ragged rows allowed), computing the same totals exactly (integer minor units per
 *   transaction-type/amount-type/amount-description triple and overall);
 * - `raw`: a newline count over the same file stream: the limit any line reader can reach.
 *
 * Every run is its own child process, so its peak RSS is its own. On Linux that is the kernel's
 * high-water mark of the process's memory (`VmHWM`): `process.resourceUsage().maxRSS` (getrusage)
 * keeps the parent's peak across fork and exec there, so a 40 MiB child of a 300 MiB parent reports
 * 300 MiB. Elsewhere `maxRSS` is used. Both are in the JSON;
 * the children run this file bundled to plain JavaScript by tsup (into node_modules/.cache), because
 * tsx's loader thread alone would add ~40 MiB to every child's RSS;
 * each subject runs `--reps` times per size (default `BENCH_REPS`, else 2), reported as min and median, wall and CPU
 * time (the machine may be shared: CPU time is the steadier figure). Every subject's total is checked
 * against the file's own.
 *
 *   npx tsx bench/settlement-parse.ts [--json] [--sizes=10000,100000,1000000] [--reps=3]
 *
 * `--json` prints one JSON object line with every figure instead of the table.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as csvParse } from "csv-parse";
import { parseSettlementFile, readSettlement } from "../src/amazon/settlement/parse-settlement.js";
import type { SettlementRow } from "../src/amazon/settlement/types.js";
import { Money } from "../src/core/money.js";

const SAMPLE = path.resolve(
  import.meta.dirname,
  "..",
  "..",
  "shared",
  "samples",
  "settlements",
  "v2-us-usd-21574497411.txt",
);
const SUBJECTS = ["raw", "totals", "rows", "batches", "csv-parse"] as const;
type Subject = (typeof SUBJECTS)[number];

/** What one child process measured. */
interface Run {
  readonly lines: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Peak RSS of this process: VmHWM on Linux, else getrusage's maxRSS. */
  readonly peakRssMiB: number;
  /** getrusage's maxRSS, as Node reports it (on Linux it may be the parent's peak at fork). */
  readonly maxRssMiB: number;
  /** The computed total (minor units as text), or null for the raw scan. */
  readonly total: string | null;
  /** For rows and batches: the checksum of the fields read (see {@link touch}), equal for both. */
  readonly touched?: number;
}

/**
 * Reads what the engine reads of a row (src/mapping/settlement-lines.ts resolving and grouping it,
 * src/sync/flows/settlements.ts choosing the marketplace): the triple, settlement and order ids, SKU,
 * posted date, marketplace, line and the Money (its currency and exact minor units). Folded into a
 * checksum that is printed, so no read can be optimised away and a row that decoded its fields
 * lazily would pay for them here.
 */
function touch(row: SettlementRow): number {
  return (
    row.line +
    row.settlementId.length +
    row.transactionType.length +
    row.amountType.length +
    row.amountDescription.length +
    (row.orderId?.length ?? 0) +
    (row.sku?.length ?? 0) +
    (row.postedDate?.length ?? 0) +
    (row.marketplaceName?.length ?? 0) +
    row.amount.currency.length +
    Number(row.amount.toMinorUnits() & 0xffn)
  );
}

// ---------------------------------------------------------------- child side

async function child(subject: Subject, file: string): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let lines = 0;
  let total: string | null = null;
  let touched = 0;
  if (subject === "raw") {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      let at = chunk.indexOf(10);
      while (at !== -1) {
        lines++;
        at = chunk.indexOf(10, at + 1);
      }
    }
    lines -= 2; // header and summary row
  } else if (subject === "totals") {
    const result = await readSettlement(createReadStream(file, { highWaterMark: 1 << 16 }), { file });
    lines = result.lineCount;
    total = result.computedTotal.toMinorUnits().toString();
  } else if (subject === "rows") {
    const parse = parseSettlementFile(file);
    for await (const row of parse) {
      lines++;
      touched = (touched + touch(row)) % 1_000_000_007;
    }
    total = (await parse.result()).computedTotal.toMinorUnits().toString();
  } else if (subject === "batches") {
    const parse = parseSettlementFile(file);
    for await (const rows of parse.batches()) {
      lines += rows.length;
      for (const row of rows) touched = (touched + touch(row)) % 1_000_000_007;
    }
    total = (await parse.result()).computedTotal.toMinorUnits().toString();
  } else {
    const result = await csvTotals(file);
    lines = result.lines;
    total = result.total;
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const run: Run = {
    lines,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMiB: peakRss(),
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    total,
    ...(subject === "rows" || subject === "batches" ? { touched } : {}),
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

function peakRss(): number {
  try {
    const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * csv-parse computing what readSettlement computes, exactly: every amount to integer cents (this file
 * uses a decimal point and two digits; anything else is refused, not guessed), summed per triple and
 * overall, as safe integers moved into bigints before they could lose a digit.
 */
async function csvTotals(file: string): Promise<{ lines: number; total: string }> {
  const parser = createReadStream(file, { highWaterMark: 1 << 16 }).pipe(
    csvParse({
      delimiter: "\t",
      quote: false,
      relax_column_count: true,
      from_line: 3,
      skip_empty_lines: true,
    }),
  );
  const groups = new Map<string, { small: number; big: bigint }>();
  let lines = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    lines++;
    const text = (record[14] ?? "").trim();
    const dot = text.length - 3;
    if (text.charCodeAt(dot) !== 46 || !/^-?\d+\.\d\d$/.test(text)) throw new Error(`amount ${text}`);
    const cents = Number(text.slice(0, dot) + text.slice(dot + 1));
    if (!(Math.abs(cents) < 2 ** 52)) throw new Error(`amount ${text}`);
    const key = `${record[6]}\u0001${record[12]}\u0001${record[13]}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { small: 0, big: 0n };
      groups.set(key, g);
    }
    g.small += cents;
    if (Math.abs(g.small) > 2 ** 52) {
      g.big += BigInt(g.small);
      g.small = 0;
    }
  }
  let total = 0n;
  for (const g of groups.values()) total += g.big + BigInt(g.small);
  return { lines, total: total.toString() };
}

// ---------------------------------------------------------------- parent side

/** Writes a settlement of `count` detail lines cycling through the sample's rows; returns its exact total. */
async function build(file: string, count: number): Promise<bigint> {
  const text = readFileSync(SAMPLE, "utf8");
  const all = text.split("\n").filter((l) => l.length > 0);
  const header = all[0] as string;
  const summary = (all[1] as string).split("\t");
  const rows = all.slice(2);
  const amountOf = (row: string) => Money.parse(row.split("\t")[14] as string, "USD").toMinorUnits();
  let total = 0n;
  for (let i = 0; i < count; i++) total += amountOf(rows[i % rows.length] as string);
  summary[4] = Money.fromMinor(total, "USD").toString();
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r()));
  await write(`${header}\n${summary.join("\t")}\n`);
  const block = 10_000;
  for (let i = 0; i < count; i += block) {
    const lines: string[] = [];
    for (let k = i; k < Math.min(count, i + block); k++) lines.push(rows[k % rows.length] as string);
    await write(`${lines.join("\n")}\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return total;
}

/** Bundles this file to plain JavaScript for the children; returns the bundle's path. */
async function bundle(): Promise<string> {
  const { build } = await import("tsup");
  const outDir = path.resolve(import.meta.dirname, "..", "node_modules", ".cache", "settlement-bench");
  await build({
    config: false,
    entry: { "settlement-parse": import.meta.filename },
    outDir,
    format: ["esm"],
    platform: "node",
    target: "node20",
    splitting: false,
    sourcemap: false,
    dts: false,
    silent: true,
    outExtension: () => ({ js: ".mjs" }),
    // The bundler itself stays out of the bundle the children load.
    external: ["tsup"],
  });
  return path.join(outDir, "settlement-parse.mjs");
}

function runChild(entry: string, subject: Subject, file: string): Run {
  const r = spawnSync(process.execPath, [entry, "--child", subject, file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${subject} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() as string) as Run;
}

const min = (xs: number[]) => Math.min(...xs);
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

interface Figures {
  readonly wallMs: { readonly min: number; readonly median: number };
  readonly cpuMs: { readonly min: number; readonly median: number };
  /** Lines per second from the median wall time and from the median CPU time. */
  readonly linesPerSecond: { readonly wall: number; readonly cpu: number };
  readonly peakRssMiB: number;
}

function figures(lines: number, runs: Run[]): Figures {
  const wall = runs.map((r) => r.wallMs);
  const cpu = runs.map((r) => r.cpuMs);
  return {
    wallMs: { min: Math.round(min(wall)), median: Math.round(median(wall)) },
    cpuMs: { min: Math.round(min(cpu)), median: Math.round(median(cpu)) },
    linesPerSecond: {
      wall: Math.round((lines / median(wall)) * 1000),
      cpu: Math.round((lines / median(cpu)) * 1000),
    },
    peakRssMiB: Math.round(Math.max(...runs.map((r) => r.peakRssMiB))),
  };
}

/** "a is N× faster than b" on median CPU and wall time. */
function faster(a: Figures | undefined, b: Figures | undefined): { cpu: number; wall: number } {
  if (a === undefined || b === undefined) return { cpu: Number.NaN, wall: Number.NaN };
  const round = (x: number) => Math.round(x * 100) / 100;
  return { cpu: round(b.cpuMs.median / a.cpuMs.median), wall: round(b.wallMs.median / a.wallMs.median) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const sizes = (option("sizes") ?? "10000,100000,1000000").split(",").map(Number);
  // --reps, else BENCH_REPS (as every bench), else 2: csv-parse alone takes ~20 s a run at 1M lines.
  const reps = Math.max(1, Number(option("reps") ?? process.env.BENCH_REPS ?? 2));
  // --subjects=raw,rows: a quick look at some subjects (the ratios need all of them).
  const only = option("subjects")?.split(",");
  const subjects = SUBJECTS.filter((s) => only === undefined || only.includes(s));
  const dir = mkdtempSync(path.join(tmpdir(), "settlement-bench-"));
  const started = performance.now();
  const entry = await bundle();
  const report: Record<string, unknown>[] = [];
  try {
    for (const lines of sizes) {
      const file = path.join(dir, `settlement-${lines}.txt`);
      const total = (await build(file, lines)).toString();
      const mb = statSync(file).size / 1e6;
      const runs = new Map<Subject, Run[]>(SUBJECTS.map((s) => [s, []]));
      // Interleaved, so a burst of load on the shared machine does not hit one subject only.
      for (let rep = 0; rep < reps; rep++) {
        for (const subject of subjects) {
          const run = runChild(entry, subject, file);
          if (run.lines !== lines) throw new Error(`${subject} read ${run.lines} lines, not ${lines}`);
          if (run.total !== null && run.total !== total) {
            throw new Error(`${subject} computed ${run.total}, the file's total is ${total}`);
          }
          const rowsRun = runs.get("rows")?.[rep];
          if (subject === "batches" && rowsRun && run.touched !== rowsRun.touched) {
            throw new Error(`batches read other fields than rows (${run.touched})`);
          }
          (runs.get(subject) as Run[]).push(run);
        }
      }
      const f = Object.fromEntries(subjects.map((s) => [s, figures(lines, runs.get(s) as Run[])])) as Partial<
        Record<Subject, Figures>
      >;
      const ratios = {
        rowsFasterThanCsvParse: faster(f.rows, f["csv-parse"]),
        batchesFasterThanCsvParse: faster(f.batches, f["csv-parse"]),
        totalsFasterThanCsvParse: faster(f.totals, f["csv-parse"]),
        rawFasterThanRows: faster(f.raw, f.rows),
        rawFasterThanBatches: faster(f.raw, f.batches),
        rawFasterThanTotals: faster(f.raw, f.totals),
      };
      report.push({ lines, megabytes: Math.round(mb * 10) / 10, reps, subjects: f, ratios });
      print(lines, mb, reps, f, ratios, json);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ bench: "settlement-parse", node: process.version, seconds, sizes: report })}\n`,
    );
  } else console.log(`\n(${seconds} s in all)`);
}

function print(
  lines: number,
  mb: number,
  reps: number,
  f: Partial<Record<Subject, Figures>>,
  r: Record<string, { cpu: number; wall: number }>,
  json: boolean,
): void {
  // With --json, stdout carries the JSON line: the tables go to stderr.
  const log = (text: string) => (json ? process.stderr : process.stdout).write(`${text}\n`);
  log(
    `\n${lines.toLocaleString("en-US")} lines (${mb.toFixed(1)} MB), ${reps} runs each, one process per run`,
  );
  log(
    `${"subject".padEnd(10)} ${"wall min/median ms".padStart(20)} ${"cpu min/median ms".padStart(20)} ${"lines/s (wall)".padStart(15)} ${"lines/s (cpu)".padStart(15)} ${"peak RSS".padStart(10)}`,
  );
  for (const s of SUBJECTS) {
    const x = f[s];
    if (x === undefined) continue;
    log(
      `${s.padEnd(10)} ${`${x.wallMs.min} / ${x.wallMs.median}`.padStart(20)} ${`${x.cpuMs.min} / ${x.cpuMs.median}`.padStart(20)} ${x.linesPerSecond.wall.toLocaleString("en-US").padStart(15)} ${x.linesPerSecond.cpu.toLocaleString("en-US").padStart(15)} ${`${x.peakRssMiB} MiB`.padStart(10)}`,
    );
  }
  // A ratio whose subjects did not run (--subjects=) is left out rather than printed as NaN.
  const say = (k: string, text: (ratio: string) => string) => {
    const x = r[k];
    if (x && Number.isFinite(x.cpu) && Number.isFinite(x.wall))
      log(text(`${x.cpu}× (CPU), ${x.wall}× (wall)`));
  };
  say("rowsFasterThanCsvParse", (x) => `typed rows are ${x} faster than csv-parse`);
  say("totalsFasterThanCsvParse", (x) => `totals-only is ${x} faster than csv-parse`);
  say("batchesFasterThanCsvParse", (x) => `typed batches are ${x} faster than csv-parse`);
  say("rawFasterThanRows", (x) => `the raw newline scan is ${x} faster than typed rows`);
  say("rawFasterThanBatches", (x) => `the raw newline scan is ${x} faster than typed batches`);
  say("rawFasterThanTotals", (x) => `the raw newline scan is ${x} faster than totals-only`);
}

if (process.argv[2] === "--child") await child(process.argv[3] as Subject, process.argv[4] as string);
else await main();
