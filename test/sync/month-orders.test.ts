/**
 * The month scenario with both flows: US and CA, 30 days of orders (≥ 5,000, cancellations and
 * refunds included) and the settlements Amazon makes from their money, all through
 * `connector.run("orders")` and `connector.run("settlements")` with `posting.orderRevenue:
 * "invoiced"`. Every shipped order is invoiced once and no cancelled one; each refund has exactly
 * one credit note; revenue holds the orders' principal once; each Amazon customer clears to zero
 * after the settlements; every journal balances per currency. Amounts are summed as exact Money.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Money } from "../../src/core/money.js";
import type { MappingInput } from "../../src/mapping/schema.js";
import { createConnector } from "../../src/sync/connector.js";
import type { D365Simulator } from "../../src/testing/d365/simulator.js";
import type { SimOrder } from "../../src/testing/data/amazon-data.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { arrangeSync, CA, server, US } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 20);
const MARKETS = [
  { marketplaceId: US, company: "usmf", currency: "USD", customer: "AMZ-US" },
  { marketplaceId: CA, company: "camf", currency: "CAD", customer: "AMZ-CA" },
] as const;

/** The simulator mapping with every SKU of the simulated orders mapped to an item. */
function mappingFor(orders: Iterable<SimOrder>): MappingInput {
  const bySku: Record<string, string> = { ...simulatorMapping.items?.bySku };
  for (const o of orders) for (const i of o.items) bySku[i.sku] = `IT-${i.sku.slice(4, 7)}`;
  return { ...simulatorMapping, items: { ...simulatorMapping.items, bySku } };
}

const money = (v: unknown, currency: string) => Money.of(String(v ?? "0"), currency);
const isCreditNote = (reference: unknown) => String(reference).includes(" CN ");

/** Debit − credit per journal and currency, as exact Money; a line with an offset balances itself. */
function unbalancedJournals(d365: D365Simulator): string[] {
  const nets = new Map<string, Money>();
  for (const row of d365.state.rows("LedgerJournalLines")) {
    const currency = String(row.CurrencyCode);
    const key = `${String(row.dataAreaId)}/${String(row.JournalBatchNumber)}/${currency}`;
    const net = row.OffsetAccountDisplayValue
      ? Money.zero(currency)
      : money(row.DebitAmount, currency).minus(money(row.CreditAmount, currency));
    nets.set(key, (nets.get(key) ?? Money.zero(currency)).plus(net));
  }
  return [...nets].filter(([, m]) => !m.isZero()).map(([k, m]) => `${k}: ${m.toString()}`);
}

