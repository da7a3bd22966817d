/**
 * The storage contract. One {@link StorageAdapter} holds everything ml-connector persists:
 * encrypted credentials, cursors and watermarks, dedup leases, the audit trail, records with
 * their state, rate-limit state and archived documents.
 *
 * Adapters ship as factories: `memoryStorage()` (`ml-connector/storage/memory`),
 * `sqliteStorage({ path })` (`ml-connector/storage/sqlite`, the embedded default) and
 * `postgresStorage({ pool })` (`ml-connector/storage/postgres`, many workers on many machines).
 * A host may write its own; `runStorageAdapterSuite` from `ml-connector/testing` checks it.
 *
 * Every method is async, even where the backend is not, so adapters are interchangeable.
 *
 * The rules every adapter keeps are written on the methods below, each with the id the
 * conformance suite prints when it finds one broken (`rule dedup.claim.live-lease-is-in-flight`);
 * `docs/storage-adapters.md` lists them all. Rules that hold for every method:
 * - keys, ids, buckets and states are non-empty strings of at most 512 characters; anything
 *   else is a `ValidationError` (`invalid_argument`), never a stored row
 * - time stamps and lease expiries come from the adapter's clock ({@link StorageOptions.clock}),
 *   as whole epoch milliseconds, never from the backend's own clock
 * - bytes handed in are copied before `put` resolves; bytes handed out are the caller's to keep
 * - `limit` defaults to 100 and is capped at 10 000
 * - after `close()`, every call rejects with `STORAGE_CLOSED`
 * @packageDocumentation
 */

