import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isConnectorError, MoneyError } from "../../src/core/errors.js";
import { currencyDigits, Money } from "../../src/core/money.js";

describe("Money.parse", () => {
  it.each([
    ["1,234.56", "USD", "1234.56"],
    ["1.234,56", "EUR", "1234.56"],
    ["95,00", "EUR", "95.00"],
    ["-12.3", "USD", "-12.30"],
    ["1234", "USD", "1234.00"],
    ["+5", "USD", "5.00"],
    [" 12.00 ", "USD", "12.00"],
    ["1 234,56", "EUR", "1234.56"],
    ["1\u00a0234,56", "EUR", "1234.56"],
    ["1\u202f234,56", "EUR", "1234.56"],
    ["1'234.56", "CHF", "1234.56"],
    ["-10,44", "EUR", "-10.44"],
    ["0,00", "EUR", "0.00"],
    ["-0.00", "USD", "0.00"],
    ["321.69    ", "CAD", "321.69"],
    ["1,234,567.891", "USD", "1234567.891"],
    ["1.234.567", "EUR", "1234567.00"],
    ["0,125", "EUR", "0.125"],
    ["1234,567", "EUR", "1234.567"],
    ["12.5", "USD", "12.50"],
    ["1,23", "EUR", "1.23"],
  ])("reads %j in %s as %s", (text, currency, expected) => {
    expect(Money.parse(text, currency).toString()).toBe(expected);
  });

  it("reads JPY without decimals and keeps extra digits exactly", () => {
    expect(Money.parse("1234", "JPY").toString()).toBe("1234");
    expect(Money.parse("-1,234", "JPY", { format: "dot" }).toString()).toBe("-1234");
    expect(Money.parse("1.234", "JPY", { format: "comma" }).toString()).toBe("1234");
    const odd = Money.parse("12.5", "JPY");
    expect(odd.toString()).toBe("12.5");
    expect(odd.scale).toBe(1);
    expect(() => odd.toMinorUnits()).toThrow(MoneyError);
    expect(Money.parse("1234", "jpy").currency).toBe("JPY");
  });

  it("reads three-decimal currencies", () => {
    expect(currencyDigits("KWD")).toBe(3);
    expect(Money.parse("1,5", "KWD").toString()).toBe("1.500");
    expect(Money.parse("1.234", "BHD", { format: "dot" }).toString()).toBe("1.234");
    expect(Money.parse("1.234", "BHD", { format: "dot" }).toMinorUnits()).toBe(1234n);
  });

  it("honours an explicit format", () => {
    expect(Money.parse("1,234", "USD", { format: "dot" }).toString()).toBe("1234.00");
    expect(Money.parse("1,234", "EUR", { format: "comma" }).toString()).toBe("1.234");
    expect(Money.parse("1.234", "EUR", { format: "comma" }).toString()).toBe("1234.00");
    expect(Money.parse("12.345", "USD", { format: "dot" }).toString()).toBe("12.345");
    expect(() => Money.parse("12.5", "EUR", { format: "comma" })).toThrow(/thousands groups/);
    expect(() => Money.parse("1,23", "USD", { format: "dot" })).toThrow(/thousands groups/);
  });

  it.each([
    ["", /empty/],
    ["   ", /empty/],
    ["abc", /contains "a"/],
    ["1,234", /ambiguous/],
    ["12.345", /ambiguous/],
    ["12.", /no digits after/],
    [".5", /no digits before/],
    ["1..2", /thousands groups/],
    ["1.2.3,4", /thousands groups/],
    ["--1", /contains "-"/],
    ["-", /no digits/],
    ["1e5", /contains "e"/],
    ["1,23,456", /thousands groups/],
    ["12 34,5", /thousands groups/],
    ["1 234.567,8", /mixes/],
    ["1,234.5,6", /more than once/],
    ["$12", /contains "\$"/],
    ["12-", /contains "-"/],
  ])("rejects %j naming the text", (text, reason) => {
    let caught: unknown;
    try {
      Money.parse(text, "USD");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MoneyError);
    expect(isConnectorError(caught)).toBe(true);
    expect((caught as MoneyError).code).toBe("MONEY_PARSE");
    expect((caught as MoneyError).message).toContain(JSON.stringify(text));
    expect((caught as MoneyError).message).toMatch(reason);
  });

  it("rejects invalid currency codes", () => {
    expect(() => Money.parse("1", "US")).toThrow(/Invalid currency/);
    expect(() => Money.zero("U$D")).toThrow(MoneyError);
  });
});

