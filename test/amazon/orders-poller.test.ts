import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { listOrders } from "../../src/amazon/orders/list-orders.js";
import { createOrderPoller, ORDERS_V0_RETIREMENT, orderCursorKey } from "../../src/amazon/orders/poller.js";
import type { AmazonOrder } from "../../src/amazon/orders/types.js";
import { createTokenBucketLimiter } from "../../src/core/rate-limiter.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { type AmazonSimulator, createAmazonSimulator } from "../../src/testing/amazon/simulator.js";
import type { SimOrder } from "../../src/testing/data/amazon-data.js";
import { createPrng } from "../../src/testing/data/prng.js";

const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";
const MIN = 60_000;

const sims: AmazonSimulator[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

function arrange(seed: number, orders = 40) {
  const sim = createAmazonSimulator({ seed, data: { orders, marketplaces: [US, CA] } });
  sims.push(sim);
  server.resetHandlers(...sim.handlers);
  const amazon = createSimulatorClient(sim, {
    limiter: createTokenBucketLimiter({ clock: sim.clock }),
    retry: createRetryPolicy(),
  });
  return { sim, amazon, storage: memoryStorage({ clock: sim.clock }) };
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
const isoS = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, "Z");

describe("order polling", () => {
  it("across 1,000 polls with random updates, every order version is reported once and none is missed", async () => {
    const { sim, amazon, storage } = arrange(31);
    const poller = createOrderPoller({
      amazon,
      storage,
      sellerId: sim.state.seller.sellerId,
      marketplaceIds: [US, CA],
      pageSize: 5,
      start: sim.clock.now() - 60 * MIN,
      clock: sim.clock,
    });
    const rng = createPrng(99);
    const latest = new Map<string, string>();
    const reported: AmazonOrder[] = [];
    const live = () => [...sim.state.orders.values()].filter((o) => o.status !== "Canceled");
    for (let i = 0; i < 1000; i++) {
      const updates = rng.int(0, 3);
      for (let u = 0; u < updates; u++) {
        await sim.clock.advance(rng.int(1, 90) * 1000);
        const pick = rng.int(0, 3);
        let order: SimOrder;
        if (pick === 0) {
          order = sim.state.addOrder({ marketplaceId: rng.chance(0.5) ? US : CA, status: "Pending" });
        } else {
          const candidates = live();
          const o = candidates[rng.int(0, candidates.length - 1)]!;
          const next =
            o.status === "Pending" ? "Unshipped" : o.status === "Unshipped" ? "Shipped" : undefined;
          order = next
            ? sim.state.updateOrder(o.orderId, { status: next })
            : sim.state.updateOrder(o.orderId, { refund: o.status === "Shipped" && rng.chance(0.3) });
        }
        // Amazon indexes some updates late: the change shows a LastUpdateDate up to four minutes back.
        if (rng.chance(0.2)) order.lastUpdateDate -= rng.int(1, 240) * 1000;
        latest.set(order.orderId, isoS(order.lastUpdateDate));
      }
      await sim.clock.advance(rng.int(1, 6) * MIN);
      const { orders } = await poller.poll();
      reported.push(...orders);
    }
    await sim.clock.advance(10 * MIN);
    reported.push(...(await poller.poll()).orders);

    const versions = reported.map((o) => `${o.orderId}@${o.lastUpdateDate}`);
    expect(new Set(versions).size).toBe(versions.length);
    const missed = [...latest].filter(([id, at]) => !versions.includes(`${id}@${at}`));
    expect(missed).toEqual([]);
    expect(latest.size).toBeGreaterThan(300);
    // Each reported version matches the order as Amazon holds it now, when it is the latest one.
    const byId = new Map(reported.map((o) => [o.orderId, o]));
    for (const [id, o] of byId) {
      const sim0 = sim.state.orders.get(id)!;
      expect(o.lastUpdateDate).toBe(isoS(sim0.lastUpdateDate));
    }
  }, 60_000);

  it("without overlap a late-indexed update is missed; with the overlap it is reported", async () => {
    for (const overlapMs of [0, 5 * MIN]) {
      const { sim, amazon, storage } = arrange(32, 10);
      const poller = createOrderPoller({
        amazon,
        storage,
        sellerId: sim.state.seller.sellerId,
        marketplaceIds: [US],
        overlapMs,
        clock: sim.clock,
      });
      await poller.poll();
      const mark = Date.parse((await poller.watermarks())[US]!);
      await sim.clock.advance(3 * MIN);
      const order = sim.state.addOrder({ marketplaceId: US });
      // Visible only now, but stamped 30 s before the last poll's watermark.
      order.lastUpdateDate = mark - 30_000;
      await sim.clock.advance(3 * MIN);
      const { orders } = await poller.poll();
      expect(orders.some((o) => o.orderId === order.orderId)).toBe(overlapMs > 0);
    }
  });

  it("reports an order again when it changes, not when it is only re-read in the overlap", async () => {
    const { sim, amazon, storage } = arrange(33, 10);
    const poller = createOrderPoller({
      amazon,
      storage,
      sellerId: sim.state.seller.sellerId,
      marketplaceIds: [US],
      clock: sim.clock,
    });
    await poller.poll();
    const order = sim.state.addOrder({ marketplaceId: US, status: "Unshipped" });
    await sim.clock.advance(3 * MIN);
    expect((await poller.poll()).orders.map((o) => o.orderId)).toEqual([order.orderId]);
    await sim.clock.advance(MIN);
    // Still inside the 5-minute overlap: read again, not reported.
    expect((await poller.poll()).orders).toEqual([]);
    sim.state.updateOrder(order.orderId, { status: "Shipped" });
    await sim.clock.advance(3 * MIN);
    const again = (await poller.poll()).orders;
    expect(again.map((o) => [o.orderId, o.status])).toEqual([[order.orderId, "SHIPPED"]]);
  });

  it("a poll that fails mid-way (or whose handler throws) moves no watermark, and the next poll re-reads", async () => {
    const { sim, amazon, storage } = arrange(34, 10);
    const poller = createOrderPoller({
      amazon,
      storage,
      sellerId: sim.state.seller.sellerId,
      marketplaceIds: [US],
      pageSize: 2,
      clock: sim.clock,
    });
    await poller.poll();
    const before = await storage.cursors.get(orderCursorKey(sim.state.seller.sellerId, US));
    const added = [1, 2, 3, 4, 5].map(() => sim.state.addOrder({ marketplaceId: US }));
    await sim.clock.advance(3 * MIN);
    await expect(poller.poll(() => Promise.reject(new Error("D365 down")))).rejects.toThrow("D365 down");
    // A 400 on the second page (a refused token) aborts the poll.
    let calls = 0;
    const { http, HttpResponse } = await import("msw");
    server.use(
      http.get("https://sellingpartnerapi-na.amazon.com/orders/2026-01-01/orders", ({ request }) => {
        if (!new URL(request.url).searchParams.has("paginationToken")) return undefined;
        calls++;
        return HttpResponse.json(
          { errors: [{ code: "InvalidInput", message: "Invalid paginationToken" }] },
          { status: 400 },
        );
      }),
    );
    await expect(poller.poll()).rejects.toMatchObject({ name: "AmazonApiError", status: 400 });
    expect(calls).toBe(1);
    server.resetHandlers(...sim.handlers);
    expect(await storage.cursors.get(orderCursorKey(sim.state.seller.sellerId, US))).toEqual(before);
    const { orders } = await poller.poll();
    expect(orders.map((o) => o.orderId).sort()).toEqual(added.map((o) => o.orderId).sort());
  });

  it("two pollers of one seller polling at once both succeed, and the later watermark stays (regression)", async () => {
    const { sim, amazon, storage } = arrange(36, 10);
    const sellerId = sim.state.seller.sellerId;
    const key = orderCursorKey(sellerId, US);
    const make = () =>
      createOrderPoller({ amazon, storage, sellerId, marketplaceIds: [US], clock: sim.clock });
    const [a, b] = [make(), make()];
    await a.poll();
    const stored = async () => {
      const entry = (await storage.cursors.get(key))!;
      return {
        version: entry.version,
        watermark: isoS((JSON.parse(entry.value) as { watermark: number }).watermark),
      };
    };
    /** Starts a poll whose handler waits to be released; resolves once the poll is in its handler. */
    const gated = async (poller: typeof a) => {
      let entered!: () => void;
      const inHandler = new Promise<void>((r) => {
        entered = r;
      });
      let release!: () => void;
      const gate = new Promise<void>((r) => {
        release = r;
      });
      const result = poller.poll(async () => {
        entered();
        await gate;
      });
      await inHandler;
      return { result, release };
    };

    // Each round: a new order, then `early` and, two minutes later, `late` poll from the same
    // watermark; `first` stores its watermark before the other's compare-and-set.
    const round = async (first: "early" | "late") => {
      sim.state.addOrder({ marketplaceId: US });
      await sim.clock.advance(3 * MIN);
      const early = await gated(a);
      await sim.clock.advance(2 * MIN);
      const late = await gated(b);
      const [one, two] = first === "early" ? [early, late] : [late, early];
      one.release();
      await one.result;
      two.release();
      await two.result;
      return { early: await early.result, late: await late.result };
    };

    const v0 = (await stored()).version;
    // The earlier poll stores first; the later one meets a conflict and moves the watermark on.
    const r1 = await round("early");
    expect(r1.early.orders).toHaveLength(1);
    expect(r1.late.orders).toHaveLength(1);
    expect(await stored()).toEqual({ version: v0 + 2, watermark: r1.late.watermark[US] });
    expect(Date.parse(r1.early.watermark[US]!)).toBeLessThan(Date.parse(r1.late.watermark[US]!));
    // The later poll stores first; the earlier one meets a conflict and keeps the later watermark.
    const r2 = await round("late");
    expect(r2.early.watermark[US]).toBe(r2.late.watermark[US]);
    expect(await stored()).toEqual({ version: v0 + 3, watermark: r2.late.watermark[US] });
    // Nothing was lost or left behind: the next poll reports nothing new.
    await sim.clock.advance(3 * MIN);
    expect((await a.poll()).orders).toHaveLength(0);
  });

  it("one listing serves marketplaces that share a watermark, with marketplaceIds on every call", async () => {
    const { sim, amazon, storage } = arrange(35, 20);
    const poller = createOrderPoller({
      amazon,
      storage,
      sellerId: sim.state.seller.sellerId,
      marketplaceIds: [US, CA],
      pageSize: 3,
      start: sim.clock.now() - 40 * 86_400_000,
      clock: sim.clock,
    });
    const seen: string[] = [];
    server.events.on("request:start", ({ request }) => {
      if (request.url.includes("/orders/2026-01-01/orders")) seen.push(request.url);
    });
    const { orders, pages } = await poller.poll();
    server.events.removeAllListeners();
    expect(orders.length).toBe(sim.state.orders.size);
    expect(pages).toBe(Math.ceil(sim.state.orders.size / 3));
    expect(seen).toHaveLength(pages);
    for (const url of seen) expect(new URL(url).searchParams.get("marketplaceIds")).toBe(`${US},${CA}`);
    expect(new URL(seen[0]!).searchParams.get("includedData")).toBe("PROCEEDS,FULFILLMENT,PROMOTION");
  });
});

describe("v0 and 2026-01-01", () => {
  it("give the same normalized orders", async () => {
    const { sim, amazon } = arrange(36, 30);
    for (const o of [...sim.state.orders.values()].filter((o) => o.status === "Shipped").slice(0, 3)) {
      sim.state.updateOrder(o.orderId, { refund: true });
    }
    const window = { marketplaceIds: [US, CA], createdAfter: sim.clock.now() - 40 * 86_400_000, pageSize: 7 };
    const collect = async (api: "v0" | "2026-01-01") => {
      const out: AmazonOrder[] = [];
      for await (const o of listOrders(amazon, { ...window, api })) out.push(o);
      return out.sort((a, b) => a.orderId.localeCompare(b.orderId));
    };
    const v2026 = await collect("2026-01-01");
    const v0 = await collect("v0");
    expect(v2026).toHaveLength(sim.state.orders.size);
    expect(plain(v0)).toEqual(plain(v2026));
    const sample = v2026.find((o) => o.items.some((i) => !i.discount.isZero())) ?? v2026[0]!;
    const simOrder = sim.state.orders.get(sample.orderId)!;
    expect(sample.currency).toBe(simOrder.currency);
    expect(sample.items.map((i) => i.sku)).toEqual(simOrder.items.map((i) => i.sku));
    expect(sample.buyer).toBeUndefined();
  });

  it("buyer PII only with the opt-in: includedData on 2026-01-01, an RDT on v0", async () => {
    const { sim } = arrange(37, 8);
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
      tokens: lwa.withRestrictedData({ pii: true, path: "template" }),
      clock: sim.clock,
      limiter: createTokenBucketLimiter({ clock: sim.clock }),
    });
    const window = { marketplaceIds: [US], createdAfter: sim.clock.now() - 40 * 86_400_000 };
    const read = async (api: "v0" | "2026-01-01", pii: boolean) => {
      const out: AmazonOrder[] = [];
      for await (const o of listOrders(amazon, { ...window, api, pii })) out.push(o);
      return out.find((o) => o.status === "SHIPPED")!;
    };
    const rdtBefore = sim.state.counters.rdtIssued;
    expect((await read("v0", false)).buyer).toBeUndefined();
    expect((await read("2026-01-01", false)).buyer).toBeUndefined();
    expect(sim.state.counters.rdtIssued).toBe(rdtBefore);
    const v0 = await read("v0", true);
    expect(sim.state.counters.rdtIssued).toBeGreaterThan(rdtBefore);
    const v2026 = await read("2026-01-01", true);
    const simOrder = sim.state.orders.get(v0.orderId)!;
    expect(v0.buyer?.email).toBe(simOrder.buyer.email);
    expect(v2026.buyer?.email).toBe(simOrder.buyer.email);
    expect(v0.shippingAddress?.city).toBe(simOrder.shippingAddress.city);
    expect(plain(v0)).toEqual(plain(v2026));
  });

  it("v0 polls warn of the retirement, and fail typed once 2027-03-27 has come", async () => {
    const { sim, amazon, storage } = arrange(38, 5);
    const warnings: string[] = [];
    const poller = createOrderPoller({
      amazon,
      storage,
      sellerId: sim.state.seller.sellerId,
      marketplaceIds: [US],
      api: "v0",
      clock: sim.clock,
      logger: { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} },
    });
    await poller.poll();
    await poller.poll();
    expect(warnings.filter((w) => w.includes("retires on 2027-03-27"))).toHaveLength(1);
    await sim.clock.set(ORDERS_V0_RETIREMENT);
    await expect(poller.poll()).rejects.toMatchObject({ code: "ORDERS_V0_RETIRED" });
  });
});
