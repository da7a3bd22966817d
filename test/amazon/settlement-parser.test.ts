/**
 * Edge cases of the settlement parser: encodings, padding, header drift, broken files. Every failure
 * must be a SettlementParseError that names the line and column.
 */
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { SETTLEMENT_V1_COLUMNS, SETTLEMENT_V2_COLUMNS } from "../../src/amazon/settlement/columns.js";
import { parseSettlementDate } from "../../src/amazon/settlement/dates.js";
import {
  parseSettlement,
  readSettlement,
  SettlementNotReconciledError,
} from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementParseOptions, SettlementRow } from "../../src/amazon/settlement/types.js";
import { isSettlementParseError, type SettlementParseError } from "../../src/core/errors.js";

type V2Column = (typeof SETTLEMENT_V2_COLUMNS)[number];
type V1Column = (typeof SETTLEMENT_V1_COLUMNS)[number];

const HEADER_V2 = SETTLEMENT_V2_COLUMNS.join("\t");

function v2Row(values: Partial<Record<V2Column, string>>): string {
  return SETTLEMENT_V2_COLUMNS.map((c) => values[c] ?? "").join("\t");
}

function v1Row(values: Partial<Record<V1Column, string>>): string {
  return SETTLEMENT_V1_COLUMNS.map((c) => values[c] ?? "").join("\t");
}

const SUMMARY = {
  "settlement-id": "12345678901",
  "settlement-start-date": "2024-10-09 14:28:38 UTC",
  "settlement-end-date": "2024-10-23 14:28:39 UTC",
  "deposit-date": "2024-10-25 14:28:39 UTC",
  currency: "USD",
} as const;

function order(amount: string, extra: Partial<Record<V2Column, string>> = {}): string {
  return v2Row({
    "settlement-id": "12345678901",
    "transaction-type": "Order",
    "order-id": "111-7398098-3081053",
    "marketplace-name": "Amazon.com",
    "amount-type": "ItemPrice",
    "amount-description": "Principal",
    amount,
    "fulfillment-id": "AFN",
    "posted-date": "2024-10-18",
    "posted-date-time": "2024-10-18 02:58:02 UTC",
    sku: "SKU-1",
    "quantity-purchased": "1",
    ...extra,
  });
}

/** A small valid US file: 68.99 + 4.14 − 10.35 = 62.78. */
function usFile(
  total = "62.78",
  rows = [
    order("68.99"),
    order("4.14", { "amount-description": "Tax" }),
    order("-10.35", { "amount-type": "ItemFees", "amount-description": "Commission" }),
  ],
) {
  return [HEADER_V2, v2Row({ ...SUMMARY, "total-amount": total }), ...rows, ""].join("\n");
}

async function collect(input: Parameters<typeof parseSettlement>[0], options?: SettlementParseOptions) {
  const parse = parseSettlement(input, options);
  const rows: SettlementRow[] = [];
  for await (const row of parse) rows.push(row);
  return { rows, result: await parse.result() };
}

async function failure(input: Parameters<typeof parseSettlement>[0], options?: SettlementParseOptions) {
  // Both paths (streaming rows and totals only) must fail the same way.
  let streamed: unknown;
  try {
    await collect(input instanceof Uint8Array || typeof input === "string" ? input : input, options);
  } catch (e) {
    streamed = e;
  }
  expect(isSettlementParseError(streamed), String(streamed)).toBe(true);
  return streamed as SettlementParseError;
}

async function failsEverywhere(
  build: () => Parameters<typeof parseSettlement>[0],
  options?: SettlementParseOptions,
) {
  const streamed = await failure(build(), options);
  let drained: unknown;
  try {
    await readSettlement(build(), options);
  } catch (e) {
    drained = e;
  }
  expect(isSettlementParseError(drained)).toBe(true);
  expect((drained as SettlementParseError).code).toBe(streamed.code);
  expect((drained as SettlementParseError).where).toEqual(streamed.where);
  return streamed;
}

