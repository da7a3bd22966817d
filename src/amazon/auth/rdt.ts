import { AUDIT_META, type AuditRun } from "../../core/pipeline.js";
/**
 * Restricted Data Tokens. For an operation the generated table marks restricted, the auth layer
 * asks the Tokens API (`createRestrictedDataToken`) for an RDT covering exactly that method, path
 * and data elements, caches it until shortly before it expires, and sends it in place of the
 * access token. Nothing restricted is called unless the host opted in to PII.
 * @packageDocumentation
 */

import type { components as TokensTypes } from "../../../generated/amazon/tokens_2021-03-01.js";
import { createTokenCache, type IssuedToken } from "../../core/cached-token.js";
import { type Clock, systemClock } from "../../core/clock.js";
import { AmazonApiError, AuthError } from "../../core/errors.js";
import type { CallContext, Handler, Middleware, OperationRef } from "../../core/pipeline.js";
import { readRequestIds } from "../../core/pipeline.js";
import { THROTTLE_META, type ThrottleRun } from "../../core/rate-limiter.js";
import { redactText, type Secret, toSecret } from "../../core/redact.js";
import { authLayer, type TokenProvider } from "../../core/token-provider.js";
import { findOperation, splitApiPath } from "../client.js";

/** The restricted data elements an RDT can carry. */
export type RdtDataElement = "buyerInfo" | "shippingAddress" | "buyerTaxInformation";

/**
 * `ctx.meta` key a middleware may set to the data elements a call wants (`readonly RdtDataElement[]`).
 * An empty list means "no PII": the call goes with the plain access token.
 */
export const RDT_DATA_ELEMENTS_META = "rdt.dataElements";
/** `ctx.meta` key that marks a `getReportDocument` call as one for a restricted report type (`true`). */
export const RDT_REQUIRED_META = "rdt.required";
/**
 * Per-call request header with the same meaning as {@link RDT_DATA_ELEMENTS_META}, comma-separated;
 * the auth layer removes it before the request leaves.
 * @example
 * await amazon.ordersV0.GET("/orders/v0/orders/{orderId}", {
 *   params: { path: { orderId } },
 *   headers: { [RDT_DATA_ELEMENTS_HEADER]: "shippingAddress" },
 * });
 */
export const RDT_DATA_ELEMENTS_HEADER = "x-ml-connector-rdt-data-elements";
/** Per-call request header with the meaning of {@link RDT_REQUIRED_META} (`true`); removed before sending. */
export const RDT_REQUIRED_HEADER = "x-ml-connector-rdt-required";

/** Options of {@link restrictedDataTokenProvider} and `lwaTokenProvider(...).withRestrictedData`. */
export interface RestrictedDataOptions {
  /**
   * Opt-in to buyer PII. `false`: no restricted operation is ever called (they fail with
   * `AuthError` code `PII_NOT_ENABLED` before any request leaves). `true`: every data element.
   * A list allows only those elements.
   */
  readonly pii: boolean | { readonly dataElements: readonly RdtDataElement[] };
  /**
   * `"exact"`: one RDT per concrete path (e.g. per order id), as Amazon's strictest reading asks.
   * `"template"`: Orders operations use the path template (`/orders/v0/orders/{orderId}/address`),
   * so one RDT covers every order; restricted report documents always use the exact path.
   * @default "exact"
   */
  readonly path?: "exact" | "template";
  /**
   * How long before expiry an RDT stops being reused.
   * @default 60_000
   */
  readonly skewMs?: number;
  /** @default the LWA provider's clock */
  readonly clock?: Clock;
  /** The transport {@link TokenProvider.getToken} uses outside a pipeline. @default globalThis.fetch */
  readonly fetch?: (request: Request) => Promise<Response>;
  /**
   * Most RDTs cached at once.
   * @default 1000
   */
  readonly maxCached?: number;
}

const ALL_ELEMENTS: readonly RdtDataElement[] = ["buyerInfo", "shippingAddress", "buyerTaxInformation"];
const RDT_PATH = "/tokens/2021-03-01/restrictedDataToken";
const TOKENS_OPERATION: OperationRef = {
  ...(findOperation("POST", RDT_PATH) ?? {
    api: "tokens_2021-03-01",
    operationId: "createRestrictedDataToken",
    path: RDT_PATH,
    rate: 1,
    burst: 10,
  }),
  restricted: false,
};

interface RdtNeed {
  readonly operation: OperationRef;
  readonly method: "GET" | "PUT" | "POST" | "DELETE";
  readonly path: string;
  readonly dataElements: readonly string[];
}

/**
 * Wraps an access-token provider (LWA) so that restricted SP-API operations carry a Restricted Data
 * Token. Prefer `lwaTokenProvider(...).withRestrictedData(...)`.
 */
