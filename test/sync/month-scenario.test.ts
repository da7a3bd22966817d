/**
 * The month scenario: US and CA, 30 days of orders (≥ 5,000, refunds included), reserves held and
 * released, a negative settlement, a settlement across a month end, and re-issued reports (one
 * the same, one changed). Every settlement posts once, every journal balances, every clearing line
 * equals its deposit, the month-end settlement has one voucher per period dated inside it, the
 * changed re-issue is parked, and the reconciliation shows no difference.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alterSettlement, arrangeSync, CA, journalBalances, server, US } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const DAY = 86_400_000;

/** A settlement of account-level lines only: the seller owes Amazon. */
function negativeSettlement(settlementId: string): string {
  const header =
    "settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount\tcurrency\ttransaction-type\torder-id\tmerchant-order-id\tadjustment-id\tshipment-id\tmarketplace-name\tamount-type\tamount-description\tamount\tfulfillment-id\tposted-date\tposted-date-time\torder-item-code\tmerchant-order-item-id\tmerchant-adjustment-item-id\tsku\tquantity-purchased\tpromotion-id";
  const blank = (n: number) => "\t".repeat(n);
  const row = (tx: string, at: string, ad: string, amount: string, date: string) =>
    `${settlementId}${blank(6)}${tx}${blank(5)}Amazon.com\t${at}\t${ad}\t${amount}\t\t${date}\t${date} 08:00:00 UTC${blank(6)}`;
  return [
    header,
    `${settlementId}\t2026-12-05 00:00:00 UTC\t2026-12-06 00:00:00 UTC\t2026-12-08 00:00:00 UTC\t-412.35\tUSD${blank(18)}`,
    row("FBAFees", "other-transaction", "StorageRenewalBilling", "-212.35", "2026-12-05"),
    row("ServiceFee", "Cost of Advertising", "TransactionTotalAmount", "-200.00", "2026-12-05"),
  ].join("\n");
}

describe("month scenario", () => {
  it("posts a month of US and CA settlements exactly once, balanced and reconciled", async () => {
    const h = await arrangeSync({ orders: 5_000, start: Date.UTC(2026, 10, 20) });
    expect(h.amazon.state.orders.size).toBeGreaterThanOrEqual(5_000);
    expect([...h.amazon.state.orders.values()].some((o) => JSON.stringify(o).includes("efund"))).toBe(true);

    // Three closings per marketplace: 20 Nov, 4 Dec (across the month end), 5 Dec.
    const published: string[] = [];
    for (const m of [US, CA]) published.push(h.amazon.state.publishSettlement({ marketplaceId: m }).reportId);
    await h.clock.advance(14 * DAY);
    for (const m of [US, CA]) published.push(h.amazon.state.publishSettlement({ marketplaceId: m }).reportId);
    await h.clock.advance(DAY);
    h.amazon.state.publishSettlement({ text: negativeSettlement("77712050001"), marketplaceId: US });
    const first = await h.connector.run("settlements");
    expect(first.counts.parked).toBe(0);
    expect(first.counts.failed).toBe(0);
    expect(first.counts.reconciled).toBe(first.counts.total);

    // Amazon issues one settlement again as it was, and another one changed.
    const [a, b] = first.settlements.filter((s) => s.currency === "USD" && s.settlementId !== "77712050001");
    h.amazon.state.reissueSettlement(a?.settlementId as string);
    const changed = alterSettlement(h.amazon.state.settlementText(b?.settlementId as string), {
      bumpFirstAmount: true,
    });
    h.amazon.state.publishSettlement({ text: changed, marketplaceId: US });
    const second = await h.connector.run("settlements");
    const byState = second.settlements.map((s) => [s.settlementId, s.state]);
    expect(byState).toEqual(
      expect.arrayContaining([
        [a?.settlementId, "duplicate"],
        [b?.settlementId, "parked"],
      ]),
    );

    const all = await h.connector.settlements();
    const posted = all.filter((s) => s.state === "reconciled");
    // Every settlement id posts once: one journal marker per part, each once.
    const markers = h.d365.state.rows("LedgerJournalHeaders").map((r) => String(r.Description));
    expect(new Set(markers).size).toBe(markers.length);
    expect(new Set(posted.map((s) => s.settlementId)).size).toBe(posted.length);
    // Every journal balances; every clearing line equals its deposit; no difference anywhere.
    expect(Object.values(journalBalances(h.d365)).every((v) => v === "0")).toBe(true);
    for (const s of posted) {
      expect(s.reconciliation?.clearingLine).toBe(s.reconciliation?.deposit);
      expect(s.reconciliation?.postedLines).toBe(s.reconciliation?.deposit);
      expect(s.reconciliation?.difference).toMatch(/^0(\.0+)?$/);
    }
    // The negative settlement posts its closing line to the carried balance.
    const negative = posted.find((s) => s.settlementId === "77712050001");
    expect(negative?.reconciliation?.deposit).toBe("-412.35");
    // Reserves held and released were posted.
    const texts = h.d365.state.rows("LedgerJournalLines").map((r) => String(r.Text));
    expect(texts.some((t) => /Reserve/i.test(t))).toBe(true);

    // The month-end settlement: one activity voucher per period, every line dated inside it.
    const monthEnd = posted
      .filter((s) => s.currency === "USD")
      .find((s) => {
        const lines = h.d365.state
          .rows("LedgerJournalLines")
          .filter((r) =>
            s.journals.some((j) => j.journalBatchNumber === r.JournalBatchNumber && r.dataAreaId === "usmf"),
          );
        return new Set(lines.map((r) => String(r.TransDate).slice(0, 7))).size > 1;
      });
    expect(monthEnd, "a settlement spans November and December").toBeDefined();
    const lines = h.d365.state
      .rows("LedgerJournalLines")
      .filter(
        (r) =>
          monthEnd?.journals.some((j) => j.journalBatchNumber === r.JournalBatchNumber) &&
          r.dataAreaId === "usmf",
      );
    const periodsByVoucher = new Map<string, Set<string>>();
    for (const r of lines) {
      const set = periodsByVoucher.get(String(r.Voucher)) ?? new Set();
      set.add(String(r.TransDate).slice(0, 7));
      periodsByVoucher.set(String(r.Voucher), set);
    }
    for (const [voucher, periods] of periodsByVoucher) expect(periods.size, `voucher ${voucher}`).toBe(1);
    // At least two periods (the orders run up to 20 November; the settlement closes on 4 December).
    const periods = new Set([...periodsByVoucher.values()].flatMap((p) => [...p]));
    expect(periods.size).toBeGreaterThanOrEqual(2);
    // Lines are dated by their rows, never all on the deposit date.
    expect(new Set(lines.map((r) => String(r.TransDate).slice(0, 10))).size).toBeGreaterThan(2);
  }, 300_000);
});
