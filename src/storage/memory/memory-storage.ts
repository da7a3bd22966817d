import { z } from "zod";
import { systemClock } from "../../core/clock.js";
import { parseOptions, storageOptionsShape } from "../../core/options.js";
import { takeRateLimitToken } from "../../core/rate-limiter.js";
import {
  type AuditEntry,
  type AuditRow,
  auditFromRow,
  auditMatches,
  auditRowForCall,
  auditRowForTransition,
  type ClaimOptions,
  type ClaimResult,
  type CredentialInfo,
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
  copyBlob,
  type DedupRow,
  type DocumentInfo,
  type DocumentMeta,
  type DocumentRow,
  decideClaim,
  decideReopen,
  dedupEntry,
  defaultOwner,
  documentInfoFromRow,
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
  recordFromRow,
  type StorageAdapter,
  type StorageOptions,
  type StoredCredential,
  toJson,
  transitionAudit,
  unpackDocument,
  wholeMilliseconds,
} from "../../core/storage.js";

/**
 * The tables of a memory store. Create one with {@link createMemoryStorageState} and hand it to
 * several {@link memoryStorage} instances to share data between them (as two workers on one
 * database would), or read it directly in tests.
 */
export interface MemoryStorageState {
  readonly credentials: Map<string, StoredCredential>;
  readonly cursors: Map<string, { value: string; version: number; updatedAt: number }>;
  readonly dedup: Map<string, DedupRow>;
  readonly audit: AuditRow[];
  readonly records: Map<string, RecordRow>;
  readonly rateLimits: Map<string, RateLimitState & { updatedAt: number }>;
  readonly documents: Map<string, DocumentRow & { body: Uint8Array }>;
  /** Last audit id handed out. */
  auditSeq: number;
}

/** Creates empty tables for {@link memoryStorage}. */
export function createMemoryStorageState(): MemoryStorageState {
  return {
    credentials: new Map(),
    cursors: new Map(),
    dedup: new Map(),
    audit: [],
    records: new Map(),
    rateLimits: new Map(),
    documents: new Map(),
    auditSeq: 0,
  };
}

/** Options of {@link memoryStorage}. */
export interface MemoryStorageOptions extends StorageOptions {
  /**
   * Tables to use, shared with other instances.
   * @default fresh, empty tables
   */
  readonly state?: MemoryStorageState;
}

const memoryOptionsSchema = z.looseObject(
  {
    ...storageOptionsShape,
    state: z
      .custom<MemoryStorageState>(
        (v) =>
          typeof v === "object" &&
          v !== null &&
          (v as MemoryStorageState).records instanceof Map &&
          Array.isArray((v as MemoryStorageState).audit),
        "must be the tables from createMemoryStorageState()",
      )
      .optional(),
  },
  { error: "options must be an object" },
);

/**
 * A storage adapter that keeps everything in this process's memory: for tests, demos and
 * one-shot runs. Nothing survives the process.
 * @example
 * const storage = memoryStorage({ clock: createSimulatedClock() });
 */
