/**
 * Writes Amazon settlement flat files (V2, or the older V1 layout) the way Amazon prints them per
 * marketplace: the inverse of `parseSettlement`. Used by the simulator's data generator, the parser's
 * round-trip tests and the parser benchmark. Output streams in chunks of lines, so a file of a million
 * lines never exists as one string.
 */
import {
  SETTLEMENT_V1_AMOUNT_COLUMNS,
  SETTLEMENT_V1_COLUMNS,
  SETTLEMENT_V2_COLUMNS,
} from "../../amazon/settlement/columns.js";
import { ValidationError } from "../../core/errors.js";
import type { Money } from "../../core/money.js";

/**
 * Marketplace family whose conventions the file follows:
 * - `US`, `CA`: dates `2024-10-09 14:28:38 UTC`, posted-date `2024-10-18`, decimal point;
 * - `UK`: dates `18.10.2024 08:59:44 UTC`, posted-date `30.10.2024`, decimal point;
 * - `DE`: as `UK` but decimal comma (`128,84`);
 * - `JP`: dates `2019/08/28 06:05:38 UTC`, posted-date `2019/08/28`, decimal point (JPY has no decimals).
 *
 * The CA V2 and JP conventions are inferred (no real V2 sample of either was available); the others
 * match real files. V1 files use ISO dates with offset (`2025-07-31T22:07:18+00:00`) everywhere.
 */
export type SettlementWriterFormat = "US" | "CA" | "UK" | "DE" | "JP";

/** Point in time a writer input accepts: a Date, or an ISO 8601 string with offset. */
export type SettlementInstant = Date | string;

/** The summary row (row 2) of a settlement. */
export interface SettlementSummaryInput {
  /** Numeric text, up to 20 digits. */
  readonly settlementId: string;
  readonly startDate: SettlementInstant;
  readonly endDate: SettlementInstant;
  readonly depositDate: SettlementInstant;
  /** Must be in `currency`; the writer does not check that it equals the lines' sum (tests need files that do not). */
  readonly totalAmount: Money;
  readonly currency: string;
}

/** One detail line, in V2 terms (`transaction-type` / `amount-type` / `amount-description` / `amount`). */
export interface SettlementLineInput {
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
  /** When the line posted; printed as `posted-date` and `posted-date-time` (V2) or `posted-date` (V1). */
  readonly postedDate: SettlementInstant;
  readonly orderItemCode?: string;
  readonly merchantOrderItemId?: string;
  readonly merchantAdjustmentItemId?: string;
  readonly sku?: string;
  readonly quantityPurchased?: number;
  readonly promotionId?: string;
}

/** Options of {@link writeSettlement}. */
export interface WriteSettlementOptions {
  /** Marketplace conventions for numbers and dates. */
  readonly format: SettlementWriterFormat;
  /**
   * `"v2"`: the 24-column `GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2`. `"v1"`: the 36-column
   * deprecated flat file, one amount per row (see {@link settlementV1Triple} for where each amount lands).
   * @default "v2"
   */
  readonly layout?: "v2" | "v1";
  /**
   * Lines per yielded chunk.
   * @default 1000
   */
  readonly linesPerChunk?: number;
  /** @default "\n" */
  readonly lineEnding?: "\n" | "\r\n";
  /**
   * Write V2 `Liquidations` rows one field short (no trailing `promotion-id` cell), as real US files do.
   * @default false
   */
  readonly raggedLiquidations?: boolean;
}

