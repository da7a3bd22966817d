import type pg from "pg";
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
  checkRateLimitTake,
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
  leaseLost,
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
import { postgresMigrations } from "./migrations.js";

/** Anything that runs a parameterised query: a `pg.Pool` or a checked-out `pg.PoolClient`. */
type Queryable = Pick<pg.PoolClient, "query">;
type Row = Record<string, unknown>;

/** Options of {@link postgresStorage}. */
export interface PostgresStorageOptions extends StorageOptions {
  /** A pool the host owns; `close()` leaves it open. Give either `pool` or `connectionString`. */
  readonly pool?: pg.Pool;
  /** A connection string; the adapter opens (and on `close()` ends) its own pool. */
  readonly connectionString?: string;
  /**
   * Schema holding the tables; created by `migrate()`. Lower-case letters, digits and `_`.
   * @default "ml_connector"
   */
  readonly schema?: string;
  /**
   * Apply pending migrations before the first operation.
   * @default true
   */
  readonly migrate?: boolean;
  /**
   * Size of the pool opened for `connectionString`.
   * @default 10
   */
  readonly poolSize?: number;
}

const postgresOptionsSchema = z
  .looseObject(
    {
      ...storageOptionsShape,
      pool: objectWith<pg.Pool>("a pg Pool", "query", "connect").optional(),
      connectionString: z
        .string({ error: "must be a string" })
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// (or postgresql://) URL")
        .optional(),
      schema: z
        .string({ error: "must be a string" })
        .regex(
          /^[a-z_][a-z0-9_]{0,62}$/,
          "must be lower-case letters, digits and _ (at most 63), starting with a letter or _",
        )
        .optional(),
      migrate: z.boolean({ error: "must be true or false" }).optional(),
      poolSize: intOption(1).optional(),
    },
    { error: "options must be an object" },
  )
  .refine((o) => o.pool !== undefined || o.connectionString !== undefined, {
    message: "required: give `pool` (a pg Pool you own) or `connectionString`",
    path: ["pool"],
  });

/**
 * PostgreSQL storage on `pg`, for many workers on many machines. Leases are rows claimed with
 * `FOR UPDATE SKIP LOCKED`, so a worker never queues behind another's lock; times come from the
 * adapter's clock. Migrations are numbered and run under an advisory lock.
 * @example
 * import { Pool } from "pg";
 * import { postgresStorage } from "ml-connector/storage/postgres";
 * const storage = postgresStorage({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) });
 */
