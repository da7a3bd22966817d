/**
 * Login with Amazon: exchanges a seller's refresh token for an access token, caches it until a
 * minute before it expires, and keeps one exchange in flight however many calls wait.
 * @packageDocumentation
 */
import { z } from "zod";
import type { AuditSink } from "../../core/audit.js";
import { createTokenCache, type IssuedToken, type TokenCache } from "../../core/cached-token.js";
import { type Clock, systemClock } from "../../core/clock.js";
import { AuthError, isConnectorError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import {
  auditOption,
  clockOption,
  functionOption,
  httpsUrlOption,
  loggerOption,
  nonNegativeOption,
  parseOptions,
  retryOption,
  secretTextOption,
} from "../../core/options.js";
import { createPipeline, type OperationRef, type Pipeline } from "../../core/pipeline.js";
import { postForm } from "../../core/plain-http.js";
import { redactText, type Secret, toSecret } from "../../core/redact.js";
import { createRetryPolicy, type RetryPolicy } from "../../core/retry.js";
import { authLayer, type TokenPlacement, type TokenProvider } from "../../core/token-provider.js";
import { lwaTokenEndpoint } from "../regions.js";
import { type RestrictedDataOptions, restrictedDataTokenProvider } from "./rdt.js";

/** Options of {@link lwaTokenProvider}. */
export interface LwaTokenProviderOptions {
  /** The app's LWA client id (`amzn1.application-oa2-client…`). */
  readonly clientId: string | Secret;
  /** The app's LWA client secret. Turned into a {@link Secret} at once. */
  readonly clientSecret: string | Secret;
  /** The seller's refresh token (`Atzr|…`), from authorizing the app. */
  readonly refreshToken: string | Secret;
  /**
   * The LWA token endpoint; override for a proxy or a regional endpoint.
   * @default "https://api.amazon.com/auth/o2/token"
   */
  readonly endpoint?: string;
  /**
   * How long before expiry the token is refreshed.
   * @default 60_000
   */
  readonly skewMs?: number;
  /**
   * Deadline of one token exchange, retries included (ky's timeout around the pipeline).
   * @default 30_000
   */
  readonly timeoutMs?: number;
  /** @default systemClock */
  readonly clock?: Clock;
  /** The transport for the token endpoint; looked up at call time. @default globalThis.fetch */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Records token-endpoint calls (path, status, latency; never bodies). */
  readonly audit?: AuditSink;
  readonly logger?: Logger;
  /**
   * Retries of the token endpoint on 429, 5xx and network failures.
   * @default createRetryPolicy({ maxAttempts: 3 })
   */
  readonly retry?: RetryPolicy | false;
}

/** An LWA token provider; {@link LwaTokenProvider.withRestrictedData} adds Restricted Data Tokens. */
export interface LwaTokenProvider extends TokenProvider {
  /** The clock expiry is measured on. */
  readonly clock: Clock;
  /**
   * A provider for SP-API clients that also reads restricted data: restricted operations get a
   * Restricted Data Token in place of the access token. Without `pii: true` a restricted
   * operation fails with `AuthError` code `PII_NOT_ENABLED` before any request leaves.
   * @example
   * const tokens = lwaTokenProvider({ clientId, clientSecret, refreshToken }).withRestrictedData({ pii: true });
   * const amazon = createSpApiClient({ region: "na", tokens });
   */
  withRestrictedData(options: RestrictedDataOptions): TokenProvider;
}

/** The header SP-API reads the access token from. */
export const amazonTokenPlacement: TokenPlacement = { header: "x-amz-access-token" };

const LWA_OPERATION: OperationRef = {
  api: "lwa",
  operationId: "lwaToken",
  path: "/auth/o2/token",
  rate: null,
  burst: null,
  restricted: false,
};

const lwaOptionsSchema = z.looseObject(
  {
    clientId: secretTextOption,
    clientSecret: secretTextOption,
    refreshToken: secretTextOption,
    endpoint: httpsUrlOption.optional(),
    skewMs: nonNegativeOption.optional(),
    timeoutMs: nonNegativeOption.optional(),
    clock: clockOption.optional(),
    fetch: functionOption.optional(),
    audit: auditOption.optional(),
    logger: loggerOption.optional(),
    retry: retryOption.optional(),
  },
  { error: "options must be an object { clientId, clientSecret, refreshToken }" },
);

interface LwaAnswer {
  readonly access_token?: unknown;
  readonly expires_in?: unknown;
  readonly error?: unknown;
  readonly error_description?: unknown;
}

/**
 * Creates a Login with Amazon token provider for one seller authorization.
 * @example
 * const tokens = lwaTokenProvider({
 *   clientId: process.env.LWA_CLIENT_ID!,
 *   clientSecret: process.env.LWA_CLIENT_SECRET!,
 *   refreshToken: process.env.LWA_REFRESH_TOKEN!,
 * });
 * const amazon = createSpApiClient({ region: "na", tokens });
 */
export function lwaTokenProvider(options: LwaTokenProviderOptions): LwaTokenProvider {
  parseOptions(lwaOptionsSchema, options, { system: "lwa", operation: "lwaTokenProvider" });
  const clientId = toSecret(options.clientId);
  const clientSecret = toSecret(options.clientSecret);
  const refreshToken = toSecret(options.refreshToken);
  const endpoint = options.endpoint ?? lwaTokenEndpoint;
  const clock = options.clock ?? systemClock;
  const cache: TokenCache = createTokenCache({
    clock,
    ...(options.skewMs !== undefined ? { skewMs: options.skewMs } : {}),
  });
  const pipeline: Pipeline = createPipeline({
    system: "lwa",
    partition: "lwa",
    resolveOperation: () => LWA_OPERATION,
    clock,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.audit ? { audit: options.audit } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.retry !== false
      ? { retry: options.retry ?? createRetryPolicy({ maxAttempts: 3, idempotentOperations: ["lwaToken"] }) }
      : {}),
  });

  const exchange = async (): Promise<IssuedToken> => {
    const form = new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: refreshToken.reveal(),
      client_id: clientId.reveal(),
      client_secret: clientSecret.reveal(),
    });
    let response: Response;
    try {
      // ky builds the request and holds the deadline; the pipeline keeps audit and the one retry layer.
      response = await postForm(endpoint, form, {
        transport: pipeline.fetch,
        timeoutMs: options.timeoutMs ?? 30_000,
        headers: { "content-type": "application/x-www-form-urlencoded;charset=UTF-8" },
      });
    } catch (e) {
      throw new AuthError("could not reach Login with Amazon for an access token", {
        code: "LWA_UNAVAILABLE",
        retryable: true,
        where: { system: "lwa", path: LWA_OPERATION.path },
        hint: "LWA kept failing or could not be reached; the call can be tried again later",
        cause: isConnectorError(e) ? e : new Error(redactText(e instanceof Error ? e.message : String(e))),
      });
    }
    const text = await response.text().catch(() => "");
    let body: LwaAnswer = {};
    try {
      body = JSON.parse(text) as LwaAnswer;
    } catch {}
    if (response.ok && typeof body.access_token === "string" && body.access_token.length > 0) {
      const expiresIn =
        typeof body.expires_in === "number" ? body.expires_in : Number(body.expires_in ?? 3600);
      options.logger?.debug("LWA access token issued", { expiresInSeconds: expiresIn });
      return {
        token: toSecret(body.access_token),
        expiresInMs: (Number.isFinite(expiresIn) ? expiresIn : 3600) * 1000,
      };
    }
    throw lwaRefusal(response.status, body);
  };

  const getToken: TokenProvider["getToken"] = ({ ctx, forceRefresh }) =>
    cache.get("lwa", exchange, { forceRefresh, signal: ctx.signal });
  const invalidate = (token: Secret) => cache.invalidate(token);
  const base = { getToken, invalidate };

  const provider: LwaTokenProvider = {
    clock,
    getToken,
    invalidate,
    middleware: () => authLayer(base, { placement: amazonTokenPlacement }),
    withRestrictedData: (rdtOptions) =>
      restrictedDataTokenProvider(base, {
        clock,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...rdtOptions,
      }),
  };
  return provider;
}

