import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import {
  RDT_DATA_ELEMENTS_HEADER,
  RDT_REQUIRED_HEADER,
  type RestrictedDataOptions,
} from "../../src/amazon/auth/rdt.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { createSimulatedClock } from "../../src/core/clock.js";
import { isAuthError, isThrottledError } from "../../src/core/errors.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());

const HOUR = 3_600_000;

/** Every request that reached the SP-API host, with the token kind it carried. */
function wiretap() {
  const seen: { path: string; token: string; probes: boolean }[] = [];
  server.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    if (!url.host.startsWith("sellingpartnerapi")) return;
    seen.push({
      path: `${request.method} ${url.pathname}`,
      token: request.headers.get("x-amz-access-token") ?? "",
      probes: request.headers.has(RDT_DATA_ELEMENTS_HEADER) || request.headers.has(RDT_REQUIRED_HEADER),
    });
  });
  return seen;
}

function arrange(rdt: RestrictedDataOptions) {
  const clock = createSimulatedClock();
  const sim = createAmazonSimulator({ clock, enforceUsagePlans: false, data: { orders: 10 } });
  server.use(...sim.handlers);
  const { seller } = sim.state;
  const lwa = lwaTokenProvider({ ...seller, clock });
  const amazon = createSpApiClient({
    region: "na",
    sellerId: seller.sellerId,
    tokens: lwa.withRestrictedData(rdt),
    clock,
    limiter: false,
  });
  const [first, second] = [...sim.state.orders.keys()];
  const address = (orderId: string) =>
    amazon.ordersV0.GET("/orders/v0/orders/{orderId}/address", { params: { path: { orderId } } });
  return { sim, clock, amazon, address, first: first!, second: second!, seen: wiretap() };
}

