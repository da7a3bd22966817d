/**
 * The listings flow: D365 released products become Amazon listings. One record per item, seller and
 * marketplace (`listing:<sellerId>:<marketplaceId>:<dataAreaId>:<itemNumber>`), moved by the same
 * runner as settlements and orders: mapped and validated locally against the product type's schema
 * (a listing that would be refused parks with every attribute path, before any Listings call),
 * then sent one by one through Listings Items or, in bulk, as one JSON_LISTINGS_FEED, whichever the
 * volume and Amazon's usage plans make faster (`chooseListingsPath`).
 *
 * A feed is a record of its own (`listings-feed:…`): its document is built and kept, then the
 * intent to create it is written, then `createFeed`, and its `feedId` is on the record before the
 * first poll. A crash after that polls the same feed again; a crash inside `createFeed` looks the
 * feed up with `getFeeds` before creating another.
 *
 * Only listings are written to Amazon: product facts and the offer price. Nothing financial.
 */
import { createHash, randomUUID } from "node:crypto";
import {
  buildListingsFeed,
  createListingsFeed,
  downloadProcessingReport,
  type FeedListingResult,
  mapProcessingReport,
  waitForFeed,
} from "../../amazon/listings/feed.js";
import { getListing, submitListing } from "../../amazon/listings/items.js";
import { chooseListingsPath, type ListingsPathChoice } from "../../amazon/listings/path.js";
import { getProductTypeSchema } from "../../amazon/listings/product-types.js";
import {
  createListingValidator,
  type ListingIssue,
  type ListingValidator,
} from "../../amazon/listings/validate.js";
import { findMarketplace as findAmazonMarketplace } from "../../amazon/regions.js";
import { expectData } from "../../amazon/reports/call-result.js";
import { ConnectorError, ValidationError } from "../../core/errors.js";
import { createRecord, type JsonValue, type StoredRecord } from "../../core/storage.js";
import {
  DEFAULT_PRODUCT_FIELDS,
  type ProductFieldValue,
  productFingerprint,
  type ReleasedProduct,
  readReleasedProducts,
} from "../../d365/entities/released-products.js";
import { mapListing } from "../../mapping/listings.js";
import type { Mapping } from "../../mapping/schema.js";
import { type FlowContext, type FlowSeller, sellerKey } from "../context.js";
import type { ResolvedListingsOptions } from "../options.js";
import {
  type FlowDefinition,
  type RunnerContext,
  reopenRecord,
  runRecord,
  type StepResult,
} from "../runner.js";

/** The record kind of listing records. */
export const LISTING_KIND = "listing";
/** The record kind of listings feed records. */
export const LISTINGS_FEED_KIND = "listings-feed";

/** States of a listing record. */
export const ListingRecordState = {
  discovered: "discovered",
  validated: "validated",
  /** Listings Items path: the intent to send, written before the first call. */
  submitting: "submitting",
  submitted: "submitted",
  /** Feed path: in a feed, waiting for its processing report. */
  queued: "queued",
  accepted: "accepted",
  /** Amazon refused it, or accepted it and then found an error: see `issues`. */
  invalid: "invalid",
  parked: "parked",
  failed: "failed",
} as const;
export type ListingRecordState = (typeof ListingRecordState)[keyof typeof ListingRecordState];

/** States of a listings feed record. */
export const ListingsFeedState = {
  building: "building",
  built: "built",
  /** The intent to call `createFeed`, written before the call. */
  creating: "creating",
  /** `feedId` kept: from here on the feed is polled, never created again. */
  created: "created",
  processed: "processed",
  parked: "parked",
  failed: "failed",
} as const;
export type ListingsFeedState = (typeof ListingsFeedState)[keyof typeof ListingsFeedState];

/** The record id of an item's listing for a seller in a marketplace. */
export function listingRecordId(
  sellerId: string,
  marketplaceId: string,
  dataAreaId: string,
  itemNumber: string,
): string {
  return `listing:${sellerId}:${marketplaceId}:${dataAreaId.toLowerCase()}:${itemNumber}`;
}

/** The listings flow's context: the shared one, the `listings` options and per-run state. */
export interface ListingFlowContext extends FlowContext {
  readonly listings: ResolvedListingsOptions;
  /** Transport of schema and document links (S3). */
  readonly fetch: ((request: Request) => Promise<Response>) | undefined;
  /** Compiled product type schemas by product type, marketplace and seller. */
  readonly validators: Map<string, ListingValidator>;
  /** Listing record → feed record, for the records this run puts in a feed. */
  readonly routes: Map<string, string>;
  /** Per-member results of processed feeds, read once per run (a feed has up to 25,000 members). */
  readonly feedResults: Map<string, Readonly<Record<string, FeedListingResult & { operation: string }>>>;
}

/** What a listing record keeps. */
export interface ListingData {
  readonly sellerId: string;
  readonly region: "na" | "eu" | "fe";
  readonly marketplaceId: string;
  readonly dataAreaId: string;
  readonly itemNumber: string;
  /** The product's fields as read from D365. */
  readonly product: Readonly<Record<string, ProductFieldValue>>;
  /** SHA-256 of the product's fields and the mapping's listings section: unchanged, nothing is sent. */
  readonly fingerprint: string;
  readonly sku?: string;
  readonly productType?: string;
  readonly attributes?: Record<string, unknown[]>;
  /** The attributes Amazon last accepted from this connector (what a feed patches against). */
  readonly previous?: Record<string, unknown[]>;
  readonly path?: "items" | "feed";
  /** What was sent: put / patch / none (Listings Items), UPDATE / PATCH / none (feed). */
  readonly operation?: string;
  readonly submissionId?: string;
  readonly feedRecord?: string;
  readonly feedId?: string;
  readonly messageId?: number;
  /** Amazon's issues (or the local validation's), each with severity and attribute. */
  readonly issues?: readonly ListingIssue[];
  /** Amazon's summary statuses after processing (`BUYABLE`, `DISCOVERABLE`). */
  readonly listingStatus?: readonly string[];
  readonly attempts?: number;
}

