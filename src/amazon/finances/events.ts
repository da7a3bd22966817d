/**
 * Finances normalization: v0 `FinancialEvents` lists (shipment, refund, service fee, adjustment,
 * chargeback, retrocharge, … — all 34 of the model) into {@link FinancialEvent}s, and 2024-06-19
 * transactions into {@link FinanceTransaction}s. This is the provisional view between settlements;
 * the settlement report stays the book of record. Unknown lists are kept (`known: false`), never
 * dropped.
 */
import type { components as Finances2024 } from "../../../generated/amazon/finances_2024-06-19.js";
import type { components as FinancesV0 } from "../../../generated/amazon/financesV0.js";
import { ValidationError } from "../../core/errors.js";
import { Money } from "../../core/money.js";
import { financeAmounts } from "../../mapping/finance-amounts.js";
import type { AmountInput } from "../../mapping/settlement-lines.js";
import { normalizeInstant } from "../reports/call-result.js";

/** Names of the event lists in the Finances v0 model (generated). */
export type FinancialEventListName = keyof FinancesV0["schemas"]["FinancialEvents"];

/** An event's kind: its list name without `EventList` (`Shipment`, `Refund`, `ServiceFee`, …). */
export type FinancialEventKind = {
  [K in FinancialEventListName]: K extends `${infer P}EventList` ? P : never;
}[FinancialEventListName];

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
  /** Flattened amounts, keyed like settlement rows (see `financeAmounts`). */
  readonly amounts: readonly AmountInput[];
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

// Keys financeAmounts treats as an event's own total (its parts are then not counted).
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

function isMoneyLike(v: unknown): v is Json {
  return (
    isObject(v) &&
    (v.CurrencyCode ?? v.currencyCode) !== undefined &&
    (v.CurrencyAmount ?? v.currencyAmount) !== undefined
  );
}

/**
 * financeAmounts keeps a single typed top-level amount (`FeeAmount` with `FeeType`) when an event
 * has no total; a sibling top-level amount (a deal fee's `TaxAmount`) would be lost, so it is added.
 */
function withUntypedSiblings(amounts: AmountInput[], raw: Json): AmountInput[] {
  const first = amounts[0];
  if (amounts.length !== 1 || !first || first.amountType === "Total") return amounts;
  if (TOTAL_KEYS.some((k) => isMoneyLike(raw[k]))) return amounts;
  const moneyKeys = Object.keys(raw).filter((k) => isMoneyLike(raw[k]));
  const used = moneyKeys.find(
    (k) => /Amount$/.test(k) && text(raw[k.replace(/Amount$/, "Type")]) !== undefined,
  );
  const extra: AmountInput[] = [];
  for (const key of moneyKeys) {
    if (key === used) continue;
    const m = raw[key] as Json;
    const code = String(m.CurrencyCode ?? m.currencyCode);
    const value = m.CurrencyAmount ?? m.currencyAmount;
    extra.push({
      ...first,
      amountType: "Amount",
      amountDescription: key,
      amount: Money.parse(typeof value === "number" ? String(value) : String(value).trim(), code, {
        format: "dot",
      }),
    });
  }
  return [...amounts, ...extra];
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
      const amounts = withUntypedSiblings(financeAmounts({ [listName]: [raw] }), raw);
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