const enc = new TextEncoder();

function bytes(...parts: (string | number[])[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === "string" ? enc.encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Splits bytes into chunks of 1..7 bytes, so multi-byte characters straddle chunk boundaries. */
function* dribble(data: Uint8Array): Generator<Uint8Array> {
  let i = 0;
  let k = 0;
  while (i < data.length) {
    const n = 1 + (k++ % 7);
    yield data.subarray(i, i + n);
    i += n;
  }
}

describe("parseSettlement: basics", () => {
  it("yields typed rows and a reconciled result", async () => {
    const { rows, result } = await collect(usFile());
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      line: 3,
      column: 15,
      settlementId: "12345678901",
      transactionType: "Order",
      orderId: "111-7398098-3081053",
      merchantOrderId: undefined,
      amountType: "ItemPrice",
      amountDescription: "Principal",
      postedDate: "2024-10-18",
      postedDateTime: "2024-10-18T02:58:02Z",
      quantityPurchased: 1,
      sku: "SKU-1",
    });
    expect(rows[0]!.amount.toString()).toBe("68.99");
    expect(result.reconciled).toBe(true);
    expect(result.summary.totalAmount.toString()).toBe("62.78");
    expect(result.summary.depositDate).toBe("2024-10-25T14:28:39Z");
    expect(result.totals.map((t) => [t.amountDescription, t.count, t.amount.toString()])).toEqual([
      ["Principal", 1, "68.99"],
      ["Tax", 1, "4.14"],
      ["Commission", 1, "-10.35"],
    ]);
    expect(result.lineCount).toBe(3);
    expect(result.encoding).toBe("text");
  });

  it("reads every kind of input: bytes, chunks, web streams, Node streams, string iterables", async () => {
    const text = usFile();
    const data = enc.encode(text);
    const inputs = [
      data,
      dribble(data),
      Readable.from([Buffer.from(data)]),
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of dribble(data)) controller.enqueue(c);
          controller.close();
        },
      }),
      [text.slice(0, 100), text.slice(100)],
      (async function* () {
        yield text;
      })(),
    ];
    for (const input of inputs) {
      const result = await readSettlement(input);
      expect(result.computedTotal.toString()).toBe("62.78");
    }
  });

  it("accepts CRLF line endings and blank lines", async () => {
    const result = await readSettlement(usFile().replaceAll("\n", "\r\n").replace("\r\n", "\r\n\r\n  \r\n"));
    expect(result.reconciled).toBe(true);
    expect(result.lineCount).toBe(3);
  });

  it("decompresses gzip detected by its magic bytes", async () => {
    const result = await readSettlement(gzipSync(enc.encode(usFile())));
    expect(result.gzip).toBe(true);
    expect(result.reconciled).toBe(true);
  });

  it("reports a settlement with no detail rows and a zero total as reconciled", async () => {
    const result = await readSettlement(
      [HEADER_V2, v2Row({ ...SUMMARY, "total-amount": "0.00" })].join("\n"),
    );
    expect(result.reconciled).toBe(true);
    expect(result.lineCount).toBe(0);
  });

  it("rejects a second iteration and lets result() follow an iteration", async () => {
    const parse = parseSettlement(usFile());
    const pending = parse.result();
    await expect(pending).resolves.toMatchObject({ reconciled: true });
    expect(() => parse[Symbol.asyncIterator]()).toThrow(/already read/);
  });

  it("result() after an early break rejects with SETTLEMENT_INCOMPLETE", async () => {
    const parse = parseSettlement(usFile());
    for await (const _ of parse) break;
    await expect(parse.result()).rejects.toMatchObject({ code: "SETTLEMENT_INCOMPLETE" });
  });
});

