/**
 * The byte-level settlement parser: amounts read straight into minor units agree with Money.parse,
 * chunking never changes a result or an error, and the input defects found in review stay fixed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMinorUnits } from "../../src/amazon/settlement/amount.js";
import {
  CHECKED_DATE,
  parseSettlementDate,
  readSettlementDateBytes,
} from "../../src/amazon/settlement/dates.js";
import { parseSettlement, readSettlement } from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementParseOptions } from "../../src/amazon/settlement/types.js";
import { isConnectorError } from "../../src/core/errors.js";
import { currencyDigits, Money } from "../../src/core/money.js";

const samples = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples", "settlements");
const sampleFiles = readdirSync(samples)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const sampleBytes = new Map(sampleFiles.map((f) => [f, readFileSync(path.join(samples, f))]));

/** Money.parse's answer in minor units, or `"error"`, or `"finer"` when it has more digits than the currency. */
function reference(text: string, currency: string, format: "dot" | "comma"): bigint | "error" | "finer" {
  let money: Money;
  try {
    money = Money.parse(text, currency, { format });
  } catch {
    return "error";
  }
  return money.scale === currencyDigits(currency) ? money.toMinorUnits() : "finer";
}

function fast(text: string, currency: string, format: "dot" | "comma"): number {
  const bytes = Buffer.from(text, "utf8");
  return parseMinorUnits(bytes, 0, bytes.length, format === "comma", currencyDigits(currency));
}

const currencies = fc.constantFrom("USD", "EUR", "JPY", "KWD", "GBP");
const formats = fc.constantFrom<"dot" | "comma">("dot", "comma");

/** An amount as a settlement (or a spreadsheet) might print it, grouped or not, well-formed or not. */
const formatted = fc
  .record({
    sign: fc.constantFrom("", "-", "+"),
    integer: fc.bigInt({ min: 0n, max: 10n ** 17n }),
    fraction: fc.stringMatching(/^[0-9]{0,4}$/),
    group: fc.constantFrom("", ",", ".", "'", " ", "\u00a0"),
    decimal: fc.constantFrom(".", ","),
    // Sometimes break a thousands group, to check the fast path refuses what Money.parse refuses.
    breakGroups: fc.boolean(),
  })
  .map(({ sign, integer, fraction, group, decimal, breakGroups }) => {
    let digits = integer.toString();
    if (group) {
      const parts: string[] = [];
      while (digits.length > 3) {
        parts.unshift(digits.slice(-3));
        digits = digits.slice(0, -3);
      }
      parts.unshift(digits);
      if (breakGroups && parts.length > 1) parts[1] = (parts[1] as string).slice(1);
      digits = parts.join(group);
    }
    return `${sign}${digits}${fraction ? decimal + fraction : ""}`;
  });

describe("parseMinorUnits agrees with Money.parse", () => {
  it("on formatted amounts of both decimal styles, signs and every thousands separator", () => {
    fc.assert(
      fc.property(formatted, currencies, formats, (text, currency, format) => {
        const got = fast(text, currency, format);
        const want = reference(text, currency, format);
        if (Number.isNaN(got)) {
          // The slow path decides; the fast path must not refuse plain amounts it could read.
          if (typeof want === "bigint" && /^[+-]?\d{1,13}$/.test(text)) return false;
          return true;
        }
        return Number.isSafeInteger(got) && typeof want === "bigint" && BigInt(got) === want;
      }),
      { numRuns: 5000 },
    );
  });

  it("on arbitrary text made of digits, separators and signs", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."0123456789.,'-+ "), maxLength: 24 }),
        currencies,
        formats,
        (text, currency, format) => {
          const got = fast(text, currency, format);
          if (Number.isNaN(got)) return true;
          const want = reference(text, currency, format);
          return typeof want === "bigint" && BigInt(got) === want;
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("reads the plain amounts of real files on the fast path", () => {
    expect(fast("-12.34", "USD", "dot")).toBe(-1234);
    expect(fast("1.234,56", "EUR", "comma")).toBe(123456);
    expect(fast("1,234.5", "USD", "dot")).toBe(123450);
    expect(fast("321", "JPY", "dot")).toBe(321);
    expect(fast("999999999999.99", "USD", "dot")).toBe(99999999999999);
    // Beyond 15 digits of minor units, or finer than the currency: the exact slow path.
    expect(fast("99999999999999.99", "USD", "dot")).toBeNaN();
    expect(fast("0.125", "USD", "dot")).toBeNaN();
  });

  it("keeps totals exact past 2^53 minor units", async () => {
    // 2,000 amounts of 9,999,999,999,999.99 (10^15 − 1 cents each): the sum needs a bigint.
    const amount = "9999999999999.99";
    const lines = Array.from({ length: 2000 }, () => order(amount));
    const total = Money.parse(amount, "USD").toMinorUnits() * 2000n;
    const result = await readSettlement(usFile(Money.fromMinor(total, "USD").toString(), lines));
    expect(result.reconciled).toBe(true);
    expect(result.computedTotal.toMinorUnits()).toBe(total);
    expect(result.totals[0]?.amount.toMinorUnits()).toBe(total);
  });
});

