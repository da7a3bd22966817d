/** Public shapes of the settlement parser. */
import type { Money } from "../../core/money.js";
import type { SettlementEncoding } from "./decode.js";

/** Which Amazon flat-file layout a file uses, detected from its header. */
export type SettlementLayout = "v2" | "v1";

/** The summary row (row 2) of a settlement file. */
export interface SettlementSummary {
  /** Numeric text of up to 20 digits; kept as a string. */
  readonly settlementId: string;
  /** ISO 8601 instant in UTC (`2024-10-09T14:28:38Z`), or a date (`2024-10-09`) if the file gave no time. */
  readonly startDate: string;
  readonly endDate: string;
  /** Empty in the file → `undefined`. */
  readonly depositDate: string | undefined;
  /** Amazon's control total: the deposit when positive. */
  readonly totalAmount: Money;
  /** ISO 4217, upper case. */
  readonly currency: string;
}

/**
 * One amount of a settlement. A V2 line is one row; a V1 line yields one row per non-empty amount
 * cell (`price-amount`, `item-related-fee-amount`, ...), with V2-style names: see
 * `SETTLEMENT_V1_AMOUNT_COLUMNS`. V1 lines without any amount (the quantity line of an order) yield
 * no row and are counted in {@link SettlementResult.linesWithoutAmount}.
 *
 * Optional text fields are `undefined` when the cell is empty; all values are trimmed.
 */
export interface SettlementRow {
  /** 1-based line of the file (the header is line 1). */
  readonly line: number;
  /** 1-based column of the amount cell. */
  readonly column: number;
  readonly settlementId: string;
  readonly transactionType: string;
  readonly orderId: string | undefined;
  readonly merchantOrderId: string | undefined;
  readonly adjustmentId: string | undefined;
  readonly shipmentId: string | undefined;
  readonly marketplaceName: string | undefined;
  readonly amountType: string;
  readonly amountDescription: string;
  /** Signed: + is a credit to the seller, − a debit. */
  readonly amount: Money;
  readonly fulfillmentId: string | undefined;
  /** UTC date, `2024-10-18`. */
  readonly postedDate: string | undefined;
  /** UTC instant, `2024-10-18T02:58:02Z` (V2 `posted-date-time`, V1 `posted-date`). */
  readonly postedDateTime: string | undefined;
  readonly orderItemCode: string | undefined;
  readonly merchantOrderItemId: string | undefined;
  readonly merchantAdjustmentItemId: string | undefined;
  readonly sku: string | undefined;
  readonly quantityPurchased: number | undefined;
  readonly promotionId: string | undefined;
}

/** Sum of the rows sharing one (transaction-type, amount-type, amount-description). */
export interface SettlementTotal {
  readonly transactionType: string;
  readonly amountType: string;
  readonly amountDescription: string;
  /** Number of amounts added. */
  readonly count: number;
  readonly amount: Money;
}

/** Everything learnt from a whole file. */
export interface SettlementResult {
  /** The `file` option, when given. */
  readonly file: string | undefined;
  readonly layout: SettlementLayout;
  /** Number of columns in the header. */
  readonly columnCount: number;
  /** Encoding used (`utf-8`, `windows-1252`, `shift_jis`, ...) or `text` for string input. */
  readonly encoding: string;
  /** True when the input was gzip-compressed. */
  readonly gzip: boolean;
  /** Decimal separator of the file's amounts, and how it was decided. */
  readonly numberFormat: "dot" | "comma";
  readonly numberFormatSource: "option" | "values" | "currency";
  readonly summary: SettlementSummary;
  /** Exact sum of every amount in the file. */
  readonly computedTotal: Money;
  /** `computedTotal − totalAmount`; zero when the file reconciles. */
  readonly difference: Money;
  readonly reconciled: boolean;
  /** Detail lines (not counting the header, the summary row and blank lines). */
  readonly lineCount: number;
  /** Amounts read (= rows yielded). */
  readonly rowCount: number;
  /** V1 lines that held no amount. */
  readonly linesWithoutAmount: number;
  /** Lines with fewer fields than the header, read as if the missing trailing cells were empty. */
  readonly shortLines: number;
  /** Header names the parser does not know; their cells are ignored. */
  readonly unknownColumns: readonly string[];
  /** Totals per (transaction-type, amount-type, amount-description), in order of first appearance. */
  readonly totals: readonly SettlementTotal[];
}

/** Options of {@link parseSettlement}. */
export interface SettlementParseOptions {
  /** Name used in error locations and the result, e.g. the file path or report document id. */
  readonly file?: string;
  /**
   * Encoding of byte input; ignored for string input.
   * @default "auto" (BOM, else UTF-8 with a Windows-1252 / Shift_JIS fallback; see `decodeSettlement`)
   */
  readonly encoding?: SettlementEncoding;
  /**
   * Decimal separator of amounts. `"auto"` decides once per file: from the first amount whose
   * form is unambiguous (the summary total in practice: `128,84` → comma, `346.60` → dot), or,
   * when the first amounts are all ambiguous (`1,234`), from the currency (comma for EUR, SEK, PLN
   * and TRY, dot otherwise). Every amount must then agree, or the parser fails at that cell.
   * @default "auto"
   */
  readonly numberFormat?: "auto" | "dot" | "comma";
  /**
   * What to do when the amounts do not add up to `total-amount`:
   * `"throw"` fails with a `SettlementNotReconciledError` (a SettlementParseError, code
   * `SETTLEMENT_NOT_RECONCILED`) at the end of the file; `"report"` returns the result with
   * `reconciled: false` and the exact `difference`.
   * @default "throw"
   */
  readonly reconcile?: "throw" | "report";
  /**
   * Header names the parser does not know: `"report"` ignores their cells and lists them in
   * `unknownColumns`; `"error"` fails on the header. An unknown V1 column named `*-amount` always
   * fails, because the parser could not know whether to add it.
   * @default "report"
   */
  readonly unknownColumns?: "report" | "error";
}
