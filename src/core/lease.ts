/**
 * Leases that stay held while work is in hand, and fences that prove it before every remote write.
 *
 * A {@link DedupStore} lease lapses after `leaseMs` unless extended. Work on a key can outlast any
 * fixed lease (a single D365 retry may wait five minutes), so {@link acquireLease} renews it on a
 * heartbeat. A heartbeat cannot help a worker that stalls (a paused process, a lost database
 * connection): its lease lapses and another worker takes the key over. So every remote write and
 * delete first calls {@link Fence.check}, which renews the lease and throws `STORAGE_LEASE_LOST` when
 * it is gone; the transport pipeline makes that check right before each attempt, retries included.
 * See the project's decision 0008 for what a client-side fence can and cannot guarantee.
 * @packageDocumentation
 */

import { type Clock, systemClock } from "./clock.js";
import { isConnectorError, StorageError, ValidationError } from "./errors.js";
import { type Logger, silentLogger } from "./logger.js";
import { type ClaimResult, type DedupStore, type JsonValue, StorageErrorCode } from "./storage.js";

/** Proof that the caller still holds a lease; checked before every remote write. */
export interface Fence {
  /** Resolves when the lease is still held (renewing it); throws StorageError STORAGE_LEASE_LOST otherwise. */
  check(operation: string): Promise<void>;
  /** True once the lease is known to be lost (a check or a heartbeat found another worker holding it). */
  readonly lost: boolean;
}

/** A held dedup lease, renewed on a heartbeat until it is released or completed. */
export interface Lease extends Fence {
  readonly key: string;
  /** The dedup store's fencing token of this lease. */
  readonly token: string;
  /** 1 for the first claim of the key; above 1, look the work up remotely before doing it again. */
  readonly attempt: number;
  /** Epoch milliseconds (of the store's clock) when the lease lapses unless renewed again. */
  readonly expiresAt: number;
  /** Stops the heartbeat and gives the lease up (safe in finally). */
  release(): Promise<void>;
  /** Stops the heartbeat and marks the key done with result. */
  complete(result?: JsonValue): Promise<void>;
}

/** Answer of {@link acquireLease}. */
export type AcquireResult =
  | { readonly status: "claimed"; readonly lease: Lease }
  | { readonly status: "done"; readonly result: JsonValue; readonly completedAt: number }
  | { readonly status: "in-flight"; readonly owner: string; readonly expiresAt: number };

/** Options of {@link acquireLease} and {@link reopenLease}. */
export interface AcquireLeaseOptions {
  /** How long the lease lasts without renewal, in milliseconds. A positive integer. */
  readonly leaseMs: number;
  /**
   * The clock the heartbeat sleeps on. On a simulated clock the heartbeat beats as the test moves
   * time. With `autoAdvance`, the clock jumps to the next beat whenever the process waits on I/O,
   * so tests that drive time by hand use `autoAdvance: false`.
   * @default systemClock
   */
  readonly clock?: Clock;
  /** Who holds the lease, for diagnostics. @default the store's owner id */
  readonly owner?: string;
  /**
   * Time between renewals; must be shorter than `leaseMs`, so two beats may fail before the lease lapses.
   * @default leaseMs / 3
   */
  readonly renewEveryMs?: number;
  /** Told when a renewal fails or the lease is found lost. @default silentLogger */
  readonly logger?: Logger;
}

/**
 * The error of a write refused because the lease behind it is gone.
 * @internal
 */
export function leaseLostError(key: string, operation: string, cause?: unknown): StorageError {
  return new StorageError(`The lease on ${key} was lost before ${operation}`, {
    code: StorageErrorCode.LeaseLost,
    retryable: true,
    where: { system: "storage", operation, record: key },
    cause,
    hint:
      "nothing was written or deleted under the lost lease; stop this work and run it again later: " +
      "the worker now holding the key finishes it, and a later run finds the record in D365 by its natural key",
  });
}

/** True for a {@link StorageError} with code `STORAGE_LEASE_LOST` (from a fence or a dedup store). */
export function isLeaseLost(error: unknown): error is StorageError {
  return isConnectorError(error) && error.code === StorageErrorCode.LeaseLost;
}

/**
 * Claims `key` and, when the claim wins, keeps the lease alive on a heartbeat until `release()` or
 * `complete()`. The lease is also a {@link Fence}: pass it as `fence` to every remote write made
 * under it. A `done` or `in-flight` answer is passed through unchanged.
 * @example
 * const acquired = await acquireLease(storage.dedup, dedupKeys.settlement("usmf", id), { leaseMs: 300_000, clock });
 * if (acquired.status === "claimed") {
 *   const { lease } = acquired;
 *   try {
 *     const parts = await ensureSettlementJournals(d365, journal, id, { fence: lease });
 *     await lease.complete({ parts: parts.length });
 *   } finally {
 *     await lease.release();
 *   }
 * }
 */
export async function acquireLease(
  dedup: DedupStore,
  key: string,
  options: AcquireLeaseOptions,
): Promise<AcquireResult> {
  const renewEveryMs = checkOptions(options);
  const claim = await dedup.claim(key, {
    leaseMs: options.leaseMs,
    ...(options.owner !== undefined ? { owner: options.owner } : {}),
  });
  return started(dedup, key, claim, options, renewEveryMs);
}

/**
 * Takes a `done` key back under a heartbeat lease ({@link DedupStore.reopen}): for a key whose
 * completion at `completedAt` the remote system was checked against and found wrong. Answers as
 * {@link acquireLease} does when the key is no longer in that completion.
 */
