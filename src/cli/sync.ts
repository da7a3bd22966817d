/**
 * `ml-connector sync --config FILE [--flow settlements] [--json]`: one run of the engine as the
 * configuration file describes it. Prints a line per settlement and a summary; exits 1 when any
 * settlement is parked or failed, so a scheduler notices.
 */
import type { SettlementRunReport } from "../sync/connector.js";
import { type CommandSpec, ExitCode, runCommand, usageError } from "./args.js";
import { configOption, progressReporter, settlementLine, withConfiguredConnector } from "./connector-cli.js";
import type { CliIo } from "./run.js";

/** `ml-connector sync`: its options and help. */
export const syncCommand: CommandSpec = {
  name: "sync",
  summary: "Run the connector once: discover, download, post and reconcile settlements.",
  options: {
    config: configOption,
    flow: { type: "string", value: "FLOW", description: 'the flow to run (default "settlements")' },
    json: { type: "boolean", description: "print the run report as JSON" },
  },
  required: ["config"],
  notes: "Exit code 1 when any settlement is parked or failed; `ml-connector replay` tries them again.",
};

/** Prints a run report the way `sync` and `replay` do; returns the exit code it implies. */
export function printRunReport(report: SettlementRunReport, json: boolean, io: CliIo): number {
  const { counts } = report;
  if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const s of report.settlements) io.stdout(`${settlementLine(s)}\n`);
    io.stdout(
      `${counts.total} settlement(s): ${counts.reconciled} reconciled, ${counts.duplicate} duplicate, ${counts.parked} parked, ${counts.failed} failed${counts.busy ? `, ${counts.busy} held by another worker` : ""}${report.discovered ? `; ${report.discovered} new report(s) found` : ""}${report.stopped ? "; stopped before the end" : ""}\n`,
    );
  }
  return counts.parked + counts.failed > 0 ? ExitCode.failed : ExitCode.ok;
}

/** Runs `ml-connector sync`. Returns the exit code. */
export function sync(argv: string[], io: CliIo): Promise<number> {
  return runCommand(syncCommand, argv, io, async ({ values }) => {
    const flow = values.flow ?? "settlements";
    if (flow !== "settlements") {
      return usageError(syncCommand, io, `--flow must be "settlements", not ${JSON.stringify(flow)}`);
    }
    const json = values.json === true;
    return withConfiguredConnector(String(values.config), async (connector) => {
      const progress = await progressReporter(io, json, "settlements");
      const off = connector.on("progress", progress.update);
      // Ctrl-C stops between steps: nothing half-posts, the next sync goes on from there.
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      try {
        const report = await connector.run("settlements", { signal: stop.signal });
        progress.done();
        return printRunReport(report, json, io);
      } finally {
        progress.done();
        off();
        process.off("SIGINT", onSignal);
      }
    });
  });
}