import { createHash, randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import type { Clock } from "./clock.js";
import type { RequestIds } from "./errors.js";
import { StorageError, ValidationError } from "./errors.js";
import { redactText } from "./redact.js";

/** Any value that survives `JSON.stringify` → `JSON.parse` unchanged. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Stable `code` values of the {@link StorageError}s adapters throw. */
export const StorageErrorCode = {
  /** A compare-and-set or optimistic check failed: someone else changed the value first. */
  Conflict: "STORAGE_CONFLICT",
  /** The dedup lease behind a token was lost: it expired and another worker took the key over. */
  LeaseLost: "STORAGE_LEASE_LOST",
  /** The record the call refers to does not exist. */
  NotFound: "STORAGE_NOT_FOUND",
  /** The adapter was closed. */
  Closed: "STORAGE_CLOSED",
  /** The backend could not be reached or failed; usually worth retrying. */
  Unavailable: "STORAGE_UNAVAILABLE",
  /** A schema migration failed. */
  Migration: "STORAGE_MIGRATION_FAILED",
  /** Stored data is not in the expected shape. */
  Corrupt: "STORAGE_CORRUPT",
} as const;

/** One of the {@link StorageErrorCode} values. */
export type StorageErrorCode = (typeof StorageErrorCode)[keyof typeof StorageErrorCode];

/**
 * What an adapter can do; declared by the adapter, never sniffed (rule
 * `lifecycle.capabilities.declared`: three booleans, and `multiMachine` implies `multiProcess`).
 */
export interface StorageCapabilities {
  /** Data survives `close()` and a process restart. */
  readonly durable: boolean;
  /** Several processes on one machine may share the data (leases are safe between them). */
  readonly multiProcess: boolean;
  /** Several machines may share the data (leases are safe between them). */
  readonly multiMachine: boolean;
}

// ---------------------------------------------------------------------------------------------
// Credentials

/**
 * An encrypted value as the credential vault produces it. Storage keeps these bytes exactly as
 * given and never sees the clear text.
 */
export interface EncryptedBlob {
  /** Version of the vault key that encrypted this value; lets the vault rotate keys. */
  readonly keyVersion: number;
  /** Initialisation vector / nonce. */
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
  /** Authentication tag (AES-GCM). */
  readonly tag: Uint8Array;
  /** Additional authenticated data, in clear (never secret). */
  readonly aad?: string;
}

/** A credential as stored: the encrypted blob plus its id and time of writing. */
export interface StoredCredential extends EncryptedBlob {
  readonly id: string;
  /** Epoch milliseconds of the last `put`. */
  readonly updatedAt: number;
}

/** A credential without its bytes, as listed. */
export interface CredentialInfo {
  readonly id: string;
  readonly keyVersion: number;
  readonly updatedAt: number;
}

/** Encrypted credentials (refresh tokens, client secrets), keyed by id. */
export interface CredentialStore {
  /**
   * Stores (or replaces) the encrypted value under `id`, byte for byte: `keyVersion`, `iv`,
   * `ciphertext`, `tag` and `aad` come back exactly as given, no field holds the clear text
   * (rule `credentials.ciphertext.byte-identical`), and the bytes are copied before the call
   * resolves (rule `credentials.bytes.copied-on-put`). `updatedAt` is the adapter clock's now.
   */
  put(id: string, value: EncryptedBlob): Promise<StoredCredential>;
  get(id: string): Promise<StoredCredential | undefined>;
  /** Removes `id`; resolves `false` when there was nothing to remove. */
  delete(id: string): Promise<boolean>;
  /**
   * Every stored credential, ordered by id, without bytes: e.g. to find values under an old key
   * version (rule `credentials.put-list-delete`).
   */
  list(): Promise<CredentialInfo[]>;
}

// ---------------------------------------------------------------------------------------------
// Cursors

/** A cursor or watermark (last `PostedAfter`, a `NextToken`, a report's processing date). */
export interface CursorEntry {
  readonly key: string;
  readonly value: string;
  /** Starts at 1, grows by one on every `set`. */
  readonly version: number;
  readonly updatedAt: number;
}

/** Options of {@link CursorStore.set}. */
export interface CursorSetOptions {
  /**
   * Compare-and-set: the value the caller last read, or `null` for "must not exist yet".
   * When the stored value differs the call throws a {@link StorageError} with code
   * `STORAGE_CONFLICT` and nothing changes. Leave it out to write unconditionally.
   */
  readonly expected?: string | null;
}

/**
 * Cursors and watermarks, with compare-and-set so two workers never move one backwards.
 * `version` starts at 1 and grows by one on every `set` (rule `cursors.version.grows`); a stale
 * `expected` throws `STORAGE_CONFLICT` and changes nothing (rule `cursors.cas.stale-is-conflict`),
 * also between two instances racing on one key (rule `cursors.cas.concurrent-one-wins`).
 */
export interface CursorStore {
  get(key: string): Promise<CursorEntry | undefined>;
  /**
   * Writes `value` under `key`.
   * @example
   * const cur = await storage.cursors.get("orders:ATVPDKIKX0DER");
   * await storage.cursors.set("orders:ATVPDKIKX0DER", next, { expected: cur?.value ?? null });
   */
  set(key: string, value: string, options?: CursorSetOptions): Promise<CursorEntry>;
}

/** Options of {@link advanceCursor}. */
export interface AdvanceCursorOptions {
  /** The value the caller read before its work, or `null` when there was none. */
  readonly expected: string | null;
  /**
   * Orders two cursor values: negative when `a` is earlier than `b`, zero when equal, positive
   * when later.
   */
  readonly compare: (a: string, b: string) => number;
  /** Compare-and-set attempts after the first one before the conflict is thrown. @default 5 */
  readonly retries?: number;
}

/**
 * The `compare` of {@link advanceCursor} for cursors holding an ISO 8601 instant. A value that is
 * not an instant counts as the earliest, so a valid watermark replaces it.
 */
export function compareInstants(a: string, b: string): number {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1;
  return x - y;
}

/**
 * Moves a watermark forward without ever moving it back: a compare-and-set from the value the
 * caller read; when another writer moved the cursor meanwhile (`STORAGE_CONFLICT`), re-reads it
 * and writes `value` only if it is later than the stored one, else keeps the other writer's.
 * Retries a bounded number of times, then throws the last conflict.
 *
 * Right only for a watermark that means "everything up to here is done": the caller must have
 * stored all its work up to `value` before calling, so keeping the later of two writers' values
 * loses nothing either of them saw.
 * @returns the entry stored now: the caller's, or the other writer's when that one is as far or further.
 * @example
 * const cur = await storage.cursors.get(key);
 * // … list and store everything up to `next` …
 * await advanceCursor(storage.cursors, key, next, { expected: cur?.value ?? null, compare: (a, b) => Date.parse(a) - Date.parse(b) });
 */
export async function advanceCursor(
  cursors: CursorStore,
  key: string,
  value: string,
  options: AdvanceCursorOptions,
): Promise<CursorEntry> {
  const retries = options.retries ?? 5;
  let expected = options.expected;
  for (let attempt = 0; ; attempt++) {
    try {
      return await cursors.set(key, value, { expected });
    } catch (e) {
      if (!(e instanceof StorageError) || e.code !== StorageErrorCode.Conflict || attempt >= retries) throw e;
    }
    const current = await cursors.get(key);
    // Another writer got as far or further: its value already covers ours.
    if (current && options.compare(value, current.value) <= 0) return current;
    expected = current?.value ?? null;
  }
}

// ---------------------------------------------------------------------------------------------
// Dedup

/** Options of {@link DedupStore.claim}. */
export interface ClaimOptions {
  /** How long the lease lasts, in milliseconds of the adapter's clock. Must be a positive integer. */
  readonly leaseMs: number;
  /**
   * Who holds the lease, for diagnostics (`in-flight` answers name it).
   * @default the adapter's owner id: `<hostname>:<pid>:<random>`
   */
  readonly owner?: string;
}

/** Options of {@link DedupStore.reopen}. */
export interface ReopenOptions extends ClaimOptions {
  /**
   * The `completedAt` of the `done` answer the caller checked against the remote system and found
   * wrong. Only that completion is reopened: if the key was completed again since (another worker
   * reopened and redid it), the call answers `done` with the newer completion instead.
   */
  readonly completedAt: number;
}

/** Answer of {@link DedupStore.claim}. */
export type ClaimResult =
  | {
      /** The caller holds the lease: do the work, then `complete` or `release` with `token`. */
      readonly status: "claimed";
      /** Fencing token; `complete`, `release` and `extend` need it. */
      readonly token: string;
      readonly owner: string;
      /** Epoch milliseconds when the lease lapses unless extended. */
      readonly expiresAt: number;
      /**
       * 1 for the first claim of the key. Above 1, an earlier holder released the key or died
       * mid-lease: look the work up remotely (by natural key) before doing it again.
       */
      readonly attempt: number;
    }
  | {
      /** The work was completed before; `result` is what its worker recorded. */
      readonly status: "done";
      readonly result: JsonValue;
      readonly completedAt: number;
    }
  | {
      /** Someone else holds a live lease; try again after `expiresAt`. */
      readonly status: "in-flight";
      readonly owner: string;
      readonly expiresAt: number;
    };

/** A dedup key's stored state, as {@link DedupStore.get} reports it. */
export interface DedupEntry {
  readonly key: string;
  readonly state: "in-flight" | "done" | "released";
  readonly owner?: string;
  readonly expiresAt?: number;
  /** How many times the key was claimed. */
  readonly attempts: number;
  readonly result?: JsonValue;
  readonly updatedAt: number;
}

/**
 * At-most-once work by natural key (settlement id, report id, order id, D365 natural key; see
 * `dedupKeys`). A claim takes a lease; a worker that dies loses it when it lapses, and the next
 * claimer takes over with `attempt > 1`.
 * @example
 * const claim = await storage.dedup.claim(dedupKeys.settlement("usmf", "12345678"), { leaseMs: 60_000 });
 * if (claim.status === "claimed") {
 *   const journal = await post();
 *   await storage.dedup.complete(key, claim.token, { journal });
 * }
 */
export interface DedupStore {
  /**
   * Takes the lease on `key` unless the work is done or someone holds a live lease. A live lease
   * answers `in-flight` even to its own owner: a token is the only proof of holding it.
   * `decideClaim` (from `ml-connector/core`) makes the decision; the adapter makes the read and
   * the write one atomic step.
   *
   * Rules: `dedup.claim.first-takes-lease` (attempt 1, `expiresAt = now + leaseMs`, the backend
   * records owner, token and expiry); `dedup.claim.live-lease-is-in-flight` (a lease with
   * `expiresAt > now` answers `in-flight` with its owner and expiry);
   * `dedup.claim.done-is-final` (a completed key answers `done` with its result and
   * `completedAt`, forever); `dedup.claim.release-lets-next-in` (after `release` the next claim
   * succeeds at once, attempt 2); `dedup.claim.lapsed-lease-is-taken-over` (at `expiresAt` the
   * next claim takes over with a new token, and the old token can no longer complete, extend or
   * release); `dedup.claim.concurrent-one-winner` and `dedup.claim.cross-instance-once` (of
   * concurrent claims, in one process or across instances, exactly one is `claimed`);
   * `dedup.lease.positive-integer` (`leaseMs` that is not a positive integer is a
   * `ValidationError`).
   */
  claim(key: string, options: ClaimOptions): Promise<ClaimResult>;
  /**
   * Marks the key done with `result` (JSON, stored as given; `null` when absent) and clears the
   * token and expiry. Throws a {@link StorageError} with code `STORAGE_LEASE_LOST` when `token`
   * no longer holds the lease (another worker took it over), and for a key never claimed (rule
   * `dedup.token.wrong-is-lease-lost`). A lapsed lease nobody took over can still be completed
   * (rule `dedup.complete.lapsed-but-untaken-completes`).
   */
  complete(key: string, token: string, result?: JsonValue): Promise<void>;
  /**
   * Gives the lease up without completing, so another claim succeeds at once. Resolves `false`
   * (and changes nothing) when `token` no longer holds the lease, so it is safe in `finally`.
   */
  release(key: string, token: string): Promise<boolean>;
  /**
   * Pushes the lease's expiry to now + `leaseMs` (a heartbeat for long work); resolves the new
   * expiry, which the backend records (rule `dedup.extend.pushes-expiry`). Throws
   * `STORAGE_LEASE_LOST` when `token` no longer holds the lease.
   */
  extend(key: string, token: string, leaseMs: number): Promise<number>;
  /**
   * Takes the lease on a key marked done, because the remote system no longer holds what its
   * result names (a journal deleted in D365): "done" in the local store never wins over D365.
   * Atomically, and only when the key is still done with exactly `options.completedAt`, the key
   * goes back in flight under a new lease (`attempt` grows by one, the old result is dropped) and
   * the answer is `claimed`. In every other state it answers as {@link DedupStore.claim} would,
   * so of several workers that saw the same stale completion, exactly one reopens it.
   *
   * The rule for callers: reopen only after a remote look-up by natural key found nothing, and
   * look the record up again (by natural key) before writing it anew.
   *
   * Rules: `dedup.reopen.takes-done-back` (the backend holds the new lease, `attempts` grown by
   * one, and no result); `dedup.reopen.only-the-completion-seen` (another `completedAt` answers
   * `done` and changes nothing; of two concurrent reopens exactly one is `claimed`; a key never
   * claimed is claimed as attempt 1; a `completedAt` that is not an integer is a
   * `ValidationError`). `decideReopen` makes the decision.
   * @example
   * const claim = await storage.dedup.claim(key, { leaseMs });
   * if (claim.status === "done" && !(await stillInD365(claim.result))) {
   *   const again = await storage.dedup.reopen(key, { leaseMs, completedAt: claim.completedAt });
   * }
   */
  reopen(key: string, options: ReopenOptions): Promise<ClaimResult>;
  get(key: string): Promise<DedupEntry | undefined>;
}

// ---------------------------------------------------------------------------------------------
// Audit

/** The remote system an outbound call went to. */
export type AuditSystem = "amazon" | "d365" | "lwa" | "entra" | (string & {});

/** One outbound call attempt, as the pipeline's audit middleware reports it. */
export interface AuditCallInput {
  /** Epoch milliseconds when the attempt started. @default the adapter clock's now */
  readonly at?: number;
  readonly system: AuditSystem;
  /** Operation id or entity set, e.g. `getOrders`, `LedgerJournalLines`. */
  readonly operation: string;
  readonly method: string;
  /** Path without query string or PII; the adapter drops anything after `?` regardless. */
  readonly path: string;
  /** HTTP status; absent when no answer came (network error, timeout). */
  readonly status?: number;
  /** 1 for the first try, 2 for the first retry, ... */
  readonly attempt: number;
  readonly latencyMs: number;
  readonly requestIds?: RequestIds;
  /** The failure, if any; `message` passes through redaction before it is stored. */
  readonly error?: { readonly code: string; readonly message: string };
  /** The record the call worked for, e.g. `settlement:usmf:12345678`. */
  readonly record?: string;
  /** The request body a replay needs, encrypted by the vault. Never the clear body. */
  readonly body?: EncryptedBlob;
  /** The pipeline's id of the logical call (also the vault id the `body` is bound to). */
  readonly callId?: string;
  /** Natural key the call was made under; a replay claims it again before sending. */
  readonly dedupKey?: string;
  /** Audit id of the failed call this call replays. */
  readonly replayOf?: string;
}

/** A stored {@link AuditCallInput}. */
export interface AuditCallEntry extends Omit<AuditCallInput, "at"> {
  readonly kind: "call";
  /** Append-ordered id; compare with `BigInt(id)`. */
  readonly id: string;
  readonly at: number;
}

/** One record transition: discovered, fetched, parsed, mapped, posted, reconciled, or parked. */
export interface AuditTransitionInput {
  /** @default the adapter clock's now */
  readonly at?: number;
  /** The record, e.g. `settlement:usmf:12345678`. */
  readonly record: string;
  /** The record's kind, e.g. `settlement`. */
  readonly recordKind?: string;
  /** The state entered. */
  readonly state: string;
  /** The state left; absent when the record was first seen. */
  readonly previousState?: string;
  /** Why, for parked or failed records. */
  readonly reason?: string;
  /** What the transition produced remotely, e.g. journal number `JB-000123`. */
  readonly ref?: string;
  readonly detail?: JsonValue;
}

/** A stored {@link AuditTransitionInput}. */
export interface AuditTransitionEntry extends Omit<AuditTransitionInput, "at"> {
  readonly kind: "transition";
  readonly id: string;
  readonly at: number;
}

/** Either kind of audit entry. */
export type AuditEntry = AuditCallEntry | AuditTransitionEntry;

/** Filters of {@link AuditStore.query}; all optional, combined with AND. */
export interface AuditQuery {
  readonly kind?: AuditEntry["kind"];
  readonly record?: string;
  /** A transition's `state`, or a call's HTTP status (`429` or `"429"`; `"error"` for calls with no answer). */
  readonly status?: string | number;
  /** Inclusive lower bound on `at`, epoch milliseconds. */
  readonly since?: number;
  /** Exclusive upper bound on `at`, epoch milliseconds. */
  readonly until?: number;
  /** Only entries appended after the entry with this id (paging). */
  readonly after?: string;
  /** @default 100 */
  readonly limit?: number;
}

/** Where the pipeline and the sync engine write the audit trail. */
export interface AuditSink {
  appendCall(entry: AuditCallInput): Promise<AuditCallEntry>;
  appendTransition(entry: AuditTransitionInput): Promise<AuditTransitionEntry>;
}

/**
 * The audit trail: append-only, queried by record, status and time, in append order.
 *
 * Rules: `audit.path.no-query-string` (a call's path is stored without query string or fragment,
 * the status column holds the HTTP status as text, the body only as its ciphertext, no field
 * holds PII from the path or body); `audit.error.redacted` (an error message passes through
 * redaction before it is stored; a call with no answer has status `"error"`) — store what
 * `sanitizeCall` returns and both hold; `audit.query.filters-in-append-order` (ids are decimal
 * strings that grow in append order; `record`, `status`, `kind`, `since` inclusive, `until`
 * exclusive, `after` and `limit` combine with AND; an unknown id gives `undefined`).
 */
export interface AuditStore extends AuditSink {
  query(filter?: AuditQuery): Promise<AuditEntry[]>;
  get(id: string): Promise<AuditEntry | undefined>;
}

// ---------------------------------------------------------------------------------------------
// Records

/** A record the sync engine moves through its states (a settlement, an order). */
export interface StoredRecord {
  /** Natural key, e.g. `settlement:usmf:12345678`. */
  readonly id: string;
  readonly kind: string;
  readonly state: string;
  /** Starts at 1; grows by one on every change. */
  readonly version: number;
  readonly data?: JsonValue;
  /** Why the record is in its state (set by the last transition that gave one). */
  readonly reason?: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Input of {@link RecordStore.upsert}. */
export interface RecordInput {
  readonly id: string;
  readonly kind: string;
  /** State of a new record. An existing record keeps its state; only `transition` moves it. */
  readonly state: string;
  readonly data?: JsonValue;
}

/** Details of {@link RecordStore.transition}. */
export interface TransitionDetail {
  readonly reason?: string;
  /** What the transition produced remotely, e.g. the journal number; goes to the audit entry. */
  readonly ref?: string;
  /** Replaces the record's data. */
  readonly data?: JsonValue;
  /** Optimistic check on top of the state check. */
  readonly expectedVersion?: number;
}

/** Filters of {@link RecordStore.list}. */
export interface RecordQuery {
  readonly kind?: string;
  readonly state?: string;
  /** Only records whose id sorts after this one (paging; results are ordered by id). */
  readonly after?: string;
  /** @default 100 */
  readonly limit?: number;
}

/**
 * Records with their state. Every creation and transition is appended to the audit trail in the
 * same transaction: a record never changes without its audit entry, and an audit entry never
 * lands for a change that did not happen.
 *
 * Rules: `records.upsert.creates-once-audited` (a new record is version 1 with one audit
 * transition; an existing one keeps its state, takes the new `data` and grows its version);
 * `records.transition.moves-and-audits`; `records.transition.wrong-state-is-conflict` (another
 * state or version is `STORAGE_CONFLICT`, an unknown id `STORAGE_NOT_FOUND`, and nothing changes
 * or is audited); `records.transition.concurrent-one-wins` (of concurrent transitions out of one
 * state, across instances, exactly one succeeds); `records.list.filters-and-pages` (ordered by
 * id, `after` exclusive); `records.create.if-absent` (`create` makes a new record exactly as
 * `upsert` does and answers true; for an id that exists it answers false, and nothing changes or
 * is audited); `records.create.concurrent-one-wins` (of concurrent creates of one id, across
 * instances, exactly one answers true).
 */
export interface RecordStore {
  /** Creates the record, or updates an existing record's `data` (its state stays). */
  upsert(record: RecordInput): Promise<StoredRecord>;
  /**
   * Creates the record only when no record has its id, atomically: true when this call created
   * it (version 1, its creation audited), false when it existed (nothing changes). Discovery
   * creates records with it, so two runs that both saw a record missing cannot both create it,
   * nor the later one overwrite what the earlier one's steps already wrote.
   * Optional for adapters written before it; {@link createRecord} falls back to `get` + `upsert`.
   * @example
   * if (await storage.records.create?.({ id, kind: "order", state: "discovered", data })) found.push(id);
   */
  create?(record: RecordInput): Promise<boolean>;
  get(id: string): Promise<StoredRecord | undefined>;
  list(filter?: RecordQuery): Promise<StoredRecord[]>;
  /**
   * Moves the record from `from` (one state or any of several) to `to`. Throws a
   * {@link StorageError} with code `STORAGE_CONFLICT` when the record is in another state (or
   * another version), `STORAGE_NOT_FOUND` when it does not exist.
   * @example
   * await storage.records.transition(id, "mapped", "posted", { ref: "JB-000123" });
   * await storage.records.transition(id, ["fetched", "parsed"], "parked", { reason: "unknown fee type FBAFee2" });
   */
  transition(
    id: string,
    from: string | readonly string[],
    to: string,
    detail?: TransitionDetail,
  ): Promise<StoredRecord>;
}

/**
 * Creates `record` when no record has its id; true when this call created it. Uses the store's
 * atomic {@link RecordStore.create}; a store without it gets `get` then `upsert`, which is not
 * atomic: two runs of one seller at the same instant may then both create the record, the later
 * one replacing its data. The scheduler's single flight per seller keeps that from happening in
 * scheduled runs; implement `create` to make manual concurrent runs safe too.
 * @example
 * if (await createRecord(storage.records, { id, kind: "settlement", state: "discovered", data })) created.push(id);
 */
export async function createRecord(records: RecordStore, record: RecordInput): Promise<boolean> {
  if (records.create) return records.create(record);
  if (await records.get(record.id)) return false;
  return (await records.upsert(record)).version === 1;
}

// ---------------------------------------------------------------------------------------------
// Rate limits

/** A token bucket's persisted state. */
export interface RateLimitState {
  /** Tokens left (may be negative when callers reserve ahead). */
  readonly tokens: number;
  /** Epoch milliseconds `tokens` was computed at. */
  readonly refilledAt: number;
  /** Epoch milliseconds before which nobody may call (a `Retry-After`). */
  readonly pausedUntil?: number;
  /**
   * Refill rate in tokens per second learnt from the remote side (`x-amzn-RateLimit-Limit`),
   * shared by every worker; absent while the published default applies.
   */
  readonly rate?: number;
}

/**
 * One token take from a bucket, as {@link RateLimitStore.take} runs it: what the limiter knows of
 * the usage plan and the instant it takes at. {@link takeRateLimitToken} is the reference
 * arithmetic.
 */
export interface RateLimitTakeRequest {
  /**
   * Epoch milliseconds of the *limiter's* clock. The take is computed at this instant, never at
   * the backend's own clock: every worker sharing the bucket must refill it on one time line.
   */
  readonly now: number;
  /** The published refill rate in tokens per second, used while the bucket has learnt none (`rate`). */
  readonly rate: number;
  /** The bucket's size: a new bucket starts full, and refill never takes it above. */
  readonly burst: number;
  /** The fraction, in (0, 1], of the refill rate (learnt or published) to use. */
  readonly utilisation: number;
  /**
   * Milliseconds the refill is held back when a take starts it (the bucket was full or nearly
   * so): the remote side starts refilling when the request arrives, not when it was sent.
   */
  readonly marginMs: number;
}

/** What {@link RateLimitStore.take} did. */
export interface RateLimitTakeResult {
  /** `0` when a token was taken; else the milliseconds to wait before asking again (nothing taken). */
  readonly waitMs: number;
  /** The bucket's state after the take, as stored. */
  readonly state: RateLimitState;
}

/**
 * Rate-limit state shared by every worker on the storage.
 *
 * Rules: `rateLimits.update.stores-fn-result` (`fn` sees `undefined` first, then exactly what it
 * returned last time, `pausedUntil` and `rate` included); `rateLimits.update.atomic` and
 * `rateLimits.update.atomic-across-instances` (no concurrent update is lost);
 * `rateLimits.update.bad-state-refused` (a state that is not finite numbers is a
 * `ValidationError` and nothing is stored). When `take` is there: `rateLimits.take.matches-reference`
 * (its answer and what it stores are exactly {@link takeRateLimitToken}'s),
 * `rateLimits.take.sees-update` (`take` and `update` read each other's writes),
 * `rateLimits.take.atomic-across-instances` (concurrent takes never give out more tokens than the
 * bucket holds) and `rateLimits.take.bad-request-refused`.
 */
export interface RateLimitStore {
  get(bucket: string): Promise<RateLimitState | undefined>;
  /**
   * Reads, changes and writes the bucket atomically: no other update of the same bucket runs in
   * between, in any process sharing the storage. `fn` must be synchronous and quick.
   * @example
   * const next = await storage.rateLimits.update("amazon:getOrders:A1", (s) => take(s, clock.now()));
   */
  update(
    bucket: string,
    fn: (current: RateLimitState | undefined) => RateLimitState,
  ): Promise<RateLimitState>;
  /**
   * Optional: takes one token from the bucket, or says how long to wait, in one atomic step of
   * the backend: the result and the stored state are exactly what {@link takeRateLimitToken}
   * computes from the stored state (`undefined` for a new bucket) and `request`. A backend that
   * can run the step where the data lives (one SQL statement, a Lua script) holds the bucket for
   * that step only, not across a round trip to the client as `update` must; several processes
   * sharing a bucket then queue for microseconds, not for their round trips. Without it, the
   * limiter runs the same arithmetic through `update`.
   * @param bucket - The bucket's key.
   * @param request - The plan and the limiter's instant.
   * @example
   * const { waitMs } = await storage.rateLimits.take!("A1|ordersV0.getOrderItems", {
   *   now: clock.now(), rate: 0.5, burst: 30, utilisation: 1, marginMs: 150,
   * });
   */
  take?(bucket: string, request: RateLimitTakeRequest): Promise<RateLimitTakeResult>;
}

// ---------------------------------------------------------------------------------------------
// Documents

/** Metadata of {@link DocumentStore.put}. */
export interface DocumentMeta {
  /** @default "application/octet-stream" */
  readonly contentType?: string;
  /** The record the document belongs to, e.g. `settlement:usmf:12345678`. */
  readonly record?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/** An archived document without its body. */
export interface DocumentInfo {
  readonly key: string;
  readonly contentType: string;
  readonly record?: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Bytes before compression. */
  readonly size: number;
  /** Bytes as stored (gzip). */
  readonly storedSize: number;
  /** Hex SHA-256 of the uncompressed body. */
  readonly sha256: string;
  readonly createdAt: number;
}

/** An archived document with its (decompressed) body. */
export interface StoredDocument extends DocumentInfo {
  readonly body: Uint8Array;
}

/** Filters of {@link DocumentStore.list}. */
export interface DocumentQuery {
  readonly prefix?: string;
  readonly record?: string;
  /** @default 100 */
  readonly limit?: number;
}

/**
 * Archived raw documents (settlement reports as downloaded), stored gzip-compressed.
 *
 * Rules: `documents.gzip` (the backend holds gzip bytes, `size` and `sha256` are the original's,
 * `get` gives the original bytes back with their metadata; `packDocument` does the work);
 * `documents.binary-and-list` (binary bodies round-trip, `list` orders by key, filters by
 * `prefix` and `record`, and carries no body). A stored body that no longer matches its SHA-256
 * is `STORAGE_CORRUPT` on `get` (`unpackDocument` checks it).
 */
export interface DocumentStore {
  /** Stores (or replaces) the document; strings are stored as UTF-8. */
  put(key: string, body: Uint8Array | string, meta?: DocumentMeta): Promise<DocumentInfo>;
  /**
   * Stores (or replaces) a document that is already gzip-compressed, as it is: `packed.stored`
   * becomes the stored body, `packed.size` and `packed.sha256` its facts (rule
   * `documents.put-packed`). For a caller that holds the gzip bytes anyway (a report document
   * Amazon sent compressed) and has read them once to hash them: no second compression. `get`
   * checks the SHA-256 as for any document, so bytes that do not match their hash are
   * `STORAGE_CORRUPT` there, never handed on. Optional: without it, callers `put` the body.
   */
  putPacked?(key: string, packed: PackedDocument, meta?: DocumentMeta): Promise<DocumentInfo>;
  /** The document; throws `STORAGE_CORRUPT` when the stored body no longer matches its SHA-256. */
  get(key: string): Promise<StoredDocument | undefined>;
  /** Documents ordered by key, without bodies. */
  list(filter?: DocumentQuery): Promise<DocumentInfo[]>;
}

// ---------------------------------------------------------------------------------------------
// The adapter

/**
 * Everything ml-connector persists, behind one small object. Build one with a factory
 * (`memoryStorage()`, `sqliteStorage({ path })`, `postgresStorage({ pool })`) and pass it to
 * the connector; check your own with `runStorageAdapterSuite` from `ml-connector/testing`.
 */
export interface StorageAdapter {
  /** Short backend name, e.g. `sqlite`. */
  readonly name: string;
  readonly capabilities: StorageCapabilities;
  /**
   * Brings the schema up to date; safe to call any number of times, from any number of workers,
   * and never loses data (rule `lifecycle.migrate.idempotent`). What one instance wrote, another
   * instance on the same backend reads, also after the first closed (rule
   * `lifecycle.shared-data.seen-by-other-instances`).
   */
  migrate(): Promise<void>;
  /**
   * Releases connections the adapter opened itself (never a pool the host passed in); later
   * calls throw `STORAGE_CLOSED` (rule `lifecycle.close.then-storage-closed`).
   */
  close(): Promise<void>;
  readonly credentials: CredentialStore;
  readonly cursors: CursorStore;
  readonly dedup: DedupStore;
  readonly audit: AuditStore;
  readonly records: RecordStore;
  readonly rateLimits: RateLimitStore;
  readonly documents: DocumentStore;
}

/** Options every adapter factory takes. */
export interface StorageOptions {
  /**
   * Clock for lease expiry and time stamps; pass a simulated clock in tests.
   * @default systemClock
   */
  readonly clock?: Clock;
  /**
   * Default lease owner for `dedup.claim`.
   * @default `<hostname>:<pid>:<random>`
   */
  readonly owner?: string;
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the adapters. The adapter kit (exported from `ml-connector/core`): scrubPath,
// sanitizeCall, packDocument, unpackDocument, decideClaim, decideReopen, holdsLease and the row
// types. The rest stays internal.

/** @internal */
export const DEFAULT_LIMIT = 100;
/** @internal */
export const MAX_LIMIT = 10_000;

/** @internal The clock's time in whole milliseconds: the backends store epoch ms as integers. */
export function wholeMilliseconds(clock: Clock): Pick<Clock, "now"> {
  return { now: () => Math.floor(clock.now()) };
}

/** @internal A fresh owner id for one adapter instance. */
export function defaultOwner(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** @internal A fresh fencing token. */
export function newToken(): string {
  return randomUUID();
}

/** @internal */
export function invalid(path: string, message: string, operation: string): ValidationError {
  return new ValidationError(`Invalid argument to storage ${operation}`, {
    issues: [{ code: "invalid_argument", path: [path], message }],
    where: { system: "storage", operation },
  });
}

/** @internal Throws unless `key` is a non-empty string of at most 512 characters. */
export function checkKey(key: unknown, operation: string, name = "key"): asserts key is string {
  if (typeof key !== "string" || key.length === 0 || key.length > 512) {
    throw invalid(name, "must be a non-empty string of at most 512 characters", operation);
  }
}

/** @internal Throws unless `value` is a string. */
export function checkString(value: unknown, path: string, operation: string): asserts value is string {
  if (typeof value !== "string") throw invalid(path, "must be a string", operation);
}

/** @internal Throws unless `ms` is a positive safe integer. */
export function checkLeaseMs(ms: unknown, operation: string): asserts ms is number {
  if (typeof ms !== "number" || !Number.isSafeInteger(ms) || ms <= 0) {
    throw invalid("leaseMs", "must be a positive integer number of milliseconds", operation);
  }
}

/** @internal */
export function clampLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit <= 0) throw invalid("limit", "must be a positive integer", "query");
  return Math.min(limit, MAX_LIMIT);
}

/** @internal */
export function conflict(message: string, operation: string, record: string, hint?: string): StorageError {
  return new StorageError(message, {
    code: StorageErrorCode.Conflict,
    where: { system: "storage", operation, record },
    hint: hint ?? "re-read the current value and decide again",
    retryable: true,
  });
}

/** @internal */
export function leaseLost(key: string, operation: string): StorageError {
  return new StorageError("The dedup lease for this key is no longer held by this token", {
    code: StorageErrorCode.LeaseLost,
    where: { system: "storage", operation, record: key },
    hint: "the lease lapsed and another worker took the key over; stop this work and let that worker finish it",
  });
}

/** @internal */
export function notFound(id: string, operation: string): StorageError {
  return new StorageError("No record with this id", {
    code: StorageErrorCode.NotFound,
    where: { system: "storage", operation, record: id },
    hint: "create it with records.upsert first",
  });
}

/** @internal */
export function closedError(name: string): StorageError {
  return new StorageError(`The ${name} storage adapter is closed`, {
    code: StorageErrorCode.Closed,
    where: { system: "storage" },
    hint: "create a new adapter; do not use one after close()",
  });
}

/**
 * Drops a path's query string and fragment: they may carry buyer PII (`BuyerEmail=`) or secrets.
 * Part of the adapter kit: {@link sanitizeCall} applies it, so an adapter that stores what
 * `sanitizeCall` returns already obeys rule `audit.path.no-query-string`.
 * @example
 * scrubPath("/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER#x"); // "/orders/v0/orders"
 */
export function scrubPath(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}

/** @internal The audit `status` column: a transition's state or a call's HTTP status. */
export function callStatus(status: number | undefined): string {
  return status === undefined ? "error" : String(status);
}

/**
 * Scrubs an outbound-call audit entry before an adapter stores it: the path loses its query
 * string ({@link scrubPath}) and the error message passes through `redactText` (tokens, secrets
 * and registered values become `[REDACTED]`). The encrypted `body` is left as given. Every adapter
 * must store the scrubbed entry, never the input (rules `audit.path.no-query-string` and
 * `audit.error.redacted` of the conformance suite).
 * @example
 * const clean = sanitizeCall(entry);
 * await db.insert("audit", { path: clean.path, error: clean.error?.message ?? null });
 */
export function sanitizeCall(entry: AuditCallInput): AuditCallInput {
  const clean: AuditCallInput = { ...entry, path: scrubPath(entry.path) };
  return entry.error
    ? { ...clean, error: { code: entry.error.code, message: redactText(entry.error.message) } }
    : clean;
}

/** @internal Checks the shape of an encrypted blob before storing it. */
export function checkBlob(value: EncryptedBlob, operation: string, name = "value"): void {
  if (typeof value !== "object" || value === null)
    throw invalid(name, "must be an encrypted blob", operation);
  if (!Number.isSafeInteger(value.keyVersion))
    throw invalid(`${name}.keyVersion`, "must be an integer", operation);
  for (const field of ["iv", "ciphertext", "tag"] as const) {
    if (!(value[field] instanceof Uint8Array))
      throw invalid(`${name}.${field}`, "must be a Uint8Array", operation);
  }
  if (value.aad !== undefined && typeof value.aad !== "string") {
    throw invalid(`${name}.aad`, "must be a string", operation);
  }
}

/** @internal A copy that does not share memory with the caller's buffer (or a Buffer from a driver). */
export function copyBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

/** @internal */
export function toJson(value: JsonValue | undefined, operation: string): string | null {
  if (value === undefined) return null;
  try {
    return JSON.stringify(value);
  } catch (cause) {
    throw invalid("data", `must be JSON-serialisable (${String(cause)})`, operation);
  }
}

/** @internal */
export function fromJson(text: string | null | undefined): JsonValue | undefined {
  if (text === null || text === undefined) return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch (cause) {
    throw new StorageError("Stored JSON could not be parsed", {
      code: StorageErrorCode.Corrupt,
      cause,
      where: { system: "storage" },
      hint: "the row was changed outside ml-connector; restore it from a backup",
    });
  }
}

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
/**
 * zlib's output grows in `chunkSize` steps, each a callback on the main thread and a new buffer:
 * at its 16 KiB default an archived settlement of tens of MB costs thousands of them.
 */
const ZLIB_CHUNK = 1 << 20;

/** What {@link packDocument} returns: the bytes to store and the facts about the original. */
export interface PackedDocument {
  /** The gzip-compressed body: store exactly these bytes (rule `documents.gzip`). */
  readonly stored: Uint8Array;
  /** Bytes of the original body (strings as UTF-8): {@link DocumentInfo.size}. */
  readonly size: number;
  /** Hex SHA-256 of the original body: {@link DocumentInfo.sha256}; `unpackDocument` checks it. */
  readonly sha256: string;
}

/**
 * Prepares a document body for an adapter to store: gzip-compressed bytes, the original size and
 * the hex SHA-256 of the original (strings are encoded as UTF-8 first). The returned bytes never
 * share memory with `body`. Read them back with {@link unpackDocument}.
 * @example
 * const packed = await packDocument(body);
 * await db.insert("documents", { key, body: packed.stored, size: packed.size, sha256: packed.sha256 });
 */
export async function packDocument(body: Uint8Array | string): Promise<PackedDocument> {
  const raw = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const stored = await gzipAsync(raw, { chunkSize: ZLIB_CHUNK });
  return {
    stored: ownedBytes(stored),
    size: raw.byteLength,
    sha256: createHash("sha256").update(raw).digest("hex"),
  };
}

/**
 * Checks what {@link DocumentStore.putPacked} was given: gzip bytes (by their magic number), a
 * size and a hex SHA-256. Whether the bytes decompress to that hash is checked on every `get`.
 * @throws ValidationError naming the field.
 */
export function checkPackedDocument(packed: PackedDocument): void {
  const op = "documents.putPacked";
  if (!(packed?.stored instanceof Uint8Array) || packed.stored[0] !== 0x1f || packed.stored[1] !== 0x8b) {
    throw invalid("packed.stored", "must be gzip bytes (a Uint8Array starting 1f 8b)", op);
  }
  if (!Number.isSafeInteger(packed.size) || packed.size < 0) {
    throw invalid("packed.size", "must be the byte length of the decompressed body", op);
  }
  if (typeof packed.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(packed.sha256)) {
    throw invalid("packed.sha256", "must be the lowercase hex SHA-256 of the decompressed body", op);
  }
}

/**
 * Decompresses a body stored by {@link packDocument} and checks it against its SHA-256. Throws a
 * {@link StorageError} with code `STORAGE_CORRUPT` naming `key` when the bytes are not gzip or the
 * hash differs: a changed archive is never handed on.
 * @param key - the document's key, named in the error
 * @param stored - the bytes as stored (`PackedDocument.stored`)
 * @param sha256 - the hash stored with them (`PackedDocument.sha256`)
 */
export async function unpackDocument(key: string, stored: Uint8Array, sha256: string): Promise<Uint8Array> {
  let body: Buffer;
  try {
    body = await gunzipAsync(stored, { chunkSize: ZLIB_CHUNK });
  } catch (cause) {
    throw corruptDocument(key, cause);
  }
  if (createHash("sha256").update(body).digest("hex") !== sha256) throw corruptDocument(key);
  return ownedBytes(body);
}

/**
 * The bytes of a Buffer zlib just made, as a plain Uint8Array that shares memory with nothing else:
 * a view when the Buffer owns its whole ArrayBuffer (every large output: copying a settlement of
 * tens of MB again costs as much as reading it), a copy when it is a slice of a shared pool.
 */
function ownedBytes(bytes: Buffer): Uint8Array {
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength
    ? new Uint8Array(bytes.buffer, 0, bytes.byteLength)
    : copyBytes(bytes);
}

function corruptDocument(key: string, cause?: unknown): StorageError {
  return new StorageError("An archived document does not match its stored SHA-256", {
    code: StorageErrorCode.Corrupt,
    cause,
    where: { system: "storage", operation: "documents.get", record: key },
    hint: "download the document again from its source and put it anew",
  });
}

/** @internal Throws unless `request` is a take a bucket can answer: finite numbers in range. */
export function checkRateLimitTake(request: RateLimitTakeRequest): void {
  const op = "rateLimits.take";
  if (typeof request !== "object" || request === null) {
    throw invalid("request", "must be { now, rate, burst, utilisation, marginMs }", op);
  }
  const { now, rate, burst, utilisation, marginMs } = request;
  if (!Number.isFinite(now)) throw invalid("now", "must be a finite number of epoch milliseconds", op);
  if (!(Number.isFinite(rate) && rate > 0)) {
    throw invalid("rate", "must be a finite number of tokens per second, greater than 0", op);
  }
  if (!(Number.isFinite(burst) && burst >= 1))
    throw invalid("burst", "must be a finite number, at least 1", op);
  if (!(typeof utilisation === "number" && utilisation > 0 && utilisation <= 1)) {
    throw invalid("utilisation", "must be a fraction greater than 0 and at most 1", op);
  }
  if (!(Number.isFinite(marginMs) && marginMs >= 0)) {
    throw invalid("marginMs", "must be a finite number of milliseconds, at least 0", op);
  }
}

/** @internal Checks what a rate-limit update returned and drops any extra fields. */
export function checkRateLimitState(
  state: RateLimitState,
  bucket: string,
  operation = "rateLimits.update",
): RateLimitState {
  const finiteOrAbsent = (v: unknown) => v === undefined || (typeof v === "number" && Number.isFinite(v));
  if (
    typeof state !== "object" ||
    state === null ||
    !Number.isFinite(state.tokens) ||
    !Number.isFinite(state.refilledAt) ||
    !finiteOrAbsent(state.pausedUntil) ||
    !finiteOrAbsent(state.rate)
  ) {
    throw invalid(
      bucket,
      "rate-limit update must return { tokens, refilledAt, pausedUntil?, rate? } of finite numbers",
      operation,
    );
  }
  return rateLimitState(state.tokens, state.refilledAt, state.pausedUntil ?? null, state.rate ?? null);
}

/** @internal A rate-limit state from its stored columns. */
export function rateLimitState(
  tokens: number,
  refilledAt: number,
  pausedUntil: number | null,
  rate: number | null,
): RateLimitState {
  return {
    tokens,
    refilledAt,
    ...(pausedUntil !== null ? { pausedUntil } : {}),
    ...(rate !== null ? { rate } : {}),
  };
}

/**
 * A dedup key's row as an adapter keeps it: what {@link decideClaim}, {@link decideReopen} and
 * {@link holdsLease} read. An adapter may store it in any shape; it hands these fields over.
 */
export interface DedupRow {
  readonly key: string;
  readonly state: DedupEntry["state"];
  /** The lease holder's owner, kept after release or completion for diagnostics. */
  readonly owner: string | null;
  /** The live fencing token; `null` once released or done. */
  readonly token: string | null;
  /** Epoch milliseconds the lease lapses; `null` once released or done. */
  readonly expiresAt: number | null;
  /** How many times the key was taken (claim or reopen): the next `attempt` is this plus one. */
  readonly attempts: number;
  /** The completion's result as JSON text; `null` while not done. */
  readonly result: string | null;
  readonly createdAt: number;
  /** Epoch milliseconds of the last change; for a done row, the `completedAt` callers see. */
  readonly updatedAt: number;
}

/**
 * The claim decision every adapter makes, given the key's current row and the adapter clock's
 * now: an answer to return as is, or `"take"` when the caller must take the lease (a new token,
 * `attempts + 1`, no result, expiry `now + leaseMs`) in the same atomic step as the read.
 *
 * - no row, or a released row: `"take"` (rule `dedup.claim.release-lets-next-in`)
 * - a done row: `done` with its parsed result and `completedAt = updatedAt` (rule `dedup.claim.done-is-final`)
 * - a live lease (`expiresAt > now`): `in-flight` with owner and expiry, even to its own owner
 *   (rule `dedup.claim.live-lease-is-in-flight`)
 * - a lapsed lease (`expiresAt <= now`): `"take"` (rule `dedup.claim.lapsed-lease-is-taken-over`)
 * @example
 * const decision = decideClaim(row, now);
 * if (decision !== "take") return decision;
 * // write the new lease under the same lock / transaction as the read
 */
export function decideClaim(row: DedupRow | undefined, now: number): ClaimResult | "take" {
  if (!row || row.state === "released") return "take";
  if (row.state === "done")
    return { status: "done", result: fromJson(row.result) ?? null, completedAt: row.updatedAt };
  if (row.expiresAt !== null && row.expiresAt > now) {
    return { status: "in-flight", owner: row.owner ?? "unknown", expiresAt: row.expiresAt };
  }
  return "take";
}

/**
 * The reopen decision: `"take"` for a done row whose completion (`updatedAt`) is exactly the
 * `completedAt` the caller saw, otherwise the same answer as {@link decideClaim} (rule
 * `dedup.reopen.only-the-completion-seen`). As with a claim, the read and the write of the new
 * lease must be one atomic step, so of several workers exactly one reopens.
 */
export function decideReopen(
  row: DedupRow | undefined,
  now: number,
  completedAt: number,
): ClaimResult | "take" {
  if (row?.state === "done" && row.updatedAt === completedAt) return "take";
  return decideClaim(row, now);
}

/** @internal Throws unless `completedAt` is epoch milliseconds. */
export function checkCompletedAt(completedAt: unknown, operation: string): void {
  if (!Number.isSafeInteger(completedAt))
    throw invalid("completedAt", "must be the completedAt (epoch milliseconds) of a done answer", operation);
}

/**
 * Whether `token` holds the lease on `row`: the row is in flight under exactly this token.
 * A lapsed lease nobody took over is still held (rule `dedup.complete.lapsed-but-untaken-completes`);
 * `complete` and `extend` throw `STORAGE_LEASE_LOST` otherwise, `release` resolves `false`.
 */
export function holdsLease(row: DedupRow | undefined, token: string): row is DedupRow {
  return row?.state === "in-flight" && row.token === token;
}

/** @internal */
export function dedupEntry(row: DedupRow): DedupEntry {
  const result = fromJson(row.result);
  return {
    key: row.key,
    state: row.state,
    ...(row.owner !== null ? { owner: row.owner } : {}),
    ...(row.expiresAt !== null ? { expiresAt: row.expiresAt } : {}),
    attempts: row.attempts,
    ...(result !== undefined ? { result } : {}),
    updatedAt: row.updatedAt,
  };
}

/** @internal The states a transition may leave. */
export function fromStates(from: string | readonly string[]): readonly string[] {
  const states = typeof from === "string" ? [from] : from;
  if (states.length === 0 || states.some((s) => typeof s !== "string" || s.length === 0)) {
    throw invalid("from", "must be a state or a non-empty list of states", "records.transition");
  }
  return states;
}

/**
 * An audit row as the shipped adapters keep it: the indexed columns, the rest of the entry as
 * JSON text, the encrypted body as bytes.
 */
export interface AuditRow {
  readonly id: string;
  readonly kind: AuditEntry["kind"];
  readonly at: number;
  readonly record: string | null;
  readonly status: string | null;
  /** JSON text of the entry without `id`, `kind`, `at` and `body`. */
  readonly entry: string;
  readonly body: EncryptedBlob | null;
}

/** @internal The columns of a new audit row (the backend assigns `id`). */
export function auditRowForCall(input: AuditCallInput, now: number): Omit<AuditRow, "id"> {
  const { at, body, ...rest } = sanitizeCall(input);
  checkAt(at, "audit.appendCall");
  if (body !== undefined) checkBlob(body, "audit.appendCall", "body");
  return {
    kind: "call",
    at: at ?? now,
    record: rest.record ?? null,
    status: callStatus(rest.status),
    entry: JSON.stringify(rest),
    body: body ? copyBlob(body) : null,
  };
}

/** @internal */
export function auditRowForTransition(input: AuditTransitionInput, now: number): Omit<AuditRow, "id"> {
  checkKey(input.record, "audit.appendTransition", "record");
  checkKey(input.state, "audit.appendTransition", "state");
  const { at, ...rest } = input;
  checkAt(at, "audit.appendTransition");
  return {
    kind: "transition",
    at: at ?? now,
    record: rest.record,
    status: rest.state,
    entry: JSON.stringify(rest),
    body: null,
  };
}

function checkAt(at: unknown, operation: string): void {
  if (at !== undefined && !Number.isSafeInteger(at))
    throw invalid("at", "must be epoch milliseconds (an integer)", operation);
}

/** @internal */
export function auditFromRow(row: AuditRow): AuditEntry {
  const rest = fromJson(row.entry) as Record<string, JsonValue>;
  if (row.kind === "call") {
    const call = rest as unknown as Omit<AuditCallEntry, "kind" | "id" | "at">;
    return { kind: "call", id: row.id, at: row.at, ...call, ...(row.body ? { body: row.body } : {}) };
  }
  const transition = rest as unknown as Omit<AuditTransitionEntry, "kind" | "id" | "at">;
  return { kind: "transition", id: row.id, at: row.at, ...transition };
}

/** @internal Whether a row passes a query's filters (memory; SQL backends filter in SQL). */
export function auditMatches(row: AuditRow, q: AuditQuery): boolean {
  if (q.kind !== undefined && row.kind !== q.kind) return false;
  if (q.record !== undefined && row.record !== q.record) return false;
  if (q.status !== undefined && row.status !== String(q.status)) return false;
  if (q.since !== undefined && row.at < q.since) return false;
  if (q.until !== undefined && row.at >= q.until) return false;
  if (q.after !== undefined && BigInt(row.id) <= BigInt(q.after)) return false;
  return true;
}

/** @internal Throws unless an audit id is a decimal integer string. */
export function checkAuditId(id: unknown, operation: string): asserts id is string {
  if (typeof id !== "string" || !/^[0-9]{1,18}$/.test(id))
    throw invalid("id", "must be an audit entry id", operation);
}

/** @internal */
export function copyBlob(blob: EncryptedBlob): EncryptedBlob {
  return {
    keyVersion: blob.keyVersion,
    iv: copyBytes(blob.iv),
    ciphertext: copyBytes(blob.ciphertext),
    tag: copyBytes(blob.tag),
    ...(blob.aad !== undefined ? { aad: blob.aad } : {}),
  };
}

/** A record row as the shipped adapters keep it (`data` as JSON text). */
export interface RecordRow {
  readonly id: string;
  readonly kind: string;
  readonly state: string;
  readonly version: number;
  readonly data: string | null;
  readonly reason: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** @internal */
export function recordFromRow(row: RecordRow): StoredRecord {
  const data = fromJson(row.data);
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    version: row.version,
    ...(data !== undefined ? { data } : {}),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** @internal The row of a record created now (version 1, no reason), its data as JSON text. */
export function newRecordRow(record: RecordInput, data: string | null, now: number): RecordRow {
  return {
    id: record.id,
    kind: record.kind,
    state: record.state,
    version: 1,
    data,
    reason: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** @internal Checks a transition against the current row; throws the matching error. */
export function checkTransition(
  id: string,
  row: RecordRow | undefined,
  from: readonly string[],
  detail: TransitionDetail | undefined,
): RecordRow {
  if (!row) throw notFound(id, "records.transition");
  if (!from.includes(row.state)) {
    throw conflict(
      `Record is in state "${row.state}", not ${from.map((s) => `"${s}"`).join(" or ")}`,
      "records.transition",
      id,
    );
  }
  if (detail?.expectedVersion !== undefined && detail.expectedVersion !== row.version) {
    throw conflict(
      `Record is at version ${row.version}, not ${detail.expectedVersion}`,
      "records.transition",
      id,
    );
  }
  return row;
}

/** @internal The transition's audit input. */
export function transitionAudit(
  row: RecordRow,
  to: string,
  previousState: string | undefined,
  detail: TransitionDetail | undefined,
): AuditTransitionInput {
  return {
    record: row.id,
    recordKind: row.kind,
    state: to,
    ...(previousState !== undefined ? { previousState } : {}),
    ...(detail?.reason !== undefined ? { reason: detail.reason } : {}),
    ...(detail?.ref !== undefined ? { ref: detail.ref } : {}),
  };
}

/** @internal Checks an upsert's input. */
export function checkRecordInput(record: RecordInput): void {
  checkKey(record?.id, "records.upsert", "id");
  checkKey(record.kind, "records.upsert", "kind");
  checkKey(record.state, "records.upsert", "state");
}

/** A document row as the shipped adapters keep it (`attributes` as JSON text, the body apart). */
export interface DocumentRow {
  readonly key: string;
  readonly contentType: string;
  readonly record: string | null;
  /** JSON text of the attributes. */
  readonly attributes: string;
  readonly size: number;
  readonly storedSize: number;
  readonly sha256: string;
  readonly createdAt: number;
}

/** @internal */
export function documentInfoFromRow(row: DocumentRow): DocumentInfo {
  return {
    key: row.key,
    contentType: row.contentType,
    ...(row.record !== null ? { record: row.record } : {}),
    attributes: (fromJson(row.attributes) ?? {}) as Record<string, string>,
    size: row.size,
    storedSize: row.storedSize,
    sha256: row.sha256,
    createdAt: row.createdAt,
  };
}

/** @internal The row of a document stored from packed bytes, as every shipped adapter keeps it. */
export function packedDocumentRow(
  key: string,
  packed: PackedDocument,
  meta: DocumentMeta,
  now: number,
): DocumentRow {
  return {
    key,
    contentType: meta.contentType ?? "application/octet-stream",
    record: meta.record ?? null,
    attributes: JSON.stringify(meta.attributes ?? {}),
    size: packed.size,
    storedSize: packed.stored.byteLength,
    sha256: packed.sha256,
    createdAt: now,
  };
}

/**
 * @internal The nine values of a document row in the column order every shipped SQL adapter
 * inserts: `key, content_type, record, attributes, size, stored_size, sha256, body, created_at`.
 * The body goes in as a Buffer because both drivers bind a Buffer as a blob (`bytea` / `BLOB`).
 */
export function documentValues(
  row: DocumentRow,
  packed: PackedDocument,
): [string, string, string | null, string, number, number, string, Buffer, number] {
  return [
    row.key,
    row.contentType,
    row.record,
    row.attributes,
    row.size,
    row.storedSize,
    row.sha256,
    Buffer.from(packed.stored),
    row.createdAt,
  ];
}

/** @internal Checks a document's metadata. */
export function checkDocumentMeta(meta: DocumentMeta | undefined): void {
  if (meta?.attributes !== undefined) {
    for (const [k, v] of Object.entries(meta.attributes)) {
      if (typeof v !== "string") throw invalid(`attributes.${k}`, "must be a string", "documents.put");
    }
  }
}
