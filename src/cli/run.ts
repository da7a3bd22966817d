/** Output sinks of the CLI, injectable so tests capture what a user would see. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const USAGE = `ml-connector — Amazon Seller Central (SP-API) ↔ Dynamics 365 Finance & Operations

Usage:
  ml-connector demo [--json] [--db FILE]         run the whole job against the built-in simulators (no accounts)
  ml-connector simulate [--port N] [--seed N] [--settlements DIR] [--json]
                                                 serve the simulators on 127.0.0.1 for connectors in other processes
  ml-connector settlement inspect <file> [--json]
                                                 parse a settlement flat file (V2 or V1) and check it reconciles
  ml-connector audit --db FILE [--record R] [--status S] [--kind call|transition] [--since DATE] [--limit N] [--json]
                                                 list the audit trail of a SQLite store (e.g. one left by demo --db)
  ml-connector help                              this text

Exit codes: 0 ok, 1 the job found a problem (e.g. a settlement that does not reconcile), 2 bad usage.
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

const commands: Readonly<Record<string, () => Promise<Command>>> = {
  demo: async () => (await import("./demo.js")).demo,
  audit: async () => (await import("./audit.js")).audit,
  simulate: async () => (await import("./simulate.js")).simulate,
  settlement: async () => async (argv, io) => {
    const [sub, ...rest] = argv;
    if (sub !== "inspect") {
      io.stderr(
        `ml-connector settlement: unknown subcommand ${JSON.stringify(sub ?? "")}; try "settlement inspect <file>"\n`,
      );
      return 2;
    }
    return (await import("./settlement-inspect.js")).settlementInspect(rest, io);
  },
};

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`ml-connector: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  const command = await load();
  return command(rest, io);
}
