import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSettlementFile } from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementRow, SettlementSummary } from "../../src/amazon/settlement/types.js";
import { isMappingError, isValidationError, type MappingError } from "../../src/core/errors.js";
import { Money } from "../../src/core/money.js";
import {
  assertBalanced,
  type JournalLineInput,
  splitJournalLines,
} from "../../src/d365/entities/general-journals.js";
import { type Mapping, type MappingInput, parseMapping } from "../../src/mapping/schema.js";
import {
  type AmountInput,
  resolveAmounts,
  resolveSettlementLines,
} from "../../src/mapping/settlement-lines.js";
import {
  buildSettlementPosting,
  calendarMonths,
  type PeriodFunction,
  type PostingOptions,
  type SettlementPosting,
  splitByPeriod,
  splitVouchersIntoJournals,
} from "../../src/sync/posting.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";

const US = "ATVPDKIKX0DER";
const JP = "A1VC38T7YXB528";
const baseMapping = parseMapping(simulatorMapping);

function withMapping(change: (m: MappingInput) => MappingInput): Mapping {
  return parseMapping(change(structuredClone(simulatorMapping)));
}

/** A settlement row as `resolveAmounts` takes it; `line` counts up so errors can name it. */
function rows(
  ...spec: [tx: string, at: string, ad: string, amount: string, date?: string, order?: string][]
) {
  return spec.map(
    ([transactionType, amountType, amountDescription, amount, postedDate, orderId], i): AmountInput => ({
      transactionType,
      amountType,
      amountDescription,
      amount: Money.of(amount, "USD"),
      marketplaceName: "Amazon.com",
      postedDate,
      orderId,
      line: i + 3,
      settlementId: "21574497411",
    }),
  );
}

function summaryOf(
  inputs: readonly AmountInput[],
  dates: Partial<SettlementSummary> = {},
): SettlementSummary {
  const currency = inputs[0]?.amount.currency ?? "USD";
  return {
    settlementId: "21574497411",
    startDate: "2026-11-15T08:00:00Z",
    endDate: "2026-11-29T08:00:00Z",
    depositDate: "2026-12-01T08:00:00Z",
    currency,
    totalAmount: Money.sum(
      inputs.map((i) => i.amount),
      currency,
    ),
    ...dates,
  };
}

function post(
  inputs: readonly AmountInput[],
  options: PostingOptions = {},
  mapping: Mapping = baseMapping,
  dates: Partial<SettlementSummary> = {},
): SettlementPosting {
  const resolved = resolveAmounts(inputs, mapping, { marketplace: US });
  return buildSettlementPosting(resolved, summaryOf(inputs, dates), mapping, {
    marketplace: US,
    ...options,
  });
}

/** Sum of the amounts on lines whose account starts with `main` (the account side; offsets are clearing). */
function balanceOf(posting: SettlementPosting, main: string): Money {
  return Money.sum(
    posting.lines.filter((l) => l.account.startsWith(main)).map((l) => l.amount),
    posting.currency,
  );
}

/** Every rule a demanding accountant checks on any posting. */
function expectSound(posting: SettlementPosting, summary: Pick<SettlementSummary, "totalAmount">): void {
  assertBalanced(posting.lines);
  for (const v of posting.vouchers) {
    assertBalanced(v.lines);
    for (const l of v.lines) {
      expect(l.voucher).toBe(v.voucher);
      expect(l.offsetAccount).toBe(posting.clearingAccount);
      expect(l.transDate >= v.period.start && l.transDate <= v.period.end).toBe(true);
      expect(l.amount.isZero()).toBe(false);
    }
  }
  // Clearing is the offset of every line: it nets to zero once the closing line has cleared it.
  expect(
    Money.sum(
      posting.lines.map((l) => l.amount),
      posting.currency,
    ).isZero(),
  ).toBe(true);
  if (summary.totalAmount.isZero()) expect(posting.closingLine).toBeUndefined();
  else expect(posting.closingLine?.amount.equals(summary.totalAmount)).toBe(true);
  expect(posting.lines).toEqual(posting.vouchers.flatMap((v) => v.lines));
  expect(new Set(posting.vouchers.map((v) => v.voucher)).size).toBe(posting.vouchers.length);
}

