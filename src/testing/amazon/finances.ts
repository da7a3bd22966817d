/**
 * Finances API v0 (listFinancialEventGroups, listFinancialEventsByGroupId,
 * listFinancialEventsByOrderId, listFinancialEvents) and Finances 2024-06-19 (listTransactions).
 *
 * Every event is rendered from the same settlement lines the group's settlement report holds, so
 * Σ events + reserve lines = the group's OriginalTotal = the report's total-amount.
 */
import type { components as F2024 } from "../../../generated/amazon/finances_2024-06-19.js";
import type { components as V0 } from "../../../generated/amazon/financesV0.js";
import { Money } from "../../core/money.js";
import type { SimSettlementLine } from "../data/amazon-data.js";
import { marketplace } from "../data/marketplaces.js";
import {
  type CallContext,
  invalidInput,
  iso,
  type OperationHandler,
  ok,
  page,
  parseInstant,
  resumePage,
  type SimCore,
  type SimEventGroup,
  type SimResult,
  v0Currency,
} from "./core.js";
import { groupBalance, groupEvents, type SimFinancialEvent } from "./settlements.js";

type Currency = V0["schemas"]["Currency"];
const TWO_MINUTES = 120_000;

function groupsInRegion(core: SimCore, ctx: CallContext): SimEventGroup[] {
  return core.groups
    .filter((g) => g.sellerId === ctx.seller.sellerId && marketplace(g.marketplaceId).region === ctx.region)
    .sort((a, b) => a.start - b.start || a.marketplaceId.localeCompare(b.marketplaceId));
}

function renderGroup(core: SimCore, g: SimEventGroup): V0["schemas"]["FinancialEventGroup"] {
  const closed = g.processingStatus === "Closed";
  const total = groupBalance(core, g);
  return {
    FinancialEventGroupId: g.groupId,
    ProcessingStatus: g.processingStatus,
    ...(closed ? { FundTransferStatus: total.isPositive() ? "Succeeded" : "Unknown" } : {}),
    OriginalTotal: v0Currency(total),
    ConvertedTotal: v0Currency(total),
    ...(closed && g.fundTransferDate !== undefined ? { FundTransferDate: iso(g.fundTransferDate) } : {}),
    ...(closed ? { TraceId: g.traceId } : {}),
    AccountTail: g.accountTail,
    BeginningBalance: v0Currency(g.previousReserve),
    FinancialEventGroupStart: iso(g.start),
    ...(closed ? { FinancialEventGroupEnd: iso(g.end) } : {}),
  };
}

const CHARGE_TYPES: Record<string, string> = {
  Principal: "Principal",
  Tax: "Tax",
  Shipping: "ShippingCharge",
  ShippingTax: "ShippingTax",
};

function cur(m: Money): Currency {
  return v0Currency(m);
}

/** One ShipmentItem from the lines of one order item. */
function shipmentItem(lines: readonly SimSettlementLine[], refund: boolean): V0["schemas"]["ShipmentItem"] {
  const first = lines[0];
  const charges: V0["schemas"]["ChargeComponent"][] = [];
  const fees: V0["schemas"]["FeeComponent"][] = [];
  const promotions: V0["schemas"]["Promotion"][] = [];
  const withheld: V0["schemas"]["ChargeComponent"][] = [];
  for (const l of lines) {
    if (l.amountType === "ItemPrice") {
      charges.push({
        ChargeType: CHARGE_TYPES[l.amountDescription] ?? l.amountDescription,
        ChargeAmount: cur(l.amount),
      });
    } else if (l.amountType === "ItemFees")
      fees.push({ FeeType: l.amountDescription, FeeAmount: cur(l.amount) });
    else if (l.amountType === "Promotion") {
      promotions.push({
        PromotionType: l.amountDescription,
        ...(l.promotionId ? { PromotionId: l.promotionId } : {}),
        PromotionAmount: cur(l.amount),
      });
    } else if (l.amountType === "ItemWithheldTax")
      withheld.push({ ChargeType: l.amountDescription, ChargeAmount: cur(l.amount) });
  }
  return {
    ...(first?.sku ? { SellerSKU: first.sku } : {}),
    ...(first?.orderItemCode ? { OrderItemId: first.orderItemCode } : {}),
    ...(refund && first?.adjustmentId ? { OrderAdjustmentItemId: first.adjustmentId } : {}),
    ...(first?.quantityPurchased !== undefined ? { QuantityShipped: first.quantityPurchased } : {}),
    ...(refund
      ? { ItemChargeAdjustmentList: charges, ItemFeeAdjustmentList: fees }
      : { ItemChargeList: charges, ItemFeeList: fees }),
    ...(withheld.length
      ? { ItemTaxWithheldList: [{ TaxCollectionModel: "MarketplaceFacilitator", TaxesWithheld: withheld }] }
      : {}),
    ...(promotions.length
      ? refund
        ? { PromotionAdjustmentList: promotions }
        : { PromotionList: promotions }
      : {}),
  };
}