describe("parseSettlement: batches()", () => {
  const many = () => {
    const rows: string[] = [];
    for (let i = 0; i < 3000; i++) rows.push(order("1.00", { "order-id": `111-${i >> 2}` }));
    return usFile("3000.00", rows);
  };

  it("yields the rows of the iteration, in arrays the caller keeps, then the result", async () => {
    const text = many();
    const { rows, result } = await collect(text);
    const parse = parseSettlement(text);
    const batches: (readonly SettlementRow[])[] = [];
    for await (const batch of parse.batches()) {
      expect(batch.length).toBeGreaterThan(0);
      batches.push(batch);
    }
    // Several chunks, each its own array, still holding its rows after the iteration moved on.
    expect(batches.length).toBeGreaterThan(1);
    expect(new Set(batches).size).toBe(batches.length);
    expect(batches.flat()).toEqual(rows);
    expect(await parse.result()).toEqual(result);
  });

  it("counts as the one iteration of a parse", async () => {
    const parse = parseSettlement(usFile());
    parse.batches();
    expect(() => parse.batches()).toThrow(/already read/);
    expect(() => parse[Symbol.asyncIterator]()).toThrow(/already read/);
    const read = parseSettlement(usFile());
    await read.result();
    expect(() => read.batches()).toThrow(/already read/);
  });

  it("an early break rejects the result with SETTLEMENT_INCOMPLETE", async () => {
    const parse = parseSettlement(many());
    for await (const _ of parse.batches()) break;
    await expect(parse.result()).rejects.toMatchObject({ code: "SETTLEMENT_INCOMPLETE" });
  });

  it("delivers the rows read before a failure, then the located failure", async () => {
    const text = usFile("62.78", [order("68.99"), order("4.14"), order("12,x")]);
    const parse = parseSettlement(text, { file: "s.txt" });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const batch of parse.batches()) for (const row of batch) seen.push(row.amount.toString());
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["68.99", "4.14"]);
    expect(error).toMatchObject({
      code: "SETTLEMENT_BAD_AMOUNT",
      where: { file: "s.txt", line: 5, column: 15, field: "amount" },
    });
    await expect(parse.result()).rejects.toBe(error);
  });
});

