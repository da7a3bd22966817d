import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSpApiClient } from "../../src/amazon/client.js";
import { createMemoryAuditSink } from "../../src/core/audit.js";
import { createSimulatedClock } from "../../src/core/clock.js";
import { isAmazonApiError, isAuthError, isThrottledError, isTransportError } from "../../src/core/errors.js";
import { compose, type Middleware } from "../../src/core/pipeline.js";
import { createTokenBucketLimiter } from "../../src/core/rate-limiter.js";
import { Secret } from "../../src/core/redact.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { authLayer, staticTokenProvider, type TokenProvider } from "../../src/core/token-provider.js";
import { createD365Client } from "../../src/d365/client.js";

const NA = "https://sellingpartnerapi-na.amazon.com";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const token = staticTokenProvider("Atza|test-token", { header: "x-amz-access-token" });

describe("compose", () => {
  it("runs layers outermost first and unwinds in reverse", async () => {
    const trace: string[] = [];
    const layer =
      (name: string): Middleware =>
      async (req, ctx, next) => {
        trace.push(`>${name}`);
        const res = await next(req, ctx);
        trace.push(`<${name}`);
        return res;
      };
    const handler = compose([layer("audit"), layer("retry"), layer("throttle"), layer("auth")], async () => {
      trace.push("fetch");
      return new Response("ok");
    });
    await handler(new Request("https://x.test/"), {} as never);
    expect(trace).toEqual([
      ">audit",
      ">retry",
      ">throttle",
      ">auth",
      "fetch",
      "<auth",
      "<throttle",
      "<retry",
      "<audit",
    ]);
  });
});

