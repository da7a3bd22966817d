/**
 * `ml-connector report --config FILE --out report.html [--json]`: writes the reconciliation page
 * (one self-contained HTML file) from what the store holds: every settlement, its figures, its
 * posted lines by account and, for parked ones, the reason and what to do.
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadReconciliationEntries, renderReconciliationReport } from "../sync/report-html.js";
import { type CommandSpec, ExitCode, runCommand } from "./args.js";
import { configOption, withConfiguredConnector } from "./connector-cli.js";
import type { CliIo } from "./run.js";

/** `ml-connector report`: its options and help. */
export const reportCommand: CommandSpec = {
  name: "report",
  summary: "Write the reconciliation page (HTML) of every settlement in the store.",
  options: {
    config: configOption,
    out: { type: "string", value: "FILE", description: "where to write the page, e.g. report.html" },
    json: { type: "boolean", description: "print what was written as JSON" },
  },
  required: ["config", "out"],
  notes: "The page has no scripts and makes no requests; it holds no secrets and no buyer data.",
};

/** Runs `ml-connector report`. Returns the exit code. */
export function report(argv: string[], io: CliIo): Promise<number> {
  return runCommand(reportCommand, argv, io, async ({ values }) => {
    const out = path.resolve(String(values.out));
    const dir = path.dirname(out);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      io.stderr(`ml-connector report: the folder ${dir} does not exist; create it or choose another --out\n`);
      return ExitCode.failed;
    }
    return withConfiguredConnector(String(values.config), async (connector, storage, storageLabel) => {
      const settlements = await connector.settlements();
      const entries = await loadReconciliationEntries(storage, settlements);
      writeFileSync(out, renderReconciliationReport(entries, { source: storageLabel }));
      const open = settlements.filter((s) => s.state === "parked" || s.state === "failed").length;
      if (values.json === true) {
        io.stdout(`${JSON.stringify({ out, settlements: settlements.length, needingAttention: open })}\n`);
      } else {
        io.stdout(`Wrote ${out}: ${settlements.length} settlement(s), ${open} needing attention.\n`);
      }
      return ExitCode.ok;
    });
  });
}