interface FormatRules {
  readonly decimalComma: boolean;
  readonly dateTime: (d: Date) => string;
  readonly date: (d: Date) => string;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const ymd = (d: Date, sep: string) =>
  `${d.getUTCFullYear()}${sep}${pad2(d.getUTCMonth() + 1)}${sep}${pad2(d.getUTCDate())}`;
const dmy = (d: Date) => `${pad2(d.getUTCDate())}.${pad2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
const hms = (d: Date) => `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
const isoWithOffset = (d: Date) => `${ymd(d, "-")}T${hms(d)}+00:00`;

const RULES: Readonly<Record<SettlementWriterFormat, FormatRules>> = {
  US: { decimalComma: false, dateTime: (d) => `${ymd(d, "-")} ${hms(d)} UTC`, date: (d) => ymd(d, "-") },
  CA: { decimalComma: false, dateTime: (d) => `${ymd(d, "-")} ${hms(d)} UTC`, date: (d) => ymd(d, "-") },
  UK: { decimalComma: false, dateTime: (d) => `${dmy(d)} ${hms(d)} UTC`, date: dmy },
  DE: { decimalComma: true, dateTime: (d) => `${dmy(d)} ${hms(d)} UTC`, date: dmy },
  JP: { decimalComma: false, dateTime: (d) => `${ymd(d, "/")} ${hms(d)} UTC`, date: (d) => ymd(d, "/") },
};

const V1_COLUMN_BY_AMOUNT_TYPE = new Map(SETTLEMENT_V1_AMOUNT_COLUMNS.map((c) => [c.amountType, c]));

/**
 * How a V2 line appears once written in the V1 layout and read back: amount-types with a V1 column
 * (`ItemPrice`, `ItemFees`, `Promotion`, ...) keep their triple; `Cost of Advertising` goes to the
 * item-related fee column as V1 does; everything else lands in `other-amount` with the description
 * as V1 `transaction-type` (`REVERSAL_REIMBURSEMENT`, `Current Reserve Amount`), read back as
 * `(description, "other-transaction", description)`.
 */
export function settlementV1Triple(line: {
  readonly transactionType: string;
  readonly amountType: string;
  readonly amountDescription: string;
}): { transactionType: string; amountType: string; amountDescription: string } {
  const column = V1_COLUMN_BY_AMOUNT_TYPE.get(line.amountType);
  if (line.amountType === "Cost of Advertising") {
    return {
      transactionType: line.transactionType,
      amountType: "ItemFees",
      amountDescription: "Cost of Advertising",
    };
  }
  if (column && column.description !== null) {
    return {
      transactionType: line.transactionType,
      amountType: line.amountType,
      amountDescription: line.amountDescription,
    };
  }
  if (column && column.amountType === "MiscFees") {
    return {
      transactionType: line.transactionType,
      amountType: "MiscFees",
      amountDescription: line.transactionType,
    };
  }
  return {
    transactionType: line.amountDescription,
    amountType: "other-transaction",
    amountDescription: line.amountDescription,
  };
}

/**
 * Writes a settlement flat file: header, summary row, then one row per line, in chunks of text.
 * Nothing is validated beyond what the file format cannot represent (tabs or line breaks in a value,
 * an amount in another currency): tests use it to build wrong files on purpose.
 * @throws ValidationError on a value the flat file cannot hold.
 * @example
 * const chunks = writeSettlement(summary, lines, { format: "DE" });
 * await pipeline(Readable.from(chunks), createWriteStream("settlement.txt"));
 */
export function* writeSettlement(
  summary: SettlementSummaryInput,
  lines: Iterable<SettlementLineInput>,
  options: WriteSettlementOptions,
): Generator<string, void, undefined> {
  const rules = RULES[options.format];
  if (!rules) {
    throw new ValidationError("Unknown settlement format", {
      issues: [
        {
          code: "invalid_value",
          path: ["format"],
          message: `expected US, CA, UK, DE or JP, got ${String(options.format)}`,
        },
      ],
    });
  }
  const layout = options.layout ?? "v2";
  const eol = options.lineEnding ?? "\n";
  const perChunk = Math.max(1, options.linesPerChunk ?? 1000);
  const columns = layout === "v2" ? SETTLEMENT_V2_COLUMNS : SETTLEMENT_V1_COLUMNS;
  const width = columns.length;
  const currency = summary.currency.toUpperCase();
  const amountText = (m: Money, path: readonly (string | number)[]): string => {
    if (m.currency !== currency) {
      throw new ValidationError("Amount in the wrong currency", {
        issues: [{ code: "currency", path, message: `expected ${currency}, got ${m.currency}` }],
      });
    }
    const text = m.toString();
    return rules.decimalComma ? text.replace(".", ",") : text;
  };
  const dateTime = layout === "v2" ? rules.dateTime : isoWithOffset;
  const id = clean(summary.settlementId, ["settlementId"]);

  const summaryRow: string[] = new Array(width).fill("");
  summaryRow[0] = id;
  summaryRow[1] = dateTime(instant(summary.startDate, ["startDate"]));
  summaryRow[2] = dateTime(instant(summary.endDate, ["endDate"]));
  summaryRow[3] = dateTime(instant(summary.depositDate, ["depositDate"]));
  summaryRow[4] = amountText(summary.totalAmount, ["totalAmount"]);
  summaryRow[5] = currency;
  let buffer = `${columns.join("\t")}${eol}${summaryRow.join("\t")}${eol}`;
  let pending = 0;

  const v1Index = new Map<string, number>(SETTLEMENT_V1_COLUMNS.map((c, i) => [c, i]));
  let n = 0;
  for (const line of lines) {
    const path = ["lines", n] as const;
    const posted = instant(line.postedDate, path);
    const row: string[] = new Array(width).fill("");
    row[0] = id;
    row[6] = clean(line.transactionType, path);
    row[7] = clean(line.orderId, path);
    row[8] = clean(line.merchantOrderId, path);
    row[9] = clean(line.adjustmentId, path);
    row[10] = clean(line.shipmentId, path);
    row[11] = clean(line.marketplaceName, path);
    const amount = amountText(line.amount, path);
    const quantity = line.quantityPurchased === undefined ? "" : String(line.quantityPurchased);
    if (layout === "v2") {
      row[12] = clean(line.amountType, path);
      row[13] = clean(line.amountDescription, path);
      row[14] = amount;
      row[15] = clean(line.fulfillmentId, path);
      row[16] = rules.date(posted);
      row[17] = rules.dateTime(posted);
      row[18] = clean(line.orderItemCode, path);
      row[19] = clean(line.merchantOrderItemId, path);
      row[20] = clean(line.merchantAdjustmentItemId, path);
      row[21] = clean(line.sku, path);
      row[22] = quantity;
      row[23] = clean(line.promotionId, path);
    } else {
      const at = (name: string) => v1Index.get(name) as number;
      row[at("fulfillment-id")] = clean(line.fulfillmentId, path);
      row[at("posted-date")] = isoWithOffset(posted);
      row[at("order-item-code")] = clean(line.orderItemCode, path);
      row[at("merchant-order-item-id")] = clean(line.merchantOrderItemId, path);
      row[at("merchant-adjustment-item-id")] = clean(line.merchantAdjustmentItemId, path);
      row[at("sku")] = clean(line.sku, path);
      row[at("quantity-purchased")] = quantity;
      row[at("promotion-id")] = clean(line.promotionId, path);
      const triple = settlementV1Triple(line);
      row[6] = clean(triple.transactionType, path);
      const column =
        line.amountType === "Cost of Advertising"
          ? V1_COLUMN_BY_AMOUNT_TYPE.get("ItemFees")
          : (V1_COLUMN_BY_AMOUNT_TYPE.get(triple.amountType) ??
            V1_COLUMN_BY_AMOUNT_TYPE.get("other-transaction"));
      if (column === undefined) throw new Error("unreachable: V1 column table lacks other-transaction");
      row[at(column.amount)] = amount;
      if (column.description !== null) row[at(column.description)] = clean(triple.amountDescription, path);
    }
    if (options.raggedLiquidations && layout === "v2" && line.transactionType === "Liquidations")
      row.length = width - 1;
    buffer += row.join("\t") + eol;
    n++;
    if (++pending >= perChunk) {
      yield buffer;
      buffer = "";
      pending = 0;
    }
  }
  if (buffer.length > 0) yield buffer;
}

function instant(value: SettlementInstant, path: readonly (string | number)[]): Date {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) {
    throw new ValidationError("Invalid date for a settlement file", {
      issues: [
        { code: "invalid_date", path, message: `cannot read ${JSON.stringify(String(value))} as a date` },
      ],
    });
  }
  return d;
}

function clean(value: string | undefined, path: readonly (string | number)[]): string {
  if (value === undefined || value === "") return "";
  if (/[\t\r\n]/.test(value)) {
    throw new ValidationError("A settlement flat file cannot hold tabs or line breaks in a value", {
      issues: [
        {
          code: "invalid_text",
          path,
          message: `value ${JSON.stringify(value)} contains a tab or line break`,
        },
      ],
    });
  }
  return value;
}
