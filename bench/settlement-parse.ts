/**
 * Settlement parser benchmark: writes a 1,000,000-line V2 settlement to a temp file with the test-data
 * writer, then, in this one process, reads it (1) with parseSettlement, iterating typed rows,
 * (2) with readSettlement (totals only), and (3) with a csv-parse baseline (tab delimiter, summing
 * amounts naively as bigint cents). Prints lines/s and peak RSS of each, and the ratio to the baseline.
 *
 *   npx tsx bench/settlement-parse.ts [lines] [format]
 *   node --expose-gc --import tsx bench/settlement-parse.ts   # GC between runs for cleaner RSS
 *
 * Peak RSS is sampled every 5 ms during each run; it is the process's, so each run's figure includes
 * what the earlier runs left behind (the runs go baseline first to be fair to it). CPU time is shown
 * next to wall time because the machine may be shared; the ratio is baseline time / our time.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse as csvParse } from "csv-parse";
import { parseSettlementFile, readSettlement } from "../src/amazon/settlement/parse-settlement.js";
import { Money } from "../src/core/money.js";
import {
  type SettlementLineInput,
  type SettlementWriterFormat,
  writeSettlement,
} from "../src/testing/data/settlement-writer.js";

const LINES = Number(process.argv[2] ?? 1_000_000);
const FORMAT = (process.argv[3] ?? "US") as SettlementWriterFormat;
const CURRENCY: Record<SettlementWriterFormat, string> = {
  US: "USD",
  CA: "CAD",
  UK: "GBP",
  DE: "EUR",
  JP: "JPY",
};

/** Order-like lines: 8 per order, amounts from a fixed-seed LCG. */
function* lines(count: number, currency: string): Generator<SettlementLineInput> {
  let seed = 42;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  const kinds = [
    ["ItemPrice", "Principal", 1],
    ["ItemPrice", "Tax", 1],
    ["ItemWithheldTax", "MarketplaceFacilitatorTax-Principal", -1],
    ["ItemFees", "Commission", -1],
    ["ItemFees", "FBAPerUnitFulfillmentFee", -1],
    ["ItemFees", "DigitalServicesFee", -1],
    ["ItemPrice", "Shipping", 1],
    ["Promotion", "Shipping", -1],
  ] as const;
  const start = Date.UTC(2026, 0, 1, 8);
  let orderId = "";
  let posted = new Date(start);
  for (let i = 0; i < count; i++) {
    const k = kinds[i % kinds.length]!;
    if (i % kinds.length === 0) {
      orderId = `111-${String(next() % 10_000_000).padStart(7, "0")}-${String(next() % 10_000_000).padStart(7, "0")}`;
      posted = new Date(start + (i / count) * 14 * 86_400_000 - (((i / count) * 14 * 86_400_000) % 1000));
    }
    yield {
      transactionType: "Order",
      orderId,
      merchantOrderId: orderId,
      shipmentId: "Q4ZRMlQ0B",
      marketplaceName: "Amazon.com",
      amountType: k[0],
      amountDescription: k[1],
      amount: Money.fromMinor(BigInt(k[2] * (1 + (next() % 20_000))), currency),
      fulfillmentId: "AFN",
      postedDate: posted,
      orderItemCode: "112118348242681",
      sku: "TM-ATRNS-LR",
      quantityPurchased: 1,
    };
  }
}

function total(count: number, currency: string): Money {
  let sum = Money.zero(currency);
  for (const line of lines(count, currency)) sum = sum.plus(line.amount);
  return sum;
}

async function measure<T>(
  name: string,
  run: () => Promise<T>,
): Promise<{ name: string; ms: number; cpuMs: number; peakRss: number; value: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await run();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { name, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRss: peak, value };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "settlement-bench-"));
  const file = path.join(dir, `settlement-${FORMAT}-${LINES}.txt`);
  try {
    const currency = CURRENCY[FORMAT];
    const t0 = performance.now();
    const summary = {
      settlementId: "21574497411",
      startDate: new Date(Date.UTC(2026, 0, 1, 8)),
      endDate: new Date(Date.UTC(2026, 0, 15, 8)),
      depositDate: new Date(Date.UTC(2026, 0, 17, 8)),
      totalAmount: total(LINES, currency),
      currency,
    };
    await pipeline(
      Readable.from(writeSettlement(summary, lines(LINES, currency), { format: FORMAT })),
      createWriteStream(file),
    );
    const size = statSync(file).size;
    console.log(
      `generated ${LINES.toLocaleString("en-US")} lines (${FORMAT}, ${(size / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const baseline = await measure("csv-parse baseline", async () => {
      // Naive: split the amount on the decimal separator and add integer cents.
      const parser = createReadStream(file).pipe(
        csvParse({ delimiter: "\t", quote: false, relax_column_count: true, from_line: 3 }),
      );
      let sum = 0n;
      let n = 0;
      for await (const record of parser as AsyncIterable<string[]>) {
        const text = (record[14] ?? "0").trim().replace(",", ".");
        const [int = "0", frac = ""] = text.split(".");
        const cents = BigInt(int.replace("-", "") + frac.padEnd(2, "0").slice(0, 2));
        sum += text.startsWith("-") ? -cents : cents;
        n++;
      }
      return { n, sum: sum.toString() };
    });
    const rows = await measure("parseSettlement (rows)", async () => {
      const parse = parseSettlementFile(file);
      let n = 0;
      for await (const _row of parse) n++;
      const result = await parse.result();
      return { n, reconciled: result.reconciled, total: result.computedTotal.toString() };
    });
    const totals = await measure("readSettlement (totals)", async () => {
      const result = await readSettlement(createReadStream(file, { highWaterMark: 1 << 16 }), { file });
      return { n: result.lineCount, reconciled: result.reconciled, total: result.computedTotal.toString() };
    });

    for (const r of [baseline, rows, totals]) {
      const perSecond = Math.round((LINES / r.ms) * 1000);
      const ratio = (baseline.ms / r.ms).toFixed(2);
      const cpuRatio = (baseline.cpuMs / r.cpuMs).toFixed(2);
      console.log(
        `${r.name.padEnd(26)} ${(r.ms / 1000).toFixed(2).padStart(6)} s (cpu ${(r.cpuMs / 1000).toFixed(2)} s)  ${perSecond.toLocaleString("en-US").padStart(10)} lines/s  peak RSS ${(r.peakRss / 1048576).toFixed(0).padStart(4)} MB  ours/baseline ${ratio}x (cpu ${cpuRatio}x)  ${JSON.stringify(r.value)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
