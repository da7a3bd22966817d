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
    const parsed = JSON.parse(text) as { error?: ODataErrorBody };
    if (parsed && typeof parsed === "object" && parsed.error) return parsed.error;
  } catch {}
  return { message: text.slice(0, 500) || "empty error body" };
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
