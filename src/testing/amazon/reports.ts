/**
 * Reports API 2021-06-30: getReports (type, status, marketplace, createdSince filters; paging),
 * createReport (orders and listings reports; settlement types refused as Amazon refuses them),
 * getReport, cancelReport and getReportDocument (pre-signed URL, optional GZIP).
 */
import type { components as R } from "../../../generated/amazon/reports_2021-06-30.js";
import { marketplace } from "../data/marketplaces.js";
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
  type SimDocumentContent,
  type SimReport,
} from "./core.js";
import { presign, storeDocument } from "./documents.js";
import { SETTLEMENT_REPORT_TYPES } from "./settlements.js";

const DAY = 86_400_000;
const RETENTION = 90 * DAY;
const STATUSES = new Set(["CANCELLED", "DONE", "FATAL", "IN_PROGRESS", "IN_QUEUE"]);

/** Report types `createReport` accepts, and how their documents are built. */
export const REQUESTABLE_REPORT_TYPES: readonly string[] = [
  "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL",
  "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL",
  "GET_MERCHANT_LISTINGS_ALL_DATA",
];

/** Renders a report as the API returns it. */
export function renderReport(r: SimReport): R["schemas"]["Report"] {
  return {
    marketplaceIds: [...r.marketplaceIds],
    reportId: r.reportId,
    reportType: r.reportType,
    ...(r.dataStartTime !== undefined ? { dataStartTime: iso(r.dataStartTime) } : {}),
    ...(r.dataEndTime !== undefined ? { dataEndTime: iso(r.dataEndTime) } : {}),
    createdTime: iso(r.createdTime),
    processingStatus: r.processingStatus,
    ...(r.processingStartTime !== undefined ? { processingStartTime: iso(r.processingStartTime) } : {}),
    ...(r.processingEndTime !== undefined ? { processingEndTime: iso(r.processingEndTime) } : {}),
    ...(r.reportDocumentId !== undefined ? { reportDocumentId: r.reportDocumentId } : {}),
  };
}

/** Moves requested reports along IN_QUEUE → IN_PROGRESS → DONE (or CANCELLED when empty). */
export function advanceReports(core: SimCore, now: number): void {
  for (const r of core.reports.values()) {
    if (
      !r.schedule ||
      r.processingStatus === "DONE" ||
      r.processingStatus === "CANCELLED" ||
      r.processingStatus === "FATAL"
    ) {
      continue;
    }
    if (now >= r.schedule.startAt && r.processingStatus === "IN_QUEUE") {
      r.processingStatus = "IN_PROGRESS";
      r.processingStartTime = r.schedule.startAt;
    }
    if (now >= r.schedule.doneAt) {
      const content = r.build?.();
      r.processingEndTime = r.schedule.doneAt;
      if (!content) {
        // Amazon reports "no data" as CANCELLED.
        r.processingStatus = "CANCELLED";
        continue;
      }
      r.reportDocumentId = storeDocument(core, {
        sellerId: r.sellerId,
        region: r.region,
        kind: "report",
        content,
      }).documentId;
      r.processingStatus = "DONE";
    }
  }
}

const ORDER_COLUMNS = [
  "amazon-order-id",
  "merchant-order-id",
  "purchase-date",
  "last-updated-date",
  "order-status",
  "fulfillment-channel",
  "sales-channel",
  "order-channel",
  "ship-service-level",
  "product-name",
  "sku",
  "asin",
  "item-status",
  "quantity",
  "currency",
  "item-price",
  "item-tax",
  "shipping-price",
  "shipping-tax",
  "gift-wrap-price",
  "gift-wrap-tax",
  "item-promotion-discount",
  "ship-promotion-discount",
  "ship-city",
  "ship-state",
  "ship-postal-code",
  "ship-country",
  "promotion-ids",
  "is-business-order",
  "purchase-order-number",
  "price-designation",
];

