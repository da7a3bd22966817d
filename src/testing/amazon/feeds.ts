/**
 * Feeds API 2021-06-30: createFeedDocument (pre-signed upload URL), createFeed, getFeed(s),
 * cancelFeed, getFeedDocument. A feed moves IN_QUEUE → IN_PROGRESS → DONE on the clock; a
 * JSON_LISTINGS_FEED is applied to the listings and answered with Amazon's JSON processing report
 * (header, issues, summary). A feed whose document was never uploaded ends FATAL.
 */
import type { components as F } from "../../../generated/amazon/feeds_2021-06-30.js";
import {
  checkMarketplaces,
  fail,
  invalidInput,
  iso,
  type OperationHandler,
  ok,
  page,
  parseInstant,
  resumePage,
  type SimCore,
  type SimFeed,
} from "./core.js";
import { presign, storeDocument } from "./documents.js";
import { applyPatches, validateListing } from "./listings.js";

/** One issue of a listings feed's processing report (JSON_LISTINGS_FEED). */
export type ReportIssue = {
  messageId: number;
  sku?: string;
  code: string;
  severity: string;
  message: string;
  attributeName?: string;
};

/** The JSON processing report of a listings feed. */
export interface ListingsProcessingReport {
  readonly header: { sellerId: string; version: "2.0"; feedId: string };
  readonly issues: ReportIssue[];
  readonly summary: {
    errors: number;
    warnings: number;
    messagesProcessed: number;
    messagesAccepted: number;
    messagesInvalid: number;
  };
}

function renderFeed(f: SimFeed): F["schemas"]["Feed"] {
  return {
    feedId: f.feedId,
    feedType: f.feedType,
    marketplaceIds: [...f.marketplaceIds],
    createdTime: iso(f.createdTime),
    processingStatus: f.processingStatus,
    ...(f.processingStartTime !== undefined ? { processingStartTime: iso(f.processingStartTime) } : {}),
    ...(f.processingEndTime !== undefined ? { processingEndTime: iso(f.processingEndTime) } : {}),
    ...(f.resultFeedDocumentId !== undefined ? { resultFeedDocumentId: f.resultFeedDocumentId } : {}),
  };
}

/** Applies a JSON_LISTINGS_FEED document to the listings; returns the processing report. */
export function processListingsFeed(core: SimCore, feed: SimFeed, text: string): ListingsProcessingReport {
  const issues: ReportIssue[] = [];
  let processed = 0;
  let invalid = 0;
  let messages: Record<string, unknown>[] = [];
  try {
    const doc = JSON.parse(text) as { header?: { sellerId?: string }; messages?: Record<string, unknown>[] };
    if (doc.header?.sellerId !== feed.sellerId) {
      issues.push({
        messageId: 0,
        code: "4000001",
        severity: "ERROR",
        message: "header.sellerId does not match the feed's selling partner",
      });
    }
    messages = Array.isArray(doc.messages) ? doc.messages : [];
  } catch {
    issues.push({
      messageId: 0,
      code: "4000000",
      severity: "ERROR",
      message: "The feed document is not valid JSON",
    });
  }
  for (const msg of messages) {
    processed++;
    const messageId = Number(msg.messageId ?? processed);
    const sku = String(msg.sku ?? "");
    const key = `${feed.sellerId}/${sku}`;
    const existing = core.listings.get(key);
    const now = core.clock.now();
    let found: { code: string; severity: string; message: string; attributeNames?: string[] }[] = [];
    switch (msg.operationType) {
      case "UPDATE": {
        found = validateListing(msg.productType, msg.attributes, String(msg.requirements ?? "LISTING"));
        if (found.length === 0) {
          core.listings.set(key, {
            sellerId: feed.sellerId,
            sku,
            productType: String(msg.productType),
            asin:
              existing?.asin ??
              core.catalog.get(feed.sellerId)?.find((p) => p.sku === sku)?.asin ??
              `B0${core.rng.chars(8)}`,
            attributes: { ...(msg.attributes as Record<string, unknown>) },
            marketplaceIds: [...new Set([...(existing?.marketplaceIds ?? []), ...feed.marketplaceIds])],
            createdDate: existing?.createdDate ?? now,
            lastUpdatedDate: now,
          });
        }
        break;
      }
      case "PATCH":
      case "PARTIAL_UPDATE": {
        if (!existing) {
          found = [{ code: "4000004", severity: "ERROR", message: `SKU '${sku}' not found` }];
          break;
        }
        const draft = { attributes: structuredClone(existing.attributes) };
        if (msg.operationType === "PATCH") found = applyPatches(draft, msg.patches);
        else Object.assign(draft.attributes, msg.attributes as Record<string, unknown>);
        if (found.length === 0) {
          existing.attributes = draft.attributes;
          existing.lastUpdatedDate = now;
        }
        break;
      }
      case "DELETE":
        if (existing) core.listings.delete(key);
        break;
      default:
        found = [
          {
            code: "4000002",
            severity: "ERROR",
            message: `Unknown operationType ${String(msg.operationType)}`,
          },
        ];
    }
    if (found.some((i) => i.severity === "ERROR")) invalid++;
    for (const i of found) {
      issues.push({
        messageId,
        sku,
        code: i.code,
        severity: i.severity,
        message: i.message,
        ...(i.attributeNames?.[0] ? { attributeName: i.attributeNames[0] } : {}),
      });
    }
  }
  return {
    header: { sellerId: feed.sellerId, version: "2.0", feedId: feed.feedId },
    issues,
    summary: {
      errors: issues.filter((i) => i.severity === "ERROR").length,
      warnings: issues.filter((i) => i.severity === "WARNING").length,
      messagesProcessed: processed,
      messagesAccepted: processed - invalid,
      messagesInvalid: invalid,
    },
  };
}

