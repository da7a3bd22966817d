/**
 * Shared machinery of the Amazon simulator: the state every API module reads and writes, the call
 * context handed to operation handlers, Amazon-shaped responses, and opaque paging tokens.
 */
import type { OperationInfo } from "../../../generated/amazon/operations.js";
import type { Clock } from "../../core/clock.js";
import type { Money } from "../../core/money.js";
import type { SimOrder, SimProduct, SimSettlementLine } from "../data/amazon-data.js";
import { findMarketplace, type SimRegion } from "../data/marketplaces.js";
import type { Prng } from "../data/prng.js";

/** A selling partner the simulator knows, with the LWA credentials that authorize it. */
export interface SimSeller {
  readonly sellerId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly refreshToken: string;
  /** Marketplace ids the seller participates in (any region). */
  readonly marketplaces: readonly string[];
  /** @default "Simulated Store" */
  readonly storeName?: string;
}

/** An issued LWA access token or Restricted Data Token. */
export interface SimAccessToken {
  readonly token: string;
  readonly kind: "lwa" | "rdt" | "grantless";
  readonly sellerId: string | undefined;
  readonly clientId: string;
  readonly refreshToken: string | undefined;
  readonly issuedAt: number;
  readonly expiresAt: number;
  revoked: boolean;
  /** For an RDT: what it covers. */
  readonly resources?: readonly SimRestrictedResource[];
}

/** One `restrictedResources` entry of an RDT. */
export interface SimRestrictedResource {
  readonly method: string;
  /** A concrete path or a template such as `/orders/v0/orders/{orderId}/address`. */
  readonly path: string;
  readonly dataElements: readonly string[];
}

/** A document behind a pre-signed URL: a report document, a feed upload, or a feed result. */
export interface SimDocument {
  readonly documentId: string;
  readonly sellerId: string;
  readonly region: SimRegion;
  readonly kind: "report" | "feed-input" | "feed-result" | "definition";
  /** Bytes as served (gzip when compressed); undefined until uploaded. */
  body: Uint8Array | undefined;
  contentType: string;
  /** What `getReportDocument` / `getFeedDocument` announce. */
  compressionAlgorithm: "GZIP" | undefined;
}

/** A report as the Reports API 2021-06-30 describes it. */
export interface SimReport {
  readonly reportId: string;
  readonly sellerId: string;
  readonly region: SimRegion;
  readonly reportType: string;
  readonly marketplaceIds: readonly string[];
  readonly createdTime: number;
  readonly dataStartTime: number | undefined;
  readonly dataEndTime: number | undefined;
  processingStatus: "IN_QUEUE" | "IN_PROGRESS" | "DONE" | "CANCELLED" | "FATAL";
  processingStartTime: number | undefined;
  processingEndTime: number | undefined;
  reportDocumentId: string | undefined;
  /** When the report moves on by itself (requested reports). */
  readonly schedule?: { readonly startAt: number; readonly doneAt: number };
  /** Builds the document when the report reaches DONE; undefined for a report with no data. */
  readonly build?: () => SimDocumentContent | undefined;
  /** The settlement id, for settlement reports. */
  readonly settlementId?: string;
}

/** Document content before it is stored. */
export interface SimDocumentContent {
  readonly text: string;
  readonly contentType: string;
  readonly gzip: boolean;
}

/** A feed as the Feeds API 2021-06-30 describes it. */
export interface SimFeed {
  readonly feedId: string;
  readonly sellerId: string;
  readonly region: SimRegion;
  readonly feedType: string;
  readonly marketplaceIds: readonly string[];
  readonly inputFeedDocumentId: string;
  readonly createdTime: number;
  processingStatus: "IN_QUEUE" | "IN_PROGRESS" | "DONE" | "CANCELLED" | "FATAL";
  processingStartTime: number | undefined;
  processingEndTime: number | undefined;
  resultFeedDocumentId: string | undefined;
  readonly startAt: number;
  readonly doneAt: number;
}

/** A listing as the Listings Items API returns it. */
export interface SimListing {
  readonly sellerId: string;
  readonly sku: string;
  productType: string;
  asin: string;
  attributes: Record<string, unknown>;
  marketplaceIds: string[];
  createdDate: number;
  lastUpdatedDate: number;
}

/** One FBA inventory position. */
export interface SimInventory {
  readonly sellerId: string;
  readonly marketplaceId: string;
  readonly sku: string;
  readonly asin: string;
  readonly fnSku: string;
  readonly productName: string;
  fulfillable: number;
  inbound: number;
  reserved: number;
  unfulfillable: number;
  lastUpdatedTime: number;
}

