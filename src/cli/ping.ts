/**
 * `ml-connector ping --config FILE [--json]`: runs `checkConnection` with a connector's options
 * and prints the checklist (✓/✗, each failure with its fix). Exit 1 when anything fails.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError } from "../core/errors.js";
import type { ConnectorOptions } from "../sync/options.js";
import { type ConnectionReport, checkConnection } from "../sync/ping.js";
import { type CommandIo, type CommandSpec, ExitCode, runCommand } from "./args.js";

/** What `ml-connector ping` accepts. */
export const pingSpec: CommandSpec = {
  name: "ping",
  summary:
    "Checks that a connector fits its accounts before a first run: LWA and Entra tokens, marketplaces, D365 $metadata, mapped master data. Read-only.",
  options: {
    config: {
      type: "string",
      value: "FILE",
      description: "the connector configuration (a JavaScript module whose default export is the options)",
    },
    json: { type: "boolean", description: "print the checklist as JSON" },
  },
  required: ["config"],
  notes: `Each failed check prints what to fix. Exit 1 when any check fails.
Example: ml-connector ping --config connector.config.mjs`,
};

/** Reads connector options from a file. */
export type ConfigLoader = (path: string) => Promise<ConnectorOptions>;

/**
 * Loads options from a JavaScript module: its default export (or `options` export) is the options
 * object, or a function (sync or async) returning it. A module, since the options hold live
 * objects (the storage adapter, the vault) that JSON cannot.
 * @throws ConfigError when the file cannot be imported or exports no options.
 */
export async function loadOptionsModule(path: string): Promise<ConnectorOptions> {
  const where = { system: "local", operation: "ping", field: "--config" } as const;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  } catch (e) {
    throw new ConfigError(
      `Cannot load the configuration ${path}: ${e instanceof Error ? e.message : String(e)}`,
      {
        issues: [{ code: "not_loadable", path: ["config"], message: `cannot import ${path}` }],
        where,
        hint: "give a JavaScript module (.mjs/.js) whose default export is the createConnector options",
      },
    );
  }
  const exported = mod.default ?? mod.options;
  const value = typeof exported === "function" ? await (exported as () => unknown)() : exported;
  if (typeof value !== "object" || value === null) {
    throw new ConfigError(`The configuration ${path} exports no connector options`, {
      issues: [{ code: "no_options", path: ["config"], message: "no default export of options" }],
      where,
      hint: "export default { storage, vault, amazon: { sellers: [...] }, d365: {...}, mapping }",
    });
  }
  return value as ConnectorOptions;
}

/** The checklist as a person reads it. */
export function formatChecklist(report: ConnectionReport): string {
  const failed = report.checks.filter((c) => !c.ok).length;
  const lines = [
    failed === 0
      ? `All ${report.checks.length} checks passed.`
      : `${failed} of ${report.checks.length} checks failed.`,
  ];
  for (const c of report.checks) {
    lines.push(`${c.ok ? "✓" : "✗"} ${c.title}: ${c.detail}`);
    if (!c.ok && c.fix) lines.push(`    fix: ${c.fix}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The command's core without a file: checks `options`, prints the checklist (or JSON), and returns
 * the exit code (0 all passed, 1 any failed).
 * @throws ConfigError when the options are invalid (the CLI exits 3).
 */
export async function pingCommand(
  options: ConnectorOptions,
  io: CommandIo,
  format: { readonly json?: boolean } = {},
): Promise<number> {
  const report = await checkConnection(options);
  io.stdout(format.json ? `${JSON.stringify(report, null, 2)}\n` : formatChecklist(report));
  return report.ok ? ExitCode.ok : ExitCode.failed;
}

/** `ml-connector ping`, reading its options with `load`. */
export function createPing(load: ConfigLoader) {
  return (argv: string[], io: CommandIo): Promise<number> =>
    runCommand(pingSpec, argv, io, async ({ values }) =>
      pingCommand(await load(String(values.config)), io, { json: values.json === true }),
    );
}

/** `ml-connector ping --config FILE [--json]`: a JSON/YAML config file, or a JavaScript module of options. */
export const ping = createPing(async (file) => {
  if (/\.(c|m)?(j|t)s$/.test(file)) return loadOptionsModule(file);
  const { loadConnectorConfig } = await import("../sync/config.js");
  return (await loadConnectorConfig(file)).options;
});
