/**
 * The orders flow with `orders.invoiceAs: "sales-order"`: each shipped order becomes one D365 sales
 * order (header first, then its lines), found again by `CustomersOrderReference` on a rerun, also
 * with an empty local store; refunds still become free text credit notes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Money } from "../../src/core/money.js";
import type { MappingInput } from "../../src/mapping/schema.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { createConnector } from "../../src/sync/connector.js";
import type { ConnectorOptions } from "../../src/sync/options.js";
import type { SimOrder } from "../../src/testing/data/amazon-data.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { arrangeSync, type SyncHarness, server } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const START = Date.UTC(2026, 9, 1);
const itemOf = (sku: string) => `IT-${sku.slice(4, 7)}`;
const CHARGES = { shipping: "CHG-SHIP", giftWrap: "CHG-WRAP", promotions: "CHG-PROMO" };

function mappingFor(orders: Iterable<SimOrder>): MappingInput {
  const bySku: Record<string, string> = { ...simulatorMapping.items?.bySku };
  for (const o of orders) for (const i of o.items) bySku[i.sku] = itemOf(i.sku);
  return { ...simulatorMapping, items: { ...simulatorMapping.items, bySku } };
}

/** The released products a sales order names: every SKU's item and the charge items, in both companies. */
function releaseItems(h: SyncHarness): void {
  const items = new Set(Object.values(CHARGES));
  for (const o of h.amazon.state.orders.values()) for (const i of o.items) items.add(itemOf(i.sku));
  for (const company of ["usmf", "camf"]) {
    for (const item of items) {
      const row = {
        dataAreaId: company,
        ItemNumber: item,
        ProductNumber: item,
        SearchName: item,
        SalesUnitSymbol: "ea",
      };
      h.d365.state.put("ReleasedProductsV2", { ...row, ProductSearchName: item });
      h.d365.state.put("ReleasedDistinctProducts", row);
    }
  }
}

async function arrange(orders: number): Promise<SyncHarness> {
  const h = await arrangeSync({ orders });
  releaseItems(h);
  return h;
}

function salesOrderOptions(h: SyncHarness, extra: Partial<ConnectorOptions> = {}): ConnectorOptions {
  return {
    ...h.options,
    mapping: mappingFor(h.amazon.state.orders.values()),
    posting: { orderRevenue: "invoiced" },
    orders: {
      enabled: true,
      invoiceAs: "sales-order",
      chargeItems: CHARGES,
      start: new Date(START - 31 * 86_400_000).toISOString(),
    },
    ...extra,
  };
}

