/**
 * Incremental order polling: each poll asks for orders updated since the last watermark (less an
 * overlap), reports each new order version once, and moves the watermark (per seller and
 * marketplace, compare-and-set) only after the whole poll — and the caller's handler — succeeded.
 * When two polls of one seller overlap, the later watermark is kept and neither fails.
 */
import { createHash } from "node:crypto";
import type { Clock } from "../../core/clock.js";
import { ConnectorError, StorageError, ValidationError } from "../../core/errors.js";
import { type Logger, silentLogger } from "../../core/logger.js";
import { advanceCursor, type StorageAdapter } from "../../core/storage.js";
import type { SpApiClient } from "../client.js";
import { isoSeconds } from "../reports/call-result.js";
import { type Instant, listOrderPages, toEpochMs } from "./list-orders.js";
import type { AmazonOrder, OrdersApiVersion } from "./types.js";

/** Orders API v0 is retired on this day; polls through v0 from then on fail with `ORDERS_V0_RETIRED`. */
export const ORDERS_V0_RETIREMENT = Date.UTC(2027, 2, 27);

/** Options of {@link createOrderPoller}. */
export interface OrderPollerOptions {
  readonly amazon: SpApiClient;
  /** Holds the watermark of each seller and marketplace (`cursors`). */
  readonly storage: Pick<StorageAdapter, "cursors">;
  readonly sellerId: string;
  /** Sent on every call; each has its own watermark. */
  readonly marketplaceIds: readonly string[];
  /** @default "2026-01-01" (v0 stays available until its retirement on 2027-03-27) */
  readonly api?: OrdersApiVersion;
  /**
   * How far each poll reaches back behind the last watermark, so an order Amazon indexes late (with
   * a `LastUpdateDate` before the watermark) is still seen. Orders seen in the overlap are not
   * reported twice unless they changed.
   * @default 300_000 (5 minutes)
   */
  readonly overlapMs?: number;
  /**
   * How far behind now a poll ends. Amazon requires `lastUpdatedBefore` at least two minutes in the
   * past.
   * @default 125_000
   */
  readonly lagMs?: number;
  /** Where the first poll starts when no watermark is stored. @default now − 24 hours */
  readonly start?: Instant;
  /** Read buyer PII (an RDT for v0; see `listOrders`). @default false */
  readonly pii?: boolean;
  /** 1–100. @default 100 */
  readonly pageSize?: number;
  readonly clock: Clock;
  /** @default silentLogger */
  readonly logger?: Logger;
}

/** What one poll found. */
export interface OrderPollResult {
  /** New orders and orders whose content changed since they were last reported, oldest update first. */
  readonly orders: readonly AmazonOrder[];
  /** The stored watermark per marketplace after the poll (ISO 8601). */
  readonly watermark: Readonly<Record<string, string>>;
  /** API pages read. */
  readonly pages: number;
}

/** Polls one seller's orders. */
export interface OrderPoller {
  /**
   * Reads orders updated since the last poll. When `handle` is given it runs before the watermark
   * moves: if it throws, the poll fails and the next poll reports the same orders again.
   * Concurrent calls run one after another.
   */
  poll(handle?: (orders: readonly AmazonOrder[]) => Promise<void> | void): Promise<OrderPollResult>;
  /** The stored watermarks (ISO 8601), without calling Amazon. */
  watermarks(): Promise<Readonly<Record<string, string | undefined>>>;
}

interface CursorState {
  readonly v: 1;
  /** Epoch ms: the `lastUpdatedBefore` of the last successful poll. */
  readonly watermark: number;
  /** orderId → `${lastUpdateDate}#${fingerprint}` of versions already reported inside the overlap. */
  readonly seen: Record<string, string>;
}

/** The cursor key of one seller and marketplace. */
export function orderCursorKey(sellerId: string, marketplaceId: string): string {
  return `amazon:orders:${encodeURIComponent(sellerId)}:${encodeURIComponent(marketplaceId)}`;
}

/** A short digest of an order's content (without PII), so a changed order is reported again. */
export function orderFingerprint(order: AmazonOrder): string {
  const { buyer: _b, shippingAddress: _s, ...rest } = order;
  return createHash("sha256").update(JSON.stringify(rest)).digest("hex").slice(0, 16);
}

function stamp(order: AmazonOrder): string {
  return `${order.lastUpdateDate}#${orderFingerprint(order)}`;
}

function readState(key: string, value: string): CursorState {
  try {
    const parsed = JSON.parse(value) as Partial<CursorState>;
    if (
      parsed.v === 1 &&
      typeof parsed.watermark === "number" &&
      typeof parsed.seen === "object" &&
      parsed.seen
    )
      return parsed as CursorState;
  } catch {}
  throw new StorageError(`The order watermark ${key} is not readable`, {
    code: "STORAGE_CORRUPT",
    where: { system: "storage", operation: "orderPoller.poll", record: key },
    hint: "delete the cursor to start again from the poller's `start` (orders since then are reported again)",
  });
}

/**
 * Creates an incremental order poller.
 * @example
 * const poller = createOrderPoller({ amazon, storage, sellerId: "A1SELLER", marketplaceIds: ["ATVPDKIKX0DER"], clock: systemClock });
 * const { orders } = await poller.poll(async (orders) => { await writeToD365(orders); });
 */