function ordersDocument(
  core: SimCore,
  r: { sellerId: string; marketplaceIds: readonly string[]; from: number; to: number; byUpdate: boolean },
): SimDocumentContent | undefined {
  const rows: string[] = [];
  const orders = [...core.orders.values()]
    .filter((o) => {
      const t = r.byUpdate ? o.lastUpdateDate : o.purchaseDate;
      return (
        o.sellerId === r.sellerId && r.marketplaceIds.includes(o.marketplaceId) && t >= r.from && t <= r.to
      );
    })
    .sort((a, b) => (r.byUpdate ? a.lastUpdateDate - b.lastUpdateDate : a.purchaseDate - b.purchaseDate));
  for (const o of orders) {
    const m = marketplace(o.marketplaceId);
    for (const i of o.items) {
      const status = o.status === "Canceled" ? "Cancelled" : o.status;
      rows.push(
        [
          o.orderId,
          o.orderId,
          new Date(o.purchaseDate).toISOString().replace(/\.\d{3}Z$/, "+00:00"),
          new Date(o.lastUpdateDate).toISOString().replace(/\.\d{3}Z$/, "+00:00"),
          status,
          o.fulfillmentChannel === "AFN" ? "Amazon" : "Merchant",
          m.name,
          "",
          "Standard",
          i.title,
          i.sku,
          i.asin,
          o.status === "Shipped" ? "Shipped" : status,
          String(i.quantity),
          o.currency,
          i.itemPrice.toString(),
          i.itemTax.toString(),
          i.shippingPrice.toString(),
          i.shippingTax.toString(),
          "",
          "",
          "0",
          i.promotionDiscount.negate().toString(),
          o.shippingAddress.city,
          o.shippingAddress.stateOrRegion,
          o.shippingAddress.postalCode,
          o.shippingAddress.countryCode,
          i.promotionId ?? "",
          "false",
          "",
          "",
        ].join("\t"),
      );
    }
  }
  if (rows.length === 0) return undefined;
  return {
    text: `${ORDER_COLUMNS.join("\t")}\n${rows.join("\n")}\n`,
    contentType: "text/tab-separated-values; charset=UTF-8",
    gzip: true,
  };
}

function listingsDocument(
  core: SimCore,
  sellerId: string,
  marketplaceIds: readonly string[],
): SimDocumentContent | undefined {
  const listings = [...core.listings.values()].filter(
    (l) => l.sellerId === sellerId && l.marketplaceIds.some((id) => marketplaceIds.includes(id)),
  );
  if (listings.length === 0) return undefined;
  const header = ["item-name", "seller-sku", "asin1", "product-type", "status"].join("\t");
  const rows = listings.map((l) =>
    [
      String((l.attributes.item_name as { value?: string }[] | undefined)?.[0]?.value ?? ""),
      l.sku,
      l.asin,
      l.productType,
      "Active",
    ].join("\t"),
  );
  return {
    text: `${header}\n${rows.join("\n")}\n`,
    contentType: "text/tab-separated-values; charset=UTF-8",
    gzip: false,
  };
}

