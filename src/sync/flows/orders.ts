/**
 * The order flow: Amazon orders become D365 customer invoices (a free text invoice by default, or
 * a sales order), one per order, to the marketplace's Amazon customer; a refund after invoicing
 * becomes a credit note, once. One record per order (`order:<sellerId>:<amazonOrderId>`), moved by
 * the same runner as settlements, so a crash resumes, a record that needs a person parks, and
 * `replay` tries it again after the fix.
 *
 * Revenue is booked once: the invoice credits revenue and debits the Amazon customer; with
 * `posting.orderRevenue: "invoiced"` the settlement posts the same orders' principal, tax, shipping
 * and promotions against that customer, which clears it (see docs/posting-model.md).
 */
import { createHash } from "node:crypto";
import type { FinancialEvent } from "../../amazon/finances/events.js";
import { listFinancialEventsByOrderId } from "../../amazon/finances/finances.js";
import { createOrderPoller } from "../../amazon/orders/poller.js";
import type { AmazonOrder, AmazonOrderItem } from "../../amazon/orders/types.js";
import { ConnectorError, type Issue, isConnectorError, MappingError } from "../../core/errors.js";
import type { Fence } from "../../core/lease.js";
import { Money } from "../../core/money.js";
import { createRecord, type JsonValue, type StoredRecord } from "../../core/storage.js";
import {
  type CustomerInvoiceType,
  ensureCustomerInvoice,
  type OrderInvoiceLine,
} from "../../d365/entities/customer-invoices.js";
import { ensureCustomer } from "../../d365/entities/customers.js";
import { ensureFreeTextInvoice } from "../../d365/entities/free-text-invoices.js";
import { ledgerDisplayValue } from "../../mapping/display-value.js";
import {
  findMarketplace,
  marketplaceCustomer,
  type ResolvedMarketplace,
  resolveAccountRole,
  resolveItem,
} from "../../mapping/resolve.js";
import { type FlowContext, type FlowSeller, sellerKey } from "../context.js";
import type { ResolvedOrdersOptions } from "../options.js";
import { isInvoicedAmount } from "../posting.js";
import {
  type FlowDefinition,
  listRecords,
  type RunnerContext,
  reopenRecord,
  runRecord,
  type StepResult,
} from "../runner.js";

/** The record kind of order records. */
export const ORDER_KIND = "order";

/** States of an order record. */
export const OrderState = {
  discovered: "discovered",
  fetched: "fetched",
  mapped: "mapped",
  invoicing: "invoicing",
  invoiced: "invoiced",
  /** Reported again by Amazon after invoicing: look for refunds. */
  updated: "updated",
  crediting: "crediting",
  credited: "credited",
  skipped: "skipped",
  parked: "parked",
  failed: "failed",
} as const;
export type OrderState = (typeof OrderState)[keyof typeof OrderState];

/** The record id of an Amazon order of a seller. */
export function orderRecordId(sellerId: string, amazonOrderId: string): string {
  return `order:${sellerId}:${amazonOrderId}`;
}

/** The orders flow's context: the shared one and the `orders` options. */
export interface OrderFlowContext extends FlowContext {
  readonly orders: ResolvedOrdersOptions;
}

/** An invoice or credit note of an order in D365. */
export interface OrderDocument {
  /** Free text invoice: the header's `InvoiceIdentifier`; sales order: `SalesOrderNumber`. */
  readonly number: string;
  readonly type: CustomerInvoiceType;
  /** `CustomerReference` (free text) or `CustomersOrderReference` (sales order). */
  readonly reference: string;
  /** created, found (in D365 by its reference), completed (header existed), cached (local store, verified). */
  readonly outcome: string;
  readonly lines: number;
  /** The document's total, exact decimal text. */
  readonly total: string;
}

/** A planned line, amounts as exact text. */
export interface PlanLine {
  readonly role: string;
  readonly amount: string;
  readonly quantity?: string;
  readonly unitPrice?: string;
  readonly itemNumber?: string;
  readonly mainAccountDisplayValue?: string;
  readonly description: string;
}

/** The order as kept on the record: no buyer PII, amounts as exact text. */
export interface OrderSnapshot {
  readonly orderId: string;
  readonly marketplaceId: string;
  readonly status: string;
  readonly purchaseDate: string;
  readonly lastUpdateDate: string;
  readonly currency: string | null;
  readonly items: readonly {
    readonly sku: string | null;
    readonly asin: string | null;
    readonly quantity: number;
    readonly price: string;
    readonly shipping: string;
    readonly giftWrap: string;
    readonly tax: string;
    readonly discount: string;
    readonly other: string;
  }[];
}

