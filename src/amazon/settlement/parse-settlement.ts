/**
 * Streaming parser of Amazon settlement flat files (V2 and the deprecated V1). Reads line by line and
 * keeps only running totals, so memory does not grow with the file; every failure is a
 * SettlementParseError with file, line and column; the sum of all amounts is checked against the
 * summary row's `total-amount` to the last digit.
 */
import { createReadStream } from "node:fs";
import { type ErrorLocation, isConnectorError, SettlementParseError } from "../../core/errors.js";
import { currencyDigits, Money } from "../../core/money.js";
import { SETTLEMENT_V1_AMOUNT_COLUMNS, SETTLEMENT_V1_COLUMNS, SETTLEMENT_V2_COLUMNS } from "./columns.js";
import { parseSettlementDate } from "./dates.js";
import { DecodeFailure, type DecodeState, decodeSettlement, type SettlementInput } from "./decode.js";
import type {
  SettlementLayout,
  SettlementParseOptions,
  SettlementResult,
  SettlementRow,
  SettlementSummary,
  SettlementTotal,
} from "./types.js";

/** The amounts of a settlement did not add up to its `total-amount`. */
export class SettlementNotReconciledError extends SettlementParseError {
  /** `computedTotal − totalAmount`. */
  readonly difference: Money;
  /** The full result, as `reconcile: "report"` would have returned it. */
  readonly result: SettlementResult;

  constructor(result: SettlementResult, where: ErrorLocation) {
    const { summary } = result;
    super(
      `Settlement ${summary.settlementId} does not reconcile: total-amount is ${summary.totalAmount.toString()} ${summary.currency} but its amounts add up to ${result.computedTotal.toString()} ${summary.currency} (difference ${result.difference.toString()} ${summary.currency})`,
      {
        code: "SETTLEMENT_NOT_RECONCILED",
        where,
        hint: 'do not post this settlement; fetch the report again from Amazon (a file saved from a spreadsheet loses rows and digits), or pass { reconcile: "report" } to inspect it',
      },
    );
    this.difference = result.difference;
    this.result = result;
  }
}

/**
 * A settlement being read: iterate it for the rows, then (or instead) await {@link result}.
 * It can be iterated once.
 */
export interface SettlementParse extends AsyncIterable<SettlementRow> {
  /**
   * The summary, totals and reconciliation of the whole file. Before any iteration, it reads the
   * whole file itself without building rows (the fast path); during or after an iteration, it
   * settles when the iteration ends. Rejects with the parse error, if any; rejects with
   * `SETTLEMENT_INCOMPLETE` if the iteration was stopped before the end.
   */
  result(): Promise<SettlementResult>;
}

/**
 * Parses a settlement report as a stream.
 *
 * @example Streaming
 * const parse = parseSettlement(createReadStream(path), { file: path });
 * for await (const row of parse) ledger.add(row);   // throws at the end if the file does not reconcile
 * const { summary, totals } = await parse.result();
 * @example Totals only
 * const result = await readSettlement(bytes, { reconcile: "report" });
 * if (!result.reconciled) console.log(result.difference.toString());
 */
export function parseSettlement(
  input: SettlementInput,
  options: SettlementParseOptions = {},
): SettlementParse {
  return new StreamingSettlementParse(input, options);
}

/**
 * Reads a whole settlement for its summary and totals, without materialising rows.
 * @throws SettlementParseError (located) when the file cannot be read or, unless `reconcile: "report"`, does not reconcile.
 */
export function readSettlement(
  input: SettlementInput,
  options: SettlementParseOptions = {},
): Promise<SettlementResult> {
  return parseSettlement(input, options).result();
}

/**
 * {@link parseSettlement} on a file path, streamed from disk; `file` defaults to the path.
 * @example for await (const row of parseSettlementFile("settlement.txt")) { ... }
 */
export function parseSettlementFile(path: string, options: SettlementParseOptions = {}): SettlementParse {
  return parseSettlement(createReadStream(path, { highWaterMark: 1 << 16 }), { file: path, ...options });
}

class StreamingSettlementParse implements SettlementParse {
  readonly #input: SettlementInput;
  readonly #options: SettlementParseOptions;
  #started = false;
  #result: Promise<SettlementResult> | undefined;
  #settle: { resolve: (r: SettlementResult) => void; reject: (e: unknown) => void } | undefined;

