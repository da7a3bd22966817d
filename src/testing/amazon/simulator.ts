/**
 * `createAmazonSimulator()`: an msw model of Login with Amazon and the Selling Partner API that keeps
 * state, pages, throttles, expires tokens and fails on demand, on a simulated clock.
 *
 * Every SP-API call goes through the same steps, in Amazon's order: match the operation, check the
 * access token (403), apply forced 429 storms, take a token from the usage-plan bucket (429), apply
 * injected 500/503/network faults, then answer: from the stateful model on production hosts, from
 * Amazon's static cases on sandbox hosts.
 */
import { gunzipSync } from "node:zlib";
import type { http } from "msw";
import { type OperationInfo, operations } from "../../../generated/amazon/operations.js";
import { spApiHosts } from "../../amazon/regions.js";
import { parseSettlementDate } from "../../amazon/settlement/dates.js";
import { type Clock, createSimulatedClock, type SimulatedClock } from "../../core/clock.js";
import type { Money } from "../../core/money.js";
import {
  generateCatalog,
  generateOrder,
  generateOrders,
  makeRefund,
  type SimOrder,
  type SimOrderItem,
  type SimOrderStatus,
} from "../data/amazon-data.js";
import {
  defaultDataMarketplaces,
  findMarketplace,
  marketplace,
  type SimRegion,
} from "../data/marketplaces.js";
import { createPrng } from "../data/prng.js";
import { msw } from "../msw.js";
import { catalogHandlers } from "./catalog.js";
import {
  type CallContext,
  errorBody,
  type OperationHandler,
  type SimAccessToken,
  type SimCallRecord,
  type SimCore,
  type SimCounters,
  type SimDocument,
  type SimEventGroup,
  type SimFeed,
  type SimInventory,
  type SimListing,
  type SimReport,
  type SimResult,
  type SimSeller,
  type SimTimings,
} from "./core.js";
import { documentHandlers } from "./documents.js";
import { createFaults, type Faults } from "./faults.js";
import { advanceFeeds, feedHandlers } from "./feeds.js";
import { financeHandlers } from "./finances.js";
import { inventoryHandlers, seedInventory } from "./inventory.js";
import { listingHandlers, seedListings } from "./listings.js";
import { authorize, issueAccessToken, lwaHandler } from "./lwa.js";
import { orderHandlers } from "./orders.js";
import { productTypeHandlers } from "./product-types.js";
import { advanceReports, reportHandlers } from "./reports.js";
import { createSandbox, SANDBOX_PLAN, type SandboxControls } from "./sandbox.js";
import { sellerHandlers } from "./sellers.js";
import {
  type LoadedSettlementFile,
  type LoadSettlementFileOptions,
  loadSettlementFile,
} from "./settlement-files.js";
import {
  addSettlementReport,
  closeGroup,
  groupBalance,
  openFirstGroup,
  readSettlementSummary,
  runSettlementSchedule,
  settlementText,
} from "./settlements.js";
import { tokenHandlers } from "./tokens.js";
import { createUsagePlans, type UsagePlans } from "./usage-plans.js";

const DAY = 86_400_000;

/**
 * Hosts of the production and sandbox SP-API endpoints the simulator answers: the client's own
 * {@link spApiHosts}, so the two cannot drift apart.
 */
export const spApiSimHosts = spApiHosts;

/** The seller the simulator creates when none are given. Its credentials are test values, not secrets. */
export const defaultSimSeller: SimSeller = {
  sellerId: "ASIMSELLER00001",
  clientId: "amzn1.application-oa2-client.simulator0000000000000000000001",
  clientSecret: "amzn1.oa2-cs.v1.simulatedclientsecret0000000000000000000000000001",
  refreshToken: "Atzr|IwEBISimulatedRefreshToken0000000000000000000000000000000001",
  marketplaces: [...defaultDataMarketplaces],
  storeName: "Simulated Store",
};

