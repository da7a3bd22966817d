import { describe, expect, it } from "vitest";
import { Money } from "../../src/core/money.js";
import {
  generateCatalog,
  generateOrders,
  generateSettlement,
  shipmentLines,
  sumLines,
} from "../../src/testing/data/amazon-data.js";
import {
  marketplace,
  marketplaceForFormat,
  type SettlementFormat,
} from "../../src/testing/data/marketplaces.js";
import { createPrng } from "../../src/testing/data/prng.js";
import { writeSettlement } from "../../src/testing/data/settlement-writer.js";

/** Reads a written V2 settlement back: Σ amount cells, total-amount and the row count. */
function reconcile(chunks: Iterable<string>, currency: string, format: "dot" | "comma") {
  let header: string[] | undefined;
  let total: Money | undefined;
  let sum = Money.zero(currency);
  let rows = 0;
  let rest = "";
  for (const chunk of chunks) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) {
      const cells = line.split("\t");
      if (!header) header = cells;
      else if (!total) total = Money.parse(cells[header.indexOf("total-amount")]!, currency, { format });
      else {
        sum = sum.plus(Money.parse(cells[header.indexOf("amount")]!, currency, { format }));
        rows++;
      }
    }
  }
  return { sum, total: total!, rows };
}

describe("seeded data", () => {
  it("is deterministic: the same seed gives the same catalog, orders and settlement", () => {
    const a = generateSettlement({ seed: 9, format: "US", lines: 500 });
    const b = generateSettlement({ seed: 9, format: "US", lines: 500 });
    expect(a.summary.settlementId).toBe(b.summary.settlementId);
    expect(a.summary.totalAmount.equals(b.summary.totalAmount)).toBe(true);
    expect([...a.lines()].map((l) => l.amount.toString())).toEqual(
      [...b.lines()].map((l) => l.amount.toString()),
    );
    expect(
      generateSettlement({ seed: 10, format: "US", lines: 500 }).summary.totalAmount.equals(
        a.summary.totalAmount,
      ),
    ).toBe(false);
    expect(generateCatalog(3)).toEqual(generateCatalog(3));
  });

  it("orders carry the lines a settlement needs; US tax is withheld again and nets to zero", () => {
    const us = marketplace("ATVPDKIKX0DER");
    const orders = [
      ...generateOrders({
        seed: 4,
        sellerId: "S",
        marketplaces: [us],
        catalog: generateCatalog(4),
        count: 50,
        from: 0,
        to: 40 * 86_400_000,
      }),
    ].filter((o) => o.status === "Shipped");
    expect(orders.length).toBeGreaterThan(30);
    for (const order of orders) {
      const lines = shipmentLines(order, us);
      const tax = lines.filter((l) =>
        /^(Tax|ShippingTax|MarketplaceFacilitatorTax-.*)$/.test(l.amountDescription),
      );
      expect(sumLines(tax, "USD").isZero()).toBe(true);
      const principal = lines.filter((l) => l.amountDescription === "Principal");
      expect(
        sumLines(principal, "USD").equals(
          Money.sum(
            order.items.map((i) => i.itemPrice),
            "USD",
          ),
        ),
      ).toBe(true);
    }
  });

  it("the PRNG draws the same sequence from the same seed", () => {
    const a = createPrng(1);
    const b = createPrng(1);
    expect([a.next(), a.uuid(), a.digits(5)]).toEqual([b.next(), b.uuid(), b.digits(5)]);
  });
});

describe("generated settlements", () => {
  const formats: [SettlementFormat, "dot" | "comma"][] = [
    ["US", "dot"],
    ["CA", "dot"],
    ["UK", "dot"],
    ["DE", "comma"],
    ["JP", "dot"],
  ];

  it.each(formats)(
    "%s: has exactly the lines asked for, covers the settlement taxonomy, and reconciles",
    (format, decimal) => {
      const s = generateSettlement({ seed: 2, format, lines: 3_000 });
      const currency = marketplaceForFormat(format).currency;
      expect(s.summary.currency).toBe(currency);
      const triples = new Set(
        [...s.lines()].map((l) => `${l.transactionType}/${l.amountType}/${l.amountDescription}`),
      );
      for (const expected of [
        "Order/ItemPrice/Principal",
        "Order/ItemPrice/Tax",
        "Order/ItemFees/Commission",
        "Order/Promotion/Shipping",
        "Refund/ItemPrice/Principal",
        "Refund/ItemFees/RefundCommission",
        "other-transaction/other-transaction/Previous Reserve Amount Balance",
        "other-transaction/other-transaction/Current Reserve Amount",
        "other-transaction/other-transaction/Storage Fee",
        "other-transaction/FBA Inventory Reimbursement/WAREHOUSE_DAMAGE",
        "ServiceFee/Cost of Advertising/TransactionTotalAmount",
      ]) {
        expect(triples).toContain(expected);
      }
      const { sum, total, rows } = reconcile(
        writeSettlement(s.summary, s.lines(), { format }),
        currency,
        decimal,
      );
      expect(rows).toBe(3_000);
      expect(sum.equals(total)).toBe(true);
      expect(total.equals(s.summary.totalAmount)).toBe(true);
      if (format === "JP") expect(total.toString()).toMatch(/^-?\d+$/);
    },
  );

  it("a settlement of 100,000 lines reconciles: Σ amount = total-amount", () => {
    const s = generateSettlement({ seed: 100, format: "DE", lines: 100_000 });
    const { sum, total, rows } = reconcile(
      writeSettlement(s.summary, s.lines(), { format: "DE" }),
      "EUR",
      "comma",
    );
    expect(rows).toBe(100_000);
    expect(sum.toString()).toBe(total.toString());
  });

  it("streams 1,000,000 lines through the writer without holding them, and still reconciles", () => {
    const before = process.memoryUsage().heapUsed;
    const s = generateSettlement({ seed: 1, format: "US", lines: 1_000_000 });
    let peak = 0;
    let chunks = 0;
    const watched = function* () {
      for (const chunk of writeSettlement(s.summary, s.lines(), { format: "US" })) {
        if (++chunks % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
        yield chunk;
      }
    };
    const { sum, total, rows } = reconcile(watched(), "USD", "dot");
    expect(rows).toBe(1_000_000);
    expect(sum.equals(total)).toBe(true);
    // A million line objects, or the ~190 MB file as one string, would not fit under this.
    expect(peak).toBeLessThan(150 * 1024 * 1024);
  });
});
