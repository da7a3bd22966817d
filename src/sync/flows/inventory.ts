/**
 * The inventory flow: FBA inventory (`getInventorySummaries`) read per seller and marketplace and
 * kept as a snapshot per run, so the host reads the latest quantities of a SKU and their history.
 * Read only: nothing is written to D365 or Amazon.
 *
 * One record per seller and marketplace (`inventory:<sellerId>/<region>:<marketplaceId>`), moved by
 * the same runner as settlements: its lease keeps two workers from reading the same marketplace at
 * once, a failure is retried on the next run. A run moves a stored record back to `due` and reads
 * again; each read is one document under `sync/inventory/<sellerId>/<marketplaceId>/<instant>.json`,
 * keyed by the instant of the read, so a run at the same instant replaces its own snapshot and never
 * stores it twice.
 */

import { type InventorySnapshot, listInventorySummaries } from "../../amazon/inventory/inventory.js";
import { findMarketplace as findAmazonMarketplace } from "../../amazon/regions.js";
import { ConnectorError, isConnectorError, ValidationError } from "../../core/errors.js";
import { createRecord, type JsonValue, type StorageAdapter, type StoredRecord } from "../../core/storage.js";
import { type FlowContext, type FlowSeller, sellerKey } from "../context.js";
import {
  type FlowDefinition,
  type RecordRunOutcome,
  type RunnerContext,
  runRecord,
  type StepResult,
} from "../runner.js";

/** The record kind of inventory records. */
export const INVENTORY_KIND = "inventory";

/** States of an inventory record. */
export const InventoryState = {
  /** A read is due (set by every run). */
  due: "due",
  /** The latest read is stored. */
  stored: "stored",
  parked: "parked",
  failed: "failed",
} as const;
export type InventoryState = (typeof InventoryState)[keyof typeof InventoryState];

/** The record id of a seller's inventory in one marketplace. */
export function inventoryRecordId(sellerId: string, region: string, marketplaceId: string): string {
  return `inventory:${sellerKey(sellerId, region)}:${marketplaceId}`;
}

/** One SKU's FBA quantities in a stored snapshot (Amazon's summary without its raw body). */
export type InventoryLevel = Omit<InventorySnapshot, "raw" | "marketplaceId">;

/** The FBA inventory of one seller in one marketplace at one instant. */
export interface InventoryLevels {
  readonly sellerId: string;
  readonly region: "na" | "eu" | "fe";
  readonly marketplaceId: string;
  /** When the connector read it (ISO 8601, UTC, milliseconds). */
  readonly takenAt: string;
  /** One entry per SKU (or FNSKU/ASIN for a summary without a SKU), in Amazon's order. */
  readonly levels: readonly InventoryLevel[];
}

/** What `connector.inventory.latest` takes. */
export interface InventoryQuery {
  readonly sellerId: string;
  readonly marketplaceId: string;
  /** Only this SKU's level (the snapshot is still returned when Amazon did not list it: `levels` is then empty). */
  readonly sku?: string;
}

/** What `connector.inventory.history` takes: an {@link InventoryQuery} and a time range. */
export interface InventoryHistoryQuery extends InventoryQuery {
  /** Snapshots taken at or after this instant (ISO 8601, epoch milliseconds or a Date). @default the first */
  readonly from?: string | number | Date;
  /** Snapshots taken before this instant (exclusive). @default now and after */
  readonly to?: string | number | Date;
}

/** The stored snapshots of a connector, read by the host. */
export interface InventoryReader {
  /** The latest snapshot of a seller's marketplace, or undefined before the first `run("inventory")`. */
  latest(query: InventoryQuery): Promise<InventoryLevels | undefined>;
  /** Every snapshot in the range, oldest first. */
  history(query: InventoryHistoryQuery): Promise<InventoryLevels[]>;
}

/** What an inventory record keeps. */
export interface InventoryData {
  readonly sellerId: string;
  readonly region: "na" | "eu" | "fe";
  readonly marketplaceId: string;
  /** The document of the latest snapshot. */
  readonly latestKey?: string;
  readonly takenAt?: string;
  readonly skus?: number;
}

