/**
 * Deterministic Amazon seller data: a product catalog, orders with items, refunds, and the settlement
 * lines those orders produce (principal, tax, fees, promotions, refunds, withheld tax) plus the
 * account-level lines of a settlement (reserves, storage fees, reimbursements, advertising).
 *
 * Everything is a pure function of a seed, so the Amazon simulator's orders, financial events and
 * settlement reports agree with each other, and a settlement of a million lines can be streamed
 * twice (once to total it, once to write it) without holding it in memory.
 */
import { Money } from "../../core/money.js";
import { marketplaceForFormat, type SettlementFormat, type SimMarketplace } from "./marketplaces.js";
import { createPrng, type Prng } from "./prng.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A product the generated seller sells, in every data marketplace. */
export interface SimProduct {
  readonly sku: string;
  readonly asin: string;
  readonly fnSku: string;
  readonly title: string;
  /** Base price in US cents; scaled per currency. */
  readonly basePriceCents: number;
  readonly fulfillment: "AFN" | "MFN";
}

/** One line of an order, with every amount the settlement and financial events derive from it. */
export interface SimOrderItem {
  readonly orderItemId: string;
  readonly sku: string;
  readonly asin: string;
  readonly title: string;
  readonly quantity: number;
  /** Price of one unit, before tax. */
  readonly unitPrice: Money;
  /** Price of all units, before tax. */
  readonly itemPrice: Money;
  readonly itemTax: Money;
  readonly shippingPrice: Money;
  readonly shippingTax: Money;
  /** Amount of a free-shipping promotion, as a positive number (zero when none). */
  readonly promotionDiscount: Money;
  readonly promotionId?: string;
  /** Referral fee, as a positive number. */
  readonly commission: Money;
  /** FBA per-unit fulfilment fee for all units, as a positive number (zero for MFN). */
  readonly fbaFee: Money;
}

/** A refund of some units of an order. */
export interface SimRefund {
  readonly adjustmentId: string;
  readonly postedAt: number;
  readonly items: readonly SimRefundItem[];
}

/** The refunded part of one order item; amounts are positive. */
export interface SimRefundItem {
  readonly orderItemId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly principal: Money;
  readonly tax: Money;
  /** Referral fee Amazon gives back. */
  readonly commission: Money;
  /** Amazon's refund administration fee. */
  readonly refundCommission: Money;
}

/** Postal address (buyer PII). */
export interface SimAddress {
  readonly name: string;
  readonly addressLine1: string;
  readonly city: string;
  readonly stateOrRegion: string;
  readonly postalCode: string;
  readonly countryCode: string;
  readonly phone: string;
}

/** Order status as Orders v0 spells it. */
export type SimOrderStatus = "Pending" | "Unshipped" | "Shipped" | "Canceled";

/** A generated (or test-added) order. Times are epoch milliseconds. */
export interface SimOrder {
  readonly orderId: string;
  readonly sellerId: string;
  readonly marketplaceId: string;
  readonly currency: string;
  readonly purchaseDate: number;
  lastUpdateDate: number;
  status: SimOrderStatus;
  readonly fulfillmentChannel: "AFN" | "MFN";
  /** When the shipment posted (settles); set when status is Shipped. */
  shippedAt?: number;
  readonly shipmentId: string;
  readonly items: readonly SimOrderItem[];
  readonly buyer: { readonly name: string; readonly email: string };
  readonly shippingAddress: SimAddress;
  refunds: SimRefund[];
}

/** One settlement detail row, in the shape the settlement writer takes. */
export interface SimSettlementLine {
  readonly transactionType: string;
  readonly orderId?: string;
  readonly merchantOrderId?: string;
  readonly adjustmentId?: string;
  readonly shipmentId?: string;
  readonly marketplaceName?: string;
  readonly amountType: string;
  readonly amountDescription: string;
  readonly amount: Money;
  readonly fulfillmentId?: string;
  readonly postedDate: Date;
  readonly orderItemCode?: string;
  readonly merchantOrderItemId?: string;
  readonly merchantAdjustmentItemId?: string;
  readonly sku?: string;
  readonly quantityPurchased?: number;
  readonly promotionId?: string;
}

