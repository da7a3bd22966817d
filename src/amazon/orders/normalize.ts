/**
 * Orders API answers (2026-01-01 and v0) to {@link AmazonOrder}. Both produce the same order for the
 * same data: statuses in the 2026 vocabulary, tax as one amount per line, discounts positive.
 */
import type { components as Orders2026 } from "../../../generated/amazon/orders_2026-01-01.js";
import type { components as OrdersV0 } from "../../../generated/amazon/ordersV0.js";
import { ValidationError } from "../../core/errors.js";
import { Money } from "../../core/money.js";
import { normalizeInstant } from "../reports/call-result.js";
import type {
  AmazonFulfilledBy,
  AmazonOrder,
  AmazonOrderAddress,
  AmazonOrderItem,
  AmazonOrderStatus,
} from "./types.js";

type Order2026 = Orders2026["schemas"]["Order"];
type OrderV0 = OrdersV0["schemas"]["Order"];
type OrderItemV0 = OrdersV0["schemas"]["OrderItem"];

const V0_STATUS: Record<OrderV0["OrderStatus"], AmazonOrderStatus> = {
  Pending: "PENDING",
  Unshipped: "UNSHIPPED",
  PartiallyShipped: "PARTIALLY_SHIPPED",
  Shipped: "SHIPPED",
  Canceled: "CANCELLED",
  Unfulfillable: "UNFULFILLABLE",
  InvoiceUnconfirmed: "INVOICE_UNCONFIRMED",
  PendingAvailability: "PENDING_AVAILABILITY",
};

/** Maps a status as v0, 2026 or the orders report spells it; undefined when unknown. */
export function orderStatusOf(text: string | undefined): AmazonOrderStatus | undefined {
  if (!text) return undefined;
  const v0 = V0_STATUS[text as OrderV0["OrderStatus"]];
  if (v0) return v0;
  const upper = text
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .replace(/[\s-]+/g, "_")
    .toUpperCase();
  if (upper === "CANCELED") return "CANCELLED";
  const known: readonly AmazonOrderStatus[] = [
    "PENDING_AVAILABILITY",
    "PENDING",
    "UNSHIPPED",
    "PARTIALLY_SHIPPED",
    "SHIPPED",
    "CANCELLED",
    "UNFULFILLABLE",
    "INVOICE_UNCONFIRMED",
  ];
  return known.find((s) => s === upper);
}

function invalid(orderId: string, field: string, message: string): ValidationError {
  return new ValidationError(`Amazon order ${orderId} cannot be read: ${field} ${message}`, {
    issues: [{ code: "invalid_order", path: [field], message }],
    where: { system: "amazon", record: orderId, field },
    hint: "report this answer to ml-connector with the order id; the order was not processed",
  });
}

/** Accumulates the amounts of one line in one currency. */
class LineAmounts {
  price: Money;
  shipping: Money;
  giftWrap: Money;
  tax: Money;
  discount: Money;
  other: Money;

  constructor(readonly currency: string) {
    const zero = Money.zero(currency);
    this.price = zero;
    this.shipping = zero;
    this.giftWrap = zero;
    this.tax = zero;
    this.discount = zero;
    this.other = zero;
  }

  total(): Money {
    return this.price
      .plus(this.shipping)
      .plus(this.giftWrap)
      .plus(this.tax)
      .plus(this.other)
      .minus(this.discount);
  }
}

function money(
  orderId: string,
  field: string,
  m: { amount?: string; currencyCode?: string; Amount?: string; CurrencyCode?: string } | undefined,
): Money | undefined {
  if (!m) return undefined;
  const amount = m.amount ?? m.Amount;
  const currency = m.currencyCode ?? m.CurrencyCode;
  if (amount === undefined || currency === undefined) return undefined;
  try {
    return Money.parse(amount, currency, { format: "dot" });
  } catch (e) {
    throw invalid(orderId, field, `is not an amount (${JSON.stringify(amount)} ${currency}): ${String(e)}`);
  }
}

function instant(orderId: string, field: string, text: string | undefined): string {
  const iso = normalizeInstant(text);
  if (iso === undefined) throw invalid(orderId, field, `is not an ISO 8601 date (${JSON.stringify(text)})`);
  return iso;
}

