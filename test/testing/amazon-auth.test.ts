import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { lwaTokenEndpoint } from "../../src/amazon/regions.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const sim = createAmazonSimulator({ seed: 11 });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  sim.state.faults.clear();
});
afterAll(() => server.close());

const seller = sim.state.seller;

async function lwa(form: Record<string, string>) {
  const response = await fetch(lwaTokenEndpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded;charset=UTF-8" },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const grant = () => ({
  grant_type: "refresh_token",
  refresh_token: seller.refreshToken,
  client_id: seller.clientId,
  client_secret: seller.clientSecret,
});

describe("Login with Amazon", () => {
  it("issues one-hour bearer tokens for the refresh_token grant", async () => {
    const before = sim.state.counters.tokenRequests;
    const { status, body } = await lwa(grant());
    expect(status).toBe(200);
    expect(body).toMatchObject({
      token_type: "bearer",
      expires_in: 3600,
      refresh_token: seller.refreshToken,
    });
    expect(String(body.access_token)).toMatch(/^Atza\|/);
    expect(sim.state.counters.tokenRequests).toBe(before + 1);
  });

  it("refuses a bad client id or secret with invalid_client", async () => {
    expect(await lwa({ ...grant(), client_secret: "wrong" })).toEqual({
      status: 401,
      body: { error: "invalid_client", error_description: "Client authentication failed" },
    });
    expect((await lwa({ ...grant(), client_id: "amzn1.application-oa2-client.nope" })).body.error).toBe(
      "invalid_client",
    );
  });

  it("refuses a bad refresh token with invalid_grant", async () => {
    const { status, body } = await lwa({ ...grant(), refresh_token: "Atzr|not-a-real-one" });
    expect(status).toBe(400);
    expect(body).toEqual({
      error: "invalid_grant",
      error_description: "The request has an invalid grant parameter : refresh_token",
    });
  });
});

describe("access token check", () => {
  it("accepts a fresh token and refuses it after an hour with Amazon's 403 body", async () => {
    const { body } = await lwa(grant());
    const token = String(body.access_token);
    const amazon = createSimulatorClient(sim, { token: () => token });
    const ok = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations");
    expect(ok.response.status).toBe(200);

    await sim.clock.advance(3_600_000);
    sim.state.usagePlans.reset();
    const expired = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations");
    expect(expired.response.status).toBe(403);
    expect(expired.error).toEqual({
      errors: [
        {
          code: "Unauthorized",
          message: "Access to requested resource is denied.",
          details: "The access token you provided has expired.",
        },
      ],
    });
  });

  it("refuses a missing, unknown or revoked token", async () => {
    const none = createSimulatorClient(sim, { token: () => undefined });
    const missing = await none.sellers.GET("/sellers/v1/marketplaceParticipations");
    expect(missing.response.status).toBe(403);
    expect(missing.error?.errors?.[0]?.details).toBe("Access token is missing in the request header.");

    const forged = createSimulatorClient(sim, { token: () => "Atza|forged" });
    const unknown = await forged.sellers.GET("/sellers/v1/marketplaceParticipations");
    expect(unknown.error?.errors?.[0]?.details).toMatch(/revoked, malformed or invalid/);

    const token = sim.state.issueAccessToken();
    const amazon = createSimulatorClient(sim, { token: () => token });
    sim.state.revokeToken({ accessToken: token });
    const revoked = await amazon.orders.GET("/orders/2026-01-01/orders/{orderId}", {
      params: { path: { orderId: "111-0000000-0000000" } },
    });
    expect(revoked.response.status).toBe(403);
  });

  it("revoking the refresh token stops both new tokens and the ones already issued", async () => {
    const other = createAmazonSimulator({ seed: 3, data: { orders: 5 } });
    server.use(...other.handlers);
    try {
      const { body } = await lwa({
        grant_type: "refresh_token",
        refresh_token: other.state.seller.refreshToken,
        client_id: other.state.seller.clientId,
        client_secret: other.state.seller.clientSecret,
      });
      const token = String(body.access_token);
      other.state.revokeToken({ refreshToken: other.state.seller.refreshToken });
      const again = await lwa({
        grant_type: "refresh_token",
        refresh_token: other.state.seller.refreshToken,
        client_id: other.state.seller.clientId,
        client_secret: other.state.seller.clientSecret,
      });
      expect(again.body.error).toBe("invalid_grant");
      const amazon = createSimulatorClient(other, { token: () => token });
      const { response } = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations");
      expect(response.status).toBe(403);
    } finally {
      server.resetHandlers();
    }
  });

  it("stamps every response with a unique x-amzn-RequestId", async () => {
    const amazon = createSimulatorClient(sim);
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const { response } = await amazon.reports.GET("/reports/2021-06-30/reports/{reportId}", {
        params: { path: { reportId: "0" } },
      });
      ids.add(response.headers.get("x-amzn-RequestId") ?? "");
    }
    expect(ids.size).toBe(3);
    expect([...ids].every((id) => /^[0-9a-f]{8}-/.test(id))).toBe(true);
  });

  it("serves the SDK's own LWA token provider through the typed clients, renewing after an hour", async () => {
    const tokens = lwaTokenProvider({
      clientId: seller.clientId,
      clientSecret: seller.clientSecret,
      refreshToken: seller.refreshToken,
      clock: sim.clock,
    });
    const amazon = createSpApiClient({
      region: "fe",
      clock: sim.clock,
      tokens,
      limiter: false,
      retry: false,
    });
    const before = sim.state.counters.tokenRequests;
    const first = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations");
    expect(first.data?.payload?.map((p) => p.marketplace.countryCode)).toEqual(["JP"]);
    await sim.clock.advance(3_600_000);
    sim.state.usagePlans.reset();
    const second = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations");
    expect(second.response.status).toBe(200);
    expect(sim.state.counters.tokenRequests - before).toBe(2);
  });

  it("issues grantless tokens that only grantless operations accept", async () => {
    const { status, body } = await lwa({
      grant_type: "client_credentials",
      scope: "sellingpartnerapi::notifications",
      client_id: seller.clientId,
      client_secret: seller.clientSecret,
    });
    expect(status).toBe(200);
    const grantless = createSimulatorClient(sim, { token: () => String(body.access_token) });
    const { response } = await grantless.sellers.GET("/sellers/v1/marketplaceParticipations");
    expect(response.status).toBe(403);
    expect(
      (
        await lwa({
          grant_type: "client_credentials",
          client_id: seller.clientId,
          client_secret: seller.clientSecret,
        })
      ).body.error,
    ).toBe("invalid_request");
  });
});
