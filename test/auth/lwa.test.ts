import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { createSimulatedClock } from "../../src/core/clock.js";
import { isAuthError } from "../../src/core/errors.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const HOUR = 3_600_000;

function arrange() {
  const clock = createSimulatedClock();
  const sim = createAmazonSimulator({ clock, enforceUsagePlans: false, data: { orders: 20 } });
  server.use(...sim.handlers);
  const { seller } = sim.state;
  const tokens = lwaTokenProvider({
    clientId: seller.clientId,
    clientSecret: seller.clientSecret,
    refreshToken: seller.refreshToken,
    clock,
  });
  const amazon = createSpApiClient({
    region: "na",
    sellerId: seller.sellerId,
    tokens,
    clock,
    limiter: false,
  });
  const orderId = [...sim.state.orders.keys()][0]!;
  const getOrder = () =>
    amazon.ordersV0.GET("/orders/v0/orders/{orderId}", { params: { path: { orderId } } });
  return { sim, clock, tokens, amazon, getOrder, seller };
}

describe("lwaTokenProvider against the Amazon simulator", () => {
  it("makes exactly one token request for 100 concurrent calls on a cold provider", async () => {
    const { sim, getOrder } = arrange();
    const results = await Promise.all(Array.from({ length: 100 }, getOrder));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(sim.state.counters.tokenRequests).toBe(1);
    expect(sim.state.counters.tokensIssued).toBe(1);
  });

  it("refreshes once the clock passes expiry minus skew, before any call fails", async () => {
    const { sim, clock, getOrder } = arrange();
    expect((await getOrder()).response.status).toBe(200);
    await clock.advance(HOUR - 60_000 - 1);
    expect((await getOrder()).response.status).toBe(200);
    expect(sim.state.counters.tokenRequests).toBe(1);
    await clock.advance(2);
    expect((await getOrder()).response.status).toBe(200);
    expect(sim.state.counters.tokenRequests).toBe(2);
    // No call was ever refused for an expired token.
    expect(sim.state.calls.filter((c) => c.outcome === "auth")).toEqual([]);
  });

  it("honours a configured skew", async () => {
    const clock = createSimulatedClock();
    const sim = createAmazonSimulator({ clock, enforceUsagePlans: false, data: { orders: 5 } });
    server.use(...sim.handlers);
    const { seller } = sim.state;
    const tokens = lwaTokenProvider({ ...seller, clock, skewMs: 10 * 60_000 });
    const amazon = createSpApiClient({ region: "na", tokens, clock, limiter: false });
    const call = () => amazon.sellers.GET("/sellers/v1/marketplaceParticipations");
    await call();
    await clock.advance(HOUR - 10 * 60_000);
    await call();
    expect(sim.state.counters.tokenRequests).toBe(2);
  });

  it("refreshes once when the access token is revoked mid-run", async () => {
    const { sim, getOrder } = arrange();
    await getOrder();
    const issued = [...sim.state.tokens.values()].filter((t) => t.kind === "lwa");
    expect(issued).toHaveLength(1);
    sim.state.revokeToken({ accessToken: issued[0]!.token });
    const results = await Promise.all(Array.from({ length: 10 }, getOrder));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(sim.state.counters.tokenRequests).toBe(2);
  });

  it("a retry after expiry carries a fresh token", async () => {
    const clock = createSimulatedClock();
    const sim = createAmazonSimulator({ clock, enforceUsagePlans: false, data: { orders: 5 } });
    server.use(...sim.handlers);
    const tokens = lwaTokenProvider({ ...sim.state.seller, clock });
    // The backoff before the retry is two hours of simulated time: the first token is long gone.
    const retry = createRetryPolicy({ baseDelayMs: 2 * HOUR, maxDelayMs: 2 * HOUR, random: () => 1 });
    const amazon = createSpApiClient({ region: "na", tokens, clock, limiter: false, retry });
    const sent: string[] = [];
    server.events.on("request:start", ({ request }) => {
      if (request.url.includes("/sellers/v1/")) sent.push(request.headers.get("x-amz-access-token") ?? "");
    });
    sim.state.faults.set("getMarketplaceParticipations", { storm429: 1 });
    const { response } = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations");
    server.events.removeAllListeners();
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(2);
    expect(sent[1]).not.toBe(sent[0]);
    expect(sim.state.counters.tokenRequests).toBe(2);
    expect(sim.state.calls.filter((c) => c.outcome === "auth")).toEqual([]);
  });

  it("gives a clear AuthError when LWA refuses the revoked refresh token", async () => {
    const { sim, seller, getOrder } = arrange();
    await getOrder();
    sim.state.revokeToken({ refreshToken: seller.refreshToken });
    const error = await getOrder().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect((error as Error).message).toContain(
      "LWA refused the refresh token (revoked or expired): re-authorize the seller",
    );
    expect((error as { code: string }).code).toBe("LWA_INVALID_GRANT");
    // One forced refresh, no storm.
    expect(sim.state.counters.tokenRequests).toBe(2);
    expect((error as Error).message).not.toContain(seller.refreshToken);
  });

  it("says the client id or secret is wrong when LWA answers invalid_client", async () => {
    const { sim, seller, clock } = arrange();
    const tokens = lwaTokenProvider({ ...seller, clientSecret: "amzn1.oa2-cs.v1.wrongwrongwrong", clock });
    const amazon = createSpApiClient({ region: "na", tokens, clock, limiter: false });
    const error = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations").catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("LWA_INVALID_CLIENT");
    expect((error as Error).message).toContain("LWA refused the client id or secret");
    expect((error as Error).message).not.toContain("wrongwrongwrong");
    expect(sim.state.counters.calls).toBe(0);
  });
});

