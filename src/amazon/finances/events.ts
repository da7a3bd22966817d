/**
 * Finances normalization: v0 `FinancialEvents` lists (shipment, refund, service fee, adjustment,
 * chargeback, retrocharge, … — all 34 of the model) into {@link FinancialEvent}s, and 2024-06-19
 * transactions into {@link FinanceTransaction}s. This is the provisional view between settlements;
 * the settlement report stays the book of record. Unknown lists are kept (`known: false`), never
 * dropped.
 *
 * Amounts are keyed like settlement rows (a {@link FinancialEventAmount} is a mapping `AmountInput`);
 * the flattening lives here, once, because the Amazon layer may not import the mapping layer, and
 * the mapping layer's `financeAmounts` reads it from here.
 */
import type { components as Finances2024 } from "../../../generated/amazon/finances_2024-06-19.js";
import type { components as FinancesV0 } from "../../../generated/amazon/financesV0.js";
import { ValidationError } from "../../core/errors.js";
import { Money } from "../../core/money.js";
import { normalizeInstant } from "../reports/call-result.js";

/** Names of the event lists in the Finances v0 model (generated). */
export type FinancialEventListName = keyof FinancesV0["schemas"]["FinancialEvents"];

/** An event's kind: its list name without `EventList` (`Shipment`, `Refund`, `ServiceFee`, …). */
export type FinancialEventKind = {
  [K in FinancialEventListName]: K extends `${infer P}EventList` ? P : never;
}[FinancialEventListName];

/**
 * One amount of an event, keyed like a settlement row: transaction-type = the event kind;
 * amount-type = the component (`Charge`, `Fee`, `Promotion`, `TaxWithheld`, `Adjustment`, `Total`,
 * or `Amount` for a named money field); amount-description = the component's type (`Principal`,
 * `FBAPerUnitFulfillmentFee`, …) or the field's name.
 */
export interface FinancialEventAmount {
  readonly transactionType: string;
  readonly amountType: string;
  readonly amountDescription: string;
  readonly amount: Money;
  readonly sku?: string | undefined;
  readonly orderId?: string | undefined;
  readonly marketplaceName?: string | undefined;
  /** `YYYY-MM-DD` (UTC). */
  readonly postedDate?: string | undefined;
}

/** One financial event with exact amounts. */
export interface FinancialEvent {
  /** The list it came from, less `EventList`; any string for lists newer than this SDK. */
  readonly kind: FinancialEventKind | (string & {});
  /** False for a list the generated model does not know: keep it and park it for review. */
  readonly known: boolean;
  /** ISO 8601; absent on ServiceFee events (Amazon sends none). */
  readonly postedDate: string | undefined;
  readonly orderId: string | undefined;
  readonly marketplaceName: string | undefined;
  /** Flattened amounts, keyed like settlement rows. */
  readonly amounts: readonly FinancialEventAmount[];
  /** Sum of {@link amounts}; undefined when they mix currencies or there are none. */
  readonly total: Money | undefined;
  /** The event as Amazon sent it. */
  readonly raw: Readonly<Record<string, unknown>>;
}

type Json = Record<string, unknown>;

const KNOWN_LISTS: ReadonlySet<string> = new Set<FinancialEventListName>([
  "ShipmentEventList",
  "ShipmentSettleEventList",
  "RefundEventList",
  "GuaranteeClaimEventList",
  "ChargebackEventList",
  "PayWithAmazonEventList",
  "ServiceProviderCreditEventList",
  "RetrochargeEventList",
  "RentalTransactionEventList",
  "ProductAdsPaymentEventList",
  "ServiceFeeEventList",
  "SellerDealPaymentEventList",
  "DebtRecoveryEventList",
  "LoanServicingEventList",
  "AdjustmentEventList",
  "SAFETReimbursementEventList",
  "SellerReviewEnrollmentPaymentEventList",
  "FBALiquidationEventList",
  "CouponPaymentEventList",
  "ImagingServicesFeeEventList",
  "NetworkComminglingTransactionEventList",
  "AffordabilityExpenseEventList",
  "AffordabilityExpenseReversalEventList",
  "RemovalShipmentEventList",
  "RemovalShipmentAdjustmentEventList",
  "TrialShipmentEventList",
  "TDSReimbursementEventList",
  "AdhocDisbursementEventList",
  "TaxWithholdingEventList",
  "ChargeRefundEventList",
  "FailedAdhocDisbursementEventList",
  "ValueAddedServiceChargeEventList",
  "CapacityReservationBillingEventList",
  "EBTRefundReimbursementOnlyEventList",
] as FinancialEventListName[]);

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function eventsOf(list: unknown): Json[] {
  if (Array.isArray(list)) return list.filter(isObject);
  // XML-shaped input wraps members: <ShipmentEventList><ShipmentEvent>…</ShipmentEvent></ShipmentEventList>.
  if (isObject(list))
    return Object.values(list).flatMap((v) =>
      Array.isArray(v) ? v.filter(isObject) : isObject(v) ? [v] : [],
    );
  return [];
}