describe("Money arithmetic", () => {
  it("adds, subtracts and aligns scales", () => {
    const a = Money.of("10.005", "USD");
    const b = Money.of("0.995", "USD");
    const sum = a.plus(b);
    expect(sum.toString()).toBe("11.00");
    expect(sum.scale).toBe(2);
    expect(sum.toMinorUnits()).toBe(1100n);
    expect(a.minus(b).toString()).toBe("9.01");
    expect(Money.of("0.1", "USD").plus(Money.of("0.2", "USD")).toString()).toBe("0.30");
  });

  it("rounds half-up (away from zero) by default, half-even on request", () => {
    const r = (text: string, mode?: "half-up" | "half-even", scale?: number) =>
      Money.of(text, "USD")
        .round({ ...(mode ? { mode } : {}), ...(scale !== undefined ? { scale } : {}) })
        .toString();
    expect(r("0.125")).toBe("0.13");
    expect(r("-0.125")).toBe("-0.13");
    expect(r("0.1249")).toBe("0.12");
    expect(r("0.125", "half-even")).toBe("0.12");
    expect(r("0.135", "half-even")).toBe("0.14");
    expect(r("-0.125", "half-even")).toBe("-0.12");
    expect(r("0.12501", "half-even")).toBe("0.13");
    expect(r("1.23456", undefined, 3)).toBe("1.235");
    expect(r("1.2", undefined, 0)).toBe("1.20"); // never below the currency's digits
    expect(Money.of("0.125", "USD").round().toMinorUnits()).toBe(13n);
    expect(Money.of("2.5", "JPY").round().toString()).toBe("3");
    expect(Money.of("-0.004", "USD").round().isZero()).toBe(true);
  });

  it("never uses exponents and keeps big values exact", () => {
    const big = Money.of("123456789012345678901234567890.12", "USD");
    expect(big.plus(Money.of("0.01", "USD")).toString()).toBe("123456789012345678901234567890.13");
    expect(Money.of("0.0000001", "USD").toString()).toBe("0.0000001");
    expect(Money.of("-0.05", "USD").toString()).toBe("-0.05");
  });

  it("compares, tests signs and equality", () => {
    const a = Money.of("1.50", "USD");
    expect(a.equals(Money.of("1.5", "USD"))).toBe(true);
    expect(a.equals(Money.of("1.5", "EUR"))).toBe(false);
    expect(a.compare(Money.of("1.499", "USD"))).toBe(1);
    expect(a.compare(Money.of("1.5001", "USD"))).toBe(-1);
    expect(a.compare(Money.of("1.5", "USD"))).toBe(0);
    expect(a.negate().isNegative()).toBe(true);
    expect(a.negate().abs().equals(a)).toBe(true);
    expect(Money.zero("EUR").isZero()).toBe(true);
    expect(a.isPositive()).toBe(true);
  });

  it("throws MoneyError when currencies mix", () => {
    const usd = Money.of("1", "USD");
    const eur = Money.of("1", "EUR");
    expect(() => usd.plus(eur)).toThrow(MoneyError);
    expect(() => usd.minus(eur)).toThrow(/EUR and USD/);
    expect(() => usd.compare(eur)).toThrow(MoneyError);
    expect(() => Money.sum([usd], "EUR")).toThrow(MoneyError);
  });

  it("makes from checked minor units (the parser's fast path) what fromMinor makes", () => {
    for (const [minor, currency] of [
      [-1234n, "USD"],
      [0n, "JPY"],
      [5n, "KWD"],
      [100n, "EUR"],
    ] as const) {
      const fast = Money.fromMinorUnchecked(minor, currency, currencyDigits(currency));
      const checked = Money.fromMinor(minor, currency);
      expect(fast.equals(checked)).toBe(true);
      expect([fast.toString(), fast.scale, fast.currency]).toEqual([
        checked.toString(),
        checked.scale,
        checked.currency,
      ]);
      expect(fast.plus(checked).toMinorUnits()).toBe(2n * minor);
    }
  });

  it("builds from minor units and canonical text only", () => {
    expect(Money.fromMinor(-1234n, "USD").toString()).toBe("-12.34");
    expect(Money.of(1234n, "JPY").toString()).toBe("1234");
    expect(Money.fromMinor(5n, "KWD").toString()).toBe("0.005");
    expect(() => Money.of("1,000", "USD")).toThrow(MoneyError);
    expect(() => Money.of("+1", "USD")).toThrow(MoneyError);
    expect(() => Money.of("1e3", "USD")).toThrow(MoneyError);
  });

  it("sums and serialises", () => {
    const total = Money.sum([Money.of("1.10", "EUR"), Money.of("2.205", "EUR")], "EUR");
    expect(total.toJSON()).toEqual({ amount: "3.305", currency: "EUR" });
    expect(JSON.stringify({ total })).toBe('{"total":{"amount":"3.305","currency":"EUR"}}');
    expect(Money.sum([], "JPY").toString()).toBe("0");
  });

  it("formats for display exactly via Intl", () => {
    expect(Money.of("1234.5", "EUR").format("de-DE")).toBe("1.234,50\u00a0€");
    expect(Money.of("12345678901234567.89", "USD").format("en-US")).toBe("$12,345,678,901,234,567.89");
    expect(Money.of("0.0125", "USD").format("en-US")).toBe("$0.0125");
    expect(Money.of("1234", "JPY").format("ja-JP")).toBe("￥1,234");
  });
});