export function postgresStorage(options: PostgresStorageOptions): StorageAdapter {
  parseOptions(postgresOptionsSchema, options, { system: "storage", operation: "postgresStorage" });
  const clock = wholeMilliseconds(options.clock ?? systemClock);
  const owner = options.owner ?? defaultOwner();
  const schemaName = options.schema ?? "ml_connector";
  const ownsPool = !options.pool;
  const pool =
    options.pool ??
    new (loadPeer<typeof pg>("pg").Pool)({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
    });
  // An idle connection dropped by the server (restart, failover) makes the pool emit "error"; unheard,
  // that would crash the process. The next query fails with a typed StorageError instead.
  if (ownsPool) pool.on("error", () => {});
  const s = `"${schemaName}"`;
  const t = (name: string) => `${s}.${name}`;
  let closed = false;
  let ready: Promise<void> | undefined;

  // A token take as one statement: takeRateLimitToken (src/core/rate-limiter.ts) in SQL, term for
  // term in the same order, so the doubles come out bit for bit the same (a property test holds
  // it). The row lock lives for this statement only, not for a client round trip. `cur` is the
  // locked row, or a new bucket (full, refilled now: the refill below then leaves it as it is);
  // `upd` writes an existing row, `ins` a new one. When another worker inserted the bucket after
  // this statement's snapshot, `ins` does nothing and no row comes back: the caller runs it again.
  // $1 bucket, $2 now, $3 published rate, $4 burst, $5 utilisation, $6 marginMs, $7 updated_at.
  const rl = t("rate_limits");
  const takeStatement = `ml-connector:rateLimits.take:${schemaName}`;
  const takeSql = `
WITH old AS (
  SELECT tokens, refilled_at, paused_until, rate FROM ${rl} WHERE bucket = $1 FOR UPDATE
), cur AS (
  SELECT tokens, refilled_at, paused_until, rate FROM old
  UNION ALL
  SELECT $4::float8, $2::float8, NULL::float8, NULL::float8 WHERE NOT EXISTS (SELECT 1 FROM old)
), eff AS (
  SELECT *, (CASE WHEN rate > 0 THEN rate ELSE $3::float8 END) * $5::float8 AS r FROM cur
), refilled AS (
  SELECT least($4::float8, tokens + (greatest(0::float8, $2::float8 - refilled_at) / 1000) * r) AS tokens,
         greatest(refilled_at, $2::float8) AS refilled_at, paused_until, rate, r
  FROM eff
), step AS (
  SELECT
    CASE WHEN paused_until > $2::float8 THEN tokens
         WHEN tokens >= 1 - '1e-9'::float8 THEN tokens - 1
         ELSE tokens END AS tokens,
    CASE WHEN paused_until > $2::float8 THEN refilled_at
         WHEN tokens >= 1 - '1e-9'::float8
           THEN greatest(refilled_at, $2::float8 + ($6::float8 / 1000 - ($4::float8 - tokens) / r) * 1000)
         ELSE refilled_at END AS refilled_at,
    paused_until, rate,
    CASE WHEN paused_until > $2::float8 THEN paused_until - $2::float8
         WHEN tokens >= 1 - '1e-9'::float8 THEN 0::float8
         ELSE greatest(1::float8,
           ceil(greatest($2::float8, refilled_at) - $2::float8 + ((1 - tokens) / r) * 1000 - '1e-6'::float8))
         END AS wait_ms
  FROM refilled
), upd AS (
  UPDATE ${rl} AS b SET tokens = step.tokens, refilled_at = step.refilled_at, updated_at = $7::bigint
  FROM step WHERE b.bucket = $1 AND EXISTS (SELECT 1 FROM old)
  RETURNING 1
), ins AS (
  INSERT INTO ${rl} (bucket, tokens, refilled_at, paused_until, rate, updated_at)
  SELECT $1, tokens, refilled_at, paused_until, rate, $7::bigint FROM step WHERE NOT EXISTS (SELECT 1 FROM old)
  ON CONFLICT (bucket) DO NOTHING
  RETURNING 1
)
SELECT tokens, refilled_at, paused_until, rate, wait_ms FROM step
WHERE EXISTS (SELECT 1 FROM old) OR EXISTS (SELECT 1 FROM ins)`;

  const fail = (operation: string, cause: unknown): never => {
    if (isConnectorError(cause)) throw cause;
    throw driverError(operation, cause);
  };

  const migrateNow = async () => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (cause) {
      return fail("migrate", cause);
    }
    try {
      await client.query("BEGIN");
      // One migrator per schema at a time, across every worker and machine.
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [
        `ml-connector:migrate:${schemaName}`,
      ]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${t("schema_migrations")} (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`,
      );
      const applied = new Set(
        (await client.query(`SELECT version FROM ${t("schema_migrations")}`)).rows.map((r) =>
          Number(r.version),
        ),
      );
      for (const m of postgresMigrations) {
        if (applied.has(m.version)) continue;
        try {
          await client.query(m.sql.replaceAll("__SCHEMA__", s));
        } catch (cause) {
          throw new StorageError(`PostgreSQL migration ${m.name} failed in schema ${schemaName}`, {
            code: StorageErrorCode.Migration,
            cause,
            where: { system: "storage", operation: "migrate" },
            hint: "check that the role may create tables in the schema, and that the schema was not changed by hand",
          });
        }
        await client.query(
          `INSERT INTO ${t("schema_migrations")} (version, name, applied_at) VALUES ($1, $2, $3)`,
          [m.version, m.name, clock.now()],
        );
      }
      await client.query("COMMIT");
    } catch (cause) {
      // A connection that failed mid-transaction is discarded, not handed back to the pool.
      const rolledBack = await client.query("ROLLBACK").then(
        () => true,
        () => false,
      );
      client.release(!rolledBack);
      return fail("migrate", cause);
    }
    client.release();
  };

  const ensure = async () => {
    if (closed) throw closedError("postgres");
    if (options.migrate === false) return;
    ready ??= migrateNow().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    await ready;
  };

  /** One statement on the pool. */
  const q = async (operation: string, sql: string, params: readonly unknown[] = []): Promise<Row[]> => {
    await ensure();
    try {
      return (await pool.query(sql, params as unknown[])).rows as Row[];
    } catch (cause) {
      return fail(operation, cause);
    }
  };

  /** Several statements in one transaction on one connection. */
  const tx = async <T>(operation: string, fn: (c: Queryable) => Promise<T>): Promise<T> => {
    await ensure();
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (cause) {
      return fail(operation, cause);
    }
    let result: T;
    try {
      await client.query("BEGIN");
      result = await fn(client);
      await client.query("COMMIT");
    } catch (cause) {
      const rolledBack = await client.query("ROLLBACK").then(
        () => true,
        () => false,
      );
      client.release(!rolledBack);
      return fail(operation, cause);
    }
    client.release();
    return result;
  };

  const insertAudit = async (c: Queryable, row: Omit<AuditRow, "id">): Promise<AuditEntry> => {
    const res = await c.query(
      `INSERT INTO ${t("audit")} (kind, at, record, status, entry, body_key_version, body_iv, body_ciphertext, body_tag, body_aad)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
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
      ],
    );
    return auditFromRow({ ...row, id: String(res.rows[0]?.id) });
  };

  /**
   * Claim (`completedAt` null) and reopen (`completedAt` of the done answer to reopen) in one
   * statement pair: insert a new key, else lock the row without waiting and take it over when it
   * is released, lapsed, or (reopen only) done with exactly that completion.
   */
  const takeLease = async (
    operation: string,
    key: string,
    claimOptions: ClaimOptions,
    completedAt: number | null,
  ): Promise<ClaimResult> => {
    const now = clock.now();
    const decide = (row: DedupRow | undefined, at: number) =>
      completedAt === null ? decideClaim(row, at) : decideReopen(row, at, completedAt);
    const who = claimOptions.owner ?? owner;
    const token = newToken();
    const expiresAt = now + claimOptions.leaseMs;
    const inserted = await q(
      operation,
      `INSERT INTO ${t("dedup")} (key, state, owner, token, expires_at, attempts, result, created_at, updated_at)
           VALUES ($1, 'in-flight', $2, $3, $4, 1, NULL, $5, $5)
           ON CONFLICT (key) DO NOTHING RETURNING attempts`,
      [key, who, token, expiresAt, now],
    );
    if (inserted[0]) return { status: "claimed", token, owner: who, expiresAt, attempt: 1 };
    // The key exists: lock its row without waiting and take it over if the lease lapsed or was released.
    const rows = await q(
      operation,
      `WITH current AS (
             SELECT * FROM ${t("dedup")} WHERE key = $1 FOR UPDATE SKIP LOCKED
           ), taken AS (
             UPDATE ${t("dedup")} d
             SET state = 'in-flight', owner = $2, token = $3, expires_at = $4, attempts = d.attempts + 1,
                 result = NULL, updated_at = $5
             FROM current
             WHERE d.key = current.key
               AND (current.state = 'released' OR (current.state = 'in-flight' AND current.expires_at <= $5)
                    OR (current.state = 'done' AND current.updated_at = $6::bigint))
             RETURNING d.attempts
           )
           SELECT current.*, (SELECT attempts FROM taken) AS taken_attempts FROM current`,
      [key, who, token, expiresAt, now, completedAt],
    );
    const row = rows[0];
    if (row?.taken_attempts !== null && row?.taken_attempts !== undefined) {
      return { status: "claimed", token, owner: who, expiresAt, attempt: Number(row.taken_attempts) };
    }
    if (row) {
      const answer = decide(dedupRow(row), now);
      if (answer !== "take") return answer;
    }
    // Another worker holds the row lock this instant (claiming, completing, releasing): report
    // the last committed state; a lapsed lease being taken over counts as in flight.
    const committed = await q(operation, `SELECT * FROM ${t("dedup")} WHERE key = $1`, [key]);
    const last = committed[0] ? dedupRow(committed[0]) : undefined;
    const answer = decide(last, now);
    if (answer !== "take") return answer;
    return {
      status: "in-flight",
      owner: last?.owner ?? "unknown",
      expiresAt: Math.max(last?.expiresAt ?? now, now),
    };
  };

  const storeDocument = async (
    key: string,
    packed: PackedDocument,
    meta: DocumentMeta,
  ): Promise<DocumentInfo> => {
    const row = packedDocumentRow(key, packed, meta, clock.now());
    await q(
      "documents.put",
      `INSERT INTO ${t("documents")} (key, content_type, record, attributes, size, stored_size, sha256, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (key) DO UPDATE SET content_type = excluded.content_type, record = excluded.record,
         attributes = excluded.attributes, size = excluded.size, stored_size = excluded.stored_size,
         sha256 = excluded.sha256, body = excluded.body, created_at = excluded.created_at`,
      documentValues(row, packed),
    );
    return documentInfoFromRow(row);
  };

  return {
    name: "postgres",
    capabilities: Object.freeze({ durable: true, multiProcess: true, multiMachine: true }),
    async migrate() {
      if (closed) throw closedError("postgres");
      await migrateNow();
      ready = Promise.resolve();
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ownsPool) await pool.end();
    },

    credentials: {
      async put(id, value: EncryptedBlob) {
        checkKey(id, "credentials.put", "id");
        checkBlob(value, "credentials.put");
        const rows = await q(
          "credentials.put",
          `INSERT INTO ${t("credentials")} (id, key_version, iv, ciphertext, tag, aad, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO UPDATE SET key_version = excluded.key_version, iv = excluded.iv, ciphertext = excluded.ciphertext,
             tag = excluded.tag, aad = excluded.aad, updated_at = excluded.updated_at
           RETURNING *`,
          [
            id,
            value.keyVersion,
            Buffer.from(value.iv),
            Buffer.from(value.ciphertext),
            Buffer.from(value.tag),
            value.aad ?? null,
            clock.now(),
          ],
        );
        return credential(rows[0]!);
      },
      async get(id) {
        checkKey(id, "credentials.get", "id");
        const rows = await q("credentials.get", `SELECT * FROM ${t("credentials")} WHERE id = $1`, [id]);
        return rows[0] ? credential(rows[0]) : undefined;
      },
      async delete(id) {
        checkKey(id, "credentials.delete", "id");
        const rows = await q(
          "credentials.delete",
          `DELETE FROM ${t("credentials")} WHERE id = $1 RETURNING id`,
          [id],
        );
        return rows.length > 0;
      },
      async list() {
        const rows = await q(
          "credentials.list",
          `SELECT id, key_version, updated_at FROM ${t("credentials")} ORDER BY id`,
        );
        return rows.map((r) => ({
          id: r.id as string,
          keyVersion: Number(r.key_version),
          updatedAt: Number(r.updated_at),
        }));
      },
    },

    cursors: {
      async get(key) {
        checkKey(key, "cursors.get");
        const rows = await q("cursors.get", `SELECT * FROM ${t("cursors")} WHERE key = $1`, [key]);
        return rows[0] ? cursor(rows[0]) : undefined;
      },
      async set(key, value, setOptions = {}) {
        checkKey(key, "cursors.set");
        checkString(value, "value", "cursors.set");
        const now = clock.now();
        const expected = setOptions.expected;
        // Each branch is one statement, so compare and set happen atomically.
        const rows =
          expected === undefined
            ? await q(
                "cursors.set",
                `INSERT INTO ${t("cursors")} (key, value, version, updated_at) VALUES ($1, $2, 1, $3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = ${t("cursors")}.version + 1,
                   updated_at = excluded.updated_at
                 RETURNING *`,
                [key, value, now],
              )
            : expected === null
              ? await q(
                  "cursors.set",
                  `INSERT INTO ${t("cursors")} (key, value, version, updated_at) VALUES ($1, $2, 1, $3)
                   ON CONFLICT (key) DO NOTHING RETURNING *`,
                  [key, value, now],
                )
              : await q(
                  "cursors.set",
                  `UPDATE ${t("cursors")} SET value = $2, version = version + 1, updated_at = $3
                   WHERE key = $1 AND value = $4 RETURNING *`,
                  [key, value, now, expected],
                );
        if (!rows[0]) throw conflict("The cursor changed since it was read", "cursors.set", key);
        return cursor(rows[0]);
      },
    },

    dedup: {
      async claim(key, claimOptions): Promise<ClaimResult> {
        checkKey(key, "dedup.claim");
        checkLeaseMs(claimOptions?.leaseMs, "dedup.claim");
        return takeLease("dedup.claim", key, claimOptions, null);
      },
      async reopen(key, reopenOptions): Promise<ClaimResult> {
        checkKey(key, "dedup.reopen");
        checkLeaseMs(reopenOptions?.leaseMs, "dedup.reopen");
        checkCompletedAt(reopenOptions.completedAt, "dedup.reopen");
        return takeLease("dedup.reopen", key, reopenOptions, reopenOptions.completedAt);
      },
      async complete(key, token, result = null) {
        checkKey(key, "dedup.complete");
        const text = toJson(result, "dedup.complete");
        const rows = await q(
          "dedup.complete",
          `UPDATE ${t("dedup")} SET state = 'done', token = NULL, expires_at = NULL, result = $3, updated_at = $4
           WHERE key = $1 AND state = 'in-flight' AND token = $2 RETURNING key`,
          [key, token, text, clock.now()],
        );
        if (rows.length === 0) throw leaseLost(key, "dedup.complete");
      },
      async release(key, token) {
        checkKey(key, "dedup.release");
        const rows = await q(
          "dedup.release",
          `UPDATE ${t("dedup")} SET state = 'released', token = NULL, expires_at = NULL, updated_at = $3
           WHERE key = $1 AND state = 'in-flight' AND token = $2 RETURNING key`,
          [key, token, clock.now()],
        );
        return rows.length > 0;
      },
      async extend(key, token, leaseMs) {
        checkKey(key, "dedup.extend");
        checkLeaseMs(leaseMs, "dedup.extend");
        const now = clock.now();
        const rows = await q(
          "dedup.extend",
          `UPDATE ${t("dedup")} SET expires_at = $3, updated_at = $4
           WHERE key = $1 AND state = 'in-flight' AND token = $2 RETURNING key`,
          [key, token, now + leaseMs, now],
        );
        if (rows.length === 0) throw leaseLost(key, "dedup.extend");
        return now + leaseMs;
      },
      async get(key) {
        checkKey(key, "dedup.get");
        const rows = await q("dedup.get", `SELECT * FROM ${t("dedup")} WHERE key = $1`, [key]);
        return rows[0] ? dedupEntry(dedupRow(rows[0])) : undefined;
      },
    },

    audit: {
      async appendCall(entry) {
        const row = auditRowForCall(entry, clock.now());
        await ensure();
        try {
          return (await insertAudit(pool, row)) as AuditCallEntry;
        } catch (cause) {
          return fail("audit.appendCall", cause);
        }
      },
      async appendTransition(entry) {
        const row = auditRowForTransition(entry, clock.now());
        await ensure();
        try {
          return (await insertAudit(pool, row)) as AuditTransitionEntry;
        } catch (cause) {
          return fail("audit.appendTransition", cause);
        }
      },
      async query(filter = {}) {
        const limit = clampLimit(filter.limit);
        const { where, params, add } = conditions();
        if (filter.kind !== undefined) add("kind = $?", filter.kind);
        if (filter.record !== undefined) add("record = $?", filter.record);
        if (filter.status !== undefined) add("status = $?", String(filter.status));
        if (filter.since !== undefined) add("at >= $?", filter.since);
        if (filter.until !== undefined) add("at < $?", filter.until);
        if (filter.after !== undefined) {
          checkAuditId(filter.after, "audit.query");
          add("id > $?", filter.after);
        }
        params.push(limit);
        const rows = await q(
          "audit.query",
          `SELECT * FROM ${t("audit")} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id LIMIT $${params.length}`,
          params,
        );
        return rows.map((r) => auditFromRow(auditRow(r)));
      },
      async get(id) {
        checkAuditId(id, "audit.get");
        const rows = await q("audit.get", `SELECT * FROM ${t("audit")} WHERE id = $1`, [id]);
        return rows[0] ? auditFromRow(auditRow(rows[0])) : undefined;
      },
    },

    records: {
      async upsert(record) {
        checkRecordInput(record);
        const data = toJson(record.data, "records.upsert");
        return tx("records.upsert", async (c) => {
          const now = clock.now();
          const created = await c.query(
            `INSERT INTO ${t("records")} (id, kind, state, version, data, reason, created_at, updated_at)
             VALUES ($1, $2, $3, 1, $4, NULL, $5, $5) ON CONFLICT (id) DO NOTHING RETURNING *`,
            [record.id, record.kind, record.state, data, now],
          );
          if (created.rows[0]) {
            const row = recordRow(created.rows[0]);
            await insertAudit(
              c,
              auditRowForTransition(transitionAudit(row, row.state, undefined, undefined), now),
            );
            return recordFromRow(row);
          }
          const existing =
            data === null
              ? await c.query(`SELECT * FROM ${t("records")} WHERE id = $1`, [record.id])
              : await c.query(
                  `UPDATE ${t("records")} SET data = $2, version = version + 1, updated_at = $3 WHERE id = $1 RETURNING *`,
                  [record.id, data, now],
                );
          return recordFromRow(recordRow(existing.rows[0]));
        });
      },
      async create(record) {
        checkRecordInput(record);
        const data = toJson(record.data, "records.create");
        return tx("records.create", async (c) => {
          const now = clock.now();
          // The primary key decides: a concurrent creator's insert does nothing and returns no row.
          const created = await c.query(
            `INSERT INTO ${t("records")} (id, kind, state, version, data, reason, created_at, updated_at)
             VALUES ($1, $2, $3, 1, $4, NULL, $5, $5) ON CONFLICT (id) DO NOTHING RETURNING *`,
            [record.id, record.kind, record.state, data, now],
          );
          if (!created.rows[0]) return false;
          const row = recordRow(created.rows[0]);
          await insertAudit(
            c,
            auditRowForTransition(transitionAudit(row, row.state, undefined, undefined), now),
          );
          return true;
        });
      },
      async get(id) {
        checkKey(id, "records.get", "id");
        const rows = await q("records.get", `SELECT * FROM ${t("records")} WHERE id = $1`, [id]);
        return rows[0] ? recordFromRow(recordRow(rows[0])) : undefined;
      },
      async list(filter = {}) {
        const limit = clampLimit(filter.limit);
        const { where, params, add } = conditions();
        if (filter.kind !== undefined) add("kind = $?", filter.kind);
        if (filter.state !== undefined) add("state = $?", filter.state);
        if (filter.after !== undefined) add("id > $?", filter.after);
        params.push(limit);
        const rows = await q(
          "records.list",
          `SELECT * FROM ${t("records")} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id LIMIT $${params.length}`,
          params,
        );
        return rows.map((r) => recordFromRow(recordRow(r)));
      },
      async transition(id, from, to, detail) {
        checkKey(id, "records.transition", "id");
        checkKey(to, "records.transition", "to");
        const states = fromStates(from);
        const data = detail?.data !== undefined ? toJson(detail.data, "records.transition") : undefined;
        return tx("records.transition", async (c) => {
          const current = await c.query(`SELECT * FROM ${t("records")} WHERE id = $1 FOR UPDATE`, [id]);
          const row = checkTransition(
            id,
            current.rows[0] ? recordRow(current.rows[0]) : undefined,
            states,
            detail,
          );
          const now = clock.now();
          const next: RecordRow = {
            ...row,
            state: to,
            version: row.version + 1,
            ...(data !== undefined ? { data } : {}),
            reason: detail?.reason ?? null,
            updatedAt: now,
          };
          await c.query(
            `UPDATE ${t("records")} SET state = $2, version = $3, data = $4, reason = $5, updated_at = $6 WHERE id = $1`,
            [id, next.state, next.version, next.data, next.reason, now],
          );
          await insertAudit(c, auditRowForTransition(transitionAudit(next, to, row.state, detail), now));
          return recordFromRow(next);
        });
      },
    },

    rateLimits: {
      async get(bucket) {
        checkKey(bucket, "rateLimits.get", "bucket");
        const rows = await q("rateLimits.get", `SELECT * FROM ${t("rate_limits")} WHERE bucket = $1`, [
          bucket,
        ]);
        return rows[0] ? rateLimit(rows[0]) : undefined;
      },
      async update(bucket, fn) {
        checkKey(bucket, "rateLimits.update", "bucket");
        // Two round trips, not four: `BEGIN; SELECT … FOR UPDATE` and `UPDATE …; COMMIT` each go
        // as one simple-protocol query (values as literals: the simple protocol takes no
        // parameters). The row lock is then held for one round trip instead of two, which is what
        // paces several processes sharing a bucket: every take waits for the lock.
        await ensure();
        let client: pg.PoolClient;
        try {
          client = await pool.connect();
        } catch (cause) {
          return fail("rateLimits.update", cause);
        }
        const table = t("rate_limits");
        const key = client.escapeLiteral(bucket);
        const value = (n: number | undefined) => (n === undefined ? "NULL" : String(n));
        let open = false;
        try {
          for (;;) {
            open = true;
            const [, selected] = (await client.query(
              `BEGIN; SELECT * FROM ${table} WHERE bucket = ${key} FOR UPDATE`,
            )) as unknown as pg.QueryResult[];
            const found = selected?.rows[0] as Row | undefined;
            const state = found ? rateLimit(found) : undefined;
            const next = checkRateLimitState(fn(state), bucket);
            const values = `${value(next.tokens)}, ${value(next.refilledAt)}, ${value(next.pausedUntil)}, ${value(next.rate)}, ${value(clock.now())}`;
            if (state) {
              await client.query(
                `UPDATE ${table} SET (tokens, refilled_at, paused_until, rate, updated_at) = (${values}) WHERE bucket = ${key}; COMMIT`,
              );
              open = false;
              client.release();
              return next;
            }
            // No row to lock yet: insert; if another worker inserted first, lock that row and go again.
            const [inserted] = (await client.query(
              `INSERT INTO ${table} (bucket, tokens, refilled_at, paused_until, rate, updated_at)
               VALUES (${key}, ${values}) ON CONFLICT (bucket) DO NOTHING RETURNING bucket; COMMIT`,
            )) as unknown as pg.QueryResult[];
            open = false;
            if (inserted?.rows[0]) {
              client.release();
              return next;
            }
          }
        } catch (cause) {
          const rolledBack = open
            ? await client.query("ROLLBACK").then(
                () => true,
                () => false,
              )
            : true;
          client.release(!rolledBack);
          return fail("rateLimits.update", cause);
        }
      },

      async take(bucket, request) {
        checkKey(bucket, "rateLimits.take", "bucket");
        checkRateLimitTake(request);
        await ensure();
        const values = [
          bucket,
          request.now,
          request.rate,
          request.burst,
          request.utilisation,
          request.marginMs,
          clock.now(),
        ];
        for (;;) {
          let rows: Row[];
          try {
            rows = (await pool.query({ name: takeStatement, text: takeSql, values })).rows as Row[];
          } catch (cause) {
            return fail("rateLimits.take", cause);
          }
          const row = rows[0];
          if (row) return { waitMs: Number(row.wait_ms), state: rateLimit(row) };
          // Another worker created the bucket between our snapshot and our insert: take from its row.
        }
      },
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
        const rows = await q("documents.get", `SELECT * FROM ${t("documents")} WHERE key = $1`, [key]);
        const r = rows[0];
        if (!r) return undefined;
        const info = documentInfoFromRow(documentRow(r));
        return { ...info, body: await unpackDocument(key, r.body as Uint8Array, info.sha256) };
      },
      async list(filter = {}) {
        const limit = clampLimit(filter.limit);
        const { where, params, add } = conditions();
        if (filter.prefix !== undefined) add("starts_with(key, $?)", filter.prefix);
        if (filter.record !== undefined) add("record = $?", filter.record);
        params.push(limit);
        const rows = await q(
          "documents.list",
          `SELECT key, content_type, record, attributes, size, stored_size, sha256, created_at FROM ${t("documents")}
           ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY key LIMIT $${params.length}`,
          params,
        );
        return rows.map((r) => documentInfoFromRow(documentRow(r)));
      },
    },
  };
}

