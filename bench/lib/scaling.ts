/**
 * Group 6, scaling: how each figure of groups 1–5 grows with the size of its input. It measures
 * nothing itself; it reads the entries the other benches wrote in the same run (bench/run.ts calls
 * {@link scalingRows} after them) and, for every subject measured at three sizes or more, puts its
 * cost per unit and its peak RSS side by side.
 *
 * - **cost growth** = cost per unit at the largest size ÷ at the smallest. 1.00 is linear; below 1
 *   is better than linear (fixed costs spread over more units); above 1 means each unit costs more
 *   as the input grows. "linear or better" is ≤ 1.25 (the noise of a shared machine).
 * - **memory growth** = peak RSS at the largest size ÷ at the smallest. "flat" is ≤ 1.5 while the
 *   input grew 10× or more; where the subject holds its input by design (the engine keeps the
 *   settlement's rows to map them), the verdict says "grows" and the MiB per 1,000 units.
 */

/** One subject measured at several sizes. */
export interface ScalingRow {
  readonly group: string;
  readonly subject: string;
  /** What a unit is: a line, a call, an order. */
  readonly unit: string;
  /** What the cost is: "CPU ms", "simulated s", "requests". */
  readonly cost: string;
  readonly sizes: readonly number[];
  /** Cost per 1,000 units (or per unit, as `cost` says) at each size. */
  readonly costPerUnit: readonly number[];
  readonly costGrowth: number;
  readonly costVerdict: "linear or better" | "worse than linear";
  readonly peakRssMiB: readonly (number | null)[];
  readonly memoryGrowth: number | null;
  readonly memoryVerdict: "flat" | "grows" | "n/a";
  /** Peak RSS added per 1,000 units between the smallest and the largest size. */
  readonly mibPer1kUnits: number | null;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function row(
  group: string,
  subject: string,
  unit: string,
  cost: string,
  per: number,
  points: readonly { size: number; cost: number; rss: number | null }[],
): ScalingRow | undefined {
  const sorted = [...points].filter((p) => Number.isFinite(p.cost)).sort((a, b) => a.size - b.size);
  if (sorted.length < 3) return undefined;
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  // per 0: the figure is already a ratio to its own floor (drain ÷ floor), taken as it is.
  const perUnit = sorted.map((p) => (per === 0 ? p.cost : (p.cost / p.size) * per));
  const costGrowth = perUnit.at(-1)! / perUnit[0]!;
  const hasRss = first.rss !== null && last.rss !== null;
  const memoryGrowth = hasRss ? last.rss! / first.rss! : null;
  return {
    group,
    subject,
    unit,
    cost,
    sizes: sorted.map((p) => p.size),
    costPerUnit: perUnit.map(r3),
    costGrowth: r2(costGrowth),
    costVerdict: costGrowth <= 1.25 ? "linear or better" : "worse than linear",
    peakRssMiB: sorted.map((p) => p.rss),
    memoryGrowth: memoryGrowth === null ? null : r2(memoryGrowth),
    memoryVerdict: memoryGrowth === null ? "n/a" : memoryGrowth <= 1.5 ? "flat" : "grows",
    mibPer1kUnits: hasRss ? r3(((last.rss! - first.rss!) / (last.size - first.size)) * 1000) : null,
  };
}

type Json = Record<string, unknown>;
const num = (x: unknown): number => (typeof x === "number" ? x : Number(x));
const med = (x: unknown): number => num((x as { median?: unknown } | undefined)?.median ?? x);

/** The scaling rows of every bench entry that has three sizes of something. */
export function scalingRows(benches: Readonly<Record<string, unknown>>): ScalingRow[] {
  const out: (ScalingRow | undefined)[] = [];
  const parse = benches["settlement-parse"] as Json | undefined;
  if (Array.isArray(parse?.sizes)) {
    const names: Record<string, string> = {
      rows: "parseSettlement, typed rows",
      batches: "parseSettlement, typed batches",
      totals: "readSettlement, totals",
    };
    for (const subject of ["rows", "batches", "totals", "csv-parse", "raw"]) {
      // A run of an older bench has no batches subject.
      if (!(parse.sizes as Json[]).every((s) => (s.subjects as Json | undefined)?.[subject])) continue;
      out.push(
        row(
          "1 settlement parsing",
          names[subject] ?? subject,
          "line",
          "CPU ms per 1,000",
          1000,
          (parse.sizes as Json[]).map((s) => {
            const f = (s.subjects as Record<string, Json>)[subject] as Json;
            return { size: num(s.lines), cost: med(f.cpuMs), rss: num(f.peakRssMiB) };
          }),
        ),
      );
    }
  }
  const drain = benches["api-drain"] as Json | undefined;
  if (Array.isArray(drain?.rows)) {
    const sim = (drain.rows as Json[]).filter((r) => String(r.group).startsWith("simulated"));
    for (const client of [...new Set(sim.map((r) => String(r.client)))]) {
      const mine = sim.filter((r) => r.client === client);
      out.push(
        row(
          "2 SP-API pacing (simulated time)",
          `${client}: drain ÷ floor`,
          "call",
          "drain ÷ floor (already per unit of the floor)",
          0,
          mine.map((r) => ({ size: num(r.calls), cost: med(r.drainOverFloor), rss: med(r.peakRssMb) })),
        ),
      );
      out.push(
        row(
          "2 SP-API pacing (simulated time)",
          `${client}: process CPU`,
          "call",
          "CPU ms per call",
          1,
          mine.map((r) => ({ size: num(r.calls), cost: med(r.processCpuMs), rss: med(r.peakRssMb) })),
        ),
      );
    }
  }
  const backfill = benches["orders-backfill"] as Json | undefined;
  if (Array.isArray(backfill?.rows)) {
    const at30 = (backfill.rows as Json[]).filter((r) => num(r.reportProcessingMin) === 30);
    for (const path of ["searchOrders", "report"]) {
      out.push(
        row(
          "3 orders backfill",
          `${path}: simulated time${path === "report" ? " (30 min processing)" : ""}`,
          "order",
          "simulated s per 1,000",
          1000,
          at30.map((r) => {
            const p = r[path] as Json;
            return { size: num(r.orders), cost: num(p.simulatedS), rss: med(p.peakRssMb) };
          }),
        ),
      );
      out.push(
        row(
          "3 orders backfill",
          `${path}: CPU`,
          "order",
          "CPU ms per 1,000",
          1000,
          at30.map((r) => {
            const p = r[path] as Json;
            return { size: num(r.orders), cost: med(p.cpuMs), rss: med(p.peakRssMb) };
          }),
        ),
      );
    }
  }
  const writes = benches["d365-writes"] as Json | undefined;
  if (Array.isArray(writes?.rows)) {
    const measured = (writes.rows as Json[]).filter((r) => r.scaled !== true);
    for (const subject of ["summary", "detail", "per-line"]) {
      const mine = measured.filter((r) => r.subject === subject);
      out.push(
        row(
          "4 D365 writes",
          `${subject}: requests`,
          "line",
          "requests per 1,000",
          1000,
          mine.map((r) => ({ size: num(r.lines), cost: num(r.requests), rss: null })),
        ),
      );
      out.push(
        row(
          "4 D365 writes",
          `${subject}: CPU`,
          "line",
          "CPU ms per 1,000",
          1000,
          mine.map((r) => ({ size: num(r.lines), cost: med(r.cpuMs), rss: num(r.peakRssMiB) })),
        ),
      );
    }
  }
  const e2e = benches["end-to-end"] as Json | undefined;
  if (Array.isArray(e2e?.engine)) {
    for (const subject of ["parse", "connector"]) {
      out.push(
        row(
          "5 end to end",
          subject === "parse" ? "parse (typed rows kept)" : "createConnector, summary",
          "line",
          "CPU ms per 1,000",
          1000,
          (e2e.engine as Json[]).map((e) => {
            const s = e[subject] as Json;
            return {
              size: num(e.lines),
              cost: (med(s.cpuMsPer1k) * num(e.lines)) / 1000,
              rss: num(s.peakRssMiB),
            };
          }),
        ),
      );
    }
  }
  return out.filter((r): r is ScalingRow => r !== undefined);
}

/** The rows as a table's cells. */
export function scalingTable(rows: readonly ScalingRow[]): Record<string, string>[] {
  return rows.map((r) => ({
    group: r.group,
    subject: r.subject,
    sizes: r.sizes.map((s) => s.toLocaleString("en-US")).join(" / "),
    cost: r.cost,
    "at each size": r.costPerUnit.join(" / "),
    "cost growth": `${r.costGrowth}× (${r.costVerdict})`,
    "peak RSS MiB": r.peakRssMiB.some((x) => x === null) ? "-" : r.peakRssMiB.join(" / "),
    memory:
      r.memoryGrowth === null
        ? "-"
        : `${r.memoryGrowth}× (${r.memoryVerdict}${r.memoryVerdict === "grows" ? `, ${r.mibPer1kUnits} MiB per 1,000 ${r.unit}s` : ""})`,
  }));
}