/** Moves feeds along their schedule; processes them when due. */
export function advanceFeeds(core: SimCore, now: number): void {
  for (const f of core.feeds.values()) {
    if (f.processingStatus !== "IN_QUEUE" && f.processingStatus !== "IN_PROGRESS") continue;
    if (now >= f.startAt && f.processingStatus === "IN_QUEUE") {
      f.processingStatus = "IN_PROGRESS";
      f.processingStartTime = f.startAt;
    }
    if (now < f.doneAt) continue;
    f.processingEndTime = f.doneAt;
    const input = core.documents.get(f.inputFeedDocumentId);
    if (!input?.body) {
      f.processingStatus = "FATAL";
      const report = {
        header: { sellerId: f.sellerId, version: "2.0", feedId: f.feedId },
        issues: [
          { messageId: 0, code: "4000000", severity: "ERROR", message: "The feed document was not uploaded" },
        ],
        summary: { errors: 1, warnings: 0, messagesProcessed: 0, messagesAccepted: 0, messagesInvalid: 0 },
      };
      f.resultFeedDocumentId = storeResult(core, f, JSON.stringify(report));
      continue;
    }
    const text = new TextDecoder().decode(input.body);
    const report =
      f.feedType === "JSON_LISTINGS_FEED"
        ? processListingsFeed(core, f, text)
        : {
            header: { sellerId: f.sellerId, version: "2.0", feedId: f.feedId },
            issues: [],
            summary: {
              errors: 0,
              warnings: 0,
              messagesProcessed: 0,
              messagesAccepted: 0,
              messagesInvalid: 0,
            },
          };
    f.resultFeedDocumentId = storeResult(core, f, JSON.stringify(report));
    f.processingStatus = "DONE";
  }
}

function storeResult(core: SimCore, f: SimFeed, text: string): string {
  return storeDocument(core, {
    sellerId: f.sellerId,
    region: f.region,
    kind: "feed-result",
    content: { text, contentType: "application/json", gzip: false },
  }).documentId;
}