describe("accounting periods", () => {
  it("calendarMonths gives the month holding a date, leap years included", () => {
    expect(calendarMonths("2026-11-15")).toEqual({ id: "2026-11", start: "2026-11-01", end: "2026-11-30" });
    expect(calendarMonths("2028-02-29")).toEqual({ id: "2028-02", start: "2028-02-01", end: "2028-02-29" });
    expect(calendarMonths("2026-12-31").end).toBe("2026-12-31");
    for (const bad of ["2026-02-29", "2026-13-01", "15.11.2026", "2026-11-15T10:00:00Z"]) {
      expect(() => calendarMonths(bad)).toThrow(/not a date/);
    }
  });

  it("splitByPeriod groups by posted date in period order; undated items take the fallback date", () => {
    const items = [
      { id: "a", postedDate: "2026-12-01" },
      { id: "b", postedDate: "2026-11-30" },
      { id: "c" },
      { id: "d", postedDate: "2026-11-15" },
    ];
    const groups = splitByPeriod(items, calendarMonths, "2026-11-29");
    expect([...groups.keys()]).toEqual(["2026-11", "2026-12"]);
    expect(groups.get("2026-11")?.items.map((i) => i.id)).toEqual(["b", "c", "d"]);
    expect(groups.get("2026-12")?.period).toEqual({ id: "2026-12", start: "2026-12-01", end: "2026-12-31" });
  });

  it("refuses a host period function whose period does not hold the date", () => {
    const wrong: PeriodFunction = () => ({ id: "P1", start: "2026-01-01", end: "2026-01-31" });
    try {
      splitByPeriod([{ postedDate: "2026-11-15" }], wrong, "2026-11-15");
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e) && e.issues[0]?.code).toBe("period_invalid");
    }
  });

  it("a settlement from 15 to 29 November posts its rows in their months and the deposit on 1 December", () => {
    const inputs = rows(
      ["Order", "ItemPrice", "Principal", "100.00", "2026-10-30", "111-1"],
      ["Order", "ItemFees", "Commission", "-15.00", "2026-10-30", "111-1"],
      ["Order", "ItemPrice", "Principal", "50.00", "2026-11-02", "111-2"],
      ["Order", "ItemPrice", "Principal", "70.00", "2026-11-20", "111-3"],
      ["Order", "ItemFees", "Commission", "-10.00", "2026-11-20", "111-3"],
      ["Subscription Fee", "other-transaction", "Subscription Fee", "-39.99"],
    );
    const posting = post(inputs);
    expectSound(posting, summaryOf(inputs));
    expect(posting.vouchers.map((v) => [v.voucher, v.kind, v.period.id, v.lines.length])).toEqual([
      ["AMZ74497411-1", "activity", "2026-10", 2],
      ["AMZ74497411-2", "activity", "2026-11", 3],
      ["AMZ74497411-3", "deposit", "2026-12", 1],
    ]);
    const nov = posting.vouchers[1]?.lines ?? [];
    // Summary lines take the latest posted date of their rows in the period; undated rows the end date.
    expect(nov.map((l) => [l.account, l.amount.toString(), l.transDate])).toEqual([
      ["401100-004-025", "-120.00", "2026-11-20"],
      ["618100-004-025", "10.00", "2026-11-20"],
      ["618500-004-025", "39.99", "2026-11-29"],
    ]);
    expect(posting.closingLine).toMatchObject({
      accountType: "Bank",
      account: "USMFOPER",
      transDate: "2026-12-01",
      voucher: "AMZ74497411-3",
    });
    expect(posting.closingLine?.amount.toString()).toBe("155.01");
  });

  it("honours the host's periods (here: half months)", () => {
    const halves: PeriodFunction = (date) => {
      const m = calendarMonths(date);
      const first = date.slice(8) <= "15";
      return first
        ? { id: `${m.id}a`, start: m.start, end: `${m.id}-15` }
        : { id: `${m.id}b`, start: `${m.id}-16`, end: m.end };
    };
    const inputs = rows(
      ["Order", "ItemPrice", "Principal", "10.00", "2026-11-15"],
      ["Order", "ItemPrice", "Principal", "20.00", "2026-11-16"],
    );
    const posting = post(inputs, { period: halves });
    expectSound(posting, summaryOf(inputs));
    expect(posting.vouchers.map((v) => v.period.id)).toEqual(["2026-11a", "2026-11b", "2026-12a"]);
  });

  it("the deposit voucher falls back to the end date when the file has no deposit date", () => {
    const inputs = rows(["Order", "ItemPrice", "Principal", "10.00", "2026-11-15"]);
    const posting = post(inputs, {}, baseMapping, { depositDate: undefined });
    expect(posting.closingLine?.transDate).toBe("2026-11-29");
  });
});

