/**
 * Orders API v0 (getOrders, getOrder, getOrderItems, getOrderAddress, getOrderBuyerInfo,
 * getOrderItemsBuyerInfo, confirmShipment) and Orders API 2026-01-01 (searchOrders, getOrder).
 *
 * v0 hides buyer PII unless the call carries a Restricted Data Token covering the path and data
 * element; 2026-01-01 returns it through `includedData` without an RDT, as Amazon documents.
 */
import type { components as V2026 } from "../../../generated/amazon/orders_2026-01-01.js";
import type { components as V0 } from "../../../generated/amazon/ordersV0.js";
import { Money } from "../../core/money.js";
import type { SimOrder } from "../data/amazon-data.js";
import { marketplace } from "../data/marketplaces.js";
import {
  type CallContext,
  checkMarketplaces,
  fail,
  invalidInput,
  iso,
  type OperationHandler,
  ok,
  page,
  parseInstant,
  rdtCovers,
  resumePage,
  type SimCore,
  type SimResult,
  v0Money,
} from "./core.js";

const TWO_MINUTES = 120_000;

/** Grand total of an order (price + tax + shipping − promotions). */
export function orderTotal(order: SimOrder): Money {
  let total = Money.zero(order.currency);
  for (const i of order.items) {
    total = total
      .plus(i.itemPrice)
      .plus(i.itemTax)
      .plus(i.shippingPrice)
      .plus(i.shippingTax)
      .minus(i.promotionDiscount);
  }
  return total;
}

function visible(ctx: CallContext, order: SimOrder | undefined): order is SimOrder {
  return (
    order !== undefined &&
    order.sellerId === ctx.seller.sellerId &&
    marketplace(order.marketplaceId).region === ctx.region
  );
}

function v0Address(order: SimOrder, full: boolean): V0["schemas"]["Address"] {
  const a = order.shippingAddress;
  const base = {
    City: a.city,
    StateOrRegion: a.stateOrRegion,
    PostalCode: a.postalCode,
    CountryCode: a.countryCode,
  };
  return full
    ? { Name: a.name, AddressLine1: a.addressLine1, ...base, Phone: a.phone, AddressType: "Residential" }
    : base;
}

function v0Order(order: SimOrder, pii: { address: boolean; buyer: boolean }): V0["schemas"]["Order"] {
  const m = marketplace(order.marketplaceId);
  const units = order.items.reduce((n, i) => n + i.quantity, 0);
  const shipped = order.status === "Shipped";
  return {
    AmazonOrderId: order.orderId,
    SellerOrderId: order.orderId,
    PurchaseDate: iso(order.purchaseDate),
    LastUpdateDate: iso(order.lastUpdateDate),
    OrderStatus: order.status,
    FulfillmentChannel: order.fulfillmentChannel,
    SalesChannel: m.name,
    ShipServiceLevel: "Std Dom",
    ...(order.status !== "Canceled" ? { OrderTotal: v0Money(orderTotal(order)) } : {}),
    NumberOfItemsShipped: shipped ? units : 0,
    NumberOfItemsUnshipped: shipped || order.status === "Canceled" ? 0 : units,
    PaymentMethod: "Other",
    PaymentMethodDetails: ["Standard"],
    MarketplaceId: order.marketplaceId,
    ShipmentServiceLevelCategory: "Standard",
    OrderType: "StandardOrder",
    EarliestShipDate: iso(order.purchaseDate + 86_400_000),
    LatestShipDate: iso(order.purchaseDate + 3 * 86_400_000),
    IsBusinessOrder: false,
    IsPrime: order.fulfillmentChannel === "AFN",
    IsPremiumOrder: false,
    IsGlobalExpressEnabled: false,
    IsReplacementOrder: false,
    IsSoldByAB: false,
    IsISPU: false,
    IsAccessPointOrder: false,
    ...(order.status !== "Pending" ? { ShippingAddress: v0Address(order, pii.address) } : {}),
    ...(pii.buyer ? { BuyerInfo: { BuyerEmail: order.buyer.email, BuyerName: order.buyer.name } } : {}),
  };
}

