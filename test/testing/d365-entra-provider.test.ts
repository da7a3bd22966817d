import { generateKeyPairSync } from "node:crypto";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import { isAuthError } from "../../src/core/errors.js";
import { entraTokenProvider } from "../../src/d365/auth/entra.js";
import { createD365Client } from "../../src/d365/client.js";
import { createD365Simulator, type D365SimulatorOptions } from "../../src/testing/d365/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const privatePem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const publicPem = publicKey.export({ type: "spki", format: "pem" }).toString();
const thumbprint = "3A1F2B4C5D6E7F8091A2B3C4D5E6F708192A3B4C";

function arrange(options: D365SimulatorOptions = {}) {
  const clock = createSimulatedClock({ start: Date.UTC(2026, 2, 1) });
  const sim = createD365Simulator({
    clock,
    certificate: { publicKeyPem: publicPem, thumbprint },
    ...options,
  });
  server.resetHandlers(...sim.handlers);
  return { clock, sim };
}

describe("the SDK's Entra token provider against the simulator", () => {
  it("gets a token with the client secret, reuses it, and refreshes it before expiry on the clock", async () => {
    const { clock, sim } = arrange();
    const tokens = entraTokenProvider({ ...sim.state, clock, retry: false });
    const d365 = createD365Client({ environmentUrl: sim.state.environmentUrl, tokens, clock, retry: false });
    expect((await d365.odata.GET("/LegalEntities")).response.status).toBe(200);
    expect((await d365.odata.GET("/Currencies")).response.status).toBe(200);
    expect(sim.state.tokensIssued).toBe(1);
    await clock.advance(3_590_000);
    expect((await d365.odata.GET("/Currencies")).response.status).toBe(200);
    expect(sim.state.tokensIssued).toBe(2);
  });

  it("signs in with a certificate (RS256 client assertion)", async () => {
    const { clock, sim } = arrange();
    const tokens = entraTokenProvider({
      tenantId: sim.state.tenantId,
      clientId: sim.state.clientId,
      environmentUrl: sim.state.environmentUrl,
      certificate: { privateKey: privatePem, thumbprint },
      clock,
      retry: false,
    });
    const d365 = createD365Client({ environmentUrl: sim.state.environmentUrl, tokens, clock, retry: false });
    expect((await d365.odata.GET("/LegalEntities")).response.status).toBe(200);
  });

  it.each([
    ["tenant", { tenantId: "00000000-0000-4000-8000-000000000bad" }, "ENTRA_INVALID_TENANT"],
    ["client id", { clientId: "00000000-0000-4000-8000-000000000bad" }, "ENTRA_INVALID_CLIENT_ID"],
    ["secret", { clientSecret: "Zq8~not-the-real-secret" }, "ENTRA_INVALID_SECRET"],
    ["environment", { environmentUrl: "https://other.operations.dynamics.com" }, "ENTRA_INVALID_SCOPE"],
    [
      "certificate",
      { clientSecret: undefined, certificate: { privateKey: privatePem, thumbprint: "00".repeat(20) } },
      "ENTRA_INVALID_CERTIFICATE",
    ],
  ] as const)("names a wrong %s", async (_what, override, code) => {
    const { clock, sim } = arrange();
    const tokens = entraTokenProvider({ ...sim.state, clock, retry: false, ...override } as Parameters<
      typeof entraTokenProvider
    >[0]);
    const d365 = createD365Client({ environmentUrl: sim.state.environmentUrl, tokens, clock, retry: false });
    const failure = await d365.odata.GET("/LegalEntities").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAuthError(failure)).toBe(true);
    expect((failure as { code: string }).code).toBe(code);
    expect(String((failure as Error).message)).not.toContain("Zq8~not-the-real-secret");
  });
});
