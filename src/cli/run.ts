import { createRequire } from "node:module";
import { isConnectorError } from "../core/errors.js";
import { ExitCode } from "./args.js";

/** Output sinks of the CLI, injectable so tests capture what a user would see. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when standard error is a terminal: long commands then show a spinner instead of lines. */
  readonly stderrIsTTY?: boolean;
}

const USAGE = `ml-connector — Amazon Seller Central (SP-API) ↔ Dynamics 365 Finance & Operations

Usage:
  ml-connector demo [--json] [--db FILE] [--out DIR]
                                                 run the whole job against the built-in simulators (no accounts)
  ml-connector simulate [--port N] [--seed N] [--settlements DIR] [--json]
                                                 serve the simulators on 127.0.0.1 for connectors in other processes
  ml-connector ping --config FILE [--json]       check credentials, marketplaces, D365 metadata and master data before a first run
  ml-connector settlement inspect <file> [--json]
                                                 parse a settlement flat file (V2 or V1) and check it reconciles
  ml-connector sync --config FILE [--flow settlements|orders|inventory|provisional|listings] [--json]
                                                 run one flow of the connector once as the configuration file says
  ml-connector replay --config FILE (--settlement ID | --parked | --failed) [--json]
                                                 try parked or failed settlements again
  ml-connector report --config FILE --out FILE [--json]
                                                 write the reconciliation page (HTML) from the store
  ml-connector audit (--db FILE | --config FILE) [--record R] [--status S] [--kind call|transition] [--since DATE] [--limit N] [--json]
                                                 list the audit trail of a SQLite store (e.g. one left by demo --db)
  ml-connector help [COMMAND]                    this text, or a command's options (same as COMMAND --help)
  ml-connector --version                         the installed version

Exit codes: 0 ok, 1 the command found a problem (a job failed, a settlement does not reconcile),
2 bad usage, 3 configuration error (invalid options or mapping, a missing optional dependency).
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

// One line per command, each loaded only when run: keeps `ml-connector --help` fast and lets a
// command's optional peers stay unloaded until it runs.
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  demo: async () => (await import("./demo.js")).demo,
  audit: async () => (await import("./audit.js")).audit,
  simulate: async () => (await import("./simulate.js")).simulate,
  sync: async () => (await import("./sync.js")).sync,
  replay: async () => (await import("./replay.js")).replay,
  report: async () => (await import("./report.js")).report,
  ping: async () => (await import("./ping.js")).ping,
  settlement: async () => async (argv, io) => {
    const [sub, ...rest] = argv;
    if (sub === "--help" || sub === "-h" || sub === undefined) {
      io[sub === undefined ? "stderr" : "stdout"]("usage: ml-connector settlement inspect <file> [--json]\n");
      return sub === undefined ? ExitCode.usage : ExitCode.ok;
    }
    if (sub !== "inspect") {
      io.stderr(
        `ml-connector settlement: unknown subcommand ${JSON.stringify(sub)}; try "settlement inspect <file>"\n`,
      );
      return ExitCode.usage;
    }
    return (await import("./settlement-inspect.js")).settlementInspect(rest, io);
  },
};

/** The version in ml-connector's own package.json (found through the package's self-reference). */
export function cliVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("ml-connector/package.json") as { version: string }).version;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code (see docs/cli.md). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V") {
    io.stdout(`${cliVersion()}\n`);
    return ExitCode.ok;
  }
  if (name === "help" && rest[0] !== undefined && Object.hasOwn(commands, rest[0])) {
    return runCli([rest[0], "--help"], io);
  }
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io[name === undefined ? "stderr" : "stdout"](USAGE);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`ml-connector: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return ExitCode.usage;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    // Bad configuration and missing optional peers are the user's to fix, with the hint the error carries.
    if (isConnectorError(e) && (e.code === "CONFIG_INVALID" || e.code === "PEER_MISSING")) {
      io.stderr(`ml-connector ${name}: ${e.message}\n`);
      return ExitCode.config;
    }
    throw e;
  }
}
