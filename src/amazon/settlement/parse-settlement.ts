/**
 * Streaming parser of Amazon settlement flat files (V2 and the deprecated V1). Reads line by line and
 * keeps only running totals, so memory does not grow with the file; every failure is a
 * SettlementParseError with file, line and column; the sum of all amounts is checked against the
 * summary row's `total-amount` to the last digit.
 *
 * It works on UTF-8 bytes (see decode.ts): lines and cells are found with native byte searches,
 * amounts are read straight into minor units, and a cell becomes a string only when a row needs it.
 * The result never depends on how the input is chunked.
 */
import { Buffer } from "node:buffer";
import { createReadStream } from "node:fs";
import {
  type ErrorLocation,
  type Issue,
  isConnectorError,
  SettlementParseError,
  ValidationError,
} from "../../core/errors.js";
import { currencyDigits, Money } from "../../core/money.js";
import { parseMinorUnits, RunningSum } from "./amount.js";
import { SETTLEMENT_V1_AMOUNT_COLUMNS, SETTLEMENT_V1_COLUMNS, SETTLEMENT_V2_COLUMNS } from "./columns.js";
import { CHECKED_DATE, parseSettlementDate, readSettlementDateBytes, type SettlementDate } from "./dates.js";
import {
  DecodeFailure,
  type DecodeState,
  decodeSettlement,
  isSettlementInput,
  type SettlementInput,
} from "./decode.js";
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
  /**
   * The same rows as iterating the parse, one array per chunk of input (a few hundred rows for a
   * 64 KiB chunk), for consumers that take rows in bulk: it saves the promise and the turn of the
   * event loop that `for await` costs per row. Each array is the caller's to keep. It counts as the
   * parse's one iteration; stopping early (`break`) rejects {@link result} with
   * `SETTLEMENT_INCOMPLETE`, as for rows. Rows read before a parse error are delivered before it.
   * @example
   * const parse = parseSettlement(stream, { file });
   * for await (const rows of parse.batches()) for (const row of rows) ledger.add(row);
   * const { summary } = await parse.result();
   * @throws SettlementParseError `SETTLEMENT_ALREADY_READ` when the parse was already iterated or read.
   */
  batches(): AsyncIterable<readonly SettlementRow[]>;
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
  return new StreamingSettlementParse(input, validateOptions(input, options));
}

/**
 * Reads a whole settlement for its summary and totals, without materialising rows.
 * Rejects with SettlementParseError (located) when the file cannot be read or, unless
 * `reconcile: "report"`, does not reconcile; with ValidationError when the input or options are invalid.
 */
export function readSettlement(
  input: SettlementInput,
  options: SettlementParseOptions = {},
): Promise<SettlementResult> {
  try {
    return parseSettlement(input, options).result();
  } catch (e) {
    return Promise.reject(e);
  }
}

const OPTION_VALUES: Record<string, readonly string[] | undefined> = {
  encoding: undefined,
  file: undefined,
  numberFormat: ["auto", "dot", "comma"],
  reconcile: ["throw", "report"],
  unknownColumns: ["report", "error"],
};

/**
 * Checks the input's type and every option, so a misspelt value (`reconcile: "Throw"`) fails loudly
 * instead of quietly meaning the default or its opposite.
 * @throws ValidationError listing every problem.
 */