function sumTotals(items: readonly AmazonOrderItem[], currency: string | undefined): Money | undefined {
  if (currency === undefined || items.length === 0) return undefined;
  return items.reduce((s, i) => s.plus(i.total), Money.zero(currency));
}

function address(a: {
  name?: string;
  addressLine1?: string;
  city?: string;
  stateOrRegion?: string;
  postalCode?: string;
  countryCode?: string;
  Name?: string;
  AddressLine1?: string;
  City?: string;
  StateOrRegion?: string;
  PostalCode?: string;
  CountryCode?: string;
}): AmazonOrderAddress {
  return {
    name: a.name ?? a.Name,
    addressLine1: a.addressLine1 ?? a.AddressLine1,
    city: a.city ?? a.City,
    stateOrRegion: a.stateOrRegion ?? a.StateOrRegion,
    postalCode: a.postalCode ?? a.PostalCode,
    countryCode: a.countryCode ?? a.CountryCode,
  };
}

/** Options of the normalizers. */
export interface NormalizeOrderOptions {
  /** Keep buyer and delivery address (PII). @default false */
  readonly pii?: boolean;
}

/**
 * Normalizes an Orders API 2026-01-01 order. Amounts come from `includedData=PROCEEDS` (item
 * breakdowns); without them a line falls back to `unitPrice × quantity` with no tax.
 */
export function fromOrder2026(order: Order2026, options: NormalizeOrderOptions = {}): AmazonOrder {
  const id = order.orderId;
  let currency =
    order.proceeds?.grandTotal?.currencyCode ??
    order.orderItems.find((i) => i.product.price?.unitPrice)?.product.price?.unitPrice?.currencyCode;
  const items = order.orderItems.map((item, n): AmazonOrderItem => {
    const field = `orderItems[${n}]`;
    const lineCurrency =
      item.proceeds?.proceedsTotal?.currencyCode ??
      item.proceeds?.breakdowns?.[0]?.subtotal.currencyCode ??
      item.product.price?.unitPrice?.currencyCode ??
      currency;
    if (lineCurrency === undefined) throw invalid(id, field, "has no currency");
    currency ??= lineCurrency;
    const line = new LineAmounts(lineCurrency);
    const breakdowns = item.proceeds?.breakdowns;
    if (breakdowns && breakdowns.length > 0) {
      for (const b of breakdowns) {
        const value = money(id, `${field}.proceeds.breakdowns.${b.type}`, b.subtotal);
        if (!value) continue;
        switch (b.type.toUpperCase()) {
          case "ITEM":
            line.price = line.price.plus(value);
            break;
          case "SHIPPING":
            line.shipping = line.shipping.plus(value);
            break;
          case "GIFT_WRAP":
          case "GIFTWRAP":
            line.giftWrap = line.giftWrap.plus(value);
            break;
          case "TAX":
            line.tax = line.tax.plus(value);
            break;
          case "DISCOUNT":
            // 2026 reports discounts as negative subtotals.
            line.discount = line.discount.minus(value);
            break;
          default:
            line.other = line.other.plus(value);
        }
      }
    } else {
      const unit = money(id, `${field}.product.price.unitPrice`, item.product.price?.unitPrice);
      if (unit) {
        // Exact: a unit price times a whole quantity, in minor units of the unit's own scale.
        let extended = Money.zero(unit.currency);
        for (let q = 0; q < item.quantityOrdered; q++) extended = extended.plus(unit);
        line.price = extended;
      }
    }
    return {
      orderItemId: item.orderItemId,
      sku: item.product.sellerSku,
      asin: item.product.asin,
      title: item.product.title,
      quantity: item.quantityOrdered,
      quantityShipped: item.fulfillment?.quantityFulfilled,
      price: line.price,
      shipping: line.shipping,
      giftWrap: line.giftWrap,
      tax: line.tax,
      discount: line.discount,
      other: line.other,
      total: line.total(),
      promotionIds: (item.promotion?.breakdowns ?? [])
        .map((p) => p.promotionId)
        .filter((p): p is string => typeof p === "string" && p !== ""),
    };
  });
  const status = order.fulfillment ? orderStatusOf(order.fulfillment.fulfillmentStatus) : undefined;
  if (!status) {
    throw invalid(
      id,
      "fulfillment.fulfillmentStatus",
      "is missing; ask searchOrders/getOrder for includedData=FULFILLMENT",
    );
  }
  const by = order.fulfillment?.fulfilledBy;
  const grand = money(id, "proceeds.grandTotal", order.proceeds?.grandTotal);
  const buyer = order.buyer;
  const delivery = order.recipient?.deliveryAddress;
  return {
    orderId: id,
    marketplaceId: order.salesChannel.marketplaceId ?? "",
    status,
    fulfilledBy: by === "AMAZON" || by === "MERCHANT" ? by : undefined,
    purchaseDate: instant(id, "createdTime", order.createdTime),
    lastUpdateDate: instant(id, "lastUpdatedTime", order.lastUpdatedTime),
    currency,
    items,
    total: sumTotals(items, currency) ?? grand,
    ...(options.pii && buyer ? { buyer: { name: buyer.buyerName, email: buyer.buyerEmail } } : {}),
    ...(options.pii && delivery ? { shippingAddress: address(delivery) } : {}),
  };
}