export function memoryStorage(options: MemoryStorageOptions = {}): StorageAdapter {
  parseOptions(memoryOptionsSchema, options, { system: "storage", operation: "memoryStorage" });
  const clock = wholeMilliseconds(options.clock ?? systemClock);
  const owner = options.owner ?? defaultOwner();
  const db = options.state ?? createMemoryStorageState();
  let closed = false;

  // Every method body runs without an `await` between its read and its write, so each is atomic
  // in the single-threaded event loop; that is all the locking memory needs.
  const open = () => {
    if (closed) throw closedError("memory");
  };

  // Claim and reopen take a lease the same way: new token, one more attempt, no result.
  const takeLease = (
    key: string,
    row: DedupRow | undefined,
    claimOptions: ClaimOptions,
    now: number,
  ): ClaimResult => {
    const who = claimOptions.owner ?? owner;
    const token = newToken();
    const expiresAt = now + claimOptions.leaseMs;
    const attempts = (row?.attempts ?? 0) + 1;
    db.dedup.set(key, {
      key,
      state: "in-flight",
      owner: who,
      token,
      expiresAt,
      attempts,
      result: null,
      createdAt: row?.createdAt ?? now,
      updatedAt: now,
    });
    return { status: "claimed", token, owner: who, expiresAt, attempt: attempts };
  };
  const appendAudit = (row: Omit<AuditRow, "id">): AuditEntry => {
    db.auditSeq += 1;
    const stored: AuditRow = { ...row, id: String(db.auditSeq) };
    db.audit.push(stored);
    return auditFromRow(stored);
  };

  const storeDocument = (key: string, packed: PackedDocument, meta: DocumentMeta): DocumentInfo => {
    const row = { ...packedDocumentRow(key, packed, meta, clock.now()), body: packed.stored };
    db.documents.set(key, row);
    return documentInfoFromRow(row);
  };

  return {
    name: "memory",
    capabilities: Object.freeze({ durable: false, multiProcess: false, multiMachine: false }),
    async migrate() {
      open();
    },
    async close() {
      closed = true;
    },

    credentials: {
      async put(id, value: EncryptedBlob) {
        open();
        checkKey(id, "credentials.put", "id");
        checkBlob(value, "credentials.put");
        const stored: StoredCredential = { id, ...copyBlob(value), updatedAt: clock.now() };
        db.credentials.set(id, stored);
        return { id, ...copyBlob(stored), updatedAt: stored.updatedAt };
      },
      async get(id) {
        open();
        checkKey(id, "credentials.get", "id");
        const row = db.credentials.get(id);
        return row ? { id, ...copyBlob(row), updatedAt: row.updatedAt } : undefined;
      },
      async delete(id) {
        open();
        checkKey(id, "credentials.delete", "id");
        return db.credentials.delete(id);
      },
      async list() {
        open();
        return [...db.credentials.values()]
          .map((c): CredentialInfo => ({ id: c.id, keyVersion: c.keyVersion, updatedAt: c.updatedAt }))
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      },
    },

    cursors: {
      async get(key) {
        open();
        checkKey(key, "cursors.get");
        const row = db.cursors.get(key);
        return row ? { key, ...row } : undefined;
      },
      async set(key, value, options = {}) {
        open();
        checkKey(key, "cursors.set");
        checkString(value, "value", "cursors.set");
        const row = db.cursors.get(key);
        if (options.expected !== undefined && (row?.value ?? null) !== options.expected) {
          throw conflict("The cursor changed since it was read", "cursors.set", key);
        }
        const next = { value, version: (row?.version ?? 0) + 1, updatedAt: clock.now() };
        db.cursors.set(key, next);
        return { key, ...next };
      },
    },

    dedup: {
      async claim(key, claimOptions): Promise<ClaimResult> {
        open();
        checkKey(key, "dedup.claim");
        checkLeaseMs(claimOptions?.leaseMs, "dedup.claim");
        const now = clock.now();
        const row = db.dedup.get(key);
        const decision = decideClaim(row, now);
        return decision === "take" ? takeLease(key, row, claimOptions, now) : decision;
      },
      async reopen(key, reopenOptions): Promise<ClaimResult> {
        open();
        checkKey(key, "dedup.reopen");
        checkLeaseMs(reopenOptions?.leaseMs, "dedup.reopen");
        checkCompletedAt(reopenOptions.completedAt, "dedup.reopen");
        const now = clock.now();
        const row = db.dedup.get(key);
        const decision = decideReopen(row, now, reopenOptions.completedAt);
        return decision === "take" ? takeLease(key, row, reopenOptions, now) : decision;
      },
      async complete(key, token, result = null) {
        open();
        checkKey(key, "dedup.complete");
        const text = toJson(result, "dedup.complete");
        const row = db.dedup.get(key);
        if (!holdsLease(row, token)) throw leaseLost(key, "dedup.complete");
        db.dedup.set(key, {
          ...row,
          state: "done",
          token: null,
          expiresAt: null,
          result: text,
          updatedAt: clock.now(),
        });
      },
      async release(key, token) {
        open();
        checkKey(key, "dedup.release");
        const row = db.dedup.get(key);
        if (!holdsLease(row, token)) return false;
        db.dedup.set(key, {
          ...row,
          state: "released",
          token: null,
          expiresAt: null,
          updatedAt: clock.now(),
        });
        return true;
      },
      async extend(key, token, leaseMs) {
        open();
        checkKey(key, "dedup.extend");
        checkLeaseMs(leaseMs, "dedup.extend");
        const row = db.dedup.get(key);
        if (!holdsLease(row, token)) throw leaseLost(key, "dedup.extend");
        const now = clock.now();
        db.dedup.set(key, { ...row, expiresAt: now + leaseMs, updatedAt: now });
        return now + leaseMs;
      },
      async get(key) {
        open();
        checkKey(key, "dedup.get");
        const row = db.dedup.get(key);
        return row ? dedupEntry(row) : undefined;
      },
    },

    audit: {
      async appendCall(entry) {
        open();
        return appendAudit(auditRowForCall(entry, clock.now())) as Extract<AuditEntry, { kind: "call" }>;
      },
      async appendTransition(entry) {
        open();
        return appendAudit(auditRowForTransition(entry, clock.now())) as Extract<
          AuditEntry,
          { kind: "transition" }
        >;
      },
      async query(filter = {}) {
        open();
        const limit = clampLimit(filter.limit);
        if (filter.after !== undefined) checkAuditId(filter.after, "audit.query");
        const out: AuditEntry[] = [];
        for (const row of db.audit) {
          if (out.length >= limit) break;
          if (auditMatches(row, filter)) out.push(auditFromRow(row));
        }
        return out;
      },
      async get(id) {
        open();
        checkAuditId(id, "audit.get");
        const row = db.audit.find((r) => r.id === id);
        return row ? auditFromRow(row) : undefined;
      },
    },

    records: {
      async upsert(record) {
        open();
        checkRecordInput(record);
        const data = toJson(record.data, "records.upsert");
        const now = clock.now();
        const row = db.records.get(record.id);
        if (row) {
          if (data === null) return recordFromRow(row);
          const next: RecordRow = { ...row, data, version: row.version + 1, updatedAt: now };
          db.records.set(row.id, next);
          return recordFromRow(next);
        }
        const created = newRecordRow(record, data, now);
        db.records.set(created.id, created);
        appendAudit(
          auditRowForTransition(transitionAudit(created, created.state, undefined, undefined), now),
        );
        return recordFromRow(created);
      },
      async create(record) {
        open();
        checkRecordInput(record);
        const data = toJson(record.data, "records.create");
        // One synchronous stretch from the look-up to the write: nothing else runs in between.
        if (db.records.has(record.id)) return false;
        const now = clock.now();
        const created = newRecordRow(record, data, now);
        db.records.set(created.id, created);
        appendAudit(
          auditRowForTransition(transitionAudit(created, created.state, undefined, undefined), now),
        );
        return true;
      },
      async get(id) {
        open();
        checkKey(id, "records.get", "id");
        const row = db.records.get(id);
        return row ? recordFromRow(row) : undefined;
      },
      async list(filter = {}) {
        open();
        const limit = clampLimit(filter.limit);
        return [...db.records.values()]
          .filter(
            (r) =>
              (filter.kind === undefined || r.kind === filter.kind) &&
              (filter.state === undefined || r.state === filter.state) &&
              (filter.after === undefined || r.id > filter.after),
          )
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
          .slice(0, limit)
          .map(recordFromRow);
      },
      async transition(id, from, to, detail) {
        open();
        checkKey(id, "records.transition", "id");
        checkKey(to, "records.transition", "to");
        const states = fromStates(from);
        const data = detail?.data !== undefined ? toJson(detail.data, "records.transition") : undefined;
        const row = checkTransition(id, db.records.get(id), states, detail);
        const now = clock.now();
        const next: RecordRow = {
          ...row,
          state: to,
          version: row.version + 1,
          ...(data !== undefined ? { data } : {}),
          reason: detail?.reason ?? null,
          updatedAt: now,
        };
        db.records.set(id, next);
        appendAudit(auditRowForTransition(transitionAudit(next, to, row.state, detail), now));
        return recordFromRow(next);
      },
    },

    rateLimits: {
      async get(bucket) {
        open();
        checkKey(bucket, "rateLimits.get", "bucket");
        const row = db.rateLimits.get(bucket);
        if (!row) return undefined;
        const { updatedAt: _updatedAt, ...state } = row;
        return state;
      },
      async update(bucket, fn) {
        open();
        checkKey(bucket, "rateLimits.update", "bucket");
        const row = db.rateLimits.get(bucket);
        let current: RateLimitState | undefined;
        if (row) {
          const { updatedAt: _updatedAt, ...state } = row;
          current = state;
        }
        const next = checkRateLimitState(fn(current), bucket);
        db.rateLimits.set(bucket, { ...next, updatedAt: clock.now() });
        return next;
      },
      async take(bucket, request) {
        open();
        checkKey(bucket, "rateLimits.take", "bucket");
        checkRateLimitTake(request);
        const row = db.rateLimits.get(bucket);
        let current: RateLimitState | undefined;
        if (row) {
          const { updatedAt: _updatedAt, ...state } = row;
          current = state;
        }
        const { waitMs, state } = takeRateLimitToken(current, request);
        const next = checkRateLimitState(state, bucket, "rateLimits.take");
        db.rateLimits.set(bucket, { ...next, updatedAt: clock.now() });
        return { waitMs, state: next };
      },
    },

    documents: {
      async put(key, body, meta = {}) {
        open();
        checkKey(key, "documents.put");
        checkDocumentMeta(meta);
        const packed = await packDocument(body);
        open();
        return storeDocument(key, packed, meta);
      },
      async putPacked(key, packed, meta = {}) {
        open();
        checkKey(key, "documents.putPacked");
        checkDocumentMeta(meta);
        checkPackedDocument(packed);
        // The caller keeps its bytes: the store holds a copy nobody else can change.
        return storeDocument(key, { ...packed, stored: packed.stored.slice() }, meta);
      },
      async get(key) {
        open();
        checkKey(key, "documents.get");
        const row = db.documents.get(key);
        if (!row) return undefined;
        const body = await unpackDocument(key, row.body, row.sha256);
        return { ...documentInfoFromRow(row), body };
      },
      async list(filter = {}) {
        open();
        const limit = clampLimit(filter.limit);
        return [...db.documents.values()]
          .filter(
            (d) =>
              (filter.prefix === undefined || d.key.startsWith(filter.prefix)) &&
              (filter.record === undefined || d.record === filter.record),
          )
          .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
          .slice(0, limit)
          .map(documentInfoFromRow);
      },
    },
  };
}