/** What an order record keeps. */
export interface OrderData {
  readonly sellerId: string;
  readonly region: "na" | "eu" | "fe";
  readonly amazonOrderId: string;
  readonly marketplaceId: string;
  readonly order: OrderSnapshot;
  readonly dataAreaId?: string;
  readonly customerAccount?: string;
  readonly currency?: string;
  readonly invoiceDate?: string;
  readonly plan?: readonly PlanLine[];
  readonly invoice?: OrderDocument;
  /** Refund events (by digest) waiting for their credit note. */
  readonly pendingRefunds?: readonly string[];
  readonly creditPlan?: readonly PlanLine[];
  readonly creditNotes?: readonly (OrderDocument & { readonly refunds: readonly string[] })[];
  /** Refund events already credited. */
  readonly credited?: readonly string[];
  /** Why the order was skipped. */
  readonly skipped?: string;
  readonly attempts?: number;
}

/** Amazon statuses that are invoiced. Anything else waits (or, cancelled, never is). */
const INVOICED_STATUSES = new Set(["SHIPPED"]);
const FINAL_SKIPS = new Set(["CANCELLED", "UNFULFILLABLE"]);

function data(record: StoredRecord): OrderData {
  return record.data as unknown as OrderData;
}

function withData(record: StoredRecord, patch: Partial<OrderData>): JsonValue {
  return {
    ...(record.data as Record<string, JsonValue>),
    ...(patch as unknown as Record<string, JsonValue>),
  };
}

function snapshot(order: AmazonOrder): OrderSnapshot {
  return {
    orderId: order.orderId,
    marketplaceId: order.marketplaceId,
    status: order.status,
    purchaseDate: order.purchaseDate,
    lastUpdateDate: order.lastUpdateDate,
    currency: order.currency ?? null,
    items: order.items.map((i: AmazonOrderItem) => ({
      sku: i.sku ?? null,
      asin: i.asin ?? null,
      quantity: i.quantity,
      price: i.price.toString(),
      shipping: i.shipping.toString(),
      giftWrap: i.giftWrap.toString(),
      tax: i.tax.toString(),
      discount: i.discount.toString(),
      other: i.other.toString(),
    })),
  };
}

function seller(ctx: OrderFlowContext, d: OrderData): FlowSeller {
  const s = ctx.sellers.get(sellerKey(d.sellerId, d.region));
  if (!s) {
    throw new ConnectorError(`Seller ${d.sellerId} (${d.region}) is not configured on this connector`, {
      code: "CONFIG_INVALID",
      where: { system: "local", operation: "orders", record: d.amazonOrderId },
      hint: "add the seller to amazon.sellers, then replay",
    });
  }
  return s;
}

function marketplaceOf(ctx: OrderFlowContext, d: OrderData, record: string): ResolvedMarketplace {
  const m = findMarketplace(ctx.mapping, d.marketplaceId);
  if (!m) {
    throw new MappingError(`Order ${d.amazonOrderId}: marketplace ${d.marketplaceId} is not in the mapping`, {
      issues: [
        {
          code: "unknown_marketplace",
          path: ["marketplaces", d.marketplaceId],
          message: `add marketplace ${d.marketplaceId} (legal entity, currency, customer account) to the mapping`,
        },
      ],
      where: { system: "local", operation: "orders.map", record },
      hint: "add the marketplace to the mapping, then replay",
    });
  }
  return m;
}

// ------------------------------------------------------------------------------------------------
// Discovery (not a record step: it creates records, and reopens resting ones Amazon changed)

/** The marketplaces a seller's orders are polled in: configured, or the mapping's where it sells. */
async function pollMarketplaces(ctx: OrderFlowContext, s: FlowSeller): Promise<string[]> {
  if (s.marketplaceIds?.length) return [...s.marketplaceIds];
  const result = (await s.amazon.sellers.GET("/sellers/v1/marketplaceParticipations", {})) as {
    data?: { payload?: { marketplace?: { id?: string }; participation?: { isParticipating?: boolean } }[] };
    error?: unknown;
    response?: Response;
  };
  const participating = new Set(
    (result.data?.payload ?? [])
      .filter((p) => p.participation?.isParticipating !== false)
      .map((p) => p.marketplace?.id)
      .filter((id): id is string => typeof id === "string"),
  );
  if (!result.data) {
    throw new ConnectorError(`Cannot list the marketplaces of seller ${s.sellerId}`, {
      code: "AMAZON_UNAVAILABLE",
      retryable: true,
      where: { system: "amazon", operation: "getMarketplaceParticipations" },
      hint: "set amazon.sellers[].marketplaceIds, or try again later",
    });
  }
  return Object.keys(ctx.mapping.marketplaces).filter((m) => participating.has(m));
}

/**
 * Polls a seller's orders (per marketplace watermark, moved only after the whole poll and after
 * every record is written) and creates a `discovered` record for each new order. An order Amazon
 * reports again is looked at again: a skipped (pending) one goes back to `discovered`, an invoiced
 * one to `updated` (refunds). Records in work keep their state and take the new version.
 * @returns how many records were created or reopened.
 */