describe("SP-API client pipeline", () => {
  it("binds fetch late: msw handlers installed after the client is created still answer", async () => {
    const amazon = createSpApiClient({ region: "na", tokens: token, clock: createSimulatedClock() });
    server.use(
      http.get(`${NA}/sellers/v1/marketplaceParticipations`, () => HttpResponse.json({ payload: [] })),
    );
    const { data } = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations", {});
    expect(data).toEqual({ payload: [] });
  });

  it("sends query arrays comma-separated and the access token header", async () => {
    let seen: URL | undefined;
    let tokenSeen: string | null = null;
    server.use(
      http.get(`${NA}/orders/2026-01-01/orders`, ({ request }) => {
        seen = new URL(request.url);
        tokenSeen = request.headers.get("x-amz-access-token");
        return HttpResponse.json({ orders: [] });
      }),
    );
    const amazon = createSpApiClient({ region: "na", tokens: token, clock: createSimulatedClock() });
    await amazon.orders.GET("/orders/2026-01-01/orders", {
      params: {
        query: { marketplaceIds: ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"], includedData: ["BUYER", "PROCEEDS"] },
      },
    });
    expect(seen?.search).toBe("?marketplaceIds=ATVPDKIKX0DER,A2EUQ1WTGCTBG2&includedData=BUYER,PROCEEDS");
    expect(tokenSeen).toBe("Atza|test-token");
  });

  it("uses the sandbox host per region", async () => {
    server.use(
      http.get("https://sandbox.sellingpartnerapi-fe.amazon.com/sellers/v1/account", () =>
        HttpResponse.json({ payload: {} }),
      ),
    );
    const amazon = createSpApiClient({
      region: "fe",
      sandbox: true,
      tokens: token,
      clock: createSimulatedClock(),
    });
    expect((await amazon.sellers.GET("/sellers/v1/account", {})).response.status).toBe(200);
    expect(() => createSpApiClient({ region: "xx" as never })).toThrow(
      /region: must be one of "na", "eu", "fe"/,
    );
  });

  it("retries 429 and 503 with backoff and returns the eventual success; the audit keeps one call record", async () => {
    const statuses = [429, 503, 200];
    let calls = 0;
    server.use(
      http.get(`${NA}/orders/v0/orders/:orderId`, () => {
        const status = statuses[calls++]!;
        return status === 200
          ? HttpResponse.json(
              { payload: { AmazonOrderId: "111" } },
              { headers: { "x-amzn-RequestId": `req-${calls}` } },
            )
          : HttpResponse.json(
              { errors: [{ code: "QuotaExceeded", message: "x" }] },
              { status, headers: { "x-amzn-RequestId": `req-${calls}` } },
            );
      }),
    );
    const clock = createSimulatedClock();
    const audit = createMemoryAuditSink();
    const amazon = createSpApiClient({
      region: "na",
      tokens: token,
      clock,
      audit,
      retry: createRetryPolicy({ random: () => 0.5 }),
    });
    const { data } = await amazon.ordersV0.GET("/orders/v0/orders/{orderId}", {
      params: { path: { orderId: "111-2222222-3333333" } },
    });
    expect(data?.payload?.AmazonOrderId).toBe("111");
    expect(calls).toBe(3);
    const [entry] = audit.calls();
    expect(audit.calls()).toHaveLength(1);
    expect(entry).toMatchObject({
      operation: "getOrder",
      path: "/orders/v0/orders/{orderId}",
      status: 200,
      attempt: 3,
      requestIds: { requestId: "req-3" },
    });
    // The concrete order id never reaches the audit trail.
    expect(JSON.stringify(audit.entries)).not.toContain("111-2222222-3333333");
  });

  it("honours Retry-After, and gives up with ThrottledError once the budget is spent", async () => {
    let calls = 0;
    server.use(
      http.get(`${NA}/sellers/v1/account`, () => {
        calls++;
        return HttpResponse.json(
          { errors: [{ code: "QuotaExceeded", message: "You exceeded your quota" }] },
          { status: 429, headers: { "Retry-After": "7", "x-amzn-RequestId": "rid-429" } },
        );
      }),
    );
    const clock = createSimulatedClock();
    const retry = createRetryPolicy({ maxAttempts: 4, random: () => 0 });
    const amazon = createSpApiClient({ region: "na", tokens: token, clock, retry, limiter: false });
    const started = clock.now();
    const error = await amazon.sellers.GET("/sellers/v1/account", {}).catch((e: unknown) => e);
    expect(isThrottledError(error)).toBe(true);
    expect(calls).toBe(4);
    expect(clock.now() - started).toBeGreaterThanOrEqual(3 * 7000);
    expect((error as { requestIds: { requestId: string } }).requestIds.requestId).toBe("rid-429");
    expect(String((error as Error).message)).toMatch(/429 after 4 attempts/);
  });

  it("fails at once when Retry-After is beyond the cap, so the scheduler can come back later", async () => {
    server.use(
      http.get(
        `${NA}/sellers/v1/account`,
        () => new HttpResponse(null, { status: 429, headers: { "Retry-After": "3600" } }),
      ),
    );
    const amazon = createSpApiClient({
      region: "na",
      tokens: token,
      clock: createSimulatedClock(),
      limiter: false,
      retry: createRetryPolicy({ maxRetryAfterMs: 60_000 }),
    });
    const error = await amazon.sellers.GET("/sellers/v1/account", {}).catch((e: unknown) => e);
    expect(isThrottledError(error) && error.retryAfterMs).toBe(3_600_000);
  });

  it("never retries a non-idempotent POST after a 5xx without a dedup key, and does with one", async () => {
    let calls = 0;
    server.use(
      http.post(`${NA}/reports/2021-06-30/reports`, () => {
        calls++;
        return calls <= 2
          ? HttpResponse.json({ errors: [{ code: "InternalFailure", message: "boom" }] }, { status: 500 })
          : HttpResponse.json({ reportId: "R1" }, { status: 202 });
      }),
    );
    const amazon = createSpApiClient({
      region: "na",
      tokens: token,
      clock: createSimulatedClock(),
      retry: createRetryPolicy({ random: () => 0 }),
    });
    const body = {
      reportType: "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL",
      marketplaceIds: ["ATVPDKIKX0DER"],
    };
    const error = await amazon.reports.POST("/reports/2021-06-30/reports", { body }).catch((e: unknown) => e);
    expect(isAmazonApiError(error)).toBe(true);
    expect((error as Error).message).toMatch(/not retried without a dedup key/);
    expect(calls).toBe(1);

    const { data } = await amazon.reports.POST("/reports/2021-06-30/reports", {
      body,
      fetch: amazon.fetchFor({ dedupKey: "report:orders:2026-11" }),
    });
    expect(data).toEqual({ reportId: "R1" });
    expect(calls).toBe(3);
  });

  it("turns a network failure into a TransportError once retries are spent", async () => {
    server.use(http.get(`${NA}/sellers/v1/account`, () => HttpResponse.error()));
    const amazon = createSpApiClient({
      region: "na",
      tokens: token,
      clock: createSimulatedClock(),
      retry: createRetryPolicy({ maxAttempts: 3, random: () => 0 }),
    });
    const error = await amazon.sellers.GET("/sellers/v1/account", {}).catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
  });

  it("keeps retries within the budget under a storm", async () => {
    server.use(http.get(`${NA}/sellers/v1/account`, () => new HttpResponse(null, { status: 503 })));
    const retry = createRetryPolicy({
      maxAttempts: 10,
      budget: { initial: 5, ratio: 0.1, max: 5 },
      random: () => 0,
    });
    const amazon = createSpApiClient({
      region: "na",
      tokens: token,
      clock: createSimulatedClock(),
      retry,
      limiter: false,
    });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        amazon.sellers.GET("/sellers/v1/account", {}).then(
          () => "ok",
          (e: unknown) => (isAmazonApiError(e) ? "typed" : "other"),
        ),
      ),
    );
    expect(outcomes.every((o) => o === "typed")).toBe(true);
    // 5 initial tokens plus 0.1 per call (20 calls → 2 more), never more.
    expect(retry.retries).toBeLessThanOrEqual(7);
  });

  it("refreshes a refused token once, then raises AuthError", async () => {
    let issued = 0;
    const refused: string[] = [];
    const provider: TokenProvider = {
      getToken: async () => new Secret(`Atza|token-${++issued}`),
      invalidate: (t) => refused.push(t.reveal()),
      middleware: () => authLayer(provider, { placement: { header: "x-amz-access-token" } }),
    };
    let good = "Atza|token-2";
    server.use(
      http.get(`${NA}/sellers/v1/account`, ({ request }) =>
        request.headers.get("x-amz-access-token") === good
          ? HttpResponse.json({ payload: {} })
          : HttpResponse.json(
              {
                errors: [
                  {
                    code: "Unauthorized",
                    message: "Access to requested resource is denied.",
                    details: "The access token you provided has expired.",
                  },
                ],
              },
              { status: 403 },
            ),
      ),
    );
    const amazon = createSpApiClient({ region: "na", tokens: provider, clock: createSimulatedClock() });
    expect((await amazon.sellers.GET("/sellers/v1/account", {})).response.status).toBe(200);
    expect(refused).toEqual(["Atza|token-1"]);

    good = "never";
    const error = await amazon.sellers.GET("/sellers/v1/account", {}).catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect((error as Error).message).not.toContain("Atza|");
  });
});