function v0Items(order: SimOrder): V0["schemas"]["OrderItem"][] {
  return order.items.map((i) => ({
    ASIN: i.asin,
    SellerSKU: i.sku,
    OrderItemId: i.orderItemId,
    Title: i.title,
    QuantityOrdered: i.quantity,
    QuantityShipped: order.status === "Shipped" ? i.quantity : 0,
    ItemPrice: v0Money(i.itemPrice),
    ItemTax: v0Money(i.itemTax),
    ShippingPrice: v0Money(i.shippingPrice),
    ShippingTax: v0Money(i.shippingTax),
    PromotionDiscount: v0Money(i.promotionDiscount),
    PromotionDiscountTax: v0Money(Money.zero(order.currency)),
    ...(i.promotionId ? { PromotionIds: [i.promotionId] } : {}),
    IsGift: "false",
    ConditionId: "New",
    ConditionSubtypeId: "New",
  }));
}

function orderNotFound(orderId: string): SimResult {
  return fail(
    404,
    "NotFound",
    `Order ${orderId} was not found`,
    "Check the order id and the regional endpoint.",
  );
}

const byId = (a: SimOrder, b: SimOrder) => (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0);

/** Orders the seller sees on this endpoint, filtered and sorted like getOrders / searchOrders. */
function selectOrders(
  core: SimCore,
  ctx: CallContext,
  f: {
    marketplaceIds: readonly string[];
    createdAfter?: number;
    createdBefore?: number;
    lastUpdatedAfter?: number;
    lastUpdatedBefore?: number;
    statuses?: readonly string[];
    channels?: readonly string[];
    orderIds?: readonly string[];
  },
): SimOrder[] {
  const byUpdate = f.lastUpdatedAfter !== undefined;
  return (
    [...core.orders.values()]
      .filter(
        (o) =>
          o.sellerId === ctx.seller.sellerId &&
          f.marketplaceIds.includes(o.marketplaceId) &&
          (f.createdAfter === undefined || o.purchaseDate >= f.createdAfter) &&
          (f.createdBefore === undefined || o.purchaseDate <= f.createdBefore) &&
          (f.lastUpdatedAfter === undefined || o.lastUpdateDate >= f.lastUpdatedAfter) &&
          (f.lastUpdatedBefore === undefined || o.lastUpdateDate <= f.lastUpdatedBefore) &&
          (!f.statuses || f.statuses.includes(o.status)) &&
          (!f.channels || f.channels.includes(o.fulfillmentChannel)) &&
          (!f.orderIds || f.orderIds.includes(o.orderId)),
      )
      // Order ids are ASCII: a code-unit comparison sorts them as localeCompare would, without ICU's
      // cost (every page re-sorts the whole selection; at 50,000 orders localeCompare took seconds).
      .sort((a, b) =>
        byUpdate
          ? a.lastUpdateDate - b.lastUpdateDate || byId(a, b)
          : a.purchaseDate - b.purchaseDate || byId(a, b),
      )
  );
}

interface OrderFilter {
  marketplaceIds: string[];
  createdAfter?: number;
  createdBefore?: number;
  lastUpdatedAfter?: number;
  lastUpdatedBefore?: number;
  statuses?: string[];
  channels?: string[];
  orderIds?: string[];
  pageSize: number;
}

function readInstant(ctx: CallContext, name: string): number | undefined | SimResult {
  const value = ctx.query(name);
  const ms = parseInstant(value);
  if (ms !== undefined && Number.isNaN(ms))
    return invalidInput(`Invalid ${name}: ${value} is not an ISO 8601 date`);
  if (ms !== undefined && ms > ctx.now - TWO_MINUTES && /Before$/.test(name)) {
    return invalidInput(`${name} must be at least two minutes before the time of the request`);
  }
  return ms;
}

/** Validates the date window of getOrders (v0 names) or searchOrders (2026 names). */
function readWindow(
  ctx: CallContext,
  names: { ca: string; cb: string; la: string; lb: string },
):
  | { createdAfter?: number; createdBefore?: number; lastUpdatedAfter?: number; lastUpdatedBefore?: number }
  | SimResult {
  const out: Record<string, number> = {};
  for (const [key, name] of [
    ["createdAfter", names.ca],
    ["createdBefore", names.cb],
    ["lastUpdatedAfter", names.la],
    ["lastUpdatedBefore", names.lb],
  ] as const) {
    const v = readInstant(ctx, name);
    if (typeof v === "object") return v;
    if (v !== undefined) out[key] = v;
  }
  const created = out.createdAfter !== undefined || out.createdBefore !== undefined;
  const updated = out.lastUpdatedAfter !== undefined || out.lastUpdatedBefore !== undefined;
  if (out.createdAfter === undefined && out.lastUpdatedAfter === undefined) {
    return invalidInput(`Exactly one of ${names.ca} and ${names.la} is required`);
  }
  if (created && updated)
    return invalidInput(`${names.ca}/${names.cb} cannot be combined with ${names.la}/${names.lb}`);
  return out;
}