export async function discoverOrders(ctx: OrderFlowContext, s: FlowSeller): Promise<number> {
  const marketplaceIds = await pollMarketplaces(ctx, s);
  if (marketplaceIds.length === 0) return 0;
  const poller = createOrderPoller({
    amazon: s.amazon,
    storage: ctx.storage,
    sellerId: s.sellerId,
    marketplaceIds,
    api: ctx.orders.api,
    ...(ctx.orders.start ? { start: ctx.orders.start } : {}),
    clock: ctx.clock,
    logger: ctx.logger,
  });
  let touched = 0;
  await poller.poll(async (orders) => {
    for (const order of orders) {
      if (await upsertOrder(ctx, s, order)) touched++;
    }
  });
  return touched;
}

async function upsertOrder(ctx: OrderFlowContext, s: FlowSeller, order: AmazonOrder): Promise<boolean> {
  const id = orderRecordId(s.sellerId, order.orderId);
  const existing = await ctx.storage.records.get(id);
  const snap = snapshot(order);
  if (!existing) {
    const initial: OrderData = {
      sellerId: s.sellerId,
      region: s.region,
      amazonOrderId: order.orderId,
      marketplaceId: order.marketplaceId,
      order: snap,
    };
    // Only if still absent: an overlapping run may have created it since the look-up, and its steps
    // may already have written the invoice plan, which an upsert would replace.
    return createRecord(ctx.storage.records, {
      id,
      kind: ORDER_KIND,
      state: OrderState.discovered,
      data: initial as unknown as JsonValue,
    });
  }
  const d = data(existing);
  const reopen = (to: OrderState, reason: string) =>
    reopenAs(
      ctx,
      existing,
      to,
      reason,
      withData(existing, { order: snap, marketplaceId: order.marketplaceId }),
    );
  switch (existing.state) {
    case OrderState.skipped:
      if (FINAL_SKIPS.has(d.order.status)) return false;
      return reopen(OrderState.discovered, `Amazon updated the order (now ${order.status})`);
    case OrderState.invoiced:
    case OrderState.credited:
      return reopen(OrderState.updated, `Amazon updated the order after invoicing (${order.status})`);
    case OrderState.discovered:
      // Not fetched yet: take the newer version, but only if no other run (an overlapping
      // scheduled job of the same seller) moved the record meanwhile. An unconditional upsert
      // would replace the data that run wrote (its invoice plan) under its later state.
      try {
        await ctx.storage.records.transition(id, OrderState.discovered, OrderState.discovered, {
          data: withData(existing, { order: snap }),
          reason: `Amazon updated the order before it was fetched (${order.status})`,
          expectedVersion: existing.version,
        });
      } catch (e) {
        if (!(isConnectorError(e) && e.code === "STORAGE_CONFLICT")) throw e;
      }
      return false;
    default:
      // In work, parked or failed: the steps go on with what they have; a replay reads Amazon's news.
      return false;
  }
}

async function reopenAs(
  ctx: OrderFlowContext,
  record: StoredRecord,
  to: OrderState,
  reason: string,
  next: JsonValue,
): Promise<boolean> {
  await ctx.storage.records.transition(record.id, record.state, to, {
    data: next,
    reason,
    expectedVersion: record.version,
  });
  ctx.hub.emit({
    type: "transition",
    flow: "orders",
    record: record.id,
    from: record.state,
    to,
    reason,
    at: ctx.clock.now(),
  });
  return true;
}

// ------------------------------------------------------------------------------------------------
// Steps

async function fetch(record: StoredRecord, ctx: OrderFlowContext): Promise<StepResult> {
  const d = data(record);
  const status = d.order.status;
  if (!INVOICED_STATUSES.has(status)) {
    const final = FINAL_SKIPS.has(status);
    const why = final
      ? `the order is ${status.toLowerCase()}: it is never invoiced`
      : `the order is ${status.toLowerCase()}: it is invoiced once Amazon reports it shipped`;
    return { to: OrderState.skipped, data: withData(record, { skipped: why }), reason: why };
  }
  if (d.order.items.length === 0 || !d.order.currency) {
    throw new ConnectorError(`Amazon order ${d.amazonOrderId} has no items`, {
      code: "ORDER_WITHOUT_ITEMS",
      retryable: true,
      where: { system: "amazon", operation: "orders", record: record.id },
      hint: "Amazon sometimes lists an order before its items; it is tried again on the next run",
    });
  }
  // The version invoiced is archived, so an accountant can see what the invoice was made from.
  const key = `sync/orders/${encodeURIComponent(record.id)}/${encodeURIComponent(d.order.lastUpdateDate)}.json`;
  await ctx.storage.documents.put(key, JSON.stringify(d.order), {
    contentType: "application/json",
    record: record.id,
    attributes: { kind: "amazon-order", amazonOrderId: d.amazonOrderId },
  });
  return { to: OrderState.fetched, data: record.data as JsonValue, ref: key };
}

