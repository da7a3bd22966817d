import { describe, expect, it } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import {
  type BucketStore,
  createMemoryBucketStore,
  createTokenBucketLimiter,
  storageBucketStore,
} from "../../src/core/rate-limiter.js";
import type { RateLimitStore } from "../../src/core/storage.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";

const KEY = "A1SELLER:na|ordersV0.getOrderItems";
const PLAN = { rate: 5, burst: 10 };

/** Drives one limiter through a burst, a drain, a learnt rate, a stray 429 and a Retry-After. */
async function paceTimes(store: BucketStore) {
  const clock = createSimulatedClock();
  const limiter = createTokenBucketLimiter({ clock, store });
  const times: number[] = [];
  const call = async () => {
    await limiter.acquire(KEY, PLAN);
    times.push(clock.elapsed());
  };
  await Promise.all(Array.from({ length: 25 }, call));
  await limiter.observe(KEY, PLAN, { status: 200, limit: 2 });
  await Promise.all(Array.from({ length: 5 }, call));
  await limiter.observe(KEY, PLAN, { status: 429 });
  await Promise.all(Array.from({ length: 3 }, call));
  await limiter.observe(KEY, PLAN, { status: 429, retryAfterMs: 2_000 });
  await Promise.all(Array.from({ length: 3 }, call));
  return times;
}

/** A store's `rateLimits` with its optional `take` taken away, as a third-party store without it. */
function updateOnly(rateLimits: RateLimitStore): RateLimitStore {
  return { get: (b) => rateLimits.get(b), update: (b, fn) => rateLimits.update(b, fn) };
}

describe("the limiter's one-step take", () => {
  it("takes through the store's take when it has one, and learns through update", async () => {
    const inner = createMemoryBucketStore();
    const calls: string[] = [];
    const store: BucketStore = {
      update: (key, fn) => {
        calls.push("update");
        return inner.update(key, fn);
      },
      take: (key, request) => {
        calls.push("take");
        return inner.take!(key, request);
      },
    };
    const clock = createSimulatedClock();
    const limiter = createTokenBucketLimiter({ clock, store, utilisation: 0.5, marginMs: 40 });
    await limiter.acquire(KEY, PLAN);
    await limiter.observe(KEY, PLAN, { status: 200, limit: 2 });
    expect(calls).toEqual(["take", "update"]);
  });

  it("passes the limiter's clock, plan, utilisation and margin to take", async () => {
    const clock = createSimulatedClock({ start: 1_000_000 });
    const seen: unknown[] = [];
    const inner = createMemoryBucketStore();
    const store: BucketStore = {
      update: (key, fn) => inner.update(key, fn),
      take: (key, request) => {
        seen.push(request);
        return inner.take!(key, request);
      },
    };
    await createTokenBucketLimiter({ clock, store, utilisation: 0.5, marginMs: 40 }).acquire(KEY, PLAN);
    expect(seen).toEqual([{ now: 1_000_000, rate: 5, burst: 10, utilisation: 0.5, marginMs: 40 }]);
  });

  it("paces exactly alike with take and with update alone (a store without take keeps working)", async () => {
    const withTake = storageBucketStore(memoryStorage({}).rateLimits);
    const withoutTake = storageBucketStore(updateOnly(memoryStorage({}).rateLimits));
    expect(typeof withTake.take).toBe("function");
    expect(withoutTake.take).toBeUndefined();
    const a = await paceTimes(withTake);
    const b = await paceTimes(withoutTake);
    expect(a).toEqual(b);
    // The shape of the run, so the two cannot agree on nonsense: a burst of 10 at once, the rest
    // at 5/s after the margin, then slower at the learnt 2/s, and nothing before the Retry-After.
    expect(a.slice(0, 10)).toEqual(Array(10).fill(0));
    expect(a[10]).toBe(350);
    expect(a[24]! - a[23]!).toBe(200);
    expect(a[29]! - a[28]!).toBe(500);
    expect(a[33]! - a[32]!).toBeGreaterThanOrEqual(2_000);
  });

  it("the in-memory bucket store paces as the storage-backed one", async () => {
    expect(await paceTimes(createMemoryBucketStore())).toEqual(
      await paceTimes(storageBucketStore(memoryStorage({}).rateLimits)),
    );
  });
});
