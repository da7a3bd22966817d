/**
 * At-most-once creation by natural key. The local {@link DedupStore} is the fast path; D365 itself
 * is the source of truth: every helper looks its record up by natural key before it creates it, so a
 * lost or wiped local store still cannot double-post.
 */

import { StorageError } from "../../core/errors.js";
import type { DedupStore, JsonValue } from "../../core/storage.js";

/** Dedup options every entity helper accepts. */
export interface NaturalKeyOptions {
  /** Local dedup store; without it, the remote look-up alone prevents duplicates. */
  readonly dedup?: DedupStore;
  /**
   * Lease while the document is being written.
   * @default 300_000
   */
  readonly leaseMs?: number;
}

/** How an ensure call ended. */
export type EnsureOutcome =
  /** Created now. */
  | "created"
  /** Found complete in D365 by its natural key; nothing was written. */
  | "found"
  /** Found in D365 without its lines (an earlier run failed after the header); the lines were added now. */
  | "completed"
  /** The local dedup store said it was done; D365 was not asked. */
  | "cached";

/** The result of an ensure call: the D365 reference and how it came about. */
export interface Ensured<T> {
  readonly value: T;
  readonly outcome: EnsureOutcome;
}

/**
 * Runs `work` at most once per `key` when a dedup store is given (claim → work → complete, release on
 * failure). `work` must itself look the record up in D365 before creating it.
 * @throws StorageError (`STORAGE_CONFLICT`, retryable) when another worker holds the key's lease.
 */
export async function ensureOnce<T extends JsonValue>(
  key: string,
  options: NaturalKeyOptions,
  work: () => Promise<Ensured<T>>,
): Promise<Ensured<T>> {
  const dedup = options.dedup;
  if (!dedup) return work();
  const claim = await dedup.claim(key, { leaseMs: options.leaseMs ?? 300_000 });
  if (claim.status === "done") return { value: claim.result as T, outcome: "cached" };
  if (claim.status === "in-flight") {
    throw new StorageError(`${key} is being written by ${claim.owner}`, {
      code: "STORAGE_CONFLICT",
      retryable: true,
      where: { system: "storage", record: key },
      hint: `try again after ${new Date(claim.expiresAt).toISOString()}`,
    });
  }
  try {
    const result = await work();
    await dedup.complete(key, claim.token, result.value);
    return result;
  } catch (e) {
    await dedup.release(key, claim.token).catch(() => false);
    throw e;
  }
}
