/**
 * Login with Amazon: the token endpoint (refresh_token and client_credentials grants) and the check
 * every SP-API call goes through (`x-amz-access-token` present, known, unexpired, not revoked).
 */
import { msw } from "../msw.js";
import {
  type AmazonErrorBody,
  errorBody,
  type SimAccessToken,
  type SimCore,
  type SimSeller,
  templateMatches,
} from "./core.js";

/** Login with Amazon's token endpoint (the same for every region). */
export const lwaTokenUrl = "https://api.amazon.com/auth/o2/token";

/** LWA's error body. */
export interface LwaErrorBody {
  readonly error:
    | "invalid_client"
    | "invalid_grant"
    | "invalid_request"
    | "unsupported_grant_type"
    | "invalid_scope";
  readonly error_description: string;
}

function lwaError(status: number, error: LwaErrorBody["error"], description: string) {
  const { HttpResponse } = msw();
  return HttpResponse.json({ error, error_description: description } satisfies LwaErrorBody, {
    status,
    headers: { "cache-control": "no-store", pragma: "no-cache" },
  });
}

/** Issues an LWA access token for a seller (also used by tests that skip the token endpoint). */
export function issueAccessToken(core: SimCore, seller: SimSeller): SimAccessToken {
  const now = core.clock.now();
  const token: SimAccessToken = {
    token: `Atza|${core.rng.chars(96, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}`,
    kind: "lwa",
    sellerId: seller.sellerId,
    clientId: seller.clientId,
    refreshToken: seller.refreshToken,
    issuedAt: now,
    expiresAt: now + core.timings.accessTokenMs,
    revoked: false,
  };
  core.tokens.set(token.token, token);
  core.counters.tokensIssued++;
  return token;
}

/** The msw handler for `POST https://api.amazon.com/auth/o2/token`. */
export function lwaHandler(core: SimCore) {
  const { http, HttpResponse } = msw();
  return http.post(lwaTokenUrl, async ({ request }) => {
    core.counters.tokenRequests++;
    const text = await request.text();
    // LWA accepts form-encoded bodies; JSON is also accepted by the real endpoint.
    const form = new URLSearchParams();
    if ((request.headers.get("content-type") ?? "").includes("json")) {
      try {
        for (const [k, v] of Object.entries(JSON.parse(text) as Record<string, unknown>))
          form.set(k, String(v));
      } catch {
        return lwaError(400, "invalid_request", "The request has a malformed body");
      }
    } else {
      for (const [k, v] of new URLSearchParams(text)) form.set(k, v);
    }
    const grant = form.get("grant_type");
    const clientId = form.get("client_id");
    const clientSecret = form.get("client_secret");
    if (!grant)
      return lwaError(400, "invalid_request", "The request is missing a required parameter : grant_type");
    if (grant !== "refresh_token" && grant !== "client_credentials") {
      return lwaError(
        400,
        "unsupported_grant_type",
        `The authorization grant type is not supported : ${grant}`,
      );
    }
    if (!clientId)
      return lwaError(400, "invalid_request", "The request is missing a required parameter : client_id");
    const sellers = [...core.sellers.values()];
    const app = sellers.find((s) => s.clientId === clientId && s.clientSecret === clientSecret);
    if (!app) return lwaError(401, "invalid_client", "Client authentication failed");

    const now = core.clock.now();
    if (grant === "client_credentials") {
      const scope = form.get("scope");
      if (!scope)
        return lwaError(400, "invalid_request", "The request is missing a required parameter : scope");
      if (!/^sellingpartnerapi::(notifications|client_credential:rotation)$/.test(scope)) {
        return lwaError(400, "invalid_scope", "An unknown scope was requested");
      }
      const token: SimAccessToken = {
        token: `Atc|${core.rng.chars(96)}`,
        kind: "grantless",
        sellerId: undefined,
        clientId,
        refreshToken: undefined,
        issuedAt: now,
        expiresAt: now + core.timings.accessTokenMs,
        revoked: false,
      };
      core.tokens.set(token.token, token);
      core.counters.tokensIssued++;
      return HttpResponse.json(
        { access_token: token.token, scope, token_type: "bearer", expires_in: 3600 },
        { headers: { "cache-control": "no-store" } },
      );
    }

    const refreshToken = form.get("refresh_token");
    if (!refreshToken) {
      return lwaError(400, "invalid_request", "The request is missing a required parameter : refresh_token");
    }
    const seller = sellers.find((s) => s.refreshToken === refreshToken && s.clientId === clientId);
    if (!seller || core.revokedRefreshTokens.has(refreshToken)) {
      return lwaError(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token");
    }
    const token = issueAccessToken(core, seller);
    return HttpResponse.json(
      {
        access_token: token.token,
        refresh_token: refreshToken,
        token_type: "bearer",
        expires_in: Math.round(core.timings.accessTokenMs / 1000),
      },
      { headers: { "cache-control": "no-store", pragma: "no-cache" } },
    );
  });
}

/** Why a token was refused, in Amazon's words. */
export type AuthFailure = { readonly status: 403; readonly body: AmazonErrorBody };

const DENIED = "Access to requested resource is denied.";

/** Checks `x-amz-access-token`; returns the token or Amazon's 403. */
export function authenticate(core: SimCore, request: Request): SimAccessToken | AuthFailure {
  const header = request.headers.get("x-amz-access-token");
  if (!header) {
    return {
      status: 403,
      body: errorBody("Unauthorized", DENIED, "Access token is missing in the request header."),
    };
  }
  const token = core.tokens.get(header);
  if (!token || token.revoked || (token.refreshToken && core.revokedRefreshTokens.has(token.refreshToken))) {
    return {
      status: 403,
      body: errorBody(
        "Unauthorized",
        DENIED,
        "The access token you provided is revoked, malformed or invalid.",
      ),
    };
  }
  if (core.clock.now() >= token.expiresAt) {
    return {
      status: 403,
      body: errorBody("Unauthorized", DENIED, "The access token you provided has expired."),
    };
  }
  return token;
}

// Notifications destination operations take a grantless (client_credentials) token.
const GRANTLESS = new Set(["getDestinations", "createDestination", "getDestination", "deleteDestination"]);

/**
 * Everything the token decides about a call: a valid token (403 otherwise), of the right kind for
 * the operation (grantless only for grantless operations), an RDT only on the resources it covers,
 * and the seller it speaks for.
 */
export function authorize(
  core: SimCore,
  request: Request,
  operationId: string,
): { token: SimAccessToken; seller: SimSeller } | AuthFailure {
  const token = authenticate(core, request);
  if ("status" in token) return token;
  const deny = (details: string): AuthFailure => ({
    status: 403,
    body: errorBody("Unauthorized", DENIED, details),
  });
  if (token.kind === "grantless" && !GRANTLESS.has(operationId)) {
    return deny("A grantless token only works for grantless operations.");
  }
  if (token.kind === "rdt") {
    const { pathname } = new URL(request.url);
    const method = request.method.toUpperCase();
    const covered = (token.resources ?? []).some(
      (r) => r.method === method && (r.path === pathname || templateMatches(r.path, pathname)),
    );
    if (!covered) return deny("The Restricted Data Token does not cover this resource.");
  }
  const seller =
    token.sellerId !== undefined ? core.sellers.get(token.sellerId) : core.sellers.values().next().value;
  if (!seller) return deny("The token's selling partner is unknown.");
  return { token, seller };
}