describe("summary and detail", () => {
  const orders = rows(
    ["Order", "ItemPrice", "Principal", "20.00", "2026-11-16", "111-1"],
    ["Order", "ItemFees", "Commission", "-3.00", "2026-11-16", "111-1"],
    ["Order", "ItemPrice", "Principal", "30.00", "2026-11-17", "111-2"],
    ["Order", "ItemFees", "Commission", "-4.50", "2026-11-17", "111-2"],
    ["Order", "ItemPrice", "Principal", "40.00", "2026-11-18", "111-3"],
    ["Order", "ItemFees", "Commission", "-6.00", "2026-11-18", "111-3"],
    ["Refund", "ItemPrice", "Principal", "-20.00", "2026-11-19", "111-1"],
    ["Refund", "ItemFees", "Commission", "3.00", "2026-11-19", "111-1"],
  );

  it("summary adds up per account and text; detail posts one line per order, transaction and account", () => {
    const summary = post(orders);
    const detail = post(orders, { mode: "detail" });
    expectSound(summary, summaryOf(orders));
    expectSound(detail, summaryOf(orders));
    expect(summary.mode).toBe("summary");
    // sales, fees, refunds, refunded fees + the deposit
    expect(summary.lines).toHaveLength(5);
    // 3 orders × 2 accounts + 1 refund × 2 accounts + the deposit
    expect(detail.lines).toHaveLength(9);
    expect(detail.lines.filter((l) => l.text?.endsWith("111-2")).map((l) => l.amount.toString())).toEqual([
      "-30.00",
      "4.50",
    ]);
    expect(balanceOf(summary, "401100").equals(balanceOf(detail, "401100"))).toBe(true);
    expect(balanceOf(summary, "618100").toString()).toBe("10.50");
  });

  it("zero sums post nothing", () => {
    const inputs = rows(
      ["Order", "ItemPrice", "Principal", "20.00", "2026-11-16", "111-1"],
      ["Order", "ItemPrice", "Principal", "-20.00", "2026-11-17", "111-2"],
      ["Order", "ItemFees", "Commission", "0.00", "2026-11-17", "111-2"],
    );
    const posting = post(inputs);
    expect(posting.lines).toEqual([]);
    expect(posting.vouchers).toEqual([]);
    expect(posting.closingLine).toBeUndefined();
    expect(post(inputs, { mode: "detail" }).lines).toHaveLength(2);
  });

  it("is deterministic: the same settlement gives the same vouchers, ids and lines", () => {
    const a = post(orders, { mode: "detail" });
    const b = post([...orders], { mode: "detail" });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const v of a.vouchers) expect(v.voucher).toMatch(/^AMZ74497411-\d+$/);
    expect(Math.max(...a.vouchers.map((v) => v.voucher.length))).toBeLessThanOrEqual(20);
  });

  it("cuts a long period into vouchers of at most maxVoucherLines, each balancing", () => {
    const posting = post(orders, { mode: "detail", maxVoucherLines: 3 });
    expectSound(posting, summaryOf(orders));
    expect(posting.vouchers.map((v) => v.lines.length)).toEqual([3, 3, 2, 1]);
  });
});