/** Options of {@link createAmazonSimulator}. */
export interface AmazonSimulatorOptions<C extends Clock = SimulatedClock> {
  /**
   * The simulator reads time only from this clock (token expiry, buckets, URL expiry, report, feed
   * and settlement schedules).
   * @default createSimulatedClock() (2026-01-01T00:00:00Z, auto-advancing)
   */
  readonly clock?: C;
  /** Seed of every generated id and amount. @default 1 */
  readonly seed?: number;
  /** @default [defaultSimSeller] */
  readonly sellers?: readonly SimSeller[];
  /**
   * Send `x-amzn-RateLimit-Limit` on responses. Live responses often leave it out; set false to test that.
   * @default true
   */
  readonly rateLimitHeader?: boolean;
  /** Enforce the usage plans (429 QuotaExceeded when a bucket is empty). @default true */
  readonly enforceUsagePlans?: boolean;
  /**
   * Usage plans to enforce (and announce in `x-amzn-RateLimit-Limit`) instead of the published
   * ones, by operation id: a benchmark scales a plan up to run in real time with the same shape.
   * @example { getOrderItems: { rate: 5, burst: 30 } }
   */
  readonly usagePlans?: Readonly<Record<string, { readonly rate: number; readonly burst: number }>>;
  readonly data?: {
    /** Orders generated per seller, spread over the 30 days before the clock's start. @default 150 */
    readonly orders?: number;
    /** Marketplaces that get data (each seller's own list is intersected). @default US, CA, UK, DE, JP */
    readonly marketplaces?: readonly string[];
  };
  /** Processing times and lifetimes. */
  readonly timings?: Partial<SimTimings>;
  /**
   * Maps the URLs the simulator hands out (pre-signed report and feed document URLs) to where
   * clients reach them; `startSimulatorServer` points them back at itself.
   * @default the URL unchanged (msw intercepts the real S3 hosts)
   */
  readonly publicUrl?: (url: string) => string;
}

/** Data of one seller, for tests to arrange and assert on. */
export interface AmazonSimulatorState {
  readonly sellers: readonly SimSeller[];
  /** The first seller; its credentials configure an LWA token provider. */
  readonly seller: SimSeller;
  readonly orders: ReadonlyMap<string, SimOrder>;
  readonly reports: ReadonlyMap<string, SimReport>;
  readonly feeds: ReadonlyMap<string, SimFeed>;
  readonly documents: ReadonlyMap<string, SimDocument>;
  /** Listings by `${sellerId}/${sku}`. */
  readonly listings: ReadonlyMap<string, SimListing>;
  readonly inventory: readonly SimInventory[];
  /** Financial event groups; each one ends as a settlement. */
  readonly eventGroups: readonly SimEventGroup[];
  /** Every access token and RDT issued. */
  readonly tokens: ReadonlyMap<string, SimAccessToken>;
  /** One record per SP-API call, in order. */
  readonly calls: readonly SimCallRecord[];
  readonly counters: Readonly<SimCounters>;
  readonly faults: Faults;
  readonly usagePlans: UsagePlans;
  readonly sandbox: SandboxControls;
  /** Toggles `x-amzn-RateLimit-Limit` on later responses. */
  rateLimitHeader: boolean;
  enforceUsagePlans: boolean;
  /** Issues an access token without the LWA round trip. @default the first seller */
  issueAccessToken(sellerId?: string): string;
  /** Revokes an access token, or a refresh token (and every access token issued from it). */
  revokeToken(target: { accessToken: string } | { refreshToken: string }): void;
  /** Adds an order placed now (or at `purchaseDate`); returns it. */
  addOrder(input?: AddOrderInput): SimOrder;
  /** Changes an order's status or refunds it, bumping LastUpdateDate to now. */
  updateOrder(orderId: string, change: { status?: SimOrderStatus; refund?: boolean }): SimOrder;
  /** The groups of a seller and marketplace, oldest first. */
  groupsOf(marketplaceId: string, sellerId?: string): SimEventGroup[];
  /** The group's balance (total when closed). */
  balanceOf(groupId: string): Money;
  /** Closes a group now and publishes its settlement report (Open → Closed). */
  closeEventGroup(groupId: string): SimReport;
  /**
   * Publishes a settlement report (DONE): from the open group of a marketplace (closing it), or a
   * given flat file (a real one, loaded as is).
   */
  publishSettlement(input: PublishSettlementInput): SimReport;
  /**
   * Publishes a real settlement flat file (V2 or V1 layout, gzip or not) as a DONE settlement
   * report, served byte for byte, and its closed financial event group (same settlement id and
   * window, `OriginalTotal` = the file's `total-amount`). The marketplace comes from the rows'
   * `marketplace-name` or the currency unless given; the seller is made to participate in it.
   * @throws SettlementParseError naming the file and why it cannot be loaded
   * @example
   * const loaded = await sim.state.loadSettlementFile(await readFile("settlement.txt"), { name: "settlement.txt" });
   */
  loadSettlementFile(
    file: Uint8Array | string,
    options?: LoadSettlementFileOptions,
  ): Promise<LoadedSettlementFile>;
  /** Publishes the same settlement again under a new report id and document (Amazon does this). */
  reissueSettlement(settlementId: string): SimReport;
  /** Announces GZIP on a document whose body stays plain. */
  flagPlainAsGzip(reportDocumentId: string): void;
  /** The flat file of a closed group's settlement. */
  settlementText(settlementId: string): string;
  /** Brings time-driven state (reports, feeds, settlements) up to the clock. */
  tick(): void;
  /**
   * Changes processing times for reports and feeds requested from now on, e.g. a benchmark that
   * varies Amazon's report processing time over one generated data set.
   */
  setTimings(change: Partial<SimTimings>): void;
}