describe("month scenario, orders and settlements", () => {
  it("invoices a month of US and CA orders once and the settlements clear the Amazon customers", async () => {
    const h = await arrangeSync({ orders: 5_000, start: START });
    const sim = [...h.amazon.state.orders.values()];
    expect(sim.length).toBeGreaterThanOrEqual(5_000);
    const shipped = sim.filter((o) => o.status === "Shipped");
    const cancelled = sim.filter((o) => o.status === "Canceled");
    const refunded = shipped.filter((o) => o.refunds.length > 0);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(refunded.length).toBeGreaterThan(0);
    expect(new Set(sim.map((o) => o.marketplaceId))).toEqual(new Set([US, CA]));

    const connector = createConnector({
      ...h.options,
      mapping: mappingFor(sim),
      posting: { orderRevenue: "invoiced" },
      orders: { enabled: true, start: new Date(START - 31 * DAY).toISOString() },
    });
    // The Orders API lists orders updated at least two minutes ago: let the latest ones age.
    await h.clock.advance(5 * 60_000);
    const orders = await connector.run("orders");
    expect(orders.counts.parked).toBe(0);
    expect(orders.counts.failed).toBe(0);
    expect(orders.counts.total).toBe(sim.length);

    // Amazon closes the open settlement period of each marketplace: every shipment and refund
    // posted so far is in a settlement (the two earlier periods closed on their own).
    for (const m of [US, CA]) h.amazon.state.publishSettlement({ marketplaceId: m });
    const settlements = await connector.run("settlements");
    expect(settlements.counts.parked).toBe(0);
    expect(settlements.counts.failed).toBe(0);
    expect(settlements.counts.reconciled).toBe(settlements.counts.total);
    expect(settlements.counts.total).toBeGreaterThanOrEqual(6);

    // Every shipped order invoiced once, no cancelled (or unshipped) order invoiced.
    const headers = h.d365.state.rows("FreeTextInvoiceHeaders");
    const invoices = headers.filter((r) => !isCreditNote(r.CustomerReference));
    const invoiced = invoices.map((r) => String(r.CustomerReference));
    expect(new Set(invoiced).size).toBe(invoiced.length);
    expect([...invoiced].sort()).toEqual(shipped.map((o) => o.orderId).sort());
    const cancelledIds = new Set(cancelled.map((o) => o.orderId));
    expect(invoiced.filter((id) => cancelledIds.has(id))).toEqual([]);

    // Each refund exactly one credit note.
    const notes = headers.filter((r) => isCreditNote(r.CustomerReference));
    const notesByOrder = new Map<string, number>();
    for (const n of notes) {
      const id = String(n.CustomerReference).split(" CN ")[0] ?? "";
      notesByOrder.set(id, (notesByOrder.get(id) ?? 0) + 1);
    }
    expect(notes.length).toBe(refunded.reduce((n, o) => n + o.refunds.length, 0));
    for (const o of refunded) expect(notesByOrder.get(o.orderId), o.orderId).toBe(o.refunds.length);

    const invoiceLines = h.d365.state.rows("FreeTextInvoiceLines");
    const linesOf = new Map<string, Record<string, unknown>[]>();
    for (const l of invoiceLines) {
      const k = `${String(l.dataAreaId)}/${String(l.ParentRecId)}`;
      linesOf.set(k, [...(linesOf.get(k) ?? []), l]);
    }
    const journalLines = h.d365.state.rows("LedgerJournalLines");
    for (const m of MARKETS) {
      const { currency, company, customer } = m;
      const docs = headers.filter((r) => String(r.dataAreaId).toLowerCase() === company);
      const docLines = docs.flatMap(
        (r) => linesOf.get(`${String(r.dataAreaId)}/${String(r.InvoiceIdentifier)}`) ?? [],
      );
      const journal = journalLines.filter((r) => String(r.dataAreaId).toLowerCase() === company);

      // Revenue: the sales account holds the orders' principal once (invoices), nothing from settlements.
      const sales = (v: unknown) => String(v ?? "").startsWith("401100-");
      const revenue = Money.sum(
        docLines
          .filter((l) => sales(l.MainAccountDisplayValue))
          .map((l) => money(l.TransactionCurrencyAmount, currency)),
        currency,
      );
      const principal = Money.sum(
        shipped
          .filter((o) => o.marketplaceId === m.marketplaceId)
          .flatMap((o) => o.items.map((i) => i.itemPrice)),
        currency,
      );
      expect(revenue.isZero()).toBe(false);
      expect(revenue.toString(), `${company} revenue`).toBe(principal.toString());
      expect(
        journal.filter((r) => sales(r.AccountDisplayValue) || sales(r.OffsetAccountDisplayValue)),
      ).toEqual([]);

      // The Amazon customer: debited by the invoices, credited by the credit notes, cleared by the settlements.
      const documents = Money.sum(
        docLines.map((l) => money(l.TransactionCurrencyAmount, currency)),
        currency,
      );
      let settled = Money.zero(currency);
      for (const r of journal) {
        const movement = money(r.DebitAmount, currency).minus(money(r.CreditAmount, currency));
        if (r.AccountType === "Cust" && r.AccountDisplayValue === customer) settled = settled.plus(movement);
        if (r.OffsetAccountType === "Cust" && r.OffsetAccountDisplayValue === customer)
          settled = settled.minus(movement);
      }
      expect(documents.isZero()).toBe(false);
      expect(settled.isNegative()).toBe(true);
      expect(documents.plus(settled).toString(), `${customer} balance`).toBe(Money.zero(currency).toString());
    }

    // Every journal balances, per currency.
    expect(unbalancedJournals(h.d365)).toEqual([]);

    // A second run of both flows writes nothing.
    const counts = () =>
      ["FreeTextInvoiceHeaders", "FreeTextInvoiceLines", "LedgerJournalHeaders", "LedgerJournalLines"].map(
        (e) => h.d365.state.rows(e as "FreeTextInvoiceHeaders").length,
      );
    const before = counts();
    await h.clock.advance(10 * 60_000);
    expect((await connector.run("orders")).counts.parked).toBe(0);
    expect((await connector.run("settlements")).counts.parked).toBe(0);
    expect(counts()).toEqual(before);
  }, 900_000);
});
