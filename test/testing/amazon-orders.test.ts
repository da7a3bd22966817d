import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";
const DE = "A1PA6795UKMFR9";
const JP = "A1VC38T7YXB528";

const sim = createAmazonSimulator({ seed: 21, data: { orders: 200 } });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(() => sim.state.usagePlans.reset());

const na = createSimulatorClient(sim, { region: "na" });
const eu = createSimulatorClient(sim, { region: "eu" });
const fe = createSimulatorClient(sim, { region: "fe" });
const ordersIn = (marketplaceId: string) =>
  [...sim.state.orders.values()].filter((o) => o.marketplaceId === marketplaceId);
const iso = (ms: number) => new Date(ms).toISOString();

describe("Orders 2026-01-01", () => {
  it("searchOrders pages with paginationToken and returns every order of the marketplace once", async () => {
    const seen: string[] = [];
    let paginationToken: string | undefined;
    let pages = 0;
    do {
      const { data, error } = await na.orders.GET("/orders/2026-01-01/orders", {
        params: {
          query: paginationToken
            ? { marketplaceIds: [US], paginationToken }
            : { marketplaceIds: [US], createdAfter: "2025-11-01T00:00:00Z", maxResultsPerPage: 7 },
        },
      });
      expect(error).toBeUndefined();
      seen.push(...(data?.orders ?? []).map((o) => o.orderId));
      paginationToken = data?.pagination?.nextToken;
      pages++;
    } while (paginationToken);
    const expected = ordersIn(US).map((o) => o.orderId);
    expect(pages).toBe(Math.ceil(expected.length / 7));
    expect(seen.sort()).toEqual(expected.sort());
  });

  it("re-runs the query for each page: an order whose date moved between pages changes places, an updated one leaves the window", async () => {
    // The simulator reuses a page's selection only while it is provably the same answer; this
    // pins the re-query semantics that reuse must keep.
    const pageOf = async (query: Record<string, unknown>) => {
      const { data, error } = await na.orders.GET("/orders/2026-01-01/orders", {
        params: { query: query as never },
      });
      expect(error).toBeUndefined();
      return data!;
    };
    await sim.clock.advance(5 * 60_000);
    const from = iso(sim.clock.now() - 40 * 86_400_000);
    const first = await pageOf({ marketplaceIds: [US], lastUpdatedAfter: from, maxResultsPerPage: 5 });
    const again = await pageOf({ marketplaceIds: [US], lastUpdatedAfter: from, maxResultsPerPage: 5 });
    expect(again.orders.map((o) => o.orderId)).toEqual(first.orders.map((o) => o.orderId));
    // The token keeps the first call's window (lastUpdatedBefore = then − 2 min). An order whose
    // date moves inside the window changes places (same set, new order); an update now takes an
    // order out of the window (a smaller set).
    const before = Date.parse(first.lastUpdatedBefore!);
    const selection = () =>
      ordersIn(US)
        .filter((o) => o.lastUpdateDate >= Date.parse(from) && o.lastUpdateDate <= before)
        .sort((x, y) => x.lastUpdateDate - y.lastUpdateDate || (x.orderId < y.orderId ? -1 : 1))
        .map((o) => o.orderId);
    const resorted = selection()[9]!;
    sim.state.orders.get(resorted)!.lastUpdateDate = Date.parse(from) + 1;
    const second = await pageOf({ marketplaceIds: [US], paginationToken: first.pagination!.nextToken! });
    expect(selection()[0]).toBe(resorted);
    expect(second.orders.map((o) => o.orderId)).toEqual(selection().slice(5, 10));
    const moved = second.orders[0]!.orderId;
    sim.state.updateOrder(moved, {});
    const rest: string[] = [];
    let token = second.pagination?.nextToken;
    while (token) {
      const next = await pageOf({ marketplaceIds: [US], paginationToken: token });
      rest.push(...next.orders.map((o) => o.orderId));
      token = next.pagination?.nextToken;
    }
    expect(rest).toEqual(selection().slice(10));
    expect(rest).not.toContain(moved);
  });

  it("filters on lastUpdatedAfter, and an update bumps the order into the window", async () => {
    const order =
      ordersIn(US).find((o) => o.status === "Unshipped") ?? sim.state.addOrder({ marketplaceId: US });
    await sim.clock.advance(10 * 60_000);
    const mark = sim.clock.now();
    await sim.clock.advance(60_000);
    sim.state.updateOrder(order.orderId, { status: "Shipped" });
    await sim.clock.advance(5 * 60_000);
    const { data } = await na.orders.GET("/orders/2026-01-01/orders", {
      params: { query: { marketplaceIds: [US], lastUpdatedAfter: iso(mark), includedData: ["FULFILLMENT"] } },
    });
    expect(data?.orders.map((o) => o.orderId)).toEqual([order.orderId]);
    expect(data?.orders[0]?.fulfillment?.fulfillmentStatus).toBe("SHIPPED");
    expect(Date.parse(data?.orders[0]?.lastUpdatedTime ?? "")).toBeGreaterThan(mark);
  });

  it("getOrder returns buyer and recipient only when includedData asks", async () => {
    const order = ordersIn(CA).find((o) => o.status === "Shipped")!;
    const plain = await na.orders.GET("/orders/2026-01-01/orders/{orderId}", {
      params: { path: { orderId: order.orderId } },
    });
    expect(plain.data?.order.buyer).toBeUndefined();
    const full = await na.orders.GET("/orders/2026-01-01/orders/{orderId}", {
      params: {
        path: { orderId: order.orderId },
        query: { includedData: ["BUYER", "RECIPIENT", "PROCEEDS"] },
      },
    });
    expect(full.data?.order.buyer?.buyerEmail).toBe(order.buyer.email);
    expect(full.data?.order.recipient?.deliveryAddress?.city).toBe(order.shippingAddress.city);
    expect(full.data?.order.proceeds?.grandTotal?.currencyCode).toBe("CAD");
  });

  it("an order in one marketplace is invisible to a call for another, and to another region's host", async () => {
    const caOrder = ordersIn(CA)[0]!;
    const { data } = await na.orders.GET("/orders/2026-01-01/orders", {
      params: { query: { marketplaceIds: [US], createdAfter: "2025-11-01T00:00:00Z" } },
    });
    expect(data?.orders.some((o) => o.orderId === caOrder.orderId)).toBe(false);
    const deOrder = ordersIn(DE)[0]!;
    const wrongHost = await na.orders.GET("/orders/2026-01-01/orders/{orderId}", {
      params: { path: { orderId: deOrder.orderId } },
    });
    expect(wrongHost.response.status).toBe(404);
    const rightHost = await eu.orders.GET("/orders/2026-01-01/orders/{orderId}", {
      params: { path: { orderId: deOrder.orderId } },
    });
    expect(rightHost.data?.order.salesChannel.marketplaceId).toBe(DE);
    const wrongRegion = await na.orders.GET("/orders/2026-01-01/orders", {
      params: { query: { marketplaceIds: [DE], createdAfter: "2025-11-01T00:00:00Z" } },
    });
    expect(wrongRegion.response.status).toBe(400);
    expect(wrongRegion.error?.errors?.[0]?.code).toBe("InvalidInput");
  });

  it("the FE host serves Japanese orders in whole yen", async () => {
    const { data } = await fe.orders.GET("/orders/2026-01-01/orders", {
      params: {
        query: { marketplaceIds: [JP], createdAfter: "2025-11-01T00:00:00Z", includedData: ["PROCEEDS"] },
      },
    });
    expect(data?.orders.length).toBe(ordersIn(JP).length);
    const totals = (data?.orders ?? []).flatMap((o) =>
      o.proceeds?.grandTotal ? [o.proceeds.grandTotal] : [],
    );
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.every((t) => t.currencyCode === "JPY" && /^\d+$/.test(t.amount))).toBe(true);
  });
});

