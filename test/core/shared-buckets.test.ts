import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import { createTokenBucketLimiter, storageBucketStore } from "../../src/core/rate-limiter.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";

const dir = mkdtempSync(path.join(tmpdir(), "mlc-buckets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rate-limit state shared through storage", () => {
  it("makes two limiters on two connections draw from one budget", async () => {
    const clock = createSimulatedClock();
    const file = path.join(dir, "shared.sqlite");
    const a = sqliteStorage({ path: file, clock });
    const b = sqliteStorage({ path: file, clock });
    await a.migrate();
    await b.migrate();
    const workerA = createTokenBucketLimiter({ clock, store: storageBucketStore(a.rateLimits) });
    const workerB = createTokenBucketLimiter({ clock, store: storageBucketStore(b.rateLimits) });
    const plan = { rate: 1, burst: 4 };
    const key = "A1SELLER:na|ordersV0.getOrderItems";
    const times: number[] = [];
    const take = async (limiter: typeof workerA) => {
      await limiter.acquire(key, plan);
      times.push(clock.elapsed());
    };
    // Eight calls split across the workers: four from the shared burst, then one a second.
    await Promise.all([
      take(workerA),
      take(workerB),
      take(workerA),
      take(workerB),
      take(workerA),
      take(workerB),
      take(workerA),
      take(workerB),
    ]);
    times.sort((x, y) => x - y);
    expect(times.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(times[7]).toBeGreaterThanOrEqual(4000);
    // Never more calls by time t than the plan allows: burst + rate * t.
    for (const [i, t] of times.entries()) {
      expect(i + 1).toBeLessThanOrEqual(plan.burst + Math.floor((t / 1000) * plan.rate));
    }
    await a.close();
    await b.close();
  });
});
