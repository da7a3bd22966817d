/**
 * Reads the orders flat file (`GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL` and
 * `…_BY_ORDER_DATE_GENERAL`): tab-separated, one row per order item, columns by header name. Rows of
 * one order are collapsed into one {@link AmazonOrder} with exact amounts.
 */
import { ValidationError } from "../../core/errors.js";
import { Money } from "../../core/money.js";
import { normalizeInstant } from "../reports/call-result.js";
import { orderStatusOf } from "./normalize.js";
import type { AmazonFulfilledBy, AmazonOrder, AmazonOrderItem, AmazonOrderStatus } from "./types.js";

/** The orders report type read by last update (what a backfill requests). */
export const ORDERS_BY_LAST_UPDATE_REPORT = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";

// `sales-channel` holds the store's domain name; "Non-Amazon" marks multi-channel orders.
const SALES_CHANNELS: Readonly<Record<string, string>> = {
  "amazon.com": "ATVPDKIKX0DER",
  "amazon.ca": "A2EUQ1WTGCTBG2",
  "amazon.com.mx": "A1AM78C64UM0Y8",
  "amazon.com.br": "A2Q3Y263D00KWC",
  "amazon.ie": "A28R8C7NBKEWEA",
  "amazon.es": "A1RKKUPIHCS9HS",
  "amazon.co.uk": "A1F83G8C2ARO7P",
  "amazon.fr": "A13V1IB3VIYZZH",
  "amazon.com.be": "AMEN7PMS3EDWL",
  "amazon.nl": "A1805IZSGTT6HS",
  "amazon.de": "A1PA6795UKMFR9",
  "amazon.it": "APJ6JRA9NG5V4",
  "amazon.se": "A2NODRKZP88ZB9",
  "amazon.co.za": "AE08WJ6YKNBMC",
  "amazon.pl": "A1C3SOZRARQ6R3",
  "amazon.eg": "ARBP9OOSHTCHU",
  "amazon.com.tr": "A33AVAJ2PDY3EV",
  "amazon.sa": "A17E79C6D8DWNP",
  "amazon.ae": "A2VIGQ35RCS4UG",
  "amazon.in": "A21TJRUUN4KGV",
  "amazon.sg": "A19VAU5U5O7RUS",
  "amazon.com.au": "A39IBJ37TRP1C6",
  "amazon.co.jp": "A1VC38T7YXB528",
};

const REQUIRED = [
  "amazon-order-id",
  "purchase-date",
  "last-updated-date",
  "order-status",
  "quantity",
  "currency",
];

/** Options of {@link parseOrdersReport}. */
export interface ParseOrdersReportOptions {
  /** Marketplace of orders whose `sales-channel` is not an Amazon store (or when only one was requested). */
  readonly defaultMarketplaceId?: string;
  /** Name for error locations, e.g. the report document id. */
  readonly file?: string;
}

function reportStatus(text: string): AmazonOrderStatus | undefined {
  // The report spells in-flight shipping "Shipping"; v0 calls it PartiallyShipped.
  if (/^shipping$/i.test(text.trim())) return "PARTIALLY_SHIPPED";
  return orderStatusOf(text);
}

/**
 * Parses an orders flat file into orders, in the order they first appear.
 * @throws ValidationError (with file and line) for a missing column or an unreadable value.
 * @example
 * const orders = parseOrdersReport(new TextDecoder().decode(download.body), { file: download.reportDocumentId });
 */
