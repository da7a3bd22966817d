/**
 * `createConnector`: composition only. It validates the options, builds the clients (tokens from the
 * vault or the host), the limiter shared through storage, and the flows, and hands them to the
 * runner. Everything a run does is in the flows and the runner.
 */
import { createSpApiClient } from "../amazon/client.js";
import { type Clock, systemClock } from "../core/clock.js";
import { ConnectorError } from "../core/errors.js";
import { type Logger, silentLogger } from "../core/logger.js";
import type { Middleware } from "../core/pipeline.js";
import { createTokenBucketLimiter, storageBucketStore } from "../core/rate-limiter.js";
import type { StoredRecord } from "../core/storage.js";
import { createD365Client, type D365Client } from "../d365/client.js";
import { createMasterData, type MasterData } from "../d365/master-data.js";
import { d365TokenProvider, sellerTokenProvider } from "./clients.js";
import { type FlowContext, type FlowSeller, sellerKey } from "./context.js";
import {
  type ConnectorEvent,
  type ConnectorEventType,
  createEventHub,
  type EventHub,
  type FlowName,
  type Listener,
} from "./events.js";
import {
  type InventoryReader,
  type InventoryRunReport,
  inventoryReader,
  runInventory,
} from "./flows/inventory.js";
import {
  type ListingFlowContext,
  type ListingsRunReport,
  replayListings,
  runListings,
} from "./flows/listings.js";
import { type OrderFlowContext, type OrderRunReport, replayOrders, runOrders } from "./flows/orders.js";
import {
  type ProvisionalReader,
  type ProvisionalReplayTarget,
  type ProvisionalRunReport,
  provisionalReader,
  replayProvisional,
  runProvisional,
} from "./flows/provisional.js";
import {
  discoverSettlements,
  type PostedJournal,
  type Reconciliation,
  SETTLEMENT_KIND,
  type SettlementData,
  settlementFlow,
} from "./flows/settlements.js";
import { type ConnectorOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { listRecords, type RecordRunOutcome, type RunnerContext, reopenRecord, runRecord } from "./runner.js";
import { type SchedulerHandle, type StartOptions, startScheduler } from "./scheduler.js";

/** One settlement in a run report. */
export interface SettlementReportEntry {
  /** The record id: `settlement:<sellerId>:<reportId>`. */
  readonly record: string;
  readonly sellerId: string;
  readonly reportId: string;
  readonly settlementId: string | null;
  readonly marketplaceId: string | null;
  readonly legalEntity: string | null;
  readonly currency: string | null;
  /** The record's state after the run: `reconciled`, `duplicate`, `parked`, `failed`, or where it stopped. */
  readonly state: string;
  /** Why it is parked or failed. */
  readonly reason: string | null;
  /** What to do about it. */
  readonly hint: string | null;
  readonly lines: number | null;
  readonly journals: readonly PostedJournal[];
  readonly reconciliation: Reconciliation | null;
  readonly notes: readonly { readonly code: string; readonly message: string; readonly amount?: string }[];
}

/** What `connector.run("settlements")` did. */
export interface SettlementRunReport {
  readonly flow: "settlements";
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Reports seen for the first time in this run. */
  readonly discovered: number;
  /** Every record the run touched, oldest report first. */
  readonly settlements: readonly SettlementReportEntry[];
  readonly counts: {
    readonly total: number;
    readonly reconciled: number;
    readonly duplicate: number;
    readonly parked: number;
    readonly failed: number;
    /** Held by another worker (their lease is live). */
    readonly busy: number;
  };
  /** True when the run was stopped by its signal before every record rested. */
  readonly stopped: boolean;
}

/** Options of `connector.run`. */
export interface RunOptions {
  /** Stops the run between steps: the record in hand finishes its step, nothing half-posts. */
  readonly signal?: AbortSignal;
  /** Only this seller's reports or orders (and `region`, when one seller id is in several regions). */
  readonly seller?: { readonly sellerId: string; readonly region?: string };
}

/** What `connector.replay` takes: a settlement id, or every record in a resting state. */
export type ReplayTarget = string | { readonly state: "parked" | "failed" };

/** What `connector.replay` takes for orders: one order, or every order record in a resting state. */
export type OrderReplayTarget =
  | { readonly flow: "orders"; readonly order: string }
  | { readonly flow: "orders"; readonly state: "parked" | "failed" };

/** What `connector.replay` takes for listings: one SKU (or D365 item number, or record id), or every listing record in a resting state. */
export type ListingReplayTarget =
  | { readonly flow: "listings"; readonly sku: string }
  | { readonly flow: "listings"; readonly state: "parked" | "failed" };

/** An embedded connector. Immutable: `with()` returns a new one. */
export interface Connector {
  /** Runs a flow once: discover, then move every record as far as it goes. */
  run(flow: "settlements", options?: RunOptions): Promise<SettlementRunReport>;
  /** Runs the orders flow once: poll orders, invoice shipped ones, credit refunds (needs `orders.enabled`). */
  run(flow: "orders", options?: RunOptions): Promise<OrderRunReport>;
  /** Reads every seller's FBA inventory per marketplace and stores one snapshot each (see `inventory`). */
  run(flow: "inventory", options?: RunOptions): Promise<InventoryRunReport>;
  /**
   * Reads the open Finances event groups into the provisional view (see `provisional`); with
   * `provisional.post`, posts each as a provisional journal, reversed once its settlement is reconciled.
   */
  run(flow: "provisional", options?: RunOptions): Promise<ProvisionalRunReport>;
  /**
   * Runs the listings flow once: read released products, publish the changed ones through
   * Listings Items or one feed, verify each SKU (needs `listings.enabled`). See docs/listings.md.
   */
  run(flow: "listings", options?: RunOptions): Promise<ListingsRunReport>;
  /**
   * Tries parked (or failed) records again once their cause is fixed: by settlement id (every
   * report of it), or every record in a state. Records in other states are left alone.
   */
  replay(target: ReplayTarget, options?: RunOptions): Promise<SettlementRunReport>;
  /** Tries parked (or failed) order records again: one order (Amazon order id or record id), or every one in a state. */
  replay(target: OrderReplayTarget, options?: RunOptions): Promise<OrderRunReport>;
  /** Tries parked (or failed) provisional records again: one event group (group or record id), or every one in a state. */
  replay(target: ProvisionalReplayTarget, options?: RunOptions): Promise<ProvisionalRunReport>;
  /** Tries parked (or failed) listing records again, e.g. after fixing the mapping: one SKU, or every one in a state. */
  replay(target: ListingReplayTarget, options?: RunOptions): Promise<ListingsRunReport>;
  /** Subscribes to one event type (or `"*"` for all); returns the unsubscribe function. */
  on<T extends ConnectorEventType>(type: T, listener: Listener<T>): () => void;
  on(type: "*", listener: (event: ConnectorEvent) => void): () => void;
  /** Every event from now on, as an async iterable; ends when `signal` aborts or the loop breaks. */
  events(options?: { readonly signal?: AbortSignal }): AsyncIterableIterator<ConnectorEvent>;
  /** The FBA inventory snapshots `run("inventory")` stored: the latest, and the history of a marketplace or SKU. */
  readonly inventory: InventoryReader;
  /** The open (and closed) event groups as `run("provisional")` last read them, with their provisional journals. */
  readonly provisional: ProvisionalReader;
  /** The settlement records the store holds, with their state. */
  settlements(filter?: { readonly state?: string }): Promise<SettlementReportEntry[]>;
  /**
   * Runs the `schedules` option's flows for every seller on their cron expressions, in this process
   * or (`workers: "pg-boss"`) shared by every process started the same way. Resolves once started.
   */
  start(options?: StartOptions): Promise<void>;
  /** Stops the schedules: runs in hand finish the record they hold (nothing half-posts); resolves when they have. */
  stop(): Promise<void>;
  /** A connector with some options replaced (new clients; same storage and listeners are not carried). */
  with(overrides: Partial<ConnectorOptions>): Connector;
}

/**
 * Builds a connector. Validates every option now: a wrong or missing one throws a
 * `ConnectorError` with code `CONFIG_INVALID` naming its path, before any call is made.
 * @example
 * const connector = createConnector({
 *   storage: sqliteStorage({ path: "connector.db" }),
 *   vault,
 *   amazon: { sellers: [{ sellerId: "A1SELLER", region: "na", credentials: { vault: "amazon:A1SELLER" } }] },
 *   d365: { environmentUrl: "https://contoso.operations.dynamics.com", credentials: { vault: "d365:contoso" } },
 *   mapping: "mapping.yaml",
 * });
 * const report = await connector.run("settlements");
 */
export function createConnector(options: ConnectorOptions): Connector {
  const o = resolveOptions(options);
  return buildConnector(options, o);
}

function buildConnector(input: ConnectorOptions, o: ResolvedOptions): Connector {
  const clock: Clock = o.clock ?? systemClock;
  const logger: Logger = o.logger ?? silentLogger;
  const hub = createEventHub(logger);
  const storage = o.storage;
  let contextPromise: Promise<FlowContext> | undefined;
  let scheduler: Promise<SchedulerHandle> | undefined;

  const throttleWatch: Middleware = async (request, ctx, next) => {
    const response = await next(request, ctx);
    if (response.status === 429) {
      hub.emit({
        type: "throttled",
        system: ctx.system,
        operation: ctx.operation?.operationId,
        at: clock.now(),
      });
    }
    return response;
  };

  async function buildContext(): Promise<FlowContext> {
    const limiter = createTokenBucketLimiter({ store: storageBucketStore(storage.rateLimits), clock });
    const transport = {
      clock,
      logger,
      audit: storage.audit,
      ...(o.vault ? { sealer: o.vault } : {}),
      ...(o.fetch ? { fetch: o.fetch } : {}),
      middleware: [throttleWatch],
    };
    const sellers = new Map<string, FlowSeller>();
    const tokenTransport = { clock, logger, audit: storage.audit };
    for (const [i, s] of o.sellers.entries()) {
      const tokens = await sellerTokenProvider(o, i, tokenTransport);
      const amazon = createSpApiClient({
        ...transport,
        region: s.region,
        sellerId: s.sellerId,
        tokens,
        limiter,
        timeoutMs: o.timeouts.amazonMs,
        ...(s.endpoints?.spApi ? { baseUrl: s.endpoints.spApi } : {}),
      });
      sellers.set(sellerKey(s.sellerId, s.region), {
        sellerId: s.sellerId,
        region: s.region,
        amazon,
        marketplaceIds: s.marketplaceIds,
      });
    }
    const d365Tokens = await d365TokenProvider(o, tokenTransport);
    const d365: D365Client = createD365Client({
      ...transport,
      environmentUrl: o.d365.environmentUrl,
      tokens: d365Tokens,
      timeoutMs: o.timeouts.d365Ms,
    });
    const masterData: MasterData = createMasterData(d365, { clock, ttlMs: 300_000 });
    return {
      storage,
      sellers,
      d365,
      masterData,
      mapping: o.mapping,
      posting: o.posting,
      clock,
      logger,
      hub,
      leaseMs: o.leaseMs,
      heartbeatClock: o.heartbeatClock ?? systemClock,
      rows: new Map(),
    };
  }

  function context(): Promise<FlowContext> {
    contextPromise ??= buildContext().catch((e) => {
      contextPromise = undefined;
      throw e;
    });
    return contextPromise;
  }

  const runner = (): RunnerContext => ({
    storage,
    clock,
    heartbeatClock: o.heartbeatClock ?? systemClock,
    logger,
    hub,
    leaseMs: o.leaseMs,
    maxAttempts: o.maxAttempts,
  });

  const listAll = (filter: { state?: string } = {}): Promise<StoredRecord[]> =>
    listRecords(storage, SETTLEMENT_KIND, filter);

  function entry(record: StoredRecord): SettlementReportEntry {
    const d = (record.data ?? {}) as unknown as SettlementData & {
      error?: { message: string; hint?: string };
    };
    const resting = record.state === "parked" || record.state === "failed";
    return {
      record: record.id,
      sellerId: d.sellerId,
      reportId: d.reportId,
      settlementId: d.settlementId ?? null,
      marketplaceId: d.marketplaceId ?? null,
      legalEntity: d.dataAreaId ?? null,
      currency: d.currency ?? null,
      state: record.state,
      reason: resting ? (record.reason ?? d.error?.message ?? null) : null,
      hint: resting ? (d.error?.hint ?? null) : null,
      lines: d.lineCount ?? null,
      journals: d.journals ?? [],
      reconciliation: d.reconciliation ?? null,
      notes: d.notes ?? [],
    };
  }

  async function drive(
    ids: readonly string[],
    ctx: FlowContext,
    signal: AbortSignal | undefined,
    discovered: number,
    startedAt: number,
  ): Promise<SettlementRunReport> {
    const outcomes = new Map<string, RecordRunOutcome>();
    let done = 0;
    let parkedCount = 0;
    let failedCount = 0;
    let stopped = false;
    for (const id of ids) {
      if (signal?.aborted) {
        stopped = true;
        break;
      }
      const outcome = await runRecord(settlementFlow, id, ctx, runner(), signal);
      outcomes.set(id, outcome);
      if (outcome === "stopped") stopped = true;
      if (outcome === "done") done++;
      if (outcome === "parked") parkedCount++;
      if (outcome === "failed") failedCount++;
      hub.emit({
        type: "progress",
        flow: "settlements",
        total: ids.length,
        done,
        parked: parkedCount,
        failed: failedCount,
        at: clock.now(),
      });
    }
    const records = (await Promise.all(ids.map((id) => storage.records.get(id)))).filter(
      (r): r is StoredRecord => r !== undefined,
    );
    const settlements = records.map(entry);
    return {
      flow: "settlements",
      startedAt: new Date(startedAt).toISOString(),
      finishedAt: new Date(clock.now()).toISOString(),
      discovered,
      settlements,
      counts: {
        total: settlements.length,
        reconciled: settlements.filter((s) => s.state === "reconciled").length,
        duplicate: settlements.filter((s) => s.state === "duplicate").length,
        parked: settlements.filter((s) => s.state === "parked").length,
        failed: settlements.filter((s) => s.state === "failed").length,
        busy: [...outcomes.values()].filter((x) => x === "busy").length,
      },
      stopped,
    };
  }

  function recordSeller(d: SettlementData | undefined): { sellerId: string; region: string } {
    return { sellerId: d?.sellerId ?? "", region: d?.region ?? "na" };
  }

  /** Oldest report first, so the first report of a settlement id is the one it is known by. */
  function byReportTime(records: readonly StoredRecord[]): string[] {
    const time = (r: StoredRecord) =>
      Date.parse((r.data as unknown as SettlementData | undefined)?.createdTime ?? "") || 0;
    return [...records].sort((a, b) => time(a) - time(b) || a.id.localeCompare(b.id)).map((r) => r.id);
  }

  const orderContext = async (): Promise<OrderFlowContext> => ({ ...(await context()), orders: o.orders });
  const listingContext = async (): Promise<ListingFlowContext> => ({
    ...(await context()),
    listings: o.listings,
    fetch: o.fetch,
    validators: new Map(),
    routes: new Map(),
    feedResults: new Map(),
  });

  const connector: Connector = {
    run: (async (flow: FlowName, options: RunOptions = {}) => {
      if (flow === "orders") return runOrders(await orderContext(), runner, options.signal, options.seller);
      if (flow === "inventory") return runInventory(await context(), runner, options);
      if (flow === "provisional") {
        return runProvisional({ ...(await context()), provisional: o.provisional }, runner, options);
      }
      if (flow === "listings") return runListings(await listingContext(), runner, options);
      if (flow !== "settlements") {
        throw new ConnectorError(`Unknown flow '${String(flow)}'`, {
          code: "CONFIG_INVALID",
          where: { system: "local", operation: "connector.run" },
          // Written out (flowNames holds the same list) so docs/errors.md can show it.
          hint: 'flows: "settlements", "orders", "inventory", "provisional", "listings"',
        });
      }
      const startedAt = clock.now();
      const ctx = await context();
      let discovered = 0;
      const only = options.seller;
      const mine = (s: { sellerId: string; region: string }) =>
        !only || (s.sellerId === only.sellerId && (!only.region || s.region === only.region));
      for (const s of ctx.sellers.values()) {
        if (options.signal?.aborted) break;
        if (!mine(s)) continue;
        discovered += (await discoverSettlements(ctx, s, o.settlements.createdSince)).length;
      }
      const active = (await listAll()).filter(
        (r) =>
          !settlementFlow.done.includes(r.state) &&
          r.state !== "parked" &&
          (!only || mine(recordSeller(r.data as unknown as SettlementData | undefined))),
      );
      return drive(byReportTime(active), ctx, options.signal, discovered, startedAt);
    }) as Connector["run"],

    replay: (async (
      target: ReplayTarget | OrderReplayTarget | ProvisionalReplayTarget | ListingReplayTarget,
      options: RunOptions = {},
    ) => {
      if (typeof target === "object" && "flow" in target && target.flow === "provisional") {
        const ctx = { ...(await context()), provisional: o.provisional };
        return replayProvisional(ctx, runner, target, options.signal);
      }
      if (typeof target === "object" && "flow" in target && target.flow === "listings") {
        const which = "sku" in target ? target.sku : { state: target.state };
        return replayListings(await listingContext(), runner, which, options.signal);
      }
      if (typeof target === "object" && "flow" in target) {
        const which = "order" in target ? target.order : { state: target.state };
        return replayOrders(await orderContext(), runner, which, options.signal);
      }
      const startedAt = clock.now();
      const ctx = await context();
      const candidates =
        typeof target === "string"
          ? (await listAll()).filter(
              (r) =>
                (r.data as unknown as SettlementData | undefined)?.settlementId === target || r.id === target,
            )
          : await listAll({ state: target.state });
      if (typeof target === "string" && candidates.length === 0) {
        throw new ConnectorError(`No settlement record for '${target}'`, {
          code: "NOT_FOUND",
          where: { system: "local", operation: "connector.replay", record: target },
          hint: "replay takes a settlement id or a record id (see connector.settlements())",
        });
      }
      const reopened: StoredRecord[] = [];
      for (const r of candidates) {
        if (await reopenRecord(settlementFlow, runner(), r.id)) reopened.push(r);
      }
      return drive(byReportTime(reopened), ctx, options.signal, 0, startedAt);
    }) as Connector["replay"],

    on(type: ConnectorEventType | "*", listener: (event: never) => void) {
      return hub.on(type as "*", listener as (event: ConnectorEvent) => void);
    },

    events(options) {
      return hub.stream(options);
    },

    inventory: inventoryReader(storage, o.sellers),
    provisional: provisionalReader(storage),

    async settlements(filter = {}) {
      const records = await listAll(filter);
      const byId = new Map(records.map((r) => [r.id, r]));
      return byReportTime(records).map((id) => entry(byId.get(id) as StoredRecord));
    },

    async start(options = {}) {
      if (scheduler) {
        throw new ConnectorError("connector.start() was called twice", {
          code: "CONFIG_INVALID",
          where: { system: "local", operation: "connector.start" },
          hint: "call connector.stop() first",
        });
      }
      scheduler = startScheduler(
        {
          clock,
          logger,
          hub,
          schedules: o.schedules,
          sellers: o.sellers,
          storageKind: storage.name,
          run: (t, signal) =>
            (connector.run as (flow: FlowName, options: RunOptions) => Promise<unknown>)(t.flow, {
              signal,
              seller: { sellerId: t.sellerId, region: t.region },
            }),
        },
        options,
      ).catch((e) => {
        scheduler = undefined;
        throw e;
      });
      await scheduler;
    },

    async stop() {
      const s = scheduler;
      if (!s) return;
      await (await s).stop();
      scheduler = undefined;
    },

    with(overrides) {
      return createConnector({ ...input, ...overrides });
    },
  };
  return connector;
}

export type { EventHub, FlowName, ListingsRunReport, OrderRunReport };
