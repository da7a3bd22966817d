import { describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createMemoryAuditSink } from "../../src/core/audit.js";
import { entraTokenProvider } from "../../src/d365/auth/entra.js";

/** A token endpoint that never answers, until the request's signal aborts. */
const hang = (request: Request) =>
  new Promise<Response>((_, reject) =>
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }),
  );
const ask = {
  ctx: { signal: undefined } as never,
  request: new Request("https://x.test"),
  forceRefresh: false,
};

describe("token endpoints through ky", () => {
  it("LWA: a silent endpoint ends at timeoutMs as LWA_UNAVAILABLE (retryable)", async () => {
    const tokens = lwaTokenProvider({
      clientId: "c",
      clientSecret: "amzn1.oa2-cs.v1.s",
      refreshToken: "Atzr|r",
      fetch: hang,
      retry: false,
      timeoutMs: 50,
    });
    const error = await tokens.getToken(ask).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "LWA_UNAVAILABLE", retryable: true });
  });

  it("Entra: a silent endpoint ends at timeoutMs as ENTRA_UNAVAILABLE (retryable)", async () => {
    const tokens = entraTokenProvider({
      tenantId: "t",
      clientId: "c",
      clientSecret: "s",
      environmentUrl: "https://contoso.operations.dynamics.com",
      fetch: hang,
      retry: false,
      timeoutMs: 50,
    });
    const error = await tokens.getToken(ask).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ENTRA_UNAVAILABLE", retryable: true });
  });

  it("the form, headers and audit entry are what the pipeline sends and records", async () => {
    const audit = createMemoryAuditSink();
    const seen: Request[] = [];
    const tokens = lwaTokenProvider({
      clientId: "amzn1.application-oa2-client.x",
      clientSecret: "amzn1.oa2-cs.v1.secret",
      refreshToken: "Atzr|refresh",
      audit,
      fetch: async (request) => {
        seen.push(request.clone());
        return Response.json({ access_token: "Atza|token", expires_in: 3600 });
      },
    });
    const [a, b] = await Promise.all([tokens.getToken(ask), tokens.getToken(ask)]);
    expect(a.reveal()).toBe("Atza|token");
    expect(b.reveal()).toBe("Atza|token");
    expect(seen).toHaveLength(1); // single flight
    expect(seen[0]!.method).toBe("POST");
    expect(seen[0]!.headers.get("content-type")).toBe("application/x-www-form-urlencoded;charset=UTF-8");
    expect(new URLSearchParams(await seen[0]!.text()).get("grant_type")).toBe("refresh_token");
    const entries = audit.entries;
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain("amzn1.oa2-cs.v1.secret");
  });
});