describe("reserves and negative settlements", () => {
  it("the reserve account carries what Amazon holds from one settlement to the next", () => {
    const first = rows(
      ["Order", "ItemPrice", "Principal", "500.00", "2026-11-16"],
      ["other-transaction", "other-transaction", "Current Reserve Amount", "-120.00", "2026-11-29"],
    );
    const second = rows(
      ["other-transaction", "other-transaction", "Previous Reserve Amount Balance", "120.00", "2026-11-29"],
      ["Order", "ItemPrice", "Principal", "300.00", "2026-12-05"],
      ["other-transaction", "other-transaction", "Current Reserve Amount", "-80.00", "2026-12-13"],
    );
    const p1 = post(first);
    const p2 = post(second, {}, baseMapping, {
      settlementId: "21574497412",
      startDate: "2026-11-29T08:00:00Z",
      endDate: "2026-12-13T08:00:00Z",
      depositDate: "2026-12-15T08:00:00Z",
    });
    expectSound(p1, summaryOf(first));
    expectSound(p2, summaryOf(second));
    expect(balanceOf(p1, "130700").toString()).toBe("120.00");
    // Released and held again are separate lines, never netted: the accountant sees both movements.
    expect(p2.lines.filter((l) => l.account.startsWith("130700")).map((l) => l.amount.toString())).toEqual([
      "-120.00",
      "80.00",
    ]);
    const held = balanceOf(p1, "130700").plus(balanceOf(p2, "130700"));
    expect(held.toString()).toBe("80.00");
    expect(p2.closingLine?.amount.toString()).toBe("340.00");
  });

  it("a settlement of 0.00 (the reserve holds all proceeds) posts its activity and no deposit", () => {
    const zero = rows(
      ["Order", "ItemPrice", "Principal", "100.00", "2026-11-16"],
      ["Order", "ItemFees", "Commission", "-15.00", "2026-11-16"],
      ["other-transaction", "other-transaction", "Current Reserve Amount", "-85.00", "2026-11-29"],
    );
    const posting = post(zero);
    expectSound(posting, summaryOf(zero));
    expect(posting.closingLine).toBeUndefined();
    expect(posting.vouchers.map((v) => v.kind)).toEqual(["activity"]);
    expect(balanceOf(posting, "130700").toString()).toBe("85.00");
  });

  it("a negative settlement closes to the carried-balance account, and the next one clears it", () => {
    const negative = rows(
      ["Order", "ItemPrice", "Principal", "10.00", "2026-11-16"],
      ["Subscription Fee", "other-transaction", "Subscription Fee", "-39.99", "2026-11-20"],
      ["other-transaction", "other-transaction", "Current Reserve Amount", "-32.32", "2026-11-29"],
    );
    const p1 = post(negative);
    expectSound(p1, summaryOf(negative));
    expect(p1.closingLine).toMatchObject({
      account: "130800-004-025",
      transDate: "2026-12-01",
      text: "Amazon settlement 21574497411 carried balance",
    });
    expect(p1.closingLine?.amount.toString()).toBe("-62.31");
    const next = rows(
      ["Payable to Amazon", "other-transaction", "Payable to Amazon", "-62.31", "2026-11-29"],
      ["Successful charge", "other-transaction", "Successful charge", "62.31", "2026-11-30"],
      ["Order", "ItemPrice", "Principal", "25.00", "2026-12-02"],
    );
    const p2 = post(next, {}, baseMapping, { settlementId: "21574497412" });
    expectSound(p2, summaryOf(next));
    expect(balanceOf(p1, "130800").plus(balanceOf(p2, "130800")).isZero()).toBe(true);
    // The card charge is a liability to the card, never a bank movement.
    expect(balanceOf(p2, "110110").toString()).toBe("-62.31");
  });

  it("a negative settlement with no carried-balance account is a MappingError the engine parks", () => {
    const { carriedBalance: _, ...accounts } = simulatorMapping.accounts ?? {};
    const mapping = withMapping((m) => ({ ...m, accounts }));
    const negative = rows(["Subscription Fee", "other-transaction", "Subscription Fee", "-39.99"]);
    let error: MappingError | undefined;
    try {
      post(negative, {}, mapping);
    } catch (e) {
      if (isMappingError(e)) error = e;
    }
    expect(error?.issues.map((i) => i.code)).toEqual(["carried_balance_unmapped"]);
    expect(error?.message).toMatch(/Settlement 21574497411 is negative \(-39\.99 USD\)/);
    // A positive settlement does not need the account.
    expect(post(rows(["Order", "ItemPrice", "Principal", "10.00"]), {}, mapping).closingLine).toBeDefined();
  });
});

