/**
 * A usage plan given to the limiter (`plans`) paces from the first call; without it the limiter
 * runs at the published plan until the first answer's `x-amzn-RateLimit-Limit` tells it otherwise.
 * Every request reaches the simulator 1 s after it is sent, so the learning takes a second.
 */
import { setupServer } from "msw/node";
import { describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { isConnectorError } from "../../src/core/errors.js";
import { createTokenBucketLimiter } from "../../src/core/rate-limiter.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const CALLS = 100;
const RAISED = { rate: 5, burst: 30 };
const FLOOR_MS = ((CALLS - RAISED.burst) / RAISED.rate) * 1000;

async function drain(plans?: Record<string, { rate: number; burst: number }>) {
  const sim = createAmazonSimulator({
    seed: 11,
    data: { orders: 60 },
    usagePlans: { getOrderItems: RAISED },
  });
  const server = setupServer(...sim.handlers);
  server.listen({ onUnhandledRequest: "error" });
  try {
    const seller = sim.state.seller;
    const late = async (request: Request) => {
      await sim.clock.sleep(1_000);
      return globalThis.fetch(request);
    };
    const client = createSpApiClient({
      region: "na",
      sellerId: seller.sellerId,
      clock: sim.clock,
      fetch: late,
      tokens: lwaTokenProvider({ ...seller, clock: sim.clock, fetch: late }),
      limiter: createTokenBucketLimiter({ clock: sim.clock, ...(plans ? { plans } : {}) }),
      retry: createRetryPolicy(),
    });
    const ids = [...sim.state.orders.values()]
      .filter((o) => o.marketplaceId === "ATVPDKIKX0DER")
      .map((o) => o.orderId);
    const results = await Promise.all(
      Array.from({ length: CALLS }, (_, i) =>
        client.ordersV0.GET("/orders/v0/orders/{orderId}/orderItems", {
          params: { path: { orderId: ids[i % ids.length]! } },
        }),
      ),
    );
    const calls = sim.state.calls.filter((c) => c.operationId === "getOrderItems");
    const accepted = calls.filter((c) => c.status === 200).map((c) => c.at);
    return {
      ok: results.filter((r) => r.response.status === 200).length,
      throttled: calls.length - accepted.length,
      drainMs: Math.max(...accepted) - Math.min(...accepted),
    };
  } finally {
    server.close();
  }
}

describe("usage plans given to the limiter", () => {
  it("a raised plan given as `plans` drains at its floor from the first call, with no 429", async () => {
    const r = await drain({ getOrderItems: RAISED });
    expect(r.ok).toBe(CALLS);
    expect(r.throttled).toBe(0);
    expect(r.drainMs).toBeGreaterThanOrEqual(FLOOR_MS);
    // The floor plus the refill hold-back, paid once per drained burst: the refill starts when the
    // first answer is back, here the burst's 1 s way in (the answer's way back is instant).
    expect(r.drainMs).toBeLessThanOrEqual(FLOOR_MS + 1_000);
  });

  it("without it the limiter refills at the published 0.5/s until the first answer: slower, still no 429", async () => {
    const r = await drain();
    expect(r.ok).toBe(CALLS);
    expect(r.throttled).toBe(0);
    expect(r.drainMs).toBeGreaterThan(FLOOR_MS * 1.03);
  });

  it("refuses a plan that is not a usage plan, naming the operation", () => {
    let error: unknown;
    try {
      createTokenBucketLimiter({ plans: { getOrderItems: { rate: 0, burst: 30 } } });
    } catch (e) {
      error = e;
    }
    expect(isConnectorError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/plans\.getOrderItems\.rate/);
  });
});
