import { redactText } from "./redact.js";

export type LogLevel = "debug" | "info" | "warn" | "error";

/** Structured log fields. Values pass through {@link redactText} before any sink sees them. */
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * Where ml-connector writes diagnostics. Plug in pino, winston or your own; the default writes
 * nothing. Secrets, tokens and buyer PII never reach a logger: the pipeline passes only redacted
 * fields, and {@link redactingLogger} scrubs what a host logs through it too.
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that drops everything. The default. */
export const silentLogger: Logger = Object.freeze({
  debug() {},
  info() {},
  warn() {},
  error() {},
});

const levels: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * A logger that writes one JSON line per entry to `write` (default: stderr).
 * @example
 * const logger = consoleLogger({ level: "info" });
 */
export function consoleLogger(
  options: { level?: LogLevel; write?: (line: string) => void; now?: () => number } = {},
): Logger {
  const min = levels[options.level ?? "info"];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? Date.now;
  const log = (level: LogLevel) => (message: string, fields?: LogFields) => {
    if (levels[level] < min) return;
    write(JSON.stringify({ time: new Date(now()).toISOString(), level, message, ...fields }));
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/**
 * Wraps a logger so that every message and field is scrubbed of registered secrets and
 * token-shaped strings before the inner logger sees it.
 */
export function redactingLogger(inner: Logger): Logger {
  const scrub = (message: string, fields?: LogFields): [string, LogFields | undefined] => [
    redactText(message),
    fields === undefined ? undefined : (JSON.parse(redactText(JSON.stringify(fields))) as LogFields),
  ];
  return {
    debug: (m, f) => inner.debug(...scrub(m, f)),
    info: (m, f) => inner.info(...scrub(m, f)),
    warn: (m, f) => inner.warn(...scrub(m, f)),
    error: (m, f) => inner.error(...scrub(m, f)),
  };
}