export async function reopenLease(
  dedup: DedupStore,
  key: string,
  completedAt: number,
  options: AcquireLeaseOptions,
): Promise<AcquireResult> {
  const renewEveryMs = checkOptions(options);
  const claim = await dedup.reopen(key, {
    leaseMs: options.leaseMs,
    completedAt,
    ...(options.owner !== undefined ? { owner: options.owner } : {}),
  });
  return started(dedup, key, claim, options, renewEveryMs);
}

/**
 * One fence made of several: checks each in order, lost when any is. Undefined entries are skipped;
 * `undefined` when none is left.
 * @example
 * const fence = chainFences(settlementLease, journalLease);
 */
export function chainFences(...fences: readonly (Fence | undefined)[]): Fence | undefined {
  const list = fences.filter((f): f is Fence => f !== undefined);
  if (list.length <= 1) return list[0];
  return {
    async check(operation) {
      for (const fence of list) await fence.check(operation);
    },
    get lost() {
      return list.some((f) => f.lost);
    },
  };
}

function checkOptions(options: AcquireLeaseOptions): number {
  const { leaseMs } = options;
  const renewEveryMs = options.renewEveryMs ?? Math.max(1, Math.floor(leaseMs / 3));
  if (!Number.isSafeInteger(leaseMs) || leaseMs <= 0) {
    throw invalid("leaseMs", "must be a positive integer number of milliseconds");
  }
  if (!Number.isFinite(renewEveryMs) || renewEveryMs <= 0 || renewEveryMs >= leaseMs) {
    throw invalid(
      "renewEveryMs",
      "must be positive and shorter than leaseMs, or the lease lapses between beats",
    );
  }
  return renewEveryMs;
}

function invalid(path: string, message: string): ValidationError {
  return new ValidationError("Invalid lease options", {
    issues: [{ code: "invalid_argument", path: [path], message }],
    where: { system: "local", operation: "acquireLease" },
  });
}

function started(
  dedup: DedupStore,
  key: string,
  claim: ClaimResult,
  options: AcquireLeaseOptions,
  renewEveryMs: number,
): AcquireResult {
  if (claim.status !== "claimed") return claim;
  return { status: "claimed", lease: heartbeatLease(dedup, key, claim, options, renewEveryMs) };
}

function heartbeatLease(
  dedup: DedupStore,
  key: string,
  claim: Extract<ClaimResult, { status: "claimed" }>,
  options: AcquireLeaseOptions,
  renewEveryMs: number,
): Lease {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const { token, attempt } = claim;
  let expiresAt = claim.expiresAt;
  let lost: StorageError | undefined;
  let ended: "released" | "completed" | undefined;
  const stopper = new AbortController();

  const renew = async (operation: string): Promise<void> => {
    try {
      expiresAt = await dedup.extend(key, token, options.leaseMs);
    } catch (e) {
      if (!isLeaseLost(e)) throw e;
      lost ??= leaseLostError(key, operation, e);
      stopper.abort();
      throw leaseLostError(key, operation, e);
    }
  };

  const heartbeat = (async () => {
    while (!stopper.signal.aborted) {
      try {
        await clock.sleep(renewEveryMs, stopper.signal);
      } catch {
        return; // stopped
      }
      if (stopper.signal.aborted) return;
      try {
        await renew("heartbeat");
      } catch (e) {
        if (lost) {
          logger.warn("dedup lease lost: another worker took the key over", { key, attempt });
          return;
        }
        // A failed renewal is not a lost lease: the next beat tries again, well before it lapses.
        logger.warn("dedup lease renewal failed; retrying at the next beat", {
          key,
          error: isConnectorError(e) ? e.code : "unknown",
        });
      }
    }
  })();

  const stop = async () => {
    stopper.abort();
    await heartbeat;
  };

  return {
    key,
    token,
    attempt,
    get expiresAt() {
      return expiresAt;
    },
    get lost() {
      return lost !== undefined;
    },
    async check(operation) {
      if (lost) throw leaseLostError(key, operation, lost);
      if (ended) {
        throw new StorageError(`The lease on ${key} was ${ended} before ${operation}`, {
          code: StorageErrorCode.LeaseLost,
          retryable: false,
          where: { system: "storage", operation, record: key },
          hint: "a lease guards writes only until it is released or completed; write under a live lease",
        });
      }
      await renew(operation);
    },
    async release() {
      if (ended) return;
      ended = "released";
      await stop();
      if (lost) return;
      try {
        await dedup.release(key, token);
      } catch (e) {
        // Safe in finally: an unreleased lease lapses by itself after leaseMs.
        logger.warn("dedup lease release failed; it lapses by itself", {
          key,
          error: isConnectorError(e) ? e.code : "unknown",
        });
      }
    },
    async complete(result) {
      if (ended === "completed") return;
      if (ended === "released") {
        throw new StorageError(`The lease on ${key} was released before it was completed`, {
          code: StorageErrorCode.LeaseLost,
          where: { system: "storage", operation: "dedup.complete", record: key },
          hint: "complete a key before releasing its lease",
        });
      }
      await stop();
      if (lost) throw leaseLostError(key, "dedup.complete", lost);
      try {
        await dedup.complete(key, token, result);
      } catch (e) {
        if (!isLeaseLost(e)) throw e;
        lost = leaseLostError(key, "dedup.complete", e);
        throw lost;
      }
      ended = "completed";
    },
  };
}