describe("parseSettlement: encodings", () => {
  const skuCp1252 = [0x47, 0x72, 0xf6, 0xdf, 0x65, 0x2d, 0x80]; // "Größe-€" in Windows-1252
  const skuSjis = [0x83, 0x41, 0x83, 0x7d, 0x83, 0x5d, 0x83, 0x93, 0x2d, 0x93, 0xfa, 0x96, 0x7b]; // "アマゾン-日本"

  function fileWithSku(sku: number[] | string, currency = "USD", total = "62.78"): Uint8Array {
    const head = [HEADER_V2, v2Row({ ...SUMMARY, currency, "total-amount": total }), ""].join("\n");
    const [before, after] = order("62.78", { sku: "\u0000" }).split("\u0000") as [string, string];
    return bytes(head, before, typeof sku === "string" ? sku : sku, `${after}\n`);
  }

  it("hand-built Shift_JIS bytes are what they claim", () => {
    expect(new TextDecoder("shift_jis").decode(Uint8Array.from(skuSjis))).toBe("アマゾン-日本");
  });

  it("strips a UTF-8 BOM", async () => {
    const { rows, result } = await collect(bytes([0xef, 0xbb, 0xbf], usFile()));
    expect(result.encoding).toBe("utf-8");
    expect(result.reconciled).toBe(true);
    expect(rows[0]!.settlementId).toBe("12345678901");
  });

  it("reads UTF-16LE with a BOM", async () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(usFile(), "utf16le")]);
    const result = await readSettlement(dribble(new Uint8Array(data)));
    expect(result.encoding).toBe("utf-16le");
    expect(result.reconciled).toBe(true);
  });

  it("reads a Node stream that already decodes to strings", async () => {
    const stream = Readable.from([Buffer.from(usFile())]).setEncoding("utf8");
    expect((await readSettlement(stream)).reconciled).toBe(true);
  });

  it("strips a BOM from string input", async () => {
    const result = await readSettlement(`\uFEFF${usFile()}`);
    expect(result.layout).toBe("v2");
  });

  it("reads UTF-8 SKUs split across chunks", async () => {
    const { rows, result } = await collect(dribble(fileWithSku("Größe-アマゾン-日本")));
    expect(result.encoding).toBe("utf-8");
    expect(rows[0]!.sku).toBe("Größe-アマゾン-日本");
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", async () => {
    for (const input of [fileWithSku(skuCp1252), dribble(fileWithSku(skuCp1252))]) {
      const { rows, result } = await collect(input);
      expect(result.encoding).toBe("windows-1252");
      expect(rows[0]!.sku).toBe("Größe-€");
    }
  });

  it("falls back to Shift_JIS for a JPY settlement", async () => {
    for (const input of [fileWithSku(skuSjis, "JPY", "63"), dribble(fileWithSku(skuSjis, "JPY", "63"))]) {
      const data = input;
      const parse = parseSettlement(data, { reconcile: "report" });
      const rows: SettlementRow[] = [];
      for await (const row of parse) rows.push(row);
      const result = await parse.result();
      expect(result.encoding).toBe("shift_jis");
      expect(rows[0]!.sku).toBe("アマゾン-日本");
      // JPY has no decimals: 62.78 is kept exactly and the file does not reconcile with 63.
      expect(result.difference.toString()).toBe("-0.22");
    }
  });

  it("honours an explicit encoding", async () => {
    const { rows, result } = await collect(fileWithSku(skuSjis), { encoding: "shift_jis" });
    expect(result.encoding).toBe("shift_jis");
    expect(rows[0]!.sku).toBe("アマゾン-日本");
  });

  it("rejects an unknown encoding label", async () => {
    const error = await failure(fileWithSku("x"), { encoding: "klingon" });
    expect(error.code).toBe("SETTLEMENT_BAD_ENCODING");
  });

  it("fails with line and column when valid UTF-8 is followed by invalid bytes", async () => {
    const data = bytes(
      [HEADER_V2, v2Row({ ...SUMMARY, "total-amount": "62.78" }), order("0.00", { sku: "Größe" }), ""].join(
        "\n",
      ),
      order("62.78", { sku: "\u0000" }).split("\u0000")[0]!,
      [0xff, 0xfe],
      "\n",
    );
    const error = await failsEverywhere(() => data);
    expect(error.code).toBe("SETTLEMENT_BAD_ENCODING");
    expect(error.where).toMatchObject({ line: 4, column: 22, field: "sku" });
  });
});