/** What a listings feed record keeps. */
export interface ListingsFeedData {
  readonly sellerId: string;
  readonly region: "na" | "eu" | "fe";
  readonly marketplaceId: string;
  /** Storage document listing the member records. */
  readonly membersKey: string;
  readonly messages?: number;
  /** Storage document of the feed (JSON_LISTINGS_FEED) and the member of each message. */
  readonly documentKey?: string;
  readonly intentAt?: number;
  readonly feedId?: string;
  /** Feeds found on Amazon that could not be told apart (the record parked); no later feed adopts them. */
  readonly orphanFeedIds?: readonly string[];
  readonly processingStatus?: string;
  /** Storage document of the per-member results. */
  readonly resultsKey?: string;
  readonly summary?: { readonly accepted: number; readonly invalid: number };
}

function data(record: StoredRecord): ListingData {
  return record.data as unknown as ListingData;
}

function withData(record: StoredRecord, patch: Partial<ListingData>): JsonValue {
  return {
    ...(record.data as Record<string, JsonValue>),
    ...(patch as unknown as Record<string, JsonValue>),
  };
}

function feedData(record: StoredRecord): ListingsFeedData {
  return record.data as unknown as ListingsFeedData;
}

function seller(
  ctx: ListingFlowContext,
  d: { sellerId: string; region: string },
  record: string,
): FlowSeller {
  const s = ctx.sellers.get(sellerKey(d.sellerId, d.region));
  if (!s) {
    throw new ConnectorError(`Seller ${d.sellerId} (${d.region}) is not configured on this connector`, {
      code: "CONFIG_INVALID",
      where: { system: "local", operation: "listings", record },
      hint: "add the seller to amazon.sellers, then replay",
    });
  }
  return s;
}

async function readJson<T>(ctx: ListingFlowContext, key: string, record: string): Promise<T> {
  const doc = await ctx.storage.documents.get(key);
  if (!doc) {
    throw new ConnectorError(`The document ${key} of ${record} is missing from storage`, {
      code: "ARCHIVE_MISSING",
      where: { system: "storage", operation: "documents.get", record },
      hint: "replay the listings: they are mapped and sent again (Amazon's state decides put or patch)",
    });
  }
  return JSON.parse(new TextDecoder().decode(doc.body)) as T;
}

/** What changes every listing of a marketplace when it changes: the mapping's part for it. */
function mappingSalt(mapping: Mapping, marketplaceId: string): string {
  return JSON.stringify([mapping.listings ?? null, mapping.marketplaces[marketplaceId] ?? null]);
}

function fingerprintOf(mapping: Mapping, marketplaceId: string, product: ReleasedProduct): string {
  return createHash("sha256")
    .update(mappingSalt(mapping, marketplaceId))
    .update(productFingerprint(product))
    .digest("hex");
}

// ------------------------------------------------------------------------------------------------
// Discovery (not a record step: it creates records, and reopens resting ones D365 changed)

/** A seller and marketplace products are listed on. */
interface ListingTarget {
  readonly seller: FlowSeller;
  readonly marketplaceId: string;
  readonly company: string;
}

/** Which seller a run is limited to (`connector.run("listings", { seller })`). */
export interface ListingsSellerFilter {
  readonly sellerId: string;
  /** When one seller id is in several regions. @default every region */
  readonly region?: string;
}

/** True when a seller (or a record's `sellerId` and `region`) is in the run's filter. */
function inFilter(only: ListingsSellerFilter | undefined, s: { sellerId: string; region: string }): boolean {
  return !only || (s.sellerId === only.sellerId && (!only.region || s.region === only.region));
}

function targets(ctx: ListingFlowContext, only?: ListingsSellerFilter): ListingTarget[] {
  const mapping = ctx.mapping;
  if (!mapping.listings) {
    throw new ConnectorError("The mapping document has no listings section", {
      code: "CONFIG_INVALID",
      where: { system: "local", operation: "connector.run", field: "mapping.listings" },
      hint: "add a listings section (productType, attributes) to the mapping; see docs/listings.md",
    });
  }
  const ids = ctx.listings.marketplaces ?? mapping.listings.marketplaces ?? Object.keys(mapping.marketplaces);
  const companies = ctx.listings.legalEntities?.map((c) => c.toUpperCase());
  const out: ListingTarget[] = [];
  for (const s of ctx.sellers.values()) {
    if (!inFilter(only, s)) continue;
    for (const m of ids) {
      const company = mapping.marketplaces[m]?.legalEntity.toUpperCase();
      if (!company || (companies && !companies.includes(company))) continue;
      if (findAmazonMarketplace(m)?.region !== s.region) continue;
      if (s.marketplaceIds && !s.marketplaceIds.includes(m)) continue;
      out.push({ seller: s, marketplaceId: m, company });
    }
  }
  return out;
}

/**
 * Reads the released products of every legal entity listed, and creates a `discovered` record for
 * each item and target not seen before, or reopens a resting one whose product or mapping changed.
 * Unchanged items are left alone: nothing is sent for them. With `only`, one seller's targets.
 * @returns the ids of the records created or reopened.
 */
