/**
 * At-most-once creation by natural key. The local {@link DedupStore} is the fast path; D365 itself
 * is the source of truth: every helper looks its record up by natural key before it creates it, so a
 * lost or wiped local store still cannot double-post, and a key the store calls done is checked
 * against D365 before it is believed.
 */

import type { Clock } from "../../core/clock.js";
import { StorageError } from "../../core/errors.js";
import {
  type AcquireResult,
  acquireLease,
  chainFences,
  type Fence,
  isLeaseLost,
  type Lease,
  leaseLostError,
  reopenLease,
} from "../../core/lease.js";
import type { Logger } from "../../core/logger.js";
import { type DedupStore, type JsonValue, StorageErrorCode } from "../../core/storage.js";

/** Dedup options every entity helper accepts. */
export interface NaturalKeyOptions {
  /** Local dedup store; without it, the remote look-up alone prevents duplicates. */
  readonly dedup?: DedupStore;
  /**
   * Lease while the document is being written; renewed every third of it while the work runs.
   * @default 300_000
   */
  readonly leaseMs?: number;
  /**
   * The clock the lease's heartbeat runs on (the dedup store's clock decides expiry).
   * @default systemClock
   */
  readonly clock?: Clock;
  /**
   * The caller's own lease (e.g. the sync engine's lease on the settlement). Every write is checked
   * against it as well as against the helper's own lease on the record's natural key.
   */
  readonly fence?: Fence;
  /** Told when a lease renewal fails or a lease is lost. */
  readonly logger?: Logger;
}

/** How an ensure call ended. */
export type EnsureOutcome =
  /** Created now. */
  | "created"
  /** Found complete in D365 by its natural key; nothing was written. */
  | "found"
  /** Found in D365 without its lines (an earlier run failed after the header); the lines were added now. */
  | "completed"
  /**
   * The local dedup store said it was done and D365 confirmed it still holds the record (one read
   * by key); nothing was written.
   */
  | "cached";

/** The result of an ensure call: the D365 reference and how it came about. */
export interface Ensured<T> {
  readonly value: T;
  readonly outcome: EnsureOutcome;
}

/**
 * Checks a result the dedup store recorded as done against D365: resolves `true` when D365 still
 * holds the record it names, `false` when it does not (or the result is not one this helper wrote).
 */
export type VerifyDone = (result: JsonValue) => Promise<boolean>;

// A reopened key can be completed again by another worker between our look-up and our reopen;
// each round costs one read, and a few rounds are plenty before reporting the key as busy.
const MAX_ROUNDS = 3;

/**
 * Runs `work` at most once per `key` when a dedup store is given: claim a lease (renewed on a
 * heartbeat while `work` runs) → work → complete, release on failure. `work` gets the fence to pass
 * to every D365 write (the caller's fence chained with the lease) and must itself look the record
 * up in D365 before creating it.
 *
 * A key the store calls done is only believed once `options.verify` (one read by key) finds the record in
 * D365; when D365 no longer holds it, the key is reopened and `work` runs again. "Done" in the local
 * store never wins over D365. Without `options.verify` a done key is answered from the store alone.
 * @throws StorageError (`STORAGE_CONFLICT`, retryable) when another worker holds the key's lease.
 * @throws StorageError (`STORAGE_LEASE_LOST`, retryable) when the lease was lost while `work` ran:
 *   another worker took the key over, and nothing more was written under the lost lease.
 */
export async function ensureOnce<T extends JsonValue>(
  key: string,
  options: NaturalKeyOptions & { readonly verify?: VerifyDone },
  work: (fence: Fence | undefined) => Promise<Ensured<T>>,
): Promise<Ensured<T>> {
  const { dedup, verify } = options;
  if (!dedup) return work(options.fence);
  const leaseOptions = {
    leaseMs: options.leaseMs ?? 300_000,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  };
  let acquired: AcquireResult = await acquireLease(dedup, key, leaseOptions);
  for (let round = 1; acquired.status === "done"; round++) {
    if (!verify || (await verify(acquired.result))) {
      return { value: acquired.result as T, outcome: "cached" };
    }
    if (round >= MAX_ROUNDS) break;
    acquired = await reopenLease(dedup, key, acquired.completedAt, leaseOptions);
  }
  if (acquired.status !== "claimed") {
    throw new StorageError(
      acquired.status === "in-flight"
        ? `${key} is being written by ${acquired.owner}`
        : `${key} keeps being completed by other workers while D365 does not hold it`,
      {
        code: StorageErrorCode.Conflict,
        retryable: true,
        where: { system: "storage", record: key },
        hint:
          acquired.status === "in-flight"
            ? `try again after ${new Date(acquired.expiresAt).toISOString()}`
            : "try again later; if it persists, compare the dedup store with D365 by hand",
      },
    );
  }
  return underLease(acquired.lease, options.fence, work);
}

async function underLease<T extends JsonValue>(
  lease: Lease,
  callerFence: Fence | undefined,
  work: (fence: Fence | undefined) => Promise<Ensured<T>>,
): Promise<Ensured<T>> {
  const fence = chainFences(callerFence, lease);
  try {
    const result = await work(fence);
    await lease.complete(result.value);
    return result;
  } catch (e) {
    // Whatever failed, a worker that lost its lease reports that: it is what the caller acts on.
    if (lease.lost && !isLeaseLost(e)) throw leaseLostError(lease.key, "the work on it finished", e);
    throw e;
  } finally {
    await lease.release();
  }
}

/** @internal A string field of a result the dedup store recorded, or undefined when it has none. */
export function fieldOf(result: JsonValue, name: string): string | undefined {
  if (typeof result !== "object" || result === null || Array.isArray(result)) return undefined;
  const value = (result as { readonly [key: string]: JsonValue })[name];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}