/** The Feeds handlers. */
export function feedHandlers(core: SimCore): Record<string, OperationHandler> {
  const ownFeed = (feedId: string, sellerId: string, region: string) => {
    const f = core.feeds.get(feedId);
    return f && f.sellerId === sellerId && f.region === region ? f : undefined;
  };
  return {
    "feeds_2021-06-30.createFeedDocument"(ctx) {
      const body = (ctx.body ?? {}) as Partial<F["schemas"]["CreateFeedDocumentSpecification"]>;
      if (typeof body.contentType !== "string" || body.contentType === "")
        return invalidInput("contentType is required");
      const doc = storeDocument(core, {
        sellerId: ctx.seller.sellerId,
        region: ctx.region,
        kind: "feed-input",
        content: { text: "", contentType: body.contentType, gzip: false },
      });
      doc.body = undefined;
      return ok(
        {
          feedDocumentId: doc.documentId,
          url: presign(core, doc, "PUT"),
        } satisfies F["schemas"]["CreateFeedDocumentResponse"],
        201,
      );
    },
    "feeds_2021-06-30.createFeed"(ctx) {
      const body = (ctx.body ?? {}) as Partial<F["schemas"]["CreateFeedSpecification"]>;
      if (typeof body.feedType !== "string" || body.feedType === "")
        return invalidInput("feedType is required");
      const bad = checkMarketplaces(ctx, body.marketplaceIds, "marketplaceIds");
      if (bad) return bad;
      const doc = core.documents.get(String(body.inputFeedDocumentId ?? ""));
      if (doc?.kind !== "feed-input" || doc.sellerId !== ctx.seller.sellerId) {
        return invalidInput(`Invalid inputFeedDocumentId: ${String(body.inputFeedDocumentId)}`);
      }
      const feed: SimFeed = {
        feedId: core.rng.digits(11),
        sellerId: ctx.seller.sellerId,
        region: ctx.region,
        feedType: body.feedType,
        marketplaceIds: [...(body.marketplaceIds ?? [])],
        inputFeedDocumentId: doc.documentId,
        createdTime: ctx.now,
        processingStatus: "IN_QUEUE",
        processingStartTime: undefined,
        processingEndTime: undefined,
        resultFeedDocumentId: undefined,
        startAt: ctx.now + core.timings.feedQueueMs,
        doneAt: ctx.now + core.timings.feedDoneMs,
      };
      core.feeds.set(feed.feedId, feed);
      return ok({ feedId: feed.feedId } satisfies F["schemas"]["CreateFeedResponse"], 202);
    },
    "feeds_2021-06-30.getFeed"(ctx) {
      const f = ownFeed(ctx.pathParams.feedId ?? "", ctx.seller.sellerId, ctx.region);
      if (!f) return fail(404, "NotFound", `Feed ${ctx.pathParams.feedId} was not found`);
      return ok(renderFeed(f));
    },
    "feeds_2021-06-30.getFeeds"(ctx) {
      const next = ctx.query("nextToken");
      type Filter = { types?: string[]; statuses?: string[]; since: number; size: number };
      let filter: Filter;
      let offset = 0;
      if (next !== undefined) {
        const cursor = resumePage(core, ctx, next);
        if (!cursor) return invalidInput("Invalid nextToken");
        filter = JSON.parse(cursor.key) as Filter;
        offset = cursor.offset;
      } else {
        const size = Number(ctx.query("pageSize") ?? 10);
        if (!Number.isInteger(size) || size < 1 || size > 100)
          return invalidInput("pageSize must be between 1 and 100");
        const types = ctx.list("feedTypes");
        const statuses = ctx.list("processingStatuses");
        filter = {
          ...(types ? { types } : {}),
          ...(statuses ? { statuses } : {}),
          since: parseInstant(ctx.query("createdSince")) ?? ctx.now - 90 * 86_400_000,
          size,
        };
      }
      const feeds = [...core.feeds.values()]
        .filter(
          (f) =>
            f.sellerId === ctx.seller.sellerId &&
            f.region === ctx.region &&
            (!filter.types || filter.types.includes(f.feedType)) &&
            (!filter.statuses || filter.statuses.includes(f.processingStatus)) &&
            f.createdTime >= filter.since,
        )
        .sort((a, b) => b.createdTime - a.createdTime);
      const p = page(core, feeds, filter.size, {
        operationId: "getFeeds",
        sellerId: ctx.seller.sellerId,
        key: JSON.stringify(filter),
        offset,
      });
      return ok({ feeds: p.items.map(renderFeed), ...(p.nextToken ? { nextToken: p.nextToken } : {}) });
    },
    "feeds_2021-06-30.cancelFeed"(ctx) {
      const f = ownFeed(ctx.pathParams.feedId ?? "", ctx.seller.sellerId, ctx.region);
      if (!f) return fail(404, "NotFound", `Feed ${ctx.pathParams.feedId} was not found`);
      if (f.processingStatus !== "IN_QUEUE")
        return invalidInput(
          `Feed ${f.feedId} is ${f.processingStatus}; only IN_QUEUE feeds can be cancelled`,
        );
      f.processingStatus = "CANCELLED";
      return { status: 200 };
    },
    "feeds_2021-06-30.getFeedDocument"(ctx) {
      const doc = core.documents.get(ctx.pathParams.feedDocumentId ?? "");
      if (
        !doc ||
        doc.kind === "report" ||
        doc.kind === "definition" ||
        doc.sellerId !== ctx.seller.sellerId
      ) {
        return fail(404, "NotFound", `Feed document ${ctx.pathParams.feedDocumentId} was not found`);
      }
      return ok({
        feedDocumentId: doc.documentId,
        url: presign(core, doc, "GET"),
        ...(doc.compressionAlgorithm ? { compressionAlgorithm: doc.compressionAlgorithm } : {}),
      } satisfies F["schemas"]["FeedDocument"]);
    },
  };
}
