/**
 * CONSTANT-MEMORY TEST (slow, ~10-20 s): parses a 1,000,000-line generated settlement streamed
 * straight from the writer (never held in memory) and checks that the heap retained while parsing
 * stays bounded and does not grow with the number of lines read.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { parseSettlement } from "../../src/amazon/settlement/parse-settlement.js";
import { Money } from "../../src/core/money.js";
import { type SettlementLineInput, writeSettlement } from "../../src/testing/data/settlement-writer.js";

const LINES = 1_000_000;
const MB = 1024 * 1024;

/** A forced full GC, so heap samples measure what is retained, not garbage awaiting collection. */
function gcFunction(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  } catch {
    return undefined;
  }
}

function* lines(count: number): Generator<SettlementLineInput> {
  const descriptions = ["Principal", "Tax", "Shipping", "Commission", "FBAPerUnitFulfillmentFee"];
  const start = Date.UTC(2026, 0, 1, 8);
  let seed = 1;
  for (let i = 0; i < count; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const description = descriptions[i % descriptions.length]!;
    const fee = description === "Commission" || description === "FBAPerUnitFulfillmentFee";
    const orderId = `111-${String(Math.floor(i / 5)).padStart(7, "0")}-3081053`;
    yield {
      transactionType: "Order",
      orderId,
      merchantOrderId: orderId,
      marketplaceName: "Amazon.com",
      amountType: fee ? "ItemFees" : "ItemPrice",
      amountDescription: description,
      amount: Money.fromMinor(BigInt((fee ? -1 : 1) * (seed % 10_000)), "USD"),
      fulfillmentId: "AFN",
      postedDate: new Date(start + Math.floor(i / 5) * 1000),
      sku: `SKU-${seed % 97}`,
      quantityPurchased: 1,
    };
  }
}

describe("settlement parser memory (1,000,000 lines)", () => {
  it("parses a 1,000,000-line settlement in bounded, non-growing memory", { timeout: 120_000 }, async () => {
    let total = Money.zero("USD");
    for (const line of lines(LINES)) total = total.plus(line.amount);
    const summary = {
      settlementId: "21574497411",
      startDate: new Date(Date.UTC(2026, 0, 1, 8)),
      endDate: new Date(Date.UTC(2026, 0, 15, 8)),
      depositDate: new Date(Date.UTC(2026, 0, 17, 8)),
      totalAmount: total,
      currency: "USD",
    };

    const gc = gcFunction();
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const samples: number[] = [];
    const parse = parseSettlement(
      writeSettlement(summary, lines(LINES), { format: "US", linesPerChunk: 2000 }),
    );
    let rows = 0;
    for await (const _row of parse) {
      rows++;
      if (rows % 100_000 === 0) {
        gc?.();
        samples.push(process.memoryUsage().heapUsed - before);
      }
    }
    const result = await parse.result();

    expect(rows).toBe(LINES);
    expect(result.reconciled).toBe(true);
    expect(result.lineCount).toBe(LINES);
    // The whole file would be ~190 MB of text; retained memory must stay far below that.
    const peak = Math.max(...samples);
    const limit = gc ? 60 * MB : 200 * MB; // Without a forced GC, samples include uncollected garbage.
    expect(
      peak,
      `retained heap samples (MB): ${samples.map((s) => (s / MB).toFixed(1)).join(", ")}`,
    ).toBeLessThan(limit);
    if (gc) {
      // Constant in file size: the heap after 1M lines is not meaningfully above the heap after 200k.
      const growth = samples[samples.length - 1]! - samples[1]!;
      expect(growth, `growth from 200k to 1M lines: ${(growth / MB).toFixed(1)} MB`).toBeLessThan(10 * MB);
    }
  });
});