export function createOrderPoller(options: OrderPollerOptions): OrderPoller {
  const overlapMs = options.overlapMs ?? 300_000;
  const lagMs = options.lagMs ?? 125_000;
  const logger = options.logger ?? silentLogger;
  const api = options.api ?? "2026-01-01";
  const issues: { code: string; path: string[]; message: string }[] = [];
  if (options.marketplaceIds.length === 0)
    issues.push({ code: "required", path: ["marketplaceIds"], message: "name at least one marketplace" });
  if (!Number.isFinite(overlapMs) || overlapMs < 0)
    issues.push({ code: "range", path: ["overlapMs"], message: "must be zero or more" });
  if (!Number.isFinite(lagMs) || lagMs < 120_000)
    issues.push({
      code: "range",
      path: ["lagMs"],
      message: "must be at least 120000 (Amazon's two minutes)",
    });
  if (issues.length > 0) {
    throw new ValidationError("Invalid order poller options", {
      issues,
      where: { system: "local", operation: "createOrderPoller" },
      hint: issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    });
  }
  const marketplaceIds = [...new Set(options.marketplaceIds)];
  let queue: Promise<unknown> = Promise.resolve();
  let warnedV0 = false;

  const run = async (
    handle: ((orders: readonly AmazonOrder[]) => Promise<void> | void) | undefined,
  ): Promise<OrderPollResult> => {
    const now = options.clock.now();
    if (api === "v0") {
      if (now >= ORDERS_V0_RETIREMENT) {
        throw new ConnectorError("Orders API v0 was retired on 2027-03-27", {
          code: "ORDERS_V0_RETIRED",
          where: { system: "amazon", operation: "getOrders" },
          hint: 'create the poller with api: "2026-01-01" (the default); the stored watermarks carry over',
        });
      }
      if (!warnedV0) {
        warnedV0 = true;
        logger.warn("polling orders through Orders API v0, which Amazon retires on 2027-03-27", {
          sellerId: options.sellerId,
        });
      }
    }
    // Whole seconds: the API takes instants to the second, and the watermark is what was sent.
    const before = Math.floor((now - lagMs) / 1000) * 1000;
    const start = options.start !== undefined ? toEpochMs(options.start, "start") : now - 86_400_000;
    const entries = await Promise.all(
      marketplaceIds.map(async (m) => {
        const key = orderCursorKey(options.sellerId, m);
        const entry = await options.storage.cursors.get(key);
        const state = entry ? readState(key, entry.value) : undefined;
        const after = state ? state.watermark - overlapMs : Math.floor(start / 1000) * 1000;
        return { marketplaceId: m, key, entry, state, after };
      }),
    );

    // Marketplaces with the same window share one listing: searchOrders allows 0.0056 calls/s.
    const groups = new Map<number, string[]>();
    for (const e of entries) {
      if (e.after >= before) continue;
      const list = groups.get(e.after) ?? [];
      list.push(e.marketplaceId);
      groups.set(e.after, list);
    }
    const found = new Map<string, AmazonOrder>();
    let pages = 0;
    for (const [after, ids] of groups) {
      for await (const page of listOrderPages(options.amazon, {
        marketplaceIds: ids,
        lastUpdatedAfter: after,
        lastUpdatedBefore: before,
        api,
        ...(options.pii !== undefined ? { pii: options.pii } : {}),
        ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}),
      })) {
        pages++;
        for (const order of page.orders) {
          const known = found.get(order.orderId);
          if (!known || Date.parse(order.lastUpdateDate) >= Date.parse(known.lastUpdateDate))
            found.set(order.orderId, order);
        }
      }
    }

    const keepFrom = before - overlapMs;
    const fresh: AmazonOrder[] = [];
    const next = new Map<string, CursorState>();
    for (const e of entries) {
      const seen: Record<string, string> = {};
      for (const [id, s] of Object.entries(e.state?.seen ?? {})) {
        if (Date.parse(s.slice(0, s.indexOf("#"))) >= keepFrom) seen[id] = s;
      }
      for (const order of found.values()) {
        if (order.marketplaceId !== e.marketplaceId) continue;
        const s = stamp(order);
        if (e.state?.seen[order.orderId] !== s) fresh.push(order);
        if (Date.parse(order.lastUpdateDate) >= keepFrom) seen[order.orderId] = s;
      }
      next.set(e.key, { v: 1, watermark: Math.max(before, e.state?.watermark ?? before), seen });
    }
    fresh.sort(
      (a, b) =>
        Date.parse(a.lastUpdateDate) - Date.parse(b.lastUpdateDate) || a.orderId.localeCompare(b.orderId),
    );

    if (handle) await handle(fresh);
    const watermark: Record<string, string> = {};
    for (const e of entries) {
      const state = next.get(e.key) as CursorState;
      // A concurrent poll of this seller (another poller, worker or manual run) may have moved
      // the watermark since it was read: keep the later one. Both polls handed every order up to
      // their own watermark to `handle` first, so the later watermark loses nothing.
      const stored = await advanceCursor(options.storage.cursors, e.key, JSON.stringify(state), {
        expected: e.entry?.value ?? null,
        compare: (a, b) => readState(e.key, a).watermark - readState(e.key, b).watermark,
      });
      watermark[e.marketplaceId] = isoSeconds(readState(e.key, stored.value).watermark);
    }
    logger.info("amazon orders polled", {
      sellerId: options.sellerId,
      api,
      marketplaces: marketplaceIds.length,
      listings: groups.size,
      pages,
      read: found.size,
      reported: fresh.length,
      watermark: isoSeconds(before),
    });
    return { orders: fresh, watermark, pages };
  };

  return {
    poll(handle) {
      const result = queue.then(() => run(handle));
      queue = result.catch(() => undefined);
      return result;
    },
    async watermarks() {
      const out: Record<string, string | undefined> = {};
      for (const m of marketplaceIds) {
        const key = orderCursorKey(options.sellerId, m);
        const entry = await options.storage.cursors.get(key);
        out[m] = entry ? isoSeconds(readState(key, entry.value).watermark) : undefined;
      }
      return out;
    },
  };
}