function account(
  ctx: OrderFlowContext,
  m: ResolvedMarketplace,
  role: string,
  record: string,
  issues: Issue[],
): string {
  const main = resolveAccountRole(ctx.mapping, role);
  if (main === undefined) {
    issues.push({
      code: "unmapped_account_role",
      path: ["accounts", role],
      message: `order invoices need a main account for the role '${role}'`,
    });
    return "";
  }
  void record;
  return ledgerDisplayValue(ctx.mapping.segmentFormat, main, m.dimensions);
}

/** The invoice lines of an order: items, tax, shipping, gift wrap, promotions, other charges. */
function planInvoice(ctx: OrderFlowContext, d: OrderData, record: string): PlanLine[] {
  const m = marketplaceOf(ctx, d, record);
  const currency = (d.order.currency ?? m.currency).toUpperCase();
  const type = ctx.orders.invoiceAs;
  const issues: Issue[] = [];
  const lines: PlanLine[] = [];
  const money = (text: string) => Money.of(text, currency);
  const salesOrder = type === "sales-order";
  const add = (role: string, amount: Money, description: string, extra: Partial<PlanLine> = {}) => {
    if (amount.isZero()) return;
    if (salesOrder && extra.itemNumber === undefined) {
      // Sales orders hold items; D365 computes their tax from the tax groups.
      if (role === "salesTax") return;
      const item = ctx.orders.chargeItems[role as "shipping" | "giftWrap" | "promotions"];
      if (!item) {
        issues.push({
          code: "charge_item_missing",
          path: ["orders", "chargeItems", role],
          message: `order ${d.amazonOrderId} has ${amount.toString()} ${currency} of ${role}; a sales order needs an item number for it`,
        });
        return;
      }
      lines.push({ role, amount: amount.toString(), itemNumber: item, quantity: "1", description, ...extra });
      return;
    }
    lines.push({
      role,
      amount: amount.toString(),
      ...(salesOrder ? {} : { mainAccountDisplayValue: account(ctx, m, role, record, issues) }),
      description,
      ...extra,
    });
  };
  for (const item of d.order.items) {
    // Throws a MappingError (the order parks) for an unmapped SKU under the `error` policy.
    const resolved = resolveItem(
      ctx.mapping,
      { sku: item.sku ?? undefined, asin: item.asin ?? undefined },
      record,
    );
    if (salesOrder && !resolved) {
      issues.push({
        code: "item_unmapped",
        path: ["items", "bySku", item.sku ?? ""],
        message: `a sales order line needs a D365 item for SKU ${item.sku ?? "(none)"}`,
      });
      continue;
    }
    const label =
      `${resolved?.itemNumber ?? item.sku ?? item.asin ?? "item"} ${item.sku ?? ""} x${item.quantity}`
        .replace(/\s+/g, " ")
        .trim();
    let price = money(item.price).plus(money(item.other));
    if (ctx.orders.promotions === "with-item") price = price.minus(money(item.discount));
    if (ctx.orders.giftWrap === "with-item") price = price.plus(money(item.giftWrap));
    const unit = unitPrice(price, item.quantity);
    lines.push({
      role: "sales",
      amount: price.toString(),
      quantity: String(item.quantity),
      ...(unit ? { unitPrice: unit.toString() } : {}),
      ...(resolved ? { itemNumber: resolved.itemNumber } : {}),
      ...(salesOrder ? {} : { mainAccountDisplayValue: account(ctx, m, "sales", record, issues) }),
      description: label,
    });
    add("salesTax", money(item.tax), `Tax ${label}`);
    add("shipping", money(item.shipping), `Shipping ${label}`);
    if (ctx.orders.giftWrap === "own-line") add("giftWrap", money(item.giftWrap), `Gift wrap ${label}`);
    if (ctx.orders.promotions === "own-line")
      add("promotions", money(item.discount).negate(), `Promotion ${label}`);
  }
  if (issues.length) {
    throw new MappingError(`Order ${d.amazonOrderId} cannot be invoiced with this mapping`, {
      issues,
      where: { system: "local", operation: "orders.map", record },
      hint: "complete the mapping (account roles, items) or orders.chargeItems, then replay; nothing was written",
    });
  }
  return lines;
}

/** price ÷ quantity when it is exact in the currency, else undefined (D365 takes the line amount). */
function unitPrice(price: Money, quantity: number): Money | undefined {
  if (quantity <= 0) return undefined;
  const minor = price.toMinorUnits();
  const q = BigInt(quantity);
  return minor % q === 0n ? Money.fromMinor(minor / q, price.currency) : undefined;
}

