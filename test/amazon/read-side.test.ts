/**
 * The read side end to end, as a host wires it: LWA tokens, the usage-plan limiter and the retry
 * policy in the pipeline, against a simulator that fails some calls (500, 503, dropped connections).
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { listFinancialEventGroups } from "../../src/amazon/finances/finances.js";
import { createOrderPoller, type OrderPollResult } from "../../src/amazon/orders/poller.js";
import type { AmazonOrder, OrdersApiVersion } from "../../src/amazon/orders/types.js";
import { syncSettlements } from "../../src/amazon/reports/settlements.js";
import { createTokenBucketLimiter } from "../../src/core/rate-limiter.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";
import type { SimOrder } from "../../src/testing/data/amazon-data.js";
import { createPrng } from "../../src/testing/data/prng.js";

const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";
const MIN = 60_000;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

function arrange(seed: number) {
  const sim = createAmazonSimulator({ seed, data: { orders: 30, marketplaces: [US, CA] } });
  server.resetHandlers(...sim.handlers);
  const seller = sim.state.seller;
  const lwa = lwaTokenProvider({
    clientId: seller.clientId,
    clientSecret: seller.clientSecret,
    refreshToken: seller.refreshToken,
    clock: sim.clock,
  });
  const amazon = createSpApiClient({
    region: "na",
    sellerId: seller.sellerId,
    tokens: lwa.withRestrictedData({ pii: false }),
    clock: sim.clock,
    limiter: createTokenBucketLimiter({ clock: sim.clock }),
    retry: createRetryPolicy(),
  });
  return { sim, amazon, storage: memoryStorage({ clock: sim.clock }), sellerId: seller.sellerId };
}

const isoS = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, "Z");

describe.each<OrdersApiVersion>(["2026-01-01", "v0"])("read side through the full pipeline (%s)", (api) => {
  it("polls through faults without missing or repeating an order version, and without a 429", async () => {
    const { sim, amazon, storage, sellerId } = arrange(api === "v0" ? 81 : 82);
    sim.state.faults.set("*", { error500Rate: 0.05, error503Rate: 0.05, timeoutRate: 0.03 });
    const poller = createOrderPoller({
      amazon,
      storage,
      sellerId,
      marketplaceIds: [US, CA],
      api,
      pageSize: 4,
      start: sim.clock.now() - 60 * MIN,
      clock: sim.clock,
    });
    const rng = createPrng(7);
    const latest = new Map<string, string>();
    const reported: AmazonOrder[] = [];
    for (let i = 0; i < 150; i++) {
      for (let u = rng.int(0, 3); u > 0; u--) {
        await sim.clock.advance(rng.int(1, 60) * 1000);
        let order: SimOrder;
        if (rng.chance(0.4)) order = sim.state.addOrder({ marketplaceId: rng.chance(0.5) ? US : CA });
        else {
          const open = [...sim.state.orders.values()].filter(
            (o) => o.status === "Unshipped" || o.status === "Pending",
          );
          const o = open[rng.int(0, open.length - 1)];
          order = o
            ? sim.state.updateOrder(o.orderId, { status: o.status === "Pending" ? "Unshipped" : "Shipped" })
            : sim.state.addOrder({ marketplaceId: US });
        }
        latest.set(order.orderId, isoS(order.lastUpdateDate));
      }
      await sim.clock.advance(rng.int(2, 8) * MIN);
      reported.push(...(await poller.poll()).orders);
    }
    await sim.clock.advance(10 * MIN);
    reported.push(...(await poller.poll()).orders);
    const versions = reported.map((o) => `${o.orderId}@${o.lastUpdateDate}`);
    expect(new Set(versions).size).toBe(versions.length);
    expect([...latest].filter(([id, at]) => !versions.includes(`${id}@${at}`))).toEqual([]);
    const outcomes = sim.state.calls.map((c) => c.outcome);
    expect(outcomes.filter((o) => o.startsWith("fault")).length).toBeGreaterThan(5);
    expect(outcomes.filter((o) => o === "throttled")).toEqual([]);
  }, 60_000);
});

describe("read side through the full pipeline", () => {
  it("two pollers sharing a watermark: both save (the later watermark stays), and nothing moves backwards", async () => {
    const { sim, amazon, storage, sellerId } = arrange(83);
    const make = () =>
      createOrderPoller({
        amazon,
        storage,
        sellerId,
        marketplaceIds: [US],
        clock: sim.clock,
        start: sim.clock.now() - 60 * MIN,
      });
    const [a, b] = [make(), make()];
    await a.poll();
    await sim.clock.advance(5 * MIN);
    sim.state.addOrder({ marketplaceId: US });
    await sim.clock.advance(5 * MIN);
    const results = await Promise.allSettled([a.poll(), b.poll()]);
    // The second compare-and-set meets the first's write and keeps the later watermark rather
    // than failing a poll whose orders were all handed over.
    expect(results.map((r) => (r.status === "rejected" ? r.reason : "ok"))).toEqual(["ok", "ok"]);
    const [ra, rb] = results.map((r) => (r as PromiseFulfilledResult<OrderPollResult>).value);
    const mark = (await a.watermarks())[US]!;
    expect([ra!.watermark[US], rb!.watermark[US]]).toEqual([mark, mark]);
    expect(Date.parse(mark)).toBeGreaterThan(sim.clock.now() - 3 * MIN);
  });

  it("settlements and event groups read through faults", async () => {
    const { sim, amazon, storage, sellerId } = arrange(84);
    sim.state.faults.set("*", { error500Rate: 0.1, error503Rate: 0.1 });
    const { settlements } = await syncSettlements({
      amazon,
      storage,
      sellerId,
      clock: sim.clock,
      pageSize: 1,
    });
    expect(settlements).toHaveLength(
      sim.state.eventGroups.filter((g) => g.processingStatus === "Closed").length,
    );
    const groups = [];
    for await (const g of listFinancialEventGroups(amazon, {
      startedAfter: sim.clock.now() - 90 * 86_400_000,
      pageSize: 1,
      clock: sim.clock,
    }))
      groups.push(g);
    expect(groups).toHaveLength(sim.state.eventGroups.length);
  });
});
