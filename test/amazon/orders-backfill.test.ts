import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillOrders, estimateOrderBackfill } from "../../src/amazon/orders/backfill.js";
import { listOrders } from "../../src/amazon/orders/list-orders.js";
import { parseOrdersReport } from "../../src/amazon/orders/orders-report.js";
import type { AmazonOrder } from "../../src/amazon/orders/types.js";
import type { LogFields, Logger } from "../../src/core/logger.js";
import { createTokenBucketLimiter } from "../../src/core/rate-limiter.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";
const DAY = 86_400_000;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

function arrange(orders: number, marketplaces = [US]) {
  const sim = createAmazonSimulator({ seed: 41, data: { orders, marketplaces } });
  server.resetHandlers(...sim.handlers);
  const amazon = createSimulatorClient(sim, {
    limiter: createTokenBucketLimiter({ clock: sim.clock }),
    retry: createRetryPolicy(),
  });
  const logs: { message: string; fields: LogFields | undefined }[] = [];
  const log = (message: string, fields?: LogFields) => logs.push({ message, fields });
  const logger: Logger = { debug: log, info: log, warn: log, error: log };
  return { sim, amazon, logs, logger };
}

/** What the flat file cannot carry: item ids and shipped quantities. */
const comparable = (o: AmazonOrder) =>
  JSON.parse(
    JSON.stringify({
      ...o,
      items: o.items.map((i) => ({ ...i, orderItemId: undefined, quantityShipped: undefined })),
    }),
  ) as unknown;