describe("parseSettlement: tolerated drift", () => {
  it("trims space-padded values everywhere", async () => {
    const padded = [
      HEADER_V2.split("\t")
        .map((h) => ` ${h} `)
        .join("\t"),
      v2Row({ ...SUMMARY, "settlement-id": " 12345678901 ", "total-amount": "  62.78 ", currency: " usd " }),
      order(" 68.99   ", {
        "settlement-id": "12345678901   ",
        "transaction-type": " Order ",
        sku: "  SKU-1 ",
      }),
      order("4.14\u00a0", { "amount-description": " Tax" }),
      order("   -10.35", { "amount-type": "ItemFees", "amount-description": "Commission  " }),
    ].join("\n");
    const { rows, result } = await collect(padded);
    expect(result.reconciled).toBe(true);
    expect(result.summary.currency).toBe("USD");
    expect(rows.map((r) => [r.transactionType, r.amountDescription, r.sku])).toEqual([
      ["Order", "Principal", "SKU-1"],
      ["Order", "Tax", "SKU-1"],
      ["Order", "Commission", "SKU-1"],
    ]);
  });

  it("ignores unknown columns and lists them", async () => {
    const header = `${HEADER_V2}\tseller-note`;
    const text = [
      header,
      `${v2Row({ ...SUMMARY, "total-amount": "68.99" })}\t`,
      `${order("68.99")}\tfragile`,
    ].join("\n");
    const { rows, result } = await collect(text);
    expect(result.unknownColumns).toEqual(["seller-note"]);
    expect(rows[0]!.amount.toString()).toBe("68.99");
    const error = await failure(text, { unknownColumns: "error" });
    expect(error.code).toBe("SETTLEMENT_UNKNOWN_COLUMN");
    expect(error.where).toMatchObject({ line: 1, column: 25 });
  });

  it("reads columns by name, in any order, and without the optional promotion-id", async () => {
    const order23 = SETTLEMENT_V2_COLUMNS.filter((c) => c !== "promotion-id").reverse();
    const row = (v: Record<string, string>) => order23.map((c) => v[c] ?? "").join("\t");
    const text = [
      order23.join("\t"),
      row({ ...SUMMARY, "total-amount": "5.00" }),
      row({
        "settlement-id": "12345678901",
        "transaction-type": "Order",
        "amount-type": "ItemPrice",
        "amount-description": "Principal",
        amount: "5.00",
      }),
    ].join("\n");
    const { rows, result } = await collect(text);
    expect(result.reconciled).toBe(true);
    expect(rows[0]!.promotionId).toBeUndefined();
  });

  it("ignores empty trailing cells beyond the header", async () => {
    const result = await readSettlement(usFile("68.99", [`${order("68.99")}\t\t `]));
    expect(result.reconciled).toBe(true);
  });

  it("reads the V1 layout with several amounts on one line and lines without amounts", async () => {
    const text = [
      SETTLEMENT_V1_COLUMNS.join("\t"),
      v1Row({
        "settlement-id": "9",
        "settlement-start-date": "2025-07-31T22:07:18+00:00",
        "settlement-end-date": "2025-08-14T22:07:18+00:00",
        "deposit-date": "2025-08-16T22:07:18+00:00",
        "total-amount": "33.70",
        currency: "CAD",
      }),
      v1Row({
        "settlement-id": "9",
        "transaction-type": "Order",
        "posted-date": "2025-08-14T06:23:59+00:00",
        "quantity-purchased": "1",
      }),
      v1Row({
        "settlement-id": "9",
        "transaction-type": "Order",
        "posted-date": "2025-08-14T06:23:59-04:00",
        "price-type": "Principal",
        "price-amount": "35.00",
        "item-related-fee-type": "Commission",
        "item-related-fee-amount": "-5.25",
      }),
      v1Row({
        "settlement-id": "9",
        "transaction-type": "Storage Fee",
        "posted-date": "2025-08-10T00:00:00+00:00",
        "other-amount": "3.95  ",
      }),
    ].join("\n");
    const { rows, result } = await collect(text);
    expect(result.layout).toBe("v1");
    expect(result.reconciled).toBe(true);
    expect(result.linesWithoutAmount).toBe(1);
    expect(
      rows.map((r) => [
        r.line,
        r.column,
        r.transactionType,
        r.amountType,
        r.amountDescription,
        r.amount.toString(),
      ]),
    ).toEqual([
      [4, 25, "Order", "ItemPrice", "Principal", "35.00"],
      [4, 27, "Order", "ItemFees", "Commission", "-5.25"],
      [5, 36, "Storage Fee", "other-transaction", "Storage Fee", "3.95"],
    ]);
    expect(rows[0]!.postedDateTime).toBe("2025-08-14T10:23:59Z");
    expect(rows[0]!.postedDate).toBe("2025-08-14");
  });
});

