/**
 * Microsoft Entra ID client credentials for D365 F&O: requests a token for
 * `https://<environment host>/.default` with a client secret or a certificate, caches it until a
 * minute before it expires, and keeps one request in flight however many calls wait.
 * @packageDocumentation
 */
import { createPrivateKey, createSign, type KeyObject, randomUUID, X509Certificate } from "node:crypto";
import { z } from "zod";
import type { AuditSink } from "../../core/audit.js";
import { createTokenCache, type IssuedToken } from "../../core/cached-token.js";
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
  textOption,
} from "../../core/options.js";
import { createPipeline, type OperationRef } from "../../core/pipeline.js";
import { postForm } from "../../core/plain-http.js";
import { redactText, type Secret, toSecret } from "../../core/redact.js";
import { createRetryPolicy, type RetryPolicy } from "../../core/retry.js";
import { authLayer, type TokenPlacement, type TokenProvider } from "../../core/token-provider.js";
import { normalizeEnvironmentUrl } from "../client.js";

/** A certificate credential: the app registration holds the certificate, we sign with its key. */
export interface EntraCertificate {
  /** PEM private key matching the certificate uploaded to the app registration. */
  readonly privateKey: string | Secret;
  /**
   * The certificate, PEM, to derive the `x5t` thumbprint from. Give this or `thumbprint`.
   */
  readonly certificatePem?: string;
  /** SHA-1 thumbprint as shown in the Entra portal (hex). */
  readonly thumbprint?: string;
}

/** Options of {@link entraTokenProvider}. */
export interface EntraTokenProviderOptions {
  /** Directory (tenant) id or a verified domain. */
  readonly tenantId: string;
  /** Application (client) id of the app registration. */
  readonly clientId: string;
  /** Client secret value (not its id). Give this or `certificate`. */
  readonly clientSecret?: string | Secret;
  /** Certificate credential, in place of a secret. */
  readonly certificate?: EntraCertificate;
  /** The D365 environment, e.g. `https://contoso.operations.dynamics.com`; the scope is its `/.default`. */
  readonly environmentUrl: string;
  /**
   * The Entra authority host (sovereign clouds differ).
   * @default "https://login.microsoftonline.com"
   */
  readonly authority?: string;
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

/** An Entra client-credentials token provider. */
export interface EntraTokenProvider extends TokenProvider {
  /** The scope requested: `https://<environment host>/.default`. */
  readonly scope: string;
  readonly clock: Clock;
}

/** Where D365 reads the token: `Authorization: Bearer …`. */
export const d365TokenPlacement: TokenPlacement = { header: "authorization", scheme: "Bearer" };

const ENTRA_OPERATION: OperationRef = {
  api: "entra",
  operationId: "entraToken",
  path: "/{tenant}/oauth2/v2.0/token",
  rate: null,
  burst: null,
  restricted: false,
};

const entraOptionsSchema = z
  .looseObject(
    {
      tenantId: textOption,
      clientId: textOption,
      clientSecret: secretTextOption.optional(),
      certificate: z
        .looseObject(
          {
            privateKey: secretTextOption,
            certificatePem: textOption.optional(),
            thumbprint: textOption.optional(),
          },
          { error: "must be an object { privateKey, certificatePem | thumbprint }" },
        )
        .optional(),
      environmentUrl: httpsUrlOption,
      authority: httpsUrlOption.optional(),
      skewMs: nonNegativeOption.optional(),
      timeoutMs: nonNegativeOption.optional(),
      clock: clockOption.optional(),
      fetch: functionOption.optional(),
      audit: auditOption.optional(),
      logger: loggerOption.optional(),
      retry: retryOption.optional(),
    },
    { error: "options must be an object { tenantId, clientId, clientSecret, environmentUrl }" },
  )
  .refine((o) => o.clientSecret !== undefined || o.certificate !== undefined, {
    message:
      "required: pass the client secret value of the app registration, or `certificate` with its private key",
    path: ["clientSecret"],
  });

interface EntraAnswer {
  readonly access_token?: unknown;
  readonly expires_in?: unknown;
  readonly error?: unknown;
  readonly error_description?: unknown;
  readonly error_codes?: unknown;
  readonly trace_id?: unknown;
  readonly correlation_id?: unknown;
}

/**
 * Creates an Entra ID client-credentials token provider for one D365 environment.
 * @example
 * const tokens = entraTokenProvider({
 *   tenantId: process.env.ENTRA_TENANT_ID!,
 *   clientId: process.env.ENTRA_CLIENT_ID!,
 *   clientSecret: process.env.ENTRA_CLIENT_SECRET!,
 *   environmentUrl: "https://contoso.operations.dynamics.com",
 * });
 * const d365 = createD365Client({ environmentUrl: "https://contoso.operations.dynamics.com", tokens });
 */
export function entraTokenProvider(options: EntraTokenProviderOptions): EntraTokenProvider {
  parseOptions(entraOptionsSchema, options, { system: "entra", operation: "entraTokenProvider" });
  const environmentUrl = normalizeEnvironmentUrl(options.environmentUrl);
  const scope = `${environmentUrl}/.default`;
  const authority = (options.authority ?? "https://login.microsoftonline.com").replace(/\/+$/, "");
  const tokenUrl = `${authority}/${encodeURIComponent(options.tenantId)}/oauth2/v2.0/token`;
  const clock = options.clock ?? systemClock;
  const clientSecret = options.clientSecret !== undefined ? toSecret(options.clientSecret) : undefined;
  const signer = options.certificate ? certificateSigner(options.certificate) : undefined;
  const cache = createTokenCache({
    clock,
    ...(options.skewMs !== undefined ? { skewMs: options.skewMs } : {}),
  });
  const pipeline = createPipeline({
    system: "entra",
    partition: options.tenantId,
    resolveOperation: () => ENTRA_OPERATION,
    clock,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.audit ? { audit: options.audit } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.retry !== false
      ? {
          retry: options.retry ?? createRetryPolicy({ maxAttempts: 3, idempotentOperations: ["entraToken"] }),
        }
      : {}),
  });

