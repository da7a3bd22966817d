/** `orderRevenue: "invoiced"`: invoiced orders clear the Amazon customer instead of crediting revenue again. */
import { describe, expect, it } from "vitest";
import type { SettlementSummary } from "../../src/amazon/settlement/types.js";
import { Money } from "../../src/core/money.js";
import { parseMapping } from "../../src/mapping/schema.js";
import { type AmountInput, resolveAmounts } from "../../src/mapping/settlement-lines.js";
import { buildSettlementPosting, isInvoicedAmount, type PostingOptions } from "../../src/sync/posting.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";

const US = "ATVPDKIKX0DER";
const mapping = parseMapping(simulatorMapping);

type Spec = [tx: string, at: string, ad: string, amount: string, order?: string];

function rows(...spec: Spec[]): AmountInput[] {
  return spec.map(([transactionType, amountType, amountDescription, amount, orderId], i) => ({
    transactionType,
    amountType,
    amountDescription,
    amount: Money.of(amount, "USD"),
    marketplaceName: "Amazon.com",
    postedDate: "2026-11-20",
    orderId,
    line: i + 3,
    settlementId: "21574497411",
  }));
}

function post(inputs: readonly AmountInput[], options: PostingOptions = {}) {
  const summary: SettlementSummary = {
    settlementId: "21574497411",
    startDate: "2026-11-15T08:00:00Z",
    endDate: "2026-11-29T08:00:00Z",
    depositDate: "2026-12-01T08:00:00Z",
    currency: "USD",
    totalAmount: Money.sum(
      inputs.map((i) => i.amount),
      "USD",
    ),
  };
  const resolved = resolveAmounts(inputs, mapping, { marketplace: US });
  return buildSettlementPosting(resolved, summary, mapping, { marketplace: US, ...options });
}

const O1 = "111-0000001-0000001";
const O2 = "111-0000002-0000002";
const month = rows(
  ["Order", "ItemPrice", "Principal", "100.00", O1],
  ["Order", "ItemPrice", "Tax", "8.00", O1],
  ["Order", "ItemPrice", "Shipping", "5.00", O1],
  ["Order", "ItemPrice", "ShippingTax", "0.40", O1],
  ["Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal", "-8.00", O1],
  ["Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Shipping", "-0.40", O1],
  ["Order", "Promotion", "Shipping", "-5.00", O1],
  ["Order", "ItemFees", "Commission", "-15.00", O1],
  ["Order", "ItemFees", "FBAPerUnitFulfillmentFee", "-3.22", O1],
  ["Order", "ItemPrice", "Principal", "40.00", O2],
  ["Order", "ItemPrice", "Tax", "3.20", O2],
  ["Order", "ItemFees", "Commission", "-6.00", O2],
  ["Refund", "ItemPrice", "Principal", "-40.00", O2],
  ["Refund", "ItemPrice", "Tax", "-3.20", O2],
  ["Refund", "ItemFees", "Commission", "6.00", O2],
  ["Refund", "ItemFees", "RefundCommission", "-1.20", O2],
  ["other-transaction", "other-transaction", "Current Reserve Amount", "-20.00"],
  ["Storage Fee", "other-transaction", "Storage Fee", "-2.10"],
);

function byAccount(lines: readonly { account: string; accountType?: string; amount: Money }[]) {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const key = `${l.accountType ?? "Ledger"}:${l.account}`;
    out[key] = Money.of(out[key] ?? "0", "USD")
      .plus(l.amount)
      .toString();
  }
  return out;
}

describe("isInvoicedAmount", () => {
  it("holds the principal, tax, shipping, gift wrap and promotions of orders and refunds, not fees", () => {
    const is = (tx: string, at: string, ad: string, orderId: string | null = O1) =>
      isInvoicedAmount({
        transactionType: tx,
        amountType: at,
        amountDescription: ad,
        orderId: orderId ?? "",
      });
    expect(is("Order", "ItemPrice", "Principal")).toBe(true);
    expect(is("Order", "ItemPrice", "ShippingTax")).toBe(true);
    expect(is("Order", "Promotion", "Shipping")).toBe(true);
    expect(is("Refund", "ItemPrice", "Tax")).toBe(true);
    expect(is("Shipment", "Charge", "Principal")).toBe(true);
    expect(is("Order", "ItemFees", "Commission")).toBe(false);
    expect(is("Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal")).toBe(false);
    expect(is("Refund", "ItemPrice", "RestockingFee")).toBe(false);
    expect(is("A-to-z Guarantee Refund", "ItemPrice", "Principal")).toBe(false);
    // Without an order id there is no invoice to clear.
    expect(is("Order", "ItemPrice", "Principal", null)).toBe(false);
  });
});

describe('buildSettlementPosting with orderRevenue: "invoiced"', () => {
  it("posts the orders' principal, tax, shipping and promotions to the Amazon customer, the rest as before", () => {
    const posting = post(month, { orderRevenue: "invoiced", mode: "summary" });
    const activity = posting.vouchers.filter((v) => v.kind === "activity").flatMap((v) => v.lines);
    const totals = byAccount(activity);
    // 100 + 8 + 5 + 0.40 − 5 + 40 + 3.20 − 40 − 3.20 = 108.40 owed by the customer: credited.
    expect(totals["Cust:AMZ-US"]).toBe("-108.40");
    // No revenue, tax or refund account is touched by the invoiced amounts.
    for (const revenue of ["401100", "401200", "401500", "401600", "222100"]) {
      expect(Object.keys(totals).some((k) => k.startsWith(`Ledger:${revenue}`))).toBe(false);
    }
    // Withheld facilitator tax stays on its account; fees, refund fees, reserve and storage too.
    expect(totals["Ledger:222150-004-025"]).toBe("8.40");
    expect(totals["Ledger:618100-004-025"]).toBe("16.20");
    expect(totals["Ledger:618200-004-025"]).toBe("3.22");
    expect(totals["Ledger:130700-004-025"]).toBe("20.00");
    expect(totals["Ledger:618300-004-025"]).toBe("2.10");
    // Every line still offsets clearing, and the deposit closes it.
    expect(activity.every((l) => l.offsetAccount === posting.clearingAccount)).toBe(true);
    const activitySum = Money.sum(
      activity.map((l) => l.amount),
      "USD",
    );
    expect(activitySum.negate().equals(posting.closingLine?.amount ?? Money.zero("USD"))).toBe(true);
    expect(posting.notes.filter((n) => n.code.startsWith("facilitator_tax"))).toEqual([]);
    // The figures of docs/posting-model.md's worked example.
    expect(posting.closingLine?.amount.toString()).toBe("58.48");
  });

  it("is the same in detail mode, per order", () => {
    const posting = post(month, { orderRevenue: "invoiced", mode: "detail" });
    const cust = posting.lines.filter((l) => l.accountType === "Cust");
    expect(cust.every((l) => l.account === "AMZ-US")).toBe(true);
    expect(
      Money.sum(
        cust.map((l) => l.amount),
        "USD",
      ).toString(),
    ).toBe("-108.40");
    expect(cust.some((l) => l.text?.includes(O1))).toBe(true);
  });

  it("leaves the settlement model untouched by default", () => {
    const plain = post(month);
    const explicit = post(month, { orderRevenue: "settlement" });
    expect(explicit).toEqual(plain);
    expect(plain.lines.some((l) => l.accountType === "Cust")).toBe(false);
    const totals = byAccount(plain.lines);
    expect(totals["Ledger:401100-004-025"]).toBe("-140.00");
    expect(totals["Ledger:401600-004-025"]).toBe("40.00");
  });
});
