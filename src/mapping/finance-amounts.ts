/**
 * Flattens Finances API v0 `FinancialEvents` into amounts keyed like settlement rows, so one set of
 * mapping rules (with `source: "finances"`) covers both. The keying rules live in the Amazon layer
 * (`flattenEventAmounts` in `src/amazon/finances/events.ts`), which the mapping layer may import and
 * not the reverse; this module only reads them as mapping `AmountInput`s.
 */
import { normalizeFinancialEvents } from "../amazon/finances/events.js";
import type { AmountInput } from "./settlement-lines.js";

/**
 * Flattens a `FinancialEvents` object (Finances v0, JSON or XML-shaped) into amounts:
 * - transaction-type: the event type (`ShipmentEventList` → `Shipment`);
 * - amount-type: the component (`Charge`, `Fee`, `Promotion`, `TaxWithheld`, `Adjustment`, `Total`,
 *   or `Amount` for a named money field);
 * - amount-description: the component's type (`Principal`, `FBAPerUnitFulfillmentFee`, …), or the
 *   money field's name.
 *
 * When an event carries its own total (`TotalAmount`, `transactionValue`, …), only that total is
 * kept, so its parts are not counted twice. A typed top-level amount (`AdjustmentAmount`, a deal's
 * `FeeAmount`) stands for the event, and money beside it (a deal's `TaxAmount`) is kept as its own
 * amount. The Finances API is the provisional view; the settlement report remains the book of record.
 * @example
 * const amounts = financeAmounts(payload.FinancialEvents);
 * const mapped = resolveAmounts(amounts, mapping, { source: "finances", marketplace: "ATVPDKIKX0DER" });
 */
export function financeAmounts(financialEvents: unknown): AmountInput[] {
  return normalizeFinancialEvents(financialEvents).flatMap((event) => event.amounts);
}