// A small V2 file, as in settlement-parser.test.ts.
const HEADER =
  "settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount\tcurrency\ttransaction-type\torder-id\tmerchant-order-id\tadjustment-id\tshipment-id\tmarketplace-name\tamount-type\tamount-description\tamount\tfulfillment-id\tposted-date\tposted-date-time\torder-item-code\tmerchant-order-item-id\tmerchant-adjustment-item-id\tsku\tquantity-purchased\tpromotion-id";
const order = (amount: string) =>
  `12345678901\t\t\t\t\t\tOrder\t111-7398098-3081053\t\t\t\tAmazon.com\tItemPrice\tPrincipal\t${amount}\tAFN\t2024-10-18\t2024-10-18 02:58:02 UTC\t\t\t\tSKU-1\t1\t`;
const usFile = (total: string, lines: string[]) =>
  [
    HEADER,
    `12345678901\t2024-10-09 14:28:38 UTC\t2024-10-23 14:28:39 UTC\t2024-10-25 14:28:39 UTC\t${total}\tUSD${"\t".repeat(18)}`,
    ...lines,
    "",
  ].join("\n");

/** Everything a caller can observe of a parse: rows and result, or the error (code, place, message). */
async function outcome(
  input: () => Parameters<typeof parseSettlement>[0],
  options?: SettlementParseOptions,
): Promise<unknown> {
  const seen: { rows: unknown[]; result?: unknown; error?: unknown; totalsOnly?: unknown } = { rows: [] };
  const describeError = (e: unknown) =>
    isConnectorError(e) ? { code: e.code, where: e.where, message: e.message } : { raw: String(e) };
  try {
    const parse = parseSettlement(input(), options);
    for await (const row of parse) seen.rows.push(JSON.parse(JSON.stringify(row)));
    seen.result = JSON.parse(JSON.stringify(await parse.result()));
  } catch (e) {
    seen.error = describeError(e);
  }
  try {
    seen.totalsOnly = JSON.parse(JSON.stringify(await readSettlement(input(), options)));
  } catch (e) {
    seen.totalsOnly = describeError(e);
  }
  return seen;
}