function byItem(lines: readonly SimSettlementLine[]): SimSettlementLine[][] {
  const groups = new Map<string, SimSettlementLine[]>();
  for (const l of lines) {
    const key = l.orderItemCode ?? "";
    const list = groups.get(key) ?? [];
    list.push(l);
    groups.set(key, list);
  }
  return [...groups.values()];
}

/** Renders events into Amazon's FinancialEvents lists. */
export function renderEvents(events: readonly SimFinancialEvent[]): V0["schemas"]["FinancialEvents"] {
  const out: Required<
    Pick<
      V0["schemas"]["FinancialEvents"],
      | "ShipmentEventList"
      | "RefundEventList"
      | "ServiceFeeEventList"
      | "AdjustmentEventList"
      | "ProductAdsPaymentEventList"
    >
  > = {
    ShipmentEventList: [],
    RefundEventList: [],
    ServiceFeeEventList: [],
    AdjustmentEventList: [],
    ProductAdsPaymentEventList: [],
  };
  for (const e of events) {
    const m = marketplace(e.marketplaceId);
    const line = e.lines[0];
    if (!line) continue;
    switch (e.kind) {
      case "shipment":
      case "refund": {
        const refund = e.kind === "refund";
        const event: V0["schemas"]["ShipmentEvent"] = {
          ...((e.order?.orderId ?? e.orderId)
            ? { AmazonOrderId: e.order?.orderId ?? e.orderId, SellerOrderId: e.order?.orderId ?? e.orderId }
            : {}),
          MarketplaceName: m.name,
          PostedDate: iso(e.postedAt),
          ...(refund
            ? { ShipmentItemAdjustmentList: byItem(e.lines).map((l) => shipmentItem(l, true)) }
            : { ShipmentItemList: byItem(e.lines).map((l) => shipmentItem(l, false)) }),
        };
        (refund ? out.RefundEventList : out.ShipmentEventList).push(event);
        break;
      }
      case "serviceFee":
        out.ServiceFeeEventList.push({
          FeeReason: line.amountDescription,
          FeeList: [
            {
              FeeType: line.amountDescription === "Storage Fee" ? "FBAStorageFee" : "Subscription",
              FeeAmount: cur(line.amount),
            },
          ],
          FeeDescription: line.amountDescription,
        });
        break;
      case "adjustment":
        out.AdjustmentEventList.push({
          AdjustmentType: line.amountDescription,
          PostedDate: iso(e.postedAt),
          AdjustmentAmount: cur(line.amount),
        });
        break;
      case "productAds":
        out.ProductAdsPaymentEventList.push({
          postedDate: iso(e.postedAt),
          transactionType: "Charge",
          invoiceId: `TR${e.id.slice(-8).replace(/[^0-9A-Za-z]/g, "0")}`,
          baseValue: cur(line.amount),
          taxValue: cur(Money.zero(line.amount.currency)),
          transactionValue: cur(line.amount),
        });
        break;
    }
  }
  return out;
}

