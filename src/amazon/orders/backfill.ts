/**
 * Order backfill over long date ranges. Paging `searchOrders` at Amazon's 0.0056 requests/s (after a
 * burst of 20) takes about three minutes per 100 orders; the orders report takes a few calls and
 * Amazon's processing time, whatever the size. {@link backfillOrders} estimates both from the
 * generated usage plans, takes the cheaper path and logs which one and why.
 */
import { operations } from "../../../generated/amazon/operations.js";
import type { Clock } from "../../core/clock.js";
import { ValidationError } from "../../core/errors.js";
import { type Logger, silentLogger } from "../../core/logger.js";
import type { SpApiClient } from "../client.js";
import { downloadReportDocument, requestReport, waitForReport } from "../reports/reports.js";
import { type Instant, listOrderPages, toEpochMs } from "./list-orders.js";
import { ORDERS_BY_LAST_UPDATE_REPORT, parseOrdersReport } from "./orders-report.js";
import type { AmazonOrder } from "./types.js";

const DAY = 86_400_000;

function plan(api: string, operationId: string): { rate: number; burst: number } {
  const op = operations.find((o) => o.api === api && o.operationId === operationId);
  if (!op || op.rate === null || op.burst === null) {
    throw new ValidationError(`No usage plan for ${api} ${operationId} in the generated operations table`, {
      issues: [{ code: "missing_plan", path: [api, operationId], message: "no rate or burst" }],
      where: { system: "local", operation: "estimateOrderBackfill" },
      hint: "regenerate the operations table (npm run generate)",
    });
  }
  return { rate: op.rate, burst: op.burst };
}

/** Milliseconds the usage plan forces `calls` back-to-back calls to take, from a full bucket. */
export function usagePlanFloorMs(calls: number, p: { rate: number; burst: number }): number {
  return Math.ceil((Math.max(0, calls - p.burst) / p.rate) * 1000);
}

/** Cost of one path. */
export interface BackfillPathCost {
  readonly calls: number;
  /** Time the usage plans force at least. */
  readonly floorMs: number;
  /** Floor plus Amazon's (estimated) report processing time. */
  readonly totalMs: number;
}

/** Both paths' costs and the cheaper one. */
export interface BackfillEstimate {
  readonly orders: number;
  readonly searchOrders: BackfillPathCost;
  readonly report: BackfillPathCost;
  readonly choice: "searchOrders" | "report";
}

/** Inputs of {@link estimateOrderBackfill}. */
export interface BackfillEstimateInput {
  /** Orders expected in the range. */
  readonly orders: number;
  /** Length of the range. */
  readonly rangeMs: number;
  /** @default 100 */
  readonly pageSize?: number;
  /** Amazon's time to build one orders report. @default 600_000 (10 minutes) */
  readonly reportProcessingMs?: number;
  /** @default 30_000 */
  readonly reportPollIntervalMs?: number;
  /** Longest range one orders report covers. @default 30 days */
  readonly reportWindowMs?: number;
}

/**
 * Estimates both backfill paths from the generated usage plans.
 * @example estimateOrderBackfill({ orders: 50_000, rangeMs: 30 * 86_400_000 }).choice // "report"
 */
export function estimateOrderBackfill(input: BackfillEstimateInput): BackfillEstimate {
  const pages = Math.max(1, Math.ceil(input.orders / (input.pageSize ?? 100)));
  const searchFloor = usagePlanFloorMs(pages, plan("orders_2026-01-01", "searchOrders"));
  const windows = Math.max(1, Math.ceil(input.rangeMs / (input.reportWindowMs ?? 30 * DAY)));
  const processing = input.reportProcessingMs ?? 600_000;
  const polls = Math.ceil(processing / (input.reportPollIntervalMs ?? 30_000)) + 1;
  const reportFloor = Math.max(
    usagePlanFloorMs(windows, plan("reports_2021-06-30", "createReport")),
    usagePlanFloorMs(windows * polls, plan("reports_2021-06-30", "getReport")),
    usagePlanFloorMs(windows, plan("reports_2021-06-30", "getReportDocument")),
  );
  const search: BackfillPathCost = { calls: pages, floorMs: searchFloor, totalMs: searchFloor };
  const report: BackfillPathCost = {
    calls: windows * (2 + polls),
    floorMs: reportFloor,
    totalMs: reportFloor + windows * processing,
  };
  return {
    orders: input.orders,
    searchOrders: search,
    report,
    choice: report.totalMs < search.totalMs ? "report" : "searchOrders",
  };
}