/** Normalizes an Orders API v0 order with its `getOrderItems` lines. */
export function fromOrderV0(
  order: OrderV0,
  orderItems: readonly OrderItemV0[],
  options: NormalizeOrderOptions = {},
): AmazonOrder {
  const id = order.AmazonOrderId;
  let currency =
    order.OrderTotal?.CurrencyCode ?? orderItems.find((i) => i.ItemPrice)?.ItemPrice?.CurrencyCode;
  const items = orderItems.map((item, n): AmazonOrderItem => {
    const field = `OrderItems[${n}]`;
    const lineCurrency =
      item.ItemPrice?.CurrencyCode ??
      item.ItemTax?.CurrencyCode ??
      item.ShippingPrice?.CurrencyCode ??
      currency;
    if (lineCurrency === undefined) throw invalid(id, field, "has no currency");
    currency ??= lineCurrency;
    const line = new LineAmounts(lineCurrency);
    const m = (name: keyof OrderItemV0) =>
      money(id, `${field}.${String(name)}`, item[name] as OrdersV0["schemas"]["Money"] | undefined) ??
      Money.zero(lineCurrency);
    line.price = m("ItemPrice");
    line.shipping = m("ShippingPrice");
    line.tax = m("ItemTax")
      .plus(m("ShippingTax"))
      .minus(m("PromotionDiscountTax"))
      .minus(m("ShippingDiscountTax"));
    line.discount = m("PromotionDiscount").plus(m("ShippingDiscount"));
    line.other = m("CODFee").minus(m("CODFeeDiscount"));
    return {
      orderItemId: item.OrderItemId,
      sku: item.SellerSKU,
      asin: item.ASIN,
      title: item.Title,
      quantity: item.QuantityOrdered,
      quantityShipped: item.QuantityShipped,
      price: line.price,
      shipping: line.shipping,
      giftWrap: line.giftWrap,
      tax: line.tax,
      discount: line.discount,
      other: line.other,
      total: line.total(),
      promotionIds: [...(item.PromotionIds ?? [])],
    };
  });
  const status = orderStatusOf(order.OrderStatus);
  if (!status)
    throw invalid(id, "OrderStatus", `is not a known status (${JSON.stringify(order.OrderStatus)})`);
  const channel = order.FulfillmentChannel;
  const fulfilledBy: AmazonFulfilledBy | undefined =
    channel === "AFN" ? "AMAZON" : channel === "MFN" ? "MERCHANT" : undefined;
  const buyer = order.BuyerInfo;
  return {
    orderId: id,
    marketplaceId: order.MarketplaceId ?? "",
    status,
    fulfilledBy,
    purchaseDate: instant(id, "PurchaseDate", order.PurchaseDate),
    lastUpdateDate: instant(id, "LastUpdateDate", order.LastUpdateDate),
    currency,
    items,
    total: sumTotals(items, currency) ?? money(id, "OrderTotal", order.OrderTotal),
    ...(options.pii && buyer && (buyer.BuyerEmail !== undefined || buyer.BuyerName !== undefined)
      ? { buyer: { name: buyer.BuyerName, email: buyer.BuyerEmail } }
      : {}),
    ...(options.pii && order.ShippingAddress?.Name !== undefined
      ? { shippingAddress: address(order.ShippingAddress) }
      : {}),
  };
}