function text(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() ? v.trim() : undefined;
}

// Money fields that are an event's own total: when present, only the total is kept, so its parts
// are not counted twice.
const TOTAL_KEYS = [
  "TotalAmount",
  "totalAmount",
  "transactionValue",
  "TransactionAmount",
  "RecoveryAmount",
  "LoanAmount",
  "TotalExpense",
  "TotalAmountDue",
];
const TYPE_FIELDS = [
  "FeeType",
  "feeType",
  "AdjustmentType",
  "transactionType",
  "TransactionType",
  "DebtRecoveryType",
  "SourceBusinessEventType",
  "ProviderTransactionType",
  "RetrochargeEventType",
  "EventType",
];

function moneyOf(v: unknown): Money | undefined {
  if (!isObject(v)) return undefined;
  const code = v.CurrencyCode ?? v.currencyCode;
  const amount = v.CurrencyAmount ?? v.currencyAmount;
  if (typeof code !== "string" || (typeof amount !== "number" && typeof amount !== "string"))
    return undefined;
  // JSON numbers print in their shortest round-trip form, which is the decimal Amazon wrote.
  const textValue = typeof amount === "number" ? String(amount) : amount.trim();
  return Money.parse(textValue, code, { format: "dot" });
}

/** `FeeAmount` next to `FeeType` → component `Fee` of type `<FeeType>`. */
function typed(parent: Json, key: string): { component: string; type: string } | undefined {
  const m = /^(.*)Amount$/.exec(key);
  if (!m?.[1]) return undefined;
  const type = text(parent[`${m[1]}Type`]);
  return type ? { component: m[1], type } : undefined;
}

/** Flattens one event into amounts. */
export function flattenEventAmounts(
  kind: string,
  raw: Readonly<Record<string, unknown>>,
): FinancialEventAmount[] {
  const event = raw as Json;
  const posted = text(event.PostedDate) ?? text(event.postedDate) ?? text(event.TransactionPostedDate);
  const base = {
    transactionType: kind,
    marketplaceName: text(event.MarketplaceName),
    orderId: text(event.AmazonOrderId) ?? text(event.SellerOrderId),
    postedDate: posted?.slice(0, 10),
  };
  const out: FinancialEventAmount[] = [];
  const push = (amountType: string, amountDescription: string, amount: Money, sku?: string) =>
    out.push({ ...base, amountType, amountDescription, amount, ...(sku ? { sku } : {}) });

  const total = TOTAL_KEYS.find((k) => moneyOf(event[k]) !== undefined);
  if (total !== undefined) {
    const described = TYPE_FIELDS.map((f) => text(event[f])).find(Boolean) ?? total;
    push("Total", described, moneyOf(event[total]) as Money);
    return out;
  }
  const topMoney = Object.keys(event).filter((k) => moneyOf(event[k]) !== undefined);
  const topTyped = topMoney.find((k) => typed(event, k) !== undefined);
  if (topTyped !== undefined) {
    // A typed top-level amount (AdjustmentAmount, a deal's FeeAmount) stands for the event; nested
    // lists are its parts. Sibling top-level amounts (a deal's TaxAmount) are separate charges.
    const t = typed(event, topTyped) as { component: string; type: string };
    push(t.component, t.type, moneyOf(event[topTyped]) as Money);
    for (const k of topMoney) {
      if (k === topTyped) continue;
      const other = typed(event, k);
      push(other ? other.component : "Amount", other ? other.type : k, moneyOf(event[k]) as Money);
    }
    return out;
  }
  const walk = (node: Json, ancestors: readonly string[], sku: string | undefined) => {
    const here = text(node.SellerSKU) ?? sku;
    for (const [key, value] of Object.entries(node)) {
      const money = moneyOf(value);
      if (money) {
        const t = typed(node, key);
        const withheld = ancestors.some((a) => /TaxWithheld|TaxesWithheld/.test(a));
        if (t) push(t.component === "Charge" && withheld ? "TaxWithheld" : t.component, t.type, money, here);
        else push(withheld ? "TaxWithheld" : "Amount", key, money, here);
        continue;
      }
      if (Array.isArray(value)) {
        for (const item of value) if (isObject(item)) walk(item, [...ancestors, key], here);
      } else if (isObject(value)) {
        walk(value, [...ancestors, key], here);
      }
    }
  };
  walk(event, [], undefined);
  return out;
}

/** The `FinancialEvents` object inside a response, payload, or the object itself. */
function financialEventsOf(body: unknown): Json | undefined {
  if (!isObject(body)) return undefined;
  const payload = isObject(body.payload) ? body.payload : body;
  if (isObject(payload.FinancialEvents)) return payload.FinancialEvents;
  return payload;
}

/**
 * Normalizes Finances v0 events: a `FinancialEvents` object (JSON, or XML-shaped as
 * fast-xml-parser reads MWS documents), or a whole `listFinancialEvents*` response.
 * @example
 * const events = normalizeFinancialEvents(response.payload.FinancialEvents);
 * const refunds = events.filter((e) => e.kind === "Refund");
 */