describe("order backfill", () => {
  it("estimates both paths from the generated usage plans", () => {
    const big = estimateOrderBackfill({ orders: 50_000, rangeMs: 30 * DAY });
    expect(big.choice).toBe("report");
    expect(big.searchOrders.calls).toBe(500);
    // (500 pages − burst 20) / 0.0056 requests/s
    expect(big.searchOrders.floorMs).toBe(Math.ceil((480 / 0.0056) * 1000));
    expect(big.report.totalMs).toBeLessThan(big.searchOrders.floorMs / 100);
    const small = estimateOrderBackfill({ orders: 1_500, rangeMs: 30 * DAY });
    expect(small.choice).toBe("searchOrders");
    expect(small.searchOrders.floorMs).toBe(0);
  });

  it("50,000 orders over 30 days take the report path, far below the searchOrders paging floor", async () => {
    const { sim, amazon, logs, logger } = arrange(50_000);
    const now = sim.clock.now();
    const result = await backfillOrders({
      amazon,
      from: now - 30 * DAY,
      to: now - 5 * 60_000,
      marketplaceIds: [US],
      clock: sim.clock,
      logger,
    });
    expect(result.path).toBe("report");
    const inRange = [...sim.state.orders.values()].filter(
      (o) => o.lastUpdateDate >= now - 30 * DAY && o.lastUpdateDate <= now - 5 * 60_000,
    );
    expect(inRange.length).toBeGreaterThan(49_900);
    expect(result.orders.map((o) => o.orderId).sort()).toEqual(inRange.map((o) => o.orderId).sort());
    expect(result.estimate?.choice).toBe("report");
    const floor = estimateOrderBackfill({ orders: inRange.length, rangeMs: 30 * DAY }).searchOrders.floorMs;
    expect(floor).toBeGreaterThan(23 * 3_600_000);
    expect(result.elapsedMs).toBeLessThan(floor / 100);
    const choice = logs.find((l) => l.message.includes("takes the orders report path"));
    expect(choice?.fields).toMatchObject({ path: "report" });
    expect(sim.state.calls.filter((c) => c.operationId === "searchOrders")).toHaveLength(1);
    expect(sim.state.calls.filter((c) => c.operationId === "createReport")).toHaveLength(1);

    // The report's orders equal searchOrders' for the same orders (item ids aside).
    const sample = new Set(result.orders.slice(0, 40).map((o) => o.orderId));
    const fromApi: AmazonOrder[] = [];
    for await (const o of listOrders(amazon, {
      marketplaceIds: [US],
      lastUpdatedAfter: Date.parse(result.orders[0]!.lastUpdateDate),
      lastUpdatedBefore: Date.parse(result.orders[39]!.lastUpdateDate),
    })) {
      if (sample.has(o.orderId)) fromApi.push(o);
    }
    expect(fromApi.length).toBeGreaterThan(30);
    const byId = new Map(result.orders.map((o) => [o.orderId, o]));
    for (const o of fromApi) expect(comparable(byId.get(o.orderId)!)).toEqual(comparable(o));
  }, 400_000);

  it("a range whose orders fit one searchOrders page is read from that page", async () => {
    const { sim, amazon, logs, logger } = arrange(60, [US, CA]);
    const now = sim.clock.now();
    const result = await backfillOrders({
      amazon,
      from: now - 31 * DAY,
      to: now - 5 * 60_000,
      marketplaceIds: [US, CA],
      clock: sim.clock,
      logger,
    });
    expect(result.path).toBe("searchOrders");
    expect(result.orders).toHaveLength(60);
    expect(logs.some((l) => l.message.includes("one searchOrders page"))).toBe(true);
  });

  it("a few hundred orders page searchOrders on from the probe, without losing or repeating one", async () => {
    const { sim, amazon, logs, logger } = arrange(450);
    const now = sim.clock.now();
    const result = await backfillOrders({
      amazon,
      from: now - 31 * DAY,
      to: now - 5 * 60_000,
      marketplaceIds: [US],
      clock: sim.clock,
      logger,
    });
    expect(result.path).toBe("searchOrders");
    expect(result.estimate?.orders).toBeGreaterThan(300);
    expect(new Set(result.orders.map((o) => o.orderId)).size).toBe(450);
    expect(result.orders).toHaveLength(450);
    expect(logs.find((l) => l.message.includes("takes the searchOrders path"))).toBeDefined();
  });

  it("reads the orders flat file: rows of one order collapse, amounts exact, bad values located", () => {
    const header =
      "amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\tsku\tasin\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\titem-promotion-discount\tship-promotion-discount\tpromotion-ids";
    const text = [
      header,
      "111-1\t\t2026-01-02T10:00:00+00:00\t2026-01-03T10:00:00+00:00\tShipped\tAmazon\tAmazon.de\tA\tB01\t2\tEUR\t39.98\t7.60\t4.99\t0.95\t\t\t-5.00\t\tPROMO1",
      "111-1\t\t2026-01-02T10:00:00+00:00\t2026-01-03T10:00:00+00:00\tShipped\tAmazon\tAmazon.de\tB\tB02\t1\tEUR\t0.10\t0.02\t0\t0\t\t\t\t\t",
      "222-2\t\t2026-01-02T11:00:00+00:00\t2026-01-02T11:05:00+00:00\tPending\tMerchant\tAmazon.de\tC\tB03\t1\t\t\t\t\t\t\t\t\t\t",
      "",
    ].join("\n");
    const [a, b] = parseOrdersReport(text);
    expect(a?.marketplaceId).toBe("A1PA6795UKMFR9");
    expect(a?.items).toHaveLength(2);
    expect(a?.items[0]?.discount.toString()).toBe("5.00");
    expect(a?.items[0]?.tax.toString()).toBe("8.55");
    expect(a?.total?.toString()).toBe("48.64");
    expect(a?.status).toBe("SHIPPED");
    expect(b).toMatchObject({
      status: "PENDING",
      fulfilledBy: "MERCHANT",
      currency: undefined,
      total: undefined,
    });
    const bad = text.replace("39.98", "39,98x");
    expect(() => parseOrdersReport(bad, { file: "doc-1" })).toThrow(/doc-1: line 2: item-price/);
  });
});
