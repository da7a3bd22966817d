import { statSync } from "node:fs";
import { dirname } from "node:path";
import type Database from "better-sqlite3";
import { z } from "zod";
import { systemClock } from "../../core/clock.js";
import { isConnectorError, StorageError } from "../../core/errors.js";
import { intOption, objectWith, parseOptions, storageOptionsShape } from "../../core/options.js";
import { loadPeer } from "../../core/peer.js";
import {
  type AuditCallEntry,
  type AuditEntry,
  type AuditRow,
  type AuditTransitionEntry,
  auditFromRow,
  auditRowForCall,
  auditRowForTransition,
  type ClaimOptions,
  type ClaimResult,
  checkAuditId,
  checkBlob,
  checkCompletedAt,
  checkDocumentMeta,
  checkKey,
  checkLeaseMs,
  checkPackedDocument,
  checkRateLimitState,
  checkRecordInput,
  checkString,
  checkTransition,
  clampLimit,
  closedError,
  conflict,
  copyBytes,
  type DedupRow,
  type DocumentInfo,
  type DocumentMeta,
  type DocumentRow,
  decideClaim,
  decideReopen,
  dedupEntry,
  defaultOwner,
  documentInfoFromRow,
  documentValues,
  type EncryptedBlob,
  fromStates,
  holdsLease,
  leaseLost,
  newRecordRow,
  newToken,
  type PackedDocument,
  packDocument,
  packedDocumentRow,
  type RateLimitState,
  type RecordRow,
  rateLimitState,
  recordFromRow,
  type StorageAdapter,
  StorageErrorCode,
  type StorageOptions,
  type StoredCredential,
  toJson,
  transitionAudit,
  unpackDocument,
  wholeMilliseconds,
} from "../../core/storage.js";
import { sqliteMigrations } from "./migrations.js";

/** Options of {@link sqliteStorage}. */
export interface SqliteStorageOptions extends StorageOptions {
  /**
   * Database file; created when missing. `":memory:"` gives a private in-memory database.
   * Give either `path` or `database`.
   */
  readonly path?: string;
  /** An open better-sqlite3 database to use instead of `path`; `close()` leaves it open. */
  readonly database?: Database.Database;
  /**
   * How long a write waits for another process's write lock before failing, in milliseconds.
   * @default 5000
   */
  readonly busyTimeoutMs?: number;
  /**
   * Apply pending migrations when the adapter is created.
   * @default true
   */
  readonly migrate?: boolean;
}

interface RawAuditRow {
  id: number | bigint;
  kind: "call" | "transition";
  at: number;
  record: string | null;
  status: string | null;
  entry: string;
  body_key_version: number | null;
  body_iv: Uint8Array | null;
  body_ciphertext: Uint8Array | null;
  body_tag: Uint8Array | null;
  body_aad: string | null;
}

/** What `path` must be: a file (or `:memory:`) in a directory that exists, never a directory. */
function checkDatabasePath(path: string, ctx: z.RefinementCtx): void {
  if (path === ":memory:" || path.startsWith("file:")) return;
  const kind = (p: string) => {
    try {
      return statSync(p).isDirectory() ? "directory" : "file";
    } catch {
      return "missing";
    }
  };
  if (kind(path) === "directory") {
    ctx.addIssue({ code: "custom", message: "is a directory: give the path of a database file inside it" });
  } else if (kind(dirname(path)) !== "directory") {
    ctx.addIssue({
      code: "custom",
      message: "its directory does not exist: create it, or choose another path",
    });
  }
}

const sqliteOptionsSchema = z
  .looseObject(
    {
      ...storageOptionsShape,
      path: z
        .string({ error: "must be a file path" })
        .min(1, "must not be empty")
        .superRefine(checkDatabasePath)
        .optional(),
      database: objectWith<Database.Database>(
        "an open better-sqlite3 Database",
        "prepare",
        "exec",
      ).optional(),
      busyTimeoutMs: intOption(0).optional(),
      migrate: z.boolean({ error: "must be true or false" }).optional(),
    },
    { error: "options must be an object" },
  )
  .refine((o) => o.path !== undefined || o.database !== undefined, {
    message: "required: give `path` (a database file) or `database` (an open better-sqlite3 Database)",
    path: ["path"],
  });

