/**
 * Argument parsing shared by every `ml-connector` command: `node:util` `parseArgs` in strict mode
 * (an unknown option, or an option missing its value, is a usage error: `--db` at the end of the
 * line is never silently ignored), `--help` per command, and the documented exit codes.
 * @packageDocumentation
 */
import { parseArgs } from "node:util";

/** The exit codes of every command (docs/cli.md lists them). */
export const ExitCode = {
  /** Done, and nothing was wrong. */
  ok: 0,
  /** The command ran and found a problem: a job failed, a settlement does not reconcile, a file or store is missing. */
  failed: 1,
  /** Bad usage: unknown command or option, missing or invalid option value. Nothing was done. */
  usage: 2,
  /** Configuration error: invalid options or mapping (`CONFIG_INVALID`), a missing optional peer (`PEER_MISSING`). */
  config: 3,
} as const;

/** One option of a command. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  /** Placeholder of the value in the help text, e.g. `FILE`. */
  readonly value?: string;
  /** One line for the help text. */
  readonly description: string;
}

/** What a command accepts, and the words its help shows. */
export interface CommandSpec {
  /** As typed after `ml-connector`, e.g. `audit` or `settlement inspect`. */
  readonly name: string;
  /** One line: what the command does. */
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Positional arguments, e.g. `{ names: "<file>", min: 1, max: 1 }`. @default none */
  readonly positionals?: { readonly names: string; readonly min: number; readonly max: number };
  /** Options that must be given. */
  readonly required?: readonly string[];
  /** Extra text under the option list (examples, notes). */
  readonly notes?: string;
}

/** What {@link parseCommandArgs} found. */
export type ParsedArgs =
  | {
      readonly kind: "ok";
      readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
      readonly positionals: readonly string[];
    }
  | { readonly kind: "help" }
  | { readonly kind: "error"; readonly message: string };

/** The one-line usage of a command: `ml-connector audit --db FILE [--json] …`. */
export function usageLine(spec: CommandSpec): string {
  const required = new Set(spec.required ?? []);
  const parts = Object.entries(spec.options).map(([name, o]) => {
    const text = `--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`;
    return required.has(name) ? text : `[${text}]`;
  });
  return ["ml-connector", spec.name, spec.positionals?.names, ...parts].filter(Boolean).join(" ");
}

/** The `--help` text of a command. */
export function helpText(spec: CommandSpec): string {
  const rows: [string, string][] = Object.entries(spec.options).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`,
    `${o.description}${spec.required?.includes(name) ? " (required)" : ""}`,
  ]);
  rows.push(["-h, --help", "show this help"]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return `${spec.summary}

Usage: ${usageLine(spec)}

Options:
${rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join("\n")}
${spec.notes ? `\n${spec.notes.trimEnd()}\n` : ""}
Exit codes: 0 ok, 1 the command found a problem, 2 bad usage, 3 configuration error.
`;
}

/**
 * Parses a command's arguments strictly. `--help`/`-h` anywhere wins over everything else.
 * @example
 * const args = parseCommandArgs(auditSpec, ["--db", "x.sqlite", "--json"]);
 * if (args.kind === "ok") args.values.db; // "x.sqlite"
 */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const end = argv.indexOf("--");
  const flags = end === -1 ? argv : argv.slice(0, end);
  if (flags.includes("--help") || flags.includes("-h")) return { kind: "help" };
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [
      name,
      { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (e) {
    return { kind: "error", message: argumentMessage(e) };
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === "" || (Array.isArray(value) && value.includes(""))) {
      return { kind: "error", message: `--${name} needs a value` };
    }
  }
  const positionals = parsed.positionals;
  const { min = 0, max = 0, names = "" } = spec.positionals ?? {};
  if (positionals.length > max) {
    const extra = positionals.slice(max).map((p) => JSON.stringify(p));
    return {
      kind: "error",
      message:
        max === 0 ? `unexpected argument ${extra.join(" ")}` : `too many arguments: ${extra.join(" ")}`,
    };
  }
  if (positionals.length < min) return { kind: "error", message: `missing ${names}` };
  for (const name of spec.required ?? []) {
    if (parsed.values[name] === undefined) {
      return { kind: "error", message: `--${name} ${spec.options[name]?.value ?? "VALUE"} is required` };
    }
  }
  return { kind: "ok", values: parsed.values, positionals };
}

/** `node:util` phrases its errors for programmers; say the same in the user's words. */
function argumentMessage(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `unknown option ${JSON.stringify(option)}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /'(--?[^' <]+)/.exec(message)?.[1];
    if (/argument missing|ambiguous/.test(message) && option) return `${option} needs a value`;
    if (option && /does not take an argument/.test(message)) return `${option} takes no value`;
  }
  return message.split("\n")[0] ?? message;
}

/** Output sinks, as the CLI passes them. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * Parses `argv` for `spec`, answers `--help` (exit 0) and usage errors (exit 2, with the usage
 * line on stderr), and otherwise runs `body` with the parsed arguments.
 * @example
 * return runCommand(auditSpec, argv, io, async ({ values }) => { ...; return ExitCode.ok; });
 */
export async function runCommand(
  spec: CommandSpec,
  argv: readonly string[],
  io: CommandIo,
  body: (args: Extract<ParsedArgs, { kind: "ok" }>) => Promise<number>,
): Promise<number> {
  const args = parseCommandArgs(spec, argv);
  if (args.kind === "help") {
    io.stdout(helpText(spec));
    return ExitCode.ok;
  }
  if (args.kind === "error") return usageError(spec, io, args.message);
  return body(args);
}

/** Prints a usage error the way every command does, and returns exit code 2. */
export function usageError(spec: CommandSpec, io: CommandIo, message: string): number {
  io.stderr(
    `ml-connector ${spec.name}: ${message}\nusage: ${usageLine(spec)}\n(see ml-connector ${spec.name} --help)\n`,
  );
  return ExitCode.usage;
}
