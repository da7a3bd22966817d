/**
 * `ml-connector audit --db FILE [--record R] [--status S] [--kind call|transition] [--since ISO]
 * [--limit N] [--json]`: lists the audit trail of a SQLite store (for example the one `demo --db`
 * leaves): every outbound call (path template, status, attempts, request ids, redacted error) and
 * every record transition. Never prints a sealed request body.
 */
import { existsSync } from "node:fs";
import type { AuditEntry, AuditQuery } from "../core/storage.js";
import type { CliIo } from "./run.js";

const USAGE =
  "usage: ml-connector audit --db FILE [--record R] [--status S] [--kind call|transition] [--since ISO-DATE] [--limit N] [--json]\n";

interface AuditArgs {
  readonly db: string;
  readonly json: boolean;
  readonly query: AuditQuery;
}

function parseArgs(argv: readonly string[]): AuditArgs | string {
  let db: string | undefined;
  let json = false;
  const query: { -readonly [K in keyof AuditQuery]: AuditQuery[K] } = { limit: 100 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value`);
      return v;
    };
    try {
      if (flag === "--json") json = true;
      else if (flag === "--db") db = value();
      else if (flag === "--record") query.record = value();
      else if (flag === "--status") query.status = value();
      else if (flag === "--kind") {
        const kind = value();
        if (kind !== "call" && kind !== "transition")
          return `--kind must be "call" or "transition", not ${JSON.stringify(kind)}`;
        query.kind = kind;
      } else if (flag === "--since") {
        const text = value();
        const at = Date.parse(text);
        if (Number.isNaN(at)) return `--since must be an ISO date, not ${JSON.stringify(text)}`;
        query.since = at;
      } else if (flag === "--limit") {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 10_000)
          return "--limit must be a whole number from 1 to 10000";
        query.limit = n;
      } else return `unknown option ${JSON.stringify(flag)}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (!db) return "--db FILE is required";
  return { db, json, query };
}

function line(e: AuditEntry): string {
  const at = new Date(e.at).toISOString();
  if (e.kind === "transition") {
    return `${at}  ${e.record}  ${e.previousState ?? "∅"} → ${e.state}${e.ref ? `  ref=${e.ref}` : ""}${e.reason ? `  reason: ${e.reason}` : ""}`;
  }
  const ids = e.requestIds?.requestId ? `  req=${e.requestIds.requestId}` : "";
  const err = e.error ? `  ${e.error.code}: ${e.error.message}` : "";
  const replay = e.replayOf ? `  replay-of=${e.replayOf}` : "";
  return `${at}  #${e.id}  ${e.system} ${e.operation} ${e.method} ${e.path}  ${e.status ?? "no answer"}  ×${e.attempt}  ${e.latencyMs} ms${ids}${replay}${err}`;
}

/** Runs `ml-connector audit`. Returns the exit code. */
export async function audit(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.stderr(`ml-connector audit: ${args}\n${USAGE}`);
    return 2;
  }
  if (!existsSync(args.db)) {
    io.stderr(
      `ml-connector audit: no database at ${args.db} (run \`ml-connector demo --db ${args.db}\` to make one)\n`,
    );
    return 1;
  }
  const { sqliteStorage } = await import("../storage/sqlite/sqlite-storage.js");
  const storage = sqliteStorage({ path: args.db });
  try {
    await storage.migrate();
    const entries = await storage.audit.query(args.query);
    if (args.json) {
      // Sealed bodies stay in the database: they are ciphertext, and useless here.
      io.stdout(
        `${JSON.stringify(
          entries.map((e) => (e.kind === "call" ? { ...e, body: undefined } : e)),
          null,
          2,
        )}\n`,
      );
    } else {
      for (const e of entries) io.stdout(`${line(e)}\n`);
      io.stdout(`${entries.length} entr${entries.length === 1 ? "y" : "ies"}\n`);
    }
    return 0;
  } finally {
    await storage.close();
  }
}
