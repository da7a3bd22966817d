import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSettlement } from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementRow } from "../../src/amazon/settlement/types.js";
import { isConnectorError } from "../../src/core/errors.js";
import { Money } from "../../src/core/money.js";
import { type MappingInput, parseMapping } from "../../src/mapping/schema.js";
import { resolveSettlementLines } from "../../src/mapping/settlement-lines.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { createConnector } from "../../src/sync/connector.js";
import { orderEntry, orderFlow } from "../../src/sync/flows/orders.js";
import type { ConnectorOptions } from "../../src/sync/options.js";
import { buildSettlementPosting } from "../../src/sync/posting.js";
import { transitionTable } from "../../src/sync/runner.js";
import type { SimOrder } from "../../src/testing/data/amazon-data.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { arrangeSync, type SyncHarness, server, US } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const START = Date.UTC(2026, 9, 1);
const MINUTE = 60_000;

/** The simulator mapping with every SKU of the simulated orders mapped to an item (but `except`). */
function mappingFor(orders: Iterable<SimOrder>, except: readonly string[] = []): MappingInput {
  const bySku: Record<string, string> = { ...simulatorMapping.items?.bySku };
  for (const o of orders) {
    for (const i of o.items) if (!except.includes(i.sku)) bySku[i.sku] = `IT-${i.sku.slice(4, 7)}`;
  }
  return { ...simulatorMapping, items: { ...simulatorMapping.items, bySku } };
}

function orderOptions(h: SyncHarness, extra: Partial<ConnectorOptions> = {}): ConnectorOptions {
  return {
    ...h.options,
    mapping: mappingFor(h.amazon.state.orders.values()),
    posting: { orderRevenue: "invoiced" },
    orders: { enabled: true, start: new Date(START - 31 * 86_400_000).toISOString() },
    ...extra,
  };
}

function headers(h: SyncHarness) {
  return h.d365.state.rows("FreeTextInvoiceHeaders");
}

describe("orders options", () => {
  it("refuses a configuration that books order revenue twice, naming both options", async () => {
    const h = await arrangeSync({ orders: 4 });
    let issues: string[] = [];
    try {
      createConnector({ ...h.options, orders: { enabled: true } });
    } catch (e) {
      expect(isConnectorError(e) && e.code).toBe("CONFIG_INVALID");
      issues = (e as { issues: { path: (string | number)[] }[] }).issues.map((i) => i.path.join("."));
    }
    expect(issues).toEqual(["orders.enabled", "posting.orderRevenue"]);
    expect(() =>
      createConnector({ ...h.options, orders: { enabled: true }, posting: { orderRevenue: "invoiced" } }),
    ).not.toThrow();
  });

  it("takes a schedule for the orders flow and runs it per seller", async () => {
    const h = await arrangeSync({ orders: 8 });
    const connector = createConnector({ ...orderOptions(h), schedules: { orders: "0 0 1 1 *" } });
    const finished = new Promise<string>((resolve) =>
      connector.on("scheduled", (e) => {
        if (e.outcome === "finished" || e.outcome === "failed")
          resolve(`${e.flow}:${e.sellerId}:${e.outcome}`);
      }),
    );
    await connector.start({ runNow: true });
    expect(await finished).toBe(`orders:${h.amazon.state.seller.sellerId}:finished`);
    await connector.stop();
    expect(headers(h).length).toBeGreaterThan(0);
  });

  it("will not run orders unless enabled", async () => {
    const h = await arrangeSync({ orders: 4 });
    await expect(h.connector.run("orders")).rejects.toMatchObject({ code: "CONFIG_INVALID" });
    expect(h.amazon.state.calls).toHaveLength(0);
  });
});