  constructor(input: SettlementInput, options: SettlementParseOptions) {
    this.#input = input;
    this.#options = options;
  }

  [Symbol.asyncIterator](): AsyncIterator<SettlementRow> {
    if (this.#started) {
      throw new SettlementParseError("This settlement parse was already read", {
        code: "SETTLEMENT_ALREADY_READ",
        where: this.#options.file ? { file: this.#options.file } : {},
        hint: "call parseSettlement again on a fresh input to read it twice",
      });
    }
    this.#started = true;
    this.#result = new Promise<SettlementResult>((resolve, reject) => {
      this.#settle = { resolve, reject };
    });
    // The caller may never ask for the result; its rejection is delivered through the iteration.
    this.#result.catch(() => undefined);
    return this.#iterate()[Symbol.asyncIterator]();
  }

  result(): Promise<SettlementResult> {
    if (!this.#started) {
      this.#started = true;
      this.#result = this.#drain();
    }
    return this.#result as Promise<SettlementResult>;
  }

  async #drain(): Promise<SettlementResult> {
    const reader = new SettlementReader(this.#options, false);
    try {
      for await (const text of decodeSettlement(
        this.#input,
        this.#options.encoding ?? "auto",
        reader.decode,
      )) {
        reader.push(text);
      }
    } catch (e) {
      throw reader.wrap(e);
    }
    return reader.finish();
  }

  async *#iterate(): AsyncGenerator<SettlementRow> {
    const reader = new SettlementReader(this.#options, true);
    const settle = this.#settle!;
    let finished = false;
    try {
      for await (const text of decodeSettlement(
        this.#input,
        this.#options.encoding ?? "auto",
        reader.decode,
      )) {
        reader.push(text);
        const rows = reader.takeRows();
        for (let i = 0; i < rows.length; i++) yield rows[i] as SettlementRow;
      }
      reader.end();
      for (const row of reader.takeRows()) yield row;
      const result = reader.finish();
      finished = true;
      settle.resolve(result);
    } catch (e) {
      finished = true;
      const error = reader.wrap(e);
      settle.reject(error);
      throw error;
    } finally {
      if (!finished) {
        settle.reject(
          new SettlementParseError("The settlement was not read to the end, so it has no result", {
            code: "SETTLEMENT_INCOMPLETE",
            where: reader.location(),
            hint: "iterate to the end before asking for the result",
          }),
        );
      }
    }
  }
}

const COMMA_CURRENCIES = new Set(["EUR", "SEK", "PLN", "TRY"]);
const MAX_LINE = 1 << 20;
const MAX_GROUPS = 100_000;

const V2_KNOWN = new Set<string>(SETTLEMENT_V2_COLUMNS);
const V1_KNOWN = new Set<string>(SETTLEMENT_V1_COLUMNS);
const SUMMARY_REQUIRED = [
  "settlement-id",
  "settlement-start-date",
  "settlement-end-date",
  "total-amount",
  "currency",
];
const V2_REQUIRED = [...SUMMARY_REQUIRED, "transaction-type", "amount-type", "amount-description", "amount"];
const V1_REQUIRED = [...SUMMARY_REQUIRED, "transaction-type"];

/** A running sum: whole minor units in a bigint; amounts finer than the currency (rare) as Money. */
class RunningSum {
  #minor = 0n;
  #finer: Money | undefined;
  readonly #currency: string;
  readonly #digits: number;

  constructor(currency: string) {
    this.#currency = currency;
    this.#digits = currencyDigits(currency);
  }

