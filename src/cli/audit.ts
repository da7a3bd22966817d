/**
 * `ml-connector audit --db FILE [--record R] [--status S] [--kind call|transition] [--since ISO]
 * [--limit N] [--json]`: lists the audit trail of a SQLite store (for example the one `demo --db`
 * leaves): every outbound call (path template, status, attempts, request ids, redacted error) and
 * every record transition. Never prints a sealed request body.
 */
import { existsSync } from "node:fs";
import type { AuditEntry, AuditQuery } from "../core/storage.js";
import { type CommandSpec, ExitCode, runCommand, usageError } from "./args.js";
import type { CliIo } from "./run.js";

/** `ml-connector audit`: its options and help. */
export const auditCommand: CommandSpec = {
  name: "audit",
  summary: "List the audit trail of a SQLite store (e.g. the one `ml-connector demo --db FILE` leaves).",
  options: {
    db: { type: "string", value: "FILE", description: "the SQLite database file" },
    record: { type: "string", value: "R", description: "only entries about this record" },
    status: {
      type: "string",
      value: "S",
      description: "only calls with this status (e.g. 429) or transitions to this state",
    },
    kind: {
      type: "string",
      value: "call|transition",
      description: "only outbound calls, or only record transitions",
    },
    since: { type: "string", value: "ISO-DATE", description: "only entries at or after this time" },
    limit: { type: "string", value: "N", description: "at most N entries, 1 to 10000 (default 100)" },
    json: { type: "boolean", description: "print JSON instead of one line per entry" },
  },
  required: ["db"],
  notes: "Sealed request bodies are never printed.",
};

/** Checks the option values `node:util` cannot: returns the query, or a usage error message. */
function auditQuery(values: Readonly<Record<string, unknown>>): AuditQuery | string {
  const query: { -readonly [K in keyof AuditQuery]: AuditQuery[K] } = { limit: 100 };
  if (typeof values.record === "string") query.record = values.record;
  if (typeof values.status === "string") query.status = values.status;
  if (typeof values.kind === "string") {
    if (values.kind !== "call" && values.kind !== "transition")
      return `--kind must be "call" or "transition", not ${JSON.stringify(values.kind)}`;
    query.kind = values.kind;
  }
  if (typeof values.since === "string") {
    const at = Date.parse(values.since);
    if (Number.isNaN(at)) return `--since must be an ISO date, not ${JSON.stringify(values.since)}`;
    query.since = at;
  }
  if (typeof values.limit === "string") {
    const n = Number(values.limit);
    if (!Number.isInteger(n) || n < 1 || n > 10_000) return "--limit must be a whole number from 1 to 10000";
    query.limit = n;
  }
  return query;
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
export function audit(argv: string[], io: CliIo): Promise<number> {
  return runCommand(auditCommand, argv, io, async ({ values }) => {
    const query = auditQuery(values);
    if (typeof query === "string") return usageError(auditCommand, io, query);
    return listAudit(String(values.db), values.json === true, query, io);
  });
}

async function listAudit(db: string, json: boolean, query: AuditQuery, io: CliIo): Promise<number> {
  if (!existsSync(db)) {
    io.stderr(
      `ml-connector audit: no database at ${db} (run \`ml-connector demo --db ${db}\` to make one)\n`,
    );
    return ExitCode.failed;
  }
  const { sqliteStorage } = await import("../storage/sqlite/sqlite-storage.js");
  const storage = sqliteStorage({ path: db });
  try {
    await storage.migrate();
    const entries = await storage.audit.query(query);
    if (json) {
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
    return ExitCode.ok;
  } finally {
    await storage.close();
  }
}
