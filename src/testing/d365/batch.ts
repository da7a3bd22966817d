/**
 * OData `$batch` bodies (multipart/mixed): parsing requests with nested change sets, and writing
 * the multipart response. Also parses a batch response, for tests that speak `$batch` by hand.
 */
import { ODataFault } from "./odata-fault.js";

/** One HTTP request inside a batch. */
export interface BatchRequest {
  readonly contentId?: string;
  readonly method: string;
  /** The URL as written: absolute, relative to the service root, or `$<Content-ID>…`. */
  readonly url: string;
  readonly headers: Headers;
  readonly body: string;
}

/** A top-level part of a batch: a lone request or an atomic change set. */
export type BatchPart =
  | { readonly kind: "request"; readonly request: BatchRequest }
  | { readonly kind: "changeset"; readonly requests: readonly BatchRequest[] };

/** One HTTP response inside a batch response. */
export interface BatchResponse {
  readonly contentId?: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A top-level part of a batch response. */
export type BatchResponsePart =
  | { readonly kind: "response"; readonly response: BatchResponse }
  | { readonly kind: "changeset"; readonly responses: readonly BatchResponse[] };

const CRLF = "\r\n";

/** The `boundary` parameter of a multipart content type. */
export function boundaryOf(contentType: string | null): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  return m?.[1] ?? m?.[2];
}

function splitParts(body: string, boundary: string): string[] {
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let current: string[] | undefined;
  let closed = false;
  for (const line of lines) {
    if (line === `--${boundary}--`) {
      if (current) parts.push(current.join(CRLF));
      current = undefined;
      closed = true;
      break;
    }
    if (line === `--${boundary}`) {
      if (current) parts.push(current.join(CRLF));
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (!closed)
    throw ODataFault.odata(400, `The batch body does not end with the closing boundary '--${boundary}--'.`);
  return parts;
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
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return { headers, rest: lines.slice(i).join(CRLF) };
}

function parseHttpRequest(part: string): BatchRequest {
  const mime = splitHead(part);
  const lines = mime.rest.split(/\r?\n/);
  const requestLine = (lines[0] ?? "").trim();
  const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/1\.1)?$/.exec(requestLine);
  if (!m)
    throw ODataFault.odata(400, `The batch part does not start with an HTTP request line: '${requestLine}'.`);
  const http = splitHead(lines.slice(1).join(CRLF));
  const contentId = mime.headers.get("Content-ID") ?? http.headers.get("Content-ID") ?? undefined;
  return {
    ...(contentId !== undefined ? { contentId } : {}),
    method: m[1] ?? "GET",
    url: m[2] ?? "",
    headers: http.headers,
    body: http.rest.replace(/(\r?\n)+$/, ""),
  };
}

/** Parses a `multipart/mixed` batch request body. */
export function parseBatch(body: string, contentType: string | null): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary || !/^multipart\/mixed/i.test(contentType ?? "")) {
    throw ODataFault.odata(400, "A $batch request must have Content-Type multipart/mixed with a boundary.");
  }
  return splitParts(body, boundary).map((part): BatchPart => {
    const { headers, rest } = splitHead(part);
    const inner = headers.get("Content-Type") ?? "";
    if (/^multipart\/mixed/i.test(inner)) {
      const csBoundary = boundaryOf(inner);
      if (!csBoundary) throw ODataFault.odata(400, "A change set has no boundary.");
      const requests = splitParts(rest, csBoundary).map(parseHttpRequest);
      for (const r of requests) {
        if (r.method === "GET") throw ODataFault.odata(400, "A change set may not contain GET requests.");
      }
      return { kind: "changeset", requests };
    }
    return { kind: "request", request: parseHttpRequest(part) };
  });
}

const REASONS: Readonly<Record<number, string>> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  405: "Method Not Allowed",
  412: "Precondition Failed",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  503: "Service Unavailable",
};

function writeHttpResponse(r: BatchResponse): string {
  const head = [
    "Content-Type: application/http",
    "Content-Transfer-Encoding: binary",
    ...(r.contentId !== undefined ? [`Content-ID: ${r.contentId}`] : []),
    "",
    `HTTP/1.1 ${r.status} ${REASONS[r.status] ?? ""}`.trimEnd(),
    ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`),
    "",
    r.body,
  ];
  return head.join(CRLF);
}

/** Writes a batch response body with the given boundary names. */
export function serializeBatchResponse(
  parts: readonly BatchResponsePart[],
  boundary: string,
  changesetBoundary: (i: number) => string,
): string {
  const out: string[] = [];
  parts.forEach((part, i) => {
    out.push(`--${boundary}`);
    if (part.kind === "response") {
      out.push(writeHttpResponse(part.response));
      return;
    }
    const cs = changesetBoundary(i);
    out.push(`Content-Type: multipart/mixed; boundary=${cs}`, "");
    for (const r of part.responses) out.push(`--${cs}`, writeHttpResponse(r));
    out.push(`--${cs}--`);
  });
  out.push(`--${boundary}--`, "");
  return out.join(CRLF);
}

function parseHttpResponse(part: string): BatchResponse {
  const mime = splitHead(part);
  const lines = mime.rest.split(/\r?\n/);
  const m = /^HTTP\/1\.1\s+(\d{3})/.exec((lines[0] ?? "").trim());
  if (!m) throw ODataFault.odata(400, `Batch response part has no status line: '${lines[0] ?? ""}'.`);
  const http = splitHead(lines.slice(1).join(CRLF));
  const headers: Record<string, string> = {};
  http.headers.forEach((v, k) => {
    headers[k] = v;
  });
  const contentId = mime.headers.get("Content-ID") ?? undefined;
  return {
    ...(contentId !== undefined ? { contentId } : {}),
    status: Number(m[1]),
    headers,
    body: http.rest.replace(/(\r?\n)+$/, ""),
  };
}

/** Parses a batch response body (for tests and tools that build `$batch` requests by hand). */
export function parseBatchResponse(body: string, contentType: string | null): BatchResponsePart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw ODataFault.odata(400, "Batch response has no multipart boundary.");
  return splitParts(body, boundary).map((part): BatchResponsePart => {
    const { headers, rest } = splitHead(part);
    const inner = headers.get("Content-Type") ?? "";
    if (/^multipart\/mixed/i.test(inner)) {
      const cs = boundaryOf(inner) ?? "";
      return { kind: "changeset", responses: splitParts(rest, cs).map(parseHttpResponse) };
    }
    return { kind: "response", response: parseHttpResponse(part) };
  });
}
