import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { operations } from "../../generated/amazon/operations.js";
import { type SandboxCase, sandboxCases } from "../../generated/amazon/sandbox.js";
import { spApiModels } from "../../src/amazon/client.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const sim = createAmazonSimulator({ seed: 51, data: { orders: 10 } });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(() => {
  sim.state.usagePlans.reset();
  sim.state.sandbox.unpin();
});

const sandbox = createSimulatorClient(sim, { region: "na", sandbox: true });
const clientKeyOf = Object.fromEntries(Object.entries(spApiModels).map(([k, api]) => [api, k]));
type Call = (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

function send(c: SandboxCase) {
  const op = operations.find((o) => o.api === c.api && o.operationId === c.operationId)!;
  const query: Record<string, unknown> = { ...c.request.query };
  // Cases list only the parameters they match on; required ones must still be sent, except by a
  // 400 case that lists no parameter at all: it documents the request without them.
  const bare =
    c.status === 400 && Object.keys(c.request.query).length === 0 && Object.keys(c.request.path).length === 0;
  if (!bare) for (const name of op.requiredQuery) if (!(name in query)) query[name] = ["ATVPDKIKX0DER"];
  const client = (sandbox as unknown as Record<string, Record<string, Call>>)[clientKeyOf[c.api]!]!;
  const init: Record<string, unknown> = { params: { path: c.request.path, query, header: c.request.header } };
  if (c.request.body !== undefined) init.body = c.request.body;
  return client[c.method]!(c.path, init);
}

/** A case whose request repeats an earlier case's can only be reached by pinning it. */
const sameRequest = (a: SandboxCase, b: SandboxCase) =>
  a.api === b.api &&
  a.operationId === b.operationId &&
  JSON.stringify(a.request) === JSON.stringify(b.request);

describe("sandbox hosts answer Amazon's static cases", () => {
  it("has all 133 cases", () => {
    expect(sandboxCases).toHaveLength(133);
  });

  it.each(sandboxCases.map((c) => [`${c.api} ${c.operationId} ${c.status} #${c.index}`, c] as const))(
    "%s",
    async (_, c) => {
      if (sandboxCases.findIndex((o) => sameRequest(o, c)) !== sandboxCases.indexOf(c)) {
        sim.state.sandbox.pin(c.operationId, c.status, c.index);
      }
      const { data, error, response } = await send(c);
      expect(response.status).toBe(c.status);
      expect(response.headers.get("x-amzn-RequestId")).toBeTruthy();
      if (c.status >= 400) expect(error).toEqual(c.response);
      else if (c.status === 204 || c.response === null) expect(error).toBeUndefined();
      else expect(data).toEqual(c.response);
    },
  );

  it("refuses a request no case matches", async () => {
    const { response, error } = await sandbox.ordersV0.GET("/orders/v0/orders", {
      params: { query: { MarketplaceIds: ["ATVPDKIKX0DER"], CreatedAfter: "2026-01-01T00:00:00Z" } },
    });
    expect(response.status).toBe(400);
    expect((error as { errors: { message: string }[] }).errors[0]?.message).toBe(
      "Could not match input arguments",
    );
  });

  it("applies the sandbox usage plan: 5 requests per second, burst 15", async () => {
    const call = () => sandbox.sellers.GET("/sellers/v1/marketplaceParticipations");
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) statuses.push((await call()).response.status);
    expect(statuses.slice(0, 15).every((s) => s === 200)).toBe(true);
    expect(statuses[15]).toBe(429);
    expect((await call()).response.headers.get("x-amzn-RateLimit-Limit")).toBe("5");
    await sim.clock.advance(200);
    expect((await call()).response.status).toBe(200);
  });

  it("still checks the access token", async () => {
    const anonymous = createSimulatorClient(sim, { sandbox: true, token: () => undefined });
    const { response } = await anonymous.sellers.GET("/sellers/v1/marketplaceParticipations");
    expect(response.status).toBe(403);
  });
});