describe("connector.run('orders')", () => {
  it("invoices every shipped order once; pending and cancelled ones are not invoiced", async () => {
    const h = await arrangeSync({ orders: 40 });
    const connector = createConnector(orderOptions(h));
    const report = await connector.run("orders");
    const sim = [...h.amazon.state.orders.values()];
    expect(report.counts.total).toBe(sim.length);
    expect(report.counts.parked).toBe(0);
    expect(report.counts.failed).toBe(0);
    const byId = new Map(report.orders.map((o) => [o.amazonOrderId, o]));
    for (const o of sim) {
      const entry = byId.get(o.orderId);
      if (o.status === "Shipped") {
        expect(entry?.state).toBe(o.refunds.length ? "credited" : "invoiced");
        expect(entry?.invoice?.outcome).toBe("created");
      } else {
        expect(entry?.state).toBe("skipped");
        expect(entry?.invoice).toBeNull();
        expect(entry?.reason).toMatch(
          o.status === "Canceled" ? /never invoiced/ : /once Amazon reports it shipped/,
        );
      }
    }
    const shipped = sim.filter((o) => o.status === "Shipped");
    const invoices = headers(h).filter((r) => !String(r.CustomerReference).includes(" CN "));
    expect(invoices.map((r) => r.CustomerReference).sort()).toEqual(shipped.map((o) => o.orderId).sort());
    expect(sim.some((o) => o.status !== "Shipped")).toBe(true);

    // Each invoice's lines add up to the order's total (price + tax + shipping − promotions), exactly.
    const lines = h.d365.state.rows("FreeTextInvoiceLines");
    for (const o of shipped) {
      const header = invoices.find((r) => r.CustomerReference === o.orderId);
      const sum = Money.sum(
        lines
          .filter((l) => String(l.ParentRecId) === String(header?.InvoiceIdentifier))
          .map((l) => Money.of(String(l.TransactionCurrencyAmount), o.currency)),
        o.currency,
      );
      const expected = o.items.reduce(
        (s, i) =>
          s
            .plus(i.itemPrice)
            .plus(i.itemTax)
            .plus(i.shippingPrice)
            .plus(i.shippingTax)
            .minus(i.promotionDiscount),
        Money.zero(o.currency),
      );
      expect(sum.toString()).toBe(expected.toString());
    }

    // A second run writes nothing.
    const before = headers(h).length;
    await h.clock.advance(10 * MINUTE);
    const again = await connector.run("orders");
    expect(again.counts.parked).toBe(0);
    expect(headers(h)).toHaveLength(before);

    // Every transition of an invoiced order is audited in order.
    const first = report.orders.find((o) => o.state === "invoiced");
    const trail = (await h.storage.audit.query({ record: first?.record ?? "", kind: "transition" })).map(
      (e) => (e as { state: string }).state,
    );
    expect(trail).toEqual(["discovered", "fetched", "mapped", "invoicing", "invoiced"]);
  });

  it("runs one seller's orders only when a run names the seller (a scheduled job is per seller)", async () => {
    const h = await arrangeSync({ orders: 10 });
    const connector = createConnector(orderOptions(h));
    const other = await connector.run("orders", { seller: { sellerId: "A0THERSELLER" } });
    expect(other.counts.total).toBe(0);
    expect(other.discovered).toBe(0);
    expect(h.amazon.state.calls).toHaveLength(0);
    expect(headers(h)).toHaveLength(0);
    const mine = await connector.run("orders", { seller: { sellerId: h.amazon.state.seller.sellerId } });
    expect(mine.counts.total).toBe(h.amazon.state.orders.size);
    expect(headers(h).length).toBeGreaterThan(0);
  });

  it("two concurrent runs discovering the same new order on one store: one record, one plan (regression)", async () => {
    const h = await arrangeSync({ orders: 8 });
    // Run b reads the store slowly, as a loaded database answers: its look-up of a new order is
    // taken before run a creates the order, and answered only after run a has invoiced it. Run b
    // then must not create the record again over run a's invoice plan.
    let aFinished: Promise<unknown> = Promise.resolve();
    const stale = {
      ...h.storage,
      records: {
        ...h.storage.records,
        get: async (id: string) => {
          const snapshot = await h.storage.records.get(id);
          await aFinished;
          return snapshot;
        },
      },
    };
    const a = createConnector(orderOptions(h));
    const b = createConnector({ ...orderOptions(h), storage: stale });
    const ra = a.run("orders");
    aFinished = ra.catch(() => undefined);
    const runs = await Promise.allSettled([ra, b.run("orders")]);
    // Both polls advance the seller's order cursor from the same reading. The second
    // compare-and-set meets the first one's write: it keeps the later watermark instead of
    // failing the run (STORAGE_CONFLICT), since both runs stored their orders first.
    for (const r of runs) expect(r.status === "rejected" ? r.reason : undefined).toBeUndefined();
    // The cursor still names the latest poll: a further run reads nothing new from Amazon.
    const later = await a.run("orders");
    expect(later.discovered).toBe(0);
    const records = await h.storage.records.list({ kind: "order", limit: 1000 });
    expect(records).toHaveLength(h.amazon.state.orders.size);
    const invoiced = records.filter((r) => r.state === "invoiced" || r.state === "credited");
    expect(invoiced.length).toBeGreaterThan(0);
    // Every invoiced record still holds its invoice, and D365 holds one invoice per order.
    for (const r of invoiced) expect(orderEntry(r).invoice, r.id).not.toBeNull();
    expect(headers(h)).toHaveLength(invoiced.length);
    // Each record was created once: one creation in its audit trail.
    for (const r of records) {
      const created = (await h.storage.audit.query({ record: r.id, kind: "transition" })).filter(
        (e) => e.kind === "transition" && e.previousState === undefined,
      );
      expect(created, r.id).toHaveLength(1);
    }
  });

  it("discovery never overwrites what an overlapping run wrote to a record (regression)", async () => {
    const h = await arrangeSync({ orders: 8 });
    // Stop the first run after its first step: the other orders stay `discovered`.
    const stop = new AbortController();
    const first = createConnector(orderOptions(h));
    first.on("transition", () => stop.abort());
    await first.run("orders", { signal: stop.signal });
    const waiting = [...h.amazon.state.orders.values()].find(
      (o) => o.status === "Shipped" && o.refunds.length === 0,
    );
    const id = `order:${h.amazon.state.seller.sellerId}:${waiting?.orderId}`;
    expect((await h.storage.records.get(id))?.state).toBe("discovered");
    // Amazon reports it again; while this run's discovery holds the `discovered` record it read,
    // another run (a pg-boss job retried while the first still runs) moves it on.
    h.amazon.state.updateOrder(waiting?.orderId ?? "", {});
    await h.clock.advance(5 * MINUTE);
    let raced = false;
    const records = new Proxy(h.storage.records, {
      get(target, name) {
        if (name !== "get") return Reflect.get(target, name);
        return async (key: string) => {
          const found = await target.get(key);
          if (!raced && key === id && found?.state === "discovered") {
            raced = true;
            await target.transition(id, "discovered", "fetched", {
              data: { ...(found.data as Record<string, never>), other: "run" },
            });
          }
          return found;
        };
      },
    });
    const storage = new Proxy(h.storage, {
      get: (target, name) => (name === "records" ? records : Reflect.get(target, name)),
    });
    const report = await createConnector(orderOptions(h, { storage })).run("orders");
    expect(raced).toBe(true);
    expect(report.counts.parked).toBe(0);
    const after = await h.storage.records.get(id);
    expect(after?.state).toBe("invoiced");
    expect((after?.data as { other?: string } | undefined)?.other).toBe("run");
  });

  it("invoices a pending order once Amazon reports it shipped", async () => {
    const h = await arrangeSync({ orders: 4 });
    const connector = createConnector(orderOptions(h));
    await connector.run("orders");
    const order = h.amazon.state.addOrder({ marketplaceId: "ATVPDKIKX0DER", status: "Pending" });
    const connector2 = createConnector(orderOptions(h));
    await h.clock.advance(5 * MINUTE);
    const pending = await connector2.run("orders");
    expect(pending.orders.find((o) => o.amazonOrderId === order.orderId)?.state).toBe("skipped");
    h.amazon.state.updateOrder(order.orderId, { status: "Shipped" });
    await h.clock.advance(5 * MINUTE);
    const shipped = await connector2.run("orders");
    const entry = shipped.orders.find((o) => o.amazonOrderId === order.orderId);
    expect(entry?.state).toBe("invoiced");
    expect(headers(h).filter((r) => r.CustomerReference === order.orderId)).toHaveLength(1);
  });

  it("credits a refund after invoicing once", async () => {
    const h = await arrangeSync({ orders: 20 });
    const connector = createConnector(orderOptions(h));
    const first = await connector.run("orders");
    const target = first.orders.find((o) => o.state === "invoiced");
    expect(target).toBeDefined();
    const id = target?.amazonOrderId ?? "";
    h.amazon.state.updateOrder(id, { refund: true });
    await h.clock.advance(5 * MINUTE);
    const second = await connector.run("orders");
    const entry = second.orders.find((o) => o.amazonOrderId === id);
    expect(entry?.state).toBe("credited");
    expect(entry?.creditNote?.outcome).toBe("created");
    const notes = headers(h).filter((r) => String(r.CustomerReference).startsWith(`${id} CN `));
    expect(notes).toHaveLength(1);
    // The credit note takes back the refunded principal and tax, exactly.
    const refund = h.amazon.state.orders.get(id)?.refunds[0];
    const noteLines = h.d365.state
      .rows("FreeTextInvoiceLines")
      .filter((l) => String(l.ParentRecId) === String(notes[0]?.InvoiceIdentifier));
    const currency = h.amazon.state.orders.get(id)?.currency ?? "USD";
    const credited = Money.sum(
      noteLines.map((l) => Money.of(String(l.TransactionCurrencyAmount), currency)),
      currency,
    );
    const refunded = (refund?.items ?? []).reduce(
      (s, i) => s.plus(i.principal).plus(i.tax),
      Money.zero(currency),
    );
    expect(credited.toString()).toBe(refunded.negate().toString());

    // Amazon reports the order again: no second credit note.
    h.amazon.state.updateOrder(id, {});
    await h.clock.advance(5 * MINUTE);
    const third = await connector.run("orders");
    expect(third.orders.find((o) => o.amazonOrderId === id)?.state).toBe("credited");
    expect(headers(h).filter((r) => String(r.CustomerReference).startsWith(`${id} CN `))).toHaveLength(1);
  });

  it("parks an order with an unmapped SKU and invoices it on replay after the fix", async () => {
    const h = await arrangeSync({ orders: 20 });
    const shipped = [...h.amazon.state.orders.values()].find((o) => o.status === "Shipped");
    const sku = shipped?.items[0]?.sku ?? "";
    const broken = mappingFor(h.amazon.state.orders.values(), [sku]);
    const connector = createConnector(orderOptions(h, { mapping: broken }));
    const report = await connector.run("orders");
    const parked = report.orders.filter((o) => o.state === "parked");
    expect(parked.length).toBeGreaterThan(0);
    for (const p of parked) {
      const o = h.amazon.state.orders.get(p.amazonOrderId);
      expect(o?.items.some((i) => i.sku === sku)).toBe(true);
      expect(p.reason).toContain(sku);
      expect(p.hint).toMatch(/replay/);
    }
    // The other orders went on.
    expect(report.counts.invoiced + report.counts.credited).toBeGreaterThan(0);
    expect(headers(h).some((r) => parked.some((p) => p.amazonOrderId === r.CustomerReference))).toBe(false);

    const fixed = createConnector(orderOptions(h));
    const replayed = await fixed.replay({ flow: "orders", state: "parked" });
    expect(replayed.counts.total).toBe(parked.length);
    expect(replayed.counts.parked).toBe(0);
    for (const p of parked) {
      expect(headers(h).filter((r) => r.CustomerReference === p.amazonOrderId)).toHaveLength(1);
    }
  });

  it("finds every invoice in D365 on a rerun with an empty local store, and creates nothing", async () => {
    const h = await arrangeSync({ orders: 20 });
    await createConnector(orderOptions(h)).run("orders");
    const before = headers(h).length;
    const lines = h.d365.state.rows("FreeTextInvoiceLines").length;
    const fresh = memoryStorage({ clock: h.clock });
    await fresh.migrate();
    const again = createConnector({ ...orderOptions(h), storage: fresh });
    const report = await again.run("orders");
    expect(report.counts.parked).toBe(0);
    const invoiced = report.orders.filter((o) => o.invoice);
    expect(invoiced.length).toBeGreaterThan(0);
    expect(invoiced.every((o) => o.invoice?.outcome === "found")).toBe(true);
    expect(headers(h)).toHaveLength(before);
    expect(h.d365.state.rows("FreeTextInvoiceLines")).toHaveLength(lines);
  });

  it("prints its transition table", () => {
    const rows = transitionTable(orderFlow);
    expect(rows.map((r) => `${r.from}->${r.to}`)).toEqual(
      expect.arrayContaining([
        "discovered->fetched",
        "discovered->skipped",
        "fetched->mapped",
        "mapped->invoicing",
        "invoicing->invoiced",
        "updated->crediting",
        "crediting->credited",
      ]),
    );
  });
});