describe("tax", () => {
  it("tax groups reach the line: the rule's win over the marketplace's per role, and keep lines apart", () => {
    const mapping = withMapping((m) => ({
      ...m,
      marketplaces: {
        ...m.marketplaces,
        [US]: {
          ...(m.marketplaces[US] as NonNullable<MappingInput["marketplaces"][string]>),
          journalTaxGroups: { sales: { salesTaxGroup: "AMZ-US", itemSalesTaxGroup: "FULL" } },
        },
      },
      settlement: {
        rules: [
          {
            match: { transactionType: "Order", amountType: "ItemPrice", amountDescription: "GiftWrap" },
            account: "sales",
            itemSalesTaxGroup: "REDUCED",
          },
        ],
      },
    }));
    const inputs = rows(
      ["Order", "ItemPrice", "Principal", "20.00", "2026-11-16"],
      ["Order", "ItemPrice", "GiftWrap", "5.00", "2026-11-16"],
      ["Order", "ItemFees", "Commission", "-3.00", "2026-11-16"],
    );
    const posting = post(inputs, {}, mapping);
    expectSound(posting, summaryOf(inputs));
    const pick = (l: JournalLineInput) => [l.account, l.salesTaxGroup, l.itemSalesTaxGroup];
    expect(posting.lines.map(pick)).toEqual([
      ["401100-004-025", "AMZ-US", "FULL"],
      ["401100-004-025", "AMZ-US", "REDUCED"],
      ["618100-004-025", undefined, undefined],
      ["USMFOPER", undefined, undefined],
    ]);
  });

  const facilitator = rows(
    ["Order", "ItemPrice", "Principal", "50.00", "2026-11-16", "111-1"],
    ["Order", "ItemPrice", "Tax", "4.13", "2026-11-16", "111-1"],
    ["Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal", "-4.13", "2026-11-16", "111-1"],
    ["Order", "ItemPrice", "Principal", "30.00", "2026-11-17", "111-2"],
    ["Order", "ItemPrice", "Tax", "2.48", "2026-11-17", "111-2"],
    ["Order", "ItemPrice", "ShippingTax", "0.50", "2026-11-17", "111-2"],
    ["Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal", "-2.48", "2026-11-17", "111-2"],
    ["Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Shipping", "-0.50", "2026-11-17", "111-2"],
  );

  it("facilitator tax Amazon collects and remits nets to zero: left out of summary, noted, shown in detail", () => {
    const summary = post(facilitator);
    expectSound(summary, summaryOf(facilitator));
    expect(summary.lines.map((l) => l.account)).toEqual(["401100-004-025", "USMFOPER"]);
    expect(summary.notes).toEqual([
      expect.objectContaining({ code: "facilitator_tax_netted", amount: "7.11" }),
    ]);
    expect(summary.notes[0]?.message).toMatch(/7\.11 USD .* on 2 orders/);
    const detail = post(facilitator, { mode: "detail" });
    expectSound(detail, summaryOf(facilitator));
    expect(balanceOf(detail, "222100").toString()).toBe("-7.11");
    expect(balanceOf(detail, "222150").toString()).toBe("7.11");
    expect(detail.notes.map((n) => n.code)).toEqual(["facilitator_tax_netted"]);
  });

  it("tax the seller keeps (withheld 0.00, as on Amazon.co.uk) goes to output tax and is not netted", () => {
    const kept = rows(
      ["Order", "ItemPrice", "Principal", "50.00", "2026-11-16", "111-1"],
      ["Order", "ItemPrice", "Tax", "10.00", "2026-11-16", "111-1"],
      ["Order", "ItemWithheldTax", "MarketplaceFacilitatorVAT-Principal", "0.00", "2026-11-16", "111-1"],
    );
    const posting = post(kept);
    expect(posting.notes).toEqual([]);
    expect(balanceOf(posting, "222100").toString()).toBe("-10.00");
  });

  it("a partly withheld tax posts whole and is noted", () => {
    const partial = rows(
      ["Order", "ItemPrice", "Tax", "10.00", "2026-11-16", "111-1"],
      ["Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal", "-6.00", "2026-11-16", "111-1"],
    );
    const posting = post(partial);
    expectSound(posting, summaryOf(partial));
    expect(posting.notes.map((n) => [n.code, n.amount])).toEqual([["facilitator_tax_unbalanced", "4.00"]]);
    expect(balanceOf(posting, "2221").toString()).toBe("-4.00");
  });
});

