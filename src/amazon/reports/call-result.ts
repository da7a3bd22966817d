/**
 * Turns an openapi-fetch answer (`{ data, error, response }`) into data or a typed error, for the
 * domain wrappers (orders, finances, reports, inventory): raw clients return results, wrappers throw.
 * @packageDocumentation
 */
import { AmazonApiError } from "../../core/errors.js";
import { readRequestIds } from "../../core/pipeline.js";

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