/** Turns LWA's error answer into an AuthError that names the credential at fault. */
function lwaRefusal(status: number, body: LwaAnswer): AuthError {
  const error = typeof body.error === "string" ? body.error : undefined;
  const description = typeof body.error_description === "string" ? redactText(body.error_description) : "";
  const where = { system: "lwa", path: LWA_OPERATION.path } as const;
  const cause = new Error(
    `LWA answered ${status}${error ? ` ${error}` : ""}${description ? `: ${description}` : ""}`,
  );
  if (error === "invalid_client") {
    return new AuthError("LWA refused the client id or secret", {
      code: "LWA_INVALID_CLIENT",
      where,
      cause,
      hint: "check the app's LWA client id and client secret in Seller Central › Develop Apps; a rotated secret must be updated here",
    });
  }
  if (error === "invalid_grant") {
    return new AuthError("LWA refused the refresh token (revoked or expired): re-authorize the seller", {
      code: "LWA_INVALID_GRANT",
      where,
      cause,
      hint: "the seller must authorize the app again and the new refresh token be stored",
    });
  }
  if (status >= 500 || status === 429) {
    return new AuthError(`Login with Amazon answered ${status}`, {
      code: "LWA_UNAVAILABLE",
      retryable: true,
      where,
      cause,
      hint: "LWA is failing; the call can be tried again later",
    });
  }
  return new AuthError(
    `LWA refused the token request (HTTP ${status}${error ? ` ${error}` : ""}${description ? `: ${description}` : ""})`,
    {
      code: "LWA_REFUSED",
      where,
      cause,
      hint: "check the endpoint and the app's credentials",
    },
  );
}