export function normalizeFinancialEvents(body: unknown): FinancialEvent[] {
  const lists = financialEventsOf(body);
  if (!lists) return [];
  const out: FinancialEvent[] = [];
  for (const [listName, list] of Object.entries(lists)) {
    if (!listName.endsWith("EventList")) continue;
    const kind = listName.slice(0, -"EventList".length);
    for (const raw of eventsOf(list)) {
      const amounts = flattenEventAmounts(kind, raw);
      const currencies = new Set(amounts.map((a) => a.amount.currency));
      const [currency] = currencies;
      const total =
        currencies.size === 1 && currency !== undefined
          ? Money.sum(
              amounts.map((a) => a.amount),
              currency,
            )
          : undefined;
      const posted = text(raw.PostedDate) ?? text(raw.postedDate) ?? text(raw.TransactionPostedDate);
      out.push({
        kind,
        known: KNOWN_LISTS.has(listName),
        postedDate: normalizeInstant(posted) ?? posted,
        orderId: text(raw.AmazonOrderId) ?? text(raw.SellerOrderId),
        marketplaceName: text(raw.MarketplaceName),
        amounts,
        total,
        raw,
      });
    }
  }
  return out;
}

/** One breakdown of a 2024-06-19 transaction, nested as Amazon sends it. */
export interface FinanceBreakdown {
  readonly type: string;
  readonly amount: Money | undefined;
  readonly breakdowns: readonly FinanceBreakdown[];
}

/** A Finances 2024-06-19 transaction with exact amounts. */
export interface FinanceTransaction {
  readonly transactionId: string | undefined;
  /** Free text (`Shipment`, `Refund`, `ServiceFee`, …). */
  readonly transactionType: string | undefined;
  /** Documented as DEFERRED | RELEASED | DEFERRED_RELEASED; Amazon's own example says `Released`. */
  readonly transactionStatus: string | undefined;
  readonly description: string | undefined;
  readonly postedDate: string | undefined;
  readonly marketplaceId: string | undefined;
  readonly total: Money | undefined;
  /** Related identifiers by name: `ORDER_ID`, `FINANCIAL_EVENT_GROUP_ID`, `SETTLEMENT_ID`, … */
  readonly related: Readonly<Record<string, string>>;
  readonly breakdowns: readonly FinanceBreakdown[];
  readonly raw: Finances2024["schemas"]["Transaction"];
}

/**
 * An exact amount from Finances' `{ currencyCode, currencyAmount }` (JSON number): its shortest
 * decimal text is the decimal Amazon wrote.
 */
export function financeMoney(
  value: { currencyCode?: string; currencyAmount?: number } | undefined,
  where: { record?: string; field: string },
): Money | undefined {
  if (!value || value.currencyCode === undefined || value.currencyAmount === undefined) return undefined;
  const textValue = String(value.currencyAmount);
  try {
    return Money.parse(textValue, value.currencyCode, { format: "dot" });
  } catch (e) {
    throw new ValidationError(`Finances amount ${textValue} ${value.currencyCode} cannot be read exactly`, {
      issues: [{ code: "invalid_amount", path: [where.field], message: String(e) }],
      where: { system: "amazon", field: where.field, ...(where.record ? { record: where.record } : {}) },
      hint: "report this transaction to ml-connector; it was not processed",
      cause: e,
    });
  }
}

function breakdownsOf(
  list: readonly Finances2024["schemas"]["Breakdown"][] | undefined,
  record: string | undefined,
  path: string,
): FinanceBreakdown[] {
  return (list ?? []).map((b, i) => ({
    type: b.breakdownType ?? "",
    amount: financeMoney(b.breakdownAmount, {
      field: `${path}[${i}].breakdownAmount`,
      ...(record ? { record } : {}),
    }),
    breakdowns: breakdownsOf(b.breakdowns, record, `${path}[${i}].breakdowns`),
  }));
}

/** Normalizes one Finances 2024-06-19 transaction. */
export function normalizeTransaction(t: Finances2024["schemas"]["Transaction"]): FinanceTransaction {
  const record = t.transactionId;
  const related: Record<string, string> = {};
  for (const r of t.relatedIdentifiers ?? []) {
    if (r.relatedIdentifierName && r.relatedIdentifierValue !== undefined)
      related[r.relatedIdentifierName] = r.relatedIdentifierValue;
  }
  return {
    transactionId: t.transactionId,
    transactionType: t.transactionType,
    transactionStatus: t.transactionStatus,
    description: t.description,
    postedDate: normalizeInstant(t.postedDate) ?? t.postedDate,
    marketplaceId: t.marketplaceDetails?.marketplaceId ?? t.sellingPartnerMetadata?.marketplaceId,
    total: financeMoney(t.totalAmount, { field: "totalAmount", ...(record ? { record } : {}) }),
    related,
    breakdowns: breakdownsOf(t.breakdowns, record, "breakdowns"),
    raw: t,
  };
}