/** WHERE clauses whose `$?` become numbered placeholders in the order added. */
function conditions() {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace("$?", `$${params.length}`));
  };
  return { where, params, add };
}

// SQLSTATE classes and socket errors that mean "the server is not there (yet)".
const UNAVAILABLE = /^(08|53|57P0[1-3])/;
const SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "EPIPE"]);

function driverError(operation: string, cause: unknown): StorageError {
  const code = String((cause as { code?: unknown })?.code ?? "");
  const unavailable = UNAVAILABLE.test(code) || SOCKET.has(code);
  const auth = code === "28P01" || code === "28000" || code === "3D000";
  return new StorageError(`PostgreSQL ${operation} failed: ${(cause as Error)?.message ?? String(cause)}`, {
    code: unavailable || auth ? StorageErrorCode.Unavailable : StorageErrorCode.Corrupt,
    retryable: unavailable,
    cause,
    where: { system: "storage", operation },
    hint: auth
      ? "check the user, password and database in the connection string"
      : unavailable
        ? "PostgreSQL is not reachable; check that it runs and that the connection string points at it"
        : "check the schema: run migrate(), and make sure its tables were not changed by hand",
  });
}

function credential(r: Row): StoredCredential {
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

function cursor(r: Row) {
  return {
    key: r.key as string,
    value: r.value as string,
    version: Number(r.version),
    updatedAt: Number(r.updated_at),
  };
}

function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

function dedupRow(r: Row): DedupRow {
  return {
    key: r.key as string,
    state: r.state as DedupRow["state"],
    owner: (r.owner as string | null) ?? null,
    token: (r.token as string | null) ?? null,
    expiresAt: numOrNull(r.expires_at),
    attempts: Number(r.attempts),
    result: (r.result as string | null) ?? null,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

function recordRow(r: Row | undefined): RecordRow {
  if (!r) {
    throw new StorageError("A record vanished inside its transaction", {
      code: StorageErrorCode.Corrupt,
      where: { system: "storage", operation: "records.upsert" },
      hint: "something deleted rows from the records table by hand; do not delete records while workers run",
    });
  }
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

function rateLimit(r: Row): RateLimitState {
  return rateLimitState(
    Number(r.tokens),
    Number(r.refilled_at),
    numOrNull(r.paused_until),
    numOrNull(r.rate),
  );
}

function documentRow(r: Row): DocumentRow {
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

function auditRow(r: Row): AuditRow {
  const body: EncryptedBlob | null =
    r.body_ciphertext && r.body_iv && r.body_tag
      ? {
          keyVersion: Number(r.body_key_version),
          iv: copyBytes(r.body_iv as Uint8Array),
          ciphertext: copyBytes(r.body_ciphertext as Uint8Array),
          tag: copyBytes(r.body_tag as Uint8Array),
          ...(r.body_aad !== null && r.body_aad !== undefined ? { aad: r.body_aad as string } : {}),
        }
      : null;
  return {
    id: String(r.id),
    kind: r.kind as AuditRow["kind"],
    at: Number(r.at),
    record: (r.record as string | null) ?? null,
    status: (r.status as string | null) ?? null,
    entry: r.entry as string,
    body,
  };
}
