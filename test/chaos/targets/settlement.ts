/**
 * Fuzz targets of the settlement parser (`parseSettlement`, `readSettlement`). Beyond the harness's
 * rules, every chunking of the same bytes must give the same answer: the same result (rows,
 * totals, reconciliation) or the same error code.
 */

import fc from "fast-check";
import { parseSettlement, readSettlement } from "../../../src/amazon/settlement/parse-settlement.js";
import type { SettlementParseOptions } from "../../../src/amazon/settlement/types.js";
import { isConnectorError } from "../../../src/core/errors.js";
import { canonical, type FuzzTarget } from "../support/fuzz.js";
import { chunkings, type SettlementCase, settlementCase } from "./settlement-inputs.js";

/** The codes `parseSettlement` documents (SettlementParseError and its subclass). */
const documented = (code: string) => code.startsWith("SETTLEMENT_");

type Answer = { error: string } | { result: string; rows?: number };

async function answer(run: () => Promise<Answer>): Promise<Answer> {
  try {
    return await run();
  } catch (e) {
    if (isConnectorError(e)) return { error: e.code };
    throw e;
  }
}

/** Parses one case with every chunking; throws when two chunkings disagree. */
async function allChunkings(
  c: SettlementCase,
  options: SettlementParseOptions,
  firstByteAlone: boolean,
): Promise<Answer> {
  const ways = chunkings(c, { firstByteAlone });
  const answers: { name: string; answer: Answer }[] = [];
  for (const [i, way] of ways.entries()) {
    answers.push({
      name: way.name,
      answer: await answer(async () => {
        if (i > 0) return { result: canonical(await readSettlement(way.input(), options)) };
        // The whole-bytes way also streams rows: the row path and the totals path must agree.
        const parse = parseSettlement(way.input(), options);
        let rows = 0;
        for await (const _ of parse) rows++;
        const result = await parse.result();
        if (rows !== result.rowCount)
          throw new Error(`iterated ${rows} rows but the result says ${result.rowCount}`);
        return { result: canonical(result), rows };
      }),
    });
  }
  const [first, ...rest] = answers;
  if (!first) throw new Error("no chunking");
  const key = (a: Answer) => ("error" in a ? `error ${a.error}` : a.result);
  for (const other of rest) {
    if (key(other.answer) !== key(first.answer)) {
      throw new Error(
        `chunkings disagree on ${c.bytes.length} bytes (gzip ${c.gzip}):\n  ${first.name}: ${key(first.answer).slice(0, 300)}\n  ${other.name}: ${key(other.answer).slice(0, 300)}`,
      );
    }
  }
  if ("error" in first.answer) {
    // Re-raise the typed error so the harness judges its code.
    await readSettlement(c.bytes, options);
    throw new Error(`the whole bytes failed with ${first.answer.error} once and succeeded the second time`);
  }
  return first.answer;
}

const reconcileOptions = fc.constantFrom<SettlementParseOptions>(
  {},
  { reconcile: "report" },
  { reconcile: "throw", numberFormat: "auto" },
  { reconcile: "report", unknownColumns: "error" },
  { reconcile: "report", numberFormat: "dot" },
  { reconcile: "report", numberFormat: "comma" },
  { reconcile: "report", encoding: "windows-1252" },
);

/**
 * Damaged and generated files, plain or gzipped, every chunking whose first chunk holds at least
 * two bytes. Passes on the parser of this branch.
 */
export const settlementTarget: FuzzTarget<{ c: SettlementCase; options: SettlementParseOptions }> = {
  name: "settlement",
  share: 0.06,
  arbitrary: fc.record({ c: settlementCase({ gzip: "sometimes" }), options: reconcileOptions }),
  run: ({ c, options }) => allChunkings(c, options, false),
  documented,
  repeat: false,
};

/**
 * Gzipped files, valid and corrupt, including a first chunk of one byte. Known to fail on the
 * parser of this branch (gzip undetected behind a one-byte first chunk; corrupt gzip answering
 * different errors by chunking); the settlement parser rewrite fixes both.
 */
export const settlementGzipChunkingTarget: FuzzTarget<{ c: SettlementCase; corrupt: number | undefined }> = {
  name: "settlement-gzip-chunking",
  share: 0.02,
  arbitrary: fc.record({
    c: settlementCase({ gzip: "never" }),
    corrupt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  }),
  run: async ({ c, corrupt }) => {
    const { gzipSync } = await import("node:zlib");
    const gz = Buffer.from(gzipSync(c.bytes));
    if (corrupt !== undefined && gz.length > 10) {
      // Past the 10-byte header: damage the deflate data or the trailer, or cut the stream short.
      const at = 10 + Math.floor(corrupt * (gz.length - 10));
      if (corrupt < 0.5) gz[at] = (gz[at] ?? 0) ^ 0x55;
      else
        return allChunkings({ ...c, bytes: gz.subarray(0, at), gzip: true }, { reconcile: "report" }, true);
    }
    return allChunkings({ ...c, bytes: gz, gzip: true }, { reconcile: "report" }, true);
  },
  documented,
  repeat: false,
};

/** Option values outside the documented ones, each of which must be refused with a typed error. */
const invalidOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.record({ reconcile: fc.constantFrom<unknown>("Throw", "REPORT", true, false, 1, null, "") }),
  fc.record({ numberFormat: fc.constantFrom<unknown>("Dot", "point", true, 0, null) }),
  fc.record({ unknownColumns: fc.constantFrom<unknown>("ignore", "Error", true, null) }),
  fc.record({ encoding: fc.constantFrom<unknown>(42, true, null, {}) }),
);

/**
 * Invalid options must be refused with a typed error (never silently taken for the default, never
 * a raw TypeError). Known to fail on the parser of this branch (`reconcile: "Throw"`/`true` accepted,
 * `readSettlement(bytes, null)` a TypeError); the settlement parser rewrite fixes it.
 */
export const settlementOptionsTarget: FuzzTarget<{ c: SettlementCase; options: unknown }> = {
  name: "settlement-options",
  share: 0.01,
  arbitrary: fc.record({ c: settlementCase({ gzip: "never" }), options: invalidOptions }),
  run: async ({ c, options }) => {
    const result = await readSettlement(c.bytes, options as SettlementParseOptions);
    throw new Error(`invalid options ${JSON.stringify(options)} were accepted (layout ${result.layout})`);
  },
  // Options are checked before any byte is read: a ValidationError naming the option.
  documented: (code: string) => documented(code) || code === "VALIDATION_ERROR",
};
