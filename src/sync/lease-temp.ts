// TEMPORARY stand-in until the fencing branch lands (src/core/lease.ts, same API).
import type { Clock } from "../core/clock.js";
import { StorageError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { DedupStore, JsonValue } from "../core/storage.js";

export interface Fence {
  check(operation: string): Promise<void>;
  readonly lost: boolean;
}
export interface Lease extends Fence {
  readonly key: string;
  readonly token: string;
  readonly attempt: number;
  readonly expiresAt: number;
  release(): Promise<void>;
  complete(result?: JsonValue): Promise<void>;
}
export type AcquireResult =
  | { readonly status: "claimed"; readonly lease: Lease }
  | { readonly status: "done"; readonly result: JsonValue; readonly completedAt: number }
  | { readonly status: "in-flight"; readonly owner: string; readonly expiresAt: number };
export async function acquireLease(
  dedup: DedupStore,
  key: string,
  options: {
    readonly leaseMs: number;
    readonly clock?: Clock;
    readonly owner?: string;
    readonly renewEveryMs?: number;
    readonly logger?: Logger;
  },
): Promise<AcquireResult> {
  const claim = await dedup.claim(key, {
    leaseMs: options.leaseMs,
    ...(options.owner ? { owner: options.owner } : {}),
  });
  if (claim.status !== "claimed") return claim;
  let lost = false;
  let expiresAt = claim.expiresAt;
  const lease: Lease = {
    key,
    token: claim.token,
    attempt: claim.attempt,
    get expiresAt() {
      return expiresAt;
    },
    get lost() {
      return lost;
    },
    async check(operation: string) {
      try {
        expiresAt = await dedup.extend(key, claim.token, options.leaseMs);
      } catch (e) {
        lost = true;
        throw new StorageError(`lease on ${key} lost before ${operation}`, {
          code: "STORAGE_LEASE_LOST",
          retryable: true,
          cause: e,
          where: { system: "storage", record: key, operation },
          hint: "another worker took the record over; nothing was written",
        });
      }
    },
    async release() {
      await dedup.release(key, claim.token).catch(() => false);
    },
    async complete(result?: JsonValue) {
      await dedup.complete(key, claim.token, result);
    },
  };
  return { status: "claimed", lease };
}