async function map(record: StoredRecord, ctx: OrderFlowContext): Promise<StepResult> {
  const d = data(record);
  const m = marketplaceOf(ctx, d, record.id);
  const currency = (d.order.currency ?? m.currency).toUpperCase();
  if (currency !== m.currency.toUpperCase()) {
    throw new MappingError(
      `Order ${d.amazonOrderId} is in ${currency}, marketplace ${m.name} in ${m.currency}`,
      {
        issues: [
          {
            code: "currency_mismatch",
            path: ["marketplaces", m.marketplaceId, "currency"],
            message: `the Amazon customer ${m.customerAccount} invoices in ${m.currency}`,
          },
        ],
        where: { system: "local", operation: "orders.map", record: record.id },
        hint: "fix the marketplace's currency in the mapping, then replay",
      },
    );
  }
  const plan = planInvoice(ctx, d, record.id);
  return {
    to: OrderState.mapped,
    data: withData(record, {
      dataAreaId: m.legalEntity,
      customerAccount: m.customerAccount,
      currency,
      invoiceDate: d.order.lastUpdateDate.slice(0, 10),
      plan,
    }),
  };
}

async function startInvoicing(record: StoredRecord): Promise<StepResult> {
  // Marks the intent before the first D365 write: from here a rerun looks D365 up first.
  return { to: OrderState.invoicing, data: record.data as JsonValue };
}

function ensureOptions(ctx: OrderFlowContext, record: string, fence: Fence) {
  return {
    record,
    dedup: ctx.storage.dedup,
    leaseMs: ctx.leaseMs,
    clock: ctx.heartbeatClock,
    logger: ctx.logger,
    fence,
  };
}

function total(lines: readonly PlanLine[], currency: string): string {
  return Money.sum(
    lines.map((l) => Money.of(l.amount, currency)),
    currency,
  ).toString();
}

async function invoice(record: StoredRecord, ctx: OrderFlowContext, fence: Fence): Promise<StepResult> {
  const d = data(record);
  const m = marketplaceOf(ctx, d, record.id);
  const currency = d.currency ?? m.currency.toUpperCase();
  const plan = d.plan ?? [];
  const options = ensureOptions(ctx, record.id, fence);
  // One customer per marketplace and legal entity, found by its account (created when the mapping says how).
  const customer = marketplaceCustomer(ctx.mapping, m.marketplaceId);
  if (customer) await ensureCustomer(ctx.d365, customer, options);
  const lines: OrderInvoiceLine[] = plan.map((l) => ({
    amount: Money.of(l.amount, currency),
    ...(l.quantity && ctx.orders.invoiceAs === "sales-order" ? { quantity: l.quantity } : {}),
    ...(l.unitPrice ? { unitPrice: Money.of(l.unitPrice, currency) } : {}),
    ...(l.itemNumber ? { itemNumber: l.itemNumber } : {}),
    ...(l.mainAccountDisplayValue ? { mainAccountDisplayValue: l.mainAccountDisplayValue } : {}),
    description: l.description,
    ...(m.salesTaxGroup ? { salesTaxGroupId: m.salesTaxGroup } : {}),
    ...(m.itemSalesTaxGroup ? { salesTaxItemGroupId: m.itemSalesTaxGroup } : {}),
  }));
  const ensured = await ensureCustomerInvoice(
    ctx.d365,
    {
      dataAreaId: d.dataAreaId ?? m.legalEntity,
      customerAccount: d.customerAccount ?? m.customerAccount,
      amazonOrderId: d.amazonOrderId,
      invoiceDate: d.invoiceDate ?? d.order.lastUpdateDate.slice(0, 10),
      currencyCode: currency,
      lines,
    },
    { ...options, type: ctx.orders.invoiceAs },
  );
  const v = ensured.value;
  const doc: OrderDocument = {
    number: v.type === "free-text-invoice" ? v.invoiceIdentifier : v.salesOrderNumber,
    type: v.type,
    reference: d.amazonOrderId,
    outcome: ensured.outcome,
    lines: plan.length,
    total: total(plan, currency),
  };
  // A refund Amazon booked before the order was first seen: credit it now.
  const refunds = await uncreditedRefunds(ctx, d, record.id);
  const patch: Partial<OrderData> = {
    invoice: doc,
    ...(refunds.length ? refundPatch(ctx, d, refunds, record.id) : {}),
  };
  return {
    to: refunds.length ? OrderState.crediting : OrderState.invoiced,
    data: withData(record, patch),
    ref: doc.number,
  };
}

