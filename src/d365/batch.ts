/**
 * OData `$batch` with atomic change sets. A change set is all or nothing in D365, so the SDK puts
 * one business document (the lines of one invoice, one journal) in one change set: a bad line
 * leaves nothing behind, and the error names the line and the field.
 *
 * D365 cannot hand a server-assigned key (a free text invoice's `InvoiceIdentifier`) from one
 * request to a property of a later one inside the same change set, so headers are created first,
 * on their own, and their lines follow in a change set (see `./entities/`).
 */
import { randomUUID } from "node:crypto";
import type { EntitySetName } from "../../generated/d365/entity-sets.js";
import { D365ODataError, type RequestIds } from "../core/errors.js";
import { readRequestIds } from "../core/pipeline.js";
import type { D365Client } from "./client.js";
import type { ODataValue } from "./filter.js";
import {
  type HttpPart,
  type HttpPartInit,
  type MultipartProblem,
  readBatchBody,
  writeBatchBody,
} from "./multipart.js";
import { badResponse, d365Error, parseODataErrorBody, responseError } from "./odata-error.js";
import { type CallOptions, entityUrl, JSON_CONTENT_TYPE, odataHeaders, send } from "./query.js";
import { assertWritable, toODataBody } from "./write.js";

/** One write inside a change set. */
export interface ChangeSetOperation {
  readonly method: "POST" | "PATCH" | "DELETE";
  readonly entitySet: EntitySetName;
  /** Key of the entity for PATCH and DELETE. */
  readonly key?: Readonly<Record<string, ODataValue>>;
  /** Body for POST and PATCH; Money values are written as exact decimals. */
  readonly body?: Readonly<Record<string, unknown>>;
  /** `If-Match` for PATCH/DELETE. @default "*" */
  readonly etag?: string;
}

/** The answer to one operation of a change set that succeeded. */
export interface ChangeSetResult {
  readonly status: number;
  /** The entity D365 returned (POST with `return=representation`), else undefined. */
  readonly entity: Record<string, unknown> | undefined;
}

