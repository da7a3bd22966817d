/**
 * Settlement files to fuzz the parser with: real samples (cut to a few lines, so one input stays
 * small) and files the settlement writer generates, then damaged the ways files get damaged in
 * practice: truncated, re-encoded, stray quotes, huge fields, missing columns, mixed settlement
 * ids, bit flips, and gzip of each. Also the ways to cut the same bytes into chunks.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { Money } from "../../../src/core/money.js";
import {
  type SettlementLineInput,
  type SettlementWriterFormat,
  writeSettlement,
} from "../../../src/testing/data/settlement-writer.js";

const SAMPLES_DIR = join(process.cwd(), "..", "shared", "samples", "settlements");

/** Real samples as lines (header, summary, details), read once. Empty when ../shared is absent. */
export const sampleLines: readonly (readonly string[])[] = (() => {
  try {
    return readdirSync(SAMPLES_DIR)
      .filter((n) => n.endsWith(".txt"))
      .sort()
      .map((n) => readFileSync(join(SAMPLES_DIR, n), "utf8").split("\n"));
  } catch {
    return [];
  }
})();

const CURRENCY: Record<SettlementWriterFormat, string> = {
  US: "USD",
  CA: "CAD",
  UK: "GBP",
  DE: "EUR",
  JP: "JPY",
};
const KINDS = [
  ["Order", "ItemPrice", "Principal"],
  ["Order", "ItemFees", "Commission"],
  ["Refund", "ItemPrice", "Principal"],
  ["other-transaction", "other-transaction", "Current Reserve Amount"],
  ["ServiceFee", "Cost of Advertising", "TransactionTotalAmount"],
] as const;

const generatedLine = fc.record({
  kind: fc.nat(KINDS.length - 1),
  minor: fc.bigInt({ min: -5_000_000n, max: 5_000_000n }),
  order: fc.nat(9_999_999),
  day: fc.nat(27),
});

/** A settlement the writer produces, reconciling or (sometimes) not. */
const generatedFile = fc
  .record({
    format: fc.constantFrom<SettlementWriterFormat>("US", "CA", "UK", "DE", "JP"),
    layout: fc.constantFrom<"v1" | "v2">("v1", "v2"),
    crlf: fc.boolean(),
    lines: fc.array(generatedLine, { maxLength: 25 }),
    offBy: fc.oneof(
      { weight: 4, arbitrary: fc.constant(0n) },
      { weight: 1, arbitrary: fc.bigInt(-99n, 99n) },
    ),
    id: fc.bigInt({ min: 1n, max: 99_999_999_999n }),
  })
  .map(({ format, layout, crlf, lines, offBy, id }) => {
    const currency = CURRENCY[format];
    const start = Date.UTC(2026, 0, 1);
    const detail: SettlementLineInput[] = lines.map((l) => {
      const [transactionType, amountType, amountDescription] = KINDS[l.kind] ?? KINDS[0];
      return {
        transactionType,
        amountType,
        amountDescription,
        amount: Money.fromMinor(l.minor, currency),
        orderId: `111-${String(l.order).padStart(7, "0")}-0000001`,
        postedDate: new Date(start + l.day * 86_400_000),
        sku: `SKU-${l.order % 50}`,
      };
    });
    const sum = Money.sum(
      detail.map((d) => d.amount),
      currency,
    ).plus(Money.fromMinor(offBy, currency));
    const text = [
      ...writeSettlement(
        {
          settlementId: String(id),
          startDate: new Date(start),
          endDate: new Date(start + 28 * 86_400_000),
          depositDate: new Date(start + 30 * 86_400_000),
          totalAmount: sum,
          currency,
        },
        detail,
        { format, layout, lineEnding: crlf ? "\r\n" : "\n", linesPerChunk: 7 },
      ),
    ].join("");
    return text.split(crlf ? "\r\n" : "\n");
  });

/** A real sample cut to its header, summary and a few detail lines (the totals then do not add up: also a case). */
const realFile = fc
  .record({ which: fc.nat(), keep: fc.nat(30) })
  .filter(() => sampleLines.length > 0)
  .map(({ which, keep }) => {
    const lines = sampleLines[which % sampleLines.length] ?? [];
    return lines.slice(0, 2 + keep);
  });

