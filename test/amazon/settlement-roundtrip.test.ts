/**
 * writeSettlement → parseSettlement gives back what was written, for every marketplace format and
 * both layouts; a 100,000-line generated settlement reconciles.
 */
import { describe, expect, it } from "vitest";
import { parseSettlement, readSettlement } from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementRow } from "../../src/amazon/settlement/types.js";
import { Money } from "../../src/core/money.js";
import {
  type SettlementLineInput,
  type SettlementSummaryInput,
  type SettlementWriterFormat,
  settlementV1Triple,
  writeSettlement,
} from "../../src/testing/data/settlement-writer.js";

const CURRENCY: Record<SettlementWriterFormat, string> = {
  US: "USD",
  CA: "CAD",
  UK: "GBP",
  DE: "EUR",
  JP: "JPY",
};
const MARKETPLACE: Record<SettlementWriterFormat, string> = {
  US: "Amazon.com",
  CA: "Amazon.ca",
  UK: "Amazon.co.uk",
  DE: "Amazon.de",
  JP: "Amazon.co.jp",
};
const FORMATS = Object.keys(CURRENCY) as SettlementWriterFormat[];

function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n) as number;
  };
}

const KINDS: readonly (readonly [string, string, string, 1 | -1])[] = [
  ["Order", "ItemPrice", "Principal", 1],
  ["Order", "ItemPrice", "Tax", 1],
  ["Order", "ItemFees", "Commission", -1],
  ["Order", "ItemFees", "FBAPerUnitFulfillmentFee", -1],
  ["Order", "Promotion", "Shipping", -1],
  ["Refund", "ItemPrice", "Principal", -1],
  ["Refund", "ItemFees", "RefundCommission", -1],
  ["other-transaction", "other-transaction", "Current Reserve Amount", -1],
  ["other-transaction", "other-transaction", "Previous Reserve Amount Balance", 1],
  ["other-transaction", "FBA Inventory Reimbursement", "REVERSAL_REIMBURSEMENT", 1],
  ["ServiceFee", "Cost of Advertising", "TransactionTotalAmount", -1],
  ["Order", "ItemWithheldTax", "MarketplaceFacilitatorVAT-Principal", -1],
];

/** Deterministic lines; amounts in minor units, occasionally zero, sometimes with sub-cent digits. */
function* generate(
  format: SettlementWriterFormat,
  count: number,
  seed = 7,
  subCent = false,
): Generator<SettlementLineInput> {
  const random = prng(seed);
  const currency = CURRENCY[format];
  const start = Date.UTC(2026, 0, 1, 8);
  for (let i = 0; i < count; i++) {
    const [transactionType, amountType, amountDescription, sign] = KINDS[random(KINDS.length)]!;
    const minor = BigInt(sign * random(format === "JP" ? 5_000_000 : 50_000));
    const amount =
      subCent && i % 5 === 0
        ? Money.of(`${minor < 0n ? "-" : ""}0.${String(random(1000)).padStart(3, "0")}5`, currency)
        : Money.fromMinor(minor, currency);
    const isOrder = transactionType === "Order" || transactionType === "Refund";
    const orderId = isOrder
      ? `${100 + random(900)}-${String(random(1e7)).padStart(7, "0")}-${String(random(1e7)).padStart(7, "0")}`
      : undefined;
    yield {
      transactionType,
      amountType,
      amountDescription,
      amount,
      postedDate: new Date(start + random(14 * 86_400) * 1000),
      ...(orderId
        ? { orderId, merchantOrderId: orderId, shipmentId: "Q4ZRMlQ0B", marketplaceName: MARKETPLACE[format] }
        : {}),
      ...(isOrder
        ? {
            fulfillmentId: "AFN",
            orderItemCode: String(1e14 + random(1e9)),
            sku: `SKU-${random(50)}-é`,
            quantityPurchased: 1 + random(3),
          }
        : {}),
      ...(transactionType === "Refund" ? { adjustmentId: "amzn1:crow:0UcGz5LNTCm+rGIQEkAv5g" } : {}),
      ...(amountType === "Promotion"
        ? { promotionId: "Amazon PLCC Free-Financing Universal Merchant Free Rush Shipping" }
        : {}),
    };
  }
}

function summaryFor(
  format: SettlementWriterFormat,
  lines: Iterable<SettlementLineInput>,
): SettlementSummaryInput {
  const currency = CURRENCY[format];
  let total = Money.zero(currency);
  for (const line of lines) total = total.plus(line.amount);
  return {
    settlementId: "24702193891",
    startDate: new Date(Date.UTC(2026, 0, 1, 8, 0, 0)),
    endDate: "2026-01-15T08:00:01Z",
    depositDate: new Date(Date.UTC(2026, 0, 17, 8, 0, 1)),
    totalAmount: total,
    currency,
  };
}

const iso = (d: Date | string) => new Date(d).toISOString().replace(".000Z", "Z");

