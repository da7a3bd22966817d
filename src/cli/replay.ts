/**
 * `ml-connector replay --config FILE (--settlement ID | --parked | --failed) [--json]`: tries
 * parked or failed settlements again once their cause is fixed (the mapping extended, an account
 * created in D365). Records in other states are left alone.
 */
import type { ReplayTarget } from "../sync/connector.js";
import { type CommandSpec, runCommand, usageError } from "./args.js";
import { configOption, foundNothing, progressReporter, withConfiguredConnector } from "./connector-cli.js";
import type { CliIo } from "./run.js";
import { printRunReport } from "./sync.js";

/** `ml-connector replay`: its options and help. */
export const replayCommand: CommandSpec = {
  name: "replay",
  summary: "Try parked or failed settlements again, once their cause is fixed.",
  options: {
    config: configOption,
    settlement: {
      type: "string",
      value: "ID",
      description: "every report of this settlement id (or a record id)",
    },
    parked: { type: "boolean", description: "every parked settlement" },
    failed: { type: "boolean", description: "every failed settlement" },
    json: { type: "boolean", description: "print the run report as JSON" },
  },
  required: ["config"],
  notes:
    "Give exactly one of --settlement, --parked, --failed. Exit code 1 when any is still parked or failed.",
};

/** Runs `ml-connector replay`. Returns the exit code. */
export function replay(argv: string[], io: CliIo): Promise<number> {
  return runCommand(replayCommand, argv, io, async ({ values }) => {
    const targets: ReplayTarget[] = [
      ...(typeof values.settlement === "string" ? [values.settlement] : []),
      ...(values.parked === true ? [{ state: "parked" } as const] : []),
      ...(values.failed === true ? [{ state: "failed" } as const] : []),
    ];
    if (targets.length !== 1) {
      return usageError(replayCommand, io, "give exactly one of --settlement ID, --parked, --failed");
    }
    const json = values.json === true;
    return withConfiguredConnector(String(values.config), async (connector) => {
      const progress = await progressReporter(io, json, "replay");
      const off = connector.on("progress", progress.update);
      // Ctrl-C stops between steps, as in sync: nothing half-posts.
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      try {
        const report = await connector.replay(targets[0] as ReplayTarget, { signal: stop.signal });
        progress.done();
        return printRunReport(report, json, io);
      } catch (e) {
        progress.done();
        const code = foundNothing(e, io, "replay", json);
        if (code !== undefined) return code;
        throw e;
      } finally {
        off();
        process.off("SIGINT", onSignal);
      }
    });
  });
}