describe("Orders v0", () => {
  it("getOrders pages with NextToken and filters on LastUpdatedAfter", async () => {
    const after = sim.clock.now() - 20 * 86_400_000;
    const expected = ordersIn(CA)
      .filter((o) => o.lastUpdateDate >= after && o.lastUpdateDate <= sim.clock.now() - 120_000)
      .map((o) => o.orderId);
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const { data } = await na.ordersV0.GET("/orders/v0/orders", {
        params: {
          query: NextToken
            ? { MarketplaceIds: [CA], NextToken }
            : { MarketplaceIds: [CA], LastUpdatedAfter: iso(after), MaxResultsPerPage: 5 },
        },
      });
      seen.push(...(data?.payload?.Orders ?? []).map((o) => o.AmazonOrderId));
      NextToken = data?.payload?.NextToken;
    } while (NextToken);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.sort()).toEqual(expected.sort());
  });

  it("refuses a LastUpdatedAfter combined with CreatedAfter, and a garbled NextToken", async () => {
    const both = await na.ordersV0.GET("/orders/v0/orders", {
      params: {
        query: {
          MarketplaceIds: [US],
          CreatedAfter: "2025-11-01T00:00:00Z",
          LastUpdatedAfter: "2025-11-01T00:00:00Z",
        },
      },
    });
    expect(both.response.status).toBe(400);
    const bad = await na.ordersV0.GET("/orders/v0/orders", {
      params: { query: { MarketplaceIds: [US], NextToken: "nope" } },
    });
    expect(bad.response.status).toBe(400);
  });

  it("getOrderItems lists the items with their amounts", async () => {
    const order = ordersIn(US).find((o) => o.items.length > 1) ?? ordersIn(US)[0]!;
    const { data } = await na.ordersV0.GET("/orders/v0/orders/{orderId}/orderItems", {
      params: { path: { orderId: order.orderId } },
    });
    expect(data?.payload?.OrderItems.map((i) => [i.SellerSKU, i.ItemPrice?.Amount])).toEqual(
      order.items.map((i) => [i.sku, i.itemPrice.toString()]),
    );
  });

  it("hides buyer PII without a Restricted Data Token", async () => {
    const order = ordersIn(US).find((o) => o.status === "Shipped")!;
    const { data: list } = await na.ordersV0.GET("/orders/v0/orders", {
      params: { query: { MarketplaceIds: [US], CreatedAfter: "2025-11-01T00:00:00Z" } },
    });
    const listed = list?.payload?.Orders.find((o) => o.AmazonOrderId === order.orderId);
    expect(listed?.BuyerInfo).toBeUndefined();
    expect(listed?.ShippingAddress).toEqual({
      City: order.shippingAddress.city,
      StateOrRegion: order.shippingAddress.stateOrRegion,
      PostalCode: order.shippingAddress.postalCode,
      CountryCode: order.shippingAddress.countryCode,
    });
    const { data: address } = await na.ordersV0.GET("/orders/v0/orders/{orderId}/address", {
      params: { path: { orderId: order.orderId } },
    });
    expect(address?.payload?.ShippingAddress?.Name).toBeUndefined();
    const { data: buyer } = await na.ordersV0.GET("/orders/v0/orders/{orderId}/buyerInfo", {
      params: { path: { orderId: order.orderId } },
    });
    expect(buyer?.payload?.BuyerEmail).toBeUndefined();
  });

  it("returns PII with an RDT that covers the path and data element, and only there", async () => {
    const order = ordersIn(US).find((o) => o.status === "Shipped")!;
    const { data: rdt } = await na.tokens.POST("/tokens/2021-03-01/restrictedDataToken", {
      body: {
        restrictedResources: [
          { method: "GET", path: "/orders/v0/orders", dataElements: ["buyerInfo", "shippingAddress"] },
          { method: "GET", path: `/orders/v0/orders/${order.orderId}/address` },
          { method: "GET", path: "/orders/v0/orders/{orderId}/buyerInfo" },
        ],
      },
    });
    expect(rdt?.expiresIn).toBe(3600);
    const restricted = createSimulatorClient(sim, { token: () => rdt?.restrictedDataToken });

    const { data: list } = await restricted.ordersV0.GET("/orders/v0/orders", {
      params: { query: { MarketplaceIds: [US], CreatedAfter: "2025-11-01T00:00:00Z" } },
    });
    const listed = list?.payload?.Orders.find((o) => o.AmazonOrderId === order.orderId);
    expect(listed?.BuyerInfo).toEqual({ BuyerEmail: order.buyer.email, BuyerName: order.buyer.name });
    expect(listed?.ShippingAddress?.AddressLine1).toBe(order.shippingAddress.addressLine1);

    const { data: address } = await restricted.ordersV0.GET("/orders/v0/orders/{orderId}/address", {
      params: { path: { orderId: order.orderId } },
    });
    expect(address?.payload?.ShippingAddress?.Name).toBe(order.shippingAddress.name);
    const { data: buyer } = await restricted.ordersV0.GET("/orders/v0/orders/{orderId}/buyerInfo", {
      params: { path: { orderId: order.orderId } },
    });
    expect(buyer?.payload?.BuyerEmail).toBe(order.buyer.email);

    const other = ordersIn(US).find((o) => o.orderId !== order.orderId)!;
    const uncovered = await restricted.ordersV0.GET("/orders/v0/orders/{orderId}/address", {
      params: { path: { orderId: other.orderId } },
    });
    expect(uncovered.response.status).toBe(403);
    const notListed = await restricted.ordersV0.GET("/orders/v0/orders/{orderId}", {
      params: { path: { orderId: order.orderId } },
    });
    expect(notListed.response.status).toBe(403);
  });

  it("an RDT without the data element does not unlock that element", async () => {
    const order = ordersIn(US).find((o) => o.status === "Shipped")!;
    const { data: rdt } = await na.tokens.POST("/tokens/2021-03-01/restrictedDataToken", {
      body: {
        restrictedResources: [
          { method: "GET", path: "/orders/v0/orders/{orderId}", dataElements: ["shippingAddress"] },
        ],
      },
    });
    const restricted = createSimulatorClient(sim, { token: () => rdt?.restrictedDataToken });
    const { data } = await restricted.ordersV0.GET("/orders/v0/orders/{orderId}", {
      params: { path: { orderId: order.orderId } },
    });
    expect(data?.payload?.ShippingAddress?.Name).toBe(order.shippingAddress.name);
    expect(data?.payload?.BuyerInfo).toBeUndefined();
  });

  it("createRestrictedDataToken refuses a path that is not restricted", async () => {
    const { response, error } = await na.tokens.POST("/tokens/2021-03-01/restrictedDataToken", {
      body: { restrictedResources: [{ method: "GET", path: "/reports/2021-06-30/reports" }] },
    });
    expect(response.status).toBe(400);
    expect(error?.errors?.[0]?.code).toBe("InvalidInput");
  });

  it("confirmShipment ships an unshipped order, which then settles in the open period", async () => {
    const order = sim.state.addOrder({ marketplaceId: US, status: "Unshipped" });
    const { response } = await na.ordersV0.POST("/orders/v0/orders/{orderId}/shipmentConfirmation", {
      params: { path: { orderId: order.orderId } },
      body: {
        marketplaceId: US,
        packageDetail: {
          packageReferenceId: "1",
          carrierCode: "UPS",
          trackingNumber: "1Z999",
          shipDate: new Date(sim.clock.now()).toISOString(),
          orderItems: order.items.map((i) => ({ orderItemId: i.orderItemId, quantity: i.quantity })),
        },
      },
    });
    expect(response.status).toBe(204);
    expect(sim.state.orders.get(order.orderId)?.status).toBe("Shipped");
    const again = await na.ordersV0.POST("/orders/v0/orders/{orderId}/shipmentConfirmation", {
      params: { path: { orderId: order.orderId } },
      body: {
        marketplaceId: US,
        packageDetail: {
          packageReferenceId: "1",
          carrierCode: "UPS",
          trackingNumber: "1Z999",
          shipDate: "2026-01-01T00:00:00Z",
          orderItems: [],
        },
      },
    });
    expect(again.response.status).toBe(400);
    await sim.clock.advance(60_000);
    const open = sim.state.groupsOf(US).find((g) => g.processingStatus === "Open")!;
    const report = sim.state.closeEventGroup(open.groupId);
    expect(report.processingStatus).toBe("DONE");
    expect(open.lines?.some((l) => l.orderId === order.orderId && l.amountDescription === "Principal")).toBe(
      true,
    );
  });
});
