/**
 * What the commands that read a configuration file share (`sync`, `replay`, `report`, `audit
 * --config`): open the connector from the file, show progress, print a settlement per line, and
 * always close the store.
 * @packageDocumentation
 */
import { isConnectorError } from "../core/errors.js";
import type { StorageAdapter } from "../core/storage.js";
import { type Connector, createConnector, type SettlementReportEntry } from "../sync/connector.js";
import type { ProgressEvent } from "../sync/events.js";
import type { ConnectorOptions } from "../sync/options.js";
import { ExitCode } from "./args.js";
import type { CliIo } from "./run.js";

/** The `--config FILE` option every such command takes. */
export const configOption = {
  type: "string",
  value: "FILE",
  description: "the connector configuration (JSON or YAML; see docs/configuration.md)",
} as const;

/**
 * Loads the configuration, builds the connector, runs `body` and closes the store. A bad file
 * throws its `ConfigError` (exit 3 through `runCli`). `body` also gets the options the file gave,
 * to check an argument against them (`sync --seller` against `amazon.sellers`).
 */
export async function withConfiguredConnector(
  file: string,
  body: (
    connector: Connector,
    storage: StorageAdapter,
    storageLabel: string,
    options: ConnectorOptions,
  ) => Promise<number>,
): Promise<number> {
  const { loadConnectorConfig } = await import("../sync/config.js");
  const loaded = await loadConnectorConfig(file);
  const storage = loaded.options.storage;
  try {
    return await body(createConnector(loaded.options), storage, loaded.storageLabel, loaded.options);
  } finally {
    await storage.close();
  }
}

/** Progress of a run: a spinner on a terminal, plain lines otherwise, nothing with `--json`. */
export async function progressReporter(
  io: CliIo,
  json: boolean,
  what: string,
): Promise<{ update(e: ProgressEvent): void; done(): void }> {
  if (json) return { update() {}, done() {} };
  const tty = io.stderrIsTTY === true;
  if (!tty) {
    return {
      update: (e) =>
        io.stderr(
          `  ${what}: ${e.done + e.parked + e.failed}/${e.total} (${e.parked} parked, ${e.failed} failed)\n`,
        ),
      done() {},
    };
  }
  const { default: yoctoSpinner } = await import("yocto-spinner");
  // The command handles Ctrl-C itself (a run stops between steps); the spinner must not exit the process.
  const spinner = yoctoSpinner({ text: `${what}…`, stream: process.stderr, handleSignals: false }).start();
  return {
    update: (e) => {
      spinner.text = `${what}: ${e.done + e.parked + e.failed}/${e.total} (${e.parked} parked, ${e.failed} failed)`;
    },
    done: () => {
      spinner.stop();
    },
  };
}

/** One line per settlement, as `sync` and `replay` print it. */
export function settlementLine(s: SettlementReportEntry): string {
  const r = s.reconciliation;
  const id = s.settlementId ?? `report ${s.reportId}`;
  const where = [s.marketplaceId, s.legalEntity, s.currency].filter(Boolean).join(", ");
  const journals = s.journals.map((j) => j.journalBatchNumber).join(", ");
  if (s.state === "reconciled") {
    return `✓ ${id} (${where}): deposit ${r?.deposit} = clearing ${r?.clearingLine} = lines ${r?.postedLines}${r?.finances != null ? ` = Finances ${r.finances}` : ""}; journal ${journals}`;
  }
  if (s.state === "parked" || s.state === "failed") {
    return `✗ ${id} (${where || "not mapped"}): ${s.state} — ${s.reason ?? "no reason recorded"}${s.hint ? `\n    what to do: ${s.hint}` : ""}`;
  }
  return `• ${id} (${where}): ${s.state}`;
}

/** A `NOT_FOUND` (no such settlement) is the command's finding, not a crash. */
export function foundNothing(e: unknown, io: CliIo, command: string, json: boolean): number | undefined {
  if (!isConnectorError(e) || e.code !== "NOT_FOUND") return undefined;
  if (json) io.stdout(`${JSON.stringify({ error: { code: e.code, message: e.message, where: e.where } })}\n`);
  else io.stderr(`ml-connector ${command}: ${e.message}\n`);
  return ExitCode.failed;
}