/** One way a file gets damaged. Positions are fractions of the length, so they fit any file. */
export type Damage =
  | { kind: "truncate"; at: number }
  | { kind: "bit-flip"; at: number; bit: number }
  | { kind: "stray-quote"; at: number; text: string }
  | { kind: "huge-field"; at: number; size: number }
  | { kind: "drop-column"; column: number; headerOnly: boolean }
  | { kind: "mixed-settlement-id"; line: number; id: string }
  | { kind: "insert-bytes"; at: number; bytes: number[] }
  | { kind: "duplicate-line"; line: number }
  | { kind: "swap-cells"; line: number; a: number; b: number }
  | { kind: "blank-cell"; line: number; column: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fraction }),
  fc.record({ kind: fc.constant("bit-flip" as const), at: fraction, bit: fc.nat(7) }),
  fc.record({
    kind: fc.constant("stray-quote" as const),
    at: fraction,
    text: fc.constantFrom('"', '""', "'", '"\t"', '"\n"', "\\"),
  }),
  fc.record({
    kind: fc.constant("huge-field" as const),
    at: fraction,
    size: fc.integer({ min: 1_000, max: 200_000 }),
  }),
  fc.record({ kind: fc.constant("drop-column" as const), column: fc.nat(40), headerOnly: fc.boolean() }),
  fc.record({
    kind: fc.constant("mixed-settlement-id" as const),
    line: fc.nat(30),
    id: fc.oneof(fc.bigInt({ min: 1n, max: 99_999_999_999n }).map(String), fc.string({ maxLength: 12 })),
  }),
  fc.record({
    kind: fc.constant("insert-bytes" as const),
    at: fraction,
    bytes: fc.array(fc.oneof(fc.nat(255), fc.constantFrom(0x00, 0x0d, 0x0a, 0x09, 0x80, 0xc3, 0xff, 0xef)), {
      minLength: 1,
      maxLength: 6,
    }),
  }),
  fc.record({ kind: fc.constant("duplicate-line" as const), line: fc.nat(30) }),
  fc.record({ kind: fc.constant("swap-cells" as const), line: fc.nat(30), a: fc.nat(30), b: fc.nat(30) }),
  fc.record({ kind: fc.constant("blank-cell" as const), line: fc.nat(30), column: fc.nat(30) }),
);

const pos = (at: number, length: number) => Math.min(length, Math.floor(at * (length + 1)));

function onLines(lines: string[], d: Damage): string[] {
  const out = [...lines];
  const pick = (n: number) => (out.length === 0 ? -1 : n % out.length);
  switch (d.kind) {
    case "drop-column":
      return out.map((l, i) => {
        if (d.headerOnly && i !== 0) return l;
        const cells = l.split("\t");
        cells.splice(d.column % Math.max(1, cells.length), 1);
        return cells.join("\t");
      });
    case "mixed-settlement-id": {
      // Any line but the header: the summary's own id, or a detail line's.
      const i = out.length > 1 ? 1 + (d.line % (out.length - 1)) : -1;
      if (i < 0) return out;
      const cells = (out[i] ?? "").split("\t");
      cells[0] = d.id;
      out[i] = cells.join("\t");
      return out;
    }
    case "duplicate-line": {
      const i = pick(d.line);
      if (i >= 0) out.splice(i, 0, out[i] ?? "");
      return out;
    }
    case "swap-cells": {
      const i = pick(d.line);
      if (i < 0) return out;
      const cells = (out[i] ?? "").split("\t");
      const a = d.a % cells.length;
      const b = d.b % cells.length;
      [cells[a], cells[b]] = [cells[b] ?? "", cells[a] ?? ""];
      out[i] = cells.join("\t");
      return out;
    }
    case "blank-cell": {
      const i = pick(d.line);
      if (i < 0) return out;
      const cells = (out[i] ?? "").split("\t");
      cells[d.column % cells.length] = "";
      out[i] = cells.join("\t");
      return out;
    }
    default:
      return out;
  }
}

function onBytes(bytes: Uint8Array, d: Damage): Uint8Array {
  const b = Buffer.from(bytes);
  switch (d.kind) {
    case "truncate":
      return b.subarray(0, pos(d.at, b.length));
    case "bit-flip": {
      if (b.length === 0) return b;
      const i = Math.min(b.length - 1, pos(d.at, b.length));
      const out = Buffer.from(b);
      out[i] = (out[i] ?? 0) ^ (1 << d.bit);
      return out;
    }
    case "stray-quote":
      return splice(b, pos(d.at, b.length), Buffer.from(d.text));
    case "huge-field":
      return splice(b, pos(d.at, b.length), Buffer.alloc(d.size, 0x41));
    case "insert-bytes":
      return splice(b, pos(d.at, b.length), Buffer.from(d.bytes));
    default:
      return b;
  }
}

function splice(b: Buffer, at: number, insert: Buffer): Buffer {
  return Buffer.concat([b.subarray(0, at), insert, b.subarray(at)]);
}