/** Cuts `data` at the given offsets (sorted, deduplicated, within bounds). */
function cut(data: Uint8Array, at: number[]): Uint8Array[] {
  const points = [...new Set(at.map((p) => p % (data.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(data.subarray(from, p));
    from = p;
  }
  chunks.push(data.subarray(from));
  return chunks;
}

const cuts = fc.array(fc.nat(), { maxLength: 40 });

/** Variants of a sample: plain, gzipped, and broken in ways whose error must not depend on chunking. */
function variants(bytes: Uint8Array): [string, Uint8Array][] {
  const gz = gzipSync(bytes);
  const corrupt = Uint8Array.from(gz);
  const middle = Math.floor(corrupt.length / 2);
  corrupt[middle] = (corrupt[middle] as number) ^ 0x55;
  const invalid = Buffer.concat([bytes.subarray(0, 900), Buffer.from([0xc3, 0x28]), bytes.subarray(900)]);
  const latin = Buffer.concat([bytes.subarray(0, 1500), Buffer.from([0xe9]), bytes.subarray(1500)]);
  return [
    ["plain", bytes],
    ["gzip", gz],
    ["truncated gzip", gz.subarray(0, gz.length - 9)],
    ["corrupt gzip", corrupt],
    ["invalid UTF-8", invalid],
    ["Windows-1252 byte", latin],
  ];
}

describe("readSettlementDateBytes agrees with parseSettlementDate", () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  // Dates near the valid ranges' edges (month 0/13, day 0/32, Feb 29, hour 24, minute 60), in the
  // forms the byte path reads and in forms it must leave to the string path.
  const dates = fc
    .tuple(
      fc.integer({ min: 1960, max: 3005 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 24 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 60 }),
      fc.constantFrom(" UTC", " GMT", " utc", "Z", " +00:00", " PST", " UT", ""),
      fc.constantFrom("-", "/", "."),
      fc.boolean(),
    )
    .map(([y, m, d, h, mi, s, zone, sep, timed]) => {
      const day = `${pad(y, 4)}${sep}${pad(m)}${sep}${pad(d)}`;
      return timed ? `${day} ${pad(h)}:${pad(mi)}:${pad(s)}${zone}` : day;
    });
  const text = fc.oneof(dates, fc.string({ unit: fc.constantFrom(..."0123456789-: UTCGMZ"), maxLength: 24 }));

  it("on dates and near-dates: the same date, or undefined for the string path to decide", () => {
    fc.assert(
      fc.property(text, fc.boolean(), (value, iso) => {
        const bytes = Buffer.from(`\t${value}\t`, "utf8");
        const got = readSettlementDateBytes(bytes, 1, bytes.length - 1, iso);
        const want = parseSettlementDate(value);
        if (got === undefined) return true;
        if (want === undefined) return false;
        return iso ? got.iso === want.iso && got.hasTime === want.hasTime : got === CHECKED_DATE;
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the two forms of US files on the byte path", () => {
    const read = (value: string) => readSettlementDateBytes(Buffer.from(value), 0, value.length, true);
    expect(read("2024-10-18 02:58:02 UTC")).toEqual({ iso: "2024-10-18T02:58:02Z", hasTime: true });
    expect(read("2024-10-18")).toEqual({ iso: "2024-10-18", hasTime: false });
    expect(read("2024-02-29")).toEqual({ iso: "2024-02-29", hasTime: false });
    // Not real dates, or forms the string path reads (and words the errors of).
    expect(read("2023-02-29")).toBeUndefined();
    expect(read("2024-10-18 24:00:00 UTC")).toBeUndefined();
    expect(read("18.10.2024 02:58:02 UTC")).toBeUndefined();
  });
});

describe("chunking never changes the result", () => {
  it.each(sampleFiles)(
    "%s: random chunkings, plain and gzipped, give identical results and errors",
    async (file) => {
      for (const [, data] of variants(sampleBytes.get(file) as Uint8Array)) {
        const whole = await outcome(() => data, { reconcile: "report" });
        await fc.assert(
          fc.asyncProperty(cuts, async (at) => {
            const chunks = cut(data, at);
            expect(await outcome(() => chunks, { reconcile: "report" })).toEqual(whole);
          }),
          { numRuns: 4 },
        );
        // The worst case, one byte at a time, on the first 4 KiB (the header, the summary, the BOM
        // and gzip header decisions), which keeps the test fast.
        const head = data.subarray(0, 4096);
        const bytewise = Array.from(head, (b) => Uint8Array.of(b));
        expect(await outcome(() => bytewise, { reconcile: "report" })).toEqual(
          await outcome(() => head, { reconcile: "report" }),
        );
      }
    },
    60_000,
  );
});

describe("regressions", () => {
  const sample = sampleBytes.get("v2-us-usd-21574497411.txt") as Uint8Array;

  it("gzip is detected when the first stream chunk is one byte", async () => {
    const gz = gzipSync(sample);
    const result = await readSettlement([gz.subarray(0, 1), gz.subarray(1)]);
    expect(result.gzip).toBe(true);
    expect(result.reconciled).toBe(true);
    expect(result.lineCount).toBe(327);
    const rows: unknown[] = [];
    for await (const row of parseSettlement([gz.subarray(0, 1), gz.subarray(1, 2), gz.subarray(2)])) {
      rows.push(row);
    }
    expect(rows).toHaveLength(327);
  });

  it("corrupt gzip gives the same typed error whatever the chunking", async () => {
    const gz = gzipSync(sample);
    const truncated = gz.subarray(0, gz.length - 12);
    const errors = [];
    for (const chunks of [
      [truncated],
      [truncated.subarray(0, 1), truncated.subarray(1)],
      cut(truncated, [7, 500]),
    ]) {
      errors.push(await readSettlement(chunks).catch((e: unknown) => e));
    }
    for (const e of errors) {
      expect(isConnectorError(e) && e.code).toBe("SETTLEMENT_BAD_GZIP");
      expect((e as { where: unknown }).where).toEqual((errors[0] as { where: unknown }).where);
    }
  });

  it('reconcile: "Throw" or true is refused with a typed error naming the option and its values', async () => {
    for (const reconcile of ["Throw", true, "ignore"]) {
      const options = { reconcile } as unknown as SettlementParseOptions;
      const error = await readSettlement(sample, options).catch((e: unknown) => e);
      expect(isConnectorError(error) && error.code).toBe("VALIDATION_ERROR");
      expect((error as Error).message).toContain("reconcile");
      expect((error as Error).message).toContain('"throw" or "report"');
      expect(() => parseSettlement(sample, options)).toThrow(/reconcile/);
    }
    for (const [key, value] of [
      ["numberFormat", "Comma"],
      ["unknownColumns", "ignore"],
      ["encoding", 1252],
      ["reconcil", "report"],
    ] as const) {
      const error = await readSettlement(sample, { [key]: value } as SettlementParseOptions).catch(
        (e: unknown) => e,
      );
      expect(isConnectorError(error) && error.code).toBe("VALIDATION_ERROR");
      expect((error as Error).message).toContain(key);
    }
    // Valid values still work, and a wrong total still throws by default.
    expect((await readSettlement(sample, { reconcile: "throw" })).reconciled).toBe(true);
  });

  it("readSettlement(bytes, null) and null or number inputs give a typed error, not a TypeError", async () => {
    const cases: [unknown, unknown, string][] = [
      [sample, null, "options"],
      [null, undefined, "input"],
      [undefined, undefined, "input"],
      [42, undefined, "input"],
      [{}, undefined, "input"],
    ];
    for (const [input, options, named] of cases) {
      const error = await readSettlement(input as Uint8Array, options as SettlementParseOptions).catch(
        (e: unknown) => e,
      );
      expect(error).not.toBeInstanceOf(TypeError);
      expect(isConnectorError(error) && error.code).toBe("VALIDATION_ERROR");
      expect((error as Error).message).toContain(named);
    }
  });
});

describe("lines that repeat the last one outside the charge cells", () => {
  // Within one chunk the parser reuses the last row's values for such lines; a chunk per line never
  // does, so it is the reference.
  const line = (
    cells: Record<number, string>,
    amount: string,
    type = "ItemPrice",
    description = "Principal",
  ) => {
    const base = order(amount).split("\t");
    base[12] = type;
    base[13] = description;
    for (const [i, v] of Object.entries(cells)) base[Number(i)] = v;
    return base.join("\t");
  };
  const perLine = (text: string) => text.split(/(?<=\n)/).map((l) => Buffer.from(l, "utf8"));

  it("give the same rows, totals and errors as lines read one chunk each", async () => {
    const lines = [
      line({}, "10.00"),
      line({}, "-1.50", "ItemFees", "Commission"),
      line({}, "-1.50", "ItemFees", "Commission"),
      line({ 22: "2" }, "3.00"),
      line({ 22: "2" }, "4.00", "ItemPrice", "Tax"),
      line({ 7: "111-7398098-3081054" }, "5.00"),
      line({ 16: "2024-10-19", 17: "" }, "6.00"),
      line({ 16: "2024-10-19", 17: "" }, "7.00", "ItemFees", "FBAPerUnitFulfillmentFee"),
      line({ 21: " SKU-1 " }, "8.00"),
      line({ 21: " SKU-1 " }, " 9.00 "),
      line({ 6: "Refund" }, "-10.00"),
      line({ 6: "Refund" }, "-0.001"),
      line({ 23: "PROMO" }, "1"),
    ];
    const text = usFile("38.999", lines);
    const whole = await outcome(() => Buffer.from(text, "utf8"), { reconcile: "report" });
    expect(whole).toMatchObject({ rows: { length: lines.length } });
    expect(await outcome(() => perLine(text), { reconcile: "report" })).toEqual(whole);
    for (const bad of [
      line({ 0: "12345678902" }, "1.00"),
      line({ 5: "EUR" }, "1.00"),
      line({ 16: "2024-13-45" }, "1.00"),
      line({ 22: "x" }, "1.00"),
      line({}, "1.0.0"),
      line({}, ""),
    ]) {
      const broken = usFile("38.999", [...lines.slice(0, 3), bad, lines[1] as string]);
      const error = await outcome(() => Buffer.from(broken, "utf8"), { reconcile: "report" });
      expect(error).toHaveProperty("error.code");
      expect(await outcome(() => perLine(broken), { reconcile: "report" })).toEqual(error);
    }
  });
});

describe("merchant-order-id", () => {
  it("shares the order id's text when its bytes are the same, and is read on its own otherwise", async () => {
    const line = (merchant: string, amount: string) => {
      const cells = order(amount).split("\t");
      cells[8] = merchant;
      return cells.join("\t");
    };
    const text = usFile("10.00", [
      line("111-7398098-3081053", "1.00"),
      line("M-1", "2.00"),
      line("", "3.00"),
      line(" 111-7398098-3081053 ", "4.00"),
    ]);
    const rows = [];
    for await (const row of parseSettlement(Buffer.from(text, "utf8"))) rows.push(row);
    expect(rows.map((r) => [r.orderId, r.merchantOrderId])).toEqual([
      ["111-7398098-3081053", "111-7398098-3081053"],
      ["111-7398098-3081053", "M-1"],
      ["111-7398098-3081053", undefined],
      ["111-7398098-3081053", "111-7398098-3081053"],
    ]);
  });
});

describe("lines that repeat the line before", () => {
  // One order's charges are consecutive lines equal outside amount-type, amount-description and
  // amount; the parser then reuses the last line's cell starts and values. Cells drawn from small
  // sets make such lines (and near misses: padded cells, other orders, short and padded lines)
  // frequent; the reference is the same file fed one line per chunk, where nothing is reused.
  const cell = (...values: string[]) => fc.constantFrom(...values);
  const line = fc
    .record({
      type: cell("Order", "Refund", " Order"),
      order: cell("111-1", "111-2", ""),
      amountType: cell("ItemPrice", "ItemFees", " ItemFees", ""),
      description: cell("Principal", "Tax", "Commission", "Tax "),
      amount: cell("1.00", "-2.50", "3", "0.10", " 4.00"),
      sku: cell("SKU-1", "SKU-2", ""),
      date: cell("2024-10-18", "2024-10-19", ""),
      quantity: cell("1", "2", ""),
      shape: cell("full", "full", "full", "short", "padded"),
    })
    .map((c) => {
      const cells = [
        "12345678901",
        "",
        "",
        "",
        "",
        "",
        c.type,
        c.order,
        c.order,
        "",
        "",
        "Amazon.com",
        c.amountType,
        c.description,
        c.amount,
        "AFN",
        c.date,
        c.date === "" ? "" : `${c.date} 02:58:02 UTC`,
        "",
        "",
        "",
        c.sku,
        c.quantity,
        "",
      ];
      if (c.shape === "short") return cells.slice(0, 15).join("\t");
      return cells.join("\t") + (c.shape === "padded" ? "\t\t" : "");
    });

  it("give the rows and result of the same lines read one per chunk, as rows and as batches", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 60 }), async (lines) => {
        const text = usFile("0.00", lines);
        const data = Buffer.from(text, "utf8");
        const perLine = text.split(/(?<=\n)/).map((l) => Buffer.from(l, "utf8"));
        const options = { reconcile: "report" } as const;
        const whole = await outcome(() => data, options);
        expect(whole).toEqual(await outcome(() => perLine, options));
        const parse = parseSettlement(data, options);
        const batched: unknown[] = [];
        for await (const rows of parse.batches()) {
          for (const row of rows) batched.push(JSON.parse(JSON.stringify(row)));
        }
        expect(batched).toEqual((whole as { rows: unknown[] }).rows);
      }),
      { numRuns: 150 },
    );
  });
});