  add(amount: Money): void {
    // Same scale as the currency: toMinorUnits() is exact and allocation-free.
    if (amount.scale === this.#digits) this.#minor += amount.toMinorUnits();
    else this.#finer = this.#finer ? this.#finer.plus(amount) : amount;
  }

  value(): Money {
    const whole = Money.fromMinor(this.#minor, this.#currency);
    return this.#finer ? whole.plus(this.#finer) : whole;
  }
}

interface Group {
  readonly transactionType: string;
  readonly amountType: string;
  readonly amountDescription: string;
  count: number;
  readonly sum: RunningSum;
}

interface V1AmountColumn {
  readonly amount: number;
  readonly description: number;
  readonly amountType: string;
}

const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** The line-by-line state machine; fed decoded text, it keeps running totals and (optionally) rows. */
class SettlementReader {
  readonly decode: DecodeState = { encoding: "", gzip: false };
  readonly #options: SettlementParseOptions;
  readonly #emit: boolean;
  #rows: SettlementRow[] = [];
  #carry = "";
  #line = 0;
  #column: number | undefined;

  #layout: SettlementLayout | undefined;
  #names: string[] = [];
  #width = 0;
  #unknown: string[] = [];
  #index = new Map<string, number>();
  #v1Amounts: V1AmountColumn[] = [];
  // Column indexes (-1 when absent).
  #cId = -1;
  #cStart = -1;
  #cEnd = -1;
  #cDeposit = -1;
  #cTotal = -1;
  #cCurrency = -1;
  #cType = -1;
  #cOrder = -1;
  #cMerchantOrder = -1;
  #cAdjustment = -1;
  #cShipment = -1;
  #cMarketplace = -1;
  #cAmountType = -1;
  #cAmountDescription = -1;
  #cAmount = -1;
  #cFulfillment = -1;
  #cPostedDate = -1;
  #cPostedDateTime = -1;
  #cOrderItem = -1;
  #cMerchantOrderItem = -1;
  #cMerchantAdjustmentItem = -1;
  #cSku = -1;
  #cQuantity = -1;
  #cPromotion = -1;

  #summary: SettlementSummary | undefined;
  /** Settlement id for error locations, known as soon as the summary row is read. */
  #record: string | undefined;
  #format: "dot" | "comma" | undefined;
  #formatSource: "option" | "values" | "currency" = "option";
  #formatLine = 0;
  #total: RunningSum | undefined;
  #groups = new Map<string, Group>();
  #lineCount = 0;
  #rowCount = 0;
  #noAmount = 0;
  #short = 0;
  // Last date text and value per column: rows of one order share their timestamps.
  #lastDateText: string[] = [];
  #lastDate: ({ iso: string; hasTime: boolean } | undefined)[] = [];

  constructor(options: SettlementParseOptions, emit: boolean) {
    this.#options = options;
    this.#emit = emit;
    const f = options.numberFormat ?? "auto";
    if (f !== "auto") this.#format = f;
  }

  takeRows(): SettlementRow[] {
    const rows = this.#rows;
    if (rows.length > 0) this.#rows = [];
    return rows;
  }

  location(column?: number, field?: string): ErrorLocation {
    const where: { -readonly [K in keyof ErrorLocation]: ErrorLocation[K] } = {};
    if (this.#options.file !== undefined) where.file = this.#options.file;
    where.line = Math.max(1, this.#line);
    const col = column ?? this.#column;
    if (col !== undefined) where.column = col;
    if (field !== undefined) where.field = field;
    if (this.#record !== undefined) where.record = this.#record;
    return where;
  }

  fail(code: string, message: string, column: number | undefined, hint?: string, cause?: unknown): never {
    const field = column !== undefined ? this.#names[column - 1] : undefined;
    throw new SettlementParseError(message, {
      code,
      where: this.location(column ?? 1, field || undefined),
      ...(hint ? { hint } : {}),
      ...(cause !== undefined ? { cause } : {}),
    });
  }

  /** Turns anything thrown while reading into a located SettlementParseError. */
  wrap(e: unknown): unknown {
    if (isConnectorError(e)) return e;
    if (e instanceof DecodeFailure) {
      // The decoder yielded the text before the bad bytes; they sit at the end of the unfinished line.
      this.#line++;
      const column = this.#carry.split("\t").length;
      const where = this.location(column, this.#names[column - 1] || undefined);
      if (e.reason === "gzip") {
        return new SettlementParseError("The settlement is gzip-compressed but the data is corrupt", {
          code: "SETTLEMENT_BAD_GZIP",
          where,
          cause: e,
          hint: "download the report document again",
        });
      }
      if (e.reason === "label") {
        return new SettlementParseError(`Unknown text encoding ${quote(e.encoding)}`, {
          code: "SETTLEMENT_BAD_ENCODING",
          where: { ...where, line: 1, column: 1 },
          cause: e,
          hint: 'use a WHATWG encoding label such as "utf-8", "windows-1252" or "shift_jis"',
        });
      }
      return new SettlementParseError(`The settlement bytes are not valid ${e.encoding}`, {
        code: "SETTLEMENT_BAD_ENCODING",
        where,
        cause: e,
        hint: 'pass the file\'s encoding, e.g. { encoding: "windows-1252" } or { encoding: "shift_jis" }',
      });
    }
    return new SettlementParseError("The settlement could not be read", {
      code: "SETTLEMENT_READ_FAILED",
      where: this.location(),
      cause: e,
      hint: "check the input stream; the cause says what failed",
    });
  }

  push(text: string): void {
    let buf = this.#carry.length > 0 ? this.#carry + text : text;
    let start = 0;
    for (;;) {
      const nl = buf.indexOf("\n", start);
      if (nl === -1) break;
      const end = nl > start && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      this.#readLine(buf.slice(start, end));
      start = nl + 1;
    }
    this.#carry = start === 0 ? buf : buf.slice(start);
    if (this.#carry.length > MAX_LINE) {
      this.#line++;
      this.fail(
        "SETTLEMENT_LINE_TOO_LONG",
        `Line is longer than ${MAX_LINE} characters; this is not a settlement flat file`,
        1,
        "check that the input is a tab-separated settlement report, decompressed",
      );
    }
    buf = "";
  }

  end(): void {
    if (this.#carry.length > 0) {
      const last = this.#carry.endsWith("\r") ? this.#carry.slice(0, -1) : this.#carry;
      this.#carry = "";
      this.#readLine(last);
    }
  }

  finish(): SettlementResult {
    this.end();
    const summary = this.#summary;
    if (!summary) {
      if (this.#layout === undefined) {
        this.#line = 1;
        this.fail(
          "SETTLEMENT_EMPTY",
          "The settlement file is empty",
          1,
          "check that the report download completed",
        );
      }
      this.#line = 2;
      this.fail(
        "SETTLEMENT_MISSING_SUMMARY",
        "The settlement file has a header but no summary row",
        1,
        "download the original report from Amazon; the summary row (row 2) holds the control total",
      );
    }
    const computed = this.#total?.value() ?? Money.zero(summary.currency);
    const difference = computed.minus(summary.totalAmount);
    const totals: SettlementTotal[] = [];
    for (const g of this.#groups.values()) {
      totals.push({
        transactionType: g.transactionType,
        amountType: g.amountType,
        amountDescription: g.amountDescription,
        count: g.count,
        amount: g.sum.value(),
      });
    }
    const result: SettlementResult = {
      file: this.#options.file,
      layout: this.#layout as SettlementLayout,
      columnCount: this.#width,
      encoding: this.decode.encoding || "text",
      gzip: this.decode.gzip,
      numberFormat: this.#format ?? (COMMA_CURRENCIES.has(summary.currency) ? "comma" : "dot"),
      numberFormatSource: this.#format === undefined ? "currency" : this.#formatSource,
      summary,
      computedTotal: computed,
      difference,
      reconciled: difference.isZero(),
      lineCount: this.#lineCount,
      rowCount: this.#rowCount,
      linesWithoutAmount: this.#noAmount,
      shortLines: this.#short,
      unknownColumns: this.#unknown,
      totals,
    };
    if (!result.reconciled && (this.#options.reconcile ?? "throw") === "throw") {
      const where: { -readonly [K in keyof ErrorLocation]: ErrorLocation[K] } = {
        line: 2,
        column: this.#cTotal + 1,
        field: "total-amount",
        record: summary.settlementId,
      };
      if (this.#options.file !== undefined) where.file = this.#options.file;
      throw new SettlementNotReconciledError(result, where);
    }
    return result;
  }

  #readLine(text: string): void {
    this.#line++;
    this.#column = undefined;
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim().length === 0)) return;
    if (this.#layout === undefined) {
      this.#readHeader(text);
      return;
    }
    const fields = text.split("\t");
    if (fields.length > this.#width) this.#checkExtraFields(fields);
    else if (fields.length < this.#width) this.#short++;
    if (this.#summary === undefined) {
      this.#readSummary(fields);
      return;
    }
    this.#lineCount++;
    if (this.#layout === "v2") this.#readV2(fields);
    else this.#readV1(fields);
  }

  #readHeader(text: string): void {
    const names = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
      .split("\t")
      .map((n) => n.trim().toLowerCase());
    const has = (n: string) => names.includes(n);
    let layout: SettlementLayout;
    if (has("amount-type") && has("amount")) layout = "v2";
    else if (SETTLEMENT_V1_AMOUNT_COLUMNS.some((c) => has(c.amount))) layout = "v1";
    else {
      this.fail(
        "SETTLEMENT_UNKNOWN_LAYOUT",
        names.includes("settlement-id")
          ? "The header has no amount columns (V2 `amount-type`/`amount`, or V1 `price-amount`, `other-amount`, ...)"
          : `Line 1 is not a settlement header (it starts ${quote(text.slice(0, 40))})`,
        1,
        "pass the tab-separated flat file of GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2 (or the V1 flat file), decompressed",
      );
    }
    const known = layout === "v2" ? V2_KNOWN : V1_KNOWN;
    names.forEach((name, i) => {
      if (name === "") return;
      if (this.#index.has(name))
        this.fail("SETTLEMENT_DUPLICATE_COLUMN", `Column ${quote(name)} appears twice`, i + 1);
      this.#index.set(name, i);
      if (!known.has(name)) {
        if (layout === "v1" && name.endsWith("-amount")) {
          this.fail(
            "SETTLEMENT_UNKNOWN_AMOUNT_COLUMN",
            `Unknown V1 amount column ${quote(name)}: the parser cannot tell whether it counts toward the total`,
            i + 1,
            "report this header to the ml-connector maintainers with an anonymised sample",
          );
        }
        if (this.#options.unknownColumns === "error") {
          this.fail(
            "SETTLEMENT_UNKNOWN_COLUMN",
            `Unknown column ${quote(name)}`,
            i + 1,
            'pass { unknownColumns: "report" } to ignore it',
          );
        }
        this.#unknown.push(name);
      }
    });
    this.#names = names;
    for (const required of layout === "v2" ? V2_REQUIRED : V1_REQUIRED) {
      if (!this.#index.has(required)) {
        this.fail(
          "SETTLEMENT_MISSING_COLUMN",
          `The ${layout.toUpperCase()} header lacks the required column ${quote(required)}`,
          names.length + 1,
          "download the original report; columns must not be removed",
        );
      }
    }
    const at = (n: string) => this.#index.get(n) ?? -1;
    this.#cId = at("settlement-id");
    this.#cStart = at("settlement-start-date");
    this.#cEnd = at("settlement-end-date");
    this.#cDeposit = at("deposit-date");
    this.#cTotal = at("total-amount");
    this.#cCurrency = at("currency");
    this.#cType = at("transaction-type");
    this.#cOrder = at("order-id");
    this.#cMerchantOrder = at("merchant-order-id");
    this.#cAdjustment = at("adjustment-id");
    this.#cShipment = at("shipment-id");
    this.#cMarketplace = at("marketplace-name");
    this.#cAmountType = at("amount-type");
    this.#cAmountDescription = at("amount-description");
    this.#cAmount = at("amount");
    this.#cFulfillment = at("fulfillment-id");
    this.#cPostedDate = at("posted-date");
    this.#cPostedDateTime = at("posted-date-time");
    this.#cOrderItem = at("order-item-code");
    this.#cMerchantOrderItem = at("merchant-order-item-id");
    this.#cMerchantAdjustmentItem = at("merchant-adjustment-item-id");
    this.#cSku = at("sku");
    this.#cQuantity = at("quantity-purchased");
    this.#cPromotion = at("promotion-id");
    if (layout === "v1") {
      for (const c of SETTLEMENT_V1_AMOUNT_COLUMNS) {
        const amount = at(c.amount);
        if (amount !== -1) {
          this.#v1Amounts.push({
            amount,
            description: c.description === null ? -1 : at(c.description),
            amountType: c.amountType,
          });
        }
      }
    }
    this.#width = names.length;
    this.#layout = layout;
  }

  #checkExtraFields(fields: string[]): void {
    // Trailing empty cells beyond the header are harmless; anything else would be silently dropped.
    for (let i = this.#width; i < fields.length; i++) {
      if ((fields[i] as string).trim() !== "") {
        this.fail(
          "SETTLEMENT_EXTRA_FIELDS",
          `Line has ${fields.length} fields but the header has ${this.#width}; cell ${i + 1} holds ${quote(fields[i] as string)}`,
          i + 1,
          "a value contains a tab, or the file was edited; download the original report",
        );
      }
    }
  }

  #cell(fields: string[], index: number): string {
    if (index < 0) return "";
    const v = fields[index];
    if (v === undefined || v.length === 0) return "";
    const c0 = v.charCodeAt(0);
    const cn = v.charCodeAt(v.length - 1);
    return c0 <= 32 || cn <= 32 || c0 === 0xa0 || cn === 0xa0 ? v.trim() : v;
  }

  #optional(fields: string[], index: number): string | undefined {
    const v = this.#cell(fields, index);
    return v === "" ? undefined : v;
  }

  #readSummary(fields: string[]): void {
    const id = this.#cell(fields, this.#cId);
    const totalText = this.#cell(fields, this.#cTotal);
    const type = this.#cell(fields, this.#cType);
    if (totalText === "" || type !== "") {
      this.fail(
        "SETTLEMENT_MISSING_SUMMARY",
        "The settlement has no summary row: row 2 should carry settlement-id, dates, total-amount and currency, with no transaction-type",
        this.#cTotal + 1,
        "download the original report from Amazon; a file saved from a spreadsheet may have lost its summary row",
      );
    }
    if (id === "") this.fail("SETTLEMENT_MISSING_ID", "The summary row has no settlement-id", this.#cId + 1);
    const currencyText = this.#cell(fields, this.#cCurrency);
    if (!/^[A-Za-z]{3}$/.test(currencyText)) {
      this.fail(
        "SETTLEMENT_BAD_CURRENCY",
        `The summary row's currency ${quote(currencyText)} is not an ISO 4217 code`,
        this.#cCurrency + 1,
      );
    }
    const currency = currencyText.toUpperCase();
    const startDate = this.#summaryDate(fields, this.#cStart, true) as string;
    const endDate = this.#summaryDate(fields, this.#cEnd, true) as string;
    const depositDate = this.#summaryDate(fields, this.#cDeposit, false);
    this.#record = id;
    const totalAmount = this.#amount(totalText, currency, this.#cTotal);
    this.#summary = { settlementId: id, startDate, endDate, depositDate, totalAmount, currency };
    this.#total = new RunningSum(currency);
  }

  #summaryDate(fields: string[], index: number, required: boolean): string | undefined {
    const text = this.#cell(fields, index);
    if (text === "") {
      if (!required) return undefined;
      this.fail("SETTLEMENT_MISSING_DATE", `The summary row has no ${this.#names[index]}`, index + 1);
    }
    const d = parseSettlementDate(text);
    if (!d) this.#badDate(text, index);
    return d.iso;
  }

  #badDate(text: string, index: number): never {
    this.fail(
      "SETTLEMENT_BAD_DATE",
      `Cannot read the date ${quote(text)}`,
      index + 1,
      "expected forms like 2024-10-09 14:28:38 UTC, 13.09.2024 08:59:52 UTC, 2019/08/28, or ISO 2025-07-31T22:07:18+00:00; a file saved from a spreadsheet rewrites dates, so download the original",
    );
  }

  #date(fields: string[], index: number): { iso: string; hasTime: boolean } | undefined {
    const text = this.#cell(fields, index);
    if (text === "") return undefined;
    if (text === this.#lastDateText[index]) return this.#lastDate[index];
    const d = parseSettlementDate(text);
    if (!d) this.#badDate(text, index);
    this.#lastDateText[index] = text;
    this.#lastDate[index] = d;
    return d;
  }

  #amount(text: string, currency: string, index: number): Money {
    if (this.#format === undefined) this.#decideFormat(text, currency);
    try {
      return Money.parse(text, currency, { format: this.#format ?? "dot" });
    } catch (e) {
      const decided =
        this.#formatSource === "option"
          ? `the numberFormat option says "${this.#format}"`
          : this.#formatSource === "values"
            ? `line ${this.#formatLine} showed the file uses a decimal ${this.#format === "comma" ? "comma" : "point"}`
            : `${currency} files use a decimal ${this.#format === "comma" ? "comma" : "point"}`;
      const reason = e instanceof Error ? e.message.replace(/ — .*$/s, "") : String(e);
      return this.fail(
        "SETTLEMENT_BAD_AMOUNT",
        `Malformed amount ${quote(text)} (${decided}): ${reason}`,
        index + 1,
        "amounts must be plain decimals like -12.34 (or -12,34 in comma files); download the original report if it was edited",
        e,
      );
    }
  }

  #decideFormat(text: string, currency: string): void {
    let dots = 0;
    let commas = 0;
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 46) {
        dots++;
        last = i;
      } else if (c === 44) {
        commas++;
        last = i;
      }
    }
    if (dots + commas === 0) return; // An integer reads the same either way; wait for evidence.
    let format: "dot" | "comma" | undefined;
    if (dots > 0 && commas > 0) format = text.charCodeAt(last) === 46 ? "dot" : "comma";
    else if (dots > 1) format = "comma";
    else if (commas > 1) format = "dot";
    else {
      const fraction = text.length - last - 1;
      const intPart = text.slice(0, last).replace(/^[+-]/, "");
      if (fraction !== 3 || intPart === "0" || intPart.length > 3) format = dots ? "dot" : "comma";
    }
    if (format) {
      this.#format = format;
      this.#formatSource = "values";
      this.#formatLine = this.#line;
    } else {
      this.#format = COMMA_CURRENCIES.has(currency) ? "comma" : "dot";
      this.#formatSource = "currency";
      this.#formatLine = this.#line;
    }
  }

