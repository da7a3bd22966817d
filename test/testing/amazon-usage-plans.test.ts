import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { operations } from "../../generated/amazon/operations.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { createSimulatorClient, rawTokenProvider } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator, defaultSimSeller } from "../../src/testing/amazon/simulator.js";

const second = {
  ...defaultSimSeller,
  sellerId: "ASIMSELLER00002",
  refreshToken: "Atzr|IwEBISimulatedRefreshToken0000000000000000000000000000000002",
};
const sim = createAmazonSimulator({ seed: 5, sellers: [defaultSimSeller, second], data: { orders: 40 } });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(() => {
  sim.state.usagePlans.reset();
  sim.state.faults.clear();
  sim.state.rateLimitHeader = true;
  sim.state.enforceUsagePlans = true;
});

const amazon = createSimulatorClient(sim);
const getOrders = () =>
  amazon.ordersV0.GET("/orders/v0/orders", {
    params: { query: { MarketplaceIds: ["ATVPDKIKX0DER"], CreatedAfter: "2025-12-01T00:00:00Z" } },
  });
const plan = operations.find((o) => o.api === "ordersV0" && o.operationId === "getOrders")!;

describe("usage plans", () => {
  it("lets a burst through, then answers 429 QuotaExceeded until the bucket refills at the rate", async () => {
    expect(plan.burst).toBe(20);
    for (let i = 0; i < 20; i++) expect((await getOrders()).response.status).toBe(200);
    const throttled = await getOrders();
    expect(throttled.response.status).toBe(429);
    expect(throttled.error).toEqual({
      errors: [{ code: "QuotaExceeded", message: "You exceeded your quota for the requested resource." }],
    });
    expect(throttled.response.headers.get("x-amzn-RateLimit-Limit")).toBe("0.0167");
    await sim.clock.advance(Math.ceil(1000 / plan.rate!) - 100);
    expect((await getOrders()).response.status).toBe(429);
    await sim.clock.advance(200);
    expect((await getOrders()).response.status).toBe(200);
    expect(sim.state.calls.at(-1)).toMatchObject({ operationId: "getOrders", status: 200, outcome: "ok" });
  });

  it("keeps one bucket per seller and per operation", async () => {
    for (let i = 0; i < 20; i++) await getOrders();
    expect((await getOrders()).response.status).toBe(429);
    const other = createSimulatorClient(sim, { token: () => sim.state.issueAccessToken(second.sellerId) });
    const { response } = await other.ordersV0.GET("/orders/v0/orders", {
      params: { query: { MarketplaceIds: ["ATVPDKIKX0DER"], CreatedAfter: "2025-12-01T00:00:00Z" } },
    });
    expect(response.status).toBe(200);
    const { response: getOrder } = await amazon.ordersV0.GET("/orders/v0/orders/{orderId}", {
      params: { path: { orderId: "111-0000000-0000000" } },
    });
    expect(getOrder.status).toBe(404);
  });

  it("can leave x-amzn-RateLimit-Limit out, as live responses often do", async () => {
    expect((await getOrders()).response.headers.get("x-amzn-RateLimit-Limit")).toBe("0.0167");
    sim.state.rateLimitHeader = false;
    expect((await getOrders()).response.headers.has("x-amzn-RateLimit-Limit")).toBe(false);
    const quiet = createAmazonSimulator({ rateLimitHeader: false, data: { orders: 1 } });
    expect(quiet.state.rateLimitHeader).toBe(false);
  });

  it("can be switched off", async () => {
    sim.state.enforceUsagePlans = false;
    for (let i = 0; i < 30; i++) expect((await getOrders()).response.status).toBe(200);
  });

  it("runs an hour of paced calls in virtual time with the client's limiter", async () => {
    const paced = createSpApiClient({
      region: "na",
      clock: sim.clock,
      retry: false,
      tokens: rawTokenProvider(() => token),
      sellerId: "paced",
    });
    const token = sim.state.issueAccessToken();
    const start = sim.clock.now();
    for (let i = 0; i < 25; i++) {
      const { response } = await paced.ordersV0.GET("/orders/v0/orders", {
        params: { query: { MarketplaceIds: ["ATVPDKIKX0DER"], CreatedAfter: "2025-12-01T00:00:00Z" } },
      });
      expect(response.status).toBe(200);
    }
    // 20 from the burst, 5 more at one per ~60 s.
    expect(sim.clock.now() - start).toBeGreaterThanOrEqual(4 * 59_000);
  });
});

