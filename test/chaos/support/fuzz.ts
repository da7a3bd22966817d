/**
 * The fuzz harness every target runs through. A target is a function from generated input to an
 * answer; the harness holds it to the connector's rule for untrusted input:
 * - it answers, or fails with a documented typed error (a ConnectorError with one of the target's codes);
 *   a raw TypeError, RangeError or SyntaxError is a defect;
 * - it never hangs: each input is time-boxed;
 * - the same bytes give the same answer: each input runs twice and both answers must match.
 * A failing property prints its seed, fast-check's shrunk counterexample and the command that replays it.
 */
import fc from "fast-check";
import { it } from "vitest";
import { isConnectorError } from "../../../src/core/errors.js";
import { chaosSettings } from "./settings.js";
import { recordFigure, recordFuzzFailure } from "./summary.js";

/** A fuzz target: what to generate, how to run it, which typed errors it may end with. */
export interface FuzzTarget<I> {
  /** Name used in the summary and by `--only`. */
  readonly name: string;
  /** Share of the run's inputs (see `FUZZ_SHARES`). */
  readonly share: number;
  readonly arbitrary: fc.Arbitrary<I>;
  /**
   * Runs one input and returns its answer in a comparable form (rows, totals, counts). May throw a
   * plain `Error` to report a broken invariant of its own (for example two chunkings that disagree).
   */
  readonly run: (input: I) => Promise<unknown>;
  /** True for the error codes the functions under test document. */
  readonly documented: (code: string) => boolean;
  /**
   * Whether the harness runs each input twice to compare the answers. Off for targets whose `run`
   * already reads the same bytes several ways and compares them.
   * @default true
   */
  readonly repeat?: boolean;
}

/** A target whose functions do not exist yet: shown as a pending slot until someone fills it. */
export interface FuzzSlot {
  readonly name: string;
  readonly share: number;
  readonly pending: string;
}

/** Raised when an input outlives the time box. */
export class FuzzHang extends Error {
  override readonly name = "FuzzHang";
}

/** Raised when an input ends in an error no function under test documents. */
export class UndocumentedFailure extends Error {
  override readonly name = "UndocumentedFailure";
}

async function timeboxed<T>(work: () => Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FuzzHang(`no answer within ${ms} ms: a hang`)), ms);
  });
  try {
    return await Promise.race([work(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** JSON of an answer with bigint and Money written out, so two answers compare as text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)) ?? "undefined";
}

/** An answer: the canonical value, or the typed error code it ended with. */
export type Outcome = { readonly ok: string } | { readonly error: string };

/** Runs one input through a target and judges how it ended. */
export async function outcomeOf<I>(target: FuzzTarget<I>, input: I, timeboxMs: number): Promise<Outcome> {
  try {
    return { ok: canonical(await timeboxed(() => target.run(input), timeboxMs)) };
  } catch (e) {
    if (isConnectorError(e) && target.documented(e.code)) return { error: e.code };
    if (e instanceof FuzzHang) throw e;
    if (isConnectorError(e)) throw new UndocumentedFailure(`undocumented error code ${e.code}: ${e.message}`);
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new UndocumentedFailure(`not a typed error: ${what}`, { cause: e });
  }
}

/** Inputs the target gets out of `total`. */
export function runsFor(share: number, total: number): number {
  return Math.max(1, Math.round(total * share));
}

/**
 * Declares the vitest test of one target: `runsFor(share)` inputs, seed from the run settings.
 * Skipped when `--only` names other targets.
 */
export function fuzz<I>(target: FuzzTarget<I> | FuzzSlot): void {
  const settings = chaosSettings();
  const selected = settings.only.length === 0 || settings.only.includes(target.name);
  if ("pending" in target) {
    it.skip(`fuzz ${target.name} (slot: ${target.pending})`, () => {});
    return;
  }
  const runs = runsFor(target.share, settings.runs);
  const title = `fuzz ${target.name}: typed errors only, no hang, same answer for the same bytes (${runs} inputs)`;
  (selected ? it : it.skip)(
    title,
    async () => {
      const property = fc.asyncProperty(target.arbitrary, async (input) => {
        recordFigure("fuzz", target.name, 1);
        const first = await outcomeOf(target, input, settings.timeboxMs);
        recordFigure("fuzz-outcomes", `${target.name}:${"ok" in first ? "ok" : first.error}`, 1);
        if (target.repeat === false) return;
        const second = await outcomeOf(target, input, settings.timeboxMs);
        if (canonical(first) !== canonical(second)) {
          throw new Error(
            `same input, different answers:\n  first:  ${canonical(first).slice(0, 400)}\n  second: ${canonical(second).slice(0, 400)}`,
          );
        }
      });
      const path = process.env.CHAOS_PATH || undefined;
      const details = await fc.check(property, {
        seed: settings.seed,
        numRuns: runs,
        ...(path ? { path } : {}),
        endOnFailure: false,
      });
      if (!details.failed) return;
      const error = details.errorInstance;
      const report = `${fc.defaultReportMessage(details) ?? "property failed"}\nError: ${error instanceof Error ? error.message : String(error)}`;
      recordFuzzFailure({
        target: target.name,
        seed: details.seed,
        path: details.counterexamplePath ?? undefined,
        report: report.slice(0, 4000),
      });
      throw new Error(
        `fuzz target ${target.name} failed (seed ${details.seed}).\n` +
          `Reproduce: npm run test:chaos -- --seed ${details.seed} --only ${target.name}` +
          `${details.counterexamplePath ? ` --path ${details.counterexamplePath}` : ""}\n${report}`,
      );
    },
    // A backstop for a synchronous hang the per-input time box cannot interrupt.
    15 * 60_000,
  );
}