/** The Orders v0 and 2026-01-01 handlers. */
export function orderHandlers(core: SimCore): Record<string, OperationHandler> {
  const v0: Record<string, OperationHandler> = {
    getOrders(ctx) {
      const marketplaceIds = ctx.list("MarketplaceIds");
      const bad = checkMarketplaces(ctx, marketplaceIds, "MarketplaceIds");
      if (bad) return bad;
      const next = ctx.query("NextToken");
      let filter: OrderFilter;
      let offset = 0;
      if (next !== undefined) {
        const cursor = resumePage(core, ctx, next);
        if (!cursor) return invalidInput("Invalid NextToken");
        filter = JSON.parse(cursor.key) as OrderFilter;
        offset = cursor.offset;
      } else {
        const window = readWindow(ctx, {
          ca: "CreatedAfter",
          cb: "CreatedBefore",
          la: "LastUpdatedAfter",
          lb: "LastUpdatedBefore",
        });
        if ("status" in window) return window;
        const size = Number(ctx.query("MaxResultsPerPage") ?? 100);
        if (!Number.isInteger(size) || size < 1 || size > 100) {
          return invalidInput("MaxResultsPerPage must be an integer between 1 and 100");
        }
        filter = {
          marketplaceIds: marketplaceIds ?? [],
          ...window,
          ...(window.createdAfter !== undefined && window.createdBefore === undefined
            ? { createdBefore: ctx.now - TWO_MINUTES }
            : {}),
          ...(window.lastUpdatedAfter !== undefined && window.lastUpdatedBefore === undefined
            ? { lastUpdatedBefore: ctx.now - TWO_MINUTES }
            : {}),
          ...optional("statuses", ctx.list("OrderStatuses")),
          ...optional("channels", ctx.list("FulfillmentChannels")),
          ...optional("orderIds", ctx.list("AmazonOrderIds")),
          pageSize: size,
        };
      }
      const all = selectOrders(core, ctx, filter);
      const p = page(core, all, filter.pageSize, {
        operationId: "getOrders",
        sellerId: ctx.seller.sellerId,
        key: JSON.stringify(filter),
        offset,
      });
      const pii = { address: rdtCovers(ctx, "shippingAddress"), buyer: rdtCovers(ctx, "buyerInfo") };
      const payload: V0["schemas"]["OrdersList"] = {
        Orders: p.items.map((o) => v0Order(o, pii)),
        ...(p.nextToken ? { NextToken: p.nextToken } : {}),
        ...(filter.lastUpdatedBefore !== undefined
          ? { LastUpdatedBefore: iso(filter.lastUpdatedBefore) }
          : filter.createdBefore !== undefined
            ? { CreatedBefore: iso(filter.createdBefore) }
            : {}),
      };
      return ok({ payload });
    },
    getOrder(ctx) {
      const order = core.orders.get(ctx.pathParams.orderId ?? "");
      if (!visible(ctx, order)) return orderNotFound(ctx.pathParams.orderId ?? "");
      return ok({
        payload: v0Order(order, {
          address: rdtCovers(ctx, "shippingAddress"),
          buyer: rdtCovers(ctx, "buyerInfo"),
        }),
      });
    },
    getOrderItems(ctx) {
      const order = core.orders.get(ctx.pathParams.orderId ?? "");
      if (!visible(ctx, order)) return orderNotFound(ctx.pathParams.orderId ?? "");
      const payload: V0["schemas"]["OrderItemsList"] = {
        AmazonOrderId: order.orderId,
        OrderItems: v0Items(order),
      };
      return ok({ payload });
    },
    getOrderAddress(ctx) {
      const order = core.orders.get(ctx.pathParams.orderId ?? "");
      if (!visible(ctx, order)) return orderNotFound(ctx.pathParams.orderId ?? "");
      const payload: V0["schemas"]["OrderAddress"] = {
        AmazonOrderId: order.orderId,
        ShippingAddress: v0Address(order, rdtCovers(ctx)),
      };
      return ok({ payload });
    },
    getOrderBuyerInfo(ctx) {
      const order = core.orders.get(ctx.pathParams.orderId ?? "");
      if (!visible(ctx, order)) return orderNotFound(ctx.pathParams.orderId ?? "");
      const payload: V0["schemas"]["OrderBuyerInfo"] = rdtCovers(ctx)
        ? { AmazonOrderId: order.orderId, BuyerEmail: order.buyer.email, BuyerName: order.buyer.name }
        : { AmazonOrderId: order.orderId };
      return ok({ payload });
    },
    confirmShipment(ctx) {
      const order = core.orders.get(ctx.pathParams.orderId ?? "");
      if (!visible(ctx, order)) return orderNotFound(ctx.pathParams.orderId ?? "");
      const body = (ctx.body ?? {}) as {
        marketplaceId?: string;
        packageDetail?: { trackingNumber?: string };
      };
      if (body.marketplaceId !== order.marketplaceId) {
        return invalidInput(`marketplaceId ${String(body.marketplaceId)} is not the order's marketplace`);
      }
      if (!body.packageDetail) return invalidInput("packageDetail is required");
      if (order.status !== "Unshipped") {
        return invalidInput(
          `Order ${order.orderId} is ${order.status}; only Unshipped orders can be confirmed`,
        );
      }
      order.status = "Shipped";
      order.shippedAt = ctx.now;
      order.lastUpdateDate = ctx.now;
      return { status: 204 };
    },
    getOrderItemsBuyerInfo(ctx) {
      const order = core.orders.get(ctx.pathParams.orderId ?? "");
      if (!visible(ctx, order)) return orderNotFound(ctx.pathParams.orderId ?? "");
      return ok({
        payload: {
          AmazonOrderId: order.orderId,
          OrderItems: order.items.map((i) => ({ OrderItemId: i.orderItemId })),
        },
      });
    },
  };

  const v2026: Record<string, OperationHandler> = {
    searchOrders(ctx) {
      const token = ctx.query("paginationToken");
      let filter: OrderFilter;
      let offset = 0;
      if (token !== undefined) {
        const cursor = resumePage(core, ctx, token);
        if (!cursor) return invalidInput("Invalid paginationToken");
        filter = JSON.parse(cursor.key) as OrderFilter;
        offset = cursor.offset;
      } else {
        const marketplaceIds =
          ctx.list("marketplaceIds") ?? ctx.seller.marketplaces.filter((id) => inRegion(ctx, id));
        const bad = checkMarketplaces(ctx, marketplaceIds, "marketplaceIds");
        if (bad) return bad;
        const window = readWindow(ctx, {
          ca: "createdAfter",
          cb: "createdBefore",
          la: "lastUpdatedAfter",
          lb: "lastUpdatedBefore",
        });
        if ("status" in window) return window;
        const size = Number(ctx.query("maxResultsPerPage") ?? 100);
        if (!Number.isInteger(size) || size < 1 || size > 100) {
          return invalidInput("maxResultsPerPage must be an integer between 1 and 100");
        }
        const statuses = ctx.list("fulfillmentStatuses")?.map(fromFulfillmentStatus);
        const by = ctx.list("fulfilledBy")?.map((v) => (v === "AMAZON" ? "AFN" : "MFN"));
        filter = {
          marketplaceIds,
          ...window,
          ...(window.createdAfter !== undefined && window.createdBefore === undefined
            ? { createdBefore: ctx.now - TWO_MINUTES }
            : {}),
          ...(window.lastUpdatedAfter !== undefined && window.lastUpdatedBefore === undefined
            ? { lastUpdatedBefore: ctx.now - TWO_MINUTES }
            : {}),
          ...optional("statuses", statuses),
          ...optional("channels", by),
          pageSize: size,
        };
      }
      const included = new Set(ctx.list("includedData") ?? []);
      const all = selectOrders(core, ctx, filter);
      const p = page(core, all, filter.pageSize, {
        operationId: "searchOrders",
        sellerId: ctx.seller.sellerId,
        key: JSON.stringify(filter),
        offset,
      });
      const body: V2026["schemas"]["SearchOrdersResponse"] = {
        orders: p.items.map((o) => v2026Order(o, included)),
        ...(p.nextToken ? { pagination: { nextToken: p.nextToken } } : {}),
        ...(filter.lastUpdatedBefore !== undefined
          ? { lastUpdatedBefore: iso(filter.lastUpdatedBefore) }
          : filter.createdBefore !== undefined
            ? { createdBefore: iso(filter.createdBefore) }
            : {}),
      };
      return ok(body);
    },
    getOrder(ctx) {
      const order = core.orders.get(ctx.pathParams.orderId ?? "");
      if (!visible(ctx, order)) return orderNotFound(ctx.pathParams.orderId ?? "");
      const body: V2026["schemas"]["GetOrderResponse"] = {
        order: v2026Order(order, new Set(ctx.list("includedData") ?? [])),
      };
      return ok(body);
    },
  };
  return { ...prefix("ordersV0", v0), ...prefix("orders_2026-01-01", v2026) };
}