/** One marketplace in an inventory run report. */
export interface InventoryReportEntry {
  readonly record: string;
  readonly sellerId: string;
  readonly marketplaceId: string;
  /** `stored`, `parked`, `failed`, or `busy` when another worker holds the record. */
  readonly state: string;
  readonly takenAt: string | null;
  readonly skus: number | null;
  readonly reason: string | null;
  readonly hint: string | null;
}

/** What `connector.run("inventory")` did. */
export interface InventoryRunReport {
  readonly flow: "inventory";
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly marketplaces: readonly InventoryReportEntry[];
  readonly counts: {
    readonly total: number;
    readonly stored: number;
    readonly parked: number;
    readonly failed: number;
    readonly busy: number;
  };
  readonly stopped: boolean;
}

const PREFIX = "sync/inventory/";

function snapshotPrefix(sellerId: string, marketplaceId: string): string {
  return `${PREFIX}${encodeURIComponent(sellerId)}/${encodeURIComponent(marketplaceId)}/`;
}

/** The document key of a snapshot: ISO instants sort as text, so the key order is time order. */
function snapshotKey(sellerId: string, marketplaceId: string, takenAt: string): string {
  return `${snapshotPrefix(sellerId, marketplaceId)}${takenAt}.json`;
}

function data(record: StoredRecord): InventoryData {
  return record.data as unknown as InventoryData;
}

function sellerOf(ctx: FlowContext, d: InventoryData): FlowSeller {
  const s = ctx.sellers.get(sellerKey(d.sellerId, d.region));
  if (!s) {
    throw new ConnectorError(`Seller ${d.sellerId} (${d.region}) is not configured on this connector`, {
      code: "CONFIG_INVALID",
      where: { system: "local", operation: "inventory", record: d.marketplaceId },
      hint: "add the seller to amazon.sellers, then run again",
    });
  }
  return s;
}

async function read(record: StoredRecord, ctx: FlowContext): Promise<StepResult> {
  const d = data(record);
  const s = sellerOf(ctx, d);
  const takenAt = new Date(ctx.clock.now()).toISOString();
  const levels: InventoryLevel[] = [];
  for await (const summary of listInventorySummaries(s.amazon, { marketplaceId: d.marketplaceId })) {
    const { raw: _raw, marketplaceId: _m, ...level } = summary;
    levels.push(level);
  }
  const snapshot: InventoryLevels = {
    sellerId: d.sellerId,
    region: d.region,
    marketplaceId: d.marketplaceId,
    takenAt,
    levels,
  };
  const key = snapshotKey(d.sellerId, d.marketplaceId, takenAt);
  await ctx.storage.documents.put(key, JSON.stringify(snapshot), {
    contentType: "application/json",
    record: record.id,
    attributes: { kind: "inventory-snapshot", takenAt, skus: String(levels.length) },
  });
  return {
    to: InventoryState.stored,
    data: { ...(record.data as Record<string, JsonValue>), latestKey: key, takenAt, skus: levels.length },
    ref: key,
  };
}

/** The inventory flow's state machine. */
export const inventoryFlow: FlowDefinition<FlowContext> = {
  name: "inventory",
  kind: INVENTORY_KIND,
  done: [InventoryState.stored],
  steps: [
    {
      from: "due",
      to: ["stored"],
      does: "read every FBA inventory summary of the marketplace (with details) and store them as one snapshot",
      run: read,
    },
  ],
};