describe("lwaTokenProvider against a bare token endpoint", () => {
  it("sends the refresh-token grant as a form and uses a configured endpoint", async () => {
    const clock = createSimulatedClock();
    const seen: URLSearchParams[] = [];
    server.use(
      http.post("https://api.amazon.co.uk/auth/o2/token", async ({ request }) => {
        expect(request.headers.get("content-type")).toContain("application/x-www-form-urlencoded");
        seen.push(new URLSearchParams(await request.text()));
        return HttpResponse.json({
          access_token: "Atza|bare-endpoint-token",
          expires_in: 3600,
          token_type: "bearer",
        });
      }),
    );
    const tokens = lwaTokenProvider({
      clientId: "amzn1.application-oa2-client.bare",
      clientSecret: "amzn1.oa2-cs.v1.baresecret",
      refreshToken: "Atzr|bare-refresh-token",
      endpoint: "https://api.amazon.co.uk/auth/o2/token",
      clock,
    });
    const token = await tokens.getToken({
      ctx: { signal: undefined } as never,
      request: new Request("https://x.test"),
      forceRefresh: false,
    });
    expect(token.reveal()).toBe("Atza|bare-endpoint-token");
    expect(Object.fromEntries(seen[0]!)).toEqual({
      grant_type: "refresh_token",
      refresh_token: "Atzr|bare-refresh-token",
      client_id: "amzn1.application-oa2-client.bare",
      client_secret: "amzn1.oa2-cs.v1.baresecret",
    });
  });

  it("retries a failing endpoint, then says LWA is unavailable (retryable)", async () => {
    const clock = createSimulatedClock();
    let hits = 0;
    server.use(
      http.post("https://api.amazon.com/auth/o2/token", () => {
        hits++;
        return new HttpResponse("oops", { status: 503 });
      }),
    );
    const tokens = lwaTokenProvider({
      clientId: "c",
      clientSecret: "amzn1.oa2-cs.v1.s",
      refreshToken: "Atzr|r",
      clock,
    });
    const error = await tokens
      .getToken({
        ctx: { signal: undefined } as never,
        request: new Request("https://x.test"),
        forceRefresh: false,
      })
      .catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect((error as { code: string; retryable: boolean }).code).toBe("LWA_UNAVAILABLE");
    expect((error as { retryable: boolean }).retryable).toBe(true);
    expect(hits).toBe(3);
  });
});