export function restrictedDataTokenProvider(
  access: Pick<TokenProvider, "getToken" | "invalidate">,
  options: RestrictedDataOptions,
): TokenProvider {
  const clock = options.clock ?? systemClock;
  const cache = createTokenCache({
    clock,
    ...(options.skewMs !== undefined ? { skewMs: options.skewMs } : {}),
    ...(options.maxCached !== undefined ? { maxEntries: options.maxCached } : {}),
  });
  const allowed: readonly RdtDataElement[] =
    options.pii === true ? ALL_ELEMENTS : options.pii === false ? [] : options.pii.dataElements;
  const piiOn = options.pii !== false;
  const placement = { header: "x-amz-access-token" } as const;
  const accessLayer = authLayer(access, { placement });

  /** What RDT a request needs, or undefined for the plain access token. Throws when PII is off. */
  const needOf = (request: Request, ctx: CallContext): RdtNeed | undefined => {
    const op = ctx.operation;
    if (!op || op.restricted === false) return undefined;
    const url = new URL(request.url);
    const method = request.method.toUpperCase() as RdtNeed["method"];
    // The RDT names the API path, without the prefix of a base URL behind a proxy.
    const split = splitApiPath(method, url.pathname);
    const info = split?.operation ?? findOperation(method, url.pathname);
    const apiPath = split?.path ?? url.pathname;
    const opElements = info?.dataElements ?? [];
    const template = options.path === "template" && op.restricted !== "reportType";
    const path = template ? op.path : apiPath;
    const requested = requestedElements(request, ctx);
    if (op.restricted === "dataElements") {
      const wanted = requested ?? allowed.filter((e) => opElements.includes(e));
      if (wanted.length === 0) return undefined;
      const refused = wanted.filter((e) => !allowed.includes(e as RdtDataElement));
      if (refused.length > 0) throw piiNotEnabled(op, refused);
      const unknown = wanted.filter((e) => !opElements.includes(e));
      if (unknown.length > 0) {
        throw new AuthError(`${op.operationId} cannot return the data element(s) ${unknown.join(", ")}`, {
          code: "RDT_DATA_ELEMENTS",
          where: { system: "amazon", operation: op.operationId, method, path: op.path },
          hint: `ask only for ${opElements.join(", ") || "no data elements"}`,
        });
      }
      return { operation: op, method, path, dataElements: [...new Set(wanted)].sort() };
    }
    if (op.restricted === "reportType") {
      const required =
        ctx.meta.get(RDT_REQUIRED_META) === true || request.headers.get(RDT_REQUIRED_HEADER) === "true";
      if (!required) return undefined;
    }
    if (!piiOn) throw piiNotEnabled(op, opElements);
    const refused = opElements.filter((e) => !allowed.includes(e as RdtDataElement));
    if (refused.length > 0) throw piiNotEnabled(op, refused);
    return { operation: op, method, path, dataElements: [] };
  };

  const fetchRdt = async (
    need: RdtNeed,
    request: Request,
    ctx: CallContext,
    send: Handler,
  ): Promise<IssuedToken> => {
    const body: TokensTypes["schemas"]["CreateRestrictedDataTokenRequest"] = {
      restrictedResources: [
        {
          method: need.method,
          path: need.path,
          ...(need.dataElements.length > 0 ? { dataElements: [...need.dataElements] } : {}),
        },
      ],
    };
    const headers = new Headers({ "content-type": "application/json", accept: "application/json" });
    const userAgent = request.headers.get("user-agent");
    if (userAgent) headers.set("user-agent", userAgent);
    const prefix = splitApiPath(request.method, new URL(request.url).pathname)?.prefix ?? "";
    const rdtRequest = new Request(new URL(`${prefix}${RDT_PATH}`, request.url), {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    const rdtCtx: CallContext = {
      ...ctx,
      // The fetch is shared by every waiter: one caller's abort must not cancel it for the rest.
      signal: undefined,
      operation: TOKENS_OPERATION,
      attempts: [],
      requestIds: {},
      meta: new Map(),
    };
    // The Tokens call takes the plain access token through the same layer as any other call, and
    // is paced inside the Tokens API's own usage plan by the client's throttle layer when there is one.
    // It is audited as a call of its own when the client has an audit trail.
    const paced = ctx.meta.get(THROTTLE_META) as ThrottleRun | undefined;
    const audited = ctx.meta.get(AUDIT_META) as AuditRun | undefined;
    const sendOnce = () => accessLayer(rdtRequest, rdtCtx, send);
    const sendAudited = audited ? () => audited(TOKENS_OPERATION, rdtRequest, sendOnce) : sendOnce;
    const response = paced ? await paced(TOKENS_OPERATION, sendAudited) : await sendAudited();
    const text = await response.text().catch(() => "");
    let answer: { restrictedDataToken?: unknown; expiresIn?: unknown; errors?: unknown } = {};
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch {}
    if (response.ok && typeof answer.restrictedDataToken === "string") {
      const expiresIn = typeof answer.expiresIn === "number" ? answer.expiresIn : 3600;
      ctx.logger.debug("restricted data token issued", {
        callId: ctx.callId,
        operation: need.operation.operationId,
        dataElements: need.dataElements.join(","),
        expiresInSeconds: expiresIn,
      });
      return { token: toSecret(answer.restrictedDataToken), expiresInMs: expiresIn * 1000 };
    }
    const errors = Array.isArray(answer.errors)
      ? (answer.errors as { code: string; message: string; details?: string }[]).map((e) => ({
          code: String(e.code),
          message: redactText(String(e.message)),
          ...(e.details !== undefined ? { details: redactText(String(e.details)) } : {}),
        }))
      : [];
    const first = errors[0];
    const where = {
      system: "amazon",
      operation: need.operation.operationId,
      method: need.method,
      path: need.operation.path,
    } as const;
    if (response.status === 429 || response.status >= 500) {
      throw new TokensApiBusy(
        text,
        response,
        `the Tokens API answered ${response.status} to createRestrictedDataToken`,
        {
          code: "RDT_UNAVAILABLE",
          status: response.status,
          requestIds: readRequestIds(response),
          errors,
          where,
          hint: "the call can be tried again later",
        },
      );
    }
    throw new AuthError(
      `Amazon refused a Restricted Data Token for ${need.operation.operationId} (HTTP ${response.status}${first ? ` ${first.code}: ${first.message}` : ""})`,
      {
        code: "RDT_REFUSED",
        where,
        hint: "the app needs the restricted role for this data (Direct-to-Consumer Delivery for addresses, Tax Invoicing or Tax Remittance for buyer info) and the seller must have authorized it",
      },
    );
  };

  const rdtKey = (need: RdtNeed) => `${need.method} ${need.path} ${need.dataElements.join(",")}`;

  const middleware: Middleware = async (request, ctx, next) => {
    const need = needOf(request, ctx);
    const clean = stripControlHeaders(request);
    if (!need) return accessLayer(clean, ctx, next);
    const key = rdtKey(need);
    const rdt: Pick<TokenProvider, "getToken" | "invalidate"> = {
      getToken: ({ ctx: c, forceRefresh }) =>
        cache.get(key, () => fetchRdt(need, clean, c, next), { forceRefresh, signal: c.signal }),
      invalidate: (token) => cache.invalidate(token),
    };
    try {
      return await authLayer(rdt, { placement })(clean, ctx, next);
    } catch (e) {
      // Hand the Tokens API's 429/5xx to the retry layer as the call's answer, so it backs off,
      // honours Retry-After and, when it gives up, says "throttled" rather than "no answer".
      if (e instanceof TokensApiBusy) return e.toResponse();
      throw e;
    }
  };

  const direct: Handler = (request) => (options.fetch ?? globalThis.fetch)(request);

  return {
    getToken: (tokenRequest) => {
      const need = needOf(tokenRequest.request, tokenRequest.ctx);
      if (!need) return access.getToken(tokenRequest);
      return cache.get(rdtKey(need), () => fetchRdt(need, tokenRequest.request, tokenRequest.ctx, direct), {
        forceRefresh: tokenRequest.forceRefresh,
        signal: tokenRequest.ctx.signal,
      });
    },
    invalidate: (token: Secret) => {
      cache.invalidate(token);
      access.invalidate(token);
    },
    middleware: () => middleware,
  };
}

/** The Tokens API answered 429 or 5xx. Thrown through the cache so every waiter sees it. */
class TokensApiBusy extends AmazonApiError {
  readonly #body: string;
  readonly #headers: [string, string][];

  constructor(
    body: string,
    response: Response,
    message: string,
    options: ConstructorParameters<typeof AmazonApiError>[1],
  ) {
    super(message, options);
    this.#body = body;
    this.#headers = [...response.headers];
  }

  toResponse(): Response {
    return new Response(this.#body, { status: this.status, headers: this.#headers });
  }
}

function requestedElements(request: Request, ctx: CallContext): readonly string[] | undefined {
  const fromMeta = ctx.meta.get(RDT_DATA_ELEMENTS_META);
  if (Array.isArray(fromMeta)) return fromMeta.map(String);
  const header = request.headers.get(RDT_DATA_ELEMENTS_HEADER);
  if (header === null) return undefined;
  return header
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function stripControlHeaders(request: Request): Request {
  if (!request.headers.has(RDT_DATA_ELEMENTS_HEADER) && !request.headers.has(RDT_REQUIRED_HEADER))
    return request;
  const headers = new Headers(request.headers);
  headers.delete(RDT_DATA_ELEMENTS_HEADER);
  headers.delete(RDT_REQUIRED_HEADER);
  return new Request(request, { headers });
}

function piiNotEnabled(op: OperationRef, elements: readonly string[]): AuthError {
  return new AuthError(
    `${op.operationId} reads restricted buyer data${elements.length > 0 ? ` (${elements.join(", ")})` : ""} and PII access is not enabled`,
    {
      code: "PII_NOT_ENABLED",
      where: { system: "amazon", operation: op.operationId, path: op.path },
      hint: "pass withRestrictedData({ pii: true }) (or list the data elements) once the app's restricted roles are approved; no request was sent",
    },
  );
}