describe("currencies and bad input", () => {
  const jpy = withMapping((m) => ({
    ...m,
    marketplaces: {
      ...m.marketplaces,
      [JP]: {
        ...(m.marketplaces[US] as NonNullable<MappingInput["marketplaces"][string]>),
        name: "Amazon.co.jp",
        aliases: [],
        currency: "JPY",
      },
    },
  }));

  it("12.5 JPY is a ValidationError naming the settlement line, never a posted line", () => {
    const inputs: AmountInput[] = [
      ["Principal", "1200"],
      ["Commission", "12.5"],
    ].map(([ad, amount], i) => ({
      transactionType: "Order",
      amountType: ad === "Principal" ? "ItemPrice" : "ItemFees",
      amountDescription: ad as string,
      amount: Money.of(amount as string, "JPY"),
      marketplaceName: "Amazon.co.jp",
      postedDate: "2026-11-16",
      line: 7 + i,
    }));
    const resolved = resolveAmounts(inputs, jpy, { marketplace: JP });
    const summary = { ...summaryOf(inputs), currency: "JPY" };
    try {
      buildSettlementPosting(resolved, summary, jpy, { marketplace: JP });
      expect.unreachable();
    } catch (e) {
      if (!isValidationError(e)) throw e;
      expect(e.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
        ["amount_precision", "settlement.21574497411.total-amount"],
        ["amount_precision", "settlement.21574497411.line.8"],
      ]);
      expect(e.message).toMatch(/line 8 \(Order \/ ItemFees \/ Commission\): 12\.5 JPY/);
    }
    // The journal check refuses such a line too, whoever built it.
    expect(() =>
      assertBalanced([
        {
          account: "618100",
          offsetAccount: "110180",
          amount: Money.of("12.5", "JPY"),
          transDate: "2026-11-16",
        },
      ]),
    ).toThrow(/amount_precision/);
    const whole = resolveAmounts(
      inputs.map((i) => ({ ...i, amount: Money.of("13", "JPY") })),
      jpy,
      { marketplace: JP },
    );
    const fine = buildSettlementPosting(whole, { ...summary, totalAmount: Money.of("26", "JPY") }, jpy, {
      marketplace: JP,
    });
    expect(fine.closingLine?.amount.toString()).toBe("26");
  });

  it("amounts that do not add up to total-amount are refused", () => {
    const inputs = rows(["Order", "ItemPrice", "Principal", "10.00"]);
    const resolved = resolveAmounts(inputs, baseMapping, { marketplace: US });
    expect(() =>
      buildSettlementPosting(
        resolved,
        { ...summaryOf(inputs), totalAmount: Money.of("11.00", "USD") },
        baseMapping,
        { marketplace: US },
      ),
    ).toThrow(/total_mismatch/);
  });
});

