/**
 * Named regressions for the settlement parser's known defects, found by fuzzing. They fail on the
 * parser of this branch; the settlement parser rewrite (another branch) fixes them. Each test
 * names its defect, so the lead can tell which ones the merge closed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { readSettlement } from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementParseOptions } from "../../src/amazon/settlement/types.js";
import { isConnectorError, isSettlementParseError } from "../../src/core/errors.js";
import { chaosPart } from "./support/part.js";

const SAMPLE = join(process.cwd(), "..", "shared", "samples", "settlements", "v2-de-eur-22988491762.txt");
const text = readFileSync(SAMPLE);
const gz = gzipSync(text);

async function outcome(p: Promise<unknown>): Promise<string> {
  return p.then(
    (r) => `ok ${(r as { rowCount: number }).rowCount}`,
    (e: unknown) => (isConnectorError(e) ? e.code : `untyped ${String(e)}`),
  );
}

function stream(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
}

chaosPart(
  "settlement-known-defects",
  "settlement parser known defects (fixed by the parser rewrite)",
  () => {
    it("defect: gzip is not detected when the first chunk is one byte", async () => {
      const whole = await outcome(readSettlement(gz, { reconcile: "report" }));
      const oneByteFirst = await outcome(
        readSettlement([gz.subarray(0, 1), gz.subarray(1)], { reconcile: "report" }),
      );
      expect(whole).toBe("ok 51");
      expect(oneByteFirst).toBe(whole);
    });

    it("defect: corrupt gzip gives different errors by chunking", async () => {
      // One flipped byte inside the deflate data; found by the settlement-gzip-chunking fuzz target.
      const bad = Buffer.from(gz);
      bad[108] = (bad[108] ?? 0) ^ 0x55;
      const whole = await outcome(readSettlement(bad, { reconcile: "report" }));
      const small = await outcome(readSettlement(stream(bad, 16), { reconcile: "report" }));
      expect(whole).toBe("SETTLEMENT_BAD_GZIP");
      expect(small).toBe(whole);
    });

    it.each([["Throw"], [true], ["REPORT"]])(
      "defect: reconcile %j is accepted silently instead of refused",
      async (reconcile) => {
        const error = await readSettlement(text, { reconcile } as unknown as SettlementParseOptions).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isConnectorError(error)).toBe(true);
      },
    );

    it("defect: readSettlement(bytes, null) throws a raw TypeError", async () => {
      const error = await readSettlement(text, null as unknown as SettlementParseOptions).then(
        () => undefined,
        (e: unknown) => e,
      );
      // Either reading null as "no options" or refusing it with a typed error is fine; a TypeError is not.
      if (error !== undefined) expect(isSettlementParseError(error) || isConnectorError(error)).toBe(true);
    });

    it("defect: an unknown unknownColumns value is accepted silently", async () => {
      const error = await readSettlement(text, {
        unknownColumns: "ignore",
      } as unknown as SettlementParseOptions).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isConnectorError(error)).toBe(true);
    });
  },
  ["settlement"],
);