function pageSize(ctx: CallContext, name: string, fallback: number): number | SimResult {
  const size = Number(ctx.query(name) ?? fallback);
  if (!Number.isInteger(size) || size < 1 || size > 100)
    return invalidInput(`${name} must be an integer between 1 and 100`);
  return size;
}

function instant(ctx: CallContext, name: string): number | undefined | SimResult {
  const v = parseInstant(ctx.query(name));
  if (v !== undefined && Number.isNaN(v))
    return invalidInput(`Invalid ${name}: ${ctx.query(name)} is not an ISO 8601 date`);
  return v;
}

interface EventFilter {
  groupId?: string;
  orderId?: string;
  after?: number;
  before?: number;
  size: number;
}

/** Events of the seller on this endpoint that pass `f`. */
function selectEvents(core: SimCore, ctx: CallContext, f: EventFilter): SimFinancialEvent[] {
  const now = core.clock.now();
  return groupsInRegion(core, ctx)
    .filter((g) => f.groupId === undefined || g.groupId === f.groupId)
    .flatMap((g) => groupEvents(core, g, now, f.orderId))
    .filter(
      (e) =>
        (f.orderId === undefined || (e.order?.orderId ?? e.orderId) === f.orderId) &&
        (f.after === undefined || e.postedAt >= f.after) &&
        (f.before === undefined || e.postedAt < f.before),
    )
    .sort((a, b) => a.postedAt - b.postedAt || a.id.localeCompare(b.id));
}

