/**
 * Amazon's usage plans: one token bucket per selling partner and operation, refilled at the
 * operation's rate up to its burst, on the simulator's clock.
 */
import type { Clock } from "../../core/clock.js";

/** Rate (requests per second) and burst of a usage plan. */
export interface UsagePlan {
  readonly rate: number;
  readonly burst: number;
}

/** The buckets of one simulator. */
export interface UsagePlans {
  /** Takes a token for `key`; false when the bucket is empty (the call gets 429). */
  take(key: string, plan: UsagePlan): boolean;
  /** Tokens left in a bucket (after refill), for tests. */
  level(key: string, plan: UsagePlan): number;
  /** Forgets every bucket. */
  reset(): void;
}

/** Creates the usage-plan buckets. */
export function createUsagePlans(clock: Clock): UsagePlans {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (key: string, plan: UsagePlan) => {
    const now = clock.now();
    const bucket = buckets.get(key) ?? { tokens: plan.burst, at: now };
    bucket.tokens = Math.min(plan.burst, bucket.tokens + ((now - bucket.at) / 1000) * plan.rate);
    bucket.at = now;
    buckets.set(key, bucket);
    return bucket;
  };
  return {
    take(key, plan) {
      const bucket = refill(key, plan);
      // A tiny epsilon absorbs float drift so a bucket refilled for exactly 1/rate seconds has a token.
      if (bucket.tokens < 1 - 1e-9) return false;
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      return true;
    },
    level: (key, plan) => refill(key, plan).tokens,
    reset: () => buckets.clear(),
  };
}