/** Refund events of the order that no credit note holds yet. */
async function uncreditedRefunds(
  ctx: OrderFlowContext,
  d: OrderData,
  record: string,
): Promise<{ digest: string; event: FinancialEvent }[]> {
  const s = seller(ctx, d);
  const credited = new Set(d.credited ?? []);
  const out: { digest: string; event: FinancialEvent }[] = [];
  for await (const event of listFinancialEventsByOrderId(s.amazon, d.amazonOrderId, { logger: ctx.logger })) {
    if (event.kind !== "Refund") continue;
    const digest = createHash("sha256").update(JSON.stringify(event.raw)).digest("hex").slice(0, 16);
    if (credited.has(digest) || out.some((r) => r.digest === digest)) continue;
    out.push({ digest, event });
  }
  void record;
  return out;
}

/** The credit note lines of refunds: the amounts the settlement clears against the customer. */
function refundPatch(
  ctx: OrderFlowContext,
  d: OrderData,
  refunds: readonly { digest: string; event: FinancialEvent }[],
  record: string,
): Partial<OrderData> {
  const m = marketplaceOf(ctx, d, record);
  const currency = d.currency ?? m.currency.toUpperCase();
  const issues: Issue[] = [];
  const byRole = new Map<string, Money>();
  for (const { event } of refunds) {
    for (const a of event.amounts) {
      if (!isInvoicedAmount({ ...a, transactionType: "Refund", orderId: d.amazonOrderId })) continue;
      const description = a.amountDescription.toLowerCase();
      const role = description.includes("tax")
        ? "salesTax"
        : a.amountType.toLowerCase() === "promotion"
          ? "promotions"
          : description.startsWith("shipping")
            ? "shipping"
            : description.startsWith("giftwrap")
              ? "giftWrap"
              : "refunds";
      if (a.amount.currency !== currency) {
        issues.push({
          code: "currency_mismatch",
          path: ["refunds", d.amazonOrderId],
          message: `a refund amount in ${a.amount.currency} on an order invoiced in ${currency}`,
        });
        continue;
      }
      byRole.set(role, (byRole.get(role) ?? Money.zero(currency)).plus(a.amount));
    }
  }
  const creditPlan: PlanLine[] = [];
  for (const [role, amount] of byRole) {
    if (amount.isZero()) continue;
    creditPlan.push({
      role,
      amount: amount.toString(),
      mainAccountDisplayValue: account(ctx, m, role, record, issues),
      description: `Refund ${d.amazonOrderId} ${role}`,
    });
  }
  if (issues.length) {
    throw new MappingError(`The refund of order ${d.amazonOrderId} cannot be credited with this mapping`, {
      issues,
      where: { system: "local", operation: "orders.credit", record },
      hint: "map the account roles named here, then replay; nothing was written",
    });
  }
  return { pendingRefunds: refunds.map((r) => r.digest), creditPlan };
}

async function checkRefunds(record: StoredRecord, ctx: OrderFlowContext): Promise<StepResult> {
  const d = data(record);
  const refunds = await uncreditedRefunds(ctx, d, record.id);
  if (refunds.length === 0) {
    return {
      to: d.creditNotes?.length ? OrderState.credited : OrderState.invoiced,
      data: record.data as JsonValue,
      reason: "no new refund",
    };
  }
  return { to: OrderState.crediting, data: withData(record, refundPatch(ctx, d, refunds, record.id)) };
}

/** The reference of a credit note: the order id and a digest of the refunds it holds (≤ 60 characters). */
export function creditNoteReference(amazonOrderId: string, refunds: readonly string[]): string {
  const digest = createHash("sha256")
    .update([...refunds].sort().join(","))
    .digest("hex")
    .slice(0, 8);
  return `${amazonOrderId} CN ${digest}`;
}

async function credit(record: StoredRecord, ctx: OrderFlowContext, fence: Fence): Promise<StepResult> {
  const d = data(record);
  const m = marketplaceOf(ctx, d, record.id);
  const currency = d.currency ?? m.currency.toUpperCase();
  const refunds = d.pendingRefunds ?? [];
  const plan = d.creditPlan ?? [];
  if (plan.length === 0) {
    // Refunds with nothing the invoice held (fees only): nothing to credit.
    return {
      to: OrderState.credited,
      data: withData(record, {
        credited: [...(d.credited ?? []), ...refunds],
        pendingRefunds: [],
        creditPlan: [],
      }),
    };
  }
  const reference = creditNoteReference(d.amazonOrderId, refunds);
  // Always a free text invoice with negative lines: a sales order holds one Amazon order id only.
  const ensured = await ensureFreeTextInvoice(
    ctx.d365,
    {
      dataAreaId: d.dataAreaId ?? m.legalEntity,
      customerAccount: d.customerAccount ?? m.customerAccount,
      reference,
      invoiceDate: new Date(ctx.clock.now()).toISOString().slice(0, 10),
      currencyCode: currency,
      lines: plan.map((l) => ({
        mainAccountDisplayValue: l.mainAccountDisplayValue ?? "",
        amount: Money.of(l.amount, currency),
        description: l.description,
        ...(m.salesTaxGroup ? { salesTaxGroupId: m.salesTaxGroup } : {}),
        ...(m.itemSalesTaxGroup ? { salesTaxItemGroupId: m.itemSalesTaxGroup } : {}),
      })),
    },
    ensureOptions(ctx, record.id, fence),
  );
  const note = {
    number: ensured.value.invoiceIdentifier,
    type: "free-text-invoice" as const,
    reference,
    outcome: ensured.outcome,
    lines: plan.length,
    total: total(plan, currency),
    refunds,
  };
  return {
    to: OrderState.credited,
    data: withData(record, {
      creditNotes: [...(d.creditNotes ?? []), note],
      credited: [...(d.credited ?? []), ...refunds],
      pendingRefunds: [],
      creditPlan: [],
    }),
    ref: note.number,
  };
}

