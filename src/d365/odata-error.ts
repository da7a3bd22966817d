/**
 * Turning a D365 OData failure into a {@link D365ODataError} that says which entity, which record
 * and, where it can be told, which field: the infolog text D365 puts in `innererror.message`, the
 * activity id of the request, the entity set, the line of a change set and the property.
 */
import { D365ODataError, type ODataErrorBody, type RequestIds } from "../core/errors.js";
import { readRequestIds } from "../core/pipeline.js";

/** What the caller knows about the failed request. */
export interface ODataFailureContext {
  /** Entity set, e.g. `LedgerJournalLines`. */
  readonly entitySet: string;
  readonly method: string;
  /** The record the call worked for, e.g. `settlement:usmf:123` or `order:usmf:111-…`. */
  readonly record?: string;
  /** The JSON body sent, to tell which property a message's quoted value belongs to. */
  readonly body?: Readonly<Record<string, unknown>>;
  /** 1-based position of the request inside its change set. */
  readonly line?: number;
  /** Request ids of the HTTP exchange (for `$batch`, those of the outer request). */
  readonly requestIds?: RequestIds;
  /** Overrides the default hint. */
  readonly hint?: string;
}

/** The text D365 means: the infolog inside `innererror.message`, else the top-level message. */
export function odataMessage(odata: ODataErrorBody): string {
  const inner = odata.innererror?.message?.trim();
  const outer = odata.message?.trim();
  if (inner && (!outer || outer === "An error has occurred.")) return inner;
  return outer || inner || "no error message";
}

/**
 * Finds the property a D365 message is about: a property named in the text (`field 'CurrencyCode'`,
 * `Field 'TransDate' must be filled in`, `property 'Foo'`), else the property of the request body
 * whose value the message quotes (`Account '999999-001' … does not exist`).
 */
export function findField(message: string, body?: Readonly<Record<string, unknown>>): string | undefined {
  const named = /\b(?:field|property)\s+'([A-Za-z_][A-Za-z0-9_]*)'/i.exec(message);
  if (named?.[1] && (!body || Object.hasOwn(body, named[1]) || /must be filled in/i.test(message))) {
    return named[1];
  }
  if (!body) return named?.[1];
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? "").filter((q) => q.length > 0);
  for (const q of quoted) {
    for (const [name, value] of Object.entries(body)) {
      if (typeof value === "string" && value.length > 0 && value.toLowerCase() === q.toLowerCase()) {
        return name;
      }
    }
  }
  // A display value is quoted whole in some messages and by segment in others.
  for (const q of quoted) {
    for (const [name, value] of Object.entries(body)) {
      if (typeof value === "string" && /DisplayValue$/.test(name) && value.includes(q)) return name;
    }
  }
  return named?.[1];
}

/** Builds the typed error for a parsed D365 error body. */
export function d365Error(
  status: number,
  odata: ODataErrorBody,
  context: ODataFailureContext,
): D365ODataError {
  const text = odataMessage(odata);
  const field = findField(text, context.body);
  const at = context.line !== undefined ? ` (change set line ${context.line})` : "";
  return new D365ODataError(`D365 refused ${context.method} ${context.entitySet}${at}: ${text}`, {
    status,
    requestIds: context.requestIds ?? {},
    odata,
    where: {
      system: "d365",
      operation: context.entitySet,
      method: context.method,
      path: `/data/${context.entitySet}`,
      ...(context.record !== undefined ? { record: context.record } : {}),
      ...(field !== undefined ? { field } : {}),
      ...(context.line !== undefined ? { line: context.line } : {}),
    },
    hint:
      context.hint ??
      (status === 404
        ? "the record does not exist (any more); look it up again"
        : status === 412
          ? "the record changed since it was read; read it again and reapply"
          : status >= 500
            ? "D365 failed; the call can be replayed later"
            : "fix the data or the mapping named here, then replay; nothing of this request was written"),
  });
}