const FIRST = [
  "Ana",
  "Ben",
  "Chloe",
  "Daniel",
  "Emma",
  "Felix",
  "Greta",
  "Hiro",
  "Ines",
  "Jonas",
  "Kenji",
  "Lena",
];
const LAST = ["Meyer", "Smith", "Tanaka", "Dubois", "Garcia", "Rossi", "Novak", "Brown", "Suzuki", "Schmidt"];
const NOUNS = [
  "Water Bottle",
  "Desk Lamp",
  "Yoga Mat",
  "Phone Case",
  "Coffee Grinder",
  "Backpack",
  "Tea Kettle",
];
const ADJ = ["Steel", "Compact", "Travel", "Classic", "Eco", "Pro", "Mini", "Deluxe"];
const CITIES: Record<string, readonly [string, string, string][]> = {
  US: [
    ["Seattle", "WA", "98101"],
    ["Austin", "TX", "78701"],
    ["Denver", "CO", "80202"],
  ],
  CA: [
    ["Toronto", "ON", "M5V 2T6"],
    ["Vancouver", "BC", "V6B 1A1"],
  ],
  UK: [
    ["London", "Greater London", "SW1A 1AA"],
    ["Leeds", "West Yorkshire", "LS1 4AP"],
  ],
  DE: [
    ["Berlin", "Berlin", "10115"],
    ["München", "Bayern", "80331"],
  ],
  JP: [
    ["Tokyo", "Tokyo", "100-0001"],
    ["Osaka", "Osaka", "530-0001"],
  ],
};

/**
 * The seller's catalog: `count` products with stable SKUs and ASINs.
 * @default count 120
 */
export function generateCatalog(seed: number, count = 120): SimProduct[] {
  const rng = createPrng(seed).fork(1);
  const products: SimProduct[] = [];
  for (let i = 0; i < count; i++) {
    const sku = `SIM-${String(i + 1).padStart(3, "0")}-${rng.chars(4)}`;
    products.push({
      sku,
      asin: `B0${rng.chars(8)}`,
      fnSku: `X00${rng.chars(7)}`,
      title: `${rng.pick(ADJ)} ${rng.pick(NOUNS)}`,
      basePriceCents: rng.int(6, 120) * 100 + rng.pick([0, 49, 95, 99]),
      fulfillment: rng.chance(0.8) ? "AFN" : "MFN",
    });
  }
  return products;
}

/** Prices in minor units of the marketplace's currency (JPY has no minor unit). */
function priceMinor(m: SimMarketplace, cents: number): bigint {
  if (m.currency === "JPY") return BigInt(Math.round(cents * 1.5)) * 1n; // ~150 JPY per USD, whole yen
  return BigInt(cents);
}

/** `amount × bp / 10000`, rounded half up, in minor units. */
function percent(minor: bigint, bp: number): bigint {
  return (minor * BigInt(bp) + 5000n) / 10000n;
}

/** Options of {@link generateOrder}. */
export interface GenerateOrderOptions {
  readonly sellerId: string;
  readonly marketplace: SimMarketplace;
  readonly catalog: readonly SimProduct[];
  readonly purchaseDate: number;
  /** Orders purchased before this instant are shipped (and maybe refunded); later ones are open. */
  readonly now: number;
}

