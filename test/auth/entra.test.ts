import { execFileSync } from "node:child_process";
import { createPublicKey, createVerify } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import { isAuthError } from "../../src/core/errors.js";
import { entraTokenProvider } from "../../src/d365/auth/entra.js";
import { createD365Client } from "../../src/d365/client.js";
import { createD365Simulator } from "../../src/testing/d365/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const HOUR = 3_600_000;

function arrange(overrides: Partial<Parameters<typeof entraTokenProvider>[0]> = {}) {
  const clock = createSimulatedClock();
  const sim = createD365Simulator({ clock });
  server.use(...sim.handlers);
  const tokens = entraTokenProvider({
    tenantId: sim.state.tenantId,
    clientId: sim.state.clientId,
    clientSecret: sim.state.clientSecret,
    environmentUrl: sim.state.environmentUrl,
    clock,
    ...overrides,
  });
  const d365 = createD365Client({ environmentUrl: sim.state.environmentUrl, tokens, clock, limiter: false });
  const read = () =>
    d365.odata.GET("/LegalEntities", { params: { query: { $select: ["LegalEntityId"] } } } as never);
  return { sim, clock, tokens, d365, read };
}

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isAuthError(error)).toBe(true);
  return error as Error & { code: string };
};

describe("entraTokenProvider against the D365 simulator", () => {
  it("asks for the environment host's /.default scope", async () => {
    const { sim, tokens, read } = arrange();
    const seen: string[] = [];
    server.events.on("request:start", async ({ request }) => {
      if (request.url.includes("login.microsoftonline.com")) {
        seen.push(new URLSearchParams(await request.clone().text()).get("scope") ?? "");
      }
    });
    expect((await read()).response.status).toBe(200);
    server.events.removeAllListeners();
    expect(tokens.scope).toBe(`${new URL(sim.state.environmentUrl).origin}/.default`);
    expect(seen).toEqual([sim.state.scope]);
  });

  it("makes one token request for 50 concurrent calls, and refreshes before expiry", async () => {
    const { sim, clock, read } = arrange();
    const results = await Promise.all(Array.from({ length: 50 }, read));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(sim.state.tokensIssued).toBe(1);
    // The simulator's token lives 3599 s; refresh comes 60 s before.
    await clock.advance(HOUR - 61_000);
    await read();
    expect(sim.state.tokensIssued).toBe(2);
    expect(sim.state.requests.filter((r) => r.status === 401)).toEqual([]);
  });

  it("refreshes once when every issued token is revoked", async () => {
    const { sim, read } = arrange();
    await read();
    sim.state.revokeTokens();
    const results = await Promise.all(Array.from({ length: 5 }, read));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(sim.state.tokensIssued).toBe(2);
  });

  it("says the tenant is wrong", async () => {
    const { read } = arrange({ tenantId: "99999999-0000-4000-8000-000000000000" });
    const error = await failure(read());
    expect(error.code).toBe("ENTRA_INVALID_TENANT");
    expect(error.message).toContain('tenant id "99999999-0000-4000-8000-000000000000"');
  });

  it("says the secret is wrong, without showing it", async () => {
    const { read } = arrange({ clientSecret: "definitely-not-the-secret-value" });
    const error = await failure(read());
    expect(error.code).toBe("ENTRA_INVALID_SECRET");
    expect(error.message).toContain("client secret");
    expect(JSON.stringify(error)).not.toContain("definitely-not-the-secret-value");
    expect(String(error.cause)).not.toContain("definitely-not-the-secret-value");
  });

  it("says the client id is wrong", async () => {
    const { read } = arrange({ clientId: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee" });
    const error = await failure(read());
    expect(error.code).toBe("ENTRA_INVALID_CLIENT_ID");
    expect(error.message).toContain("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
  });

  it("says the environment (scope) is wrong", async () => {
    const { sim } = arrange();
    const tokens = entraTokenProvider({
      tenantId: sim.state.tenantId,
      clientId: sim.state.clientId,
      clientSecret: sim.state.clientSecret,
      environmentUrl: "https://other-env.operations.dynamics.com",
      clock: createSimulatedClock(),
    });
    const error = await failure(
      tokens.getToken({
        ctx: { signal: undefined } as never,
        request: new Request("https://x.test"),
        forceRefresh: false,
      }),
    );
    expect(error.code).toBe("ENTRA_INVALID_SCOPE");
    expect(error.message).toContain("https://other-env.operations.dynamics.com/.default");
  });
});

describe("entraTokenProvider with a certificate", () => {
  it("sends a signed RS256 client assertion with the certificate's x5t", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entra-cert-"));
    try {
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-keyout",
          join(dir, "key.pem"),
          "-out",
          join(dir, "cert.pem"),
          "-days",
          "1",
          "-subj",
          "/CN=ml-connector-test",
        ],
        { stdio: "ignore" },
      );
      const privateKey = readFileSync(join(dir, "key.pem"), "utf8");
      const certificatePem = readFileSync(join(dir, "cert.pem"), "utf8");
      const forms: URLSearchParams[] = [];
      server.use(
        http.post("https://login.microsoftonline.com/:tenant/oauth2/v2.0/token", async ({ request }) => {
          forms.push(new URLSearchParams(await request.text()));
          return HttpResponse.json({
            token_type: "Bearer",
            expires_in: 3599,
            access_token: "eyJhbGciOi.eyJhdWQiOi.sig",
          });
        }),
      );
      const tokens = entraTokenProvider({
        tenantId: "contoso.onmicrosoft.com",
        clientId: "11111111-2222-4333-8444-555555555555",
        certificate: { privateKey, certificatePem },
        environmentUrl: "https://contoso.operations.dynamics.com/",
        clock: createSimulatedClock(),
      });
      await tokens.getToken({
        ctx: { signal: undefined } as never,
        request: new Request("https://x.test"),
        forceRefresh: false,
      });
      const form = forms[0]!;
      expect(form.get("client_secret")).toBeNull();
      expect(form.get("scope")).toBe("https://contoso.operations.dynamics.com/.default");
      expect(form.get("client_assertion_type")).toBe(
        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      );
      const [h, p, s] = form.get("client_assertion")!.split(".");
      const header = JSON.parse(Buffer.from(h!, "base64url").toString()) as { alg: string; x5t: string };
      const payload = JSON.parse(Buffer.from(p!, "base64url").toString()) as { aud: string; iss: string };
      expect(header.alg).toBe("RS256");
      const fingerprint = execFileSync("openssl", [
        "x509",
        "-in",
        join(dir, "cert.pem"),
        "-noout",
        "-fingerprint",
        "-sha1",
      ])
        .toString()
        .split("=")[1]!
        .trim()
        .replace(/:/g, "");
      expect(Buffer.from(header.x5t, "base64url").toString("hex").toUpperCase()).toBe(
        fingerprint.toUpperCase(),
      );
      expect(payload.aud).toBe("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
      expect(payload.iss).toBe("11111111-2222-4333-8444-555555555555");
      const ok = createVerify("RSA-SHA256")
        .update(`${h}.${p}`)
        .verify(createPublicKey(certificatePem), Buffer.from(s!, "base64url"));
      expect(ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