describe("parseSettlement: number formats", () => {
  const eur = (total: string, ...amounts: string[]) =>
    [
      HEADER_V2,
      v2Row({ ...SUMMARY, currency: "EUR", "total-amount": total }),
      ...amounts.map((a) => order(a)),
    ].join("\n");

  it("decides the decimal separator from the first unambiguous amount", async () => {
    expect((await readSettlement(eur("128,84", "100,00", "28,84"))).numberFormat).toBe("comma");
    expect((await readSettlement(eur("0", "12.50", "-12.50"))).numberFormat).toBe("dot");
    const grouped = await readSettlement(eur("1.234,56", "1.000,00", "234,56"));
    expect(grouped.computedTotal.toString()).toBe("1234.56");
    expect(grouped.numberFormatSource).toBe("values");
  });

  it("falls back to the currency when every amount is ambiguous", async () => {
    const result = await readSettlement(eur("1,234", "1,234"));
    expect(result.numberFormatSource).toBe("currency");
    expect(result.computedTotal.toString()).toBe("1.234");
    const usd = await readSettlement(usFile("1,234", [order("1,234")]));
    expect(usd.computedTotal.toString()).toBe("1234.00");
  });

  it("honours the numberFormat option", async () => {
    const result = await readSettlement(eur("1,234", "1,234"), { numberFormat: "dot" });
    expect(result.computedTotal.toString()).toBe("1234.00");
    expect(result.numberFormatSource).toBe("option");
  });

  it("rejects an amount that contradicts the file's separator, with line and column", async () => {
    const error = await failsEverywhere(() => eur("128,84", "100,00", "28.84"));
    expect(error.code).toBe("SETTLEMENT_BAD_AMOUNT");
    expect(error.where).toMatchObject({ line: 4, column: 15, field: "amount", record: "12345678901" });
    expect(error.message).toContain('"28.84"');
    expect(error.message).toContain("line 2 showed the file uses a decimal comma");
  });
});

