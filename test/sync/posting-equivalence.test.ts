/**
 * `buildSettlementPosting` adds amounts as minor-unit numbers (flushed to a bigint before they could
 * stop being exact) and reads each row once; the plain path (posting-reference.ts) adds Money row by
 * row. On random settlements (several months, undated rows, facilitator tax that nets or does not,
 * zero rows, amounts beyond 2^53 minor units, wrong totals, both modes, both order-revenue choices,
 * host periods) the two give the same posting, or the same error.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SettlementSummary } from "../../src/amazon/settlement/types.js";
import { Money } from "../../src/core/money.js";
import { parseMapping } from "../../src/mapping/schema.js";
import { type AmountInput, resolveAmounts } from "../../src/mapping/settlement-lines.js";
import {
  buildSettlementPosting,
  type OrderRevenue,
  type PeriodFunction,
  type PostingMode,
} from "../../src/sync/posting.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { buildSettlementPosting as plainPosting } from "./posting-reference.js";

const US = "ATVPDKIKX0DER";
const mapping = parseMapping(simulatorMapping);

/** (transaction type, amount type, description) the simulator's mapping maps: tax of every kind. */
const KINDS: readonly [string, string, string][] = [
  ["Order", "ItemPrice", "Principal"],
  ["Order", "ItemPrice", "Tax"],
  ["Order", "ItemPrice", "ShippingTax"],
  ["Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal"],
  ["Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Shipping"],
  ["Order", "ItemFees", "Commission"],
  ["Order", "Promotion", "Principal"],
  ["Refund", "ItemPrice", "Principal"],
  ["Refund", "ItemPrice", "Tax"],
  ["Refund", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal"],
  ["Refund", "ItemFees", "Commission"],
];
const DATES = [undefined, "2026-10-31", "2026-11-01", "2026-11-15", "2026-11-30", "2026-12-01"];

/** Half months: a host calendar whose periods are not months. */
const halfMonths: PeriodFunction = (date) => {
  const ym = date.slice(0, 7);
  const first = Number(date.slice(8, 10)) <= 15;
  const last = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
  return first
    ? { id: `${ym}a`, start: `${ym}-01`, end: `${ym}-15` }
    : { id: `${ym}b`, start: `${ym}-16`, end: `${ym}-${String(last).padStart(2, "0")}` };
};

const minor = fc.oneof(
  { weight: 12, arbitrary: fc.bigInt({ min: -100_000n, max: 100_000n }) },
  { weight: 2, arbitrary: fc.constant(0n) },
  // Large enough that a few of them add up beyond 2^53: the sums must move to their bigint.
  { weight: 3, arbitrary: fc.bigInt({ min: 2n ** 50n, max: 2n ** 52n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 52n), max: -(2n ** 50n) }) },
  // Beyond what a number holds exactly: the bigint path.
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }) },
  { weight: 1, arbitrary: fc.constantFrom(2n ** 52n, -(2n ** 52n), 2n ** 52n + 1n, 2n ** 53n - 1n) },
);

const row = fc.record({
  kind: fc.integer({ min: 0, max: KINDS.length - 1 }),
  date: fc.constantFrom(...DATES),
  order: fc.constantFrom<string | undefined>(undefined, "", "111-1", "111-2", "111-3", "222-1"),
  minor,
  /** Adds the facilitator pair's other half: withheld tax equal and opposite to a collected tax. */
  pair: fc.boolean(),
});

interface RowSpec {
  readonly kind: number;
  readonly date: string | undefined;
  readonly order: string | undefined;
  readonly minor: bigint;
  readonly pair: boolean;
}

function inputsOf(spec: readonly RowSpec[]): AmountInput[] {
  const out: AmountInput[] = [];
  for (const s of spec) {
    const [transactionType, amountType, amountDescription] = KINDS[s.kind] as [string, string, string];
    const base = {
      marketplaceName: "Amazon.com",
      postedDate: s.date,
      orderId: s.order,
      settlementId: "21574497411",
    };
    out.push({
      ...base,
      transactionType,
      amountType,
      amountDescription,
      amount: Money.fromMinor(s.minor, "USD"),
      line: out.length + 3,
    });
    if (s.pair && amountType === "ItemPrice" && amountDescription.endsWith("Tax")) {
      out.push({
        ...base,
        transactionType,
        amountType: "ItemWithheldTax",
        amountDescription: "MarketplaceFacilitatorTax-Principal",
        amount: Money.fromMinor(-s.minor, "USD"),
        line: out.length + 3,
      });
    }
  }
  return out;
}

/** What a posting or its error says, with every amount as its exact text. */
function outcome(build: () => unknown): unknown {
  try {
    return { posting: JSON.parse(JSON.stringify(build())) };
  } catch (e) {
    const err = e as { name: string; message: string; issues?: unknown };
    return { error: { name: err.name, message: err.message, issues: err.issues } };
  }
}

describe("the posting's minor-unit sums", () => {
  it("give the posting, notes and errors of the plain Money path on random settlements", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 0, maxLength: 80 }),
        fc.constantFrom<PostingMode>("summary", "detail"),
        fc.constantFrom<OrderRevenue>("settlement", "invoiced"),
        fc.constantFrom<PeriodFunction | undefined>(undefined, halfMonths),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(0n, 0n, 0n, 1n, -(2n ** 54n)),
        (spec, mode, orderRevenue, period, maxVoucherLines, off) => {
          const inputs = inputsOf(spec);
          const resolved = resolveAmounts(inputs, mapping, { marketplace: US });
          const sum = Money.sum(
            inputs.map((i) => i.amount),
            "USD",
          );
          const summary: SettlementSummary = {
            settlementId: "21574497411",
            startDate: "2026-10-30T08:00:00Z",
            endDate: "2026-11-29T08:00:00Z",
            depositDate: "2026-12-01T08:00:00Z",
            currency: "USD",
            // Off by a cent or by more than a number holds: the total_mismatch error, the same way.
            totalAmount: sum.plus(Money.fromMinor(off, "USD")),
          };
          const options = {
            marketplace: US,
            mode,
            orderRevenue,
            maxVoucherLines,
            ...(period ? { period } : {}),
          };
          const fast = outcome(() => buildSettlementPosting(resolved, summary, mapping, options));
          const plain = outcome(() => plainPosting(resolved, summary, mapping, options));
          expect(fast).toEqual(plain);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a wrong total, a foreign currency and a sub-cent amount fail as on the plain path", () => {
    const inputs = inputsOf([
      { kind: 0, date: "2026-11-15", order: "111-1", minor: 1234n, pair: false },
      { kind: 1, date: "2026-11-15", order: "111-1", minor: 99n, pair: true },
    ]);
    const subCent = { ...(inputs[0] as AmountInput), amount: Money.of("0.125", "USD") };
    const euro = { ...(inputs[0] as AmountInput), amount: Money.of("1.00", "EUR") };
    for (const rows of [inputs, [...inputs, subCent], [...inputs, euro]]) {
      const resolved = resolveAmounts(rows, mapping, { marketplace: US });
      const summary: SettlementSummary = {
        settlementId: "21574497411",
        startDate: "2026-11-01T08:00:00Z",
        endDate: "2026-11-29T08:00:00Z",
        depositDate: undefined,
        currency: "USD",
        totalAmount: Money.of("12.35", "USD"),
      };
      const fast = outcome(() => buildSettlementPosting(resolved, summary, mapping, { marketplace: US }));
      const plain = outcome(() => plainPosting(resolved, summary, mapping, { marketplace: US }));
      expect(fast).toHaveProperty("error");
      expect(fast).toEqual(plain);
    }
  });
});
