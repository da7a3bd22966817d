/**
 * Settlement periods on Amazon's own schedule. Each (seller, marketplace) has a chain of financial
 * event groups, one per period; when a period ends (plus a delay) its group closes and a
 * GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2 report appears, DONE, whose lines are exactly the
 * group's financial events plus its reserve lines, so the report, the events and the group totals
 * agree to the cent.
 */
import { Money } from "../../core/money.js";
import {
  accountLines,
  refundLines,
  type SimOrder,
  type SimRefund,
  type SimSettlementLine,
  shipmentLines,
  sumLines,
} from "../data/amazon-data.js";
import { marketplace } from "../data/marketplaces.js";
import { createPrng } from "../data/prng.js";
import { writeSettlement } from "../data/settlement-writer.js";
import type { SimCore, SimEventGroup, SimReport } from "./core.js";
import { storeDocument, storeDocumentBytes } from "./documents.js";

/** The settlement report type Amazon schedules itself. */
export const SETTLEMENT_REPORT_TYPE = "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2";

/** Settlement report types that cannot be requested. */
export const SETTLEMENT_REPORT_TYPES: readonly string[] = [
  SETTLEMENT_REPORT_TYPE,
  "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE",
  "GET_V2_SETTLEMENT_REPORT_DATA_XML",
];

/** One financial event: what the Finances APIs list and the settlement lines it contributes. */
export interface SimFinancialEvent {
  readonly id: string;
  readonly kind: "shipment" | "refund" | "serviceFee" | "adjustment" | "productAds";
  readonly postedAt: number;
  readonly sellerId: string;
  readonly marketplaceId: string;
  readonly group: SimEventGroup;
  readonly order?: SimOrder;
  readonly refund?: SimRefund;
  /** The Amazon order id, also for events read from a settlement file (which have no `order`). */
  readonly orderId?: string;
  readonly lines: readonly SimSettlementLine[];
}

const RESERVES = new Set(["Previous Reserve Amount Balance", "Current Reserve Amount"]);

/** True for the reserve lines, which are balance movements and not financial events. */
export function isReserveLine(line: SimSettlementLine): boolean {
  return line.transactionType === "other-transaction" && RESERVES.has(line.amountDescription);
}

function kindOf(line: SimSettlementLine): SimFinancialEvent["kind"] {
  if (line.transactionType === "ServiceFee") return "productAds";
  if (line.amountType === "FBA Inventory Reimbursement") return "adjustment";
  return "serviceFee";
}

/** Creates the first group of a (seller, marketplace) chain. */
export function openFirstGroup(
  core: SimCore,
  sellerId: string,
  marketplaceId: string,
  start: number,
): SimEventGroup {
  return openGroup(core, sellerId, marketplaceId, 0, start, Money.zero(marketplace(marketplaceId).currency));
}

