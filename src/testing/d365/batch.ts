/**
 * OData `$batch` bodies (multipart/mixed): parsing requests with nested change sets, and writing
 * the multipart response. Also parses a batch response, for tests that speak `$batch` by hand. The
 * multipart envelope itself is read and written by the client's `src/d365/multipart.ts`.
 */
import {
  boundaryOf,
  type HttpPart,
  type HttpPartInit,
  type MultipartProblem,
  readBatchBody,
  writeBatchBody,
} from "../../d365/multipart.js";
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

function failure(problem: MultipartProblem): ODataFault {
  switch (problem.code) {
    case "no_boundary":
      return ODataFault.odata(400, "Batch response has no multipart boundary.");
    case "changeset_without_boundary":
      return ODataFault.odata(400, "A change set has no boundary.");
    case "unclosed":
      return ODataFault.odata(
        400,
        `The batch body does not end with the closing boundary '--${problem.boundary}--'.`,
      );
  }
}

function httpRequest(part: HttpPart): BatchRequest {
  const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/1\.1)?$/.exec(part.startLine);
  if (!m)
    throw ODataFault.odata(
      400,
      `The batch part does not start with an HTTP request line: '${part.startLine}'.`,
    );
  return {
    ...(part.contentId !== undefined ? { contentId: part.contentId } : {}),
    method: m[1] ?? "GET",
    url: m[2] ?? "",
    headers: part.headers,
    body: part.body,
  };
}

/** Parses a `multipart/mixed` batch request body. */
export function parseBatch(body: string, contentType: string | null): BatchPart[] {
  if (!boundaryOf(contentType) || !/^multipart\/mixed/i.test(contentType ?? "")) {
    throw ODataFault.odata(400, "A $batch request must have Content-Type multipart/mixed with a boundary.");
  }
  return readBatchBody(body, contentType, failure).map((part): BatchPart => {
    if (part.kind === "single") return { kind: "request", request: httpRequest(part.part) };
    const requests = part.parts.map(httpRequest);
    for (const r of requests) {
      if (r.method === "GET") throw ODataFault.odata(400, "A change set may not contain GET requests.");
    }
    return { kind: "changeset", requests };
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

function responsePart(r: BatchResponse): HttpPartInit {
  return {
    contentId: r.contentId,
    startLine: `HTTP/1.1 ${r.status} ${REASONS[r.status] ?? ""}`.trimEnd(),
    headers: Object.entries(r.headers),
    body: r.body,
  };
}

/** Writes a batch response body with the given boundary names. */
export function serializeBatchResponse(
  parts: readonly BatchResponsePart[],
  boundary: string,
  changesetBoundary: (i: number) => string,
): string {
  return writeBatchBody(
    parts.map((part) =>
      part.kind === "response"
        ? { kind: "single" as const, part: responsePart(part.response) }
        : { kind: "changeset" as const, parts: part.responses.map(responsePart) },
    ),
    boundary,
    changesetBoundary,
  );
}

function httpResponse(part: HttpPart): BatchResponse {
  const m = /^HTTP\/1\.1\s+(\d{3})/.exec(part.startLine);
  if (!m) throw ODataFault.odata(400, `Batch response part has no status line: '${part.startLine}'.`);
  const headers: Record<string, string> = {};
  part.headers.forEach((v, k) => {
    headers[k] = v;
  });
  return {
    ...(part.contentId !== undefined ? { contentId: part.contentId } : {}),
    status: Number(m[1]),
    headers,
    body: part.body,
  };
}

/** Parses a batch response body (for tests and tools that build `$batch` requests by hand). */
export function parseBatchResponse(body: string, contentType: string | null): BatchResponsePart[] {
  return readBatchBody(body, contentType, failure).map(
    (part): BatchResponsePart =>
      part.kind === "single"
        ? { kind: "response", response: httpResponse(part.part) }
        : { kind: "changeset", responses: part.parts.map(httpResponse) },
  );
}