describe("parseSettlement: located failures", () => {
  it.each([
    ["a letter in an amount", usFile("62.78", [order("68.9O")]), "SETTLEMENT_BAD_AMOUNT", 3, 15],
    [
      "an amount from a spreadsheet with a fulfilment code",
      usFile("62.78", [order("AFN")]),
      "SETTLEMENT_BAD_AMOUNT",
      3,
      15,
    ],
    ["an empty amount", usFile("62.78", [order("")]), "SETTLEMENT_MISSING_AMOUNT", 3, 15],
    ["a malformed total", usFile("62,7,8"), "SETTLEMENT_BAD_AMOUNT", 2, 5],
    [
      "a row of another settlement",
      usFile("0.00", [order("1.00"), order("-1.00", { "settlement-id": "999" })]),
      "SETTLEMENT_ID_MISMATCH",
      4,
      1,
    ],
    [
      "a row without settlement id",
      usFile("0.00", [order("0.00", { "settlement-id": "" })]),
      "SETTLEMENT_ID_MISMATCH",
      3,
      1,
    ],
    [
      "a second summary row",
      usFile("0.00", [order("0.00"), v2Row({ ...SUMMARY, "total-amount": "1.00" })]),
      "SETTLEMENT_DUPLICATE_SUMMARY",
      4,
      5,
    ],
    [
      "a row in another currency",
      usFile("0.00", [order("0.00", { currency: "EUR" })]),
      "SETTLEMENT_CURRENCY_MISMATCH",
      3,
      6,
    ],
    [
      "a spreadsheet date",
      usFile("68.99", [order("68.99", { "posted-date": "09/06/25" })]),
      "SETTLEMENT_BAD_DATE",
      3,
      17,
    ],
    [
      "an impossible date",
      usFile("68.99", [order("68.99", { "posted-date-time": "2024-02-30 00:00:00 UTC" })]),
      "SETTLEMENT_BAD_DATE",
      3,
      18,
    ],
    [
      "a time without zone",
      usFile("68.99", [order("68.99", { "posted-date-time": "2024-02-03 00:00:00" })]),
      "SETTLEMENT_BAD_DATE",
      3,
      18,
    ],
    [
      "a bad quantity",
      usFile("68.99", [order("68.99", { "quantity-purchased": "1.5" })]),
      "SETTLEMENT_BAD_QUANTITY",
      3,
      23,
    ],
    [
      "extra non-empty cells (a value held a tab)",
      usFile("68.99", [`${order("68.99")}\tstray`]),
      "SETTLEMENT_EXTRA_FIELDS",
      3,
      25,
    ],
    [
      "a row cut before the amount",
      usFile("68.99", [order("68.99").split("\t").slice(0, 10).join("\t")]),
      "SETTLEMENT_MISSING_AMOUNT",
      3,
      11,
    ],
    ["a bad currency", usFile("1").replace("\tUSD\t", "\tUS$\t"), "SETTLEMENT_BAD_CURRENCY", 2, 6],
    [
      "a missing start date",
      usFile().replace("2024-10-09 14:28:38 UTC", ""),
      "SETTLEMENT_MISSING_DATE",
      2,
      2,
    ],
  ])("%s", async (_name, text, code, line, column) => {
    const error = await failsEverywhere(() => text);
    expect(error.code).toBe(code);
    expect(error.where.line).toBe(line);
    expect(error.where.column).toBe(column);
  });

  it("names the file in the location", async () => {
    const error = await failure(usFile("62.78", [order("x")]), { file: "reports/s.txt" });
    expect(error.where).toMatchObject({ file: "reports/s.txt", line: 3, column: 15 });
    expect(error.message).toContain("reports/s.txt:3:15");
  });

  it("fails on a missing summary row (e.g. a file saved from a spreadsheet)", async () => {
    const text = [HEADER_V2, order("68.99"), order("4.14")].join("\n");
    const error = await failsEverywhere(() => text);
    expect(error.code).toBe("SETTLEMENT_MISSING_SUMMARY");
    expect(error.where).toMatchObject({ line: 2, column: 5 });
    expect(error.message).toMatch(/no summary row/);
  });

  it("fails on a header-only file, an empty file and a file that is not a settlement", async () => {
    expect((await failsEverywhere(() => `${HEADER_V2}\n`)).code).toBe("SETTLEMENT_MISSING_SUMMARY");
    expect((await failsEverywhere(() => "")).code).toBe("SETTLEMENT_EMPTY");
    const notSettlement = await failsEverywhere(() => "order-id\tsku\n1\t2\n");
    expect(notSettlement.code).toBe("SETTLEMENT_UNKNOWN_LAYOUT");
    expect(notSettlement.where).toMatchObject({ line: 1, column: 1 });
    const noColumn = await failsEverywhere(() => HEADER_V2.replace("\tcurrency\t", "\tkurrency\t"));
    expect(noColumn.code).toBe("SETTLEMENT_MISSING_COLUMN");
    expect(noColumn.message).toContain('"currency"');
  });

  it("refuses an unknown V1 amount column and a duplicate column", async () => {
    const v1 = `${SETTLEMENT_V1_COLUMNS.join("\t")}\tbonus-amount\n`;
    const error = await failsEverywhere(() => v1);
    expect(error.code).toBe("SETTLEMENT_UNKNOWN_AMOUNT_COLUMN");
    expect(error.where).toMatchObject({ line: 1, column: 37 });
    expect((await failsEverywhere(() => `${HEADER_V2}\tsku\n`)).code).toBe("SETTLEMENT_DUPLICATE_COLUMN");
  });

  it("fails on a line longer than any settlement line could be", async () => {
    const error = await failure([`${HEADER_V2}\n`, "x".repeat(1_100_000)]);
    expect(error.code).toBe("SETTLEMENT_LINE_TOO_LONG");
    expect(error.where.line).toBe(2);
  });

  it("turns a failing input stream into a located SettlementParseError", async () => {
    async function* broken() {
      yield `${usFile()}`.slice(0, 500);
      throw new Error("socket hang up");
    }
    const error = await failure(broken());
    expect(error.code).toBe("SETTLEMENT_READ_FAILED");
    expect(error.where.line).toBeGreaterThan(0);
    expect((error.cause as Error).message).toBe("socket hang up");
  });

  it("fails on corrupt gzip", async () => {
    const data = gzipSync(enc.encode(usFile()));
    const error = await failure(data.subarray(0, data.length - 12));
    expect(error.code).toBe("SETTLEMENT_BAD_GZIP");
  });
});