export async function discoverListings(
  ctx: ListingFlowContext,
  only?: ListingsSellerFilter,
): Promise<string[]> {
  const byCompany = new Map<string, ListingTarget[]>();
  for (const t of targets(ctx, only)) byCompany.set(t.company, [...(byCompany.get(t.company) ?? []), t]);
  const found: string[] = [];
  for (const [company, list] of byCompany) {
    for await (const page of readReleasedProducts(ctx.d365, {
      company,
      // The templates' own fields come on top of the defaults, never instead of them.
      ...(ctx.listings.select
        ? { select: [...new Set([...DEFAULT_PRODUCT_FIELDS, ...ctx.listings.select])] as never }
        : {}),
    })) {
      for (const product of page) {
        for (const t of list) {
          const id = listingRecordId(
            t.seller.sellerId,
            t.marketplaceId,
            product.dataAreaId,
            product.itemNumber,
          );
          const fingerprint = fingerprintOf(ctx.mapping, t.marketplaceId, product);
          const existing = await ctx.storage.records.get(id);
          if (!existing) {
            const initial: ListingData = {
              sellerId: t.seller.sellerId,
              region: t.seller.region,
              marketplaceId: t.marketplaceId,
              dataAreaId: product.dataAreaId,
              itemNumber: product.itemNumber,
              product: product.fields,
              fingerprint,
            };
            // Only if still absent: a concurrent run may have created and sent it since the look-up.
            const made = await createRecord(ctx.storage.records, {
              id,
              kind: LISTING_KIND,
              state: ListingRecordState.discovered,
              data: initial as unknown as JsonValue,
            });
            if (made) found.push(id);
            continue;
          }
          const d = data(existing);
          if (d.fingerprint === fingerprint) continue;
          const resting = [
            ListingRecordState.accepted,
            ListingRecordState.invalid,
            ListingRecordState.parked,
          ] as string[];
          // A record on its way keeps going; the change is picked up once it rests.
          if (!resting.includes(existing.state)) continue;
          const {
            error: _e,
            resumeState: _r,
            issues: _i,
            ...rest
          } = existing.data as Record<string, JsonValue>;
          const reason = "the product or the mapping changed in D365 since it was last sent";
          await ctx.storage.records.transition(id, existing.state, ListingRecordState.discovered, {
            data: { ...rest, product: product.fields, fingerprint, attempts: 0 } as JsonValue,
            reason,
            expectedVersion: existing.version,
          });
          ctx.hub.emit({
            type: "transition",
            flow: "listings",
            record: id,
            from: existing.state,
            to: ListingRecordState.discovered,
            reason,
            at: ctx.clock.now(),
          });
          found.push(id);
        }
      }
    }
  }
  return found;
}

// ------------------------------------------------------------------------------------------------
// Listing steps

async function validatorFor(
  ctx: ListingFlowContext,
  s: FlowSeller,
  productType: string,
  marketplaceId: string,
): Promise<ListingValidator> {
  const key = `${s.sellerId}/${marketplaceId}/${productType}`;
  const cached = ctx.validators.get(key);
  if (cached) return cached;
  const { schema } = await getProductTypeSchema(s.amazon, {
    productType,
    marketplaceId,
    sellerId: s.sellerId,
    documents: ctx.storage.documents,
    clock: ctx.clock,
    ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
  });
  const validator = createListingValidator(schema, productType);
  ctx.validators.set(key, validator);
  return validator;
}

/** Maps the product and validates the listing against the product type's schema, locally. */
async function mapAndValidate(record: StoredRecord, ctx: ListingFlowContext): Promise<StepResult> {
  const d = data(record);
  const product: ReleasedProduct = { dataAreaId: d.dataAreaId, itemNumber: d.itemNumber, fields: d.product };
  // A mapping error (no SKU, a price that is not an amount) parks with its path, through the runner.
  const draft = mapListing(product, ctx.mapping, d.marketplaceId);
  const s = seller(ctx, d, record.id);
  const validate = await validatorFor(ctx, s, draft.productType, d.marketplaceId);
  const issues = validate(draft.attributes);
  // The fingerprint follows the mapping in use, so a replay with a fixed mapping is not sent again.
  const fingerprint = fingerprintOf(ctx.mapping, d.marketplaceId, product);
  const patch: Partial<ListingData> = {
    sku: draft.sku,
    productType: draft.productType,
    attributes: draft.attributes,
    fingerprint,
    issues,
  };
  if (issues.some((i) => i.severity === "ERROR")) {
    const error = new ValidationError(
      `Item ${d.itemNumber} (${d.dataAreaId}) does not satisfy Amazon's ${draft.productType} schema for ${d.marketplaceId}; nothing was sent`,
      {
        code: "LISTING_INVALID",
        issues: issues.map((i) => ({ code: i.code, path: ["attributes", ...i.path], message: i.message })),
        where: { system: "local", operation: "listings.validate", record: record.id },
        hint: "fill the attribute in D365 or in the mapping's listings section (docs/listings.md), then replay",
      },
    );
    return {
      to: "parked",
      reason: `${error.code}: ${error.message}`,
      data: {
        ...(withData(record, patch) as Record<string, JsonValue>),
        resumeState: ListingRecordState.discovered,
        error: { code: error.code, message: error.message, hint: error.hint ?? "" },
      },
    };
  }
  return { to: ListingRecordState.validated, data: withData(record, patch) };
}

async function route(record: StoredRecord, ctx: ListingFlowContext): Promise<StepResult> {
  const feed = ctx.routes.get(record.id);
  if (feed) {
    return {
      to: ListingRecordState.queued,
      data: withData(record, { path: "feed", feedRecord: feed }),
      ref: feed,
    };
  }
  // The intent, before the first Listings call: a crash from here on looks at Amazon first.
  return { to: ListingRecordState.submitting, data: withData(record, { path: "items" }) };
}

async function submitItem(record: StoredRecord, ctx: ListingFlowContext): Promise<StepResult> {
  const d = data(record);
  const s = seller(ctx, d, record.id);
  if (!d.sku || !d.productType || !d.attributes) throw new Error(`record ${record.id} was not mapped`);
  const listing = {
    sku: d.sku,
    marketplaceId: d.marketplaceId,
    productType: d.productType,
    attributes: d.attributes,
  };
  // Amazon wins: what it holds now decides between a put and a patch of the changed attributes.
  const held = await getListing(s.amazon, {
    sellerId: s.sellerId,
    sku: d.sku,
    marketplaceId: d.marketplaceId,
  });
  const sent = await submitListing(s.amazon, {
    sellerId: s.sellerId,
    listing,
    ...(held ? { previous: held.attributes } : {}),
  });
  const patch: Partial<ListingData> = {
    operation: sent.operation,
    ...(sent.submissionId ? { submissionId: sent.submissionId } : {}),
    issues: sent.issues,
  };
  if (sent.status === "INVALID")
    return { to: ListingRecordState.invalid, data: withData(record, patch), ref: d.sku };
  return { to: ListingRecordState.submitted, data: withData(record, patch), ref: sent.submissionId ?? d.sku };
}