  const request = async (): Promise<IssuedToken> => {
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: options.clientId,
      scope,
    });
    if (signer) {
      form.set("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
      form.set(
        "client_assertion",
        signer({ clientId: options.clientId, audience: tokenUrl, now: clock.now() }),
      );
    } else if (clientSecret) {
      form.set("client_secret", clientSecret.reveal());
    }
    let response: Response;
    try {
      // ky builds the request and holds the deadline; the pipeline keeps audit and the one retry layer.
      response = await postForm(tokenUrl, form, {
        transport: pipeline.fetch,
        timeoutMs: options.timeoutMs ?? 30_000,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
    } catch (e) {
      throw new AuthError("could not reach Microsoft Entra ID for a D365 token", {
        code: "ENTRA_UNAVAILABLE",
        retryable: true,
        where: { system: "entra", path: ENTRA_OPERATION.path },
        hint: "Entra kept failing or could not be reached; the call can be tried again later",
        cause: isConnectorError(e) ? e : new Error(redactText(e instanceof Error ? e.message : String(e))),
      });
    }
    const text = await response.text().catch(() => "");
    let body: EntraAnswer = {};
    try {
      body = JSON.parse(text) as EntraAnswer;
    } catch {}
    if (response.ok && typeof body.access_token === "string" && body.access_token.length > 0) {
      const expiresIn = Number(body.expires_in ?? 3600);
      options.logger?.debug("Entra access token issued", { expiresInSeconds: expiresIn });
      return {
        token: toSecret(body.access_token),
        expiresInMs: (Number.isFinite(expiresIn) ? expiresIn : 3600) * 1000,
      };
    }
    throw entraRefusal(response.status, body, {
      tenantId: options.tenantId,
      clientId: options.clientId,
      scope,
    });
  };

  const getToken: TokenProvider["getToken"] = ({ ctx, forceRefresh }) =>
    cache.get("entra", request, { forceRefresh, signal: ctx.signal });
  const invalidate = (token: Secret) => cache.invalidate(token);
  const base = { getToken, invalidate };
  return {
    scope,
    clock,
    getToken,
    invalidate,
    middleware: () => authLayer(base, { placement: d365TokenPlacement }),
  };
}

/** Maps an Entra error answer to an AuthError that names the credential at fault. */
function entraRefusal(
  status: number,
  body: EntraAnswer,
  facts: { tenantId: string; clientId: string; scope: string },
): AuthError {
  const codes = Array.isArray(body.error_codes) ? body.error_codes.map(Number) : [];
  const description = typeof body.error_description === "string" ? body.error_description : "";
  const fromText = /AADSTS(\d+)/.exec(description)?.[1];
  const aadsts = codes[0] ?? (fromText !== undefined ? Number(fromText) : undefined);
  const firstLine = redactText(description.split(/\r?\n/)[0] ?? "");
  const trace = typeof body.trace_id === "string" ? ` trace ${body.trace_id}` : "";
  const cause = new Error(`Entra answered ${status} ${String(body.error ?? "")}: ${firstLine}${trace}`);
  const where = { system: "entra", path: ENTRA_OPERATION.path } as const;
  const make = (message: string, code: string, hint: string) =>
    new AuthError(`${message}${aadsts !== undefined ? ` (AADSTS${aadsts})` : ""}`, {
      code,
      where,
      cause,
      hint,
    });
  switch (aadsts) {
    case 90002:
    case 900023:
    case 90072:
    case 900022:
      return make(
        `Entra does not know the tenant id "${facts.tenantId}"`,
        "ENTRA_INVALID_TENANT",
        "check tenantId: the Directory (tenant) ID on the app registration's overview page",
      );
    case 700016:
      return make(
        `Entra has no application with client id "${facts.clientId}" in tenant "${facts.tenantId}"`,
        "ENTRA_INVALID_CLIENT_ID",
        "check clientId (the Application (client) ID) and that the app is registered in this tenant",
      );
    case 7000215:
    case 7000222:
      return make(
        "Entra refused the client secret (wrong or expired)",
        "ENTRA_INVALID_SECRET",
        "use the secret's Value (not its Secret ID) from Certificates & secrets, and renew it if it expired",
      );
    case 7000216:
      return make(
        "Entra received no client secret or certificate",
        "ENTRA_NO_CREDENTIAL",
        "pass clientSecret or certificate",
      );
    case 700027:
    case 700024:
    case 700023:
      return make(
        "Entra refused the certificate assertion",
        "ENTRA_INVALID_CERTIFICATE",
        "check that the certificate (thumbprint) is uploaded to the app registration and the key matches it",
      );
    case 70011:
    case 500011:
    case 900144:
      return make(
        `Entra refused the scope "${facts.scope}"`,
        "ENTRA_INVALID_SCOPE",
        "check environmentUrl: it must be the D365 environment's URL, and the environment must be in this tenant",
      );
    default:
      if (status >= 500 || status === 429) {
        return new AuthError(`Microsoft Entra ID answered ${status}`, {
          code: "ENTRA_UNAVAILABLE",
          retryable: true,
          where,
          cause,
          hint: "Entra is failing; the call can be tried again later",
        });
      }
      return make(
        `Entra refused the token request (HTTP ${status} ${String(body.error ?? "")}: ${firstLine})`,
        "ENTRA_REFUSED",
        "check tenantId, clientId, the secret and environmentUrl",
      );
  }
}

/** Builds the RS256 client assertion Entra accepts in place of a secret. */
function certificateSigner(certificate: EntraCertificate) {
  let thumbprintHex = certificate.thumbprint?.replace(/[^0-9a-f]/gi, "");
  if (!thumbprintHex && certificate.certificatePem) {
    thumbprintHex = new X509Certificate(certificate.certificatePem).fingerprint.replace(/:/g, "");
  }
  if (thumbprintHex?.length !== 40) {
    throw new AuthError(
      "the Entra certificate credential needs its SHA-1 thumbprint or the certificate PEM",
      {
        code: "ENTRA_INVALID_CERTIFICATE",
        where: { system: "entra" },
        hint: "pass certificate.certificatePem, or certificate.thumbprint as shown in the portal",
      },
    );
  }
  const x5t = Buffer.from(thumbprintHex, "hex").toString("base64url");
  const pem = toSecret(certificate.privateKey);
  let key: KeyObject;
  try {
    key = createPrivateKey(pem.reveal());
  } catch {
    throw new AuthError("the Entra certificate's private key could not be read", {
      code: "ENTRA_INVALID_CERTIFICATE",
      where: { system: "entra" },
      hint: "pass the PEM private key (PKCS#8 or PKCS#1) that matches the uploaded certificate",
    });
  }
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return (input: { clientId: string; audience: string; now: number }): string => {
    const iat = Math.floor(input.now / 1000);
    const header = b64({ alg: "RS256", typ: "JWT", x5t });
    const payload = b64({
      aud: input.audience,
      iss: input.clientId,
      sub: input.clientId,
      jti: randomUUID(),
      nbf: iat,
      iat,
      exp: iat + 600,
    });
    const signature = createSign("RSA-SHA256").update(`${header}.${payload}`).sign(key).toString("base64url");
    return `${header}.${payload}.${signature}`;
  };
}
