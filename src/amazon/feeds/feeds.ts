/**
 * Feeds API 2021-06-30: a feed document is created (`createFeedDocument`, a pre-signed upload
 * URL) and its content PUT to that URL. The upload is plain HTTP to Amazon's document host, not an
 * SP-API call: it goes through ky (timeout, retry of retryable failures), like report downloads.
 */
import type { components as Feeds } from "../../../generated/amazon/feeds_2021-06-30.js";
import { AmazonApiError, TransportError } from "../../core/errors.js";
import type { SpApiClient } from "../client.js";
import { expectData } from "../reports/call-result.js";
import { fetchPresignedUrl } from "../reports/reports.js";

/** Options of {@link uploadFeedDocument}. */
export interface UploadFeedDocumentOptions {
  /** The content type the feed declares, e.g. `application/json; charset=UTF-8`. */
  readonly contentType: string;
  /** Transport of the upload (not an SP-API call). @default globalThis.fetch */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Per attempt, until the host answers. @default 60_000 */
  readonly timeoutMs?: number;
  /** Retries on a network failure, 408, 429 or 5xx (a PUT of the same bytes is idempotent). @default 2 */
  readonly retries?: number;
  readonly signal?: AbortSignal;
}

/**
 * Creates a feed document and uploads `content` to it; resolves the `feedDocumentId` to pass to
 * `createFeed` as `inputFeedDocumentId`.
 * @example
 * const id = await uploadFeedDocument(amazon, JSON.stringify(feed), { contentType: "application/json; charset=UTF-8" });
 * await amazon.feeds.POST("/feeds/2021-06-30/feeds", { body: { feedType: "JSON_LISTINGS_FEED", marketplaceIds, inputFeedDocumentId: id } });
 */
export async function uploadFeedDocument(
  amazon: SpApiClient,
  content: string | Uint8Array,
  options: UploadFeedDocumentOptions,
): Promise<string> {
  const path = "/feeds/2021-06-30/documents";
  const doc = expectData<Feeds["schemas"]["CreateFeedDocumentResponse"]>(
    await amazon.feeds.POST(path, { body: { contentType: options.contentType } }),
    { operation: "createFeedDocument", method: "POST", path },
  );
  const where = { system: "amazon", operation: "uploadFeedDocument", record: doc.feedDocumentId } as const;
  let response: Response;
  try {
    response = await fetchPresignedUrl(doc.url, {
      method: "PUT",
      body: typeof content === "string" ? new TextEncoder().encode(content) : content,
      headers: { "content-type": options.contentType },
      fetch: options.fetch ?? ((r: Request) => globalThis.fetch(r)),
      timeoutMs: options.timeoutMs ?? 60_000,
      retries: options.retries ?? 2,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (e) {
    if (options.signal?.aborted) throw options.signal.reason ?? e;
    const status = (e as { response?: Response }).response?.status;
    throw new TransportError(
      `The upload of feed document ${doc.feedDocumentId} failed${status ? ` (HTTP ${status})` : ""}`,
      {
        code: "DOCUMENT_UPLOAD",
        cause: e,
        retryable: true,
        where,
        hint: "check connectivity to Amazon's document host; create a new feed document and upload again",
      },
    );
  }
  if (!response.ok) {
    throw new AmazonApiError(
      `The upload of feed document ${doc.feedDocumentId} was refused (HTTP ${response.status})`,
      {
        status: response.status,
        code: "DOCUMENT_UPLOAD_REFUSED",
        where,
        hint: "the pre-signed URL was refused (expired after five minutes, or the content type differs from the one declared); create a new feed document",
      },
    );
  }
  void response.body?.cancel().catch(() => {});
  return doc.feedDocumentId;
}