/** The follow-up: what Amazon holds once it processed the submission. */
async function verifyItem(record: StoredRecord, ctx: ListingFlowContext): Promise<StepResult> {
  const d = data(record);
  const s = seller(ctx, d, record.id);
  const sku = d.sku as string;
  const held = await getListing(s.amazon, { sellerId: s.sellerId, sku, marketplaceId: d.marketplaceId });
  if (!held) {
    throw new ConnectorError(
      `Amazon accepted listing ${sku} but does not show it in ${d.marketplaceId} (yet)`,
      {
        code: "LISTING_NOT_VISIBLE",
        retryable: true,
        where: { system: "amazon", operation: "getListingsItem", record: record.id },
        hint: "Amazon may still be processing it; the next run looks again",
      },
    );
  }
  const patch: Partial<ListingData> = { issues: held.issues, listingStatus: held.status };
  if (held.invalid) return { to: ListingRecordState.invalid, data: withData(record, patch) };
  return {
    to: ListingRecordState.accepted,
    data: withData(record, { ...patch, previous: d.attributes ?? {} }),
    ref: held.asin ?? sku,
  };
}

/** Feed path: the member's outcome from its feed's processing report. */
async function settleFromFeed(record: StoredRecord, ctx: ListingFlowContext): Promise<StepResult> {
  const d = data(record);
  const feed = d.feedRecord ? await ctx.storage.records.get(d.feedRecord) : undefined;
  const f = feed ? feedData(feed) : undefined;
  if (feed?.state === ListingsFeedState.parked) {
    throw new ConnectorError(`The feed of listing ${d.sku} stopped: ${feed.reason ?? "parked"}`, {
      code: "LISTINGS_FEED_PARKED",
      where: { system: "amazon", operation: "createFeed", record: record.id },
      hint: "fix the cause named, then replay the listings: they are sent again (a new feed, or Listings Items)",
    });
  }
  if (!feed || feed.state !== ListingsFeedState.processed || !f?.resultsKey) {
    throw new ConnectorError(`The feed of listing ${d.sku} has no processing report yet`, {
      code: "FEED_PENDING",
      retryable: true,
      where: { system: "amazon", operation: "getFeed", record: record.id },
      hint: "the next run polls the feed again",
    });
  }
  const results =
    ctx.feedResults.get(feed.id) ??
    (await readJson<Record<string, FeedListingResult & { operation: string }>>(ctx, f.resultsKey, feed.id));
  ctx.feedResults.set(feed.id, results);
  const r = results[record.id];
  if (!r) {
    throw new ConnectorError(`Feed ${f.feedId} has no outcome for listing ${d.sku}`, {
      code: "FEED_REPORT_INVALID",
      where: { system: "amazon", operation: "getFeedDocument", record: record.id },
      hint: "check the listing in Seller Central, then replay it",
    });
  }
  const ref = r.operation === "none" || !f.feedId ? (d.sku ?? record.id) : f.feedId;
  const patch: Partial<ListingData> = {
    operation: r.operation,
    ...(r.operation !== "none" && f.feedId ? { feedId: f.feedId } : {}),
    ...(r.messageId > 0 ? { messageId: r.messageId } : {}),
    issues: r.issues,
    ...(r.listingStatus ? { listingStatus: r.listingStatus } : {}),
  };
  if (r.status === "INVALID") return { to: ListingRecordState.invalid, data: withData(record, patch), ref };
  return {
    to: ListingRecordState.accepted,
    data: withData(record, { ...patch, previous: d.attributes ?? {} }),
    ref,
  };
}

/**
 * The listing state machine, resting in its done states and also in `restsAt`. The run drives one
 * record through it in stages (the path is chosen once a seller's listings are validated, a feed is
 * sent once its members joined it), and a stage is nothing but where the same machine stops: one
 * definition, so the stages can never disagree about a step.
 */
function listingFlowUntil(...restsAt: readonly ListingRecordState[]): FlowDefinition<ListingFlowContext> {
  return {
    name: "listings",
    kind: LISTING_KIND,
    done: [ListingRecordState.accepted, ListingRecordState.invalid, ...restsAt],
    steps: [
      {
        from: "discovered",
        to: ["validated"],
        does: "map the product (mapping's listings section), validate it against the product type's schema locally; any ERROR parks it with the attribute paths, before any Listings call",
        run: mapAndValidate,
      },
      {
        from: "validated",
        to: ["submitting", "queued"],
        does: "take the path the run chose: Listings Items (write the intent) or a feed (join it)",
        run: route,
      },
      {
        from: "submitting",
        to: ["submitted", "invalid"],
        does: "getListingsItem, then put (new) or patch (changed attributes only; nothing when none changed)",
        run: submitItem,
      },
      {
        from: "submitted",
        to: ["accepted", "invalid"],
        does: "getListingsItem again: an ERROR Amazon found after accepting makes it invalid, not a success",
        run: verifyItem,
      },
      {
        from: "queued",
        to: ["accepted", "invalid"],
        does: "take the outcome of its message (and item) from the feed's processing report",
        run: settleFromFeed,
      },
    ],
    resumeFrom(state) {
      // A fixed mapping must be taken into account: map again before sending.
      // A listing whose feed stopped goes out again, by whatever path the replay's run chooses.
      if (state === "validated" || state === "submitting" || state === "queued") return "discovered";
      return state;
    },
  };
}

/** The listing flow's state machine. */
export const listingFlow: FlowDefinition<ListingFlowContext> = listingFlowUntil();

/** The same flow, resting once a record is validated (or queued): the run chooses the path then. */
const prepareFlow = listingFlowUntil(ListingRecordState.validated, ListingRecordState.queued);