describe("writeSettlement → parseSettlement round trip", () => {
  for (const layout of ["v2", "v1"] as const) {
    for (const format of FORMATS) {
      it(`${format} ${layout}`, async () => {
        const input = [...generate(format, 400, FORMATS.indexOf(format) + 1)];
        const summary = summaryFor(format, input);
        const chunks = [...writeSettlement(summary, input, { format, layout, linesPerChunk: 64 })];
        expect(chunks.length).toBeGreaterThan(5);
        if (format === "DE") expect(chunks[0]).toMatch(/\t-?\d+,\d{2}\t/);
        if (format === "JP" && layout === "v2")
          expect(chunks[0]).toMatch(/\t\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} UTC\t/);

        const parse = parseSettlement(chunks);
        const rows: SettlementRow[] = [];
        for await (const row of parse) rows.push(row);
        const result = await parse.result();

        expect(result.layout).toBe(layout);
        expect(result.reconciled).toBe(true);
        expect(result.numberFormat).toBe(format === "DE" ? "comma" : "dot");
        expect(result.summary).toMatchObject({
          settlementId: "24702193891",
          startDate: "2026-01-01T08:00:00Z",
          endDate: "2026-01-15T08:00:01Z",
          depositDate: "2026-01-17T08:00:01Z",
          currency: CURRENCY[format],
        });
        expect(result.summary.totalAmount.equals(summary.totalAmount)).toBe(true);
        expect(rows).toHaveLength(input.length);
        rows.forEach((row, i) => {
          const line = input[i]!;
          const triple = layout === "v2" ? line : settlementV1Triple(line);
          expect(row.line).toBe(i + 3);
          expect(row.amount.equals(line.amount), `line ${i}`).toBe(true);
          expect([row.transactionType, row.amountType, row.amountDescription]).toEqual([
            triple.transactionType,
            triple.amountType,
            triple.amountDescription,
          ]);
          expect(row.orderId).toBe(line.orderId);
          expect(row.merchantOrderId).toBe(line.merchantOrderId);
          expect(row.adjustmentId).toBe(line.adjustmentId);
          expect(row.shipmentId).toBe(line.shipmentId);
          expect(row.marketplaceName).toBe(line.marketplaceName);
          expect(row.fulfillmentId).toBe(line.fulfillmentId);
          expect(row.orderItemCode).toBe(line.orderItemCode);
          expect(row.sku).toBe(line.sku);
          expect(row.quantityPurchased).toBe(line.quantityPurchased);
          expect(row.promotionId).toBe(line.promotionId);
          expect(row.postedDateTime).toBe(iso(line.postedDate));
          expect(row.postedDate).toBe(iso(line.postedDate).slice(0, 10));
        });
      });
    }
  }

  it("keeps amounts finer than the currency exactly (DE, comma decimals)", async () => {
    const input = [...generate("DE", 200, 3, true)];
    const summary = summaryFor("DE", input);
    expect(summary.totalAmount.scale).toBeGreaterThan(2);
    const result = await readSettlement(writeSettlement(summary, input, { format: "DE" }));
    expect(result.reconciled).toBe(true);
    expect(result.computedTotal.toString()).toBe(summary.totalAmount.toString());
  });

  it("writes Liquidations rows one field short when asked, and the parser pads them", async () => {
    const input = [...generate("US", 20)].map((l, i) =>
      i % 4 === 0
        ? { ...l, transactionType: "Liquidations", amountType: "ItemPrice", amountDescription: "Principal" }
        : l,
    );
    const text = [
      ...writeSettlement(summaryFor("US", input), input, { format: "US", raggedLiquidations: true }),
    ].join("");
    const widths = text
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split("\t").length);
    expect(widths.filter((w) => w === 23)).toHaveLength(5);
    const result = await readSettlement(text);
    expect(result.shortLines).toBe(5);
    expect(result.reconciled).toBe(true);
  });

  it("writes CRLF when asked and the parser reads it", async () => {
    const input = [...generate("UK", 50)];
    const chunks = [...writeSettlement(summaryFor("UK", input), input, { format: "UK", lineEnding: "\r\n" })];
    expect(chunks.join("")).toContain("\r\n");
    expect((await readSettlement(chunks)).reconciled).toBe(true);
  });

  it("a writer file with a wrong total is caught, with the exact difference", async () => {
    const input = [...generate("US", 100)];
    const summary = summaryFor("US", input);
    const off = { ...summary, totalAmount: summary.totalAmount.plus(Money.of("0.01", "USD")) };
    const result = await readSettlement(writeSettlement(off, input, { format: "US" }), {
      reconcile: "report",
    });
    expect(result.reconciled).toBe(false);
    expect(result.difference.toString()).toBe("-0.01");
  });

  it("the writer refuses values a flat file cannot hold", () => {
    const input = [...generate("US", 1)].map((l) => ({ ...l, sku: "a\tb" }));
    expect(() => [...writeSettlement(summaryFor("US", input), input, { format: "US" })]).toThrow(
      /tab or line break/,
    );
    const eur = [...generate("US", 1)].map((l) => ({ ...l, amount: Money.of("1", "EUR") }));
    expect(() => [...writeSettlement(summaryFor("US", []), eur, { format: "US" })]).toThrow(/wrong currency/);
  });
});

describe("large generated settlements", () => {
  it("a 100,000-line settlement streams from the writer and reconciles", async () => {
    const summary = summaryFor("DE", generate("DE", 100_000, 11));
    const parse = parseSettlement(writeSettlement(summary, generate("DE", 100_000, 11), { format: "DE" }));
    let rows = 0;
    let sum = Money.zero("EUR");
    for await (const row of parse) {
      rows++;
      sum = sum.plus(row.amount);
    }
    const result = await parse.result();
    expect(rows).toBe(100_000);
    expect(result.lineCount).toBe(100_000);
    expect(result.reconciled).toBe(true);
    expect(sum.equals(summary.totalAmount)).toBe(true);
    expect(result.totals.length).toBe(KINDS.length);
  });
});
