/**
 * Exact, currency-aware decimal amounts. A {@link Money} is an integer count of `10^-scale` units
 * held as a `bigint`, so no amount ever passes through binary floating point.
 */
import { MoneyError } from "./errors.js";

/** How {@link Money.parse} reads the decimal separator. */
export type MoneyFormat = "auto" | "dot" | "comma";

/** Options of {@link Money.parse}. */
export interface MoneyParseOptions {
  /**
   * Which character is the decimal separator.
   * - `"dot"`: `.` is decimal; `,`, spaces and `'` may group thousands (`1,234.56`).
   * - `"comma"`: `,` is decimal; `.`, spaces and `'` may group thousands (`1.234,56`, `95,00`).
   * - `"auto"`: decided per value, see {@link Money.parse}. Callers reading a whole file should decide
   *   once per file and pass `"dot"` or `"comma"`, because single values can be ambiguous.
   * @default "auto"
   */
  readonly format?: MoneyFormat;
}

// ISO 4217 minor-unit exponents that differ from 2. Currencies not listed use 2.
const ZERO_DIGIT_CURRENCIES = new Set([
  "BIF",
  "CLP",
  "DJF",
  "GNF",
  "ISK",
  "JPY",
  "KMF",
  "KRW",
  "PYG",
  "RWF",
  "UGX",
  "UYI",
  "VND",
  "VUV",
  "XAF",
  "XOF",
  "XPF",
]);
const THREE_DIGIT_CURRENCIES = new Set(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]);

// A constant table, frozen: not state.
const POWERS_OF_TEN: readonly bigint[] = Object.freeze(
  Array.from({ length: 40 }, (_, n) => 10n ** BigInt(n)),
);
function pow10(n: number): bigint {
  return POWERS_OF_TEN[n] ?? 10n ** BigInt(n);
}

function digitsOfCode(code: string): number {
  return ZERO_DIGIT_CURRENCIES.has(code) ? 0 : THREE_DIGIT_CURRENCIES.has(code) ? 3 : 2;
}

/**
 * Number of minor-unit digits of an ISO 4217 currency: 0 for JPY, KRW (and the other zero-decimal
 * currencies of ISO 4217), 3 for BHD, KWD, JOD, OMR, TND, IQD, LYD, otherwise 2.
 * @throws MoneyError when `currency` is not three letters.
 * @example currencyDigits("JPY") // 0
 */
export function currencyDigits(currency: string): number {
  return digitsOfCode(normalizeCurrency(currency));
}

function normalizeCurrency(currency: string): string {
  if (typeof currency === "string" && currency.length === 3) {
    const a = currency.charCodeAt(0);
    const b = currency.charCodeAt(1);
    const c = currency.charCodeAt(2);
    if (a >= 65 && a <= 90 && b >= 65 && b <= 90 && c >= 65 && c <= 90) return currency;
  }
  if (typeof currency !== "string" || currency.length !== 3) {
    throw new MoneyError(`Invalid currency code ${quote(String(currency))}`, {
      code: "MONEY_INVALID_CURRENCY",
      hint: "use a three-letter ISO 4217 code such as USD, EUR or JPY",
    });
  }
  const code = currency.toUpperCase();
  for (let i = 0; i < 3; i++) {
    const c = code.charCodeAt(i);
    if (c < 65 || c > 90) {
      throw new MoneyError(`Invalid currency code ${quote(currency)}`, {
        code: "MONEY_INVALID_CURRENCY",
        hint: "use a three-letter ISO 4217 code such as USD, EUR or JPY",
      });
    }
  }
  return code;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 64 ? `${text.slice(0, 61)}...` : text);
}

const CH_0 = 48;
const CH_9 = 57;
const CH_DOT = 46;
const CH_COMMA = 44;
const CH_PLUS = 43;
const CH_MINUS = 45;
const CH_APOS = 39;
const CH_SPACE = 32;
const CH_NBSP = 0xa0;
const CH_NNBSP = 0x202f;
const CH_THIN = 0x2009;

function isSpaceGroup(c: number): boolean {
  return c === CH_SPACE || c === CH_NBSP || c === CH_NNBSP || c === CH_THIN;
}