/** The Finances handlers. */
export function financeHandlers(core: SimCore): Record<string, OperationHandler> {
  const eventsPage = (
    ctx: CallContext,
    base: Omit<EventFilter, "size" | "after" | "before">,
    requireAfter: boolean,
  ) => {
    const next = ctx.query("NextToken");
    let filter: EventFilter;
    let offset = 0;
    if (next !== undefined) {
      const cursor = resumePage(core, ctx, next);
      if (!cursor) return invalidInput("Invalid NextToken");
      filter = JSON.parse(cursor.key) as EventFilter;
      offset = cursor.offset;
    } else {
      const size = pageSize(ctx, "MaxResultsPerPage", 100);
      if (typeof size === "object") return size;
      const after = instant(ctx, "PostedAfter");
      if (typeof after === "object") return after;
      const before = instant(ctx, "PostedBefore");
      if (typeof before === "object") return before;
      if (requireAfter && after === undefined && base.orderId === undefined) {
        return invalidInput("PostedAfter is required");
      }
      if (before !== undefined && before > ctx.now - TWO_MINUTES) {
        return invalidInput("PostedBefore must be at least two minutes before the time of the request");
      }
      filter = {
        ...base,
        size,
        ...(after !== undefined ? { after } : {}),
        ...(before !== undefined ? { before } : {}),
      };
    }
    const p = page(core, selectEvents(core, ctx, filter), filter.size, {
      operationId: ctx.operation.operationId,
      sellerId: ctx.seller.sellerId,
      key: JSON.stringify(filter),
      offset,
    });
    const payload: V0["schemas"]["ListFinancialEventsPayload"] = {
      FinancialEvents: renderEvents(p.items),
      ...(p.nextToken ? { NextToken: p.nextToken } : {}),
    };
    return ok({ payload });
  };

  return {
    "financesV0.listFinancialEventGroups"(ctx) {
      const next = ctx.query("NextToken");
      let filter: { after?: number; before?: number; size: number };
      let offset = 0;
      if (next !== undefined) {
        const cursor = resumePage(core, ctx, next);
        if (!cursor) return invalidInput("Invalid NextToken");
        filter = JSON.parse(cursor.key) as typeof filter;
        offset = cursor.offset;
      } else {
        const size = pageSize(ctx, "MaxResultsPerPage", 10);
        if (typeof size === "object") return size;
        const after = instant(ctx, "FinancialEventGroupStartedAfter");
        if (typeof after === "object") return after;
        const before = instant(ctx, "FinancialEventGroupStartedBefore");
        if (typeof before === "object") return before;
        if (after !== undefined && before !== undefined && before < after) {
          return invalidInput(
            "FinancialEventGroupStartedBefore must be after FinancialEventGroupStartedAfter",
          );
        }
        filter = {
          size,
          after: after ?? ctx.now - 180 * 86_400_000,
          ...(before !== undefined ? { before } : {}),
        };
      }
      const groups = groupsInRegion(core, ctx).filter(
        (g) =>
          (filter.after === undefined || g.start >= filter.after) &&
          (filter.before === undefined || g.start < filter.before),
      );
      const p = page(core, groups, filter.size, {
        operationId: "listFinancialEventGroups",
        sellerId: ctx.seller.sellerId,
        key: JSON.stringify(filter),
        offset,
      });
      const payload: V0["schemas"]["ListFinancialEventGroupsPayload"] = {
        FinancialEventGroupList: p.items.map((g) => renderGroup(core, g)),
        ...(p.nextToken ? { NextToken: p.nextToken } : {}),
      };
      return ok({ payload });
    },
    "financesV0.listFinancialEventsByGroupId"(ctx) {
      const groupId = ctx.pathParams.eventGroupId ?? "";
      if (!groupsInRegion(core, ctx).some((g) => g.groupId === groupId)) {
        return invalidInput(`Invalid eventGroupId: ${groupId}`);
      }
      return eventsPage(ctx, { groupId }, false);
    },
    "financesV0.listFinancialEventsByOrderId"(ctx) {
      return eventsPage(ctx, { orderId: ctx.pathParams.orderId ?? "" }, false);
    },
    "financesV0.listFinancialEvents"(ctx) {
      return eventsPage(ctx, {}, true);
    },
    "finances_2024-06-19.listTransactions"(ctx) {
      const next = ctx.query("nextToken");
      type Filter = {
        after?: number;
        before?: number;
        marketplaceId?: string;
        status?: string;
        relatedName?: string;
        relatedValue?: string;
      };
      let filter: Filter;
      let offset = 0;
      if (next !== undefined) {
        const cursor = resumePage(core, ctx, next);
        if (!cursor) return invalidInput("Invalid nextToken");
        filter = JSON.parse(cursor.key) as Filter;
        offset = cursor.offset;
      } else {
        const after = parseInstant(ctx.query("postedAfter"));
        const before = parseInstant(ctx.query("postedBefore"));
        const name = ctx.query("relatedIdentifierName");
        const value = ctx.query("relatedIdentifierValue");
        if (name !== undefined && name !== "FINANCIAL_EVENT_GROUP_ID" && name !== "ORDER_ID") {
          return invalidInput(`Invalid relatedIdentifierName: ${name}`);
        }
        if ((name === undefined) !== (value === undefined)) {
          return invalidInput("relatedIdentifierName and relatedIdentifierValue go together");
        }
        if (after === undefined && name === undefined) return invalidInput("postedAfter is required");
        if ((after !== undefined && Number.isNaN(after)) || (before !== undefined && Number.isNaN(before))) {
          return invalidInput("postedAfter and postedBefore must be ISO 8601 dates");
        }
        if (before !== undefined && before > ctx.now - TWO_MINUTES) {
          return invalidInput("postedBefore must be at least two minutes before the time of the request");
        }
        const marketplaceId = ctx.query("marketplaceId");
        const status = ctx.query("transactionStatus");
        filter = {
          ...(after !== undefined ? { after } : {}),
          ...(before !== undefined ? { before } : {}),
          ...(marketplaceId !== undefined ? { marketplaceId } : {}),
          ...(status !== undefined ? { status } : {}),
          ...(name !== undefined && value !== undefined ? { relatedName: name, relatedValue: value } : {}),
        };
      }
      const all = selectEvents(core, ctx, {
        ...(filter.relatedName === "FINANCIAL_EVENT_GROUP_ID" ? { groupId: filter.relatedValue } : {}),
        ...(filter.relatedName === "ORDER_ID" ? { orderId: filter.relatedValue } : {}),
        ...(filter.after !== undefined ? { after: filter.after } : {}),
        ...(filter.before !== undefined ? { before: filter.before } : {}),
        size: 1,
      })
        .filter((e) => filter.marketplaceId === undefined || e.marketplaceId === filter.marketplaceId)
        .map(renderTransaction)
        .filter((t) => filter.status === undefined || t.transactionStatus === filter.status);
      const p = page(core, all, TRANSACTIONS_PER_PAGE, {
        operationId: "listTransactions",
        sellerId: ctx.seller.sellerId,
        key: JSON.stringify(filter),
        offset,
      });
      return ok({ payload: { transactions: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) } });
    },
  };
}