/** The same flow, resting once a record joined its feed: the feed is sent before its members settle. */
const joinFeedFlow = listingFlowUntil(ListingRecordState.queued);

// ------------------------------------------------------------------------------------------------
// Feed steps

interface FeedPlan {
  /** The JSON_LISTINGS_FEED as sent. */
  readonly document: unknown;
  /** `[messageId, member record id, sku, operation]` of every message. */
  readonly messages: readonly (readonly [number, string, string, string])[];
  /** Members left out because Amazon already holds what they would send. */
  readonly unchanged: readonly string[];
}

function feedKey(feedRecord: string, what: string): string {
  return `sync/listings-feeds/${encodeURIComponent(feedRecord)}/${what}.json`;
}

async function buildFeed(record: StoredRecord, ctx: ListingFlowContext): Promise<StepResult> {
  const f = feedData(record);
  const members = await readJson<string[]>(ctx, f.membersKey, record.id);
  const listings = [];
  const bySku = new Map<string, string>();
  for (const id of members) {
    const m = await ctx.storage.records.get(id);
    const d = m ? data(m) : undefined;
    if (!d?.sku || !d.productType || !d.attributes) continue;
    bySku.set(d.sku, id);
    listings.push({
      sku: d.sku,
      marketplaceId: d.marketplaceId,
      productType: d.productType,
      attributes: d.attributes,
      ...(d.previous ? { previous: d.previous } : {}),
    });
  }
  const built = buildListingsFeed({
    sellerId: f.sellerId,
    listings,
    ...(ctx.listings.issueLocale ? { issueLocale: ctx.listings.issueLocale } : {}),
  });
  const plan: FeedPlan = {
    document: built.document,
    messages: built.document.messages.map((m) => [
      m.messageId,
      bySku.get(m.sku) ?? "",
      m.sku,
      m.operationType,
    ]),
    unchanged: built.unchanged.map((sku) => bySku.get(sku) ?? ""),
  };
  const documentKey = feedKey(record.id, "feed");
  await ctx.storage.documents.put(documentKey, JSON.stringify(plan), {
    contentType: "application/json",
    record: record.id,
    attributes: { kind: "listings-feed" },
  });
  return {
    to: ListingsFeedState.built,
    data: { ...(record.data as Record<string, JsonValue>), documentKey, messages: plan.messages.length },
  };
}

async function intendFeed(record: StoredRecord, ctx: ListingFlowContext): Promise<StepResult> {
  return {
    to: ListingsFeedState.creating,
    data: { ...(record.data as Record<string, JsonValue>), intentAt: ctx.clock.now() },
  };
}

/** Feed ids other feed records hold: a feed found by `getFeeds` is only adopted when nobody has it. */
async function claimedFeedIds(ctx: ListingFlowContext): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const r of await listRecords(ctx.storage, LISTINGS_FEED_KIND)) {
    const id = feedData(r).feedId;
    if (id) ids.add(id);
    for (const orphan of feedData(r).orphanFeedIds ?? []) ids.add(orphan);
  }
  return ids;
}

async function createFeed(record: StoredRecord, ctx: ListingFlowContext): Promise<StepResult> {
  const f = feedData(record);
  const s = seller(ctx, f, record.id);
  const plan = await readJson<FeedPlan>(ctx, f.documentKey as string, record.id);
  if (plan.messages.length === 0) {
    return {
      to: ListingsFeedState.created,
      data: { ...(record.data as Record<string, JsonValue>), feedId: "", processingStatus: "EMPTY" },
    };
  }
  // createFeed is not idempotent: after a crash inside it, the feed may exist. Look first.
  const path = "/feeds/2021-06-30/feeds";
  const since = new Date((f.intentAt ?? ctx.clock.now()) - 60_000).toISOString();
  const listed = expectData(
    await s.amazon.feeds.GET(path, {
      params: {
        query: {
          feedTypes: ["JSON_LISTINGS_FEED"],
          marketplaceIds: [f.marketplaceId],
          createdSince: since,
          pageSize: 100,
        },
      },
    }),
    { operation: "getFeeds", path, record: record.id },
  );
  const claimed = await claimedFeedIds(ctx);
  const orphans = (listed.feeds ?? []).filter((x) => !claimed.has(x.feedId));
  if (orphans.length > 1) {
    const error = {
      code: "FEED_AMBIGUOUS",
      message: `Amazon lists ${orphans.length} listings feeds since this feed's intent that no record holds; which one is this feed's cannot be told`,
      hint: `check feeds ${orphans.map((x) => x.feedId).join(", ")} in Seller Central; replaying the listings sends them in a new feed`,
    };
    return {
      to: "parked",
      reason: `${error.code}: ${error.message}`,
      data: {
        ...(record.data as Record<string, JsonValue>),
        // Claimed by this record from now on: a later feed's lookup does not trip over them again.
        orphanFeedIds: orphans.map((x) => x.feedId),
        error,
      },
    };
  }
  const adopted = orphans[0]?.feedId;
  const feedId =
    adopted ??
    (
      await createListingsFeed(s.amazon, plan.document as Parameters<typeof createListingsFeed>[1], {
        marketplaceIds: [f.marketplaceId],
        ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
      })
    ).feedId;
  return {
    to: ListingsFeedState.created,
    data: { ...(record.data as Record<string, JsonValue>), feedId },
    ref: feedId,
    ...(adopted
      ? { reason: `feed ${adopted} found on Amazon after an interrupted createFeed: adopted` }
      : {}),
  };
}