/** The marketplaces whose inventory a seller's run reads. */
async function marketplacesOf(ctx: FlowContext, s: FlowSeller): Promise<string[]> {
  if (s.marketplaceIds?.length) return [...s.marketplaceIds];
  const inRegion = Object.keys(ctx.mapping.marketplaces).filter(
    (m) => findAmazonMarketplace(m)?.region === s.region,
  );
  if (inRegion.length === 0) return [];
  const result = (await s.amazon.sellers.GET("/sellers/v1/marketplaceParticipations", {})) as {
    data?: { payload?: { marketplace?: { id?: string }; participation?: { isParticipating?: boolean } }[] };
  };
  if (!result.data) {
    throw new ConnectorError(`Cannot list the marketplaces of seller ${s.sellerId}`, {
      code: "AMAZON_UNAVAILABLE",
      retryable: true,
      where: { system: "amazon", operation: "getMarketplaceParticipations" },
      hint: "set amazon.sellers[].marketplaceIds, or try again later",
    });
  }
  const participating = new Set(
    (result.data.payload ?? [])
      .filter((p) => p.participation?.isParticipating !== false)
      .map((p) => p.marketplace?.id),
  );
  return inRegion.filter((m) => participating.has(m));
}

/** Creates the record of each marketplace, or moves a resting one back to `due`. */
async function prepare(ctx: FlowContext, rc: RunnerContext, s: FlowSeller, marketplaceId: string) {
  const id = inventoryRecordId(s.sellerId, s.region, marketplaceId);
  const existing = await ctx.storage.records.get(id);
  if (!existing) {
    const initial: InventoryData = { sellerId: s.sellerId, region: s.region, marketplaceId };
    // A concurrent run that created it first keeps its record as it is.
    await createRecord(ctx.storage.records, {
      id,
      kind: INVENTORY_KIND,
      state: InventoryState.due,
      data: initial as unknown as JsonValue,
    });
    return id;
  }
  if (existing.state === InventoryState.due) return id;
  // A read is never half done: any resting record (stored, parked, failed) simply reads again.
  const { error: _e, resumeState: _r, ...rest } = existing.data as Record<string, JsonValue>;
  try {
    await ctx.storage.records.transition(id, existing.state, InventoryState.due, {
      data: { ...rest, attempts: 0 },
      reason: "a new read is due",
      expectedVersion: existing.version,
    });
  } catch (e) {
    // Another worker's run moved it first: it reads the marketplace now.
    if (isConnectorError(e) && e.code === "STORAGE_CONFLICT") return id;
    throw e;
  }
  rc.hub.emit({
    type: "transition",
    flow: "inventory",
    record: id,
    from: existing.state,
    to: InventoryState.due,
    reason: "a new read is due",
    at: ctx.clock.now(),
  });
  return id;
}

/**
 * One run of the inventory flow: for every seller (or the one asked for) and every marketplace of
 * it, read the FBA inventory and store one snapshot.
 */
export async function runInventory(
  ctx: FlowContext,
  rc: () => RunnerContext,
  options: {
    readonly signal?: AbortSignal | undefined;
    readonly seller?: { readonly sellerId: string; readonly region?: string } | undefined;
  } = {},
): Promise<InventoryRunReport> {
  const startedAt = ctx.clock.now();
  const only = options.seller;
  const outcomes = new Map<string, RecordRunOutcome>();
  let stopped = false;
  const ids: string[] = [];
  for (const s of ctx.sellers.values()) {
    if (only && (s.sellerId !== only.sellerId || (only.region && s.region !== only.region))) continue;
    for (const m of await marketplacesOf(ctx, s)) ids.push(await prepare(ctx, rc(), s, m));
  }
  let done = 0;
  for (const id of ids) {
    if (options.signal?.aborted) {
      stopped = true;
      break;
    }
    const outcome = await runRecord(inventoryFlow, id, ctx, rc(), options.signal);
    outcomes.set(id, outcome);
    if (outcome === "stopped") stopped = true;
    done++;
    ctx.hub.emit({
      type: "progress",
      flow: "inventory",
      total: ids.length,
      done,
      parked: [...outcomes.values()].filter((o) => o === "parked").length,
      failed: [...outcomes.values()].filter((o) => o === "failed").length,
      at: ctx.clock.now(),
    });
  }
  const marketplaces: InventoryReportEntry[] = [];
  for (const id of ids) {
    const r = await ctx.storage.records.get(id);
    if (!r) continue;
    const d = r.data as unknown as InventoryData & { error?: { message: string; hint?: string } };
    const resting = r.state === "parked" || r.state === "failed";
    marketplaces.push({
      record: id,
      sellerId: d.sellerId,
      marketplaceId: d.marketplaceId,
      state: outcomes.get(id) === "busy" ? "busy" : r.state,
      takenAt: d.takenAt ?? null,
      skus: d.skus ?? null,
      reason: resting ? (r.reason ?? d.error?.message ?? null) : null,
      hint: resting ? (d.error?.hint ?? null) : null,
    });
  }
  const count = (state: string) => marketplaces.filter((m) => m.state === state).length;
  return {
    flow: "inventory",
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(ctx.clock.now()).toISOString(),
    marketplaces,
    counts: {
      total: marketplaces.length,
      stored: count("stored"),
      parked: count("parked"),
      failed: count("failed"),
      busy: count("busy"),
    },
    stopped,
  };
}