describe("parseSettlement: reconciliation", () => {
  const wrong = () => usFile("62.79");

  it("throws SETTLEMENT_NOT_RECONCILED with the exact difference by default", async () => {
    const error = await failsEverywhere(wrong, { file: "s.txt" });
    expect(error.code).toBe("SETTLEMENT_NOT_RECONCILED");
    expect(error).toBeInstanceOf(SettlementNotReconciledError);
    expect((error as SettlementNotReconciledError).difference.toString()).toBe("-0.01");
    expect(error.where).toMatchObject({
      file: "s.txt",
      line: 2,
      column: 5,
      field: "total-amount",
      record: "12345678901",
    });
    expect(error.message).toContain("difference -0.01 USD");
  });

  it("rows stream before the failure, which comes at the end", async () => {
    const parse = parseSettlement(wrong());
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const row of parse) seen.push(row.amount.toString());
      })(),
    ).rejects.toMatchObject({ code: "SETTLEMENT_NOT_RECONCILED" });
    expect(seen).toEqual(["68.99", "4.14", "-10.35"]);
    await expect(parse.result()).rejects.toMatchObject({ code: "SETTLEMENT_NOT_RECONCILED" });
  });

  it('reports instead with { reconcile: "report" }', async () => {
    const result = await readSettlement(wrong(), { reconcile: "report" });
    expect(result.reconciled).toBe(false);
    expect(result.difference.toString()).toBe("-0.01");
    expect(result.computedTotal.toString()).toBe("62.78");
  });

  it("keeps sub-cent digits exactly, so a total cannot reconcile by rounding", async () => {
    const result = await readSettlement(usFile("0.01", [order("0.004"), order("0.004")]), {
      reconcile: "report",
    });
    expect(result.computedTotal.toString()).toBe("0.008");
    expect(result.difference.toString()).toBe("-0.002");
  });
});

describe("parseSettlementDate", () => {
  it.each([
    ["2024-10-09 14:28:38 UTC", "2024-10-09T14:28:38Z"],
    ["13.09.2024 08:59:52 UTC", "2024-09-13T08:59:52Z"],
    ["28.08.2019 06:05:38 UTC", "2019-08-28T06:05:38Z"],
    ["2019/08/28 06:05:38 UTC", "2019-08-28T06:05:38Z"],
    ["2019/08/28", "2019-08-28"],
    ["25.09.2024", "2024-09-25"],
    ["2024-10-18", "2024-10-18"],
    ["2025-07-31T22:07:18+00:00", "2025-07-31T22:07:18Z"],
    ["2025-07-31T22:07:18Z", "2025-07-31T22:07:18Z"],
    ["2025-07-31T22:07:18.250Z", "2025-07-31T22:07:18.250Z"],
    ["2025-08-01T07:07:18+09:00", "2025-07-31T22:07:18Z"],
    ["2024-10-09 14:28:38 GMT", "2024-10-09T14:28:38Z"],
    ["2024-02-29", "2024-02-29"],
  ])("reads %s", (text, iso) => {
    expect(parseSettlementDate(text)?.iso).toBe(iso);
  });

  it.each([
    "09/06/25",
    "2023-02-29",
    "2024-13-01",
    "32.01.2024",
    "2024-10-09 24:00:00 UTC",
    "2024-10-09 14:28:38 PST",
    "2024-10-09T14:28:38",
    "yesterday",
    "",
  ])("rejects %j", (text) => {
    expect(parseSettlementDate(text)).toBeUndefined();
  });
});