describe("Restricted Data Tokens", () => {
  it("without the opt-in, no restricted call is made", async () => {
    const { sim, amazon, address, first, seen } = arrange({ pii: false });
    const error = await address(first).catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("PII_NOT_ENABLED");
    const items = await amazon.ordersV0
      .GET("/orders/v0/orders/{orderId}", {
        params: { path: { orderId: first } },
        headers: { [RDT_DATA_ELEMENTS_HEADER]: "shippingAddress" },
      })
      .catch((e: unknown) => e);
    expect((items as { code: string }).code).toBe("PII_NOT_ENABLED");
    expect(seen).toEqual([]);
    expect(sim.state.counters.tokenRequests).toBe(0);
    expect(sim.state.counters.rdtIssued).toBe(0);
  });

  it("without the opt-in, an order read goes with the plain access token and carries no PII", async () => {
    const { sim, amazon, first, seen } = arrange({ pii: false });
    const { data } = await amazon.ordersV0.GET("/orders/v0/orders/{orderId}", {
      params: { path: { orderId: first } },
    });
    expect(data?.payload?.AmazonOrderId).toBe(first);
    expect(data?.payload?.ShippingAddress?.AddressLine1).toBeUndefined();
    expect(seen.map((s) => s.token.slice(0, 5))).toEqual(["Atza|"]);
    expect(sim.state.counters.rdtIssued).toBe(0);
  });

  it("with the opt-in, the call carries an RDT for exactly its path, reused until it expires", async () => {
    const { sim, clock, address, first, second, seen } = arrange({ pii: true });
    const one = await address(first);
    expect(one.data?.payload?.ShippingAddress?.AddressLine1).toBeTruthy();
    expect(sim.state.counters.rdtIssued).toBe(1);
    const rdt = [...sim.state.tokens.values()].find((t) => t.kind === "rdt")!;
    expect(rdt.resources).toEqual([
      { method: "GET", path: `/orders/v0/orders/${first}/address`, dataElements: [] },
    ]);
    expect(seen.map((s) => s.path)).toEqual([
      "POST /tokens/2021-03-01/restrictedDataToken",
      `GET /orders/v0/orders/${first}/address`,
    ]);
    expect(seen[0]!.token.startsWith("Atza|")).toBe(true);
    expect(seen[1]!.token).toBe(rdt.token);

    await address(first);
    await clock.advance(HOUR - 60_001);
    await address(first);
    expect(sim.state.counters.rdtIssued).toBe(1);
    expect(seen.at(-1)!.token).toBe(rdt.token);

    // Another path needs its own RDT.
    await address(second);
    expect(sim.state.counters.rdtIssued).toBe(2);

    await clock.advance(2);
    await address(first);
    expect(sim.state.counters.rdtIssued).toBe(3);
    expect(seen.at(-1)!.token).not.toBe(rdt.token);
    expect(sim.state.calls.filter((c) => c.outcome === "auth")).toEqual([]);
  });

  it("one RDT per (path, data elements): getOrder asks for the elements the host allows", async () => {
    const { sim, amazon, first, seen } = arrange({ pii: { dataElements: ["shippingAddress"] } });
    const get = (headers: Record<string, string> = {}) =>
      amazon.ordersV0.GET("/orders/v0/orders/{orderId}", { params: { path: { orderId: first } }, headers });
    const { data } = await get();
    expect(data?.payload?.ShippingAddress?.AddressLine1).toBeTruthy();
    const rdt = [...sim.state.tokens.values()].find((t) => t.kind === "rdt")!;
    expect(rdt.resources).toEqual([
      { method: "GET", path: `/orders/v0/orders/${first}`, dataElements: ["shippingAddress"] },
    ]);
    // An explicit empty list: no PII wanted, plain token.
    await get({ [RDT_DATA_ELEMENTS_HEADER]: "" });
    expect(seen.at(-1)!.token.startsWith("Atza|")).toBe(true);
    // Buyer info was not opted in.
    const error = await get({ [RDT_DATA_ELEMENTS_HEADER]: "buyerInfo" }).catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe("PII_NOT_ENABLED");
    expect(seen.some((s) => s.probes)).toBe(false);
  });

  it("template paths: one RDT covers every order", async () => {
    const { sim, address, first, second } = arrange({ pii: true, path: "template" });
    await address(first);
    const { data } = await address(second);
    expect(data?.payload?.ShippingAddress?.AddressLine1).toBeTruthy();
    expect(sim.state.counters.rdtIssued).toBe(1);
    const rdt = [...sim.state.tokens.values()].find((t) => t.kind === "rdt")!;
    expect(rdt.resources?.[0]?.path).toBe("/orders/v0/orders/{orderId}/address");
  });

  it("report documents take an RDT only when marked as a restricted report type", async () => {
    const { sim, amazon, seen } = arrange({ pii: false });
    const docs = [...sim.state.documents.keys()];
    const reportDocumentId = docs[0] ?? "amzn1.spdoc.1.4.na.unknown";
    await amazon.reports.GET("/reports/2021-06-30/documents/{reportDocumentId}", {
      params: { path: { reportDocumentId } },
    });
    expect(seen).toHaveLength(1);
    const error = await amazon.reports
      .GET("/reports/2021-06-30/documents/{reportDocumentId}", {
        params: { path: { reportDocumentId } },
        headers: { [RDT_REQUIRED_HEADER]: "true" },
      })
      .catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe("PII_NOT_ENABLED");
    expect(seen).toHaveLength(1);
  });

  it("a throttled Tokens API is retried like a throttled call", async () => {
    const { sim, address, first, seen } = arrange({ pii: true });
    sim.state.faults.set("createRestrictedDataToken", { storm429: 2 });
    const { data } = await address(first);
    expect(data?.payload?.ShippingAddress?.AddressLine1).toBeTruthy();
    expect(seen.map((s) => s.path.split(" ")[1])).toEqual([
      "/tokens/2021-03-01/restrictedDataToken",
      "/tokens/2021-03-01/restrictedDataToken",
      "/tokens/2021-03-01/restrictedDataToken",
      `/orders/v0/orders/${first}/address`,
    ]);
    sim.state.faults.set("createRestrictedDataToken", { storm429: true });
    const error = await address("111-0000000-0000000").catch((e: unknown) => e);
    expect(isThrottledError(error)).toBe(true);
  });

  it("a refused RDT request is a typed AuthError", async () => {
    const { sim, amazon, first } = arrange({ pii: true });
    sim.state.revokeToken({ refreshToken: sim.state.seller.refreshToken });
    const error = await amazon.ordersV0
      .GET("/orders/v0/orders/{orderId}/buyerInfo", { params: { path: { orderId: first } } })
      .catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("LWA_INVALID_GRANT");
  });
});
