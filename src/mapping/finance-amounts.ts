/**
 * Flattens Finances API v0 `FinancialEvents` into amounts keyed like settlement rows, so one set of
 * mapping rules (with `source: "finances"`) covers both:
 * - transaction-type: the event type (`ShipmentEventList` → `Shipment`);
 * - amount-type: the component (`Charge`, `Fee`, `Promotion`, `TaxWithheld`, `Adjustment`, `Total`,
 *   or `Amount` for a named money field);
 * - amount-description: the component's type (`Principal`, `FBAPerUnitFulfillmentFee`, …), or the
 *   money field's name.
 * When an event carries its own total (`TotalAmount`, `transactionValue`, a typed top-level amount
 * like `AdjustmentAmount`), only that total is kept, so its parts are not counted twice. The
 * Finances API is the provisional view; the settlement report remains the book of record.
 */
import { Money } from "../core/money.js";
import type { AmountInput } from "./settlement-lines.js";

type Json = Record<string, unknown>;

const TOTALS = [
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

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function moneyOf(v: unknown): Money | undefined {
  if (!isObject(v)) return undefined;
  const code = v.CurrencyCode ?? v.currencyCode;
  const amount = v.CurrencyAmount ?? v.currencyAmount;
  if (typeof code !== "string" || (typeof amount !== "number" && typeof amount !== "string"))
    return undefined;
  // JSON numbers print in their shortest round-trip form, which is the decimal Amazon wrote.
  const text = typeof amount === "number" ? String(amount) : amount.trim();
  return Money.parse(text, code, { format: "dot" });
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

function typed(parent: Json, key: string): { component: string; type: string } | undefined {
  const m = /^(.*)Amount$/.exec(key);
  if (!m?.[1]) return undefined;
  const type = text(parent[`${m[1]}Type`]);
  return type ? { component: m[1], type } : undefined;
}

/**
 * Flattens a `FinancialEvents` object (Finances v0, JSON or XML-shaped) into amounts.
 * @example
 * const amounts = financeAmounts(payload.FinancialEvents);
 * const mapped = resolveAmounts(amounts, mapping, { source: "finances", marketplace: "ATVPDKIKX0DER" });
 */
export function financeAmounts(financialEvents: unknown): AmountInput[] {
  const out: AmountInput[] = [];
  if (!isObject(financialEvents)) return out;
  for (const [listName, list] of Object.entries(financialEvents)) {
    const eventType = listName.replace(/EventList$/, "");
    if (eventType === listName) continue;
    for (const event of eventsOf(list)) {
      const base = {
        transactionType: eventType,
        marketplaceName: text(event.MarketplaceName),
        orderId: text(event.AmazonOrderId) ?? text(event.SellerOrderId),
        postedDate: (
          text(event.PostedDate) ??
          text(event.postedDate) ??
          text(event.TransactionPostedDate)
        )?.slice(0, 10),
      };
      const push = (amountType: string, amountDescription: string, amount: Money, sku?: string) =>
        out.push({ ...base, amountType, amountDescription, amount, ...(sku ? { sku } : {}) });

      const total = TOTALS.find((k) => moneyOf(event[k]) !== undefined);
      const topTyped = Object.keys(event).find((k) => moneyOf(event[k]) && typed(event, k));
      if (total !== undefined || topTyped !== undefined) {
        const key = topTyped ?? (total as string);
        const t = typed(event, key);
        const described = t?.type ?? TYPE_FIELDS.map((f) => text(event[f])).find(Boolean) ?? key;
        push(t ? t.component : "Total", described, moneyOf(event[key]) as Money);
        continue;
      }
      const walk = (node: Json, ancestors: readonly string[], sku: string | undefined) => {
        const here = text(node.SellerSKU) ?? sku;
        for (const [key, value] of Object.entries(node)) {
          const money = moneyOf(value);
          if (money) {
            const t = typed(node, key);
            const withheld = ancestors.some((a) => /TaxWithheld|TaxesWithheld/.test(a));
            if (t)
              push(t.component === "Charge" && withheld ? "TaxWithheld" : t.component, t.type, money, here);
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
    }
  }
  return out;
}