describe("Money properties", () => {
  const amount = fc
    .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }))
    .map(([units, scale]) => {
      const neg = units < 0n;
      const digits = (neg ? -units : units).toString().padStart(scale + 1, "0");
      const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return Money.of(neg ? `-${text}` : text, "USD");
    });

  it("plus and minus are inverse", () => {
    fc.assert(fc.property(amount, amount, (a, b) => a.plus(b).minus(b).equals(a)));
  });

  it("round moves a value by at most half a cent and lands on cents", () => {
    const half = Money.of("0.005", "USD");
    fc.assert(
      fc.property(amount, (a) => {
        const r = a.round();
        expect(r.scale).toBe(2);
        expect(r.minus(a).abs().compare(half)).toBeLessThanOrEqual(0);
        expect(r.round().equals(r)).toBe(true);
      }),
    );
  });

  it("plus is commutative and associative", () => {
    fc.assert(
      fc.property(amount, amount, amount, (a, b, c) => {
        expect(a.plus(b).equals(b.plus(a))).toBe(true);
        expect(
          a
            .plus(b)
            .plus(c)
            .equals(a.plus(b.plus(c))),
        ).toBe(true);
      }),
    );
  });

  it("canonical text round-trips and compare agrees with minus", () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(Money.of(a.toString(), "USD").equals(a)).toBe(true);
        expect(Money.parse(a.toString(), "USD", { format: "dot" }).equals(a)).toBe(true);
        const d = a.minus(b);
        expect(a.compare(b)).toBe(d.isZero() ? 0 : d.isNegative() ? -1 : 1);
        expect(a.negate().negate().equals(a)).toBe(true);
      }),
    );
  });
});

// ---- Independent reference: signed decimal addition digit by digit on strings (no bigint). ----

interface Dec {
  neg: boolean;
  int: string;
  frac: string;
}

function split(text: string): Dec {
  const neg = text.startsWith("-");
  const body = neg ? text.slice(1) : text;
  const [int = "0", frac = ""] = body.split(".");
  return { neg, int, frac };
}

