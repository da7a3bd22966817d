/** The normalized order every orders path (2026-01-01, v0, the orders report) produces. */
import type { components as Orders2026 } from "../../../generated/amazon/orders_2026-01-01.js";
import type { Money } from "../../core/money.js";

/**
 * Order status, in the Orders API 2026-01-01 vocabulary. v0 `OrderStatus` and the report's
 * `order-status` map onto it (`Canceled`/`Cancelled` → `CANCELLED`); `INVOICE_UNCONFIRMED` exists in
 * v0 only.
 */
export type AmazonOrderStatus = Orders2026["schemas"]["FulfillmentStatus"] | "INVOICE_UNCONFIRMED";

/** Who fulfils the order: Amazon (FBA, v0 `AFN`) or the merchant (`MFN`). */
export type AmazonFulfilledBy = "AMAZON" | "MERCHANT";

/**
 * One order line with exact amounts in the order's currency. Amounts are for the whole line
 * (quantity included), as Amazon reports them.
 */
export interface AmazonOrderItem {
  /** Absent for orders read from the orders report, which has no item ids. */
  readonly orderItemId: string | undefined;
  readonly sku: string | undefined;
  readonly asin: string | undefined;
  readonly title: string | undefined;
  readonly quantity: number;
  /** Units shipped so far; absent when the source does not say. */
  readonly quantityShipped: number | undefined;
  /** Item price (v0 `ItemPrice`, 2026 `ITEM`). */
  readonly price: Money;
  /** Shipping charged to the buyer (v0 `ShippingPrice`, 2026 `SHIPPING`). */
  readonly shipping: Money;
  /** Gift wrap charged to the buyer. */
  readonly giftWrap: Money;
  /** All tax on the line: item, shipping and gift-wrap tax, less tax on discounts. */
  readonly tax: Money;
  /** Promotion discounts as a positive amount (subtracted in {@link total}). */
  readonly discount: Money;
  /** Charges of kinds this SDK does not break out (COD fees, unknown 2026 breakdown types). */
  readonly other: Money;
  /** price + shipping + giftWrap + tax + other − discount. */
  readonly total: Money;
  readonly promotionIds: readonly string[];
}

/** Buyer PII; present only when the poller or listing was created with `pii: true`. */
export interface AmazonOrderBuyer {
  readonly name: string | undefined;
  readonly email: string | undefined;
}

/** Delivery address (buyer PII); present only with `pii: true`. */
export interface AmazonOrderAddress {
  readonly name: string | undefined;
  readonly addressLine1: string | undefined;
  readonly city: string | undefined;
  readonly stateOrRegion: string | undefined;
  readonly postalCode: string | undefined;
  readonly countryCode: string | undefined;
}

/** An Amazon order, the same whichever API or report it was read from. */
export interface AmazonOrder {
  readonly orderId: string;
  readonly marketplaceId: string;
  readonly status: AmazonOrderStatus;
  readonly fulfilledBy: AmazonFulfilledBy | undefined;
  /** ISO 8601 UTC instant. */
  readonly purchaseDate: string;
  /** ISO 8601 UTC instant; the polling watermark moves along this. */
  readonly lastUpdateDate: string;
  /** ISO 4217; undefined only for an order with no items and no total. */
  readonly currency: string | undefined;
  readonly items: readonly AmazonOrderItem[];
  /** Sum of the items' totals (v0 `OrderTotal` / 2026 `grandTotal` when the order has no items). */
  readonly total: Money | undefined;
  readonly buyer?: AmazonOrderBuyer;
  readonly shippingAddress?: AmazonOrderAddress;
}

/** Which Orders API reads orders. v0 is retired on 2027-03-27. */
export type OrdersApiVersion = "2026-01-01" | "v0";