/** A financial event group; each one ends as one settlement. */
export interface SimEventGroup {
  readonly groupId: string;
  readonly sellerId: string;
  readonly marketplaceId: string;
  readonly currency: string;
  readonly index: number;
  readonly start: number;
  /** Period end (exclusive); moves earlier when a test closes the group early. */
  end: number;
  readonly settlementId: string;
  processingStatus: "Open" | "Closed";
  /** Reserve released from the previous group (positive). */
  readonly previousReserve: Money;
  /** Account-level lines (reserves, storage, ads, reimbursements) dated inside the window. */
  readonly accountLines: readonly SimSettlementLine[];
  readonly currentReserve: Money;
  closedAt: number | undefined;
  /** Frozen at close: the settlement's lines and total. */
  lines: readonly SimSettlementLine[] | undefined;
  total: Money | undefined;
  fundTransferDate: number | undefined;
  readonly traceId: string;
  readonly accountTail: string;
  /**
   * `file` for a group published from a settlement flat file (`loadSettlementFile`): its events
   * are the file's lines, it never moves with the schedule. @default "schedule"
   */
  readonly source?: "schedule" | "file";
}

/** One call the simulator answered (or refused). */
export interface SimCallRecord {
  readonly seq: number;
  readonly at: number;
  readonly method: string;
  readonly host: string;
  readonly path: string;
  readonly operationId: string | undefined;
  /** HTTP status; 0 for a simulated network failure. */
  readonly status: number;
  readonly sellerId: string | undefined;
  readonly requestId: string | undefined;
  readonly sandbox: boolean;
  /** Why the simulator refused or failed the call, if it did. */
  readonly outcome:
    | "ok"
    | "error"
    | "auth"
    | "throttled"
    | "fault-500"
    | "fault-503"
    | "fault-timeout"
    | "storm-429";
}

/** Simulated processing times, in clock milliseconds. */
export interface SimTimings {
  /** @default 30_000 */
  readonly reportQueueMs: number;
  /** Time from creation to DONE. @default 120_000 */
  readonly reportDoneMs: number;
  /** @default 20_000 */
  readonly feedQueueMs: number;
  /** @default 90_000 */
  readonly feedDoneMs: number;
  /** Settlement period length. @default 14 days */
  readonly settlementPeriodMs: number;
  /** Delay after a period ends before its settlement report appears. @default 1 hour */
  readonly settlementDelayMs: number;
  /** Pre-signed URL lifetime. @default 5 minutes */
  readonly presignedUrlMs: number;
  /** LWA access token lifetime. @default 1 hour */
  readonly accessTokenMs: number;
}

/** The mutable state shared by every module of one simulator instance. */
export interface SimCore {
  readonly clock: Clock;
  readonly seed: number;
  readonly rng: Prng;
  readonly timings: SimTimings;
  readonly sellers: Map<string, SimSeller>;
  readonly catalog: Map<string, readonly SimProduct[]>;
  readonly orders: Map<string, SimOrder>;
  readonly tokens: Map<string, SimAccessToken>;
  readonly revokedRefreshTokens: Set<string>;
  readonly documents: Map<string, SimDocument>;
  readonly presigned: Map<string, { documentId: string; method: "GET" | "PUT"; expiresAt: number }>;
  readonly reports: Map<string, SimReport>;
  readonly feeds: Map<string, SimFeed>;
  readonly listings: Map<string, SimListing>;
  readonly inventory: SimInventory[];
  readonly groups: SimEventGroup[];
  readonly pageTokens: Map<string, PageCursor>;
  readonly calls: SimCallRecord[];
  readonly counters: SimCounters;
  /**
   * Maps a URL the simulator hands out (a pre-signed document URL) to the one clients reach it at:
   * itself in-process, the simulator server's address behind `startSimulatorServer`.
   */
  publicUrl(url: string): string;
  /** Next request id (deterministic). */
  requestId(): string;
  /** A deterministic id from the simulator's own stream. */
  uuid(): string;
  /** Brings time-driven state up to `clock.now()`: report and feed status, settlement schedule. */
  tick(): void;
}

/** Counters the tests read. */
export interface SimCounters {
  tokenRequests: number;
  tokensIssued: number;
  rdtIssued: number;
  calls: number;
  throttled: number;
  documentDownloads: number;
}

/** Where a paged listing left off. */
export interface PageCursor {
  readonly operationId: string;
  readonly sellerId: string;
  readonly key: string;
  readonly offset: number;
}

/** The call as a handler sees it: authorized, matched to an operation, within its usage plan. */
export interface CallContext {
  readonly request: Request;
  readonly url: URL;
  readonly region: SimRegion;
  readonly sandbox: boolean;
  readonly operation: OperationInfo;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly seller: SimSeller;
  readonly token: SimAccessToken;
  readonly now: number;
  /** Parsed JSON body, or undefined. */
  readonly body: unknown;
  /** A query parameter, or undefined. */
  query(name: string): string | undefined;
  /** A comma-separated (or repeated) query array, or undefined when absent. */
  list(name: string): string[] | undefined;
}

