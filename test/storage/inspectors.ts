/**
 * Raw backdoors into our three backends for the conformance suite: each reads the tables
 * directly, never through the adapter.
 */
import type { JsonValue } from "../../src/core/storage.js";
import type { MemoryStorageState } from "../../src/storage/memory/memory-storage.js";
import type { StorageInspector } from "../../src/testing/storage-suite.js";

const parse = (text: string | null | undefined): JsonValue | null =>
  text === null || text === undefined ? null : (JSON.parse(text) as JsonValue);

export function memoryInspector(db: MemoryStorageState): StorageInspector {
  return {
    async credential(id) {
      const row = db.credentials.get(id);
      if (!row) return undefined;
      return {
        keyVersion: row.keyVersion,
        iv: row.iv,
        ciphertext: row.ciphertext,
        tag: row.tag,
        aad: row.aad ?? null,
        fields: { ...row },
      };
    },
    async cursor(key) {
      const row = db.cursors.get(key);
      return row ? { value: row.value, version: row.version } : undefined;
    },
    async dedup(key) {
      const row = db.dedup.get(key);
      if (!row) return undefined;
      return {
        state: row.state,
        owner: row.owner,
        token: row.token,
        expiresAt: row.expiresAt,
        attempts: row.attempts,
        result: parse(row.result),
      };
    },
    async audit() {
      return db.audit.map((row) => ({
        id: row.id,
        kind: row.kind,
        at: row.at,
        record: row.record,
        status: row.status,
        fields: {
          ...row,
          ...(row.body
            ? { bodyIv: row.body.iv, bodyCiphertext: row.body.ciphertext, bodyTag: row.body.tag }
            : {}),
          body: undefined,
        },
        bodyCiphertext: row.body?.ciphertext ?? null,
      }));
    },
    async record(id) {
      const row = db.records.get(id);
      return row
        ? {
            kind: row.kind,
            state: row.state,
            version: row.version,
            data: parse(row.data),
            reason: row.reason,
          }
        : undefined;
    },
    async rateLimit(bucket) {
      const row = db.rateLimits.get(bucket);
      return row
        ? {
            tokens: row.tokens,
            refilledAt: row.refilledAt,
            pausedUntil: row.pausedUntil ?? null,
            rate: row.rate ?? null,
          }
        : undefined;
    },
    async document(key) {
      const row = db.documents.get(key);
      return row ? { stored: row.body, size: row.size, sha256: row.sha256 } : undefined;
    },
  };
}

/** A raw SQL query: rows as plain objects, column names as in the schema. */
export type RawQuery = (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * The backdoor for our SQL backends. `table` names a table (schema-qualified on Postgres);
 * `p(i)` writes the i-th placeholder (`?` on SQLite, `$i` on Postgres).
 */
export function sqlInspector(
  query: RawQuery,
  table: (name: string) => string,
  p: (i: number) => string,
): StorageInspector {
  const one = async (sql: string, params: unknown[]) => (await query(sql, params))[0];
  const num = (v: unknown): number => Number(v);
  const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
  const bytes = (v: unknown): Uint8Array => {
    if (!(v instanceof Uint8Array)) throw new Error(`expected bytes, got ${typeof v}`);
    return v;
  };
  return {
    async credential(id) {
      const row = await one(`SELECT * FROM ${table("credentials")} WHERE id = ${p(1)}`, [id]);
      if (!row) return undefined;
      return {
        keyVersion: num(row.key_version),
        iv: bytes(row.iv),
        ciphertext: bytes(row.ciphertext),
        tag: bytes(row.tag),
        aad: (row.aad as string | null) ?? null,
        fields: row,
      };
    },
    async cursor(key) {
      const row = await one(`SELECT value, version FROM ${table("cursors")} WHERE key = ${p(1)}`, [key]);
      return row ? { value: row.value as string, version: num(row.version) } : undefined;
    },
    async dedup(key) {
      const row = await one(`SELECT * FROM ${table("dedup")} WHERE key = ${p(1)}`, [key]);
      if (!row) return undefined;
      return {
        state: row.state as string,
        owner: (row.owner as string | null) ?? null,
        token: (row.token as string | null) ?? null,
        expiresAt: numOrNull(row.expires_at),
        attempts: num(row.attempts),
        result: parse(row.result as string | null),
      };
    },
    async audit() {
      const rows = await query(`SELECT * FROM ${table("audit")} ORDER BY id`, []);
      return rows.map((row) => ({
        id: String(row.id),
        kind: row.kind as string,
        at: num(row.at),
        record: (row.record as string | null) ?? null,
        status: (row.status as string | null) ?? null,
        fields: row,
        bodyCiphertext: row.body_ciphertext ? bytes(row.body_ciphertext) : null,
      }));
    },
    async record(id) {
      const row = await one(`SELECT * FROM ${table("records")} WHERE id = ${p(1)}`, [id]);
      if (!row) return undefined;
      return {
        kind: row.kind as string,
        state: row.state as string,
        version: num(row.version),
        data: parse(row.data as string | null),
        reason: (row.reason as string | null) ?? null,
      };
    },
    async rateLimit(bucket) {
      const row = await one(`SELECT * FROM ${table("rate_limits")} WHERE bucket = ${p(1)}`, [bucket]);
      return row
        ? {
            tokens: num(row.tokens),
            refilledAt: num(row.refilled_at),
            pausedUntil: numOrNull(row.paused_until),
            rate: numOrNull(row.rate),
          }
        : undefined;
    },
    async document(key) {
      const row = await one(`SELECT body, size, sha256 FROM ${table("documents")} WHERE key = ${p(1)}`, [
        key,
      ]);
      return row ? { stored: bytes(row.body), size: num(row.size), sha256: row.sha256 as string } : undefined;
    },
  };
}
