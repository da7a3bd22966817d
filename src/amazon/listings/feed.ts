/**
 * Listings in bulk: one `JSON_LISTINGS_FEED` carries up to 25,000 listings (Amazon's schema limit).
 * The document is built and checked against Amazon's feed schema, uploaded (`createFeedDocument`
 * and a PUT to its pre-signed URL), submitted (`createFeed`), polled (`getFeed`, with a growing
 * interval on the connector's clock), and Amazon's processing report is downloaded, checked against
 * its published schema and mapped back to SKUs by `messageId`.
 *
 * The steps are separate functions on purpose: `createFeed` is not idempotent, so a caller that
 * must survive a crash keeps the `feedId` it gets before it starts polling, and polls that feed
 * again on resume instead of creating a second one (the listings flow of `createConnector` does).
 */
import { gunzipSync } from "node:zlib";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { components as Feeds } from "../../../generated/amazon/feeds_2021-06-30.js";
import {
  listingsFeedProcessingReportSchema,
  listingsFeedSchema,
} from "../../../generated/amazon/listings-feed.js";
import type { Clock } from "../../core/clock.js";
import { AmazonApiError, ConnectorError, TransportError, ValidationError } from "../../core/errors.js";
import type { SpApiClient } from "../client.js";
import { uploadFeedDocument } from "../feeds/feeds.js";
import { badAmazonResponse, expectData } from "../reports/call-result.js";
import { fetchPresignedUrl, isGzip } from "../reports/reports.js";
import { attributePatches, fromAmazonIssue, type ListingToSend } from "./items.js";
import type { ListingIssue } from "./validate.js";

/** Amazon's limit of messages in one JSON_LISTINGS_FEED (the feed schema's `maxItems`). */
export const MAX_FEED_MESSAGES = 25_000;

/** One message of a JSON_LISTINGS_FEED. */
export interface ListingsFeedMessage {
  readonly messageId: number;
  readonly sku: string;
  /** `UPDATE`: the full listing (new or replaced); `PATCH`: only the attributes that changed. */
  readonly operationType: "UPDATE" | "PATCH";
  readonly productType: string;
  readonly requirements?: "LISTING";
  readonly attributes?: Readonly<Record<string, unknown[]>>;
  readonly patches?: readonly { op: "replace" | "delete"; path: string; value?: unknown }[];
}

/** A JSON_LISTINGS_FEED document (feed schema v2). */
export interface ListingsFeedDocument {
  readonly header: {
    readonly sellerId: string;
    readonly version: "2.0";
    readonly issueLocale?: string;
    readonly report?: { readonly includedData: readonly string[]; readonly apiVersion: "2021-08-01" };
  };
  readonly messages: readonly ListingsFeedMessage[];
}

/** A listing to put in a feed: with `previous` (what Amazon holds), only the changes are sent. */
export interface FeedListing extends ListingToSend {
  readonly previous?: Readonly<Record<string, unknown>>;
}

/** What {@link buildListingsFeed} returns. */
export interface BuiltListingsFeed {
  readonly document: ListingsFeedDocument;
  /** SKU of each message, by `messageId`. */
  readonly skus: ReadonlyMap<number, string>;
  /** SKUs left out because nothing changed since `previous`. */
  readonly unchanged: readonly string[];
}

let feedValidator: ValidateFunction | undefined;
let reportValidator: ValidateFunction | undefined;