/** Options of {@link backfillOrders}. */
export interface BackfillOrdersOptions {
  readonly amazon: SpApiClient;
  /** Orders last updated from… */
  readonly from: Instant;
  /** …to (at least two minutes in the past). */
  readonly to: Instant;
  readonly marketplaceIds: readonly string[];
  /**
   * Orders expected in the range, when known. Without it, one `searchOrders` page is read: when it
   * holds every order the backfill is done; otherwise the count is extrapolated from its time span.
   */
  readonly expectedOrders?: number;
  /** Force a path instead of estimating. */
  readonly path?: "searchOrders" | "report";
  readonly clock: Clock;
  readonly logger?: Logger;
  /** See {@link BackfillEstimateInput}. */
  readonly reportProcessingMs?: number;
  /** @default 30_000 */
  readonly reportPollIntervalMs?: number;
  /** Transport for report document downloads. @default globalThis.fetch */
  readonly fetch?: (request: Request) => Promise<Response>;
  readonly signal?: AbortSignal;
}

/** What a backfill did. */
export interface BackfillResult {
  readonly orders: AmazonOrder[];
  readonly path: "searchOrders" | "report";
  /** Undefined when the probe page held every order (no estimate needed). */
  readonly estimate: BackfillEstimate | undefined;
  /** Clock milliseconds the backfill took. */
  readonly elapsedMs: number;
  /** Report ids requested (report path). */
  readonly reportIds: readonly string[];
}

/**
 * Reads every order last updated in a range, by whichever path costs less: paging `searchOrders`
 * or the orders report (in windows of at most 30 days). Logs the choice with both estimates.
 * Orders from the report carry no order item ids (the flat file has none).
 * @example
 * const { orders, path } = await backfillOrders({ amazon, from: "2026-10-01T00:00:00Z", to: "2026-10-31T00:00:00Z", marketplaceIds: ["ATVPDKIKX0DER"], clock: systemClock, logger });
 */