function validateOptions(input: unknown, options: unknown): SettlementParseOptions {
  const issues: Issue[] = [];
  if (!isSettlementInput(input)) {
    issues.push({
      code: "SETTLEMENT_BAD_INPUT",
      path: ["input"],
      message: `must be a string, bytes (Uint8Array/Buffer), a web or Node stream, or an (async) iterable of chunks; got ${describe(input)}`,
    });
  }
  if (options === undefined) options = {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    issues.push({
      code: "SETTLEMENT_BAD_OPTIONS",
      path: ["options"],
      message: `must be an object (or omitted); got ${describe(options)}`,
    });
  } else {
    for (const [key, value] of Object.entries(options)) {
      if (!(key in OPTION_VALUES)) {
        issues.push({
          code: "SETTLEMENT_UNKNOWN_OPTION",
          path: ["options", key],
          message: `is not an option; the options are ${Object.keys(OPTION_VALUES).join(", ")}`,
        });
        continue;
      }
      if (value === undefined) continue;
      const allowed = OPTION_VALUES[key];
      if (allowed === undefined) {
        if (typeof value !== "string" || value === "") {
          issues.push({
            code: "SETTLEMENT_BAD_OPTION",
            path: ["options", key],
            message: `must be a non-empty string; got ${describe(value)}`,
          });
        }
      } else if (typeof value !== "string" || !allowed.includes(value)) {
        issues.push({
          code: "SETTLEMENT_BAD_OPTION",
          path: ["options", key],
          message: `must be ${allowed.map((v) => `"${v}"`).join(" or ")}; got ${describe(value)}`,
        });
      }
    }
  }
  if (issues.length > 0) {
    throw new ValidationError("Invalid arguments to parseSettlement", {
      issues,
      hint: "fix the arguments named here; see SettlementParseOptions for each option's values",
    });
  }
  return options as SettlementParseOptions;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === "object") return Array.isArray(value) ? "an array" : "an object";
  return `${typeof value} ${String(value)}`;
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

  constructor(input: SettlementInput, options: SettlementParseOptions) {
    this.#input = input;
    this.#options = options;
  }

  [Symbol.asyncIterator](): AsyncIterator<SettlementRow> {
    return new RowIterator(this.#start());
  }

  batches(): AsyncIterable<readonly SettlementRow[]> {
    return new BatchIterator(this.#start());
  }

  /** Starts the one iteration a parse allows. */
  #start(): RowSource {
    if (this.#started) {
      throw new SettlementParseError("This settlement parse was already read", {
        code: "SETTLEMENT_ALREADY_READ",
        where: this.#options.file ? { file: this.#options.file } : {},
        hint: "call parseSettlement again on a fresh input to read it twice",
      });
    }
    this.#started = true;
    let settle: Settle | undefined;
    this.#result = new Promise<SettlementResult>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // The caller may never ask for the result; its rejection is delivered through the iteration.
    this.#result.catch(() => undefined);
    return new RowSource(this.#input, this.#options, settle as Settle);
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
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

type Settle = { resolve: (r: SettlementResult) => void; reject: (e: unknown) => void };

/**
 * The reading side of an iteration, shared by the row and the batch iterators: it reads the input
 * chunk by chunk and hands over the rows of each. Rows parsed before a failure are all delivered
 * before the failure, so what a caller sees never depends on how the input was chunked.
 */
class RowSource {
  readonly #reader: SettlementReader;
  readonly #source: AsyncGenerator<Buffer>;
  readonly #settle: Settle;
  #error: unknown;
  /** `ending`: the input is read (or failed); the rows still held are delivered, then the end or the error. */
  #state: "reading" | "ending" | "done" = "reading";

  constructor(input: SettlementInput, options: SettlementParseOptions, settle: Settle) {
    this.#reader = new SettlementReader(options, true);
    this.#source = decodeSettlement(input, options.encoding ?? "auto", this.#reader.decode);
    this.#settle = settle;
  }

  /**
   * The next rows (never an empty array), read into `spare` (emptied) or handed over in the array
   * the reader filled; `undefined` once the end is reached and the result settled.
   * @throws the located parse error, once every row read before it was delivered.
   */
  async next(spare: SettlementRow[]): Promise<SettlementRow[] | undefined> {
    const reader = this.#reader;
    while (this.#state === "reading") {
      try {
        const chunk = await this.#source.next();
        if (chunk.done) {
          reader.end();
          this.#state = "ending";
        } else reader.push(chunk.value);
      } catch (e) {
        this.#error = reader.wrap(e);
        this.#state = "ending";
      }
      const rows = reader.takeRows(spare);
      if (rows.length > 0) return rows;
    }
    if (this.#state === "done") return undefined;
    this.#state = "done";
    if (this.#error !== undefined) {
      this.#settle.reject(this.#error);
      throw this.#error;
    }
    let result: SettlementResult;
    try {
      result = reader.finish();
    } catch (e) {
      const error = reader.wrap(e);
      this.#settle.reject(error);
      throw error;
    }
    this.#settle.resolve(result);
    return undefined;
  }

  /** Stops early: the result rejects with `SETTLEMENT_INCOMPLETE` and the input is closed. */
  async return(): Promise<void> {
    if (this.#state === "done") return;
    this.#state = "done";
    this.#settle.reject(
      new SettlementParseError("The settlement was not read to the end, so it has no result", {
        code: "SETTLEMENT_INCOMPLETE",
        where: this.#reader.location(),
        hint: "iterate to the end before asking for the result",
      }),
    );
    // Stops the producer (closes the stream) when the caller stops early.
    await this.#source.return(undefined);
  }
}

/**
 * The rows of a parse, as a hand-written async iterator rather than an async generator: a row that is
 * already parsed is handed over with one resolved promise, without the generator's extra turns
 * (this halves the per-row cost of `for await`).
 */
class RowIterator implements AsyncIterator<SettlementRow> {
  readonly #source: RowSource;
  #rows: SettlementRow[] = [];
  #next = 0;

  constructor(source: RowSource) {
    this.#source = source;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<SettlementRow>> {
    if (this.#next < this.#rows.length) {
      return Promise.resolve({ value: this.#rows[this.#next++] as SettlementRow, done: false });
    }
    return this.#fill();
  }

  async #fill(): Promise<IteratorResult<SettlementRow>> {
    // The array just read is handed back to the reader to fill again.
    this.#rows.length = 0;
    this.#next = 0;
    const rows = await this.#source.next(this.#rows);
    if (rows === undefined) return DONE;
    this.#rows = rows;
    this.#next = 1;
    return { value: rows[0] as SettlementRow, done: false };
  }

  async return(): Promise<IteratorResult<SettlementRow>> {
    this.#rows.length = 0;
    this.#next = 0;
    await this.#source.return();
    return DONE;
  }
}

/** The rows of a parse, one array per chunk of input: see {@link SettlementParse.batches}. */
class BatchIterator implements AsyncIterator<readonly SettlementRow[]> {
  readonly #source: RowSource;

  constructor(source: RowSource) {
    this.#source = source;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<readonly SettlementRow[]>> {
    // A new array each time: the caller owns the arrays it was given.
    const rows = await this.#source.next([]);
    return rows === undefined ? DONE : { value: rows, done: false };
  }

  async return(): Promise<IteratorResult<readonly SettlementRow[]>> {
    await this.#source.return();
    return DONE;
  }
}

const COMMA_CURRENCIES = new Set(["EUR", "SEK", "PLN", "TRY"]);
/** Longest line accepted, in bytes: real settlement lines are a few hundred. */
const MAX_LINE = 1 << 20;
const MAX_GROUPS = 100_000;
/** Ids of interned texts fit in 17 bits (more than MAX_GROUPS + 1), so three make one safe integer key. */
const ID_BITS = 131_072;

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

interface Group {
  readonly transactionType: string;
  readonly amountType: string;
  readonly amountDescription: string;
  count: number;
  readonly sum: RunningSum;
  /**
   * The Money of the group's last row and its minor units: one charge repeats its amount across
   * orders (the same fee, the same price), and Money is immutable, so rows may share it and skip a
   * bigint and an object each.
   */
  lastMinor: number;
  lastAmount: Money | undefined;
}

interface V1AmountColumn {
  readonly amount: number;
  readonly description: number;
  readonly amountType: string;
  /** Id of `amountType` in the amount-type interner. */
  readonly amountTypeId: number;
}

const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * The last cell of one column: its raw bytes and the (trimmed) text they decoded to. Rows of one
 * order repeat most cells (order id, SKU, dates, marketplace), so most cells never become a new string.
 */
class CellMemo {
  bytes: Uint8Array = new Uint8Array(32);
  length = -1;
  /** The cell's text, or `undefined` while only its date was read (see {@link SettlementReader#date}). */
  text: string | undefined = "";
  /** The date the cell reads as, once asked; reset with the bytes. */
  date: SettlementDate | undefined;
  /** Id of {@link text} in the column's interner, once asked; -1 until then. */
  id = -1;

  matches(buf: Uint8Array, a: number, b: number): boolean {
    const n = b - a;
    if (n !== this.length) return false;
    const m = this.bytes;
    // From the end: ids of one family share their prefix.
    for (let i = n - 1; i >= 0; i--) if (m[i] !== buf[a + i]) return false;
    return true;
  }

  /** True while {@link bytes} is an interner's own copy (see {@link share}): never written to. */
  shared = false;

  remember(buf: Uint8Array, a: number, b: number, text: string | undefined): void {
    const n = b - a;
    if (this.shared || n > this.bytes.length) {
      this.bytes = new Uint8Array(Math.max(n, 32));
      this.shared = false;
    }
    const m = this.bytes;
    for (let i = 0; i < n; i++) m[i] = buf[a + i] as number;
    this.length = n;
    this.text = text;
    this.date = undefined;
    this.id = -1;
  }

  /** Remembers an interned text by its interner's bytes, without copying them. */
  share(bytes: Uint8Array, text: string, id: number): void {
    this.bytes = bytes;
    this.shared = true;
    this.length = bytes.length;
    this.text = text;
    this.date = undefined;
    this.id = id;
  }
}

interface InternEntry {
  readonly bytes: Uint8Array;
  readonly id: number;
  readonly next: InternEntry | undefined;
}

/**
 * Small integer ids for the texts of one low-cardinality column (transaction-type, amount-type,
 * amount-description), found from the bytes without decoding them. Bounded: each new text makes a
 * new total group, and groups are capped at MAX_GROUPS.
 */
class Interner {
  readonly #table = new Map<number, InternEntry>();
  readonly texts: string[] = [];
  /** The interner's copy of the bytes of the text {@link id} last returned. */
  lastBytes: Uint8Array = new Uint8Array(0);

  id(buf: Uint8Array, a: number, b: number): number {
    let h = 0x811c9dc5;
    for (let i = a; i < b; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
    const first = this.#table.get(h);
    const n = b - a;
    for (let e = first; e !== undefined; e = e.next) {
      const m = e.bytes;
      if (m.length !== n) continue;
      let same = true;
      for (let i = 0; i < n; i++) {
        if (m[i] !== buf[a + i]) {
          same = false;
          break;
        }
      }
      if (same) {
        this.lastBytes = m;
        return e.id;
      }
    }
    const id = this.texts.length;
    this.texts.push(Buffer.from(buf.buffer, buf.byteOffset + a, n).toString("utf8"));
    const bytes = new Uint8Array(buf.subarray(a, b));
    this.#table.set(h, { bytes, id, next: first });
    this.lastBytes = bytes;
    return id;
  }

  idOf(text: string): number {
    const bytes = Buffer.from(text, "utf8");
    return this.id(bytes, 0, bytes.length);
  }
}

/**
 * Buffer's own decoder, without the argument checks of `toString("utf8", a, b)` (a measurable share of
 * a row's cost: the bounds here always come from the line just scanned).
 */
type FastSlice = Buffer & { utf8Slice(start: number, end: number): string };

/** True when a cell's bytes need the trim the text path applies (white space or NBSP at an end). */
function needsTrim(buf: Uint8Array, a: number, b: number): boolean {
  const c0 = buf[a] as number;
  const cn = buf[b - 1] as number;
  return c0 <= 32 || cn <= 32 || (c0 === 0xc2 && buf[a + 1] === 0xa0) || (cn === 0xa0 && buf[b - 2] === 0xc2);
}

const emptyBuffer = Buffer.alloc(0);

/**
 * True when `buf[a, a+n)` and `buf[b, b+n)` hold the same bytes; `view` is a DataView over `buf`.
 * Four bytes a step whatever the offsets' alignment (V8 compiles `getInt32` to one load): about five
 * times cheaper than `Buffer.compare` on the ~100-byte spans of a settlement line, whose native call
 * and argument checks cost more than the comparison itself.
 */
function sameBytes(view: DataView, buf: Uint8Array, a: number, b: number, n: number): boolean {
  let i = 0;
  for (; i + 4 <= n; i += 4) if (view.getInt32(a + i, true) !== view.getInt32(b + i, true)) return false;
  for (; i < n; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}

/** True when `buf[a, a+n)` holds the bytes of `entry` (of length n), compared four bytes a step. */
function sameSpan(entry: SpanEntry, view: DataView, buf: Uint8Array, a: number, n: number): boolean {
  const m = entry.view;
  let k = 0;
  for (; k + 4 <= n; k += 4) if (m.getInt32(k, true) !== view.getInt32(a + k, true)) return false;
  const bytes = entry.bytes;
  for (; k < n; k++) if (bytes[k] !== buf[a + k]) return false;
  return true;
}

/**
 * The ids an (amount-type, amount-description) pair of cells reads as, found from their bytes (the
 * two cells and the tab between them) with one hash instead of two interner look-ups, and the total
 * group of the last transaction-type they came with: consecutive charges of one order change exactly
 * these two cells.
 */
interface SpanEntry {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly amountTypeId: number;
  readonly descriptionId: number;
  readonly next: SpanEntry | undefined;
  typeId: number;
  group: Group | undefined;
  /** The entry of the line that followed this one's last time: one order's charges come in one order. */
  follower: SpanEntry | undefined;
}

/**
 * The line-by-line state machine; fed UTF-8 byte chunks, it keeps running totals and (optionally)
 * rows. Lines and cells are found in the bytes; a cell becomes a string only when a row needs it and
 * differs from the same column's cell on the line before. Anything unusual (padded cells, odd
 * amounts, the header and summary rows) takes the string path, which is the reference behaviour.
 */
class SettlementReader {
  readonly decode: DecodeState = { encoding: "", gzip: false };
  readonly #options: SettlementParseOptions;
  readonly #emit: boolean;
  #rows: SettlementRow[] = [];
  /** The unfinished last line of the previous chunk. */
  #carry: Buffer = Buffer.allocUnsafe(1024);
  #carryLength = 0;
  #line = 0;
  #column: number | undefined;

  // The line being read: its bytes, and the start of each cell (cell k is pos[k] .. pos[k+1]-1).
  #buf: Buffer = emptyBuffer;
  #pos: Int32Array = new Int32Array(256);
  #wordsOf: Buffer | undefined;
  #words: Int32Array = new Int32Array(0);
  #wordsHead = 0;
  #fieldCount = 0;
  #lineStart = 0;
  #lineEnd = 0;
  /** The amount-type column when amount-description and amount follow it (V2 as published), else -1. */
  #span = -1;
  // The last V2 detail line read without error in the current push (see #sameAsLast).
  #lastBuf: Buffer | undefined;
  #lastStart = 0;
  #lastMid = 0;
  #lastTail = 0;
  #lastEnd = 0;
  #lastTypeId = 0;
  #lastRow: SettlementRow | undefined;
  /** Cell starts 0..#span of the last line, relative to its start. */
  #lastRel: Int32Array = new Int32Array(0);
  /** The current line starts with the last line's bytes up to its amount-type cell. */
  #prefixSame = false;
  /** ... and ends with the last line's bytes after its amount cell. */
  #tailSame = false;
  /** Cell starts after the amount cell of the last line, relative to the tab that ends its amount. */
  #lastTailRel: Int32Array = new Int32Array(0);
  /** Number of cells of the last line. */
  #lastCount = 0;
  /** A DataView over {@link #wordsOf}, for {@link sameBytes}. */
  #view: DataView = new DataView(new ArrayBuffer(0));
  readonly #spans = new Map<number, SpanEntry>();
  #spanCount = 0;
  /** The span entry of the last line read, whose {@link SpanEntry.follower} is tried first. */
  #lastSpan: SpanEntry | undefined;

  #layout: SettlementLayout | undefined;
  #names: string[] = [];
  #width = 0;
  #unknown: string[] = [];
  #index = new Map<string, number>();
  #v1Amounts: V1AmountColumn[] = [];
  #memos: CellMemo[] = [];
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
  #idBytes: Buffer = emptyBuffer;
  #currencyBytes: Buffer = emptyBuffer;
  #digits = 2;
  /** Settlement id for error locations, known as soon as the summary row is read. */
  #record: string | undefined;
  #format: "dot" | "comma" | undefined;
  #formatSource: "option" | "values" | "currency" = "option";
  #formatLine = 0;
  #total: RunningSum | undefined;
  readonly #types = new Interner();
  readonly #amountTypes = new Interner();
  readonly #descriptions = new Interner();
  readonly #typeDescriptions = new Map<number, number>();
  #dayOf: SettlementDate | undefined;
  #dayText = "";
  #groups = new Map<number, Group>();
  #groupList: Group[] = [];
  #lineCount = 0;
  #rowCount = 0;
  #noAmount = 0;
  #short = 0;

  constructor(options: SettlementParseOptions, emit: boolean) {
    this.#options = options;
    this.#emit = emit;
    const f = options.numberFormat ?? "auto";
    if (f !== "auto") this.#format = f;
  }

  /** The rows read since the last call; `spare` (emptied) collects the next ones. */
  takeRows(spare: SettlementRow[]): SettlementRow[] {
    const rows = this.#rows;
    if (rows.length === 0) return spare;
    this.#rows = spare;
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
      // The decoder yielded the bytes before the bad ones; they sit at the end of the unfinished line.
      this.#line++;
      let column = 1;
      for (let i = 0; i < this.#carryLength; i++) if (this.#carry[i] === 9) column++;
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

  /** Reads the complete lines of a chunk of UTF-8 bytes and keeps the unfinished one. */
  push(chunk: Buffer): void {
    this.#lastBuf = undefined;
    const length = chunk.length;
    let start = 0;
    if (this.#carryLength > 0) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        this.#keep(chunk, 0, length);
        return;
      }
      this.#keep(chunk, 0, nl);
      const carry = this.#carry;
      let end = this.#carryLength;
      if (carry[end - 1] === 13) end--;
      // The line is read before the carry is reused.
      this.#carryLength = 0;
      this.#readLine(carry, 0, end);
      start = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl === -1) break;
      this.#readLine(chunk, start, nl > start && chunk[nl - 1] === 13 ? nl - 1 : nl);
      start = nl + 1;
    }
    if (start < length) this.#keep(chunk, start, length);
  }

  /** Appends `chunk[from, to)` to the unfinished line. */
  #keep(chunk: Buffer, from: number, to: number): void {
    const need = this.#carryLength + to - from;
    if (need > MAX_LINE) {
      this.#line++;
      this.#tooLong();
    }
    if (need > this.#carry.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.#carry.length * 2));
      this.#carry.copy(bigger, 0, 0, this.#carryLength);
      this.#carry = bigger;
    }
    chunk.copy(this.#carry, this.#carryLength, from, to);
    this.#carryLength = need;
  }

  #tooLong(): never {
    this.fail(
      "SETTLEMENT_LINE_TOO_LONG",
      `Line is longer than ${MAX_LINE} bytes; this is not a settlement flat file`,
      1,
      "check that the input is a tab-separated settlement report, decompressed",
    );
  }

  end(): void {
    this.#lastBuf = undefined;
    if (this.#carryLength > 0) {
      let end = this.#carryLength;
      if (this.#carry[end - 1] === 13) end--;
      this.#carryLength = 0;
      this.#readLine(this.#carry, 0, end);
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
    for (const g of this.#groupList) {
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

  #readLine(buf: Buffer, s: number, e: number): void {
    this.#line++;
    this.#column = undefined;
    if (e - s > MAX_LINE) this.#tooLong();
    if (s === e) return;
    if ((buf[s] as number) <= 32 && buf.toString("utf8", s, e).trim().length === 0) return;
    if (this.#layout === undefined) {
      this.#readHeader(buf.toString("utf8", s, e));
      return;
    }
    // Cell starts, four bytes at a time: a word holds a tab iff (x - 0x01010101) & ~x & 0x80808080
    // is non-zero for x = word ^ 0x09090909 (the classic zero-byte test; it never misses one, and a
    // word it flags is checked byte by byte). Measured on ~200-byte lines with ~24 cells: 118 ns a
    // line, against 175 for a byte loop and 300 for one native indexOf call per tab.
    let pos: Int32Array = this.#pos;
    if (pos.length < e - s + 2) pos = this.#cellStarts(e - s + 2);
    let n = 0;
    pos[0] = s;
    if (buf !== this.#wordsOf) this.#alignWords(buf);
    let i = s;
    // One order's charges are consecutive lines that differ only in their amount-type,
    // amount-description and amount cells: when this line starts with the last one's bytes up to
    // there, its first cells start where the last one's did (shifted); when it also ends with the
    // last one's bytes after them, so do its last cells, and only the three cells between are
    // scanned for tabs.
    this.#prefixSame = false;
    this.#tailSame = false;
    const lo = this.#span;
    if (this.#lastBuf === buf && lo >= 0) {
      const view = this.#view;
      const ps = this.#lastStart;
      const pn = this.#lastMid - ps;
      if (s + pn <= e && sameBytes(view, buf, ps, s, pn)) {
        const rel = this.#lastRel;
        for (let k = 1; k <= lo; k++) pos[k] = s + (rel[k] as number);
        n = lo;
        i = s + pn;
        this.#prefixSame = true;
        const stop = lo + 3;
        for (; i < e; i++) {
          if (buf[i] === 9) {
            pos[++n] = i + 1;
            if (n === stop) break;
          }
        }
        if (n === stop) {
          const pt = this.#lastTail;
          const m = e - i;
          if (m === this.#lastEnd - pt && sameBytes(view, buf, pt, i, m)) {
            const tail = this.#lastTailRel;
            const last = this.#lastCount;
            for (let k = stop + 1; k < last; k++) pos[k] = i + (tail[k] as number);
            n = last - 1;
            this.#tailSame = true;
            // Nothing left to scan.
            i = e;
          } else i++;
        }
      }
    }
    const words = this.#words;
    const head = this.#wordsHead;
    while (i < e && ((i - head) & 3) !== 0) {
      if (buf[i] === 9) pos[++n] = i + 1;
      i++;
    }
    const wordEnd = (e - head) >> 2;
    for (let w = (i - head) >> 2; w < wordEnd; w++) {
      const x = (words[w] as number) ^ 0x09090909;
      if (((x - 0x01010101) & ~x & 0x80808080) !== 0) {
        const at = head + (w << 2);
        if (buf[at] === 9) pos[++n] = at + 1;
        if (buf[at + 1] === 9) pos[++n] = at + 2;
        if (buf[at + 2] === 9) pos[++n] = at + 3;
        if (buf[at + 3] === 9) pos[++n] = at + 4;
      }
    }
    for (i = Math.max(i, head + (wordEnd << 2)); i < e; i++) if (buf[i] === 9) pos[++n] = i + 1;
    pos[n + 1] = e + 1;
    const count = n + 1;
    this.#buf = buf;
    this.#fieldCount = count;
    this.#lineStart = s;
    this.#lineEnd = e;
    if (count > this.#width) this.#checkExtraFields();
    else if (count < this.#width) this.#short++;
    if (this.#summary === undefined) {
      this.#readSummary(buf.toString("utf8", s, e).split("\t"));
      return;
    }
    this.#lineCount++;
    if (this.#layout === "v2") this.#readV2();
    else this.#readV1();
  }

  /** Views `buf` as 32-bit words from its first 4-aligned byte (`#wordsHead`, relative to `buf`). */
  #alignWords(buf: Buffer): void {
    const head = (4 - (buf.byteOffset & 3)) & 3;
    this.#wordsHead = head;
    this.#words = new Int32Array(buf.buffer, buf.byteOffset + head, Math.max(0, (buf.length - head) >> 2));
    this.#view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    this.#wordsOf = buf;
  }

  /** Room for the cell starts of a line of `cells` cells at most. */
  #cellStarts(cells: number): Int32Array {
    let size = this.#pos.length;
    while (size < cells) size *= 2;
    this.#pos = new Int32Array(size);
    return this.#pos;
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
            amountTypeId: this.#amountTypes.idOf(c.amountType),
          });
        }
      }
    }
    this.#width = names.length;
    this.#memos = names.map(() => new CellMemo());
    const lo = this.#cAmountType;
    this.#span = layout === "v2" && this.#cAmountDescription === lo + 1 && this.#cAmount === lo + 2 ? lo : -1;
    this.#layout = layout;
  }

  /** Text of cell `index` of the current line, trimmed; `""` when absent. */
  #text(index: number): string {
    if (index < 0 || index >= this.#fieldCount) return "";
    const a = this.#pos[index] as number;
    const b = (this.#pos[index + 1] as number) - 1;
    if (a === b) return "";
    const buf = this.#buf;
    const memo = this.#memos[index] as CellMemo;
    if (memo.matches(buf, a, b) && memo.text !== undefined) return memo.text;
    const raw = (buf as FastSlice).utf8Slice(a, b);
    const text = needsTrim(buf, a, b) ? raw.trim() : raw;
    memo.remember(buf, a, b, text);
    return text;
  }

  #optional(index: number): string | undefined {
    const v = this.#text(index);
    return v === "" ? undefined : v;
  }

  /**
   * {@link #optional} of cell `index`, or `text` (that of cell `other`) when both cells hold the same
   * bytes: FBA orders repeat the order id as merchant-order-id, and the row then shares one string.
   */
  #optionalAs(index: number, other: number, text: string | undefined): string | undefined {
    const count = this.#fieldCount;
    if (index < 0 || other < 0 || index >= count || other >= count) return this.#optional(index);
    const pos = this.#pos;
    const a = pos[index] as number;
    const o = pos[other] as number;
    const n = (pos[index + 1] as number) - 1 - a;
    if (n !== (pos[other + 1] as number) - 1 - o || !sameBytes(this.#view, this.#buf, a, o, n)) {
      return this.#optional(index);
    }
    return text;
  }

  /** Id of the (trimmed) text of cell `index` in `interner`. */
  #intern(interner: Interner, index: number): number {
    if (index < 0 || index >= this.#fieldCount) return interner.idOf("");
    const a = this.#pos[index] as number;
    const b = (this.#pos[index + 1] as number) - 1;
    const buf = this.#buf;
    if (a === b) return interner.id(buf, a, b);
    const memo = this.#memos[index] as CellMemo;
    if (memo.matches(buf, a, b)) {
      if (memo.id >= 0) return memo.id;
    } else if (!needsTrim(buf, a, b)) {
      const id = interner.id(buf, a, b);
      memo.share(interner.lastBytes, interner.texts[id] as string, id);
      return id;
    }
    const id = interner.idOf(this.#text(index));
    memo.id = id;
    return id;
  }

  /** `2024-10-18` of a date; consecutive rows share their date, so the slice is made once. */
  #day(date: SettlementDate): string {
    if (date !== this.#dayOf) {
      this.#dayOf = date;
      this.#dayText = date.iso.slice(0, 10);
    }
    return this.#dayText;
  }

  #checkExtraFields(): void {
    // Trailing empty cells beyond the header are harmless; anything else would be silently dropped.
    const count = this.#fieldCount;
    for (let i = this.#width; i < count; i++) {
      const a = this.#pos[i] as number;
      const cell = this.#buf.toString("utf8", a, (this.#pos[i + 1] as number) - 1);
      if (cell.trim() !== "") {
        this.fail(
          "SETTLEMENT_EXTRA_FIELDS",
          `Line has ${count} fields but the header has ${this.#width}; cell ${i + 1} holds ${quote(cell)}`,
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
    this.#idBytes = Buffer.from(id, "utf8");
    this.#currencyBytes = Buffer.from(currency, "utf8");
    this.#digits = currencyDigits(currency);
    this.#total = new RunningSum(currency, this.#digits);
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

  /**
   * The date in cell `index`, `undefined` when the cell is empty. The cell's bytes are compared with
   * the same column's on the line before (same bytes: same date), then read straight as one of the
   * two forms of US files; only other forms decode the cell and go through parseSettlementDate.
   * Reading totals only, the date is checked but its ISO text is not made ({@link CHECKED_DATE}).
   */
  #date(index: number): SettlementDate | undefined {
    if (index < 0 || index >= this.#fieldCount) return undefined;
    const a = this.#pos[index] as number;
    const b = (this.#pos[index + 1] as number) - 1;
    if (a === b) return undefined;
    const buf = this.#buf;
    const memo = this.#memos[index] as CellMemo;
    if (memo.matches(buf, a, b)) {
      if (memo.date !== undefined) return memo.date;
    } else {
      const d = readSettlementDateBytes(buf, a, b, this.#emit);
      if (d !== undefined) {
        memo.remember(buf, a, b, undefined);
        memo.date = d;
        return d;
      }
    }
    const text = this.#text(index);
    if (text === "") return undefined;
    const d = parseSettlementDate(text);
    if (!d) this.#badDate(text, index);
    memo.date = d;
    return d;
  }

  /** The string path of an amount (the reference): Money.parse with the file's decimal separator. */
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

  /**
   * Minor units of the amount in cell `index` read straight from the bytes, or NaN when the cell
   * must take the string path (padded, finer than the currency, separator not decided yet, odd).
   */
  #fastMinor(index: number): number {
    const format = this.#format;
    if (format === undefined || index >= this.#fieldCount) return Number.NaN;
    const a = this.#pos[index] as number;
    const b = (this.#pos[index + 1] as number) - 1;
    if (a === b || needsTrim(this.#buf, a, b)) return Number.NaN;
    return parseMinorUnits(this.#buf, a, b, format === "comma", this.#digits);
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

  /** True when cell `index` holds exactly `bytes`. */
  #cellIs(index: number, bytes: Buffer): boolean {
    if (index >= this.#fieldCount) return false;
    const a = this.#pos[index] as number;
    const n = (this.#pos[index + 1] as number) - 1 - a;
    if (n !== bytes.length) return false;
    const buf = this.#buf;
    for (let i = 0; i < n; i++) if (buf[a + i] !== bytes[i]) return false;
    return true;
  }

  /** True when cell `index` is absent or has no bytes at all. */
  #cellEmpty(index: number): boolean {
    return index >= this.#fieldCount || this.#pos[index] === (this.#pos[index + 1] as number) - 1;
  }

  #checkDetailIdentity(): void {
    const summary = this.#summary as SettlementSummary;
    if (!this.#cellIs(this.#cId, this.#idBytes) && this.#text(this.#cId) !== summary.settlementId) {
      const got = this.#text(this.#cId);
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
    if (!this.#cellEmpty(this.#cTotal) && this.#text(this.#cTotal) !== "") {
      this.fail(
        "SETTLEMENT_DUPLICATE_SUMMARY",
        "A second summary row (total-amount filled in) follows the first",
        this.#cTotal + 1,
        "one file must hold exactly one settlement",
      );
    }
    if (!this.#cellEmpty(this.#cCurrency) && !this.#cellIs(this.#cCurrency, this.#currencyBytes)) {
      const c = this.#text(this.#cCurrency).toUpperCase();
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

  /** The total group of a (transaction-type, amount-type, amount-description) triple of ids. */
  #group(typeId: number, amountTypeId: number, descriptionId: number): Group {
    const key =
      typeId < ID_BITS && amountTypeId < ID_BITS && descriptionId < ID_BITS
        ? (typeId * ID_BITS + amountTypeId) * ID_BITS + descriptionId
        : -1;
    const group = this.#groups.get(key);
    if (group) return group;
    if (key === -1 || this.#groups.size >= MAX_GROUPS) {
      this.fail(
        "SETTLEMENT_TOO_MANY_GROUPS",
        `More than ${MAX_GROUPS} distinct (transaction-type, amount-type, amount-description) triples`,
        undefined,
        "this is not a real settlement; real ones have a few dozen",
      );
    }
    const summary = this.#summary as SettlementSummary;
    const created: Group = {
      transactionType: this.#types.texts[typeId] as string,
      amountType: this.#amountTypes.texts[amountTypeId] as string,
      amountDescription: this.#descriptions.texts[descriptionId] as string,
      count: 0,
      sum: new RunningSum(summary.currency, this.#digits),
      lastMinor: Number.NaN,
      lastAmount: undefined,
    };
    this.#groups.set(key, created);
    this.#groupList.push(created);
    return created;
  }

  #quantity(): number | undefined {
    const index = this.#cQuantity;
    if (index >= 0 && index < this.#fieldCount) {
      const a = this.#pos[index] as number;
      if ((this.#pos[index + 1] as number) - 1 - a === 1 && this.#buf[a] === 49) return 1;
    }
    const text = this.#text(index);
    if (text === "") return undefined;
    if (text === "1") return 1;
    if (!/^-?\d{1,9}$/.test(text)) {
      this.fail("SETTLEMENT_BAD_QUANTITY", `Cannot read the quantity ${quote(text)}`, index + 1);
    }
    return Number(text);
  }

  /**
   * True when the current line equals the last V2 detail line read from the same chunk in every
   * byte outside its amount-type, amount-description and amount cells: one order's charges are
   * consecutive lines that differ only there. Those bytes were then already checked (settlement id,
   * currency, dates, quantity), so every other value of the last row holds for this one, and no
   * check could fail now that did not fail then. Only lines of one `push` are compared: a chunk is
   * not touched by its producer while it is read, and the carry is rewritten only between pushes.
   */
  #sameAsLast(): boolean {
    // Known from the tab scan, which compared the line with the last one (see #readLine).
    return this.#tailSame;
  }

  /** Remembers the current line (read without error) for {@link #sameAsLast}. */
  #rememberLine(typeId: number, row: SettlementRow | undefined): void {
    const lo = this.#span;
    if (lo < 0) return;
    this.#lastBuf = this.#buf;
    const s = this.#lineStart;
    this.#lastStart = s;
    this.#lastMid = this.#pos[lo] as number;
    this.#lastTail = (this.#pos[lo + 3] as number) - 1;
    this.#lastEnd = this.#lineEnd;
    this.#lastTypeId = typeId;
    this.#lastRow = row;
    if (!this.#prefixSame) {
      let rel = this.#lastRel;
      if (rel.length <= lo) rel = this.#lastRel = new Int32Array(lo + 1);
      for (let k = 0; k <= lo; k++) rel[k] = (this.#pos[k] as number) - s;
    }
    if (!this.#tailSame) {
      const count = this.#fieldCount;
      const t = this.#lastTail;
      let rel = this.#lastTailRel;
      if (rel.length < count) rel = this.#lastTailRel = new Int32Array(Math.max(count, 2 * rel.length));
      for (let k = lo + 4; k < count; k++) rel[k] = (this.#pos[k] as number) - t;
      this.#lastCount = count;
    }
  }

  #readV2(): void {
    const same = this.#sameAsLast();
    if (!same) this.#checkDetailIdentity();
    const summary = this.#summary as SettlementSummary;
    const cAmount = this.#cAmount;
    if (cAmount >= this.#fieldCount) {
      this.fail(
        "SETTLEMENT_MISSING_AMOUNT",
        `Line has ${this.#fieldCount} fields and ends before the amount column`,
        this.#fieldCount + 1,
        "the file was truncated or edited; download the original report",
      );
    }
    const minor = this.#fastMinor(cAmount);
    let amount: Money | undefined;
    if (Number.isNaN(minor)) {
      const amountText = this.#text(cAmount);
      if (amountText === "") {
        this.fail("SETTLEMENT_MISSING_AMOUNT", "Row has no amount", cAmount + 1);
      }
      amount = this.#amount(amountText, summary.currency, cAmount);
    }
    if (same) {
      this.#readV2Same(minor, amount);
      return;
    }
    const typeId = this.#intern(this.#types, this.#cType);
    const group = this.#chargeGroup(typeId);
    const postedDate = this.#date(this.#cPostedDate);
    const postedDateTime = this.#date(this.#cPostedDateTime);
    const quantity = this.#quantity();
    this.#count(group, minor, amount);
    if (!this.#emit) {
      this.#rememberLine(typeId, undefined);
      return;
    }
    const orderId = this.#optional(this.#cOrder);
    const row: SettlementRow = {
      line: this.#line,
      column: cAmount + 1,
      settlementId: summary.settlementId,
      transactionType: group.transactionType,
      orderId,
      merchantOrderId: this.#optionalAs(this.#cMerchantOrder, this.#cOrder, orderId),
      adjustmentId: this.#optional(this.#cAdjustment),
      shipmentId: this.#optional(this.#cShipment),
      marketplaceName: this.#optional(this.#cMarketplace),
      amountType: group.amountType,
      amountDescription: group.amountDescription,
      amount: amount ?? this.#money(group, minor),
      fulfillmentId: this.#optional(this.#cFulfillment),
      postedDate: postedDate ? this.#day(postedDate) : postedDateTime ? this.#day(postedDateTime) : undefined,
      postedDateTime: postedDateTime?.hasTime
        ? postedDateTime.iso
        : postedDate?.hasTime
          ? postedDate.iso
          : undefined,
      orderItemCode: this.#optional(this.#cOrderItem),
      merchantOrderItemId: this.#optional(this.#cMerchantOrderItem),
      merchantAdjustmentItemId: this.#optional(this.#cMerchantAdjustmentItem),
      sku: this.#optional(this.#cSku),
      quantityPurchased: quantity,
      promotionId: this.#optional(this.#cPromotion),
    };
    this.#rows.push(row);
    this.#rememberLine(typeId, row);
  }

  /** The rest of {@link #readV2} for a line that {@link #sameAsLast}: the last row's values but the charge's. */
  #readV2Same(minor: number, amount: Money | undefined): void {
    const group = this.#chargeGroup(this.#lastTypeId);
    this.#count(group, minor, amount);
    // This line is now the last one (the same bytes outside the charge cells, so #lastRel and
    // #lastTailRel hold).
    this.#lastStart = this.#lineStart;
    this.#lastMid = this.#pos[this.#span] as number;
    this.#lastTail = (this.#pos[this.#span + 3] as number) - 1;
    this.#lastEnd = this.#lineEnd;
    const last = this.#lastRow;
    // Totals only: no row.
    if (last === undefined) return;
    // The same fields in the same order as #readV2's row, so rows keep one shape.
    const row: SettlementRow = {
      line: this.#line,
      column: this.#cAmount + 1,
      settlementId: last.settlementId,
      transactionType: last.transactionType,
      orderId: last.orderId,
      merchantOrderId: last.merchantOrderId,
      adjustmentId: last.adjustmentId,
      shipmentId: last.shipmentId,
      marketplaceName: last.marketplaceName,
      amountType: group.amountType,
      amountDescription: group.amountDescription,
      amount: amount ?? this.#money(group, minor),
      fulfillmentId: last.fulfillmentId,
      postedDate: last.postedDate,
      postedDateTime: last.postedDateTime,
      orderItemCode: last.orderItemCode,
      merchantOrderItemId: last.merchantOrderItemId,
      merchantAdjustmentItemId: last.merchantAdjustmentItemId,
      sku: last.sku,
      quantityPurchased: last.quantityPurchased,
      promotionId: last.promotionId,
    };
    this.#rows.push(row);
    this.#lastRow = row;
  }

  /**
   * The total group of a V2 line of transaction-type `typeId`: its amount-type and amount-description
   * cells are looked up together when they are adjacent ({@link #span}), else one by one.
   */
  #chargeGroup(typeId: number): Group {
    const lo = this.#span;
    if (lo < 0) {
      const amountTypeId = this.#intern(this.#amountTypes, this.#cAmountType);
      return this.#group(typeId, amountTypeId, this.#intern(this.#descriptions, this.#cAmountDescription));
    }
    const buf = this.#buf;
    const view = this.#view;
    const a = this.#pos[lo] as number;
    const b = (this.#pos[lo + 2] as number) - 1;
    const n = b - a;
    const before = this.#lastSpan;
    const guess = before?.follower;
    let entry: SpanEntry | undefined;
    if (guess !== undefined && guess.bytes.length === n && sameSpan(guess, view, buf, a, n)) entry = guess;
    else entry = this.#findSpan(buf, view, a, b);
    if (before !== undefined) before.follower = entry;
    this.#lastSpan = entry;
    if (entry === undefined) {
      const amountTypeId = this.#intern(this.#amountTypes, lo);
      const descriptionId = this.#intern(this.#descriptions, lo + 1);
      return this.#group(typeId, amountTypeId, descriptionId);
    }
    if (entry.typeId === typeId) return entry.group as Group;
    const group = this.#group(typeId, entry.amountTypeId, entry.descriptionId);
    entry.typeId = typeId;
    entry.group = group;
    return group;
  }

  /**
   * The entry of the span `buf[a, b)` (amount-type, tab, amount-description), made on first sight;
   * `undefined` past MAX_GROUPS spans, where #group fails anyway.
   */
  #findSpan(buf: Buffer, view: DataView, a: number, b: number): SpanEntry | undefined {
    const lo = this.#span;
    const n = b - a;
    // Hashed and compared four bytes a step (see sameBytes).
    let h = n;
    let i = a;
    for (; i + 4 <= b; i += 4) h = Math.imul(h ^ view.getInt32(i, true), 0x01000193);
    for (; i < b; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
    const first = this.#spans.get(h);
    let entry: SpanEntry | undefined = first;
    for (; entry !== undefined; entry = entry.next) {
      if (entry.bytes.length === n && sameSpan(entry, view, buf, a, n)) return entry;
    }
    // Bounded like the interners: past MAX_GROUPS pairs, #group fails anyway.
    if (this.#spanCount >= MAX_GROUPS) return undefined;
    const amountTypeId = this.#intern(this.#amountTypes, lo);
    const descriptionId = this.#intern(this.#descriptions, lo + 1);
    const bytes = new Uint8Array(buf.subarray(a, b));
    entry = {
      bytes,
      view: new DataView(bytes.buffer),
      amountTypeId,
      descriptionId,
      next: first,
      typeId: -1,
      group: undefined,
      follower: undefined,
    };
    this.#spans.set(h, entry);
    this.#spanCount++;
    return entry;
  }

  /** Adds a row's amount to the file's total and its group's. */
  #count(group: Group, minor: number, amount: Money | undefined): void {
    const total = this.#total as RunningSum;
    if (amount === undefined) {
      total.addMinor(minor);
      group.sum.addMinor(minor);
    } else {
      total.add(amount);
      group.sum.add(amount);
    }
    group.count++;
    this.#rowCount++;
  }

  /** The Money of `minor` units (a fast-path amount) in a row of `group`. */
  #money(group: Group, minor: number): Money {
    if (minor === group.lastMinor) return group.lastAmount as Money;
    const summary = this.#summary as SettlementSummary;
    const money = Money.fromMinorUnchecked(BigInt(minor), summary.currency, this.#digits);
    group.lastMinor = minor;
    group.lastAmount = money;
    return money;
  }

  #typeAsDescription(typeId: number): number {
    let id = this.#typeDescriptions.get(typeId);
    if (id === undefined) {
      id = this.#descriptions.idOf(this.#types.texts[typeId] as string);
      this.#typeDescriptions.set(typeId, id);
    }
    return id;
  }

  #readV1(): void {
    this.#checkDetailIdentity();
    const summary = this.#summary as SettlementSummary;
    const typeId = this.#intern(this.#types, this.#cType);
    const transactionType = this.#types.texts[typeId] as string;
    const posted = this.#date(this.#cPostedDate);
    const quantity = this.#quantity();
    let found = 0;
    for (const column of this.#v1Amounts) {
      if (this.#cellEmpty(column.amount)) continue;
      const minor = this.#fastMinor(column.amount);
      let amount: Money | undefined;
      if (Number.isNaN(minor)) {
        const text = this.#text(column.amount);
        if (text === "") continue;
        amount = this.#amount(text, summary.currency, column.amount);
      }
      found++;
      // V1 puts the charge's name in the transaction-type when it has no description column.
      const descriptionId =
        column.description === -1 || this.#text(column.description) === ""
          ? this.#typeAsDescription(typeId)
          : this.#intern(this.#descriptions, column.description);
      const group = this.#group(typeId, column.amountTypeId, descriptionId);
      const total = this.#total as RunningSum;
      if (amount === undefined) {
        total.addMinor(minor);
        group.sum.addMinor(minor);
      } else {
        total.add(amount);
        group.sum.add(amount);
      }
      group.count++;
      this.#rowCount++;
      if (!this.#emit) continue;
      this.#rows.push({
        line: this.#line,
        column: column.amount + 1,
        settlementId: summary.settlementId,
        transactionType,
        orderId: this.#optional(this.#cOrder),
        merchantOrderId: this.#optional(this.#cMerchantOrder),
        adjustmentId: this.#optional(this.#cAdjustment),
        shipmentId: this.#optional(this.#cShipment),
        marketplaceName: this.#optional(this.#cMarketplace),
        amountType: column.amountType,
        amountDescription: group.amountDescription,
        amount: amount ?? this.#money(group, minor),
        fulfillmentId: this.#optional(this.#cFulfillment),
        postedDate: posted ? this.#day(posted) : undefined,
        postedDateTime: posted?.hasTime ? posted.iso : undefined,
        orderItemCode: this.#optional(this.#cOrderItem),
        merchantOrderItemId: this.#optional(this.#cMerchantOrderItem),
        merchantAdjustmentItemId: this.#optional(this.#cMerchantAdjustmentItem),
        sku: this.#optional(this.#cSku),
        quantityPurchased: quantity,
        promotionId: this.#optional(this.#cPromotion),
      });
    }
    if (found === 0) this.#noAmount++;
  }
}
