/**
 * Amounts read straight from UTF-8 bytes into exact minor units, without making a string. The fast
 * path takes only what it can read exactly as a safe integer (at most 15 digits once scaled to minor
 * units, so well under 2^53) and that `Money.parse` would read to the same value; everything else
 * (sub-minor digits, spaces as thousands separators, malformed text) returns `NaN` and goes to
 * `Money.parse` on the slow path, which also produces its error messages. A property test holds the
 * two paths equal.
 */
import { Money } from "../../core/money.js";

const POW10 = [1, 10, 100, 1000, 10_000];
/** Digits of a minor-unit count the fast path accepts: 10^15 < 2^53, with room for summing. */
const MAX_DIGITS = 15;

/**
 * Reads `bytes[start, end)` (already trimmed) as an amount with `.` (`comma` false) or `,` (`comma`
 * true) as decimal separator, in minor units of a currency with `digits` minor digits. Thousands
 * groups (`1,234.56` / `1.234,56`, or `'`) are accepted as `Money.parse` accepts them.
 * @returns the exact count of minor units, or `NaN` when the slow path must decide.
 */
export function parseMinorUnits(
  bytes: Uint8Array,
  start: number,
  end: number,
  comma: boolean,
  digits: number,
): number {
  let i = start;
  let negative = false;
  let c = bytes[i] as number;
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
  }
  const decimal = comma ? 44 : 46;
  const group = comma ? 46 : 44;
  let value = 0;
  let count = 0;
  let groupLength = 0;
  let groups = 0;
  let separator = -1;
  for (; i < end; i++) {
    c = bytes[i] as number;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      count++;
      groupLength++;
    } else if (c === decimal) break;
    else if (c === group || c === 39) {
      if (separator === -1) separator = c;
      else if (separator !== c) return Number.NaN;
      if (groupLength === 0 || (groups === 0 ? groupLength > 3 : groupLength !== 3)) return Number.NaN;
      groups++;
      groupLength = 0;
    } else return Number.NaN;
  }
  if (groupLength === 0 || (groups > 0 && groupLength !== 3)) return Number.NaN;
  let fraction = 0;
  if (i < end) {
    const from = ++i;
    for (; i < end; i++) {
      c = bytes[i] as number;
      if (c < 48 || c > 57) return Number.NaN;
      value = value * 10 + (c - 48);
      count++;
    }
    fraction = i - from;
    if (fraction === 0 || fraction > digits) return Number.NaN;
  }
  if (count + digits - fraction > MAX_DIGITS) return Number.NaN;
  value *= POW10[digits - fraction] as number;
  return negative ? -value : value;
}

/** Above this, a running sum of numbers moves into its bigint: any amount added stays below 2^53. */
const FLUSH = 2 ** 52;

/**
 * A running sum in one currency: whole minor units in a number while they are exact, moved into a
 * bigint before they could stop being exact; amounts finer than the currency (rare) as Money.
 */
export class RunningSum {
  #small = 0;
  #minor = 0n;
  #finer: Money | undefined;
  readonly #currency: string;
  readonly #digits: number;

  constructor(currency: string, digits: number) {
    this.#currency = currency;
    this.#digits = digits;
  }

  /**
   * Adds a count of minor units: an integer of at most 2^52 in magnitude ({@link parseMinorUnits}
   * reads below 10^15; {@link minorUnitsOf} gives at most 2^52), so the number sum stays exact.
   */
  addMinor(minor: number): void {
    const small = this.#small + minor;
    if (small > FLUSH || small < -FLUSH) {
      this.#minor += BigInt(small);
      this.#small = 0;
    } else this.#small = small;
  }

  /** Adds a count of minor units of any size. */
  addUnits(minor: bigint): void {
    this.#minor += minor;
  }

  add(amount: Money): void {
    // Same scale as the currency: toMinorUnits() is exact and allocation-free.
    if (amount.scale === this.#digits) this.#minor += amount.toMinorUnits();
    else this.#finer = this.#finer ? this.#finer.plus(amount) : amount;
  }

  value(): Money {
    const whole = Money.fromMinor(this.#minor + BigInt(this.#small), this.#currency);
    return this.#finer ? whole.plus(this.#finer) : whole;
  }
}

/**
 * The minor units of an amount whose scale is its currency's, as a number when it is an integer of
 * at most 2^52 in magnitude (what {@link RunningSum.addMinor} adds exactly), else `NaN`: the caller
 * then adds `amount.toMinorUnits()` as a bigint. Never a rounded value: a bigint beyond 2^53 turns
 * into a number that fails the bound, so only exact conversions pass.
 */
export function minorUnitsOf(amount: Money): number {
  const minor = Number(amount.toMinorUnits());
  return minor <= FLUSH && minor >= -FLUSH ? minor : Number.NaN;
}