/** The order flow's state machine. */
export const orderFlow: FlowDefinition<OrderFlowContext> = {
  name: "orders",
  kind: ORDER_KIND,
  done: [OrderState.invoiced, OrderState.credited, OrderState.skipped],
  steps: [
    {
      from: "discovered",
      to: ["fetched", "skipped"],
      does: "keep the order and its items as polled; pending and cancelled orders are skipped (pending ones come back when Amazon updates them)",
      run: fetch,
    },
    {
      from: "fetched",
      to: ["mapped"],
      does: "SKU → item, amounts → invoice lines on the mapping's accounts (exact), kept on the record",
      run: map,
    },
    {
      from: "mapped",
      to: ["invoicing"],
      does: "mark the intent to write, before the first D365 call",
      run: startInvoicing,
    },
    {
      from: "invoicing",
      to: ["invoiced", "crediting"],
      does: "ensure the Amazon customer, find or create the invoice by the Amazon order id (header, then lines), fenced; look for refunds",
      run: invoice,
    },
    {
      from: "updated",
      to: ["invoiced", "credited", "crediting"],
      does: "Amazon changed an invoiced order: look for refunds not credited yet",
      run: checkRefunds,
    },
    {
      from: "crediting",
      to: ["credited"],
      does: "find or create the credit note of the new refunds by its reference, fenced",
      run: credit,
    },
  ],
  resumeFrom(state) {
    // A fixed mapping must be taken into account: map again before writing.
    if (state === "mapped" || state === "invoicing") return "fetched";
    return state;
  },
};

// ------------------------------------------------------------------------------------------------
// Runs and reports

/** One order in a run report. */
export interface OrderReportEntry {
  /** The record id: `order:<sellerId>:<amazonOrderId>`. */
  readonly record: string;
  readonly amazonOrderId: string;
  readonly marketplaceId: string;
  /** `invoiced`, `credited`, `skipped`, `parked`, `failed`, or where it stopped. */
  readonly state: string;
  /** The invoice (free text invoice id or sales order number) and how it came about. */
  readonly invoice: { readonly number: string; readonly outcome: string } | null;
  /** The latest credit note, when a refund was credited. */
  readonly creditNote: { readonly number: string; readonly outcome: string } | null;
  /** Why it is parked, failed or skipped. */
  readonly reason: string | null;
  /** What to do about it. */
  readonly hint: string | null;
}

/** What `connector.run("orders")` did. */
export interface OrderRunReport {
  readonly flow: "orders";
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Orders seen for the first time, or seen again after Amazon changed them. */
  readonly discovered: number;
  readonly orders: readonly OrderReportEntry[];
  readonly counts: {
    readonly total: number;
    readonly invoiced: number;
    readonly credited: number;
    readonly skipped: number;
    readonly parked: number;
    readonly failed: number;
    /** Held by another worker (their lease is live). */
    readonly busy: number;
  };
  /** True when the run was stopped by its signal before every record rested. */
  readonly stopped: boolean;
}

/** The report entry of an order record. */
export function orderEntry(record: StoredRecord): OrderReportEntry {
  const d = (record.data ?? {}) as unknown as OrderData & { error?: { message: string; hint?: string } };
  const resting = record.state === "parked" || record.state === "failed";
  const note = d.creditNotes?.[d.creditNotes.length - 1];
  return {
    record: record.id,
    amazonOrderId: d.amazonOrderId,
    marketplaceId: d.marketplaceId,
    state: record.state,
    invoice: d.invoice ? { number: d.invoice.number, outcome: d.invoice.outcome } : null,
    creditNote: note ? { number: note.number, outcome: note.outcome } : null,
    reason: resting
      ? (record.reason ?? d.error?.message ?? null)
      : record.state === OrderState.skipped
        ? (d.skipped ?? null)
        : null,
    hint: resting ? (d.error?.hint ?? null) : null,
  };
}

/** Every order record of a store (optionally in one state), by id. */
export async function listOrderRecords(
  storage: FlowContext["storage"],
  filter: { readonly state?: string } = {},
): Promise<StoredRecord[]> {
  return listRecords(storage, ORDER_KIND, filter);
}

