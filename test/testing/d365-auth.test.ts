import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSimulatedClock, type SimulatedClock } from "../../src/core/clock.js";
import { createD365Client } from "../../src/d365/client.js";
import { simulatorBearerFetch } from "../../src/testing/d365/bearer-fetch.js";
import { createD365Simulator, type D365Simulator } from "../../src/testing/d365/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

let clock: SimulatedClock;
let sim: D365Simulator;
beforeEach(() => {
  clock = createSimulatedClock({ start: Date.UTC(2026, 2, 1), autoAdvance: false });
  sim = createD365Simulator({ clock });
  server.resetHandlers(...sim.handlers);
});

async function requestToken(overrides: Record<string, string> = {}, tenant = sim.state.tenantId) {
  const form = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: sim.state.clientId,
    client_secret: sim.state.clientSecret,
    scope: sim.state.scope,
    ...overrides,
  });
  const res = await fetch(`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`, {
    method: "POST",
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function decodeJwtPart(token: string, index: number): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[index] ?? "", "base64url").toString("utf8")) as Record<
    string,
    unknown
  >;
}

describe("Entra ID token endpoint", () => {
  it("issues a one-hour JWT-shaped bearer token for the environment's .default scope", async () => {
    const { status, body } = await requestToken();
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3599 });
    const token = String(body.access_token);
    expect(token.split(".")).toHaveLength(3);
    const payload = decodeJwtPart(token, 1);
    expect(payload.aud).toBe(sim.state.environmentUrl);
    expect(payload.tid).toBe(sim.state.tenantId);
    expect(payload.appid).toBe(sim.state.clientId);
    expect(payload.exp).toBe(Date.UTC(2026, 2, 1) / 1000 + 3600);
    expect(sim.state.tokensIssued).toBe(1);
  });

  it("tells an unknown tenant apart (400 AADSTS90002)", async () => {
    const { status, body } = await requestToken({}, "contoso-wrong.onmicrosoft.com");
    expect(status).toBe(400);
    expect(body.error).toBe("invalid_request");
    expect(body.error_codes).toEqual([90002]);
    expect(String(body.error_description)).toMatch(
      /^AADSTS90002: Tenant 'contoso-wrong.onmicrosoft.com' not found/,
    );
  });

  it("tells an unknown client id apart (400 AADSTS700016)", async () => {
    const { status, body } = await requestToken({ client_id: "99999999-0000-4000-8000-000000000000" });
    expect(status).toBe(400);
    expect(body.error).toBe("unauthorized_client");
    expect(body.error_codes).toEqual([700016]);
  });

  it("tells a wrong client secret apart (invalid_client AADSTS7000215, 401 as Entra sends it)", async () => {
    const { status, body } = await requestToken({ client_secret: "not-the-secret" });
    expect(status).toBe(401);
    expect(body.error).toBe("invalid_client");
    expect(String(body.error_description)).toMatch(/^AADSTS7000215: Invalid client secret provided/);
    expect(String(body.error_description)).not.toContain("not-the-secret");
  });

  it("tells a scope without /.default (invalid_scope AADSTS70011) from an unknown resource (AADSTS500011)", async () => {
    const noDefault = await requestToken({ scope: sim.state.environmentUrl });
    expect(noDefault.status).toBe(400);
    expect(noDefault.body.error).toBe("invalid_scope");
    expect(noDefault.body.error_codes).toEqual([70011]);

    const otherEnv = await requestToken({ scope: "https://other-env.operations.dynamics.com/.default" });
    expect(otherEnv.status).toBe(400);
    expect(otherEnv.body.error).toBe("invalid_resource");
    expect(otherEnv.body.error_codes).toEqual([500011]);

    // A trailing slash on the resource is a different resource, as the F&O docs warn.
    const trailing = await requestToken({ scope: `${sim.state.environmentUrl}//.default` });
    expect(trailing.body.error_codes).toEqual([500011]);
  });

  it("rejects other grant types", async () => {
    const { status, body } = await requestToken({ grant_type: "password" });
    expect(status).toBe(400);
    expect(body.error).toBe("unsupported_grant_type");
  });
});

describe("bearer check on /data/", () => {
  it("answers 401 without a token, with a forged token, and after expiry; 200 with a fresh one", async () => {
    const anonymous = createD365Client({
      environmentUrl: sim.state.environmentUrl,
      retry: false,
      limiter: false,
    });
    const none = await anonymous.odata.GET("/LegalEntities");
    expect(none.response.status).toBe(401);
    expect(none.response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect(none.response.headers.get("ms-request-id")).toBeTruthy();

    const forged = createD365Client({
      environmentUrl: sim.state.environmentUrl,
      retry: false,
      limiter: false,
      fetch: (req) => {
        const r = new Request(req);
        r.headers.set("Authorization", "Bearer aGVhZGVy.cGF5bG9hZA.c2ln");
        return fetch(r);
      },
    });
    expect((await forged.odata.GET("/LegalEntities")).response.status).toBe(401);

    const bearer = simulatorBearerFetch(sim.state);
    const d365 = createD365Client({
      environmentUrl: sim.state.environmentUrl,
      retry: false,
      limiter: false,
      fetch: bearer,
    });
    const ok = await d365.odata.GET("/LegalEntities");
    expect(ok.response.status).toBe(200);
    expect(ok.data?.value?.map((e) => e.LegalEntityId)).toEqual([
      "USMF",
      "CAMF",
      "GBSI",
      "DEMF",
      "MXMF",
      "FRRT",
      "ITCO",
      "ESMF",
      "JPMF",
    ]);

    // The token expires on the simulator's clock; a cached token used past exp is refused.
    const stale = (await requestToken()).body.access_token;
    await clock.advance(3600 * 1000);
    const expired = createD365Client({
      environmentUrl: sim.state.environmentUrl,
      retry: false,
      limiter: false,
      fetch: (req) => {
        const r = new Request(req);
        r.headers.set("Authorization", `Bearer ${String(stale)}`);
        return fetch(r);
      },
    });
    const refused = await expired.odata.GET("/LegalEntities");
    expect(refused.response.status).toBe(401);
    expect(refused.response.headers.get("WWW-Authenticate")).toContain("expired");

    // The bearer fetch refreshes before expiry, so it still gets through.
    expect((await d365.odata.GET("/LegalEntities")).response.status).toBe(200);
    expect(bearer.tokensFetched).toBe(2);
  });

  it("refuses every earlier token after revokeTokens()", async () => {
    const bearer = simulatorBearerFetch(sim.state);
    const d365 = createD365Client({
      environmentUrl: sim.state.environmentUrl,
      retry: false,
      limiter: false,
      fetch: bearer,
    });
    expect((await d365.odata.GET("/Currencies")).response.status).toBe(200);
    sim.state.revokeTokens();
    expect((await d365.odata.GET("/Currencies")).response.status).toBe(401);
  });

  it("stamps every answer with ms-request-id and echoes x-ms-client-request-id", async () => {
    const bearer = simulatorBearerFetch(sim.state);
    const d365 = createD365Client({
      environmentUrl: sim.state.environmentUrl,
      retry: false,
      limiter: false,
      fetch: bearer,
    });
    const { response } = await d365.odata.GET("/Currencies", {
      headers: { "x-ms-client-request-id": "abc-123" },
    });
    expect(response.headers.get("ms-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-ms-client-request-id")).toBe("abc-123");
    expect(sim.state.requests.at(-1)).toMatchObject({ method: "GET", target: "Currencies", status: 200 });
  });
});