export async function backfillOrders(options: BackfillOrdersOptions): Promise<BackfillResult> {
  const logger = options.logger ?? silentLogger;
  const started = options.clock.now();
  const from = toEpochMs(options.from, "from");
  // Amazon refuses a window that ends less than two minutes ago.
  const to = Math.min(toEpochMs(options.to, "to"), Math.floor((started - 125_000) / 1000) * 1000);
  if (!(to > from)) {
    throw new ValidationError("The backfill range is empty", {
      issues: [{ code: "range", path: ["to"], message: "must be after from" }],
      where: { system: "local", operation: "backfillOrders" },
      hint: "pass from < to",
    });
  }
  const rangeMs = to - from;
  const estimateFor = (orders: number) =>
    estimateOrderBackfill({
      orders,
      rangeMs,
      ...(options.reportProcessingMs !== undefined ? { reportProcessingMs: options.reportProcessingMs } : {}),
      ...(options.reportPollIntervalMs !== undefined
        ? { reportPollIntervalMs: options.reportPollIntervalMs }
        : {}),
    });

  let estimate: BackfillEstimate | undefined;
  let path = options.path;
  let probe: AmazonOrder[] | undefined;
  if (!path && options.expectedOrders !== undefined) {
    estimate = estimateFor(options.expectedOrders);
    path = estimate.choice;
  }
  if (!path) {
    const pages = listOrderPages(options.amazon, {
      marketplaceIds: options.marketplaceIds,
      lastUpdatedAfter: from,
      lastUpdatedBefore: to,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const first = await pages.next();
    await pages.return(undefined);
    const page = first.done ? [] : first.value.orders;
    if (first.done || !first.value.more) {
      logger.info("amazon orders backfill: one searchOrders page held every order", {
        orders: page.length,
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
      });
      return {
        orders: [...page],
        path: "searchOrders",
        estimate: undefined,
        elapsedMs: options.clock.now() - started,
        reportIds: [],
      };
    }
    // Pages run oldest update first: the density of this one extrapolates over the rest of the range.
    const firstAt = Date.parse(page[0]?.lastUpdateDate ?? "") || from;
    const lastAt = Date.parse(page[page.length - 1]?.lastUpdateDate ?? "") || from;
    const span = lastAt - firstAt;
    const extrapolated =
      span > 0 ? Math.ceil((page.length * (to - firstAt)) / span) : page.length * Math.ceil(rangeMs / 60_000);
    estimate = estimateFor(Math.max(page.length + 1, extrapolated));
    path = estimate.choice;
    probe = path === "searchOrders" ? [...page] : undefined;
  }

  logger.info(
    `amazon orders backfill takes the ${path === "report" ? "orders report" : "searchOrders"} path`,
    {
      path,
      forced: options.path !== undefined,
      expectedOrders: estimate?.orders,
      searchOrdersCalls: estimate?.searchOrders.calls,
      searchOrdersFloorMs: estimate?.searchOrders.floorMs,
      reportCalls: estimate?.report.calls,
      reportTotalMs: estimate?.report.totalMs,
    },
  );

  if (path === "searchOrders") {
    const seen = new Map<string, AmazonOrder>();
    for (const o of probe ?? []) seen.set(o.orderId, o);
    // After a probe, go on from its last update (inclusive): orders sharing that instant are re-read, not lost.
    const lastProbe = probe?.[probe.length - 1];
    for await (const page of listOrderPages(options.amazon, {
      marketplaceIds: options.marketplaceIds,
      lastUpdatedAfter: lastProbe ? Date.parse(lastProbe.lastUpdateDate) : from,
      lastUpdatedBefore: to,
      ...(options.signal ? { signal: options.signal } : {}),
    })) {
      for (const o of page.orders) seen.set(o.orderId, o);
    }
    return {
      orders: [...seen.values()],
      path,
      estimate,
      elapsedMs: options.clock.now() - started,
      reportIds: [],
    };
  }

  const reportIds: string[] = [];
  const byId = new Map<string, AmazonOrder>();
  const windowMs = 30 * DAY;
  for (let start = from; start < to; start += windowMs) {
    const end = Math.min(to, start + windowMs);
    const reportId = await requestReport(options.amazon, {
      reportType: ORDERS_BY_LAST_UPDATE_REPORT,
      marketplaceIds: options.marketplaceIds,
      dataStartTime: start,
      dataEndTime: end,
    });
    reportIds.push(reportId);
    const report = await waitForReport(options.amazon, reportId, {
      clock: options.clock,
      pollIntervalMs: options.reportPollIntervalMs ?? 30_000,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (report.processingStatus === "CANCELLED" || !report.reportDocumentId) continue; // no data in the window
    const download = await downloadReportDocument(options.amazon, report.reportDocumentId, {
      logger,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const orders = parseOrdersReport(new TextDecoder().decode(download.body), {
      file: report.reportDocumentId,
      ...(options.marketplaceIds.length === 1 && options.marketplaceIds[0]
        ? { defaultMarketplaceId: options.marketplaceIds[0] }
        : {}),
    });
    for (const o of orders) {
      const known = byId.get(o.orderId);
      if (!known || Date.parse(o.lastUpdateDate) >= Date.parse(known.lastUpdateDate)) byId.set(o.orderId, o);
    }
  }
  logger.info("amazon orders backfill done", {
    path,
    orders: byId.size,
    reports: reportIds.length,
    elapsedMs: options.clock.now() - started,
  });
  return { orders: [...byId.values()], path, estimate, elapsedMs: options.clock.now() - started, reportIds };
}