  #checkDetailIdentity(fields: string[]): void {
    const summary = this.#summary as SettlementSummary;
    const id = fields[this.#cId];
    if (id !== summary.settlementId && this.#cell(fields, this.#cId) !== summary.settlementId) {
      const got = this.#cell(fields, this.#cId);
      this.fail(
        "SETTLEMENT_ID_MISMATCH",
        got === ""
          ? `Row has no settlement-id (the summary row says ${summary.settlementId})`
          : `Row belongs to settlement ${quote(got)}, but this file is settlement ${summary.settlementId}`,
        this.#cId + 1,
        "one file must hold exactly one settlement; files were probably concatenated",
      );
    }
    // Detail rows leave the summary cells empty; a second total would mean a second settlement.
    const total = fields[this.#cTotal];
    if (total !== undefined && total !== "" && this.#cell(fields, this.#cTotal) !== "") {
      this.fail(
        "SETTLEMENT_DUPLICATE_SUMMARY",
        "A second summary row (total-amount filled in) follows the first",
        this.#cTotal + 1,
        "one file must hold exactly one settlement",
      );
    }
    const currency = fields[this.#cCurrency];
    if (currency !== undefined && currency !== "") {
      const c = currency.trim().toUpperCase();
      if (c !== "" && c !== summary.currency) {
        this.fail(
          "SETTLEMENT_CURRENCY_MISMATCH",
          `Row is in ${quote(c)} but the settlement is in ${summary.currency}`,
          this.#cCurrency + 1,
          "one settlement has exactly one currency; the file is not a single settlement",
        );
      }
    }
  }

  #add(transactionType: string, amountType: string, amountDescription: string, amount: Money): void {
    (this.#total as RunningSum).add(amount);
    this.#rowCount++;
    const key = `${transactionType}\u0001${amountType}\u0001${amountDescription}`;
    const group = this.#groups.get(key);
    if (group) {
      group.count++;
      group.sum.add(amount);
      return;
    }
    if (this.#groups.size >= MAX_GROUPS) {
      this.fail(
        "SETTLEMENT_TOO_MANY_GROUPS",
        `More than ${MAX_GROUPS} distinct (transaction-type, amount-type, amount-description) triples`,
        undefined,
        "this is not a real settlement; real ones have a few dozen",
      );
    }
    const sum = new RunningSum(amount.currency);
    sum.add(amount);
    this.#groups.set(key, { transactionType, amountType, amountDescription, count: 1, sum });
  }

  #quantity(fields: string[]): number | undefined {
    const text = this.#cell(fields, this.#cQuantity);
    if (text === "") return undefined;
    if (text === "1") return 1;
    if (!/^-?\d{1,9}$/.test(text)) {
      this.fail("SETTLEMENT_BAD_QUANTITY", `Cannot read the quantity ${quote(text)}`, this.#cQuantity + 1);
    }
    return Number(text);
  }

  #readV2(fields: string[]): void {
    this.#checkDetailIdentity(fields);
    const summary = this.#summary as SettlementSummary;
    if (this.#cAmount >= fields.length) {
      this.fail(
        "SETTLEMENT_MISSING_AMOUNT",
        `Line has ${fields.length} fields and ends before the amount column`,
        fields.length + 1,
        "the file was truncated or edited; download the original report",
      );
    }
    const amountText = this.#cell(fields, this.#cAmount);
    if (amountText === "") {
      this.fail("SETTLEMENT_MISSING_AMOUNT", "Row has no amount", this.#cAmount + 1);
    }
    const amount = this.#amount(amountText, summary.currency, this.#cAmount);
    const transactionType = this.#cell(fields, this.#cType);
    const amountType = this.#cell(fields, this.#cAmountType);
    const amountDescription = this.#cell(fields, this.#cAmountDescription);
    const postedDate = this.#date(fields, this.#cPostedDate);
    const postedDateTime = this.#date(fields, this.#cPostedDateTime);
    const quantity = this.#quantity(fields);
    this.#add(transactionType, amountType, amountDescription, amount);
    if (!this.#emit) return;
    this.#rows.push({
      line: this.#line,
      column: this.#cAmount + 1,
      settlementId: summary.settlementId,
      transactionType,
      orderId: this.#optional(fields, this.#cOrder),
      merchantOrderId: this.#optional(fields, this.#cMerchantOrder),
      adjustmentId: this.#optional(fields, this.#cAdjustment),
      shipmentId: this.#optional(fields, this.#cShipment),
      marketplaceName: this.#optional(fields, this.#cMarketplace),
      amountType,
      amountDescription,
      amount,
      fulfillmentId: this.#optional(fields, this.#cFulfillment),
      postedDate: postedDate ? postedDate.iso.slice(0, 10) : postedDateTime?.iso.slice(0, 10),
      postedDateTime: postedDateTime?.hasTime
        ? postedDateTime.iso
        : postedDate?.hasTime
          ? postedDate.iso
          : undefined,
      orderItemCode: this.#optional(fields, this.#cOrderItem),
      merchantOrderItemId: this.#optional(fields, this.#cMerchantOrderItem),
      merchantAdjustmentItemId: this.#optional(fields, this.#cMerchantAdjustmentItem),
      sku: this.#optional(fields, this.#cSku),
      quantityPurchased: quantity,
      promotionId: this.#optional(fields, this.#cPromotion),
    });
  }

  #readV1(fields: string[]): void {
    this.#checkDetailIdentity(fields);
    const summary = this.#summary as SettlementSummary;
    const transactionType = this.#cell(fields, this.#cType);
    const posted = this.#date(fields, this.#cPostedDate);
    const quantity = this.#quantity(fields);
    let found = 0;
    for (const column of this.#v1Amounts) {
      const text = this.#cell(fields, column.amount);
      if (text === "") continue;
      found++;
      const amount = this.#amount(text, summary.currency, column.amount);
      const amountDescription =
        column.description === -1
          ? transactionType
          : this.#cell(fields, column.description) || transactionType;
      this.#add(transactionType, column.amountType, amountDescription, amount);
      if (!this.#emit) continue;
      this.#rows.push({
        line: this.#line,
        column: column.amount + 1,
        settlementId: summary.settlementId,
        transactionType,
        orderId: this.#optional(fields, this.#cOrder),
        merchantOrderId: this.#optional(fields, this.#cMerchantOrder),
        adjustmentId: this.#optional(fields, this.#cAdjustment),
        shipmentId: this.#optional(fields, this.#cShipment),
        marketplaceName: this.#optional(fields, this.#cMarketplace),
        amountType: column.amountType,
        amountDescription,
        amount,
        fulfillmentId: this.#optional(fields, this.#cFulfillment),
        postedDate: posted?.iso.slice(0, 10),
        postedDateTime: posted?.hasTime ? posted.iso : undefined,
        orderItemCode: this.#optional(fields, this.#cOrderItem),
        merchantOrderItemId: this.#optional(fields, this.#cMerchantOrderItem),
        merchantAdjustmentItemId: this.#optional(fields, this.#cMerchantAdjustmentItem),
        sku: this.#optional(fields, this.#cSku),
        quantityPurchased: quantity,
        promotionId: this.#optional(fields, this.#cPromotion),
      });
    }
    if (found === 0) this.#noAmount++;
  }
}