/**
 * An exact amount of money in one currency.
 *
 * Values may hold more fraction digits than the currency has (a unit price of `0.0125 USD`); they
 * are kept exactly and {@link Money.scale} grows to fit. Trailing zeros beyond the currency's
 * digits are dropped, so `12.3400 USD` and `12.34 USD` are the same value with scale 2.
 *
 * @example
 * const total = Money.parse("1.234,56", "EUR").plus(Money.of("0.44", "EUR"));
 * total.toString(); // "1235.00"
 */
export class Money {
  /** ISO 4217 code, upper case. */
  readonly currency: string;
  /** Digits after the decimal point held by this value; never less than the currency's digits. */
  readonly scale: number;
  /** The value times `10^scale`. */
  readonly #units: bigint;
  /** The currency's minor digits, kept so arithmetic never looks them up again. */
  readonly #digits: number;

  private constructor(units: bigint, scale: number, currency: string, digits: number) {
    // Normalise: drop zeros beyond the currency's digits so equal values print and compare alike.
    while (scale > digits && units % 10n === 0n) {
      units /= 10n;
      scale--;
    }
    this.#units = units;
    this.#digits = digits;
    this.scale = scale;
    this.currency = currency;
  }

  /**
   * Reads a locale-formatted amount: `"1,234.56"`, `"1.234,56"`, `"95,00"`, `"-12.3"`, `"1234"`,
   * `"+5"`, `" 12.00 "`, `"1 234,56"`. Surrounding white space is ignored; an optional leading `+`
   * or `-` is accepted; thousands groups must be well-formed (`1,23,456` is rejected).
   *
   * With `format: "auto"` the decimal separator is decided as follows:
   * - both `.` and `,` present: the one that comes last is the decimal separator (`1,234.56`, `1.234,56`);
   * - one of them appears more than once: it groups thousands (`1,234,567`);
   * - it appears once and is followed by other than 3 digits: it is the decimal separator (`1,23`, `95,00`, `12.5`);
   * - it appears once, followed by exactly 3 digits, and the value is also space-grouped
   *   (`1 234,567`), or the integer part is `0` or longer than 3 digits (`0,125`, `1234,567`):
   *   it is the decimal separator, since it cannot be a thousands group;
   * - otherwise (`1,234`, `12.345`) the text is ambiguous and rejected: pass `format`.
   *
   * @throws MoneyError (code `MONEY_PARSE`) naming the text, when it is not an amount or is ambiguous.
   * @example Money.parse("1.234,56", "EUR", { format: "comma" }).toString() // "1234.56"
   */
  static parse(text: string, currency: string, options?: MoneyParseOptions): Money {
    const code = normalizeCurrency(currency);
    const format = options?.format ?? "auto";
    if (typeof text !== "string") throw parseError(String(text), code, "it is not text");
    let start = 0;
    let end = text.length;
    // Fast trim for ASCII spaces/tabs; fall back to String.trim for other white space.
    while (start < end && text.charCodeAt(start) <= CH_SPACE) start++;
    while (end > start && text.charCodeAt(end - 1) <= CH_SPACE) end--;
    let s = start === 0 && end === text.length ? text : text.slice(start, end);
    if (s.length > 0 && (isSpaceGroup(s.charCodeAt(0)) || isSpaceGroup(s.charCodeAt(s.length - 1)))) {
      s = s.trim();
    }
    if (s.length === 0) throw parseError(text, code, "it is empty");

    let i = 0;
    let negative = false;
    const first = s.charCodeAt(0);
    if (first === CH_MINUS || first === CH_PLUS) {
      negative = first === CH_MINUS;
      i = 1;
    }
    const bodyStart = i;
    let dots = 0;
    let commas = 0;
    let spaces = 0;
    let apostrophes = 0;
    let lastDot = -1;
    let lastComma = -1;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= CH_0 && c <= CH_9) continue;
      if (c === CH_DOT) {
        dots++;
        lastDot = i;
      } else if (c === CH_COMMA) {
        commas++;
        lastComma = i;
      } else if (isSpaceGroup(c)) spaces++;
      else if (c === CH_APOS) apostrophes++;
      else throw parseError(text, code, `it contains ${quote(s.charAt(i))} at position ${i + 1}`);
    }
    if (bodyStart === s.length) throw parseError(text, code, "it has no digits");

    // Fast path: plain digits with at most one decimal separator matching the format.
    let decimalAt = -1;
    if (format === "dot") {
      if (dots > 1) throw parseError(text, code, "it has more than one decimal point");
      decimalAt = lastDot;
    } else if (format === "comma") {
      if (commas > 1) throw parseError(text, code, "it has more than one decimal comma");
      decimalAt = lastComma;
    } else if (dots > 0 && commas > 0) {
      decimalAt = Math.max(lastDot, lastComma);
      if ((decimalAt === lastDot ? dots : commas) > 1) {
        throw parseError(text, code, "its decimal separator appears more than once");
      }
    } else if (dots + commas === 1) {
      const at = dots === 1 ? lastDot : lastComma;
      const fractionLength = s.length - at - 1;
      const integerDigits = s.slice(bodyStart, at);
      if (fractionLength !== 3 || spaces > 0 || apostrophes > 0) decimalAt = at;
      else if (integerDigits === "0" || integerDigits.length > 3 || integerDigits.length === 0)
        decimalAt = at;
      else {
        throw parseError(
          text,
          code,
          `it is ambiguous: ${quote(s.charAt(at))} followed by three digits may group thousands or mark decimals`,
          'pass { format: "dot" } or { format: "comma" } to say which',
        );
      }
    }
    // else: no decimal separator; any `.`/`,` present groups thousands.

    const intEnd = decimalAt === -1 ? s.length : decimalAt;
    let intDigits: string;
    if (dots + commas + spaces + apostrophes - (decimalAt === -1 ? 0 : 1) === 0) {
      intDigits = s.slice(bodyStart, intEnd);
    } else {
      intDigits = readGroupedInteger(text, code, s, bodyStart, intEnd);
    }
    if (intDigits.length === 0) throw parseError(text, code, "it has no digits before the decimal separator");
    let fraction = "";
    if (decimalAt !== -1) {
      fraction = s.slice(decimalAt + 1);
      if (fraction.length === 0) throw parseError(text, code, "it has no digits after the decimal separator");
      for (let k = 0; k < fraction.length; k++) {
        const c = fraction.charCodeAt(k);
        if (c < CH_0 || c > CH_9) {
          throw parseError(text, code, `it has ${quote(fraction.charAt(k))} after the decimal separator`);
        }
      }
    }
    const digits = digitsOfCode(code);
    const scale = Math.max(fraction.length, digits);
    const padded = fraction.length < scale ? fraction + "0".repeat(scale - fraction.length) : fraction;
    const magnitude = BigInt(intDigits + padded);
    return new Money(negative ? -magnitude : magnitude, scale, code, digits);
  }

  /**
   * Makes an amount from its canonical text (`"-1234.56"`: optional `-`, digits, optional `.` and
   * digits, no grouping) or from a bigint count of minor units.
   * @throws MoneyError when the text is not canonical.
   * @example Money.of("12.3", "USD").toString() // "12.30"
   */
  static of(amount: string | bigint, currency: string): Money {
    if (typeof amount === "bigint") return Money.fromMinor(amount, currency);
    const code = normalizeCurrency(currency);
    if (typeof amount !== "string" || !/^-?\d+(\.\d+)?$/.test(amount)) {
      throw new MoneyError(`${quote(String(amount))} is not a canonical ${code} amount`, {
        code: "MONEY_PARSE",
        hint: 'write it as digits with an optional leading "-" and "." decimal point (e.g. "-1234.56"), or use Money.parse for formatted text',
      });
    }
    const negative = amount.charCodeAt(0) === CH_MINUS;
    const body = negative ? amount.slice(1) : amount;
    const dot = body.indexOf(".");
    const intDigits = dot === -1 ? body : body.slice(0, dot);
    const fraction = dot === -1 ? "" : body.slice(dot + 1);
    const digits = currencyDigits(code);
    const scale = Math.max(fraction.length, digits);
    const magnitude = BigInt(intDigits + fraction.padEnd(scale, "0"));
    return new Money(negative ? -magnitude : magnitude, scale, code, digits);
  }

  /**
   * Makes an amount from a count of the currency's minor units (cents for USD, yen for JPY).
   * @example Money.fromMinor(-1234n, "USD").toString() // "-12.34"
   */
  static fromMinor(minor: bigint, currency: string): Money {
    const code = normalizeCurrency(currency);
    if (typeof minor !== "bigint") {
      throw new MoneyError(`Minor units must be a bigint, got ${typeof minor}`, { code: "MONEY_PARSE" });
    }
    const digits = digitsOfCode(code);
    return new Money(minor, digits, code, digits);
  }

  /**
   * {@link Money.fromMinor} without its checks, for a parser's inner loop that has checked the
   * currency once (a settlement file has one) and makes a million amounts in it: `currency` must
   * be a normalised code (three upper-case letters, as {@link currencyDigits} accepts it) and
   * `digits` exactly `currencyDigits(currency)`; `minor` must be a bigint. Nothing is verified.
   * @internal Not part of the public API: it may change or go; use {@link Money.fromMinor}.
   */
  static fromMinorUnchecked(minor: bigint, currency: string, digits: number): Money {
    return new Money(minor, digits, currency, digits);
  }

  /** Zero in `currency`. */
  static zero(currency: string): Money {
    const code = normalizeCurrency(currency);
    const digits = digitsOfCode(code);
    return new Money(0n, digits, code, digits);
  }

  /**
   * Adds up amounts that must all be in `currency`; an empty list gives zero.
   * @throws MoneyError when an item has another currency.
   */
  static sum(items: Iterable<Money>, currency: string): Money {
    let total = Money.zero(currency);
    for (const item of items) total = total.plus(item);
    return total;
  }

  /** True when `value` is a {@link Money}. */
  static isMoney(value: unknown): value is Money {
    return value instanceof Money;
  }

  /** @throws MoneyError when the currencies differ. */
  plus(o: Money): Money {
    this.#same(o, "add");
    const other = o.#units;
    if (this.scale === o.scale)
      return new Money(this.#units + other, this.scale, this.currency, this.#digits);
    const scale = Math.max(this.scale, o.scale);
    return new Money(this.#at(scale) + o.#at(scale), scale, this.currency, this.#digits);
  }

  /** @throws MoneyError when the currencies differ. */
  minus(o: Money): Money {
    this.#same(o, "subtract");
    if (this.scale === o.scale)
      return new Money(this.#units - o.#units, this.scale, this.currency, this.#digits);
    const scale = Math.max(this.scale, o.scale);
    return new Money(this.#at(scale) - o.#at(scale), scale, this.currency, this.#digits);
  }

  negate(): Money {
    return new Money(-this.#units, this.scale, this.currency, this.#digits);
  }

  abs(): Money {
    return this.#units < 0n ? this.negate() : this;
  }

  /**
   * Rounds to `scale` fraction digits (never below the currency's, which it always holds).
   * `"half-up"` rounds halves away from zero (0.125 → 0.13, −0.125 → −0.13), as ledgers do;
   * `"half-even"` rounds halves to the even digit (0.125 → 0.12), as banks and IEEE do.
   * @param options.scale @default the currency's digits
   * @param options.mode @default "half-up"
   * @example Money.of("0.125", "USD").round().toString() // "0.13"
   */
  round(options: { scale?: number; mode?: "half-up" | "half-even" } = {}): Money {
    const scale = Math.max(options.scale ?? this.#digits, this.#digits);
    if (!Number.isInteger(scale) || scale > 100) {
      throw new MoneyError(`Cannot round to ${options.scale} digits`, { code: "MONEY_PRECISION" });
    }
    if (this.scale <= scale) return this;
    const divisor = pow10(this.scale - scale);
    const negative = this.#units < 0n;
    const magnitude = negative ? -this.#units : this.#units;
    let quotient = magnitude / divisor;
    const twice = (magnitude % divisor) * 2n;
    if (
      twice > divisor ||
      (twice === divisor && (options.mode === "half-even" ? quotient % 2n === 1n : true))
    ) {
      quotient += 1n;
    }
    return new Money(negative ? -quotient : quotient, scale, this.currency, this.#digits);
  }

  /**
   * Orders two amounts of the same currency.
   * @throws MoneyError when the currencies differ.
   */
  compare(o: Money): -1 | 0 | 1 {
    this.#same(o, "compare");
    const scale = Math.max(this.scale, o.scale);
    const a = this.#at(scale);
    const b = o.#at(scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Same currency and same value (`1.50 USD` equals `1.5 USD`); never throws. */
  equals(o: Money): boolean {
    return this.currency === o.currency && this.scale === o.scale && this.#units === o.#units;
  }

  isZero(): boolean {
    return this.#units === 0n;
  }

  isNegative(): boolean {
    return this.#units < 0n;
  }

  isPositive(): boolean {
    return this.#units > 0n;
  }

  /**
   * Canonical text: optional `-`, digits, `.` and at least the currency's digits; never grouping or
   * an exponent. JPY `"1234"`, USD `"12.30"`, `"0.0125"` for a sub-cent USD amount.
   */
  toString(): string {
    const negative = this.#units < 0n;
    let digits = (negative ? -this.#units : this.#units).toString();
    if (this.scale === 0) return negative ? `-${digits}` : digits;
    if (digits.length <= this.scale) digits = digits.padStart(this.scale + 1, "0");
    const cut = digits.length - this.scale;
    const text = `${digits.slice(0, cut)}.${digits.slice(cut)}`;
    return negative ? `-${text}` : text;
  }

  /** `{ amount: "-1234.56", currency: "EUR" }`, so JSON never holds a float. */
  toJSON(): { amount: string; currency: string } {
    return { amount: this.toString(), currency: this.currency };
  }

  /**
   * Display text for people, via `Intl.NumberFormat` fed the exact decimal string (no float on the way).
   * @param locale BCP 47 tag.
   * @default locale "en-US"
   * @example Money.of("1234.5", "EUR").format("de-DE") // "1.234,50 €"
   */
  format(locale = "en-US"): string {
    const nf = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: this.currency,
      minimumFractionDigits: this.#digits,
      maximumFractionDigits: Math.max(this.scale, this.#digits),
    });
    // Node 20's Intl formats decimal strings exactly; lib typings predate that overload.
    return nf.format(this.toString() as unknown as number);
  }

  /**
   * The value as a count of minor units (cents for USD).
   * @throws MoneyError (code `MONEY_PRECISION`) when the value has more digits than the currency.
   */
  toMinorUnits(): bigint {
    const digits = this.#digits;
    if (this.scale > digits) {
      throw new MoneyError(
        `${this.toString()} ${this.currency} has ${this.scale} fraction digits; ${this.currency} has ${digits}`,
        { code: "MONEY_PRECISION", hint: "round the amount explicitly before converting to minor units" },
      );
    }
    return this.#units;
  }

  #at(scale: number): bigint {
    return scale === this.scale ? this.#units : this.#units * pow10(scale - this.scale);
  }

  #same(o: Money, verb: string): void {
    if (!(o instanceof Money)) {
      throw new MoneyError(`Cannot ${verb} a non-Money value to ${this.currency} money`, {
        code: "MONEY_TYPE",
      });
    }
    if (o.currency !== this.currency) {
      throw new MoneyError(`Cannot ${verb} ${o.currency} and ${this.currency} amounts`, {
        code: "MONEY_CURRENCY_MISMATCH",
        hint: "convert one amount first; amounts in different currencies never combine implicitly",
      });
    }
  }
}

function readGroupedInteger(text: string, code: string, s: string, from: number, to: number): string {
  // Groups: 1-3 digits, then groups of exactly 3, all separated by one and the same character.
  let separator = -1;
  let out = "";
  let groupLength = 0;
  let groups = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= CH_0 && c <= CH_9) {
      groupLength++;
      continue;
    }
    const kind = isSpaceGroup(c) ? CH_SPACE : c;
    if (separator === -1) separator = kind;
    else if (separator !== kind) throw parseError(text, code, "it mixes different thousands separators");
    if (groupLength === 0 || (groups === 0 ? groupLength > 3 : groupLength !== 3)) {
      throw parseError(text, code, "its thousands groups are malformed");
    }
    out += s.slice(i - groupLength, i);
    groups++;
    groupLength = 0;
  }
  if (groups > 0 && groupLength !== 3) throw parseError(text, code, "its thousands groups are malformed");
  out += s.slice(to - groupLength, to);
  return out;
}

function parseError(text: string, currency: string, reason: string, hint?: string): MoneyError {
  return new MoneyError(`Cannot read ${quote(text)} as a ${currency} amount: ${reason}`, {
    code: "MONEY_PARSE",
    hint:
      hint ??
      'amounts look like "1234.56", "1,234.56", "1.234,56" or "95,00"; pass { format: "dot" | "comma" } when the file says which',
  });
}