async function pollFeed(record: StoredRecord, ctx: ListingFlowContext): Promise<StepResult> {
  const f = feedData(record);
  const plan = await readJson<FeedPlan>(ctx, f.documentKey as string, record.id);
  const results: Record<string, Omit<FeedListingResult, "sku"> & { sku: string; operation: string }> = {};
  for (const id of plan.unchanged) {
    results[id] = {
      sku: "",
      messageId: 0,
      status: "ACCEPTED",
      issues: [],
      listingStatus: undefined,
      operation: "none",
    };
  }
  let status = "EMPTY";
  let summary = { accepted: plan.unchanged.length, invalid: 0 };
  if (plan.messages.length > 0) {
    const s = seller(ctx, f, record.id);
    const feedId = f.feedId as string;
    const feed = await waitForFeed(s.amazon, feedId, {
      clock: ctx.clock,
      pollIntervalMs: ctx.listings.feedPollIntervalMs,
      timeoutMs: ctx.listings.feedTimeoutMs,
    });
    status = feed.processingStatus;
    const report = await downloadProcessingReport(s.amazon, feed, ctx.fetch ? { fetch: ctx.fetch } : {});
    await ctx.storage.documents.put(feedKey(record.id, "report"), JSON.stringify(report), {
      contentType: "application/json",
      record: record.id,
      attributes: { kind: "listings-feed-report", feedId },
    });
    const skus = new Map(plan.messages.map(([messageId, , sku]) => [messageId, sku]));
    const member = new Map(plan.messages.map(([messageId, id, , op]) => [messageId, [id, op] as const]));
    for (const r of mapProcessingReport(report, skus, feedId)) {
      const [id, op] = member.get(r.messageId) ?? ["", ""];
      results[id] = { ...r, operation: op };
    }
    const all = Object.values(results);
    summary = {
      accepted: all.filter((r) => r.status === "ACCEPTED").length,
      invalid: all.filter((r) => r.status === "INVALID").length,
    };
  }
  const resultsKey = feedKey(record.id, "results");
  await ctx.storage.documents.put(resultsKey, JSON.stringify(results), {
    contentType: "application/json",
    record: record.id,
    attributes: { kind: "listings-feed-results" },
  });
  return {
    to: ListingsFeedState.processed,
    data: { ...(record.data as Record<string, JsonValue>), processingStatus: status, resultsKey, summary },
    ...(f.feedId ? { ref: f.feedId } : {}),
  };
}

/** The listings feed's state machine. */
export const listingsFeedFlow: FlowDefinition<ListingFlowContext> = {
  name: "listings",
  kind: LISTINGS_FEED_KIND,
  done: [ListingsFeedState.processed],
  steps: [
    {
      from: "building",
      to: ["built"],
      does: "build the JSON_LISTINGS_FEED from its members (UPDATE new, PATCH changed attributes), check it against Amazon's feed schema, keep it",
      run: buildFeed,
    },
    {
      from: "built",
      to: ["creating"],
      does: "write the intent to create the feed, before createFeed",
      run: intendFeed,
    },
    {
      from: "creating",
      to: ["created"],
      does: "look for a feed an interrupted run created (getFeeds), else upload the document and createFeed; keep the feedId",
      run: createFeed,
    },
    {
      from: "created",
      to: ["processed"],
      does: "poll getFeed (growing interval), download the processing report, check it against Amazon's schema, map each message to its SKU",
      run: pollFeed,
    },
  ],
};

// ------------------------------------------------------------------------------------------------
// Runs and reports

/** One listing in a run report. */
export interface ListingReportEntry {
  /** The record id: `listing:<sellerId>:<marketplaceId>:<dataAreaId>:<itemNumber>`. */
  readonly record: string;
  readonly sku: string | null;
  readonly itemNumber: string;
  readonly legalEntity: string;
  readonly marketplaceId: string;
  readonly sellerId: string;
  /** `accepted`, `invalid`, `parked`, `failed`, or where it stopped. */
  readonly state: string;
  /** Listings Items or a feed; null when it was not sent. */
  readonly path: "items" | "feed" | null;
  /** put / patch / none (Listings Items), UPDATE / PATCH / none (feed). */
  readonly operation: string | null;
  readonly feedId: string | null;
  readonly submissionId: string | null;
  /** Amazon's issues (or the local validation's), each with severity and attribute. */
  readonly issues: readonly ListingIssue[];
  /** Amazon's summary statuses after processing (`BUYABLE`, `DISCOVERABLE`). */
  readonly listingStatus: readonly string[];
  /** Why it is parked or failed. */
  readonly reason: string | null;
  /** What to do about it. */
  readonly hint: string | null;
}

/** One feed in a run report. */
export interface ListingsFeedReportEntry {
  readonly record: string;
  readonly sellerId: string;
  readonly marketplaceId: string;
  readonly feedId: string | null;
  readonly state: string;
  readonly processingStatus: string | null;
  readonly messages: number | null;
  readonly accepted: number | null;
  readonly invalid: number | null;
  readonly reason: string | null;
}

/** The path chosen for one seller and marketplace in a run. */
export interface ListingsPathReport extends ListingsPathChoice {
  readonly sellerId: string;
  readonly marketplaceId: string;
  readonly count: number;
}

/** What `connector.run("listings")` did. */
export interface ListingsRunReport {
  readonly flow: "listings";
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Items seen for the first time, or again after D365 or the mapping changed them. */
  readonly discovered: number;
  /** The path chosen per seller and marketplace, and why. */
  readonly paths: readonly ListingsPathReport[];
  readonly feeds: readonly ListingsFeedReportEntry[];
  /** Every listing the run touched. */
  readonly listings: readonly ListingReportEntry[];
  readonly counts: {
    readonly total: number;
    /** Sent to Amazon in this run (a put, patch or feed message). */
    readonly submitted: number;
    readonly accepted: number;
    /** Refused by Amazon, or found invalid after being accepted. */
    readonly invalid: number;
    readonly parked: number;
    readonly failed: number;
    /** Held by another worker (their lease is live). */
    readonly busy: number;
  };
  /** True when the run was stopped by its signal before every record rested. */
  readonly stopped: boolean;
}