/**
 * The embedded default: one SQLite file (WAL mode) on better-sqlite3, shared safely by the
 * processes of one machine. Leases use `BEGIN IMMEDIATE` transactions.
 * @example
 * import { sqliteStorage } from "ml-connector/storage/sqlite";
 * const storage = sqliteStorage({ path: "./ml-connector.sqlite" });
 */
export function sqliteStorage(options: SqliteStorageOptions): StorageAdapter {
  parseOptions(sqliteOptionsSchema, options, {
    system: "storage",
    operation: "sqliteStorage",
    // A file path is not a secret, and the user needs it to find the mistake.
    ...(typeof options?.path === "string" ? { file: options.path } : {}),
  });
  const clock = wholeMilliseconds(options.clock ?? systemClock);
  const owner = options.owner ?? defaultOwner();
  const ownsDatabase = options.database === undefined;
  let db: Database.Database;
  try {
    if (options.database) db = options.database;
    else {
      const Driver = loadPeer<typeof Database>("better-sqlite3");
      db = new Driver(options.path as string, { timeout: options.busyTimeoutMs ?? 5000 });
    }
  } catch (cause) {
    if (isConnectorError(cause)) throw cause;
    throw new StorageError(`Could not open the SQLite database ${options.path ?? ""}`.trim(), {
      code: StorageErrorCode.Unavailable,
      cause,
      where: { system: "storage", operation: "open", ...(options.path ? { file: options.path } : {}) },
      hint: "check that the directory exists and is writable, and that `path` (or `database`) is given",
    });
  }
  let closed = false;

  const run = <T>(operation: string, fn: () => T): T => {
    if (closed || !db.open) throw closedError("sqlite");
    try {
      return fn();
    } catch (cause) {
      if (isConnectorError(cause)) throw cause;
      const code = (cause as { code?: unknown }).code;
      const busy = code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
      throw new StorageError(`SQLite ${operation} failed: ${(cause as Error).message}`, {
        code: busy ? StorageErrorCode.Unavailable : StorageErrorCode.Corrupt,
        retryable: busy,
        cause,
        where: { system: "storage", operation },
        hint: busy
          ? "another process held the write lock too long; retry, or raise busyTimeoutMs"
          : "check the database file; run migrate() if it was created by an older version",
      });
    }
  };
  const immediate = <T>(operation: string, fn: () => T): T =>
    run(operation, () => db.transaction(fn).immediate());

  /**
   * `immediate`, waiting for the write lock without blocking the event loop. SQLite's busy handler
   * sleeps inside the call (1, 2, 5, 10 … 100 ms steps), and better-sqlite3 is synchronous: while
   * one rate-limit take waits there, the process's requests already paced sit unsent, so they reach
   * Amazon later than the limiter's refill hold-back allows for. Here the lock is tried without a
   * busy wait and, when taken by another process, tried again a millisecond later, the event loop
   * free in between; the same total wait (`busyTimeoutMs`) applies.
   */
  const immediateYielding = async <T>(operation: string, fn: () => T): Promise<T> => {
    const deadline = Date.now() + (options.busyTimeoutMs ?? 5000);
    const tx = () => db.transaction(fn).immediate();
    for (;;) {
      if (closed || !db.open) throw closedError("sqlite");
      db.pragma("busy_timeout = 0");
      try {
        return tx();
      } catch (cause) {
        const code = (cause as { code?: unknown }).code;
        if ((code !== "SQLITE_BUSY" && code !== "SQLITE_LOCKED") || Date.now() >= deadline)
          return run(operation, () => {
            throw cause;
          });
      } finally {
        db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
      }
      await new Promise((r) => setTimeout(r, 1));
    }
  };

  const migrate = () =>
    run("migrate", () => {
      if (db.memory === false) db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
      db.transaction(() => {
        db.exec(
          "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT",
        );
        const applied = new Set(
          (db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map(
            (r) => r.version,
          ),
        );
        for (const m of sqliteMigrations) {
          if (applied.has(m.version)) continue;
          try {
            db.exec(m.sql);
          } catch (cause) {
            throw new StorageError(`SQLite migration ${m.name} failed`, {
              code: StorageErrorCode.Migration,
              cause,
              where: { system: "storage", operation: "migrate" },
              hint: "the database may have been changed by hand; restore it from a backup",
            });
          }
          db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
            m.version,
            m.name,
            clock.now(),
          );
        }
      }).immediate();
    });

  if (options.migrate ?? true) migrate();

  const insertAudit = (row: Omit<AuditRow, "id">): AuditEntry => {
    const info = db
      .prepare(
        `INSERT INTO audit (kind, at, record, status, entry, body_key_version, body_iv, body_ciphertext, body_tag, body_aad)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        row.kind,
        row.at,
        row.record,
        row.status,
        row.entry,
        row.body?.keyVersion ?? null,
        row.body ? Buffer.from(row.body.iv) : null,
        row.body ? Buffer.from(row.body.ciphertext) : null,
        row.body ? Buffer.from(row.body.tag) : null,
        row.body?.aad ?? null,
      );
    return auditFromRow({ ...row, id: String(info.lastInsertRowid) });
  };

  const getDedup = (key: string) => {
    const r = db.prepare("SELECT * FROM dedup WHERE key = ?").get(key) as
      | {
          key: string;
          state: DedupRow["state"];
          owner: string | null;
          token: string | null;
          expires_at: number | null;
          attempts: number;
          result: string | null;
          created_at: number;
          updated_at: number;
        }
      | undefined;
    return r
      ? ({
          key: r.key,
          state: r.state,
          owner: r.owner,
          token: r.token,
          expiresAt: r.expires_at,
          attempts: r.attempts,
          result: r.result,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
        } satisfies DedupRow)
      : undefined;
  };

  // Claim and reopen take a lease the same way; called inside their IMMEDIATE transaction.
  const takeLease = (
    key: string,
    row: DedupRow | undefined,
    claimOptions: ClaimOptions,
    now: number,
  ): ClaimResult => {
    const who = claimOptions.owner ?? owner;
    const token = newToken();
    const expiresAt = now + claimOptions.leaseMs;
    const attempt = (row?.attempts ?? 0) + 1;
    db.prepare(
      `INSERT INTO dedup (key, state, owner, token, expires_at, attempts, result, created_at, updated_at)
       VALUES (?, 'in-flight', ?, ?, ?, ?, NULL, ?, ?)
       ON CONFLICT (key) DO UPDATE SET state = 'in-flight', owner = excluded.owner, token = excluded.token,
         expires_at = excluded.expires_at, attempts = excluded.attempts, result = NULL, updated_at = excluded.updated_at`,
    ).run(key, who, token, expiresAt, attempt, now, now);
    return { status: "claimed", token, owner: who, expiresAt, attempt };
  };

  const getRecord = (id: string): RecordRow | undefined => {
    const r = db.prepare("SELECT * FROM records WHERE id = ?").get(id) as Record<string, unknown> | undefined;
    return r ? recordRow(r) : undefined;
  };

  const getRateLimit = (bucket: string): RateLimitState | undefined => {
    const r = db
      .prepare("SELECT tokens, refilled_at, paused_until, rate FROM rate_limits WHERE bucket = ?")
      .get(bucket) as
      | { tokens: number; refilled_at: number; paused_until: number | null; rate: number | null }
      | undefined;
    return r ? rateLimitState(r.tokens, r.refilled_at, r.paused_until, r.rate) : undefined;
  };

  const putRateLimit = (bucket: string, next: RateLimitState): RateLimitState => {
    db.prepare(
      `INSERT INTO rate_limits (bucket, tokens, refilled_at, paused_until, rate, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (bucket) DO UPDATE SET tokens = excluded.tokens, refilled_at = excluded.refilled_at,
         paused_until = excluded.paused_until, rate = excluded.rate, updated_at = excluded.updated_at`,
    ).run(bucket, next.tokens, next.refilledAt, next.pausedUntil ?? null, next.rate ?? null, clock.now());
    return next;
  };

  const storeDocument = async (
    key: string,
    packed: PackedDocument,
    meta: DocumentMeta,
  ): Promise<DocumentInfo> => {
    const row = packedDocumentRow(key, packed, meta, clock.now());
    run("documents.put", () =>
      db
        .prepare(
          `INSERT OR REPLACE INTO documents (key, content_type, record, attributes, size, stored_size, sha256, body, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...documentValues(row, packed)),
    );
    return documentInfoFromRow(row);
  };

  return {
    name: "sqlite",
    capabilities: Object.freeze({
      durable: options.path !== ":memory:",
      multiProcess: true,
      multiMachine: false,
    }),
    async migrate() {
      migrate();
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ownsDatabase && db.open) db.close();
    },

    credentials: {
      async put(id, value: EncryptedBlob) {
        checkKey(id, "credentials.put", "id");
        checkBlob(value, "credentials.put");
        const updatedAt = clock.now();
        run("credentials.put", () =>
          db
            .prepare(
              `INSERT INTO credentials (id, key_version, iv, ciphertext, tag, aad, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET key_version = excluded.key_version, iv = excluded.iv,
                 ciphertext = excluded.ciphertext, tag = excluded.tag, aad = excluded.aad, updated_at = excluded.updated_at`,
            )
            .run(
              id,
              value.keyVersion,
              Buffer.from(value.iv),
              Buffer.from(value.ciphertext),
              Buffer.from(value.tag),
              value.aad ?? null,
              updatedAt,
            ),
        );
        return credential({
          id,
          key_version: value.keyVersion,
          iv: value.iv,
          ciphertext: value.ciphertext,
          tag: value.tag,
          aad: value.aad ?? null,
          updated_at: updatedAt,
        });
      },
      async get(id) {
        checkKey(id, "credentials.get", "id");
        const r = run("credentials.get", () =>
          db.prepare("SELECT * FROM credentials WHERE id = ?").get(id),
        ) as Record<string, unknown> | undefined;
        return r ? credential(r) : undefined;
      },
      async delete(id) {
        checkKey(id, "credentials.delete", "id");
        return run(
          "credentials.delete",
          () => db.prepare("DELETE FROM credentials WHERE id = ?").run(id).changes > 0,
        );
      },
      async list() {
        const rows = run("credentials.list", () =>
          db.prepare("SELECT id, key_version, updated_at FROM credentials ORDER BY id").all(),
        ) as { id: string; key_version: number; updated_at: number }[];
        return rows.map((r) => ({ id: r.id, keyVersion: r.key_version, updatedAt: r.updated_at }));
      },
    },

    cursors: {
      async get(key) {
        checkKey(key, "cursors.get");
        const r = run("cursors.get", () => db.prepare("SELECT * FROM cursors WHERE key = ?").get(key)) as
          | { key: string; value: string; version: number; updated_at: number }
          | undefined;
        return r ? { key: r.key, value: r.value, version: r.version, updatedAt: r.updated_at } : undefined;
      },
      async set(key, value, setOptions = {}) {
        checkKey(key, "cursors.set");
        checkString(value, "value", "cursors.set");
        return immediate("cursors.set", () => {
          const row = db.prepare("SELECT value, version FROM cursors WHERE key = ?").get(key) as
            | { value: string; version: number }
            | undefined;
          if (setOptions.expected !== undefined && (row?.value ?? null) !== setOptions.expected) {
            throw conflict("The cursor changed since it was read", "cursors.set", key);
          }
          const next = { key, value, version: (row?.version ?? 0) + 1, updatedAt: clock.now() };
          db.prepare(
            `INSERT INTO cursors (key, value, version, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version, updated_at = excluded.updated_at`,
          ).run(key, value, next.version, next.updatedAt);
          return next;
        });
      },
    },

    dedup: {
      async claim(key, claimOptions): Promise<ClaimResult> {
        checkKey(key, "dedup.claim");
        checkLeaseMs(claimOptions?.leaseMs, "dedup.claim");
        return immediate("dedup.claim", () => {
          const now = clock.now();
          const row = getDedup(key);
          const decision = decideClaim(row, now);
          return decision === "take" ? takeLease(key, row, claimOptions, now) : decision;
        });
      },
      async reopen(key, reopenOptions): Promise<ClaimResult> {
        checkKey(key, "dedup.reopen");
        checkLeaseMs(reopenOptions?.leaseMs, "dedup.reopen");
        checkCompletedAt(reopenOptions.completedAt, "dedup.reopen");
        // In one IMMEDIATE transaction, so of two handles that saw the same completion one reopens it.
        return immediate("dedup.reopen", () => {
          const now = clock.now();
          const row = getDedup(key);
          const decision = decideReopen(row, now, reopenOptions.completedAt);
          return decision === "take" ? takeLease(key, row, reopenOptions, now) : decision;
        });
      },
      async complete(key, token, result = null) {
        checkKey(key, "dedup.complete");
        const text = toJson(result, "dedup.complete");
        immediate("dedup.complete", () => {
          if (!holdsLease(getDedup(key), token)) throw leaseLost(key, "dedup.complete");
          db.prepare(
            "UPDATE dedup SET state = 'done', token = NULL, expires_at = NULL, result = ?, updated_at = ? WHERE key = ?",
          ).run(text, clock.now(), key);
        });
      },
      async release(key, token) {
        checkKey(key, "dedup.release");
        return run(
          "dedup.release",
          () =>
            db
              .prepare(
                `UPDATE dedup SET state = 'released', token = NULL, expires_at = NULL, updated_at = ?
                 WHERE key = ? AND state = 'in-flight' AND token = ?`,
              )
              .run(clock.now(), key, token).changes > 0,
        );
      },
      async extend(key, token, leaseMs) {
        checkKey(key, "dedup.extend");
        checkLeaseMs(leaseMs, "dedup.extend");
        const now = clock.now();
        const changed = run(
          "dedup.extend",
          () =>
            db
              .prepare(
                "UPDATE dedup SET expires_at = ?, updated_at = ? WHERE key = ? AND state = 'in-flight' AND token = ?",
              )
              .run(now + leaseMs, now, key, token).changes,
        );
        if (changed === 0) throw leaseLost(key, "dedup.extend");
        return now + leaseMs;
      },
      async get(key) {
        checkKey(key, "dedup.get");
        const row = run("dedup.get", () => getDedup(key));
        return row ? dedupEntry(row) : undefined;
      },
    },

    audit: {
      async appendCall(entry) {
        const row = auditRowForCall(entry, clock.now());
        return run("audit.appendCall", () => insertAudit(row)) as AuditCallEntry;
      },
      async appendTransition(entry) {
        const row = auditRowForTransition(entry, clock.now());
        return run("audit.appendTransition", () => insertAudit(row)) as AuditTransitionEntry;
      },
      async query(filter = {}) {
        const limit = clampLimit(filter.limit);
        const { where, params, add } = conditions();
        if (filter.kind !== undefined) add("kind = ?", filter.kind);
        if (filter.record !== undefined) add("record = ?", filter.record);
        if (filter.status !== undefined) add("status = ?", String(filter.status));
        if (filter.since !== undefined) add("at >= ?", filter.since);
        if (filter.until !== undefined) add("at < ?", filter.until);
        if (filter.after !== undefined) {
          checkAuditId(filter.after, "audit.query");
          add("id > ?", Number(filter.after));
        }
        const sql = `SELECT * FROM audit ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id LIMIT ?`;
        const rows = run("audit.query", () => db.prepare(sql).all(...params, limit)) as RawAuditRow[];
        return rows.map((r) => auditFromRow(auditRow(r)));
      },
      async get(id) {
        checkAuditId(id, "audit.get");
        const r = run("audit.get", () => db.prepare("SELECT * FROM audit WHERE id = ?").get(Number(id))) as
          | RawAuditRow
          | undefined;
        return r ? auditFromRow(auditRow(r)) : undefined;
      },
    },

    records: {
      async upsert(record) {
        checkRecordInput(record);
        const data = toJson(record.data, "records.upsert");
        return immediate("records.upsert", () => {
          const now = clock.now();
          const row = getRecord(record.id);
          if (row) {
            if (data === null) return recordFromRow(row);
            const next: RecordRow = { ...row, data, version: row.version + 1, updatedAt: now };
            db.prepare("UPDATE records SET data = ?, version = ?, updated_at = ? WHERE id = ?").run(
              data,
              next.version,
              now,
              row.id,
            );
            return recordFromRow(next);
          }
          const created = newRecordRow(record, data, now);
          db.prepare(
            "INSERT INTO records (id, kind, state, version, data, reason, created_at, updated_at) VALUES (?, ?, ?, 1, ?, NULL, ?, ?)",
          ).run(created.id, created.kind, created.state, data, now, now);
          insertAudit(
            auditRowForTransition(transitionAudit(created, created.state, undefined, undefined), now),
          );
          return recordFromRow(created);
        });
      },
      async create(record) {
        checkRecordInput(record);
        const data = toJson(record.data, "records.create");
        return immediate("records.create", () => {
          const now = clock.now();
          // INSERT OR IGNORE inside the write lock: of two creators, the second inserts nothing.
          const inserted = db
            .prepare(
              "INSERT OR IGNORE INTO records (id, kind, state, version, data, reason, created_at, updated_at) VALUES (?, ?, ?, 1, ?, NULL, ?, ?)",
            )
            .run(record.id, record.kind, record.state, data, now, now);
          if (inserted.changes === 0) return false;
          const created = newRecordRow(record, data, now);
          insertAudit(
            auditRowForTransition(transitionAudit(created, created.state, undefined, undefined), now),
          );
          return true;
        });
      },
      async get(id) {
        checkKey(id, "records.get", "id");
        const row = run("records.get", () => getRecord(id));
        return row ? recordFromRow(row) : undefined;
      },
      async list(filter = {}) {
        const limit = clampLimit(filter.limit);
        const { where, params, add } = conditions();
        if (filter.kind !== undefined) add("kind = ?", filter.kind);
        if (filter.state !== undefined) add("state = ?", filter.state);
        if (filter.after !== undefined) add("id > ?", filter.after);
        const sql = `SELECT * FROM records ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id LIMIT ?`;
        const rows = run("records.list", () => db.prepare(sql).all(...params, limit)) as Record<
          string,
          unknown
        >[];
        return rows.map((r) => recordFromRow(recordRow(r)));
      },
      async transition(id, from, to, detail) {
        checkKey(id, "records.transition", "id");
        checkKey(to, "records.transition", "to");
        const states = fromStates(from);
        const data = detail?.data !== undefined ? toJson(detail.data, "records.transition") : undefined;
        return immediate("records.transition", () => {
          const row = checkTransition(id, getRecord(id), states, detail);
          const now = clock.now();
          const next: RecordRow = {
            ...row,
            state: to,
            version: row.version + 1,
            ...(data !== undefined ? { data } : {}),
            reason: detail?.reason ?? null,
            updatedAt: now,
          };
          db.prepare(
            "UPDATE records SET state = ?, version = ?, data = ?, reason = ?, updated_at = ? WHERE id = ?",
          ).run(next.state, next.version, next.data, next.reason, now, id);
          insertAudit(auditRowForTransition(transitionAudit(next, to, row.state, detail), now));
          return recordFromRow(next);
        });
      },
    },

    rateLimits: {
      async get(bucket) {
        checkKey(bucket, "rateLimits.get", "bucket");
        return run("rateLimits.get", () => getRateLimit(bucket));
      },
      async update(bucket, fn) {
        checkKey(bucket, "rateLimits.update", "bucket");
        return immediateYielding("rateLimits.update", () =>
          putRateLimit(bucket, checkRateLimitState(fn(getRateLimit(bucket)), bucket)),
        );
      },
      // No `take`: a write transaction here is already one synchronous step, and `update` lets the
      // limiter read its clock once the lock is held (BEGIN IMMEDIATE may have slept in SQLite's
      // busy handler while another process wrote), where `take` is handed a clock reading from
      // before the wait. A late reading shortens the refill hold-back by the wait.
    },

    documents: {
      async put(key, body, meta = {}) {
        checkKey(key, "documents.put");
        checkDocumentMeta(meta);
        return storeDocument(key, await packDocument(body), meta);
      },
      async putPacked(key, packed, meta = {}) {
        checkKey(key, "documents.putPacked");
        checkDocumentMeta(meta);
        checkPackedDocument(packed);
        return storeDocument(key, packed, meta);
      },
      async get(key) {
        checkKey(key, "documents.get");
        const r = run("documents.get", () => db.prepare("SELECT * FROM documents WHERE key = ?").get(key)) as
          | Record<string, unknown>
          | undefined;
        if (!r) return undefined;
        const info = documentInfoFromRow(documentRow(r));
        return { ...info, body: await unpackDocument(key, r.body as Uint8Array, info.sha256) };
      },
      async list(filter = {}) {
        const limit = clampLimit(filter.limit);
        const { where, params, add } = conditions();
        if (filter.prefix !== undefined) {
          add("substr(key, 1, ?) = ?", filter.prefix.length, filter.prefix);
        }
        if (filter.record !== undefined) add("record = ?", filter.record);
        const sql = `SELECT key, content_type, record, attributes, size, stored_size, sha256, created_at FROM documents
          ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY key LIMIT ?`;
        const rows = run("documents.list", () => db.prepare(sql).all(...params, limit)) as Record<
          string,
          unknown
        >[];
        return rows.map((r) => documentInfoFromRow(documentRow(r)));
      },
    },
  };
}

