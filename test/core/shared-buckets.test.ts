import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createSimulatedClock, type SimulatedClock } from "../../src/core/clock.js";
import { createTokenBucketLimiter, storageBucketStore } from "../../src/core/rate-limiter.js";
import type { StorageAdapter } from "../../src/core/storage.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "../storage/pg-env.js";

const dir = mkdtempSync(path.join(tmpdir(), "mlc-buckets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two limiters on two connections to one store must draw from one budget. */
async function sharedBudget(clock: SimulatedClock, a: StorageAdapter, b: StorageAdapter) {
  await a.migrate();
  await b.migrate();
  // No send-latency margin: this checks the shared budget to the millisecond.
  const workerA = createTokenBucketLimiter({ clock, store: storageBucketStore(a.rateLimits), marginMs: 0 });
  const workerB = createTokenBucketLimiter({ clock, store: storageBucketStore(b.rateLimits), marginMs: 0 });
  const plan = { rate: 1, burst: 4 };
  const key = "A1SELLER:na|ordersV0.getOrderItems";
  const times: number[] = [];
  const take = async (limiter: typeof workerA) => {
    await limiter.acquire(key, plan);
    times.push(clock.elapsed());
  };
  // Eight calls split across the workers: four from the shared burst, then one a second.
  await Promise.all([workerA, workerB, workerA, workerB, workerA, workerB, workerA, workerB].map(take));
  times.sort((x, y) => x - y);
  expect(times.slice(0, 4)).toEqual([0, 0, 0, 0]);
  expect(times[7]).toBeGreaterThanOrEqual(4000);
  // Never more calls by time t than the plan allows: burst + rate * t.
  for (const [i, t] of times.entries()) {
    expect(i + 1).toBeLessThanOrEqual(plan.burst + Math.floor((t / 1000) * plan.rate));
  }
  // A rate learnt by one worker from x-amzn-RateLimit-Limit reaches the other.
  await workerA.observe(key, plan, { status: 200, limit: 4 });
  const before = clock.elapsed();
  await workerB.acquire(key, plan);
  expect(clock.elapsed() - before).toBeLessThanOrEqual(250);
}

describe("rate-limit state shared through storage", () => {
  it("SQLite: two connections to one file draw from one budget", async () => {
    const clock = createSimulatedClock();
    const file = path.join(dir, "shared.sqlite");
    const a = sqliteStorage({ path: file, clock });
    const b = sqliteStorage({ path: file, clock });
    try {
      await sharedBudget(clock, a, b);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it.skipIf(SKIP_POSTGRES)("PostgreSQL: two pools (as two workers) draw from one budget", async () => {
    const problem = await probePostgres();
    if (problem) throw new Error(problem);
    const clock = createSimulatedClock();
    const schema = freshSchema("mlc_buckets");
    const a = postgresStorage({ connectionString: PG_URL, schema, clock });
    const b = postgresStorage({ connectionString: PG_URL, schema, clock });
    try {
      await sharedBudget(clock, a, b);
    } finally {
      await a.close();
      await b.close();
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  });
});