/** The report entry of a listing record. */
export function listingEntry(record: StoredRecord): ListingReportEntry {
  const d = (record.data ?? {}) as unknown as ListingData & { error?: { message: string; hint?: string } };
  const resting = record.state === "parked" || record.state === "failed";
  return {
    record: record.id,
    sku: d.sku ?? null,
    itemNumber: d.itemNumber,
    legalEntity: d.dataAreaId?.toUpperCase(),
    marketplaceId: d.marketplaceId,
    sellerId: d.sellerId,
    state: record.state,
    path: d.path ?? null,
    operation: d.operation ?? null,
    feedId: d.feedId ?? null,
    submissionId: d.submissionId ?? null,
    issues: d.issues ?? [],
    listingStatus: d.listingStatus ?? [],
    reason: resting ? (record.reason ?? d.error?.message ?? null) : null,
    hint: resting ? (d.error?.hint ?? null) : null,
  };
}

function feedEntry(record: StoredRecord): ListingsFeedReportEntry {
  const f = feedData(record);
  return {
    record: record.id,
    sellerId: f.sellerId,
    marketplaceId: f.marketplaceId,
    feedId: f.feedId || null,
    state: record.state,
    processingStatus: f.processingStatus ?? null,
    messages: f.messages ?? null,
    accepted: f.summary?.accepted ?? null,
    invalid: f.summary?.invalid ?? null,
    reason: record.state === "parked" || record.state === "failed" ? (record.reason ?? null) : null,
  };
}

async function listRecords(
  storage: FlowContext["storage"],
  kind: string,
  filter: { readonly state?: string } = {},
): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await storage.records.list({
      kind,
      ...(filter.state ? { state: filter.state } : {}),
      ...(after ? { after } : {}),
      limit: 1000,
    });
    out.push(...page);
    if (page.length < 1000) return out;
    after = page[page.length - 1]?.id;
  }
}

/** Every listing record of a store (optionally in one state), by id. */
export function listListingRecords(
  storage: FlowContext["storage"],
  filter: { readonly state?: string } = {},
): Promise<StoredRecord[]> {
  return listRecords(storage, LISTING_KIND, filter);
}

interface DriveState {
  readonly outcomes: Map<string, string>;
  readonly touchedFeeds: Set<string>;
  readonly paths: ListingsPathReport[];
  stopped: boolean;
}

async function drive(
  flow: FlowDefinition<ListingFlowContext>,
  ids: readonly string[],
  ctx: ListingFlowContext,
  rc: () => RunnerContext,
  st: DriveState,
  signal: AbortSignal | undefined,
): Promise<void> {
  for (const id of ids) {
    if (signal?.aborted) {
      st.stopped = true;
      return;
    }
    const outcome = await runRecord(flow, id, ctx, rc(), signal);
    if (outcome === "stopped") st.stopped = true;
    st.outcomes.set(id, outcome);
  }
}