/** Input of {@link AmazonSimulatorState.addOrder}. */
export interface AddOrderInput {
  readonly marketplaceId?: string;
  readonly sellerId?: string;
  /** @default now */
  readonly purchaseDate?: number;
  readonly status?: SimOrderStatus;
  /** Replace the generated items. */
  readonly items?: readonly SimOrderItem[];
}

/** Input of {@link AmazonSimulatorState.publishSettlement}. */
export type PublishSettlementInput =
  | { readonly marketplaceId: string; readonly sellerId?: string }
  | {
      readonly text: string;
      readonly marketplaceId: string;
      readonly sellerId?: string;
      readonly gzip?: boolean;
    };

/** What {@link createAmazonSimulator} returns. */
export interface AmazonSimulator<C extends Clock = SimulatedClock> {
  /** msw handlers: `setupServer(...sim.handlers)`. */
  readonly handlers: ReturnType<typeof http.all>[];
  readonly state: AmazonSimulatorState;
  readonly clock: C;
}

interface Route {
  readonly op: OperationInfo;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly literal: number;
}

const routes: readonly Route[] = operations
  .map((op) => {
    const names: string[] = [];
    const source = op.path
      .split("/")
      .map((seg) => {
        const m = /^\{([^}]+)\}$/.exec(seg);
        if (m?.[1]) {
          names.push(m[1]);
          // Empty segments still route, so an empty id gets the operation's 400, not a 404.
          return "([^/]*)";
        }
        return seg.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      })
      .join("/");
    return {
      op,
      pattern: new RegExp(`^${source}$`),
      names,
      literal: op.path.replace(/\{[^}]+\}/g, "").length,
    };
  })
  .sort((a, b) => b.literal - a.literal);

function matchRoute(
  method: string,
  pathname: string,
): { op: OperationInfo; params: Record<string, string> } | undefined {
  for (const r of routes) {
    if (r.op.method !== method) continue;
    const m = r.pattern.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    r.names.forEach((n, i) => {
      params[n] = decodeURIComponent(m[i + 1] ?? "");
    });
    return { op: r.op, params };
  }
  return undefined;
}

/**
 * Creates an Amazon simulator: msw handlers for LWA, the SP-API hosts (production and sandbox, all
 * regions) and the document hosts, plus the state behind them.
 * @example
 * const sim = createAmazonSimulator({ seed: 7 });
 * const server = setupServer(...sim.handlers);
 * server.listen({ onUnhandledRequest: "error" });
 * const token = sim.state.issueAccessToken();
 */