describe("token-bucket limiter", () => {
  it("paces a burst-then-rate schedule exactly, and a 429 with Retry-After blocks the bucket", async () => {
    const clock = createSimulatedClock();
    const limiter = createTokenBucketLimiter({ clock, marginMs: 0 });
    const plan = { rate: 0.5, burst: 3 };
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        await limiter.acquire("k", plan);
        times.push(clock.elapsed());
      }),
    );
    expect(times).toEqual([0, 0, 0, 2000, 4000, 6000]);
    await limiter.observe("k", plan, { status: 429, retryAfterMs: 10_000 });
    await limiter.acquire("k", plan);
    expect(clock.elapsed()).toBe(16_000);
  });

  it("with the default margin, a drained burst costs 150 ms once, not per call", async () => {
    const clock = createSimulatedClock();
    const limiter = createTokenBucketLimiter({ clock });
    const plan = { rate: 0.5, burst: 3 };
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        await limiter.acquire("k", plan);
        times.push(clock.elapsed());
      }),
    );
    // The whole burst goes at once; the remote refill may start up to 150 ms after our first send,
    // so ours is held back that long: every later call is 150 ms later, once.
    expect(times).toEqual([0, 0, 0, 2150, 4150, 6150]);
  });

  it("holds the refill back in time, so a higher rate learnt later keeps the whole margin", async () => {
    const clock = createSimulatedClock();
    const limiter = createTokenBucketLimiter({ clock, marginMs: 150 });
    const plan = { rate: 0.5, burst: 2 };
    await limiter.acquire("k", plan);
    await limiter.acquire("k", plan);
    // Amazon says 5/s, not the published 0.5/s: the next token is 150 ms + 200 ms away, not 215 ms.
    await limiter.observe("k", plan, { status: 200, limit: 5 });
    await limiter.acquire("k", plan);
    expect(clock.elapsed()).toBe(350);
  });

  it("learns the live rate from x-amzn-RateLimit-Limit", async () => {
    const clock = createSimulatedClock();
    const limiter = createTokenBucketLimiter({ clock, marginMs: 0 });
    const plan = { rate: 0.5, burst: 1 };
    await limiter.acquire("k", plan);
    await limiter.observe("k", plan, { status: 200, limit: 2 });
    await limiter.acquire("k", plan);
    expect(clock.elapsed()).toBe(500);
  });
});

