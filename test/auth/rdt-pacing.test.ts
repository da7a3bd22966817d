import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { createMemoryAuditSink } from "../../src/core/audit.js";
import { createTokenBucketLimiter } from "../../src/core/rate-limiter.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

// The RDT fetch is a request of its own to the Tokens API (rate 1/s, burst 10): it must stay inside
// that plan too, even when many restricted calls start at once.
const sim = createAmazonSimulator({ seed: 17, data: { orders: 300 } });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("Restricted Data Token requests are paced", () => {
  it("25 restricted reads at once need 25 RDTs and get no 429 from the Tokens API; each is audited", async () => {
    const { seller } = sim.state;
    const audit = createMemoryAuditSink({ now: sim.clock.now });
    const amazon = createSpApiClient({
      region: "na",
      sellerId: seller.sellerId,
      clock: sim.clock,
      audit,
      limiter: createTokenBucketLimiter({ clock: sim.clock }),
      tokens: lwaTokenProvider({ ...seller, clock: sim.clock }).withRestrictedData({ pii: true }),
    });
    const ids = [...sim.state.orders.values()]
      .filter((o) => o.marketplaceId === "ATVPDKIKX0DER")
      .slice(0, 25)
      .map((o) => o.orderId);
    expect(ids).toHaveLength(25);
    const started = sim.clock.now();
    const results = await Promise.all(
      ids.map((orderId) =>
        amazon.ordersV0.GET("/orders/v0/orders/{orderId}/address", { params: { path: { orderId } } }),
      ),
    );
    expect(results.map((r) => r.response.status)).toEqual(ids.map(() => 200));
    const rdtCalls = sim.state.calls.filter((c) => c.operationId === "createRestrictedDataToken");
    expect(rdtCalls).toHaveLength(25);
    expect(rdtCalls.filter((c) => c.status === 429)).toEqual([]);
    // Every outbound call is audited, the RDT fetches included, by path template only.
    const audited = audit.calls();
    expect(
      audited.filter((e) => e.operation === "createRestrictedDataToken" && e.status === 200),
    ).toHaveLength(25);
    expect(audited.filter((e) => e.operation === "getOrderAddress" && e.status === 200)).toHaveLength(25);
    expect(JSON.stringify(audited)).not.toContain(ids[0]!);
    // A burst of 10, then one a second: the floor for 25 is 15 s.
    expect(sim.clock.now() - started).toBeGreaterThanOrEqual(15_000);
  });
});
