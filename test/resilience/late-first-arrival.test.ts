/**
 * Defect: with three processes sharing one bucket at a scaled plan (5/s, burst 30), a busy machine
 * got one stray 429 per run. Traced: the burst's requests reached the simulator 0.4–0.9 s after
 * their takes (the receiving side's event loop behind), so Amazon's bucket started refilling then;
 * the limiter assumed `marginMs` (150 ms) and refilled up to 0.75 s (3.7 tokens) ahead. The
 * requests sent after the burst arrived in 20–40 ms and met an empty bucket.
 *
 * Here, on the simulated clock, every request sent in the first 300 ms of the run takes 700 ms to
 * reach the simulator and every later one 20 ms: the send delay of the burst is far beyond
 * `marginMs`. The limiter must hold the refill until a request taken under the hold is answered.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setupServer } from "msw/node";
import { afterAll, describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { createSimulatedClock } from "../../src/core/clock.js";
import type { CallContext } from "../../src/core/pipeline.js";
import {
  type BucketStore,
  createMemoryBucketStore,
  createTokenBucketLimiter,
  storageBucketStore,
  THROTTLE_META,
  type ThrottleRun,
} from "../../src/core/rate-limiter.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import type { StorageAdapter } from "../../src/core/storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const dir = mkdtempSync(path.join(tmpdir(), "mlc-late-first-arrival-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CALLS = 100;
const PLAN = { rate: 5, burst: 30 };
const FLOOR_MS = ((CALLS - PLAN.burst) / PLAN.rate) * 1000;
const SLOW_UNTIL_MS = 300;
const SLOW_MS = 700;
const FAST_MS = 20;

/** 100 concurrent getOrderItems over one client per store; the burst reaches the simulator late. */
async function drain(stores: readonly BucketStore[]) {
  const sim = createAmazonSimulator({
    seed: 5,
    data: { orders: 60 },
    usagePlans: { getOrderItems: PLAN },
  });
  const server = setupServer(...sim.handlers);
  server.listen({ onUnhandledRequest: "error" });
  try {
    const seller = sim.state.seller;
    let start = Number.NaN;
    const late = async (request: Request) => {
      const elapsed = sim.clock.now() - start;
      await sim.clock.sleep(elapsed < SLOW_UNTIL_MS ? SLOW_MS : FAST_MS);
      return globalThis.fetch(request);
    };
    // The access token is there before the run: the delay under test is the SP-API request's.
    const clients = stores.map((store) =>
      createSpApiClient({
        region: "na",
        sellerId: seller.sellerId,
        clock: sim.clock,
        fetch: late,
        tokens: lwaTokenProvider({ ...seller, clock: sim.clock }),
        limiter: createTokenBucketLimiter({ clock: sim.clock, store, plans: { getOrderItems: PLAN } }),
        retry: createRetryPolicy(),
      }),
    );
    const ids = [...sim.state.orders.values()]
      .filter((o) => o.marketplaceId === "ATVPDKIKX0DER")
      .map((o) => o.orderId);
    const call = (i: number) =>
      clients[i % clients.length]!.ordersV0.GET("/orders/v0/orders/{orderId}/orderItems", {
        params: { path: { orderId: ids[i % ids.length]! } },
      });
    // Warm each client's access token with one call each, at the fast latency, then wait for the
    // bucket to be full again so the run starts from a full burst.
    start = Number.NEGATIVE_INFINITY;
    await Promise.all(clients.map((_, i) => call(i)));
    await sim.clock.sleep(10_000);
    start = sim.clock.now();
    const before = sim.state.calls.length;
    const results = await Promise.all(Array.from({ length: CALLS }, (_, i) => call(i)));
    const calls = sim.state.calls.slice(before).filter((c) => c.operationId === "getOrderItems");
    const accepted = calls.filter((c) => c.status === 200).map((c) => c.at);
    return {
      ok: results.filter((r) => r.response.status === 200).length,
      throttled: calls.filter((c) => c.status === 429).length,
      drainMs: Math.max(...accepted) - Math.min(...accepted),
    };
  } finally {
    server.close();
  }
}

async function expectNoThrottling(stores: readonly BucketStore[]) {
  const r = await drain(stores);
  expect(r.ok).toBe(CALLS);
  expect(r.throttled).toBe(0);
  expect(r.drainMs).toBeGreaterThanOrEqual(FLOOR_MS);
  // The refill starts at the first answer: the burst's 700 ms way in, paid once.
  expect(r.drainMs).toBeLessThanOrEqual(FLOOR_MS * 1.02);
}

describe("a burst that reaches Amazon later than marginMs", () => {
  it("three limiters on one memory bucket (one-step take) get zero 429s", async () => {
    const shared = createMemoryBucketStore();
    await expectNoThrottling([shared, shared, shared]);
  });

  it("three limiters sharing one SQLite file (take through update) get zero 429s", async () => {
    const file = path.join(dir, "shared.sqlite");
    const adapters: StorageAdapter[] = [1, 2, 3].map(() => sqliteStorage({ path: file }));
    try {
      for (const a of adapters) await a.migrate();
      await expectNoThrottling(adapters.map((a) => storageBucketStore(a.rateLimits)));
    } finally {
      for (const a of adapters) await a.close();
    }
  });

  it("a request never answered holds the refill no longer than maxHoldMs", async () => {
    const clock = createSimulatedClock({ start: 0 });
    const limiter = createTokenBucketLimiter({ clock, maxHoldMs: 1_000 });
    const plan = { rate: 5, burst: 1 };
    const middleware = limiter.middleware();
    const sent: number[] = [];
    const meta = new Map<string, unknown>();
    const ctx = { partition: "p", meta } as unknown as CallContext;
    const send = async () => {
      // The layer leaves its pacing function in the context, as the pipeline's last step finds it.
      await middleware(new Request("https://example.test/a"), ctx, async () => new Response(null));
      const run = meta.get(THROTTLE_META) as ThrottleRun;
      const op = { api: "a", operationId: "op", rate: plan.rate, burst: plan.burst };
      return run(op as never, async () => {
        sent.push(clock.now());
        // Never answered within the run: the send fails after 5 s.
        await clock.sleep(5_000);
        throw new Error("timed out");
      });
    };
    await Promise.all([send().catch(() => {}), send().catch(() => {})]);
    // The second waits for the hold's bound (1 s) and one token period (200 ms), not 5 s.
    expect(sent).toEqual([0, 1_200]);
  });
});