export function createAmazonSimulator<C extends Clock = SimulatedClock>(
  options: AmazonSimulatorOptions<C> = {},
): AmazonSimulator<C> {
  const { http, HttpResponse } = msw();
  // Without a clock of the caller's, C is the default SimulatedClock.
  const clock = options.clock ?? (createSimulatedClock() as unknown as C);
  const seed = options.seed ?? 1;
  const rng = createPrng(seed).fork(100);
  // A copy: loading a settlement file may add a marketplace participation to a seller.
  const sellers: SimSeller[] = [...(options.sellers?.length ? options.sellers : [defaultSimSeller])];
  let requestSeq = 0;
  const reqPrefix = createPrng(seed).fork(101).chars(8, "0123456789abcdef");
  const timings: SimTimings = {
    reportQueueMs: 30_000,
    reportDoneMs: 120_000,
    feedQueueMs: 20_000,
    feedDoneMs: 90_000,
    settlementPeriodMs: 14 * DAY,
    settlementDelayMs: 3_600_000,
    presignedUrlMs: 300_000,
    accessTokenMs: 3_600_000,
    ...options.timings,
  };

  const core: SimCore = {
    clock,
    seed,
    rng,
    timings,
    sellers: new Map(sellers.map((s) => [s.sellerId, s])),
    catalog: new Map(),
    orders: new Map(),
    tokens: new Map(),
    revokedRefreshTokens: new Set(),
    documents: new Map(),
    presigned: new Map(),
    reports: new Map(),
    feeds: new Map(),
    listings: new Map(),
    inventory: [],
    groups: [],
    pageTokens: new Map(),
    calls: [],
    counters: {
      tokenRequests: 0,
      tokensIssued: 0,
      rdtIssued: 0,
      calls: 0,
      throttled: 0,
      documentDownloads: 0,
    },
    publicUrl: options.publicUrl ?? ((url) => url),
    requestId: () => {
      requestSeq++;
      return `${reqPrefix}-${String(requestSeq).padStart(4, "0").slice(-4)}-4000-8000-${String(requestSeq).padStart(12, "0")}`;
    },
    uuid: () => rng.uuid(),
    tick: () => {
      const now = clock.now();
      advanceReports(core, now);
      advanceFeeds(core, now);
      runSettlementSchedule(core, now);
    },
  };

  // Seed data: 30 days of orders, settlement chains starting 30 days back (two closed periods and
  // one open at the clock's start), listings and inventory from each seller's catalog.
  const start = clock.now();
  const anchor = start - 30 * DAY;
  const dataMarketplaces = options.data?.marketplaces ?? defaultDataMarketplaces;
  sellers.forEach((seller, n) => {
    const catalog = generateCatalog(seed + n);
    core.catalog.set(seller.sellerId, catalog);
    const markets = seller.marketplaces.filter((id) => dataMarketplaces.includes(id)).map(marketplace);
    if (markets.length === 0) return;
    for (const order of generateOrders({
      seed: seed + n,
      sellerId: seller.sellerId,
      marketplaces: markets,
      catalog,
      count: options.data?.orders ?? 150,
      from: anchor + DAY,
      to: start - 10 * 60_000,
      now: start,
    })) {
      core.orders.set(order.orderId, order);
    }
    for (const m of markets) openFirstGroup(core, seller.sellerId, m.id, anchor);
    seedListings(core, seller, markets, start);
    seedInventory(core, seller, markets, start);
  });
  runSettlementSchedule(core, start);

  const usagePlans = createUsagePlans(clock);
  const faults = createFaults(createPrng(seed).fork(102));
  const sandbox = createSandbox();
  const flags = {
    rateLimitHeader: options.rateLimitHeader ?? true,
    enforceUsagePlans: options.enforceUsagePlans ?? true,
  };

  const handlersByKey: Record<string, OperationHandler> = {
    ...orderHandlers(core),
    ...financeHandlers(core),
    ...reportHandlers(core),
    ...feedHandlers(core),
    ...listingHandlers(core),
    ...productTypeHandlers(core),
    ...inventoryHandlers(core),
    ...sellerHandlers(core),
    ...tokenHandlers(core),
    ...catalogHandlers(core),
  };

  const respond = (
    result: SimResult,
    requestId: string,
    op: OperationInfo | undefined,
    plan?: { rate: number },
  ) => {
    const headers: Record<string, string> = { "x-amzn-RequestId": requestId, ...result.headers };
    const rate = plan?.rate ?? op?.rate;
    if (flags.rateLimitHeader && rate !== null && rate !== undefined)
      headers["x-amzn-RateLimit-Limit"] = String(rate);
    if (result.body === undefined || result.status === 204)
      return new HttpResponse(null, { status: result.status, headers });
    return HttpResponse.json(result.body as Record<string, unknown>, { status: result.status, headers });
  };

  const spApi = async (request: Request, region: SimRegion, isSandbox: boolean): Promise<Response> => {
    core.tick();
    const url = new URL(request.url);
    const requestId = core.requestId();
    core.counters.calls++;
    const record = (
      status: number,
      outcome: SimCallRecord["outcome"],
      operationId?: string,
      sellerId?: string,
    ) => {
      core.calls.push({
        seq: core.calls.length + 1,
        at: clock.now(),
        method: request.method,
        host: url.host,
        path: url.pathname,
        operationId,
        status,
        sellerId,
        requestId,
        sandbox: isSandbox,
        outcome,
      });
    };
    const route = matchRoute(request.method.toUpperCase(), url.pathname);
    if (!route) {
      record(404, "error");
      return respond(
        {
          status: 404,
          body: errorBody("NotFound", "Resource not found", `${request.method} ${url.pathname}`),
        },
        requestId,
        undefined,
      );
    }
    const op = route.op;

    const auth = authorize(core, request, op.operationId);
    if ("status" in auth) {
      record(403, "auth", op.operationId);
      return respond(auth, requestId, op);
    }
    const { token, seller } = auth;

    const plan = isSandbox
      ? SANDBOX_PLAN
      : options.usagePlans?.[op.operationId]
        ? options.usagePlans[op.operationId]
        : op.rate !== null && op.burst !== null
          ? { rate: op.rate, burst: op.burst }
          : undefined;
    const quota = () =>
      respond(
        {
          status: 429,
          body: errorBody("QuotaExceeded", "You exceeded your quota for the requested resource."),
        },
        requestId,
        op,
        plan,
      );
    const fate = faults.decide(op.operationId);
    if (fate === "storm-429") {
      core.counters.throttled++;
      record(429, "storm-429", op.operationId, seller.sellerId);
      return quota();
    }
    if (flags.enforceUsagePlans && plan) {
      const key = `${seller.sellerId}|${isSandbox ? "sandbox" : region}|${op.api}.${op.operationId}`;
      if (!usagePlans.take(key, plan)) {
        core.counters.throttled++;
        record(429, "throttled", op.operationId, seller.sellerId);
        return quota();
      }
    }
    if (fate === "fault-timeout") {
      record(0, "fault-timeout", op.operationId, seller.sellerId);
      return HttpResponse.error();
    }
    if (fate === "fault-500") {
      record(500, "fault-500", op.operationId, seller.sellerId);
      return respond(
        {
          status: 500,
          body: errorBody("InternalFailure", "We encountered an internal error. Please try again."),
        },
        requestId,
        op,
        plan,
      );
    }
    if (fate === "fault-503") {
      record(503, "fault-503", op.operationId, seller.sellerId);
      return respond(
        {
          status: 503,
          body: errorBody("ServiceUnavailable", "Service is temporarily unavailable. Please try again."),
        },
        requestId,
        op,
        plan,
      );
    }

    const bodyText =
      request.method === "GET" || request.method === "DELETE" ? undefined : await request.text();
    let body: unknown;
    if (bodyText) {
      try {
        body = JSON.parse(bodyText);
      } catch {
        record(400, "error", op.operationId, seller.sellerId);
        return respond(
          { status: 400, body: errorBody("InvalidInput", "The request body is not valid JSON.") },
          requestId,
          op,
          plan,
        );
      }
    }
    const ctx: CallContext = {
      request,
      url,
      region,
      sandbox: isSandbox,
      operation: op,
      pathParams: route.params,
      seller,
      token,
      now: clock.now(),
      body,
      query: (name) => url.searchParams.get(name) ?? undefined,
      list: (name) => {
        const values = url.searchParams.getAll(name);
        return values.length === 0 ? undefined : values.flatMap((v) => v.split(","));
      },
    };
    let result: SimResult;
    if (isSandbox) {
      result = sandbox.answer(ctx, bodyText || undefined);
    } else {
      const handler = handlersByKey[`${op.api}.${op.operationId}`];
      result = handler
        ? await handler(ctx)
        : {
            status: 501,
            body: errorBody(
              "NotImplemented",
              `The Amazon simulator does not model ${op.operationId} on production hosts.`,
              "Use the sandbox host for its static cases.",
            ),
          };
    }
    record(result.status, result.status < 400 ? "ok" : "error", op.operationId, seller.sellerId);
    return respond(result, requestId, op, plan);
  };

  const handlers = [
    lwaHandler(core),
    ...documentHandlers(core),
    ...(Object.entries(spApiHosts) as [SimRegion, { production: string; sandbox: string }][]).flatMap(
      ([region, hosts]) => [
        http.all(`${hosts.production}/*`, ({ request }) => spApi(request, region, false)),
        http.all(`${hosts.sandbox}/*`, ({ request }) => spApi(request, region, true)),
      ],
    ),
  ];

  const findGroup = (groupId: string) => {
    const g = core.groups.find((x) => x.groupId === groupId);
    if (!g) throw new RangeError(`No financial event group ${groupId}`);
    return g;
  };
  const closedGroupOf = (settlementId: string) => {
    const g = core.groups.find((x) => x.settlementId === settlementId && x.processingStatus === "Closed");
    if (!g) throw new RangeError(`No closed settlement ${settlementId}`);
    return g;
  };
  const orderRng = createPrng(seed).fork(103);

  const state: AmazonSimulatorState = {
    sellers,
    get seller() {
      return sellers[0] ?? defaultSimSeller;
    },
    orders: core.orders,
    reports: core.reports,
    feeds: core.feeds,
    documents: core.documents,
    listings: core.listings,
    inventory: core.inventory,
    eventGroups: core.groups,
    tokens: core.tokens,
    calls: core.calls,
    counters: core.counters,
    faults,
    usagePlans,
    sandbox,
    get rateLimitHeader() {
      return flags.rateLimitHeader;
    },
    set rateLimitHeader(v: boolean) {
      flags.rateLimitHeader = v;
    },
    get enforceUsagePlans() {
      return flags.enforceUsagePlans;
    },
    set enforceUsagePlans(v: boolean) {
      flags.enforceUsagePlans = v;
    },
    issueAccessToken(sellerId) {
      const seller = sellerId ? core.sellers.get(sellerId) : sellers[0];
      if (!seller) throw new RangeError(`Unknown seller ${sellerId}`);
      return issueAccessToken(core, seller).token;
    },
    revokeToken(target) {
      if ("accessToken" in target) {
        const t = core.tokens.get(target.accessToken);
        if (!t) throw new RangeError("Unknown access token");
        t.revoked = true;
      } else {
        core.revokedRefreshTokens.add(target.refreshToken);
      }
    },
    addOrder(input = {}) {
      const sellerId = input.sellerId ?? state.seller.sellerId;
      const seller = core.sellers.get(sellerId);
      if (!seller) throw new RangeError(`Unknown seller ${sellerId}`);
      const m = marketplace(input.marketplaceId ?? seller.marketplaces[0] ?? "ATVPDKIKX0DER");
      const now = clock.now();
      const purchaseDate = input.purchaseDate ?? now;
      const generated = generateOrder(orderRng, {
        sellerId,
        marketplace: m,
        catalog: core.catalog.get(sellerId) ?? generateCatalog(seed),
        purchaseDate,
        now: purchaseDate,
      });
      const status = input.status ?? "Unshipped";
      const order: SimOrder = {
        ...generated,
        status,
        lastUpdateDate: Math.max(purchaseDate, now),
        ...(input.items ? { items: input.items } : {}),
        refunds: [],
      };
      if (status === "Shipped") order.shippedAt = now;
      else delete order.shippedAt;
      core.orders.set(order.orderId, order);
      return order;
    },
    updateOrder(orderId, change) {
      const order = core.orders.get(orderId);
      if (!order) throw new RangeError(`No order ${orderId}`);
      const now = clock.now();
      if (change.status !== undefined && change.status !== order.status) {
        order.status = change.status;
        if (change.status === "Shipped") order.shippedAt = now;
      }
      if (change.refund) {
        if (order.status !== "Shipped")
          throw new RangeError(`Order ${orderId} is ${order.status}; only shipped orders can be refunded`);
        order.refunds.push(makeRefund(orderRng, order, now));
      }
      order.lastUpdateDate = now;
      return order;
    },
    groupsOf(marketplaceId, sellerId = state.seller.sellerId) {
      core.tick();
      return core.groups
        .filter((g) => g.marketplaceId === marketplaceId && g.sellerId === sellerId)
        .sort((a, b) => a.index - b.index);
    },
    balanceOf(groupId) {
      return groupBalance(core, findGroup(groupId));
    },
    closeEventGroup(groupId) {
      core.tick();
      return closeGroup(core, findGroup(groupId));
    },
    publishSettlement(input) {
      core.tick();
      const sellerId = input.sellerId ?? state.seller.sellerId;
      if ("text" in input) {
        if (!findMarketplace(input.marketplaceId))
          throw new RangeError(`Unknown marketplace ${input.marketplaceId}`);
        const summary = readSettlementSummary(input.text);
        const now = clock.now();
        const instant = (text: string) => {
          const parsed = parseSettlementDate(text);
          return parsed ? Date.parse(parsed.iso) : Number.NaN;
        };
        const fileStart = instant(summary.start);
        const fileEnd = instant(summary.end);
        return addSettlementReport(core, {
          sellerId,
          marketplaceId: input.marketplaceId,
          settlementId: summary.settlementId,
          start: Number.isNaN(fileStart) ? now - 14 * DAY : fileStart,
          end: Number.isNaN(fileEnd) ? now : fileEnd,
          at: now,
          text: input.text,
          ...(input.gzip !== undefined ? { gzip: input.gzip } : {}),
        });
      }
      const open = core.groups.find(
        (g) =>
          g.sellerId === sellerId && g.marketplaceId === input.marketplaceId && g.processingStatus === "Open",
      );
      if (!open) throw new RangeError(`No open event group for ${sellerId} in ${input.marketplaceId}`);
      return closeGroup(core, open);
    },
    async loadSettlementFile(file, options = {}) {
      core.tick();
      const sellerId = options.sellerId ?? state.seller.sellerId;
      const index = sellers.findIndex((x) => x.sellerId === sellerId);
      if (index < 0) throw new RangeError(`Unknown seller ${sellerId}`);
      const loaded = await loadSettlementFile(core, file, { ...options, sellerId });
      const seller = sellers[index];
      if (seller && !seller.marketplaces.includes(loaded.marketplaceId)) {
        // A seller paid out in a marketplace participates in it (getMarketplaceParticipations, filters).
        const joined = { ...seller, marketplaces: [...seller.marketplaces, loaded.marketplaceId] };
        sellers[index] = joined;
        core.sellers.set(sellerId, joined);
      }
      return loaded;
    },
    reissueSettlement(settlementId) {
      core.tick();
      const original = [...core.reports.values()].find((r) => r.settlementId === settlementId);
      if (!original) throw new RangeError(`No settlement report ${settlementId}`);
      const doc = original.reportDocumentId ? core.documents.get(original.reportDocumentId) : undefined;
      const group = core.groups.find(
        (g) => g.settlementId === settlementId && g.processingStatus === "Closed",
      );
      const common = {
        sellerId: original.sellerId,
        marketplaceId: original.marketplaceIds[0] ?? "ATVPDKIKX0DER",
        settlementId,
        start: original.dataStartTime ?? clock.now(),
        // Amazon's duplicates differ by a second or so in their window.
        end: (original.dataEndTime ?? clock.now()) + 1000,
        at: clock.now(),
      };
      // A loaded file is re-issued byte for byte; a scheduled group's file is written again.
      if (group && group.source !== "file")
        return addSettlementReport(core, { ...common, text: settlementText(group) });
      return addSettlementReport(core, {
        ...common,
        bytes: doc?.body ?? new Uint8Array(),
        compressed: doc?.compressionAlgorithm === "GZIP",
      });
    },
    flagPlainAsGzip(reportDocumentId) {
      const doc = core.documents.get(reportDocumentId);
      if (!doc) throw new RangeError(`No document ${reportDocumentId}`);
      if (doc.compressionAlgorithm === "GZIP")
        throw new RangeError(`Document ${reportDocumentId} is already gzip-compressed`);
      doc.compressionAlgorithm = "GZIP";
    },
    settlementText(settlementId) {
      const group = closedGroupOf(settlementId);
      if (group.source !== "file") return settlementText(group);
      const report = [...core.reports.values()].find((r) => r.settlementId === settlementId);
      const doc = report?.reportDocumentId ? core.documents.get(report.reportDocumentId) : undefined;
      const body = doc?.body ?? new Uint8Array();
      return new TextDecoder().decode(doc?.compressionAlgorithm === "GZIP" ? gunzipSync(body) : body);
    },
    tick: () => core.tick(),
    setTimings: (change) => {
      Object.assign(timings, change);
    },
  };

  return { handlers, state, clock };
}