function addMagnitudes(a: string, b: string): string {
  let out = "";
  let carry = 0;
  for (let i = a.length - 1; i >= 0; i--) {
    const d = a.charCodeAt(i) - 48 + (b.charCodeAt(i) - 48) + carry;
    out = String.fromCharCode(48 + (d % 10)) + out;
    carry = d >= 10 ? 1 : 0;
  }
  return carry ? `1${out}` : out;
}

function subtractMagnitudes(a: string, b: string): string {
  let out = "";
  let borrow = 0;
  for (let i = a.length - 1; i >= 0; i--) {
    let d = a.charCodeAt(i) - 48 - (b.charCodeAt(i) - 48) - borrow;
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += 10;
    out = String.fromCharCode(48 + d) + out;
  }
  return out;
}

function referenceAdd(x: string, y: string): string {
  const a = split(x);
  const b = split(y);
  const f = Math.max(a.frac.length, b.frac.length);
  const w = Math.max(a.int.length, b.int.length);
  const am = a.int.padStart(w, "0") + a.frac.padEnd(f, "0");
  const bm = b.int.padStart(w, "0") + b.frac.padEnd(f, "0");
  let neg: boolean;
  let mag: string;
  if (a.neg === b.neg) {
    neg = a.neg;
    mag = addMagnitudes(am, bm);
  } else if (am >= bm) {
    neg = a.neg;
    mag = subtractMagnitudes(am, bm);
  } else {
    neg = b.neg;
    mag = subtractMagnitudes(bm, am);
  }
  const int = mag.slice(0, mag.length - f).replace(/^0+(?=\d)/, "") || "0";
  const frac = mag.slice(mag.length - f);
  const isZero = /^0*$/.test(int + frac);
  return `${neg && !isZero ? "-" : ""}${int}${f ? `.${frac}` : ""}`;
}

/** The canonical form Money prints: trailing zeros beyond `digits` dropped, at least `digits` kept. */
function referenceCanonical(text: string, digits: number): string {
  const { neg, int, frac } = split(text);
  let f = frac.replace(/0+$/, "");
  if (f.length < digits) f = f.padEnd(digits, "0");
  return `${neg ? "-" : ""}${int}${f ? `.${f}` : ""}`;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function group(int: string, separator: string): string {
  let out = "";
  for (let i = int.length; i > 0; i -= 3)
    out = int.slice(Math.max(0, i - 3), i) + (out ? separator + out : "");
  return out;
}

describe("Money against a string-arithmetic reference", () => {
  it("adds 1,000,000 random amounts exactly (seeded)", () => {
    const random = mulberry32(20260611);
    const digit = () => String.fromCharCode(48 + Math.floor(random() * 10));
    let reference = "0";
    let total = Money.zero("USD");
    for (let n = 1; n <= 1_000_000; n++) {
      const intLength = 1 + Math.floor(random() * 10);
      let int = intLength === 1 ? digit() : String.fromCharCode(49 + Math.floor(random() * 9));
      for (let k = 1; k < intLength; k++) int += digit();
      const fracLength = Math.floor(random() * 5);
      let frac = "";
      for (let k = 0; k < fracLength; k++) frac += digit();
      const neg = random() < 0.45;
      const canonical = `${neg ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
      let item: Money;
      switch (n % 3) {
        case 0:
          item = Money.of(canonical, "USD");
          break;
        case 1:
          item = Money.parse(`${neg ? "-" : ""}${group(int, ",")}${frac ? `.${frac}` : ""}`, "USD", {
            format: "dot",
          });
          break;
        default:
          item = Money.parse(` ${neg ? "-" : "+"}${group(int, ".")}${frac ? `,${frac}` : ""} `, "USD", {
            format: "comma",
          });
      }
      total = total.plus(item);
      reference = referenceAdd(reference, canonical);
      if (n % 997 === 0 || n === 1_000_000) {
        expect(total.toString()).toBe(referenceCanonical(reference, 2));
      }
    }
  });
});
