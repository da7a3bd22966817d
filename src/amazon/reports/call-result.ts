/**
 * Turns an openapi-fetch answer (`{ data, error, response }`) into data or a typed error, for the
 * domain wrappers (orders, finances, reports, inventory): raw clients return results, wrappers throw.
 * @packageDocumentation
 */
import { AmazonApiError, isConnectorError } from "../../core/errors.js";
import { type Middleware, readRequestIds } from "../../core/pipeline.js";

/** Where a wrapper's call went, for the error it throws. */
export interface CallSite {
  readonly operation: string;
  readonly method?: string;
  /** Path template (no ids, no PII). */
  readonly path: string;
  readonly record?: string;
}

/** An openapi-fetch result. */
export interface FetchResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/** Amazon's `errors[]` of an error body, with every field as text. */
export function amazonErrors(body: unknown): { code: string; message: string; details?: string }[] {
  const list = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(list)) return [];
  return list.map((e) => {
    const x = (e ?? {}) as Record<string, unknown>;
    return {
      code: String(x.code ?? ""),
      message: String(x.message ?? ""),
      ...(x.details !== undefined ? { details: String(x.details) } : {}),
    };
  });
}

/**
 * The data of a successful answer.
 * @throws AmazonApiError for a 4xx answer (the pipeline has already thrown for 429/5xx it gave up on).
 */
export function expectData<T>(result: FetchResult<T>, site: CallSite, hint?: string): T {
  if (result.error === undefined && result.response.ok) return result.data as T;
  const errors = amazonErrors(result.error);
  const first = errors[0];
  throw new AmazonApiError(
    `${site.operation} failed with HTTP ${result.response.status}${first ? ` ${first.code}: ${first.message}` : ""}`,
    {
      status: result.response.status,
      requestIds: readRequestIds(result.response),
      errors,
      where: {
        system: "amazon",
        operation: site.operation,
        method: site.method ?? "GET",
        path: site.path,
        ...(site.record !== undefined ? { record: site.record } : {}),
      },
      hint:
        hint ??
        (result.response.status === 403
          ? "the app lacks the role for this operation, or the seller has not authorized it"
          : "check the request parameters named in Amazon's message"),
    },
  );
}

/** True when Amazon refused a paging token (expired, or from another listing). */
export function isRejectedToken(result: FetchResult<unknown>): boolean {
  if (result.response.status !== 400) return false;
  return amazonErrors(result.error).some((e) => /token/i.test(`${e.message} ${e.details ?? ""}`));
}

/** ISO 8601 without milliseconds, as SP-API prints instants. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A normalized ISO 8601 instant (UTC, milliseconds dropped when zero); undefined when unreadable. */
export function normalizeInstant(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const ms = Date.parse(text.trim());
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}

/** The error for an SP-API answer whose body is not what the API documents (code `AMAZON_BAD_RESPONSE`). */
export function badAmazonResponse(
  problem: string,
  site: CallSite & { readonly status: number; readonly requestIds?: { requestId?: string } },
  cause?: unknown,
): AmazonApiError {
  return new AmazonApiError(`${site.operation} answered HTTP ${site.status} but ${problem}`, {
    code: "AMAZON_BAD_RESPONSE",
    status: site.status,
    requestIds: site.requestIds ?? {},
    // Every wrapper call is a read; reading again is safe and a proxy's page may be transient.
    retryable: true,
    ...(cause !== undefined ? { cause } : {}),
    where: {
      system: "amazon",
      operation: site.operation,
      method: site.method ?? "GET",
      path: site.path,
      ...(site.record !== undefined ? { record: site.record } : {}),
    },
    hint: "Amazon (or a proxy in between) sent an answer that does not match the API's schema; try again later, and report it with the request id if it persists",
  });
}

/**
 * A pipeline layer that refuses a successful JSON answer whose body is not JSON, so openapi-fetch
 * never throws a raw SyntaxError at a wrapper. The body is read once and handed on unchanged.
 */
export const jsonAnswerLayer: Middleware = async (request, ctx, next) => {
  const response = await next(request, ctx);
  if (!response.ok || response.status === 204 || !/json/i.test(response.headers.get("content-type") ?? "")) {
    return response;
  }
  const text = await response.text();
  try {
    if (text.length > 0) JSON.parse(text);
  } catch (e) {
    throw badAmazonResponse(
      `its body is not JSON (${text.length} characters)`,
      {
        operation: ctx.operation?.operationId ?? "(unknown)",
        method: request.method,
        path: ctx.operation?.path ?? new URL(request.url).pathname,
        ...(ctx.record !== undefined ? { record: ctx.record } : {}),
        status: response.status,
        requestIds: readRequestIds(response),
      },
      e,
    );
  }
  return new Response(text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};

/**
 * Reads the data of a successful answer with `read` (a normalizer). An answer whose fields have
 * other types than the API documents (a list that is not a list, a missing object) makes `read`
 * fail; that becomes an `AMAZON_BAD_RESPONSE` naming the call, with the failure as its cause.
 */
export function readAnswer<T, R>(result: FetchResult<T>, site: CallSite, read: (data: T) => R): R {
  const data = expectData(result, site);
  try {
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      throw new TypeError(
        `the body is ${data === null ? "null" : Array.isArray(data) ? "an array" : typeof data}, not an object`,
      );
    }
    return read(data);
  } catch (e) {
    if (isConnectorError(e)) throw e;
    throw badAmazonResponse(
      `its body does not have the documented shape (${e instanceof Error ? e.message : String(e)})`,
      { ...site, status: result.response.status, requestIds: readRequestIds(result.response) },
      e,
    );
  }
}