export function parseOrdersReport(text: string, options: ParseOrdersReportOptions = {}): AmazonOrder[] {
  const file = options.file ?? "orders report";
  const fail = (line: number, field: string, message: string) =>
    new ValidationError(`${file}: line ${line}: ${field} ${message}`, {
      issues: [{ code: "invalid_report", path: [line, field], message }],
      where: { system: "amazon", operation: "parseOrdersReport", file, line, field },
      hint: "request the report again; if the value is right, report it to ml-connector",
    });
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t").map((h) => h.trim());
  const col = new Map(header.map((h, i) => [h, i]));
  for (const name of REQUIRED) if (!col.has(name)) throw fail(1, name, "column is missing from the header");

  interface Draft {
    orderId: string;
    marketplaceId: string;
    status: AmazonOrderStatus;
    fulfilledBy: AmazonFulfilledBy | undefined;
    purchaseDate: string;
    lastUpdateDate: string;
    currency: string | undefined;
    items: AmazonOrderItem[];
  }
  const orders = new Map<string, Draft>();
  for (let n = 1; n < lines.length; n++) {
    const raw = lines[n] ?? "";
    if (raw.trim() === "") continue;
    const line = n + 1;
    const cells = raw.split("\t");
    const cell = (name: string) => {
      const i = col.get(name);
      const v = i === undefined ? undefined : cells[i]?.trim();
      return v === "" ? undefined : v;
    };
    const orderId = cell("amazon-order-id");
    if (!orderId) throw fail(line, "amazon-order-id", "is empty");
    const currency = cell("currency");
    const amount = (name: string): Money | undefined => {
      const v = cell(name);
      if (v === undefined) return undefined;
      if (!currency) throw fail(line, "currency", `is empty but ${name} holds ${v}`);
      try {
        return Money.parse(v, currency, { format: "dot" });
      } catch {
        throw fail(line, name, `is not an amount (${JSON.stringify(v)})`);
      }
    };
    const zero = (m: Money | undefined) => m ?? (currency ? Money.zero(currency) : undefined);
    const statusText = cell("order-status") ?? "";
    const status = reportStatus(statusText);
    if (!status) throw fail(line, "order-status", `is not a known status (${JSON.stringify(statusText)})`);
    const purchaseDate = normalizeInstant(cell("purchase-date"));
    if (!purchaseDate) throw fail(line, "purchase-date", "is not a date");
    const lastUpdateDate = normalizeInstant(cell("last-updated-date"));
    if (!lastUpdateDate) throw fail(line, "last-updated-date", "is not a date");
    const channel = (cell("sales-channel") ?? "").toLowerCase().replace(/^www\./, "");
    const marketplaceId = SALES_CHANNELS[channel] ?? options.defaultMarketplaceId;
    if (!marketplaceId)
      throw fail(
        line,
        "sales-channel",
        `is not an Amazon store (${JSON.stringify(channel)}); pass defaultMarketplaceId`,
      );
    const by = cell("fulfillment-channel")?.toLowerCase();
    let draft = orders.get(orderId);
    if (!draft) {
      draft = {
        orderId,
        marketplaceId,
        status,
        fulfilledBy:
          by === "amazon" || by === "afn"
            ? "AMAZON"
            : by === "merchant" || by === "mfn"
              ? "MERCHANT"
              : undefined,
        purchaseDate,
        lastUpdateDate,
        currency,
        items: [],
      };
      orders.set(orderId, draft);
    }
    draft.currency ??= currency;
    const quantityText = cell("quantity") ?? "0";
    const quantity = Number(quantityText);
    if (!Number.isInteger(quantity) || quantity < 0)
      throw fail(line, "quantity", `is not a count (${quantityText})`);
    if (!currency) {
      // A pending order line may come without amounts and currency; it still names the product.
      if (cell("item-price") !== undefined) throw fail(line, "currency", "is empty");
      continue;
    }
    const z = Money.zero(currency);
    const price = zero(amount("item-price")) ?? z;
    const shipping = zero(amount("shipping-price")) ?? z;
    const giftWrap = zero(amount("gift-wrap-price")) ?? z;
    const tax = [amount("item-tax"), amount("shipping-tax"), amount("gift-wrap-tax")].reduce<Money>(
      (s, m) => (m ? s.plus(m) : s),
      z,
    );
    // Discounts are printed negative; some files print them positive. Either way they reduce the line.
    const discount = [amount("item-promotion-discount"), amount("ship-promotion-discount")].reduce<Money>(
      (s, m) => (m ? s.plus(m.abs()) : s),
      z,
    );
    draft.items.push({
      orderItemId: undefined,
      sku: cell("sku"),
      asin: cell("asin"),
      title: cell("product-name"),
      quantity,
      quantityShipped: undefined,
      price,
      shipping,
      giftWrap,
      tax,
      discount,
      other: z,
      total: price.plus(shipping).plus(giftWrap).plus(tax).minus(discount),
      promotionIds: (cell("promotion-ids") ?? "")
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean),
    });
  }
  return [...orders.values()].map((d) => ({
    ...d,
    total:
      d.currency === undefined || d.items.length === 0
        ? undefined
        : d.items.reduce((s, i) => s.plus(i.total), Money.zero(d.currency)),
  }));
}