/** How the text becomes bytes: the encodings Amazon files come in, and ones they should not. */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le-bom" | "latin1" | "windows-1252-euro";

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "latin1":
      return Buffer.from(text, "latin1");
    case "windows-1252-euro":
      // Latin-1 plus a Windows-1252 euro sign (0x80) in front of the first amount-like cell.
      return Buffer.from(text.replace(/\t(-?\d)/, "\t€$1"), "latin1").map((x, i, all) =>
        x === 0xac && all[i - 1] === 0x20 ? 0x80 : x,
      );
  }
}

/** One fuzz input: a file, its damages, its encoding, gzip or not, and how to cut it into chunks. */
export interface SettlementCase {
  readonly bytes: Uint8Array;
  readonly gzip: boolean;
  /** Cut points (fractions) of the "random cuts" chunking. */
  readonly cuts: readonly number[];
  /** Chunk size of the ReadableStream chunking. */
  readonly streamChunk: number;
}

/** Files, damaged, encoded, maybe gzipped; every byte of it is decided by fast-check, so it replays. */
export function settlementCase(options: { gzip: "never" | "sometimes" }): fc.Arbitrary<SettlementCase> {
  return fc
    .record({
      lines: fc.oneof({ weight: 2, arbitrary: realFile }, { weight: 3, arbitrary: generatedFile }),
      damages: fc.array(damage, { maxLength: 3 }),
      encoding: fc.oneof(
        { weight: 6, arbitrary: fc.constant<Encoding>("utf-8") },
        {
          weight: 1,
          arbitrary: fc.constantFrom<Encoding>("utf-8-bom", "utf-16le-bom", "latin1", "windows-1252-euro"),
        },
      ),
      gzip: options.gzip === "never" ? fc.constant(false) : fc.boolean(),
      cuts: fc.array(fraction, { maxLength: 6 }),
      streamChunk: fc.integer({ min: 2, max: 4096 }),
    })
    .map(({ lines, damages, encoding, gzip, cuts, streamChunk }) => {
      let current = [...lines];
      for (const d of damages) current = onLines(current, d);
      let bytes = encode(current.join("\n"), encoding);
      for (const d of damages) bytes = onBytes(bytes, d);
      const out = { bytes: gzip ? gzipSync(bytes) : bytes, gzip, cuts, streamChunk };
      // fast-check prints a failing case with this: the damaged text, not a list of byte values.
      return Object.assign(out, {
        [fc.toStringMethod]: () =>
          `{ text: ${JSON.stringify(Buffer.from(bytes).toString("latin1").slice(0, 3000))}, gzip: ${gzip}, cuts: ${JSON.stringify(cuts)}, streamChunk: ${streamChunk} }`,
      });
    });
}

/** The same bytes, cut the ways a transport may deliver them. */
export function chunkings(
  c: SettlementCase,
  options: { firstByteAlone: boolean },
): { name: string; input: () => Uint8Array | Iterable<Uint8Array> | ReadableStream<Uint8Array> }[] {
  const { bytes } = c;
  // Cuts start at byte 2 unless the first byte is meant to come alone: a one-byte first chunk is
  // the settlement-gzip-chunking target's case (a known defect of the current parser).
  const lowest = options.firstByteAlone ? 1 : 2;
  const points = [...new Set(c.cuts.map((f) => Math.max(lowest, pos(f, bytes.length))))]
    .filter((p) => p < bytes.length)
    .sort((a, b) => a - b);
  const out: { name: string; input: () => Uint8Array | Iterable<Uint8Array> | ReadableStream<Uint8Array> }[] =
    [
      { name: "whole", input: () => bytes },
      {
        name: "random cuts",
        input: () => {
          const parts: Uint8Array[] = [];
          let from = 0;
          for (const p of points) {
            parts.push(bytes.subarray(from, p));
            from = p;
          }
          parts.push(bytes.subarray(from));
          // Real transports never send empty chunks first; keep them out of the head so the
          // first-chunk rules are what this chunking tests only when it means to.
          return parts.filter((p, i) => p.length > 0 || i > 0);
        },
      },
      {
        name: `stream of ${c.streamChunk}-byte chunks`,
        input: () => {
          // At most ~64 chunks, so a huge input does not become a million one-byte reads.
          const size = Math.max(c.streamChunk, Math.ceil(bytes.length / 64));
          let at = 0;
          return new ReadableStream<Uint8Array>({
            pull(controller) {
              if (at >= bytes.length) return controller.close();
              controller.enqueue(bytes.slice(at, at + size));
              at += size;
            },
          });
        },
      },
    ];
  if (options.firstByteAlone && bytes.length > 1) {
    out.push({ name: "first byte alone", input: () => [bytes.subarray(0, 1), bytes.subarray(1)] });
  }
  return out;
}