function prefix(api: string, handlers: Record<string, OperationHandler>): Record<string, OperationHandler> {
  return Object.fromEntries(Object.entries(handlers).map(([k, v]) => [`${api}.${k}`, v]));
}

function inRegion(ctx: CallContext, id: string): boolean {
  return marketplace(id).region === ctx.region;
}

function optional<K extends string>(key: K, value: string[] | undefined): { [P in K]?: string[] } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string[] };
}

const STATUS_2026: Record<SimOrder["status"], V2026["schemas"]["FulfillmentStatus"]> = {
  Pending: "PENDING",
  Unshipped: "UNSHIPPED",
  Shipped: "SHIPPED",
  Canceled: "CANCELLED",
};

function fromFulfillmentStatus(s: string): string {
  const found = Object.entries(STATUS_2026).find(([, v]) => v === s);
  return found ? found[0] : s;
}

function money2026(m: Money): V2026["schemas"]["Money"] {
  return { amount: m.toString(), currencyCode: m.currency };
}

function v2026Order(order: SimOrder, included: ReadonlySet<string>): V2026["schemas"]["Order"] {
  const m = marketplace(order.marketplaceId);
  const a = order.shippingAddress;
  return {
    orderId: order.orderId,
    createdTime: iso(order.purchaseDate),
    lastUpdatedTime: iso(order.lastUpdateDate),
    salesChannel: { channelName: "AMAZON", marketplaceId: m.id, marketplaceName: m.name },
    ...(included.has("BUYER")
      ? { buyer: { buyerName: order.buyer.name, buyerEmail: order.buyer.email } }
      : {}),
    ...(included.has("RECIPIENT")
      ? {
          recipient: {
            deliveryAddress: {
              name: a.name,
              addressLine1: a.addressLine1,
              city: a.city,
              stateOrRegion: a.stateOrRegion,
              postalCode: a.postalCode,
              countryCode: a.countryCode,
            },
          },
        }
      : {}),
    ...(included.has("PROCEEDS") && order.status !== "Canceled"
      ? { proceeds: { grandTotal: money2026(orderTotal(order)) } }
      : {}),
    ...(included.has("FULFILLMENT")
      ? {
          fulfillment: {
            fulfillmentStatus: STATUS_2026[order.status],
            fulfilledBy: order.fulfillmentChannel === "AFN" ? "AMAZON" : "MERCHANT",
          },
        }
      : {}),
    orderItems: order.items.map((i) => ({
      orderItemId: i.orderItemId,
      quantityOrdered: i.quantity,
      product: {
        asin: i.asin,
        title: i.title,
        sellerSku: i.sku,
        price: { unitPrice: money2026(i.unitPrice) },
      },
      ...(included.has("PROCEEDS")
        ? {
            proceeds: {
              proceedsTotal: money2026(
                i.itemPrice
                  .plus(i.itemTax)
                  .plus(i.shippingPrice)
                  .plus(i.shippingTax)
                  .minus(i.promotionDiscount),
              ),
              breakdowns: [
                { type: "ITEM", subtotal: money2026(i.itemPrice) },
                { type: "TAX", subtotal: money2026(i.itemTax.plus(i.shippingTax)) },
                { type: "SHIPPING", subtotal: money2026(i.shippingPrice) },
                { type: "DISCOUNT", subtotal: money2026(i.promotionDiscount.negate()) },
              ],
            },
          }
        : {}),
      ...(included.has("PROMOTION") && i.promotionId
        ? { promotion: { breakdowns: [{ promotionId: i.promotionId }] } }
        : {}),
      ...(included.has("FULFILLMENT")
        ? {
            fulfillment: {
              quantityFulfilled: order.status === "Shipped" ? i.quantity : 0,
              quantityUnfulfilled: order.status === "Shipped" ? 0 : i.quantity,
            },
          }
        : {}),
    })),
  };
}
