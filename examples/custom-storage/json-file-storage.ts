/**
 * A storage adapter written the way a host writes its own: one JSON file holds everything, and
 * only public subpaths are imported (`ml-connector/core`). It passes the conformance suite
 * (`runStorageAdapterSuite` from `ml-connector/testing`; see `json-file-storage.test.ts`).
 *
 * Every method reads the file, decides, and writes it back (write to a temporary file, then
 * rename) without an `await` in between, so each call is atomic inside one Node process, also
 * between two adapters on the same file. There is no file lock, so the adapter declares
 * `multiProcess: false`: two processes on one file could lose each other's writes.
 *
 * The adapter kit does the parts every adapter redoes: `sanitizeCall` (audit redaction and
 * query-string stripping), `packDocument` / `unpackDocument` (gzip and SHA-256), `decideClaim`,
 * `decideReopen` and `holdsLease` (the lease decisions). See docs/storage-adapters.md.
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import {
  type AuditCallEntry,
  type AuditEntry,
  type AuditQuery,
  type AuditTransitionEntry,
  type ClaimOptions,
  type ClaimResult,
  type Clock,
  type DedupRow,
  type DocumentInfo,
  decideClaim,
  decideReopen,
  type EncryptedBlob,
  holdsLease,
  type JsonValue,
  packDocument,
  type RateLimitState,
  type RecordInput,
  type StorageAdapter,
  StorageError,
  StorageErrorCode,
  type StoredRecord,
  sanitizeCall,
  systemClock,
  unpackDocument,
  ValidationError,
} from "ml-connector/core";

/** Options of {@link jsonFileStorage}. */
export interface JsonFileStorageOptions {
  /** The JSON file; created by `migrate()`. Several adapters in one process may share it. */
  readonly path: string;
  /** @default systemClock */
  readonly clock?: Clock;
  /** Default lease owner. @default `<hostname>:<pid>:<random>` */
  readonly owner?: string;
}

/** A blob with its bytes as base64, as it sits in the file. */
interface FileBlob {
  keyVersion: number;
  iv: string;
  ciphertext: string;
  tag: string;
  aad?: string;
}

/** The file's content. Exported so a test can read the file directly, as the suite requires. */
export interface JsonFileContent {
  schema: 1;
  credentials: Record<string, FileBlob & { updatedAt: number }>;
  cursors: Record<string, { value: string; version: number; updatedAt: number }>;
  dedup: Record<string, DedupRow>;
  auditSeq: number;
  audit: Array<{
    id: string;
    kind: AuditEntry["kind"];
    at: number;
    record: string | null;
    status: string | null;
    entry: Record<string, JsonValue>;
    body: FileBlob | null;
  }>;
  records: Record<
    string,
    {
      kind: string;
      state: string;
      version: number;
      data: JsonValue | null;
      reason: string | null;
      createdAt: number;
      updatedAt: number;
    }
  >;
  rateLimits: Record<string, RateLimitState & { updatedAt: number }>;
  documents: Record<string, Omit<DocumentInfo, "key"> & { body: string }>;
}

const empty = (): JsonFileContent => ({
  schema: 1,
  credentials: {},
  cursors: {},
  dedup: {},
  auditSeq: 0,
  audit: [],
  records: {},
  rateLimits: {},
  documents: {},
});