function draft07(schema: Readonly<Record<string, unknown>>): ValidateFunction {
  // Amazon's schemas carry annotations (`examples`, `$comment`) strict mode would refuse.
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

function schemaIssues(errors: readonly ErrorObject[] | null | undefined) {
  return (errors ?? []).slice(0, 20).map((e) => ({
    code: e.keyword,
    path: e.instancePath
      .split("/")
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
    message: `${e.instancePath || "the document"} ${e.message ?? "is not valid"}`,
  }));
}

/**
 * Builds a JSON_LISTINGS_FEED: one message per listing, `messageId` 1…n in the order given, `UPDATE`
 * with every attribute for a listing without `previous`, `PATCH` of the changed attributes for one
 * with it (left out when nothing changed). All listings must be for the marketplaces the feed is
 * created for. The document is checked against Amazon's feed schema before it is returned.
 * @throws ValidationError (`LISTINGS_FEED_INVALID`) when it does not satisfy the schema (more than
 * 25,000 messages, an empty SKU…), naming each offending path.
 * @example
 * const { document, skus } = buildListingsFeed({ sellerId, listings: drafts });
 */
export function buildListingsFeed(options: {
  readonly sellerId: string;
  readonly listings: readonly FeedListing[];
  /** Language of Amazon's issue messages, e.g. `en_US`. */
  readonly issueLocale?: string;
  /**
   * Listings item data the processing report includes per SKU (Amazon's `header.report`), so
   * the status after processing comes with the report instead of one `getListingsItem` per SKU.
   * @default ["issues", "summaries"]
   */
  readonly includedData?: readonly ("issues" | "summaries" | "attributes")[];
}): BuiltListingsFeed {
  const messages: ListingsFeedMessage[] = [];
  const skus = new Map<number, string>();
  const unchanged: string[] = [];
  for (const listing of options.listings) {
    const messageId = messages.length + 1;
    if (listing.previous === undefined) {
      messages.push({
        messageId,
        sku: listing.sku,
        operationType: "UPDATE",
        productType: listing.productType,
        requirements: "LISTING",
        attributes: listing.attributes,
      });
    } else {
      const patches = attributePatches(listing.previous, listing.attributes);
      if (patches.length === 0) {
        unchanged.push(listing.sku);
        continue;
      }
      messages.push({
        messageId,
        sku: listing.sku,
        operationType: "PATCH",
        productType: listing.productType,
        patches: patches.map((p) =>
          p.op === "delete"
            ? { op: "delete" as const, path: p.path }
            : { op: "replace" as const, path: p.path, value: p.value },
        ),
      });
    }
    skus.set(messageId, listing.sku);
  }
  const includedData = options.includedData ?? ["issues", "summaries"];
  const document: ListingsFeedDocument = {
    header: {
      sellerId: options.sellerId,
      version: "2.0",
      ...(options.issueLocale ? { issueLocale: options.issueLocale } : {}),
      ...(includedData.length > 0 ? { report: { includedData, apiVersion: "2021-08-01" as const } } : {}),
    },
    messages,
  };
  feedValidator ??= draft07(listingsFeedSchema);
  if (messages.length > 0 && !feedValidator(document)) {
    throw new ValidationError("The JSON_LISTINGS_FEED document does not satisfy Amazon's feed schema", {
      code: "LISTINGS_FEED_INVALID",
      issues: schemaIssues(feedValidator.errors),
      where: { system: "local", operation: "buildListingsFeed" },
      hint: "split the listings into feeds of at most 25,000 messages and give every listing a SKU and product type",
    });
  }
  return { document, skus, unchanged };
}

/**
 * Uploads a feed document and creates the JSON_LISTINGS_FEED; resolves Amazon's `feedId`.
 * Not idempotent: keep the `feedId` before polling, and poll it again after a crash.
 */
export async function createListingsFeed(
  amazon: SpApiClient,
  document: ListingsFeedDocument,
  options: {
    readonly marketplaceIds: readonly string[];
    /** Transport of the upload (not an SP-API call). @default globalThis.fetch */
    readonly fetch?: (request: Request) => Promise<Response>;
    /** Told the uploaded document's id before `createFeed` is called. */
    readonly onUploaded?: (feedDocumentId: string) => void | Promise<void>;
  },
): Promise<{ readonly feedId: string; readonly feedDocumentId: string }> {
  const feedDocumentId = await uploadFeedDocument(amazon, JSON.stringify(document), {
    contentType: "application/json; charset=UTF-8",
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  await options.onUploaded?.(feedDocumentId);
  const path = "/feeds/2021-06-30/feeds";
  const created = expectData<Feeds["schemas"]["CreateFeedResponse"]>(
    await amazon.feeds.POST(path, {
      body: {
        feedType: "JSON_LISTINGS_FEED",
        marketplaceIds: [...options.marketplaceIds],
        inputFeedDocumentId: feedDocumentId,
      },
    }),
    { operation: "createFeed", method: "POST", path, record: feedDocumentId },
  );
  return { feedId: created.feedId, feedDocumentId };
}

/** A feed as `getFeed` describes it. */
export type Feed = Feeds["schemas"]["Feed"];

/** Options of {@link waitForFeed}. */
export interface WaitForFeedOptions {
  /** What the waits sleep on (the connector's clock, simulated in tests). */
  readonly clock: Clock;
  /** First wait between two polls; each next one is 1.5× longer, up to `maxIntervalMs`. @default 15_000 */
  readonly pollIntervalMs?: number;
  /** @default 300_000 */
  readonly maxIntervalMs?: number;
  /** Gives up (retryable `FEED_TIMEOUT`) after this long. @default 2 hours */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * Polls `getFeed` until Amazon is done with the feed (`DONE`, or `FATAL`: both resolve, the
 * processing report says why), waiting longer between polls as it goes.
 * @throws ConnectorError `FEED_CANCELLED` when the feed was cancelled, `FEED_TIMEOUT` (retryable)
 * when it is still queued or in progress after `timeoutMs`.
 */
export async function waitForFeed(
  amazon: SpApiClient,
  feedId: string,
  options: WaitForFeedOptions,
): Promise<Feed> {
  const path = "/feeds/2021-06-30/feeds/{feedId}";
  const deadline = options.clock.now() + (options.timeoutMs ?? 7_200_000);
  let interval = options.pollIntervalMs ?? 15_000;
  for (;;) {
    const feed = expectData<Feed>(await amazon.feeds.GET(path, { params: { path: { feedId } } }), {
      operation: "getFeed",
      path,
      record: feedId,
    });
    if (feed.processingStatus === "DONE" || feed.processingStatus === "FATAL") return feed;
    if (feed.processingStatus === "CANCELLED") {
      throw new ConnectorError(`Feed ${feedId} was cancelled before Amazon processed it`, {
        code: "FEED_CANCELLED",
        where: { system: "amazon", operation: "getFeed", record: feedId },
        hint: "nothing of it was applied; replay the listings to send them again",
      });
    }
    if (options.clock.now() + interval > deadline) {
      throw new ConnectorError(`Feed ${feedId} is still ${feed.processingStatus}`, {
        code: "FEED_TIMEOUT",
        retryable: true,
        where: { system: "amazon", operation: "getFeed", record: feedId },
        hint: "Amazon is slow to process it; the next run polls the same feed again (no second feed is created)",
      });
    }
    await options.clock.sleep(interval, options.signal);
    interval = Math.min(Math.round(interval * 1.5), options.maxIntervalMs ?? 300_000);
  }
}

/** One issue of a processing report (Amazon's shape). */
export interface ProcessingReportIssue {
  readonly messageId?: number;
  readonly sku?: string;
  readonly code?: string;
  readonly severity: "ERROR" | "WARNING" | "INFO";
  readonly message: string;
  readonly attributeName?: string;
}

/** Amazon's processing report of a JSON_LISTINGS_FEED (processing report schema v2). */
export interface ListingsProcessingReport {
  readonly header: { readonly sellerId: string; readonly version: "2.0"; readonly feedId: string };
  readonly issues: readonly ProcessingReportIssue[];
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly messagesProcessed: number;
    readonly messagesAccepted: number;
    readonly messagesInvalid: number;
  };
  /** Listings items as the Listings Items API returns them, when the feed asked (`includedData`). */
  readonly items?: readonly Record<string, unknown>[];
}

/**
 * Reads a processing report (bytes, gzip or not) and checks it against Amazon's published schema.
 * @throws AmazonApiError `FEED_REPORT_INVALID` when it is not JSON or not a processing report.
 */
export function parseProcessingReport(bytes: Uint8Array, feedId: string): ListingsProcessingReport {
  let parsed: unknown;
  try {
    const plain = isGzip(bytes) ? gunzipSync(bytes) : bytes;
    parsed = JSON.parse(new TextDecoder().decode(plain));
  } catch (cause) {
    throw invalidReport(feedId, "it is not JSON", cause);
  }
  reportValidator ??= draft07(listingsFeedProcessingReportSchema);
  if (!reportValidator(parsed)) {
    const first = schemaIssues(reportValidator.errors)
      .map((i) => i.message)
      .join("; ");
    throw invalidReport(feedId, `it does not satisfy the processing report schema: ${first}`);
  }
  return parsed as ListingsProcessingReport;
}

function invalidReport(feedId: string, problem: string, cause?: unknown): AmazonApiError {
  return new AmazonApiError(`The processing report of feed ${feedId} cannot be read: ${problem}`, {
    code: "FEED_REPORT_INVALID",
    status: 200,
    ...(cause !== undefined ? { cause } : {}),
    where: { system: "amazon", operation: "getFeedDocument", record: feedId },
    hint: "the feed's outcome is unknown: check the listings with getListingsItem (or in Seller Central), then replay; report the feed id to Amazon if it persists",
  });
}

/**
 * Downloads and reads the processing report of a processed feed (`getFeedDocument`, then the
 * pre-signed URL; gzip is detected by its magic bytes).
 * @throws AmazonApiError `FEED_REPORT_INVALID` when the report is malformed; TransportError
 * (retryable) when the download fails.
 */
export async function downloadProcessingReport(
  amazon: SpApiClient,
  feed: Pick<Feed, "feedId" | "resultFeedDocumentId">,
  options: { readonly fetch?: (request: Request) => Promise<Response>; readonly signal?: AbortSignal } = {},
): Promise<ListingsProcessingReport> {
  const id = feed.resultFeedDocumentId;
  if (!id) throw invalidReport(feed.feedId, "Amazon names no result document for it");
  const path = "/feeds/2021-06-30/documents/{feedDocumentId}";
  const doc = expectData<Feeds["schemas"]["FeedDocument"]>(
    await amazon.feeds.GET(path, { params: { path: { feedDocumentId: id } } }),
    { operation: "getFeedDocument", path, record: id },
  );
  let response: Response;
  try {
    response = await fetchPresignedUrl(doc.url, {
      fetch: options.fetch ?? ((r: Request) => globalThis.fetch(r)),
      timeoutMs: 60_000,
      retries: 2,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    throw new TransportError(`The processing report of feed ${feed.feedId} could not be downloaded`, {
      code: "DOCUMENT_DOWNLOAD",
      cause,
      retryable: true,
      where: { system: "amazon", operation: "downloadProcessingReport", record: feed.feedId },
      hint: "check connectivity to Amazon's document host; the next run downloads it again",
    });
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    throw badAmazonResponse(`the processing report download answered HTTP ${response.status}`, {
      operation: "downloadProcessingReport",
      path,
      record: feed.feedId,
      status: response.status,
    });
  }
  return parseProcessingReport(new Uint8Array(await response.arrayBuffer()), feed.feedId);
}

/** The outcome of one SKU of a feed. */
export interface FeedListingResult {
  readonly sku: string;
  readonly messageId: number;
  /** `INVALID` when the message has an `ERROR`, or the item Amazon reports after processing has one. */
  readonly status: "ACCEPTED" | "INVALID";
  /** Issues of the message and of the listing after processing, each with severity and attribute. */
  readonly issues: readonly ListingIssue[];
  /** Amazon's summary statuses after processing (`BUYABLE`…), when the report includes them. */
  readonly listingStatus: readonly string[] | undefined;
}

function reportIssue(i: ProcessingReportIssue): ListingIssue {
  const attribute = i.attributeName;
  return {
    code: i.code ?? "FEED",
    severity: i.severity,
    attribute,
    path: attribute ? attribute.split(".") : [],
    message: i.message,
  };
}

/**
 * Maps a processing report back to SKUs by `messageId`. A feed-level issue (no `messageId`) with
 * severity `ERROR` on a feed that processed no message makes every message invalid: nothing of it
 * was applied.
 * @throws AmazonApiError `FEED_REPORT_INVALID` when the report names a message the feed does not
 * have, or a SKU other than the message's.
 */
export function mapProcessingReport(
  report: ListingsProcessingReport,
  skus: ReadonlyMap<number, string>,
  feedId: string,
): FeedListingResult[] {
  const byMessage = new Map<number, ListingIssue[]>();
  const feedLevel: ListingIssue[] = [];
  for (const issue of report.issues) {
    if (issue.messageId === undefined) {
      feedLevel.push(reportIssue(issue));
      continue;
    }
    const sku = skus.get(issue.messageId);
    if (sku === undefined || (issue.sku !== undefined && issue.sku !== sku)) {
      throw invalidReport(
        feedId,
        `it names message ${issue.messageId}${issue.sku ? ` (SKU ${issue.sku})` : ""}, which the feed ${sku === undefined ? "does not have" : `sent for SKU ${sku}`}`,
      );
    }
    const list = byMessage.get(issue.messageId) ?? [];
    list.push(reportIssue(issue));
    byMessage.set(issue.messageId, list);
  }
  const items = new Map<string, Record<string, unknown>>();
  for (const item of report.items ?? []) if (typeof item.sku === "string") items.set(item.sku, item);
  const nothingApplied =
    report.summary.messagesProcessed === 0 && feedLevel.some((i) => i.severity === "ERROR");
  const out: FeedListingResult[] = [];
  for (const [messageId, sku] of skus) {
    const issues = [...(nothingApplied ? feedLevel : []), ...(byMessage.get(messageId) ?? [])];
    const item = items.get(sku);
    const itemIssues = Array.isArray(item?.issues)
      ? (item.issues as Parameters<typeof fromAmazonIssue>[0][]).map(fromAmazonIssue)
      : [];
    // The item's issues repeat the message's when Amazon refused it: keep each once.
    const seen = new Set(issues.map((i) => `${i.code}|${i.message}`));
    for (const i of itemIssues) if (!seen.has(`${i.code}|${i.message}`)) issues.push(i);
    const summaries = Array.isArray(item?.summaries)
      ? (item.summaries as { status?: string[] }[])
      : undefined;
    out.push({
      sku,
      messageId,
      status: issues.some((i) => i.severity === "ERROR") ? "INVALID" : "ACCEPTED",
      issues,
      listingStatus: summaries ? [...new Set(summaries.flatMap((s) => s.status ?? []))] : undefined,
    });
  }
  return out;
}