describe("vouchers stay whole", () => {
  const dates = ["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-15", "2026-11-30", "2026-12-01"];
  const descriptions: [string, string][] = [
    ["ItemPrice", "Principal"],
    ["ItemPrice", "Shipping"],
    ["ItemFees", "Commission"],
    ["ItemFees", "FBAPerUnitFulfillmentFee"],
    ["Promotion", "Principal"],
  ];
  const row = fc.record({
    kind: fc.integer({ min: 0, max: descriptions.length - 1 }),
    date: fc.constantFrom(...dates),
    order: fc.integer({ min: 1, max: 9 }),
    cents: fc.integer({ min: -50_000, max: 50_000 }),
  });

  it("splitVouchersIntoJournals and splitJournalLines never cut a voucher", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 60 }),
        fc.constantFrom<"summary" | "detail">("summary", "detail"),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 12 }),
        (spec, mode, maxVoucherLines, extra) => {
          const inputs = rows(
            ...spec.map((s): [string, string, string, string, string, string] => [
              "Order",
              descriptions[s.kind]?.[0] ?? "",
              descriptions[s.kind]?.[1] ?? "",
              Money.fromMinor(BigInt(s.cents), "USD").toString(),
              s.date,
              `111-${s.order}`,
            ]),
          );
          const posting = post(inputs, { mode, maxVoucherLines });
          expectSound(posting, summaryOf(inputs));
          const maxLines = maxVoucherLines + extra;
          const home = (parts: readonly (readonly JournalLineInput[])[]) => {
            const seen = new Map<string, number>();
            parts.forEach((part, i) => {
              for (const l of part) {
                const at = seen.get(l.voucher ?? "");
                expect(at === undefined || at === i).toBe(true);
                seen.set(l.voucher ?? "", i);
              }
              assertBalanced(part);
            });
            expect(parts.flat()).toEqual(posting.lines);
          };
          const parts = splitVouchersIntoJournals(posting, maxLines);
          for (const p of parts) expect(p.length).toBeLessThanOrEqual(maxLines);
          home(parts);
          home(splitJournalLines(posting.lines, maxLines));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("regression: lines with an offset account and one voucher are no longer split", () => {
    const line = (voucher: string): JournalLineInput => ({
      account: "401100",
      offsetAccount: "110180",
      amount: Money.of("-1.00", "USD"),
      transDate: "2026-11-16",
      voucher,
    });
    const parts = splitJournalLines([line("A"), line("B"), line("B"), line("B"), line("C")], 2);
    expect(parts.map((p) => p.map((l) => l.voucher).join(""))).toEqual(["A", "BBB", "C"]);
  });

  it("a voucher longer than the journal size is refused, not cut", () => {
    const inputs = rows(
      ["Order", "ItemPrice", "Principal", "1.00", "2026-11-16", "1"],
      ["Order", "ItemPrice", "Principal", "2.00", "2026-11-16", "2"],
      ["Order", "ItemPrice", "Principal", "3.00", "2026-11-16", "3"],
    );
    const posting = post(inputs, { mode: "detail" });
    expect(() => splitVouchersIntoJournals(posting, 2)).toThrow(/voucher_too_large/);
  });
});

const shared = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples", "settlements");
const samples = readdirSync(shared).filter((f) => f.endsWith(".txt"));
const byCurrency: Record<string, string> = {
  USD: US,
  CAD: "A2EUQ1WTGCTBG2",
  GBP: "A1F83G8C2ARO7P",
  EUR: "A1PA6795UKMFR9",
};

describe("every real sample", () => {
  it.each(samples)(
    "%s balances per voucher, date and currency, and closes with total-amount",
    async (file) => {
      const parse = parseSettlementFile(path.join(shared, file));
      const sample: SettlementRow[] = [];
      for await (const r of parse) sample.push(r);
      const { summary } = await parse.result();
      const marketplace = byCurrency[summary.currency] ?? "";
      const resolved = resolveSettlementLines(sample, baseMapping, { marketplace });
      for (const mode of ["summary", "detail"] as const) {
        const posting = buildSettlementPosting(resolved, summary, baseMapping, { marketplace, mode });
        expectSound(posting, summary);
        const deposit = posting.vouchers.at(-1);
        expect(deposit?.kind).toBe("deposit");
        expect(deposit?.lines).toEqual([posting.closingLine]);
        expect(posting.closingLine?.transDate).toBe(summary.depositDate?.slice(0, 10));
        expect(posting.closingLine?.account).toMatch(summary.totalAmount.isNegative() ? /^130800-/ : /./);
        const activity = posting.vouchers.filter((v) => v.kind === "activity");
        const months = new Set(sample.map((r) => (r.postedDate ?? summary.endDate).slice(0, 7)));
        expect(new Set(activity.map((v) => v.period.id))).toEqual(months);
        for (const p of splitVouchersIntoJournals(posting, 1000)) assertBalanced(p);
      }
    },
  );

  it("the shared samples that span a month end are the ones found by their posted dates", async () => {
    const spanning: string[] = [];
    for (const file of samples) {
      const parse = parseSettlementFile(path.join(shared, file));
      const months = new Set<string>();
      for await (const r of parse) if (r.postedDate) months.add(r.postedDate.slice(0, 7));
      await parse.result();
      if (months.size > 1) spanning.push(file);
    }
    expect(spanning).toEqual([
      "v1-ca-cad-12746358451.txt",
      "v1-ca-cad-23874397121.txt",
      "v1-ca-cad-24391894961.txt",
      "v1-ca-cad-24596907561.txt",
      "v2-uk-gbp-23208776292.txt",
    ]);
  });
});