describe("D365 client", () => {
  it("is rooted at /data and sends IEEE754Compatible JSON", async () => {
    let accept: string | null = null;
    server.use(
      http.get("https://contoso.operations.dynamics.com/data/LegalEntities", ({ request }) => {
        accept = request.headers.get("accept");
        return HttpResponse.json({ value: [{ LegalEntityId: "USMF" }] });
      }),
    );
    const d365 = createD365Client({
      environmentUrl: "https://contoso.operations.dynamics.com/",
      tokens: staticTokenProvider("eyJ.test", { header: "authorization", scheme: "Bearer" }),
    });
    const { data } = await d365.odata.GET("/LegalEntities", {});
    expect(data?.value?.[0]?.LegalEntityId).toBe("USMF");
    expect(accept).toContain("IEEE754Compatible=true");
    expect(() => createD365Client({ environmentUrl: "not a url" })).toThrow(
      /environmentUrl: must be an absolute https:\/\/ URL/,
    );
  });
});

describe("a connection that drops mid-body", () => {
  // The body is read inside the retry layer, so a drop after the headers is retried like any
  // transport failure (the report download path has its own regression test).
  const droppingBody = () =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"payload":'));
          controller.error(new TypeError("terminated"));
        },
      }),
      { status: 200, headers: { "content-type": "application/json" } },
    );

  it("is retried like any transport failure, and the call succeeds", async () => {
    let calls = 0;
    const fetch = async (_request: Request) => {
      calls++;
      return calls === 1 ? droppingBody() : Response.json({ payload: [] });
    };
    const amazon = createSpApiClient({ region: "na", tokens: token, clock: createSimulatedClock(), fetch });
    const { data } = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations", {});
    expect(data).toEqual({ payload: [] });
    expect(calls).toBe(2);
  });

  it("ends as a typed TransportError, never a raw TypeError, when it keeps dropping", async () => {
    const amazon = createSpApiClient({
      region: "na",
      tokens: token,
      clock: createSimulatedClock(),
      fetch: async () => droppingBody(),
    });
    const e = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations", {}).catch((x: unknown) => x);
    expect(isTransportError(e)).toBe(true);
  });
});