describe("the month check: revenue once, the Amazon customer cleared by the settlement", () => {
  it("credits each order's principal to sales exactly once and nets the customer to zero", async () => {
    const h = await arrangeSync({ orders: 60 });
    const options = orderOptions(h);
    await createConnector(options).run("orders");
    const report = h.amazon.state.publishSettlement({ marketplaceId: US });
    const text = h.amazon.state.settlementText(report.settlementId ?? "");
    const parse = parseSettlement(new TextEncoder().encode(text), { reconcile: "report" });
    const rows: SettlementRow[] = [];
    for await (const r of parse) rows.push(r);
    const { summary } = await parse.result();
    const mapping = parseMapping(options.mapping as MappingInput);
    const posting = buildSettlementPosting(
      resolveSettlementLines(rows, mapping, { marketplace: US }),
      summary,
      mapping,
      { marketplace: US, orderRevenue: "invoiced" },
    );
    const currency = summary.currency;
    const sold = new Set(rows.filter((r) => r.transactionType === "Order").map((r) => r.orderId ?? ""));
    const refunded = new Set(rows.filter((r) => r.transactionType === "Refund").map((r) => r.orderId ?? ""));
    expect(sold.size).toBeGreaterThan(0);

    // What the orders flow wrote to the customer for those orders (invoices and credit notes).
    const lines = h.d365.state.rows("FreeTextInvoiceLines");
    const documentTotal = (header: Record<string, unknown>) =>
      Money.sum(
        lines
          .filter((l) => String(l.ParentRecId) === String(header.InvoiceIdentifier))
          .map((l) => Money.of(String(l.TransactionCurrencyAmount), currency)),
        currency,
      );
    let customer = Money.zero(currency);
    let sales = Money.zero(currency);
    for (const header of headers(h).filter((r) => r.dataAreaId === "usmf")) {
      const reference = String(header.CustomerReference);
      const [orderId = "", cn] = reference.split(" CN ");
      if (cn === undefined ? !sold.has(orderId) : !refunded.has(orderId)) continue;
      customer = customer.plus(documentTotal(header));
      if (cn === undefined) {
        for (const l of lines.filter((x) => String(x.ParentRecId) === String(header.InvoiceIdentifier))) {
          if (String(l.MainAccountDisplayValue).startsWith("401100-"))
            sales = sales.plus(Money.of(String(l.TransactionCurrencyAmount), currency));
        }
      }
    }
    // The settlement clears it: its customer lines credit exactly what the documents debited.
    const cleared = Money.sum(
      posting.lines.filter((l) => l.accountType === "Cust" && l.account === "AMZ-US").map((l) => l.amount),
      currency,
    );
    expect(customer.isZero()).toBe(false);
    expect(customer.plus(cleared).toString()).toBe(Money.zero(currency).toString());

    // Revenue: the invoices hold the orders' principal once; the settlement credits no sales.
    const principal = Money.sum(
      [...sold].flatMap((id) => h.amazon.state.orders.get(id)?.items.map((i) => i.itemPrice) ?? []),
      currency,
    );
    expect(sales.toString()).toBe(principal.toString());
    expect(posting.lines.some((l) => l.account.startsWith("401100-"))).toBe(false);
  });
});