/** Drives order records through the runner and reports them. */
export async function driveOrders(
  ids: readonly string[],
  ctx: OrderFlowContext,
  rc: () => RunnerContext,
  signal: AbortSignal | undefined,
  discovered: number,
  startedAt: number,
): Promise<OrderRunReport> {
  let busy = 0;
  let done = 0;
  let parked = 0;
  let failed = 0;
  let stopped = false;
  for (const id of ids) {
    if (signal?.aborted) {
      stopped = true;
      break;
    }
    const outcome = await runRecord(orderFlow, id, ctx, rc(), signal);
    if (outcome === "stopped") stopped = true;
    if (outcome === "busy") busy++;
    if (outcome === "done") done++;
    if (outcome === "parked") parked++;
    if (outcome === "failed") failed++;
    ctx.hub.emit({
      type: "progress",
      flow: "orders",
      total: ids.length,
      done,
      parked,
      failed,
      at: ctx.clock.now(),
    });
  }
  const records = (await Promise.all(ids.map((id) => ctx.storage.records.get(id)))).filter(
    (r): r is StoredRecord => r !== undefined,
  );
  const orders = records.map(orderEntry);
  const count = (state: string) => orders.filter((o) => o.state === state).length;
  return {
    flow: "orders",
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(ctx.clock.now()).toISOString(),
    discovered,
    orders,
    counts: {
      total: orders.length,
      invoiced: count(OrderState.invoiced),
      credited: count(OrderState.credited),
      skipped: count(OrderState.skipped),
      parked: count(OrderState.parked),
      failed: count(OrderState.failed),
      busy,
    },
    stopped,
  };
}

/**
 * One run of the orders flow: poll every seller, then move every active order record as far as it
 * goes (skipped, invoiced and credited ones rest until Amazon reports them again).
 * @throws ConnectorError `CONFIG_INVALID` when `orders.enabled` is false.
 */
export async function runOrders(
  ctx: OrderFlowContext,
  rc: () => RunnerContext,
  signal: AbortSignal | undefined,
  only?: { readonly sellerId: string; readonly region?: string },
): Promise<OrderRunReport> {
  if (!ctx.orders.enabled) {
    throw new ConnectorError("The orders flow is not enabled on this connector", {
      code: "CONFIG_INVALID",
      where: { system: "local", operation: "connector.run", field: "orders.enabled" },
      hint: 'set orders: { enabled: true } and posting: { orderRevenue: "invoiced" } (settlements then clear the Amazon customer instead of booking revenue twice)',
    });
  }
  const startedAt = ctx.clock.now();
  // A scheduled run is per seller: each (flow, seller) job polls and drives only that seller's
  // orders, so N workers share the sellers instead of all racing for every record.
  const mine = (s: { readonly sellerId: string; readonly region: string }) =>
    !only || (s.sellerId === only.sellerId && (!only.region || s.region === only.region));
  let discovered = 0;
  for (const s of ctx.sellers.values()) {
    if (signal?.aborted) break;
    if (!mine(s)) continue;
    discovered += await discoverOrders(ctx, s);
  }
  const active = (await listOrderRecords(ctx.storage)).filter((r) => {
    if (orderFlow.done.includes(r.state) || r.state === "parked") return false;
    const d = r.data as unknown as OrderData | undefined;
    return mine({ sellerId: d?.sellerId ?? "", region: d?.region ?? "na" });
  });
  return driveOrders(
    active.map((r) => r.id),
    ctx,
    rc,
    signal,
    discovered,
    startedAt,
  );
}

/** Reopens parked (or failed) order records, by record id, Amazon order id or state, and runs them. */
export async function replayOrders(
  ctx: OrderFlowContext,
  rc: () => RunnerContext,
  target: string | { readonly state: "parked" | "failed" },
  signal: AbortSignal | undefined,
): Promise<OrderRunReport> {
  const startedAt = ctx.clock.now();
  const candidates =
    typeof target === "string"
      ? (await listOrderRecords(ctx.storage)).filter(
          (r) => r.id === target || (r.data as unknown as OrderData | undefined)?.amazonOrderId === target,
        )
      : await listOrderRecords(ctx.storage, { state: target.state });
  if (typeof target === "string" && candidates.length === 0) {
    throw new ConnectorError(`No order record for '${target}'`, {
      code: "NOT_FOUND",
      where: { system: "local", operation: "connector.replay", record: target },
      hint: "replay takes an Amazon order id or an order record id (order:<sellerId>:<amazonOrderId>)",
    });
  }
  const reopened: string[] = [];
  for (const r of candidates) {
    if (await reopenRecord(orderFlow, rc(), r.id)) reopened.push(r.id);
  }
  return driveOrders(reopened, ctx, rc, signal, 0, startedAt);
}