/** listTransactions has no page-size parameter; the simulator pages by this many. */
export const TRANSACTIONS_PER_PAGE = 50;

const TRANSACTION_TYPES: Record<SimFinancialEvent["kind"], string> = {
  shipment: "Shipment",
  refund: "Refund",
  serviceFee: "ServiceFee",
  adjustment: "Adjustment",
  productAds: "ProductAdsPayment",
};

function amount(m: Money): F2024["schemas"]["Currency"] {
  return { currencyCode: m.currency, currencyAmount: Number(m.toString()) };
}

function renderTransaction(e: SimFinancialEvent): F2024["schemas"]["Transaction"] {
  const m = marketplace(e.marketplaceId);
  let total = Money.zero(m.currency);
  const byType = new Map<string, Map<string, Money>>();
  for (const l of e.lines) {
    total = total.plus(l.amount);
    const inner = byType.get(l.amountType) ?? new Map<string, Money>();
    inner.set(l.amountDescription, (inner.get(l.amountDescription) ?? Money.zero(m.currency)).plus(l.amount));
    byType.set(l.amountType, inner);
  }
  const closed = e.group.processingStatus === "Closed";
  const orderId = e.order?.orderId ?? e.orderId;
  return {
    sellingPartnerMetadata: {
      sellingPartnerId: e.sellerId,
      accountType: "Standard Orders",
      marketplaceId: m.id,
    },
    relatedIdentifiers: [
      ...(orderId ? [{ relatedIdentifierName: "ORDER_ID" as const, relatedIdentifierValue: orderId }] : []),
      { relatedIdentifierName: "FINANCIAL_EVENT_GROUP_ID", relatedIdentifierValue: e.group.groupId },
      ...(closed
        ? [{ relatedIdentifierName: "SETTLEMENT_ID" as const, relatedIdentifierValue: e.group.settlementId }]
        : []),
    ],
    transactionType: TRANSACTION_TYPES[e.kind],
    transactionId: e.id,
    transactionStatus: closed ? "RELEASED" : "DEFERRED",
    description: e.lines[0]?.amountDescription ?? e.kind,
    postedDate: iso(e.postedAt),
    totalAmount: amount(total),
    marketplaceDetails: { marketplaceId: m.id, marketplaceName: m.name },
    ...(e.order
      ? {
          items: byItem(e.lines).map((lines) => {
            const first = lines[0];
            return {
              description: e.order?.items.find((i) => i.orderItemId === first?.orderItemCode)?.title ?? "",
              totalAmount: amount(lines.reduce((s, l) => s.plus(l.amount), Money.zero(m.currency))),
              contexts: [
                {
                  contextType: "ProductContext",
                  ...(first?.sku ? { sku: first.sku } : {}),
                  ...(first?.quantityPurchased !== undefined
                    ? { quantityShipped: first.quantityPurchased }
                    : {}),
                  fulfillmentNetwork: first?.fulfillmentId === "AFN" ? "AFN" : "MFN",
                },
              ] as F2024["schemas"]["Context"][],
            };
          }),
        }
      : {}),
    breakdowns: [...byType].map(([type, inner]) => ({
      breakdownType: type,
      breakdownAmount: amount([...inner.values()].reduce((s, v) => s.plus(v), Money.zero(m.currency))),
      breakdowns: [...inner].map(([desc, v]) => ({ breakdownType: desc, breakdownAmount: amount(v) })),
    })),
  };
}
