/**
 * The `multipart/mixed` envelope of OData `$batch` bodies, read and written once for both sides:
 * the client writes requests and reads responses (`./batch.ts`), the D365 simulator reads requests
 * and writes responses (`src/testing/d365/batch.ts`). Each side parses its own start lines
 * (`POST … HTTP/1.1`, `HTTP/1.1 201 Created`) and chooses its own errors through a {@link MultipartFail}.
 */

const CRLF = "\r\n";

/** One `application/http` part of a batch, read up to its start line. */
export interface HttpPart {
  /** `Content-ID` of the MIME part, else of the embedded HTTP message. */
  readonly contentId: string | undefined;
  /** The request or status line, trimmed (`POST LedgerJournalLines HTTP/1.1`, `HTTP/1.1 201 Created`). */
  readonly startLine: string;
  /** Headers of the embedded HTTP message. */
  readonly headers: Headers;
  /** Body of the embedded HTTP message, trailing line breaks removed. */
  readonly body: string;
}

/** A top-level part of a batch body: a lone message or an atomic change set. */
export type MultipartBatchPart<T> =
  | { readonly kind: "single"; readonly part: T }
  | { readonly kind: "changeset"; readonly parts: readonly T[] };

/** Why a batch body cannot be read. */
export type MultipartProblem =
  | { readonly code: "no_boundary"; readonly contentType: string | null }
  | { readonly code: "unclosed"; readonly boundary: string }
  | { readonly code: "changeset_without_boundary" };

/** Turns a {@link MultipartProblem} into the error the caller throws (each side has its own). */
export type MultipartFail = (problem: MultipartProblem) => Error;

/** One `application/http` part to write. */
export interface HttpPartInit {
  /** Written as the part's `Content-ID` when given. */
  readonly contentId?: string | undefined;
  /** The request or status line. */
  readonly startLine: string;
  /** Headers of the embedded HTTP message, in order. */
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly body: string;
}

/**
 * The `boundary` parameter of a multipart content type, quoted or not.
 * @example
 * boundaryOf('multipart/mixed; boundary="batch_1"'); // "batch_1"
 */
export function boundaryOf(contentType: string | null): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  return m?.[1] ?? m?.[2];
}

function splitParts(body: string, boundary: string, fail: MultipartFail): string[] {
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split(/\r?\n/)) {
    if (line === `--${boundary}--`) {
      if (current) parts.push(current.join(CRLF));
      return parts;
    }
    if (line === `--${boundary}`) {
      if (current) parts.push(current.join(CRLF));
      current = [];
      continue;
    }
    current?.push(line);
  }
  throw fail({ code: "unclosed", boundary });
}

function splitHead(text: string): { headers: Headers; rest: string } {
  const lines = text.split(/\r?\n/);
  const headers = new Headers();
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") {
      i++;
      break;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    } catch {
      // Not a valid HTTP header (a control character, a space in the name): skip it like a line
      // without a colon; the caller then reports what the part lacks (its status line, its boundary).
    }
  }
  return { headers, rest: lines.slice(i).join(CRLF) };
}

function readHttpPart(part: string): HttpPart {
  const mime = splitHead(part);
  const lines = mime.rest.split(/\r?\n/);
  const http = splitHead(lines.slice(1).join(CRLF));
  return {
    contentId: mime.headers.get("Content-ID") ?? http.headers.get("Content-ID") ?? undefined,
    startLine: (lines[0] ?? "").trim(),
    headers: http.headers,
    body: http.rest.replace(/(\r?\n)+$/, ""),
  };
}

/**
 * Reads a `multipart/mixed` batch body into its parts, change sets opened one level deep.
 * @throws whatever `fail` returns, when the content type has no boundary or a part is not closed.
 * @example
 * const parts = readBatchBody(text, response.headers.get("content-type"), (p) => new Error(p.code));
 * for (const p of parts) if (p.kind === "changeset") console.log(p.parts.map((h) => h.startLine));
 */
export function readBatchBody(
  body: string,
  contentType: string | null,
  fail: MultipartFail,
): MultipartBatchPart<HttpPart>[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw fail({ code: "no_boundary", contentType });
  return splitParts(body, boundary, fail).map((part): MultipartBatchPart<HttpPart> => {
    const { headers, rest } = splitHead(part);
    const inner = headers.get("Content-Type") ?? "";
    if (/^multipart\/mixed/i.test(inner)) {
      const cs = boundaryOf(inner);
      if (!cs) throw fail({ code: "changeset_without_boundary" });
      return { kind: "changeset", parts: splitParts(rest, cs, fail).map(readHttpPart) };
    }
    return { kind: "single", part: readHttpPart(part) };
  });
}

function writeHttpPart(p: HttpPartInit): string[] {
  return [
    "Content-Type: application/http",
    "Content-Transfer-Encoding: binary",
    ...(p.contentId !== undefined ? [`Content-ID: ${p.contentId}`] : []),
    "",
    p.startLine,
    ...p.headers.map(([name, value]) => `${name}: ${value}`),
    "",
    p.body,
  ];
}

/**
 * Writes a `multipart/mixed` batch body (CRLF line breaks) with the given boundary names.
 * @example
 * const body = writeBatchBody(
 *   [{ kind: "changeset", parts: [{ contentId: "1", startLine: "POST LedgerJournalLines HTTP/1.1", headers: [], body: "{}" }] }],
 *   "batch_1",
 *   (i) => `changeset_1_${i}`,
 * );
 */
export function writeBatchBody(
  parts: readonly MultipartBatchPart<HttpPartInit>[],
  boundary: string,
  changeSetBoundary: (index: number) => string,
): string {
  const out: string[] = [];
  parts.forEach((part, i) => {
    out.push(`--${boundary}`);
    if (part.kind === "single") {
      out.push(...writeHttpPart(part.part));
      return;
    }
    const cs = changeSetBoundary(i);
    out.push(`Content-Type: multipart/mixed; boundary=${cs}`, "");
    for (const p of part.parts) out.push(`--${cs}`, ...writeHttpPart(p));
    out.push(`--${cs}--`);
  });
  out.push(`--${boundary}--`, "");
  return out.join(CRLF);
}
