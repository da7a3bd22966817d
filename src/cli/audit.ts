/**
 * `ml-connector audit --db FILE [--record R] [--status S] [--kind call|transition] [--since ISO]
 * [--limit N] [--json]`: lists the audit trail of a SQLite store (for example the one `demo --db`
 * leaves): every outbound call (path template, status, attempts, request ids, redacted error) and
 * every record transition. Never prints a sealed request body.
 */
import { existsSync } from "node:fs";
import type { AuditEntry, AuditQuery, StorageAdapter } from "../core/storage.js";
import { type CommandSpec, ExitCode, runCommand, usageError } from "./args.js";
import type { CliIo } from "./run.js";

/** `ml-connector audit`: its options and help. */
export const auditCommand: CommandSpec = {
  name: "audit",
  summary:
    "List the audit trail of a store: a SQLite file (e.g. the one `ml-connector demo --db FILE` leaves) or a configuration's store.",
  options: {
    db: { type: "string", value: "FILE", description: "the SQLite database file" },
    config: {
      type: "string",
      value: "FILE",
      description: "read the store a connector configuration names instead (SQLite or PostgreSQL)",
    },
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
  notes: "Give --db or --config. Sealed request bodies are never printed.",
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
    if ((values.db === undefined) === (values.config === undefined)) {
      return usageError(auditCommand, io, "give --db FILE or --config FILE (one of them)");
    }
    if (typeof values.config === "string") {
      const { loadConnectorConfig } = await import("../sync/config.js");
      const { options } = await loadConnectorConfig(values.config);
      return listAudit(options.storage, values.json === true, query, io);
    }
    const db = String(values.db);
    if (!existsSync(db)) {
      io.stderr(
        `ml-connector audit: no database at ${db} (run \`ml-connector demo --db ${db}\` to make one)\n`,
      );
      return ExitCode.failed;
    }
    const { sqliteStorage } = await import("../storage/sqlite/sqlite-storage.js");
    return listAudit(sqliteStorage({ path: db }), values.json === true, query, io);
  });
}

/** Lists the entries of `storage`'s audit trail, then closes it. */
async function listAudit(
  storage: StorageAdapter,
  json: boolean,
  query: AuditQuery,
  io: CliIo,
): Promise<number> {
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