describe("orders as sales orders", () => {
  it("creates one sales order per shipped order, header before lines, and its lines", async () => {
    const h = await arrange(40);
    const report = await createConnector(salesOrderOptions(h)).run("orders");
    expect(
      report.orders
        .filter((o) => o.state === "parked")
        .map((o) => `${o.reason} | ${o.hint}`)
        .slice(0, 3),
    ).toEqual([]);
    expect(report.counts.failed).toBe(0);
    const sim = [...h.amazon.state.orders.values()];
    const shipped = sim.filter((o) => o.status === "Shipped");
    expect(shipped.length).toBeGreaterThan(0);
    expect(sim.some((o) => o.status !== "Shipped")).toBe(true);

    // One sales order per shipped order; none for the others; no free text invoice for an order.
    const headers = h.d365.state.rows("SalesOrderHeadersV2");
    expect(headers.map((r) => String(r.CustomersOrderReference)).sort()).toEqual(
      shipped.map((o) => o.orderId).sort(),
    );
    const freeText = h.d365.state.rows("FreeTextInvoiceHeaders");
    expect(freeText.filter((r) => !String(r.CustomerReference).includes(" CN "))).toEqual([]);
    for (const entry of report.orders.filter((o) => o.invoice)) {
      const header = headers.find((r) => r.CustomersOrderReference === entry.amazonOrderId);
      expect(entry.invoice?.number).toBe(String(header?.SalesOrderNumber));
      expect(entry.invoice?.outcome).toBe("created");
    }

    // Header first (D365 numbers it), then the lines that name that number: per order, the
    // header's POST comes before the batch of its lines.
    const writes = h.d365.state.requests
      .filter((r) => r.method === "POST" && (r.target === "SalesOrderHeadersV2" || r.target === "$batch"))
      .map((r) => (r.target === "$batch" ? "L" : "H"))
      .join("");
    expect(writes).toBe("HL".repeat(shipped.length));

    // The lines: each item with its D365 item number and quantity, shipping and promotions as
    // charge items; no tax line (D365 computes tax on a sales order). The line amounts add up
    // to price + shipping − promotions, exactly.
    const lines = h.d365.state.rows("SalesOrderLines");
    for (const o of shipped) {
      const header = headers.find((r) => r.CustomersOrderReference === o.orderId);
      const mine = lines.filter(
        (l) => l.SalesOrderNumber === header?.SalesOrderNumber && l.dataAreaId === header?.dataAreaId,
      );
      for (const i of o.items) {
        expect(
          mine.some(
            (l) => l.ItemNumber === itemOf(i.sku) && String(l.OrderedSalesQuantity) === String(i.quantity),
          ),
          `${o.orderId} ${i.sku}`,
        ).toBe(true);
      }
      const sum = Money.sum(
        mine.map((l) => Money.of(String(l.LineAmount), o.currency)),
        o.currency,
      );
      const expected = o.items.reduce(
        (s, i) => s.plus(i.itemPrice).plus(i.shippingPrice).minus(i.promotionDiscount),
        Money.zero(o.currency),
      );
      expect(sum.toString(), o.orderId).toBe(expected.toString());
      const charges = mine.filter((l) => String(l.ItemNumber).startsWith("CHG-"));
      const hasShipping = o.items.some((i) => !i.shippingPrice.isZero());
      expect(charges.some((l) => l.ItemNumber === CHARGES.shipping)).toBe(hasShipping);
    }

    // Refunds become free text credit notes, one per refund.
    const refunded = shipped.filter((o) => o.refunds.length > 0);
    for (const o of refunded) {
      expect(freeText.filter((r) => String(r.CustomerReference).startsWith(`${o.orderId} CN `))).toHaveLength(
        o.refunds.length,
      );
    }
  });

  it("creates nothing on a rerun, nor on a rerun with an empty local store", async () => {
    const h = await arrange(30);
    const first = await createConnector(salesOrderOptions(h)).run("orders");
    expect(first.counts.parked).toBe(0);
    const snapshot = () => ({
      headers: h.d365.state.rows("SalesOrderHeadersV2").length,
      lines: h.d365.state.rows("SalesOrderLines").length,
      notes: h.d365.state.rows("FreeTextInvoiceHeaders").length,
    });
    const before = snapshot();
    expect(before.headers).toBeGreaterThan(0);

    // Same store: every order rests.
    await h.clock.advance(10 * 60_000);
    await createConnector(salesOrderOptions(h)).run("orders");
    expect(snapshot()).toEqual(before);

    // Empty store: every sales order is found by its Amazon order id, none created.
    const fresh = memoryStorage({ clock: h.clock });
    await fresh.migrate();
    const again = await createConnector(salesOrderOptions(h, { storage: fresh })).run("orders");
    expect(again.counts.parked).toBe(0);
    const invoiced = again.orders.filter((o) => o.invoice);
    expect(invoiced).toHaveLength(before.headers);
    expect(invoiced.every((o) => o.invoice?.outcome === "found")).toBe(true);
    expect(snapshot()).toEqual(before);
  });

  it("parks an order with shipping when no charge item is configured, naming the option", async () => {
    const h = await arrange(30);
    const options = salesOrderOptions(h);
    const report = await createConnector({
      ...options,
      orders: { ...options.orders, chargeItems: {} },
    }).run("orders");
    const withShipping = [...h.amazon.state.orders.values()].filter(
      (o) => o.status === "Shipped" && o.items.some((i) => !i.shippingPrice.isZero()),
    );
    expect(withShipping.length).toBeGreaterThan(0);
    for (const o of withShipping) {
      const entry = report.orders.find((e) => e.amazonOrderId === o.orderId);
      expect(entry?.state).toBe("parked");
      expect(entry?.reason).toMatch(/cannot be invoiced/);
      expect(entry?.hint).toMatch(/orders\.chargeItems/);
    }
    const parkedIds = new Set(withShipping.map((o) => o.orderId));
    expect(
      h.d365.state
        .rows("SalesOrderHeadersV2")
        .filter((r) => parkedIds.has(String(r.CustomersOrderReference))),
    ).toEqual([]);
  });
});