/** Parses an error body text; anything that is not D365's JSON becomes the message. */
export function parseODataErrorBody(text: string): ODataErrorBody {
  try {
    const parsed = JSON.parse(text) as { error?: unknown };
    if (parsed && typeof parsed === "object" && parsed.error && typeof parsed.error === "object") {
      return odataErrorFields(parsed.error as Record<string, unknown>);
    }
  } catch {}
  return { message: text.slice(0, 500) || "empty error body" };
}

// Only the documented fields, and only when they are text: a body may put anything anywhere.
function odataErrorFields(error: Record<string, unknown>): ODataErrorBody {
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const inner =
    error.innererror && typeof error.innererror === "object"
      ? (error.innererror as Record<string, unknown>)
      : undefined;
  const innererror = inner
    ? {
        ...(str(inner.message) !== undefined ? { message: str(inner.message) as string } : {}),
        ...(str(inner.type) !== undefined ? { type: str(inner.type) as string } : {}),
        ...(str(inner.stacktrace) !== undefined ? { stacktrace: str(inner.stacktrace) as string } : {}),
      }
    : undefined;
  return {
    ...(str(error.code) !== undefined ? { code: str(error.code) as string } : {}),
    ...(str(error.message) !== undefined ? { message: str(error.message) as string } : {}),
    ...(innererror ? { innererror } : {}),
  };
}

/** Reads a failed response into a {@link D365ODataError}. */
export async function responseError(
  response: Response,
  context: ODataFailureContext,
): Promise<D365ODataError> {
  const text = await response.text().catch(() => "");
  return d365Error(response.status, parseODataErrorBody(text), {
    ...context,
    requestIds: context.requestIds ?? readRequestIds(response),
  });
}

/** What a caller knows about a successful answer whose body turned out unreadable. */
export interface BadResponseContext {
  readonly entitySet: string;
  readonly method: string;
  readonly record?: string;
  readonly status: number;
  readonly requestIds?: RequestIds;
  /**
   * True when the request was a write: the write may have happened even though its answer is
   * unreadable, so the error says to look the record up before sending it again.
   */
  readonly write?: boolean;
}

/**
 * The error for a D365 answer that is not what OData promises (not JSON, not an object, a field
 * of the wrong type, a `$batch` envelope that cannot be read), code `D365_BAD_RESPONSE`.
 * A read may simply be tried again; a write is not retryable, because it may have been applied.
 */
export function badResponse(problem: string, context: BadResponseContext, cause?: unknown): D365ODataError {
  return new D365ODataError(
    `D365 answered ${context.method} ${context.entitySet} with HTTP ${context.status} but ${problem}`,
    {
      code: "D365_BAD_RESPONSE",
      status: context.status,
      requestIds: context.requestIds ?? {},
      retryable: !context.write,
      ...(cause !== undefined ? { cause } : {}),
      where: {
        system: "d365",
        operation: context.entitySet,
        method: context.method,
        path: `/data/${context.entitySet}`,
        ...(context.record !== undefined ? { record: context.record } : {}),
      },
      hint: context.write
        ? "the write may have been applied: look the record up by its natural key before sending it again"
        : "a proxy or gateway may have answered instead of D365; try the read again, and check the environment URL if it persists",
    },
  );
}

/**
 * Reads a successful answer's body as a JSON object.
 * @throws D365ODataError (`D365_BAD_RESPONSE`) when the body is not a JSON object.
 */
export async function readODataObject(
  response: Response,
  context: Omit<BadResponseContext, "status" | "requestIds">,
): Promise<Record<string, unknown>> {
  const full: BadResponseContext = {
    ...context,
    status: response.status,
    requestIds: readRequestIds(response),
  };
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    throw badResponse("its body could not be read", full, e);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw badResponse(`its body is not JSON (${text.length} characters)`, full, e);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw badResponse(
      `its body is JSON ${parsed === null ? "null" : Array.isArray(parsed) ? "array" : typeof parsed}, not an object`,
      full,
    );
  }
  return parsed as Record<string, unknown>;
}