function openGroup(
  core: SimCore,
  sellerId: string,
  marketplaceId: string,
  index: number,
  start: number,
  previousReserve: Money,
): SimEventGroup {
  const m = marketplace(marketplaceId);
  const end = start + core.timings.settlementPeriodMs;
  // A stream per (seller, marketplace, period) keeps groups stable however the test interleaves calls.
  const rng = createPrng(core.seed).fork(hash(`${sellerId}|${marketplaceId}|${index}`));
  const account = accountLines(rng, m, { start, end }, previousReserve);
  const group: SimEventGroup = {
    groupId: `${rng.chars(10, "abcdefghijklmnopqrstuvwxyz")}${rng.chars(30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}`,
    sellerId,
    marketplaceId,
    currency: m.currency,
    index,
    start,
    end,
    settlementId: `${rng.int(1, 9)}${rng.digits(10)}`,
    processingStatus: "Open",
    previousReserve,
    accountLines: account.lines,
    currentReserve: account.currentReserve,
    closedAt: undefined,
    lines: undefined,
    total: undefined,
    fundTransferDate: undefined,
    traceId: rng.digits(20),
    accountTail: rng.digits(3),
  };
  core.groups.push(group);
  return group;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The group of a (seller, marketplace) chain that holds `at`, or undefined before the chain starts. */
export function groupAt(
  core: SimCore,
  sellerId: string,
  marketplaceId: string,
  at: number,
): SimEventGroup | undefined {
  return core.groups.find(
    (g) => g.sellerId === sellerId && g.marketplaceId === marketplaceId && g.start <= at && at < g.end,
  );
}

/**
 * The financial events of a group posted before `upTo`, oldest first: order shipments, refunds, and
 * the account-level charges (storage, subscription, advertising, reimbursements).
 */
export function groupEvents(
  core: SimCore,
  group: SimEventGroup,
  upTo = core.clock.now(),
  orderId?: string,
): SimFinancialEvent[] {
  if (group.source === "file") {
    const events = fileEvents(group);
    return orderId === undefined ? events : events.filter((e) => e.orderId === orderId);
  }
  const m = marketplace(group.marketplaceId);
  const limit = Math.min(group.end, upTo + 1);
  const inWindow = (t: number) => t >= group.start && t < limit;
  const events: SimFinancialEvent[] = [];
  // One order's events (listFinancialEventsByOrderId) come from that order alone: building every
  // order's lines for each call made a month of orders quadratic.
  const orders =
    orderId === undefined ? core.orders.values() : [core.orders.get(orderId)].filter((o) => o !== undefined);
  for (const order of orders) {
    if (order.sellerId !== group.sellerId || order.marketplaceId !== group.marketplaceId) continue;
    if (order.status === "Shipped" && order.shippedAt !== undefined && inWindow(order.shippedAt)) {
      events.push({
        id: `${order.orderId}:shipment`,
        kind: "shipment",
        postedAt: order.shippedAt,
        sellerId: order.sellerId,
        marketplaceId: order.marketplaceId,
        group,
        order,
        lines: shipmentLines(order, m),
      });
    }
    for (const refund of order.refunds) {
      if (!inWindow(refund.postedAt)) continue;
      events.push({
        id: refund.adjustmentId,
        kind: "refund",
        postedAt: refund.postedAt,
        sellerId: order.sellerId,
        marketplaceId: order.marketplaceId,
        group,
        order,
        refund,
        lines: refundLines(order, refund, m),
      });
    }
  }
  group.accountLines.forEach((line, i) => {
    const at = line.postedDate.getTime();
    if (orderId !== undefined || isReserveLine(line) || !inWindow(at)) return;
    events.push({
      id: `${group.groupId}:${i}`,
      kind: kindOf(line),
      postedAt: at,
      sellerId: group.sellerId,
      marketplaceId: group.marketplaceId,
      group,
      lines: [line],
    });
  });
  return events.sort((a, b) => a.postedAt - b.postedAt || a.id.localeCompare(b.id));
}

const isFileReserve = (line: SimSettlementLine) =>
  RESERVES.has(line.amountDescription) || RESERVES.has(line.transactionType);

/**
 * The events of a group loaded from a settlement file: one per order (or refund) and posting
 * time, one per account-level line; reserve lines are balance movements, not events.
 */
function fileEvents(group: SimEventGroup): SimFinancialEvent[] {
  const events = new Map<string, { first: SimSettlementLine; index: number; lines: SimSettlementLine[] }>();
  (group.lines ?? []).forEach((line, index) => {
    if (isFileReserve(line)) return;
    const byOrder = (line.transactionType === "Order" || line.transactionType === "Refund") && line.orderId;
    const key = byOrder
      ? `${line.transactionType}|${line.orderId}|${line.adjustmentId ?? ""}|${line.postedDate.getTime()}`
      : `line|${index}`;
    const found = events.get(key);
    if (found) found.lines.push(line);
    else events.set(key, { first: line, index, lines: [line] });
  });
  return [...events.values()]
    .map(({ first, index, lines }): SimFinancialEvent => {
      const kind =
        first.transactionType === "Order" && first.orderId
          ? "shipment"
          : first.transactionType === "Refund" && first.orderId
            ? "refund"
            : kindOf(first);
      return {
        id:
          kind === "shipment"
            ? `${first.orderId}:shipment:${index}`
            : (first.adjustmentId ?? `${group.groupId}:${index}`),
        kind,
        postedAt: first.postedDate.getTime(),
        sellerId: group.sellerId,
        marketplaceId: group.marketplaceId,
        group,
        ...(first.orderId ? { orderId: first.orderId } : {}),
        lines,
      };
    })
    .sort((a, b) => a.postedAt - b.postedAt || a.id.localeCompare(b.id));
}

/** Every line of a group's settlement: reserve lines plus each event's lines. */
export function settlementLinesOf(
  core: SimCore,
  group: SimEventGroup,
  upTo = core.clock.now(),
): SimSettlementLine[] {
  const events = groupEvents(core, group, upTo);
  const reserves = group.accountLines.filter((l) => isReserveLine(l) && l.postedDate.getTime() <= upTo);
  const opening = reserves.filter((l) => l.amountDescription === "Previous Reserve Amount Balance");
  const closing = reserves.filter((l) => l.amountDescription === "Current Reserve Amount");
  return [...opening, ...events.flatMap((e) => e.lines), ...closing];
}

/** The group's balance: its total once closed, the running sum while open. */
export function groupBalance(core: SimCore, group: SimEventGroup): Money {
  return group.total ?? sumLines(settlementLinesOf(core, group), group.currency);
}

/** Closes a group: freezes its lines and total, opens the next one, and publishes the settlement. */
export function closeGroup(core: SimCore, group: SimEventGroup, at = core.clock.now()): SimReport {
  if (group.processingStatus === "Closed") throw new Error(`Event group ${group.groupId} is already closed`);
  // Closing early (a test asking for it) ends the period now; the next period starts here.
  const end = Math.min(group.end, at);
  group.end = end;
  const lines = settlementLinesOf(core, group, end - 1);
  // The current reserve is part of every settlement, even one closed early.
  if (!lines.some((l) => l.amountDescription === "Current Reserve Amount")) {
    const reserve = group.accountLines.find((l) => l.amountDescription === "Current Reserve Amount");
    if (reserve) lines.push({ ...reserve, postedDate: new Date(end - 1000) });
  }
  group.lines = lines;
  group.total = sumLines(lines, group.currency);
  group.processingStatus = "Closed";
  group.closedAt = at;
  group.fundTransferDate = end + 2 * 86_400_000;
  openGroup(core, group.sellerId, group.marketplaceId, group.index + 1, end, group.currentReserve);
  return publishGroupSettlement(core, group, at);
}

/** The settlement flat file (V2) of a closed group. */
export function settlementText(group: SimEventGroup): string {
  if (!group.lines || !group.total) throw new Error(`Event group ${group.groupId} is still open`);
  const m = marketplace(group.marketplaceId);
  return [
    ...writeSettlement(
      {
        settlementId: group.settlementId,
        startDate: new Date(group.start),
        endDate: new Date(group.end),
        depositDate: new Date(group.end + 2 * 86_400_000),
        totalAmount: group.total,
        currency: group.currency,
      },
      group.lines,
      { format: m.format },
    ),
  ].join("");
}

/** Adds a DONE settlement report for a closed group. */
export function publishGroupSettlement(core: SimCore, group: SimEventGroup, at: number): SimReport {
  const text = settlementText(group);
  return addSettlementReport(core, {
    sellerId: group.sellerId,
    marketplaceId: group.marketplaceId,
    settlementId: group.settlementId,
    start: group.start,
    end: group.end,
    at,
    text,
  });
}

/**
 * Adds a DONE settlement report holding `text`, or `bytes` served exactly as given (`compressed`
 * announces them as GZIP).
 */
export function addSettlementReport(
  core: SimCore,
  o: {
    sellerId: string;
    marketplaceId: string;
    settlementId: string;
    start: number;
    end: number;
    at: number;
    gzip?: boolean;
  } & ({ text: string } | { bytes: Uint8Array; compressed: boolean }),
): SimReport {
  const region = marketplace(o.marketplaceId).region;
  const reportId = core.rng.digits(11);
  const report: SimReport = {
    reportId,
    sellerId: o.sellerId,
    region,
    reportType: SETTLEMENT_REPORT_TYPE,
    marketplaceIds: [o.marketplaceId],
    createdTime: o.at,
    dataStartTime: o.start,
    dataEndTime: o.end,
    processingStatus: "DONE",
    processingStartTime: o.at,
    processingEndTime: o.at,
    reportDocumentId: undefined,
    settlementId: o.settlementId,
  };
  if ("bytes" in o) {
    report.reportDocumentId = storeDocumentBytes(core, {
      sellerId: o.sellerId,
      region,
      kind: "report",
      body: o.bytes,
      contentType: "text/plain",
      compressed: o.compressed,
    }).documentId;
  } else {
    const content = { text: o.text, contentType: "text/plain; charset=UTF-8", gzip: o.gzip ?? false };
    report.reportDocumentId = storeDoc(core, o.sellerId, region, content);
  }
  core.reports.set(reportId, report);
  return report;
}

function storeDoc(
  core: SimCore,
  sellerId: string,
  region: SimReport["region"],
  content: { text: string; contentType: string; gzip: boolean },
): string {
  return storeDocument(core, { sellerId, region, kind: "report", content }).documentId;
}

/**
 * Advances every chain to `now`: opens groups up to the current period and closes (and publishes)
 * each group whose period ended at least `settlementDelayMs` ago.
 */
export function runSettlementSchedule(core: SimCore, now: number): void {
  const heads = new Map<string, SimEventGroup>();
  for (const g of core.groups) {
    const key = `${g.sellerId}|${g.marketplaceId}`;
    const head = heads.get(key);
    if (!head || g.index > head.index) heads.set(key, g);
  }
  for (let head of heads.values()) {
    while (head.processingStatus === "Open" && head.end + core.timings.settlementDelayMs <= now) {
      closeGroup(core, head, head.end + core.timings.settlementDelayMs);
      const next = core.groups[core.groups.length - 1];
      if (!next || next === head) break;
      head = next;
    }
  }
}

/**
 * Reads the summary fields of a settlement flat file (V1 or V2) by header name: enough to list it as
 * a report. The file itself is served byte for byte.
 */
export function readSettlementSummary(text: string): {
  settlementId: string;
  start: string;
  end: string;
  currency: string;
} {
  const [header = "", summary = ""] = text.split(/\r?\n/, 2);
  const names = header.split("\t").map((h) => h.trim());
  const cells = summary.split("\t");
  const get = (name: string) => cells[names.indexOf(name)]?.trim() ?? "";
  const settlementId = get("settlement-id");
  if (!/^\d{1,20}$/.test(settlementId)) {
    throw new Error("Not a settlement flat file: row 2 has no numeric settlement-id");
  }
  return {
    settlementId,
    start: get("settlement-start-date"),
    end: get("settlement-end-date"),
    currency: get("currency"),
  };
}
