/**
 * Every real settlement in ../shared/samples/settlements parses and reconciles to the cent, and the
 * hand-typed Amazon statement summaries agree with the parser's totals.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSettlementFile, readSettlement } from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementResult, SettlementRow } from "../../src/amazon/settlement/types.js";
import { Money } from "../../src/core/money.js";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");
const samples = path.resolve(repoRoot, "..", "shared", "samples", "settlements");
const files = readdirSync(samples)
  .filter((f) => f.endsWith(".txt"))
  .sort();

// What SOURCE.md says about each file: layout, currency, total, detail lines.
const expected: Record<string, { layout: "v1" | "v2"; currency: string; total: string; lines: number }> = {
  "v1-ca-cad-12746358451.txt": { layout: "v1", currency: "CAD", total: "-29.99", lines: 3 },
  "v1-ca-cad-23874397121.txt": { layout: "v1", currency: "CAD", total: "-62.31", lines: 15 },
  "v1-ca-cad-24288684721.txt": { layout: "v1", currency: "CAD", total: "1016.08", lines: 189 },
  "v1-ca-cad-24391894961.txt": { layout: "v1", currency: "CAD", total: "2539.66", lines: 489 },
  "v1-ca-cad-24495221541.txt": { layout: "v1", currency: "CAD", total: "4630.23", lines: 729 },
  "v1-ca-cad-24596907561.txt": { layout: "v1", currency: "CAD", total: "3894.24", lines: 685 },
  "v1-ca-cad-24702193891.txt": { layout: "v1", currency: "CAD", total: "10015.64", lines: 1244 },
  "v2-de-eur-22988491762.txt": { layout: "v2", currency: "EUR", total: "128.84", lines: 51 },
  "v2-de-eur-23167452842.txt": { layout: "v2", currency: "EUR", total: "196.65", lines: 102 },
  "v2-uk-gbp-23208776292.txt": { layout: "v2", currency: "GBP", total: "346.60", lines: 126 },
  "v2-us-usd-21574497411.txt": { layout: "v2", currency: "USD", total: "1977.17", lines: 327 },
};

describe("real settlement samples", () => {
  it("has the samples this suite expects", () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(files)("%s parses, streams and reconciles to the cent", async (file) => {
    const want = expected[file]!;
    const parse = parseSettlementFile(path.join(samples, file));
    const rows: SettlementRow[] = [];
    for await (const row of parse) rows.push(row);
    const result = await parse.result();

    expect(result.layout).toBe(want.layout);
    expect(result.summary.currency).toBe(want.currency);
    expect(result.summary.settlementId).toBe(file.match(/(\d+)\.txt$/)![1]);
    expect(result.summary.totalAmount.toString()).toBe(want.total);
    expect(result.reconciled).toBe(true);
    expect(result.difference.isZero()).toBe(true);
    expect(result.computedTotal.equals(result.summary.totalAmount)).toBe(true);
    expect(result.lineCount).toBe(want.lines);
    expect(result.encoding).toBe("utf-8");
    expect(result.unknownColumns).toEqual([]);

    // Rows and totals agree with each other, independently summed.
    expect(rows.length).toBe(result.rowCount);
    expect(
      Money.sum(
        rows.map((r) => r.amount),
        want.currency,
      ).equals(result.computedTotal),
    ).toBe(true);
    expect(
      Money.sum(
        result.totals.map((t) => t.amount),
        want.currency,
      ).equals(result.computedTotal),
    ).toBe(true);
    expect(result.totals.reduce((n, t) => n + t.count, 0)).toBe(rows.length);
    for (const row of rows) {
      expect(row.settlementId).toBe(result.summary.settlementId);
      expect(row.postedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.postedDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }

    // The fast totals-only path gives the same answer.
    const fast = await readSettlement(readFileSync(path.join(samples, file)));
    expect(fast.computedTotal.equals(result.computedTotal)).toBe(true);
    expect(
      fast.totals.map((t) => [t.transactionType, t.amountType, t.amountDescription, t.amount.toString()]),
    ).toEqual(
      result.totals.map((t) => [t.transactionType, t.amountType, t.amountDescription, t.amount.toString()]),
    );
  });

  it("reads German comma decimals and dd.mm.yyyy dates", async () => {
    const result = await readSettlement(readFileSync(path.join(samples, "v2-de-eur-22988491762.txt")));
    expect(result.numberFormat).toBe("comma");
    expect(result.numberFormatSource).toBe("values");
    expect(result.summary).toMatchObject({
      startDate: "2024-09-13T08:59:52Z",
      endDate: "2024-09-27T08:59:52Z",
      depositDate: "2024-09-29T08:59:52Z",
    });
    const reserve = result.totals.find((t) => t.amountDescription === "Previous Reserve Amount Balance");
    expect(reserve?.amount.toString()).toBe("183.75");
  });

  it("pads the 23-field Liquidations rows of the US file without shifting cells", async () => {
    const parse = parseSettlementFile(path.join(samples, "v2-us-usd-21574497411.txt"));
    const liquidations: SettlementRow[] = [];
    for await (const row of parse) if (row.transactionType === "Liquidations") liquidations.push(row);
    const result = await parse.result();
    expect(result.shortLines).toBe(4);
    expect(liquidations).toHaveLength(4);
    for (const row of liquidations) expect(row.promotionId).toBeUndefined();
    expect(result.summary.startDate).toBe("2024-10-09T14:28:38Z");
  });

  it("reads a V1 row with two amounts (advertising and its tax) as two rows", async () => {
    const parse = parseSettlementFile(path.join(samples, "v1-ca-cad-23874397121.txt"));
    const serviceFee: SettlementRow[] = [];
    for await (const row of parse) if (row.transactionType === "ServiceFee") serviceFee.push(row);
    expect(serviceFee.map((r) => [r.line, r.amountType, r.amountDescription, r.amount.toString()])).toEqual([
      [16, "ItemFees", "Cost of Advertising", "-1.16"],
      [16, "OtherFees", "TaxAmount", "-0.14"],
    ]);
    const result = await parse.result();
    // "Successful charge" carries "321.69    " (trailing spaces) in other-amount.
    const charge = result.totals.find((t) => t.transactionType === "Successful charge");
    expect(charge?.amount.toString()).toBe("321.69");
    expect(result.summary.startDate).toBe("2025-07-31T22:07:18Z");
  });

  it("reads the older 33-column V1 layout", async () => {
    const result = await readSettlement(readFileSync(path.join(samples, "v1-ca-cad-12746358451.txt")));
    expect(result.columnCount).toBe(33);
    expect(result.totals.map((t) => [t.transactionType, t.amount.toString()])).toEqual([
      ["Payable to Amazon", "-29.99"],
      ["Subscription Fee", "-29.99"],
      ["Successful charge", "29.99"],
    ]);
  });
});

/** Amazon's statement lines as sums of settlement triples (research/settlement.md §2.4). */
function statement(result: SettlementResult) {
  const { currency } = result.summary;
  const used = new Set<object>();
  const sum = (pick: (t: SettlementResult["totals"][number]) => boolean) => {
    let total = Money.zero(currency);
    for (const t of result.totals) {
      if (!pick(t)) continue;
      used.add(t);
      total = total.plus(t.amount);
    }
    return total;
  };
  const is =
    (tt: string, at?: string, ...ad: string[]) =>
    (t: SettlementResult["totals"][number]) =>
      t.transactionType === tt &&
      (at === undefined || t.amountType === at) &&
      (ad.length === 0 || ad.includes(t.amountDescription));
  const beginningBalance = sum((t) => t.amountDescription === "Previous Reserve Amount Balance");
  const accountReserveLevel = sum((t) => t.amountDescription === "Current Reserve Amount");
  const productCharges = sum(is("Order", "ItemPrice", "Principal"));
  const shipping = sum(is("Order", "ItemPrice", "Shipping"));
  // Withheld tax offsets the buyer's tax where Amazon is the facilitator; what is left is kept tax.
  const tax = sum(
    (t) =>
      is("Order", "ItemPrice", "Tax", "ShippingTax")(t) ||
      is("Order", "Promotion", "TaxDiscount")(t) ||
      is("Order", "ItemWithheldTax")(t),
  );
  const other = sum(is("Liquidations", "ItemPrice", "Principal"));
  const refundedSales = sum(
    (t) => is("Refund", "ItemPrice", "Principal", "Shipping", "Tax")(t) || is("Refund", "ItemWithheldTax")(t),
  );
  const refundedExpenses = sum(
    (t) =>
      is("Refund", "ItemFees")(t) ||
      is("Refund", "ItemPrice", "ShippingTax")(t) ||
      is("Refund", "Promotion")(t),
  );
  const amazonFees = sum((t) => is("Order", "ItemFees")(t) || is("Liquidations", "ItemFees")(t));
  const promoRebates = sum(is("Order", "Promotion", "Shipping", "Principal"));
  const fbaFees = sum(is("other-transaction", "other-transaction", "RemovalComplete"));
  const unassigned = result.totals.filter((t) => !used.has(t));
  return {
    beginningBalance,
    sales: productCharges.plus(shipping).plus(tax).plus(other),
    productCharges,
    shipping,
    tax,
    other,
    refunds: refundedSales.plus(refundedExpenses),
    refundedSales,
    refundedExpenses,
    expenses: amazonFees.plus(promoRebates).plus(fbaFees),
    amazonFees,
    promoRebates,
    accountReserveLevel,
    netProceeds: result.summary.totalAmount,
    components: beginningBalance
      .plus(productCharges.plus(shipping).plus(tax).plus(other))
      .plus(refundedSales.plus(refundedExpenses))
      .plus(amazonFees.plus(promoRebates).plus(fbaFees))
      .plus(accountReserveLevel),
    unassigned,
  };
}