/** What a handler returns. */
export interface SimResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Handles one operation. */
export type OperationHandler = (ctx: CallContext) => SimResult | Promise<SimResult>;

/** An Amazon error body. */
export interface AmazonErrorBody {
  readonly errors: readonly { readonly code: string; readonly message: string; readonly details?: string }[];
}

/** A 2xx result with a JSON body. */
export function ok(body: unknown, status = 200): SimResult {
  return { status, body };
}

/** An error result with Amazon's `{ errors: [...] }` body. */
export function fail(status: number, code: string, message: string, details?: string): SimResult {
  return { status, body: errorBody(code, message, details) };
}

/** Amazon's error body. */
export function errorBody(code: string, message: string, details?: string): AmazonErrorBody {
  return { errors: [{ code, message, ...(details !== undefined ? { details } : {}) }] };
}

/** 400 InvalidInput, the most common SP-API refusal. */
export function invalidInput(message: string, details?: string): SimResult {
  return fail(400, "InvalidInput", message, details);
}

/** 404 NotFound. */
export function notFound(message: string): SimResult {
  return fail(404, "NotFound", message);
}

/** ISO 8601 without milliseconds, as SP-API prints instants. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Parses an ISO date query value; undefined for absent, NaN for malformed. */
export function parseInstant(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return Date.parse(value);
}

/** `{ CurrencyCode, CurrencyAmount }` (Finances v0): the API types the amount as a JSON number. */
export function v0Currency(m: Money): { CurrencyCode: string; CurrencyAmount: number } {
  return { CurrencyCode: m.currency, CurrencyAmount: Number(m.toString()) };
}

/** `{ CurrencyCode, Amount }` (Orders v0): a decimal string. */
export function v0Money(m: Money): { CurrencyCode: string; Amount: string } {
  return { CurrencyCode: m.currency, Amount: m.toString() };
}

/**
 * Pages `items` with an opaque token that remembers where the listing left off.
 * @returns the page and the next token (undefined on the last page)
 */
export function page<T>(
  core: SimCore,
  items: readonly T[],
  size: number,
  cursor: { operationId: string; sellerId: string; key: string; offset: number },
): { items: T[]; nextToken: string | undefined } {
  const slice = items.slice(cursor.offset, cursor.offset + size);
  const nextOffset = cursor.offset + size;
  if (nextOffset >= items.length) return { items: slice, nextToken: undefined };
  const token = core.rng.chars(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
  core.pageTokens.set(token, { ...cursor, offset: nextOffset });
  return { items: slice, nextToken: token };
}

/** Looks up a paging token issued for this operation and seller. */
export function resumePage(core: SimCore, ctx: CallContext, token: string): PageCursor | undefined {
  const cursor = core.pageTokens.get(token);
  if (
    !cursor ||
    cursor.operationId !== ctx.operation.operationId ||
    cursor.sellerId !== ctx.seller.sellerId
  ) {
    return undefined;
  }
  return cursor;
}

/**
 * Checks marketplace ids against the endpoint's region and the seller's participations.
 * @returns an error result, or undefined when every id is fine
 */
export function checkMarketplaces(
  ctx: CallContext,
  ids: readonly string[] | undefined,
  param: string,
): SimResult | undefined {
  if (!ids || ids.length === 0 || ids.some((id) => id === "")) {
    return invalidInput(`Missing required parameter: ${param}`);
  }
  for (const id of ids) {
    const m = findMarketplace(id);
    if (!m) return invalidInput(`Invalid ${param}: ${id} is not a marketplace id`);
    if (m.region !== ctx.region) {
      return invalidInput(
        `Invalid ${param}: ${id} (${m.countryCode}) is not served by the ${ctx.region.toUpperCase()} endpoint`,
        `Call the ${m.region.toUpperCase()} endpoint for this marketplace.`,
      );
    }
    if (!ctx.seller.marketplaces.includes(id)) {
      return invalidInput(`Invalid ${param}: the selling partner does not participate in marketplace ${id}`);
    }
  }
  return undefined;
}

/** True when a template like `/orders/v0/orders/{orderId}` matches a concrete path. */
export function templateMatches(template: string, path: string): boolean {
  const t = template.split("/");
  const p = path.split("/");
  return (
    t.length === p.length &&
    t.every((seg, i) => seg === p[i] || (/^\{[^}]+\}$/.test(seg) && (p[i] ?? "") !== ""))
  );
}

/** True when the call carries an RDT that covers this path (and, if given, this data element). */
export function rdtCovers(ctx: CallContext, dataElement?: string): boolean {
  if (ctx.token.kind !== "rdt") return false;
  const method = ctx.request.method.toUpperCase();
  return (ctx.token.resources ?? []).some(
    (r) =>
      r.method.toUpperCase() === method &&
      (r.path === ctx.url.pathname || templateMatches(r.path, ctx.url.pathname)) &&
      (dataElement === undefined || r.dataElements.includes(dataElement)),
  );
}