/** Reads the file as it is on disk (the conformance test's backdoor uses this too). */
export function readJsonFile(path: string): JsonFileContent {
  if (!existsSync(path)) return empty();
  try {
    return JSON.parse(readFileSync(path, "utf8")) as JsonFileContent;
  } catch (cause) {
    throw new StorageError("The storage file is not valid JSON", {
      code: StorageErrorCode.Corrupt,
      cause,
      where: { system: "storage", operation: "read", record: path },
      hint: "restore the file from a backup",
    });
  }
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const bytes = (text: string) => new Uint8Array(Buffer.from(text, "base64"));
const toFileBlob = (b: EncryptedBlob): FileBlob => ({
  keyVersion: b.keyVersion,
  iv: b64(b.iv),
  ciphertext: b64(b.ciphertext),
  tag: b64(b.tag),
  ...(b.aad !== undefined ? { aad: b.aad } : {}),
});
const fromFileBlob = (b: FileBlob): EncryptedBlob => ({
  keyVersion: b.keyVersion,
  iv: bytes(b.iv),
  ciphertext: bytes(b.ciphertext),
  tag: bytes(b.tag),
  ...(b.aad !== undefined ? { aad: b.aad } : {}),
});
const byKey = <T>(entries: [string, T][]) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function invalid(path: string, message: string, operation: string): ValidationError {
  return new ValidationError(`Invalid argument to storage ${operation}`, {
    issues: [{ code: "invalid_argument", path: [path], message }],
    where: { system: "storage", operation },
  });
}

function checkKey(key: unknown, operation: string, name = "key"): asserts key is string {
  if (typeof key !== "string" || key.length === 0 || key.length > 512)
    throw invalid(name, "must be a non-empty string of at most 512 characters", operation);
}

function checkLeaseMs(ms: unknown, operation: string): asserts ms is number {
  if (typeof ms !== "number" || !Number.isSafeInteger(ms) || ms <= 0)
    throw invalid("leaseMs", "must be a positive integer number of milliseconds", operation);
}

function checkBlob(value: EncryptedBlob, operation: string): void {
  const ok =
    typeof value === "object" &&
    value !== null &&
    Number.isSafeInteger(value.keyVersion) &&
    value.iv instanceof Uint8Array &&
    value.ciphertext instanceof Uint8Array &&
    value.tag instanceof Uint8Array &&
    (value.aad === undefined || typeof value.aad === "string");
  if (!ok) throw invalid("value", "must be an encrypted blob from the credential vault", operation);
}

function limitOf(limit: number | undefined): number {
  if (limit === undefined) return 100;
  if (!Number.isInteger(limit) || limit <= 0) throw invalid("limit", "must be a positive integer", "query");
  return Math.min(limit, 10_000);
}

function storageError(
  code: StorageErrorCode,
  message: string,
  operation: string,
  record: string,
  hint: string,
) {
  return new StorageError(message, {
    code,
    where: { system: "storage", operation, record },
    hint,
    retryable: code === StorageErrorCode.Conflict,
  });
}

const leaseLost = (key: string, operation: string) =>
  storageError(
    StorageErrorCode.LeaseLost,
    "The dedup lease for this key is no longer held by this token",
    operation,
    key,
    "another worker took the key over; stop this work",
  );

/**
 * A storage adapter on one JSON file: durable, for a single process.
 * @example
 * const storage = jsonFileStorage({ path: "./connector-state.json" });
 * await storage.migrate();
 */
export function jsonFileStorage(options: JsonFileStorageOptions): StorageAdapter {
  const { path } = options;
  const clock = options.clock ?? systemClock;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const now = () => Math.floor(clock.now());
  let closed = false;

  const open = () => {
    if (closed)
      throw new StorageError("The json-file storage adapter is closed", {
        code: StorageErrorCode.Closed,
        where: { system: "storage" },
        hint: "create a new adapter; do not use one after close()",
      });
  };
  // Read, change, write: synchronous from end to end, so no other call interleaves.
  const transact = <T>(change: (db: JsonFileContent) => T): T => {
    open();
    const db = readJsonFile(path);
    const result = change(db);
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(db));
    renameSync(tmp, path);
    return result;
  };
  const read = <T>(look: (db: JsonFileContent) => T): T => {
    open();
    return look(readJsonFile(path));
  };

  const takeLease = (db: JsonFileContent, key: string, options: ClaimOptions, at: number): ClaimResult => {
    const row = db.dedup[key];
    const who = options.owner ?? owner;
    const token = randomUUID();
    const attempts = (row?.attempts ?? 0) + 1;
    db.dedup[key] = {
      key,
      state: "in-flight",
      owner: who,
      token,
      expiresAt: at + options.leaseMs,
      attempts,
      result: null,
      createdAt: row?.createdAt ?? at,
      updatedAt: at,
    };
    return { status: "claimed", token, owner: who, expiresAt: at + options.leaseMs, attempt: attempts };
  };

  const appendAudit = (
    db: JsonFileContent,
    kind: AuditEntry["kind"],
    at: number,
    entry: Record<string, JsonValue>,
    body: EncryptedBlob | null,
  ): AuditEntry => {
    db.auditSeq += 1;
    const record = typeof entry.record === "string" ? entry.record : null;
    const status =
      kind === "transition"
        ? String(entry.state)
        : typeof entry.status === "number"
          ? String(entry.status)
          : "error";
    const row = { id: String(db.auditSeq), kind, at, record, status, entry, body: body && toFileBlob(body) };
    db.audit.push(row);
    return auditEntry(row);
  };
  const auditEntry = (row: JsonFileContent["audit"][number]): AuditEntry =>
    ({
      kind: row.kind,
      id: row.id,
      at: row.at,
      ...row.entry,
      ...(row.body ? { body: fromFileBlob(row.body) } : {}),
    }) as unknown as AuditEntry;

  const storedRecord = (id: string, r: JsonFileContent["records"][string]): StoredRecord => ({
    id,
    kind: r.kind,
    state: r.state,
    version: r.version,
    ...(r.data !== null ? { data: r.data } : {}),
    ...(r.reason !== null ? { reason: r.reason } : {}),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });
  const transitionEntry = (
    id: string,
    kind: string,
    state: string,
    extra: { previousState?: string; reason?: string; ref?: string },
  ): Record<string, JsonValue> => ({ record: id, recordKind: kind, state, ...extra });
  const checkJson = (value: JsonValue | undefined, operation: string): JsonValue | null => {
    if (value === undefined) return null;
    try {
      return JSON.parse(JSON.stringify(value)) as JsonValue;
    } catch (cause) {
      throw invalid("data", `must be JSON-serialisable (${String(cause)})`, operation);
    }
  };
  /** Checks a record's id, kind and state; returns its data as the file keeps it. */
  const checkRecord = (record: RecordInput, operation: string): JsonValue | null => {
    checkKey(record?.id, operation, "id");
    checkKey(record.kind, operation, "kind");
    checkKey(record.state, operation, "state");
    return checkJson(record.data, operation);
  };
  /** Writes a new record (version 1) and its audit entry into `db`: they land in the same write. */
  const createRow = (db: JsonFileContent, record: RecordInput, data: JsonValue | null, at: number) => {
    const created = {
      kind: record.kind,
      state: record.state,
      version: 1,
      data,
      reason: null,
      createdAt: at,
      updatedAt: at,
    };
    db.records[record.id] = created;
    appendAudit(db, "transition", at, transitionEntry(record.id, record.kind, record.state, {}), null);
    return created;
  };

  return {
    name: "json-file",
    capabilities: Object.freeze({ durable: true, multiProcess: false, multiMachine: false }),
    async migrate() {
      open();
      if (!existsSync(path)) transact(() => undefined);
    },
    async close() {
      closed = true;
    },

    credentials: {
      async put(id, value) {
        checkKey(id, "credentials.put", "id");
        checkBlob(value, "credentials.put");
        return transact((db) => {
          const stored = { ...toFileBlob(value), updatedAt: now() };
          db.credentials[id] = stored;
          return { id, ...fromFileBlob(stored), updatedAt: stored.updatedAt };
        });
      },
      async get(id) {
        checkKey(id, "credentials.get", "id");
        return read((db) => {
          const row = db.credentials[id];
          return row ? { id, ...fromFileBlob(row), updatedAt: row.updatedAt } : undefined;
        });
      },
      async delete(id) {
        checkKey(id, "credentials.delete", "id");
        return transact((db) => {
          if (!(id in db.credentials)) return false;
          delete db.credentials[id];
          return true;
        });
      },
      async list() {
        return read((db) =>
          byKey(Object.entries(db.credentials)).map(([id, c]) => ({
            id,
            keyVersion: c.keyVersion,
            updatedAt: c.updatedAt,
          })),
        );
      },
    },

    cursors: {
      async get(key) {
        checkKey(key, "cursors.get");
        return read((db) => {
          const row = db.cursors[key];
          return row ? { key, ...row } : undefined;
        });
      },
      async set(key, value, setOptions = {}) {
        checkKey(key, "cursors.set");
        if (typeof value !== "string") throw invalid("value", "must be a string", "cursors.set");
        return transact((db) => {
          const row = db.cursors[key];
          if (setOptions.expected !== undefined && (row?.value ?? null) !== setOptions.expected) {
            throw storageError(
              StorageErrorCode.Conflict,
              "The cursor changed since it was read",
              "cursors.set",
              key,
              "re-read the cursor and decide again",
            );
          }
          const next = { value, version: (row?.version ?? 0) + 1, updatedAt: now() };
          db.cursors[key] = next;
          return { key, ...next };
        });
      },
    },

    dedup: {
      async claim(key, claimOptions) {
        checkKey(key, "dedup.claim");
        checkLeaseMs(claimOptions?.leaseMs, "dedup.claim");
        return transact((db) => {
          const at = now();
          const decision = decideClaim(db.dedup[key], at);
          return decision === "take" ? takeLease(db, key, claimOptions, at) : decision;
        });
      },
      async reopen(key, reopenOptions) {
        checkKey(key, "dedup.reopen");
        checkLeaseMs(reopenOptions?.leaseMs, "dedup.reopen");
        if (!Number.isSafeInteger(reopenOptions.completedAt))
          throw invalid("completedAt", "must be the completedAt of a done answer", "dedup.reopen");
        return transact((db) => {
          const at = now();
          const decision = decideReopen(db.dedup[key], at, reopenOptions.completedAt);
          return decision === "take" ? takeLease(db, key, reopenOptions, at) : decision;
        });
      },
      async complete(key, token, result = null) {
        checkKey(key, "dedup.complete");
        const text = JSON.stringify(checkJson(result, "dedup.complete"));
        transact((db) => {
          const row = db.dedup[key];
          if (!holdsLease(row, token)) throw leaseLost(key, "dedup.complete");
          db.dedup[key] = {
            ...row,
            state: "done",
            token: null,
            expiresAt: null,
            result: text,
            updatedAt: now(),
          };
        });
      },
      async release(key, token) {
        checkKey(key, "dedup.release");
        return transact((db) => {
          const row = db.dedup[key];
          if (!holdsLease(row, token)) return false;
          db.dedup[key] = { ...row, state: "released", token: null, expiresAt: null, updatedAt: now() };
          return true;
        });
      },
      async extend(key, token, leaseMs) {
        checkKey(key, "dedup.extend");
        checkLeaseMs(leaseMs, "dedup.extend");
        return transact((db) => {
          const row = db.dedup[key];
          if (!holdsLease(row, token)) throw leaseLost(key, "dedup.extend");
          const at = now();
          db.dedup[key] = { ...row, expiresAt: at + leaseMs, updatedAt: at };
          return at + leaseMs;
        });
      },
      async get(key) {
        checkKey(key, "dedup.get");
        return read((db) => {
          const row = db.dedup[key];
          if (!row) return undefined;
          return {
            key,
            state: row.state,
            ...(row.owner !== null ? { owner: row.owner } : {}),
            ...(row.expiresAt !== null ? { expiresAt: row.expiresAt } : {}),
            attempts: row.attempts,
            ...(row.result !== null ? { result: JSON.parse(row.result) as JsonValue } : {}),
            updatedAt: row.updatedAt,
          };
        });
      },
    },

    audit: {
      async appendCall(input) {
        // The kit's scrub: no query string in the path, the error message redacted.
        const { at, body, ...rest } = sanitizeCall(input);
        if (at !== undefined && !Number.isSafeInteger(at))
          throw invalid("at", "must be epoch milliseconds", "audit.appendCall");
        if (body !== undefined) checkBlob(body, "audit.appendCall");
        const entry = checkJson(rest as unknown as JsonValue, "audit.appendCall") as Record<
          string,
          JsonValue
        >;
        return transact((db) => appendAudit(db, "call", at ?? now(), entry, body ?? null) as AuditCallEntry);
      },
      async appendTransition(input) {
        checkKey(input.record, "audit.appendTransition", "record");
        checkKey(input.state, "audit.appendTransition", "state");
        const { at, ...rest } = input;
        if (at !== undefined && !Number.isSafeInteger(at))
          throw invalid("at", "must be epoch milliseconds", "audit.appendTransition");
        const entry = checkJson(rest as unknown as JsonValue, "audit.appendTransition") as Record<
          string,
          JsonValue
        >;
        return transact(
          (db) => appendAudit(db, "transition", at ?? now(), entry, null) as AuditTransitionEntry,
        );
      },
      async query(filter: AuditQuery = {}) {
        const limit = limitOf(filter.limit);
        return read((db) =>
          db.audit
            .filter(
              (row) =>
                (filter.kind === undefined || row.kind === filter.kind) &&
                (filter.record === undefined || row.record === filter.record) &&
                (filter.status === undefined || row.status === String(filter.status)) &&
                (filter.since === undefined || row.at >= filter.since) &&
                (filter.until === undefined || row.at < filter.until) &&
                (filter.after === undefined || Number(row.id) > Number(filter.after)),
            )
            .slice(0, limit)
            .map(auditEntry),
        );
      },
      async get(id) {
        return read((db) => {
          const row = db.audit.find((r) => r.id === id);
          return row ? auditEntry(row) : undefined;
        });
      },
    },

    records: {
      async upsert(record) {
        const data = checkRecord(record, "records.upsert");
        return transact((db) => {
          const at = now();
          const row = db.records[record.id];
          if (row) {
            if (data === null) return storedRecord(record.id, row);
            const next = { ...row, data, version: row.version + 1, updatedAt: at };
            db.records[record.id] = next;
            return storedRecord(record.id, next);
          }
          return storedRecord(record.id, createRow(db, record, data, at));
        });
      },
      // Create-if-absent: the look-up and the write sit in one `transact`, so of two creators of
      // one id (two runs that both saw it missing) exactly one writes it.
      async create(record) {
        const data = checkRecord(record, "records.create");
        return transact((db) => {
          if (db.records[record.id]) return false;
          createRow(db, record, data, now());
          return true;
        });
      },
      async get(id) {
        checkKey(id, "records.get", "id");
        return read((db) => {
          const row = db.records[id];
          return row ? storedRecord(id, row) : undefined;
        });
      },
      async list(filter = {}) {
        const limit = limitOf(filter.limit);
        return read((db) =>
          byKey(Object.entries(db.records))
            .filter(
              ([id, r]) =>
                (filter.kind === undefined || r.kind === filter.kind) &&
                (filter.state === undefined || r.state === filter.state) &&
                (filter.after === undefined || id > filter.after),
            )
            .slice(0, limit)
            .map(([id, r]) => storedRecord(id, r)),
        );
      },
      async transition(id, from, to, detail) {
        checkKey(id, "records.transition", "id");
        checkKey(to, "records.transition", "to");
        const states = typeof from === "string" ? [from] : from;
        if (states.length === 0 || states.some((s) => typeof s !== "string" || s.length === 0))
          throw invalid("from", "must be a state or a non-empty list of states", "records.transition");
        const data = detail?.data !== undefined ? checkJson(detail.data, "records.transition") : undefined;
        return transact((db) => {
          const row = db.records[id];
          if (!row)
            throw storageError(
              StorageErrorCode.NotFound,
              "No record with this id",
              "records.transition",
              id,
              "create it with records.upsert first",
            );
          const wrongVersion =
            detail?.expectedVersion !== undefined && detail.expectedVersion !== row.version;
          if (!states.includes(row.state) || wrongVersion) {
            throw storageError(
              StorageErrorCode.Conflict,
              `Record is in state "${row.state}" at version ${row.version}`,
              "records.transition",
              id,
              "re-read the record and decide again",
            );
          }
          const at = now();
          const next = {
            ...row,
            state: to,
            version: row.version + 1,
            ...(data !== undefined ? { data } : {}),
            reason: detail?.reason ?? null,
            updatedAt: at,
          };
          db.records[id] = next;
          appendAudit(
            db,
            "transition",
            at,
            transitionEntry(id, row.kind, to, {
              previousState: row.state,
              ...(detail?.reason !== undefined ? { reason: detail.reason } : {}),
              ...(detail?.ref !== undefined ? { ref: detail.ref } : {}),
            }),
            null,
          );
          return storedRecord(id, next);
        });
      },
    },

    rateLimits: {
      async get(bucket) {
        checkKey(bucket, "rateLimits.get", "bucket");
        return read((db) => {
          const row = db.rateLimits[bucket];
          if (!row) return undefined;
          const { updatedAt: _updatedAt, ...state } = row;
          return state;
        });
      },
      async update(bucket, fn) {
        checkKey(bucket, "rateLimits.update", "bucket");
        return transact((db) => {
          const row = db.rateLimits[bucket];
          let current: RateLimitState | undefined;
          if (row) {
            const { updatedAt: _updatedAt, ...state } = row;
            current = state;
          }
          const next = fn(current);
          const finite = (v: unknown) => typeof v === "number" && Number.isFinite(v);
          if (
            !finite(next?.tokens) ||
            !finite(next.refilledAt) ||
            (next.pausedUntil !== undefined && !finite(next.pausedUntil)) ||
            (next.rate !== undefined && !finite(next.rate))
          ) {
            throw invalid(
              bucket,
              "must return { tokens, refilledAt, pausedUntil?, rate? } of finite numbers",
              "rateLimits.update",
            );
          }
          const state: RateLimitState = {
            tokens: next.tokens,
            refilledAt: next.refilledAt,
            ...(next.pausedUntil !== undefined ? { pausedUntil: next.pausedUntil } : {}),
            ...(next.rate !== undefined ? { rate: next.rate } : {}),
          };
          db.rateLimits[bucket] = { ...state, updatedAt: now() };
          return state;
        });
      },
    },

    documents: {
      async put(key, body, meta = {}) {
        checkKey(key, "documents.put");
        for (const [k, v] of Object.entries(meta.attributes ?? {}))
          if (typeof v !== "string") throw invalid(`attributes.${k}`, "must be a string", "documents.put");
        // Compress before the transaction: the only await of the call sits outside read-and-write.
        const packed = await packDocument(body);
        return transact((db): DocumentInfo => {
          const info = {
            contentType: meta.contentType ?? "application/octet-stream",
            ...(meta.record !== undefined ? { record: meta.record } : {}),
            attributes: { ...(meta.attributes ?? {}) },
            size: packed.size,
            storedSize: packed.stored.byteLength,
            sha256: packed.sha256,
            createdAt: now(),
          };
          db.documents[key] = { ...info, body: b64(packed.stored) };
          return { key, ...info };
        });
      },
      async get(key) {
        checkKey(key, "documents.get");
        const row = read((db) => db.documents[key]);
        if (!row) return undefined;
        const { body, ...info } = row;
        return { key, ...info, body: await unpackDocument(key, bytes(body), row.sha256) };
      },
      async list(filter = {}) {
        const limit = limitOf(filter.limit);
        return read((db) =>
          byKey(Object.entries(db.documents))
            .filter(
              ([key, d]) =>
                (filter.prefix === undefined || key.startsWith(filter.prefix)) &&
                (filter.record === undefined || d.record === filter.record),
            )
            .slice(0, limit)
            .map(([key, { body: _body, ...info }]) => ({ key, ...info })),
        );
      },
    },
  };
}
