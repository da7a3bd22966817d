import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMemoryAuditSink } from "../../src/core/audit.js";
import { isConnectorError } from "../../src/core/errors.js";
import { createTokenBucketLimiter } from "../../src/core/rate-limiter.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

// Issue "Resilience and storage": the connector never sends what the published usage plan would
// refuse, and under storms every call ends in success or a typed error, within the retry budget.

const sim = createAmazonSimulator({ seed: 5, data: { orders: 60 } });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  sim.state.faults.clear();
  sim.state.usagePlans.reset();
});
afterAll(() => server.close());

// Orders on the NA host only: an order of another region is invisible there.
const orderIds = () =>
  [...sim.state.orders.values()].filter((o) => o.marketplaceId === "ATVPDKIKX0DER").map((o) => o.orderId);

describe("pacing inside the usage plan", () => {
  it("sends 500 getOrderItems calls (rate 0.5, burst 30) with zero 429s, within 5% of the floor", async () => {
    const amazon = createSimulatorClient(sim, {
      limiter: createTokenBucketLimiter({ clock: sim.clock }),
      retry: createRetryPolicy(),
    });
    const ids = orderIds();
    const before = sim.state.calls.length;
    const started = sim.clock.now();
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        amazon.ordersV0.GET("/orders/v0/orders/{orderId}/orderItems", {
          params: { path: { orderId: ids[i % ids.length]! } },
        }),
      ),
    );
    const elapsedS = (sim.clock.now() - started) / 1000;
    const calls = sim.state.calls.slice(before).filter((c) => c.operationId === "getOrderItems");
    const floorS = (500 - 30) / 0.5; // the burst at once, then one call per 1/rate seconds
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(calls.filter((c) => c.status === 429)).toHaveLength(0);
    expect(calls).toHaveLength(500);
    expect(elapsedS).toBeGreaterThanOrEqual(floorS);
    expect(elapsedS).toBeLessThanOrEqual(floorS * 1.05);
  });
});

describe("storms", () => {
  it("under a 429 storm (every second call) plus 10% 503s, every call completes or fails typed, within budget", async () => {
    let n = 0;
    server.use(
      http.all("https://sellingpartnerapi-na.amazon.com/orders/v0/orders/:id/orderItems", () => {
        n += 1;
        if (n % 2 === 0) {
          return HttpResponse.json(
            {
              errors: [
                { code: "QuotaExceeded", message: "You exceeded your quota for the requested resource." },
              ],
            },
            { status: 429, headers: { "x-amzn-RequestId": `storm-${n}` } },
          );
        }
        return undefined; // fall through to the simulator
      }),
    );
    sim.state.faults.set("getOrderItems", { error503Rate: 0.1 });
    const budget = { initial: 20, ratio: 0.5, max: 40 };
    const retry = createRetryPolicy({ maxAttempts: 6, budget });
    const audit = createMemoryAuditSink({ now: sim.clock.now });
    const amazon = createSimulatorClient(sim, {
      limiter: createTokenBucketLimiter({ clock: sim.clock }),
      retry,
      audit,
    });
    const ids = orderIds();
    const N = 200;
    const outcomes = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        amazon.ordersV0
          .GET("/orders/v0/orders/{orderId}/orderItems", {
            params: { path: { orderId: ids[i % ids.length]! } },
          })
          .then(
            (r) => (r.response.status === 200 ? "ok" : `status-${r.response.status}`),
            (e: unknown) => (isConnectorError(e) ? e.name : "untyped"),
          ),
      ),
    );
    const counts = outcomes.reduce<Record<string, number>>((acc, o) => {
      acc[o] = (acc[o] ?? 0) + 1;
      return acc;
    }, {});
    expect(Object.keys(counts).every((k) => ["ok", "ThrottledError", "AmazonApiError"].includes(k))).toBe(
      true,
    );
    expect(counts.ok ?? 0).toBeGreaterThan(0);
    // Never more retries than the budget could pay for: initial + ratio per call.
    expect(retry.retries).toBeLessThanOrEqual(budget.initial + budget.ratio * N);
    // One audit record per call, each with request ids.
    const calls = audit.calls();
    expect(calls).toHaveLength(N);
    expect(calls.every((c) => c.requestIds?.requestId)).toBe(true);
  });
});