/** The Reports handlers. */
export function reportHandlers(core: SimCore): Record<string, OperationHandler> {
  const mine = (sellerId: string, region: string) =>
    [...core.reports.values()].filter(
      (r) => r.sellerId === sellerId && r.region === region && r.createdTime >= core.clock.now() - RETENTION,
    );
  return {
    "reports_2021-06-30.getReports"(ctx) {
      const next = ctx.query("nextToken");
      type Filter = {
        types: string[];
        statuses?: string[];
        marketplaceIds?: string[];
        since: number;
        until: number;
        size: number;
      };
      let filter: Filter;
      let offset = 0;
      if (next !== undefined) {
        const cursor = resumePage(core, ctx, next);
        if (!cursor) return invalidInput("Invalid nextToken");
        filter = JSON.parse(cursor.key) as Filter;
        offset = cursor.offset;
      } else {
        const types = ctx.list("reportTypes");
        if (!types || types.length === 0) return invalidInput("Either reportTypes or nextToken is required");
        if (types.length > 10) return invalidInput("reportTypes accepts at most 10 values");
        const statuses = ctx.list("processingStatuses");
        const bad = statuses?.find((s) => !STATUSES.has(s));
        if (bad !== undefined) return invalidInput(`Invalid processingStatuses value: ${bad}`);
        const marketplaceIds = ctx.list("marketplaceIds");
        if (marketplaceIds) {
          const err = checkMarketplaces(ctx, marketplaceIds, "marketplaceIds");
          if (err) return err;
        }
        const size = Number(ctx.query("pageSize") ?? 10);
        if (!Number.isInteger(size) || size < 1 || size > 100)
          return invalidInput("pageSize must be between 1 and 100");
        const since = parseInstant(ctx.query("createdSince")) ?? ctx.now - RETENTION;
        const until = parseInstant(ctx.query("createdUntil")) ?? ctx.now;
        if (Number.isNaN(since) || Number.isNaN(until))
          return invalidInput("createdSince and createdUntil must be ISO 8601 dates");
        filter = {
          types,
          ...(statuses ? { statuses } : {}),
          ...(marketplaceIds ? { marketplaceIds } : {}),
          since,
          until,
          size,
        };
      }
      const reports = mine(ctx.seller.sellerId, ctx.region)
        .filter(
          (r) =>
            filter.types.includes(r.reportType) &&
            (!filter.statuses || filter.statuses.includes(r.processingStatus)) &&
            (!filter.marketplaceIds || r.marketplaceIds.some((id) => filter.marketplaceIds?.includes(id))) &&
            r.createdTime >= filter.since &&
            r.createdTime <= filter.until,
        )
        .sort((a, b) => b.createdTime - a.createdTime || b.reportId.localeCompare(a.reportId));
      const p = page(core, reports, filter.size, {
        operationId: "getReports",
        sellerId: ctx.seller.sellerId,
        key: JSON.stringify(filter),
        offset,
      });
      return ok({ reports: p.items.map(renderReport), ...(p.nextToken ? { nextToken: p.nextToken } : {}) });
    },

    "reports_2021-06-30.createReport"(ctx) {
      const body = (ctx.body ?? {}) as Partial<R["schemas"]["CreateReportSpecification"]>;
      const type = body.reportType;
      if (typeof type !== "string" || type === "") return invalidInput("reportType is required");
      if (SETTLEMENT_REPORT_TYPES.includes(type)) {
        return invalidInput(`Request for report type ${type} is not allowed at this time.`);
      }
      if (!REQUESTABLE_REPORT_TYPES.includes(type)) return invalidInput(`Invalid reportType: ${type}`);
      const bad = checkMarketplaces(ctx, body.marketplaceIds, "marketplaceIds");
      if (bad) return bad;
      const marketplaceIds = [...(body.marketplaceIds ?? [])];
      const from = parseInstant(body.dataStartTime) ?? ctx.now - 30 * DAY;
      const to = parseInstant(body.dataEndTime) ?? ctx.now;
      if (Number.isNaN(from) || Number.isNaN(to) || to < from) {
        return invalidInput("dataStartTime and dataEndTime must be ISO 8601 dates, start before end");
      }
      const sellerId = ctx.seller.sellerId;
      const doneAt = ctx.now + core.timings.reportDoneMs;
      const report: SimReport = {
        reportId: core.rng.digits(11),
        sellerId,
        region: ctx.region,
        reportType: type,
        marketplaceIds,
        createdTime: ctx.now,
        dataStartTime: from,
        dataEndTime: to,
        processingStatus: "IN_QUEUE",
        processingStartTime: undefined,
        processingEndTime: undefined,
        reportDocumentId: undefined,
        schedule: { startAt: ctx.now + core.timings.reportQueueMs, doneAt },
        // The document reflects the data as it is when processing finishes.
        build: () =>
          type === "GET_MERCHANT_LISTINGS_ALL_DATA"
            ? listingsDocument(core, sellerId, marketplaceIds)
            : ordersDocument(core, {
                sellerId,
                marketplaceIds,
                from,
                to,
                byUpdate: type.includes("LAST_UPDATE"),
              }),
      };
      core.reports.set(report.reportId, report);
      return ok({ reportId: report.reportId } satisfies R["schemas"]["CreateReportResponse"], 202);
    },

    "reports_2021-06-30.getReport"(ctx) {
      const r = core.reports.get(ctx.pathParams.reportId ?? "");
      if (!r || r.sellerId !== ctx.seller.sellerId || r.region !== ctx.region) {
        return fail(404, "NotFound", `Report ${ctx.pathParams.reportId} was not found`);
      }
      return ok(renderReport(r));
    },

    "reports_2021-06-30.cancelReport"(ctx) {
      const r = core.reports.get(ctx.pathParams.reportId ?? "");
      if (!r || r.sellerId !== ctx.seller.sellerId || r.region !== ctx.region) {
        return fail(404, "NotFound", `Report ${ctx.pathParams.reportId} was not found`);
      }
      if (r.processingStatus !== "IN_QUEUE") {
        return invalidInput(
          `Report ${r.reportId} is ${r.processingStatus}; only IN_QUEUE reports can be cancelled`,
        );
      }
      r.processingStatus = "CANCELLED";
      return { status: 200 };
    },

    "reports_2021-06-30.getReportDocument"(ctx) {
      const doc = core.documents.get(ctx.pathParams.reportDocumentId ?? "");
      if (doc?.kind !== "report" || doc.sellerId !== ctx.seller.sellerId || doc.region !== ctx.region) {
        return fail(404, "NotFound", `Report document ${ctx.pathParams.reportDocumentId} was not found`);
      }
      const body: R["schemas"]["ReportDocument"] = {
        reportDocumentId: doc.documentId,
        url: presign(core, doc, "GET"),
        ...(doc.compressionAlgorithm ? { compressionAlgorithm: doc.compressionAlgorithm } : {}),
      };
      return ok(body);
    },
  };
}