/** One part of a parsed batch response. */
export interface ResponsePart {
  readonly contentId: string | undefined;
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/** One part of a `$batch` response: a change set's answers, or a single request's. */
export type BatchResponsePart =
  | { readonly kind: "response"; readonly response: ResponsePart }
  | { readonly kind: "changeset"; readonly responses: readonly ResponsePart[] };

function requestUrl(client: D365Client, op: ChangeSetOperation): string {
  if (op.method === "POST") return `${client.serviceRoot}/${op.entitySet}`;
  if (!op.key) throw new TypeError(`${op.method} ${op.entitySet} in a change set needs the entity's key`);
  return entityUrl(client, op.entitySet, op.key as never);
}

function requestPart(client: D365Client, op: ChangeSetOperation, contentId: string): HttpPartInit {
  const headers: [string, string][] = [
    ["Accept", JSON_CONTENT_TYPE],
    ["OData-Version", "4.0"],
  ];
  if (op.method === "POST") headers.push(["Prefer", "return=representation"]);
  if (op.method !== "POST") headers.push(["If-Match", op.etag ?? "*"]);
  if (op.body) headers.push(["Content-Type", JSON_CONTENT_TYPE]);
  return {
    contentId,
    startLine: `${op.method} ${requestUrl(client, op)} HTTP/1.1`,
    headers,
    body: op.body ? JSON.stringify(toODataBody(op.body)) : "",
  };
}

/** Writes the multipart body of one `$batch` holding the given change sets. */
export function serializeBatch(
  client: D365Client,
  changeSets: readonly (readonly ChangeSetOperation[])[],
  boundary: string,
  changeSetBoundary: (index: number) => string,
): string {
  return writeBatchBody(
    changeSets.map((ops) => ({
      kind: "changeset" as const,
      parts: ops.map((op, j) => requestPart(client, op, String(j + 1))),
    })),
    boundary,
    changeSetBoundary,
  );
}

/** Where a batch answer came from, for the errors of an unreadable one. */
export interface BatchAnswer {
  readonly status: number;
  readonly requestIds?: RequestIds;
  readonly record?: string | undefined;
}

// A $batch carries writes: when its answer cannot be read, the writes may have been applied.
const batchContext = (answer: BatchAnswer) => ({
  entitySet: "$batch",
  method: "POST",
  write: true,
  status: answer.status,
  ...(answer.requestIds ? { requestIds: answer.requestIds } : {}),
  ...(answer.record !== undefined ? { record: answer.record } : {}),
});

function failure(answer: BatchAnswer): (problem: MultipartProblem) => Error {
  return (problem) => {
    switch (problem.code) {
      case "no_boundary":
        return badResponse(
          `the answer has no multipart boundary (Content-Type: ${String(problem.contentType).slice(0, 100)})`,
          batchContext(answer),
        );
      case "changeset_without_boundary":
        return badResponse("a change set of the answer has no boundary", batchContext(answer));
      case "unclosed":
        return badResponse(
          `the answer is missing its closing boundary --${problem.boundary.slice(0, 100)}--`,
          batchContext(answer),
        );
    }
  };
}

function responsePart(answer: BatchAnswer): (part: HttpPart) => ResponsePart {
  return (part) => {
    const status = /^HTTP\/1\.1\s+(\d{3})/.exec(part.startLine);
    if (!status) {
      throw badResponse(
        `a part of the answer has no status line: '${part.startLine.slice(0, 100)}'`,
        batchContext(answer),
      );
    }
    return { contentId: part.contentId, status: Number(status[1]), headers: part.headers, body: part.body };
  };
}

/**
 * Parses a `multipart/mixed` batch response.
 * @throws D365ODataError (`D365_BAD_RESPONSE`, not retryable: the writes may have been applied) when
 * the envelope cannot be read.
 */
export function parseBatchResponse(
  body: string,
  contentType: string | null,
  answer: BatchAnswer = { status: 200 },
): BatchResponsePart[] {
  const read = responsePart(answer);
  return readBatchBody(body, contentType, failure(answer)).map(
    (part): BatchResponsePart =>
      part.kind === "changeset"
        ? { kind: "changeset", responses: part.parts.map(read) }
        : { kind: "response", response: read(part.part) },
  );
}

/** The outcome of one change set of a batch. */
export type ChangeSetOutcome =
  | { readonly ok: true; readonly results: readonly ChangeSetResult[] }
  | { readonly ok: false; readonly error: D365ODataError };

/** Options of {@link executeBatch}. */
export interface BatchOptions extends CallOptions {
  /** Records of the change sets, by index, for their errors (`order:usmf:111-…`). */
  readonly records?: readonly (string | undefined)[];
}

/**
 * Sends several change sets in one `$batch`. Each change set succeeds or fails as a whole; the
 * answer says which. A failure names the change set's record, the failing line (1-based) and, where
 * the message allows, the field.
 * @throws D365ODataError when the batch as a whole is refused; ThrottledError when 429s outlast the retry budget.
 */
export async function executeBatch(
  client: D365Client,
  changeSets: readonly (readonly ChangeSetOperation[])[],
  options: BatchOptions = {},
): Promise<ChangeSetOutcome[]> {
  for (const ops of changeSets) for (const op of ops) assertWritable(op.entitySet);
  if (changeSets.length === 0) return [];
  const id = randomUUID();
  const boundary = `batch_${id}`;
  const body = serializeBatch(client, changeSets, boundary, (i) => `changeset_${id}_${i}`);
  const request = new Request(`${client.serviceRoot}/$batch`, {
    method: "POST",
    headers: odataHeaders({ "content-type": `multipart/mixed; boundary=${boundary}` }),
    body,
  });
  const response = await send(client, request, options);
  if (!response.ok) {
    throw await responseError(response, {
      entitySet: "$batch",
      method: "POST",
      ...(options.record !== undefined ? { record: options.record } : {}),
    });
  }
  const requestIds = readRequestIds(response);
  const answer: BatchAnswer = {
    status: response.status,
    requestIds,
    ...(options.record !== undefined ? { record: options.record } : {}),
  };
  const parts = parseBatchResponse(await response.text(), response.headers.get("content-type"), answer);
  if (parts.length !== changeSets.length) {
    throw new D365ODataError(
      `D365 answered a $batch of ${changeSets.length} change sets with ${parts.length} parts`,
      { status: response.status, requestIds, where: { system: "d365", operation: "$batch" } },
    );
  }
  return parts.map((part, i) =>
    outcomeOf(part, changeSets[i] ?? [], { ...answer, record: options.records?.[i] ?? options.record }),
  );
}

function entityOf(body: string, answer: BatchAnswer): Record<string, unknown> | undefined {
  if (!body.trim().startsWith("{")) return undefined;
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch (e) {
    throw badResponse("a change set answer holds an entity that is not JSON", batchContext(answer), e);
  }
}

function outcomeOf(
  part: BatchResponsePart,
  ops: readonly ChangeSetOperation[],
  answer: BatchAnswer,
): ChangeSetOutcome {
  const { requestIds = {}, record } = answer;
  if (part.kind === "changeset" && part.responses.every((r) => r.status < 400)) {
    return {
      ok: true,
      results: part.responses.map((r) => ({ status: r.status, entity: entityOf(r.body, answer) })),
    };
  }
  // A failed change set answers with its one failing response; its Content-ID says which line.
  const failed = part.kind === "response" ? part.response : part.responses.find((r) => r.status >= 400);
  const line = failed?.contentId !== undefined ? Number(failed.contentId) : undefined;
  const op = line !== undefined ? ops[line - 1] : undefined;
  const error = d365Error(failed?.status ?? 500, parseODataErrorBody(failed?.body ?? ""), {
    entitySet: op?.entitySet ?? ops[0]?.entitySet ?? "$batch",
    method: op?.method ?? "POST",
    requestIds,
    ...(record !== undefined ? { record } : {}),
    ...(op?.body ? { body: toODataBody(op.body) } : {}),
    ...(line !== undefined && Number.isInteger(line) ? { line } : {}),
    hint: "the change set was rolled back as a whole: nothing of it was written; fix the line named here, then replay",
  });
  return { ok: false, error };
}

/**
 * Sends one change set (one business document) and returns each operation's result.
 * @throws D365ODataError naming the failing line and field; nothing of the change set is written.
 * @example
 * await executeChangeSet(d365, lines.map((body) => ({ method: "POST", entitySet: "LedgerJournalLines", body })));
 */
export async function executeChangeSet(
  client: D365Client,
  operations: readonly ChangeSetOperation[],
  options: CallOptions = {},
): Promise<readonly ChangeSetResult[]> {
  const [outcome] = await executeBatch(client, [operations], options);
  if (!outcome) return [];
  if (!outcome.ok) throw outcome.error;
  return outcome.results;
}
