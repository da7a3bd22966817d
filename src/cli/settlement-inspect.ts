/**
 * `ml-connector settlement inspect <file> [--json] [--encoding <label>] [--number-format dot|comma]`:
 * parses a settlement flat file and shows its summary, whether it reconciles, and its totals.
 */
import { stat } from "node:fs/promises";
import { parseSettlementFile } from "../amazon/settlement/parse-settlement.js";
import type { SettlementParseOptions, SettlementResult } from "../amazon/settlement/types.js";
import { isConnectorError } from "../core/errors.js";
import { type CommandSpec, ExitCode, runCommand, usageError } from "./args.js";

/** Output sinks, as the CLI passes them. */
export interface SettlementInspectIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** `ml-connector settlement inspect`: its options and help. */
export const settlementInspectCommand: CommandSpec = {
  name: "settlement inspect",
  summary: "Parse a settlement flat file (V2 or V1), show its summary and totals, and check it reconciles.",
  positionals: { names: "<file>", min: 1, max: 1 },
  options: {
    json: { type: "boolean", description: "print JSON (amounts as exact decimal strings)" },
    encoding: {
      type: "string",
      value: "LABEL",
      description: "text encoding of the file, e.g. windows-1252 (default: detected)",
    },
    "number-format": {
      type: "string",
      value: "dot|comma",
      description: "decimal separator of the amounts (default: detected)",
    },
  },
  notes: "Exits 1 when the file cannot be read, does not parse, or does not reconcile to its total.",
};

/** The `--json` document: amounts as exact decimal strings. */
export interface SettlementInspectJson {
  readonly file: string;
  readonly settlementId: string;
  readonly currency: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly depositDate: string | null;
  readonly totalAmount: string;
  readonly computedTotal: string;
  readonly difference: string;
  readonly reconciled: boolean;
  readonly lineCount: number;
  readonly rowCount: number;
  readonly layout: string;
  readonly encoding: string;
  readonly numberFormat: string;
  readonly unknownColumns: readonly string[];
  readonly totals: readonly {
    readonly transactionType: string;
    readonly amountType: string;
    readonly amountDescription: string;
    readonly count: number;
    readonly amount: string;
  }[];
}

/**
 * Runs `settlement inspect` with the arguments after `inspect`.
 * @returns exit code: 0 when the file parses and reconciles, 1 when it does not parse or does not
 * reconcile, 2 on bad usage.
 * @example await settlementInspect(["settlement.txt", "--json"], { stdout: console.log, stderr: console.error })
 */
export function settlementInspect(argv: string[], io: SettlementInspectIo): Promise<number> {
  return runCommand(settlementInspectCommand, argv, io, async ({ values, positionals }) => {
    const options: { -readonly [K in keyof SettlementParseOptions]: SettlementParseOptions[K] } = {
      reconcile: "report",
    };
    if (typeof values.encoding === "string") options.encoding = values.encoding;
    const numberFormat = values["number-format"];
    if (numberFormat !== undefined) {
      if (numberFormat !== "dot" && numberFormat !== "comma") {
        return usageError(
          settlementInspectCommand,
          io,
          `--number-format must be dot or comma, got ${JSON.stringify(numberFormat)}`,
        );
      }
      options.numberFormat = numberFormat;
    }
    return inspect(positionals[0] as string, values.json === true, options, io);
  });
}

async function inspect(
  file: string,
  json: boolean,
  options: SettlementParseOptions,
  io: SettlementInspectIo,
): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a regular file");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    return fail(io, json, {
      code: "FILE_NOT_READABLE",
      message: `Cannot open ${file}: ${reason}`,
      where: { file },
    });
  }

  let result: SettlementResult;
  try {
    result = await parseSettlementFile(file, options).result();
  } catch (e) {
    if (isConnectorError(e)) return fail(io, json, { code: e.code, message: e.message, where: e.where });
    throw e;
  }

  if (json) io.stdout(`${JSON.stringify(toJson(result), null, 2)}\n`);
  else io.stdout(render(result));
  if (!result.reconciled) {
    if (!json) {
      io.stderr(
        `settlement ${result.summary.settlementId} does not reconcile: difference ${result.difference.toString()} ${result.summary.currency}\n`,
      );
    }
    return ExitCode.failed;
  }
  return ExitCode.ok;
}

function fail(
  io: SettlementInspectIo,
  json: boolean,
  error: { code: string; message: string; where: object },
): number {
  if (json) io.stdout(`${JSON.stringify({ error }, null, 2)}\n`);
  else io.stderr(`ml-connector settlement inspect: ${error.message}\n`);
  return 1;
}

/** The `--json` shape of a result. */
export function toJson(result: SettlementResult): SettlementInspectJson {
  const { summary } = result;
  return {
    file: result.file ?? "",
    settlementId: summary.settlementId,
    currency: summary.currency,
    startDate: summary.startDate,
    endDate: summary.endDate,
    depositDate: summary.depositDate ?? null,
    totalAmount: summary.totalAmount.toString(),
    computedTotal: result.computedTotal.toString(),
    difference: result.difference.toString(),
    reconciled: result.reconciled,
    lineCount: result.lineCount,
    rowCount: result.rowCount,
    layout: result.layout,
    encoding: result.encoding,
    numberFormat: result.numberFormat,
    unknownColumns: result.unknownColumns,
    totals: result.totals.map((t) => ({
      transactionType: t.transactionType,
      amountType: t.amountType,
      amountDescription: t.amountDescription,
      count: t.count,
      amount: t.amount.toString(),
    })),
  };
}

function render(result: SettlementResult): string {
  const { summary } = result;
  const cur = summary.currency;
  const out: string[] = [];
  out.push(
    `Settlement ${summary.settlementId}  (${result.layout.toUpperCase()}, ${cur}, ${result.encoding})`,
  );
  out.push(`  period          ${summary.startDate} → ${summary.endDate}`);
  out.push(`  deposit date    ${summary.depositDate ?? "(none)"}`);
  out.push(`  total-amount    ${summary.totalAmount.toString()} ${cur}`);
  out.push(`  computed sum    ${result.computedTotal.toString()} ${cur}`);
  out.push(
    `  reconciled      ${result.reconciled ? "yes" : `NO — difference ${result.difference.toString()} ${cur} (computed − total-amount)`}`,
  );
  out.push(`  lines           ${result.lineCount} (${result.rowCount} amounts)`);
  if (result.unknownColumns.length > 0)
    out.push(`  unknown columns ${result.unknownColumns.join(", ")} (ignored)`);
  if (result.shortLines > 0)
    out.push(`  short lines     ${result.shortLines} (missing trailing cells read as empty)`);
  out.push("");
  out.push("Totals by transaction-type / amount-type / amount-description:");
  const rows = result.totals.map((t) => [
    t.transactionType,
    t.amountType,
    t.amountDescription,
    String(t.count),
    t.amount.toString(),
  ]);
  const header = ["transaction-type", "amount-type", "amount-description", "count", "amount"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i >= 3 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join("  ")}`.trimEnd();
  out.push(line(header));
  for (const r of rows) out.push(line(r));
  out.push("");
  return out.join("\n");
}