/** Moves the given listing records (and every unfinished feed) as far as they go. */
async function driveListings(
  ids: readonly string[],
  ctx: ListingFlowContext,
  rc: () => RunnerContext,
  signal: AbortSignal | undefined,
  discovered: number,
  startedAt: number,
  only?: ListingsSellerFilter,
): Promise<ListingsRunReport> {
  const st: DriveState = { outcomes: new Map(), touchedFeeds: new Set(), paths: [], stopped: false };
  const get = async (id: string) => ctx.storage.records.get(id);
  const inState = async (list: readonly string[], states: readonly string[]) => {
    const out: StoredRecord[] = [];
    for (const id of list) {
      const r = await get(id);
      if (r && states.includes(r.state)) out.push(r);
    }
    return out;
  };
  // 1. Map and validate locally; failed records resume where they stopped (up to a rest).
  const first = await inState(ids, [ListingRecordState.discovered, ListingRecordState.failed]);
  await drive(
    prepareFlow,
    first.map((r) => r.id),
    ctx,
    rc,
    st,
    signal,
  );
  // 2. Feeds a crash or a slow Amazon left unfinished: poll them, never create them again.
  const openFeeds = (await listRecords(ctx.storage, LISTINGS_FEED_KIND)).filter(
    (r) => !listingsFeedFlow.done.includes(r.state) && r.state !== "parked" && inFilter(only, feedData(r)),
  );
  for (const feed of openFeeds) st.touchedFeeds.add(feed.id);
  await drive(
    listingsFeedFlow,
    openFeeds.map((r) => r.id),
    ctx,
    rc,
    st,
    signal,
  );
  // 3. Members of processed feeds take their outcome; records sent item by item finish.
  const queued = (await listListingRecords(ctx.storage, { state: ListingRecordState.queued })).filter((r) =>
    inFilter(only, data(r)),
  );
  const settled = [];
  for (const r of queued) {
    const feed = data(r).feedRecord ? await get(data(r).feedRecord as string) : undefined;
    if (feed?.state === ListingsFeedState.processed || feed?.state === ListingsFeedState.parked) {
      settled.push(r.id);
      st.touchedFeeds.add(feed.id);
    }
  }
  const inFlight = await inState(ids, [ListingRecordState.submitting, ListingRecordState.submitted]);
  await drive(listingFlow, [...settled, ...inFlight.map((r) => r.id)], ctx, rc, st, signal);
  // 4. Validated records: choose the path per seller and marketplace, and send.
  const validated = await inState(ids, [ListingRecordState.validated]);
  const groups = new Map<string, StoredRecord[]>();
  for (const r of validated) {
    const d = data(r);
    const key = `${d.sellerId}/${d.region}/${d.marketplaceId}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const members of groups.values()) {
    if (signal?.aborted) break;
    const first = data(members[0] as StoredRecord);
    const choice = chooseListingsPath({
      count: members.length,
      feedTurnaroundMs: ctx.listings.feedTurnaroundMs,
      ...(ctx.listings.feedThreshold !== undefined ? { feedThreshold: ctx.listings.feedThreshold } : {}),
    });
    st.paths.push({
      ...choice,
      sellerId: first.sellerId,
      marketplaceId: first.marketplaceId,
      count: members.length,
    });
    ctx.logger.info("listings path chosen", {
      seller: first.sellerId,
      marketplace: first.marketplaceId,
      count: members.length,
      path: choice.path,
      reason: choice.reason,
    });
    if (choice.path === "items") {
      await drive(
        listingFlow,
        members.map((r) => r.id),
        ctx,
        rc,
        st,
        signal,
      );
      continue;
    }
    for (let i = 0; i < members.length; i += ctx.listings.maxFeedMessages) {
      const chunk = members.slice(i, i + ctx.listings.maxFeedMessages).map((r) => r.id);
      // Unique even for the same members at the same instant (a replay of a parked feed's listings).
      const feedId = `listings-feed:${first.sellerId}:${first.marketplaceId}:${new Date(ctx.clock.now()).toISOString()}:${randomUUID().slice(0, 8)}`;
      const membersKey = feedKey(feedId, "members");
      await ctx.storage.documents.put(membersKey, JSON.stringify(chunk), {
        contentType: "application/json",
        record: feedId,
        attributes: { kind: "listings-feed-members" },
      });
      const initial: ListingsFeedData = {
        sellerId: first.sellerId,
        region: first.region,
        marketplaceId: first.marketplaceId,
        membersKey,
      };
      await ctx.storage.records.upsert({
        id: feedId,
        kind: LISTINGS_FEED_KIND,
        state: ListingsFeedState.building,
        data: initial as unknown as JsonValue,
      });
      st.touchedFeeds.add(feedId);
      for (const id of chunk) ctx.routes.set(id, feedId);
      await drive(joinFeedFlow, chunk, ctx, rc, st, signal);
      await drive(listingsFeedFlow, [feedId], ctx, rc, st, signal);
      if ((await get(feedId))?.state === ListingsFeedState.processed) {
        await drive(listingFlow, chunk, ctx, rc, st, signal);
      }
    }
  }
  const records = (await Promise.all([...new Set([...ids, ...st.outcomes.keys()])].map(get))).filter(
    (r): r is StoredRecord => r !== undefined && r.kind === LISTING_KIND,
  );
  const listings = records.map(listingEntry);
  const feeds = (await Promise.all([...st.touchedFeeds].map(get)))
    .filter((r): r is StoredRecord => r !== undefined)
    .map(feedEntry);
  const count = (state: string) => listings.filter((l) => l.state === state).length;
  const report: ListingsRunReport = {
    flow: "listings",
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(ctx.clock.now()).toISOString(),
    discovered,
    paths: st.paths,
    feeds,
    listings,
    counts: {
      total: listings.length,
      submitted: listings.filter(
        (l) =>
          (l.state === "accepted" || l.state === "invalid") && l.operation !== null && l.operation !== "none",
      ).length,
      accepted: count(ListingRecordState.accepted),
      invalid: count(ListingRecordState.invalid),
      parked: count(ListingRecordState.parked),
      failed: count(ListingRecordState.failed),
      busy: [...st.outcomes.values()].filter((x) => x === "busy").length,
    },
    stopped: st.stopped,
  };
  ctx.hub.emit({
    type: "progress",
    flow: "listings",
    total: report.counts.total,
    done: report.counts.accepted + report.counts.invalid,
    parked: report.counts.parked,
    failed: report.counts.failed,
    at: ctx.clock.now(),
  });
  return report;
}

function notEnabled(): ConnectorError {
  return new ConnectorError("The listings flow is not enabled on this connector", {
    code: "CONFIG_INVALID",
    where: { system: "local", operation: "connector.run", field: "listings.enabled" },
    hint: "set listings: { enabled: true } and give the mapping a listings section (docs/listings.md)",
  });
}

/**
 * One run of the listings flow: read the released products, create or reopen the records of the
 * changed ones, and move every unfinished listing (and feed) as far as it goes. With `seller`, only
 * that seller's listings and feeds: discovered, sent and polled.
 * @throws ConnectorError `CONFIG_INVALID` when `listings.enabled` is false or the mapping has no listings section.
 */
export async function runListings(
  ctx: ListingFlowContext,
  rc: () => RunnerContext,
  options: {
    readonly signal?: AbortSignal | undefined;
    readonly seller?: ListingsSellerFilter | undefined;
  } = {},
): Promise<ListingsRunReport> {
  if (!ctx.listings.enabled) throw notEnabled();
  const startedAt = ctx.clock.now();
  const only = options.seller;
  const found = await discoverListings(ctx, only);
  const active = (await listListingRecords(ctx.storage)).filter(
    (r) => !listingFlow.done.includes(r.state) && r.state !== "parked" && inFilter(only, data(r)),
  );
  return driveListings(
    active.map((r) => r.id),
    ctx,
    rc,
    options.signal,
    found.length,
    startedAt,
    only,
  );
}

/** Reopens parked (or failed) listing records, by SKU, item number, record id or state, and runs them. */
export async function replayListings(
  ctx: ListingFlowContext,
  rc: () => RunnerContext,
  target: string | { readonly state: "parked" | "failed" },
  signal: AbortSignal | undefined,
): Promise<ListingsRunReport> {
  if (!ctx.listings.enabled) throw notEnabled();
  const startedAt = ctx.clock.now();
  const candidates =
    typeof target === "string"
      ? (await listListingRecords(ctx.storage)).filter((r) => {
          const d = r.data as unknown as ListingData | undefined;
          return r.id === target || d?.sku === target || d?.itemNumber === target;
        })
      : await listListingRecords(ctx.storage, { state: target.state });
  if (typeof target === "string" && candidates.length === 0) {
    throw new ConnectorError(`No listing record for '${target}'`, {
      code: "NOT_FOUND",
      where: { system: "local", operation: "connector.replay", record: target },
      hint: "replay takes a SKU, a D365 item number or a listing record id (see the run report)",
    });
  }
  const reopened: string[] = [];
  for (const r of candidates) {
    if (await reopenRecord(listingFlow, rc(), r.id)) reopened.push(r.id);
  }
  return driveListings(reopened, ctx, rc, signal, 0, startedAt);
}