/** One deterministic order from `rng`. */
export function generateOrder(rng: Prng, o: GenerateOrderOptions): SimOrder {
  const m = o.marketplace;
  const cur = m.currency;
  const money = (minor: bigint) => Money.fromMinor(minor, cur);
  const zero = money(0n);
  const lines = rng.int(1, 3);
  const items: SimOrderItem[] = [];
  const fulfillment = rng.pick(o.catalog).fulfillment;
  for (let i = 0; i < lines; i++) {
    const p = rng.pick(o.catalog);
    const qty = rng.chance(0.8) ? 1 : rng.int(2, 4);
    const unit = priceMinor(m, p.basePriceCents);
    const price = unit * BigInt(qty);
    const ship = fulfillment === "MFN" || rng.chance(0.3) ? priceMinor(m, rng.pick([399, 499, 599])) : 0n;
    const promo = ship > 0n && rng.chance(0.4) ? ship : 0n;
    const unitFba = priceMinor(m, rng.pick([322, 377, 406, 528]));
    items.push({
      orderItemId: rng.digits(14),
      sku: p.sku,
      asin: p.asin,
      title: p.title,
      quantity: qty,
      unitPrice: money(unit),
      itemPrice: money(price),
      itemTax: money(percent(price, m.taxRateBp)),
      shippingPrice: money(ship),
      shippingTax: money(percent(ship, m.taxRateBp)),
      promotionDiscount: money(promo),
      ...(promo > 0n ? { promotionId: `SIM-FREE-SHIP-${rng.chars(6)}` } : {}),
      commission: money(percent(price + ship, 1500)),
      fbaFee: fulfillment === "AFN" ? money(unitFba * BigInt(qty)) : zero,
    });
  }
  const city = rng.pick(CITIES[m.format] ?? CITIES.US ?? []);
  const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const age = o.now - o.purchaseDate;
  let status: SimOrderStatus = "Shipped";
  if (age < 6 * HOUR) status = rng.chance(0.5) ? "Pending" : "Unshipped";
  else if (age < DAY) status = "Unshipped";
  if (status === "Shipped" && rng.chance(0.04)) status = "Canceled";
  let shippedAt = status === "Shipped" ? o.purchaseDate + rng.int(6, 30) * HOUR : undefined;
  // Nothing happens after "now": an order due to ship later is still unshipped.
  if (shippedAt !== undefined && shippedAt >= o.now) {
    shippedAt = undefined;
    status = "Unshipped";
  }
  const order: SimOrder = {
    orderId: `${rng.pick(m.orderPrefixes)}-${rng.digits(7)}-${rng.digits(7)}`,
    sellerId: o.sellerId,
    marketplaceId: m.id,
    currency: cur,
    purchaseDate: o.purchaseDate,
    lastUpdateDate: shippedAt ?? Math.min(o.now, o.purchaseDate + rng.int(1, 50) * 60_000),
    status,
    fulfillmentChannel: fulfillment,
    ...(shippedAt !== undefined ? { shippedAt } : {}),
    shipmentId: rng.chars(9, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789"),
    items,
    buyer: { name, email: `${rng.chars(12, "abcdefghijklmnopqrstuvwxyz0123456789")}@marketplace.amazon.com` },
    shippingAddress: {
      name,
      addressLine1: `${rng.int(1, 999)} ${rng.pick(["Main St", "Hauptstraße", "High Street", "Oak Avenue"])}`,
      city: city?.[0] ?? "Seattle",
      stateOrRegion: city?.[1] ?? "WA",
      postalCode: city?.[2] ?? "98101",
      countryCode: m.countryCode === "UK" ? "GB" : m.countryCode,
      phone: `+${rng.digits(11)}`,
    },
    refunds: [],
  };
  if (shippedAt !== undefined && rng.chance(0.06)) {
    const refundAt = shippedAt + rng.int(2, 20) * DAY;
    if (refundAt < o.now) {
      order.refunds.push(makeRefund(rng, order, refundAt));
      order.lastUpdateDate = Math.max(order.lastUpdateDate, refundAt);
    }
  }
  return order;
}

/** A refund of the first item of `order`, all units. */
export function makeRefund(rng: Prng, order: SimOrder, postedAt: number): SimRefund {
  const item = order.items[0];
  if (!item) throw new RangeError(`Order ${order.orderId} has no items to refund`);
  const cur = order.currency;
  const rc = percent(item.commission.toMinorUnits(), 2000);
  const cap = cur === "JPY" ? 500n : 500n;
  return {
    adjustmentId: `amzn1:crow:${rng.chars(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}`,
    postedAt,
    items: [
      {
        orderItemId: item.orderItemId,
        sku: item.sku,
        quantity: item.quantity,
        principal: item.itemPrice,
        tax: item.itemTax,
        commission: item.commission,
        refundCommission: Money.fromMinor(rc < cap ? rc : cap, cur),
      },
    ],
  };
}

/** Options of {@link generateOrders}. */
export interface GenerateOrdersOptions {
  readonly seed: number;
  readonly sellerId: string;
  readonly marketplaces: readonly SimMarketplace[];
  readonly catalog: readonly SimProduct[];
  /** Number of orders (spread over the marketplaces in turn). */
  readonly count: number;
  /** Purchase dates are spread evenly over [from, to). */
  readonly from: number;
  readonly to: number;
  /** "Now" for status decisions. @default to */
  readonly now?: number;
}

/** Streams `count` deterministic orders, in purchase-date order. */
export function* generateOrders(o: GenerateOrdersOptions): Generator<SimOrder> {
  const rng = createPrng(o.seed).fork(2);
  const span = o.to - o.from;
  for (let i = 0; i < o.count; i++) {
    const marketplace = o.marketplaces[i % o.marketplaces.length];
    if (!marketplace) return;
    const purchaseDate = o.from + Math.floor((span * i) / Math.max(1, o.count)) + rng.int(0, 59) * 1000;
    yield generateOrder(rng, {
      sellerId: o.sellerId,
      marketplace,
      catalog: o.catalog,
      purchaseDate,
      now: o.now ?? o.to,
    });
  }
}

const WITHHELD_TAX: Record<string, [string, string] | undefined> = {
  "withheld-us": ["MarketplaceFacilitatorTax-Principal", "MarketplaceFacilitatorTax-Shipping"],
  "withheld-vat": ["MarketplaceFacilitatorVAT-Principal", "MarketplaceFacilitatorVAT-Shipping"],
};

/** Settlement lines of an order's shipment: principal, tax, shipping, fees, promotions, withheld tax. */
export function shipmentLines(order: SimOrder, m: SimMarketplace): SimSettlementLine[] {
  const out: SimSettlementLine[] = [];
  const postedDate = new Date(order.shippedAt ?? order.purchaseDate);
  const withheld = WITHHELD_TAX[m.taxModel];
  for (const item of order.items) {
    const base = {
      transactionType: "Order",
      orderId: order.orderId,
      merchantOrderId: order.orderId,
      shipmentId: order.shipmentId,
      marketplaceName: m.name,
      fulfillmentId: order.fulfillmentChannel,
      postedDate,
      orderItemCode: item.orderItemId,
      sku: item.sku,
      quantityPurchased: item.quantity,
    };
    // Literal objects, not spreads: this runs for every line of million-line settlements.
    const add = (amountType: string, amountDescription: string, amount: Money, promotionId?: string) => {
      const line: SimSettlementLine = {
        transactionType: base.transactionType,
        orderId: base.orderId,
        merchantOrderId: base.merchantOrderId,
        shipmentId: base.shipmentId,
        marketplaceName: base.marketplaceName,
        amountType,
        amountDescription,
        amount,
        fulfillmentId: base.fulfillmentId,
        postedDate: base.postedDate,
        orderItemCode: base.orderItemCode,
        sku: base.sku,
        quantityPurchased: base.quantityPurchased,
      };
      out.push(promotionId ? { ...line, promotionId } : line);
    };
    add("ItemPrice", "Principal", item.itemPrice);
    add("ItemPrice", "Tax", item.itemTax);
    if (!item.shippingPrice.isZero()) {
      add("ItemPrice", "Shipping", item.shippingPrice);
      add("ItemPrice", "ShippingTax", item.shippingTax);
    }
    if (withheld) {
      add("ItemWithheldTax", withheld[0], item.itemTax.negate());
      if (!item.shippingTax.isZero()) add("ItemWithheldTax", withheld[1], item.shippingTax.negate());
    }
    if (!item.promotionDiscount.isZero())
      add("Promotion", "Shipping", item.promotionDiscount.negate(), item.promotionId);
    add("ItemFees", "Commission", item.commission.negate());
    if (!item.fbaFee.isZero()) add("ItemFees", "FBAPerUnitFulfillmentFee", item.fbaFee.negate());
  }
  return out;
}

/** Settlement lines of a refund: principal and tax back to the buyer, commission back, refund fee. */
export function refundLines(order: SimOrder, refund: SimRefund, m: SimMarketplace): SimSettlementLine[] {
  const out: SimSettlementLine[] = [];
  const withheld = WITHHELD_TAX[m.taxModel];
  for (const item of refund.items) {
    const base = {
      transactionType: "Refund",
      orderId: order.orderId,
      merchantOrderId: order.orderId,
      adjustmentId: refund.adjustmentId,
      marketplaceName: m.name,
      fulfillmentId: order.fulfillmentChannel,
      postedDate: new Date(refund.postedAt),
      orderItemCode: item.orderItemId,
      sku: item.sku,
      quantityPurchased: item.quantity,
    };
    const add = (amountType: string, amountDescription: string, amount: Money) =>
      out.push({
        transactionType: base.transactionType,
        orderId: base.orderId,
        merchantOrderId: base.merchantOrderId,
        adjustmentId: base.adjustmentId,
        marketplaceName: base.marketplaceName,
        amountType,
        amountDescription,
        amount,
        fulfillmentId: base.fulfillmentId,
        postedDate: base.postedDate,
        orderItemCode: base.orderItemCode,
        sku: base.sku,
        quantityPurchased: base.quantityPurchased,
      });
    add("ItemPrice", "Principal", item.principal.negate());
    add("ItemPrice", "Tax", item.tax.negate());
    if (withheld) add("ItemWithheldTax", withheld[0], item.tax);
    add("ItemFees", "Commission", item.commission);
    add("ItemFees", "RefundCommission", item.refundCommission.negate());
  }
  return out;
}

/** Account-level lines of one settlement (reserves, storage, reimbursement, advertising, subscription). */
export interface AccountLines {
  readonly lines: SimSettlementLine[];
  /** The reserve this settlement holds back (positive); the next settlement releases it. */
  readonly currentReserve: Money;
}

/**
 * The account-level lines of a settlement: the previous reserve released, a new reserve held, a
 * monthly storage fee, a warehouse-damage reimbursement, an advertising charge and the subscription.
 */
export function accountLines(
  rng: Prng,
  m: SimMarketplace,
  window: { start: number; end: number },
  previousReserve: Money,
): AccountLines {
  const cur = m.currency;
  const at = (offset: number) => new Date(window.start + offset);
  const money = (cents: number) => Money.fromMinor(priceMinor(m, cents), cur);
  const other = (
    amountType: string,
    amountDescription: string,
    amount: Money,
    postedDate: Date,
    extra = {},
  ) => ({
    transactionType: "other-transaction",
    amountType,
    amountDescription,
    amount,
    postedDate,
    ...extra,
  });
  const currentReserve = money(rng.int(2_000, 30_000));
  const lines: SimSettlementLine[] = [];
  if (!previousReserve.isZero()) {
    lines.push(other("other-transaction", "Previous Reserve Amount Balance", previousReserve, at(0)));
  }
  lines.push(
    other(
      "other-transaction",
      "Current Reserve Amount",
      currentReserve.negate(),
      at(window.end - window.start - 1000),
    ),
  );
  lines.push(other("other-transaction", "Storage Fee", money(rng.int(150, 4_000)).negate(), at(3 * DAY)));
  lines.push(
    other("FBA Inventory Reimbursement", "WAREHOUSE_DAMAGE", money(rng.int(500, 4_000)), at(5 * DAY), {
      adjustmentId: `amzn1:crow:${rng.chars(22)}`,
      fulfillmentId: "AFN",
    }),
  );
  lines.push({
    transactionType: "ServiceFee",
    amountType: "Cost of Advertising",
    amountDescription: "TransactionTotalAmount",
    amount: money(rng.int(1_000, 20_000)).negate(),
    postedDate: at(7 * DAY),
  });
  lines.push(other("other-transaction", "Subscription Fee", money(3_999).negate(), at(DAY)));
  return { lines, currentReserve };
}

/** The summary row of a settlement (row 2 of the flat file). */
export interface SimSettlementSummary {
  readonly settlementId: string;
  readonly startDate: Date;
  readonly endDate: Date;
  readonly depositDate: Date;
  readonly totalAmount: Money;
  readonly currency: string;
}

/** Options of {@link generateSettlement}. */
export interface GenerateSettlementOptions {
  /** @default 1 */
  readonly seed?: number;
  /** Marketplace family; decides currency, tax lines and (for the writer) number and date formats. */
  readonly format: SettlementFormat;
  /** Exact number of detail lines. */
  readonly lines: number;
  /** @default derived from the seed (11 digits) */
  readonly settlementId?: string;
  /** Period start. @default 2026-01-01T08:00:00Z */
  readonly start?: Date;
  /** Period length in days. @default 14 */
  readonly days?: number;
  /** @default "ASIMSELLER00001" */
  readonly sellerId?: string;
  /** Reserve released from the previous settlement (positive). @default a generated amount */
  readonly previousReserve?: Money;
}

/** A generated settlement: its summary and a re-iterable, streaming sequence of its lines. */
export interface GeneratedSettlement {
  readonly summary: SimSettlementSummary;
  readonly lineCount: number;
  readonly currentReserve: Money;
  /** Streams the detail lines; each call starts again and yields the same lines. */
  lines(): Iterable<SimSettlementLine>;
}

/**
 * Generates a settlement of exactly `lines` detail lines from orders made up on the fly: each order
 * contributes its shipment lines (and sometimes a refund), the account-level lines come first, and a
 * few single-line reimbursements fill up to the exact count. The lines stream, so a million of them
 * never sit in memory; the total is computed by a first streaming pass.
 * @example
 * const s = generateSettlement({ format: "DE", lines: 100_000 });
 * writeSettlement(s.summary, s.lines(), { format: "DE" });
 */
export function generateSettlement(options: GenerateSettlementOptions): GeneratedSettlement {
  const seed = options.seed ?? 1;
  const m = marketplaceForFormat(options.format);
  const start = (options.start ?? new Date(Date.UTC(2026, 0, 1, 8, 0, 0))).getTime();
  const end = start + (options.days ?? 14) * DAY;
  const sellerId = options.sellerId ?? "ASIMSELLER00001";
  const idRng = createPrng(seed).fork(7);
  const settlementId = options.settlementId ?? `${idRng.int(1, 9)}${idRng.digits(10)}`;
  const previousReserve =
    options.previousReserve ?? Money.fromMinor(priceMinor(m, idRng.int(5_000, 90_000)), m.currency);
  const target = options.lines;
  let currentReserve = Money.zero(m.currency);

  const lines = function* (): Generator<SimSettlementLine> {
    const rng = createPrng(seed).fork(8);
    const catalog = generateCatalog(seed);
    const account = accountLines(rng, m, { start, end }, previousReserve);
    currentReserve = account.currentReserve;
    let emitted = 0;
    for (const line of account.lines) {
      if (emitted >= target) return;
      yield line;
      emitted++;
    }
    // Orders are spread over the period; the average order has ~8 lines.
    const expectedOrders = Math.max(1, Math.ceil((target - emitted) / 8));
    const step = Math.max(1, Math.floor((end - start - 2 * DAY) / expectedOrders));
    let purchaseDate = start - DAY;
    for (;;) {
      const order = generateOrder(rng, {
        sellerId,
        marketplace: m,
        catalog,
        purchaseDate,
        now: end + 30 * DAY,
      });
      purchaseDate += step;
      if (order.shippedAt === undefined) continue;
      const group = shipmentLines(order, m);
      if (rng.chance(0.05))
        group.push(...refundLines(order, makeRefund(rng, order, order.shippedAt + DAY), m));
      if (emitted + group.length > target) break;
      for (const line of group) yield line;
      emitted += group.length;
    }
    while (emitted < target) {
      yield {
        transactionType: "other-transaction",
        amountType: "FBA Inventory Reimbursement",
        amountDescription: "REVERSAL_REIMBURSEMENT",
        amount: Money.fromMinor(priceMinor(m, rng.int(100, 2_000)), m.currency),
        adjustmentId: `amzn1:crow:${rng.chars(22)}`,
        fulfillmentId: "AFN",
        postedDate: new Date(end - HOUR),
      };
      emitted++;
    }
  };

  let total = Money.zero(m.currency);
  for (const line of lines()) total = total.plus(line.amount);
  return {
    summary: {
      settlementId,
      startDate: new Date(start),
      endDate: new Date(end),
      depositDate: new Date(end + 2 * DAY),
      totalAmount: total,
      currency: m.currency,
    },
    lineCount: target,
    get currentReserve() {
      return currentReserve;
    },
    lines,
  };
}

/** Sums line amounts exactly. */
export function sumLines(lines: Iterable<SimSettlementLine>, currency: string): Money {
  let total = Money.zero(currency);
  for (const line of lines) total = total.plus(line.amount);
  return total;
}