function credential(r: Record<string, unknown>): StoredCredential {
  return {
    id: r.id as string,
    keyVersion: Number(r.key_version),
    iv: copyBytes(r.iv as Uint8Array),
    ciphertext: copyBytes(r.ciphertext as Uint8Array),
    tag: copyBytes(r.tag as Uint8Array),
    ...(r.aad !== null && r.aad !== undefined ? { aad: r.aad as string } : {}),
    updatedAt: Number(r.updated_at),
  };
}

function recordRow(r: Record<string, unknown>): RecordRow {
  return {
    id: r.id as string,
    kind: r.kind as string,
    state: r.state as string,
    version: Number(r.version),
    data: (r.data as string | null) ?? null,
    reason: (r.reason as string | null) ?? null,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

function documentRow(r: Record<string, unknown>): DocumentRow {
  return {
    key: r.key as string,
    contentType: r.content_type as string,
    record: (r.record as string | null) ?? null,
    attributes: r.attributes as string,
    size: Number(r.size),
    storedSize: Number(r.stored_size),
    sha256: r.sha256 as string,
    createdAt: Number(r.created_at),
  };
}

function auditRow(r: RawAuditRow): AuditRow {
  return {
    id: String(r.id),
    kind: r.kind,
    at: Number(r.at),
    record: r.record,
    status: r.status,
    entry: r.entry,
    body:
      r.body_ciphertext && r.body_iv && r.body_tag
        ? {
            keyVersion: Number(r.body_key_version),
            iv: copyBytes(r.body_iv),
            ciphertext: copyBytes(r.body_ciphertext),
            tag: copyBytes(r.body_tag),
            ...(r.body_aad !== null ? { aad: r.body_aad } : {}),
          }
        : null,
  };
}

function conditions() {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  return { where, params, add };
}