// ------------------------------------------------------------------------------------------------
// The host's reads

const LIST_LIMIT = 10_000;
/** The characters that follow a snapshot prefix: ISO 8601 instants, then `.json`. */
const KEY_CHARS = "-.0123456789:TZj";

/** Every document key under `prefix`; a full page is split by the next character, so none is missed. */
async function keysUnder(storage: StorageAdapter, prefix: string): Promise<string[]> {
  const page = await storage.documents.list({ prefix, limit: LIST_LIMIT });
  if (page.length < LIST_LIMIT) return page.map((d) => d.key);
  const out: string[] = [];
  for (const c of KEY_CHARS) out.push(...(await keysUnder(storage, prefix + c)));
  return out;
}

function instant(value: string | number | Date, field: string): string {
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw new ValidationError(`Invalid ${field}`, {
      issues: [
        { code: "invalid_date", path: [field], message: "must be an ISO 8601 instant, epoch ms or a Date" },
      ],
      where: { system: "local", operation: "connector.inventory.history", field },
    });
  }
  return new Date(ms).toISOString();
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

function onlySku(snapshot: InventoryLevels, sku: string | undefined): InventoryLevels {
  return sku === undefined ? snapshot : { ...snapshot, levels: snapshot.levels.filter((l) => l.sku === sku) };
}

async function load(storage: StorageAdapter, key: string): Promise<InventoryLevels | undefined> {
  const doc = await storage.documents.get(key);
  return doc ? (JSON.parse(new TextDecoder().decode(doc.body)) as InventoryLevels) : undefined;
}

/** The host's reads of stored snapshots (`connector.inventory`). */
export function inventoryReader(
  storage: StorageAdapter,
  sellers: readonly { sellerId: string; region: string }[],
): InventoryReader {
  return {
    async latest(query) {
      const ids = sellers
        .filter((s) => s.sellerId === query.sellerId)
        .map((s) => inventoryRecordId(s.sellerId, s.region, query.marketplaceId));
      let key: string | undefined;
      for (const id of ids) {
        const d = (await storage.records.get(id))?.data as unknown as InventoryData | undefined;
        if (d?.latestKey && (!key || d.latestKey > key)) key = d.latestKey;
      }
      // The record names the latest snapshot; without one (a store written by hand), list.
      key ??= (await keysUnder(storage, snapshotPrefix(query.sellerId, query.marketplaceId))).sort().at(-1);
      const snapshot = key ? await load(storage, key) : undefined;
      return snapshot ? onlySku(snapshot, query.sku) : undefined;
    },
    async history(query) {
      const base = snapshotPrefix(query.sellerId, query.marketplaceId);
      const from = query.from !== undefined ? instant(query.from, "from") : undefined;
      const to = query.to !== undefined ? instant(query.to, "to") : undefined;
      // Only the keys both ends share need listing: a month's range lists one month's snapshots.
      const narrowed = from && to ? commonPrefix(from, to) : "";
      const keys = (await keysUnder(storage, base + narrowed)).sort().filter((k) => {
        const at = k.slice(base.length, -".json".length);
        return (!from || at >= from) && (!to || at < to);
      });
      const out: InventoryLevels[] = [];
      for (const k of keys) {
        const s = await load(storage, k);
        if (s) out.push(onlySku(s, query.sku));
      }
      return out;
    },
  };
}