const summaries = readdirSync(samples).filter((f) => f.endsWith(".statement-summary.json"));

describe("Amazon statement summaries", () => {
  it.each(summaries)("%s matches the parser's totals line by line", async (file) => {
    const typed = JSON.parse(readFileSync(path.join(samples, file), "utf8")) as Record<
      string,
      number | string
    >;
    const result = await readSettlement(
      readFileSync(path.join(samples, file.replace(".statement-summary.json", ".txt"))),
    );
    const ours = statement(result);
    expect(ours.unassigned).toEqual([]);
    expect(ours.components.equals(result.computedTotal)).toBe(true);
    for (const [key, value] of Object.entries(typed)) {
      // DE: the author typed the string "undefined" for a line the statement did not show.
      if (typeof value !== "number") continue;
      if (key === "netProceeds" && file.startsWith("v2-uk-gbp-23208776292")) continue;
      const mine = ours[key as keyof typeof ours];
      expect(Money.isMoney(mine), key).toBe(true);
      expect((mine as Money).toString(), key).toBe(
        Money.of(String(value), result.summary.currency).toString(),
      );
    }
  });

  it("the UK summary's hand-typed net proceeds (253.43) is wrong; the file and the statement's own lines say 346.60", async () => {
    const typed = JSON.parse(
      readFileSync(path.join(samples, "v2-uk-gbp-23208776292.statement-summary.json"), "utf8"),
    );
    const result = await readSettlement(readFileSync(path.join(samples, "v2-uk-gbp-23208776292.txt")));
    const typedComponents = Money.sum(
      ["beginningBalance", "sales", "refunds", "expenses", "accountReserveLevel"].map((k) =>
        Money.of(String(typed[k]), "GBP"),
      ),
      "GBP",
    );
    expect(typedComponents.toString()).toBe("346.60");
    expect(result.summary.totalAmount.toString()).toBe("346.60");
    expect(result.reconciled).toBe(true);
    expect(Money.of(String(typed.netProceeds), "GBP").minus(result.computedTotal).toString()).toBe("-93.17");
  });
});