describe("fault injection", () => {
  it("answers 500 and 503 with Amazon's bodies at the configured rates", async () => {
    sim.state.faults.set("getOrders", { error500Rate: 1 });
    const a = await getOrders();
    expect(a.response.status).toBe(500);
    expect(a.error?.errors?.[0]?.code).toBe("InternalFailure");
    sim.state.faults.set("getOrders", { error503Rate: 1 });
    const b = await getOrders();
    expect(b.response.status).toBe(503);
    expect(b.error?.errors?.[0]?.code).toBe("ServiceUnavailable");
    sim.state.faults.clear("getOrders");
    sim.state.faults.set("*", { error500Rate: 0.5 });
    const statuses: number[] = [];
    sim.state.enforceUsagePlans = false;
    for (let i = 0; i < 200; i++) statuses.push((await getOrders()).response.status);
    const failed = statuses.filter((s) => s === 500).length;
    expect(failed).toBeGreaterThan(70);
    expect(failed).toBeLessThan(130);
  });

  it("fails a call as a network error for a timeout", async () => {
    sim.state.faults.set("getOrders", { timeoutRate: 1 });
    await expect(getOrders()).rejects.toThrow();
    expect(sim.state.calls.at(-1)).toMatchObject({ status: 0, outcome: "fault-timeout" });
  });

  it("forces a 429 storm of N calls whatever the bucket holds", async () => {
    sim.state.faults.set("getOrders", { storm429: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await getOrders()).response.status);
    expect(statuses).toEqual([429, 429, 429, 200]);
  });

  it("a retrying client rides out a storm and a 503", async () => {
    const token = sim.state.issueAccessToken();
    const resilient = createSpApiClient({
      region: "na",
      clock: sim.clock,
      tokens: rawTokenProvider(() => token),
      retry: createRetryPolicy(),
      sellerId: "resilient",
    });
    sim.state.faults.set("getOrders", { storm429: 2 });
    const before = sim.state.calls.length;
    const { response } = await resilient.ordersV0.GET("/orders/v0/orders", {
      params: { query: { MarketplaceIds: ["ATVPDKIKX0DER"], CreatedAfter: "2025-12-01T00:00:00Z" } },
    });
    expect(response.status).toBe(200);
    expect(sim.state.calls.slice(before).map((c) => c.status)).toEqual([429, 429, 200]);
  });

  it("a paced, retrying client pages every order through 500s, 503s and timeouts", async () => {
    const token = sim.state.issueAccessToken();
    const client = createSpApiClient({
      region: "na",
      clock: sim.clock,
      tokens: rawTokenProvider(() => token),
      retry: createRetryPolicy(),
      sellerId: "chaos",
    });
    sim.state.faults.set("searchOrders", { error500Rate: 0.15, error503Rate: 0.1, timeoutRate: 0.1 });
    const before = sim.state.calls.length;
    const seen: string[] = [];
    let paginationToken: string | undefined;
    do {
      const { data, response } = await client.orders.GET("/orders/2026-01-01/orders", {
        params: {
          query: paginationToken
            ? { marketplaceIds: ["ATVPDKIKX0DER"], paginationToken }
            : {
                marketplaceIds: ["ATVPDKIKX0DER"],
                createdAfter: "2025-11-01T00:00:00Z",
                maxResultsPerPage: 2,
              },
        },
      });
      expect(response.status).toBe(200);
      seen.push(...(data?.orders ?? []).map((o) => o.orderId));
      paginationToken = data?.pagination?.nextToken;
    } while (paginationToken);
    const expected = [...sim.state.orders.values()].filter(
      (o) => o.marketplaceId === "ATVPDKIKX0DER" && o.sellerId === defaultSimSeller.sellerId,
    );
    expect(seen.sort()).toEqual(expected.map((o) => o.orderId).sort());
    const outcomes = sim.state.calls.slice(before).map((c) => c.outcome);
    expect(outcomes.filter((o) => o.startsWith("fault-")).length).toBeGreaterThan(0);
    expect(outcomes).not.toContain("throttled");
  });
});
