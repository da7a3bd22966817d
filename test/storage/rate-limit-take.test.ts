/**
 * `rateLimits.take` is `takeRateLimitToken` run where the data lives. On PostgreSQL it is one SQL
 * statement that mirrors the TypeScript term for term; these properties hold the two to the bit
 * (Object.is on every double) on random buckets, plans and clocks, and check what the row holds.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import { takeRateLimitToken } from "../../src/core/rate-limiter.js";
import type {
  RateLimitState,
  RateLimitTakeRequest,
  RateLimitTakeResult,
  StorageAdapter,
} from "../../src/core/storage.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "./pg-env.js";

const START = Date.UTC(2026, 2, 1);

/**
 * Doubles in a range, some with fractions (to 2^-20: a clock's sub-microsecond readings), some
 * whole. Not the denormals fast-check also draws: PostgreSQL refuses a product or quotient that
 * underflows to 0 (below 1e-308) where JavaScript gives 0, and epoch milliseconds, rates and
 * margins never come near that.
 */
const num = (min: number, max: number) =>
  fc.oneof(
    fc
      .double({ min, max, noNaN: true, noDefaultInfinity: true })
      .map((x) => Math.min(max, Math.max(min, Math.round(x * 2 ** 20) / 2 ** 20))),
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
  );

/** A stored bucket: as the limiter leaves it, and as an `update` after a 429 or a header does. */
const stateArb: fc.Arbitrary<RateLimitState> = fc.record(
  {
    tokens: fc.oneof(
      num(-5, 60),
      fc.constantFrom(1 - 1e-9, 1 - 2e-9, 1 - 1e-6, 0.9999999999, 1, 0, 29.999999999),
    ),
    refilledAt: num(START - 5_000, START + 5_000),
    pausedUntil: num(START - 5_000, START + 60_000),
    rate: fc.oneof(num(0.0001, 100), fc.constantFrom(0.0055, 0.0167, 0.5, 5, 0, -1)),
  },
  { requiredKeys: ["tokens", "refilledAt"] },
);

const planArb = fc.record({
  rate: fc.oneof(num(0.001, 100), fc.constantFrom(0.0055, 0.0167, 0.0222, 0.5, 1, 2, 5, 10, 30)),
  burst: fc.oneof(fc.integer({ min: 1, max: 60 }), num(1, 60)),
  utilisation: fc.oneof(fc.constant(1), fc.double({ min: 0.05, max: 1, noNaN: true })),
  marginMs: fc.oneof(fc.constantFrom(0, 150), num(0, 1_000)),
});

/** One step: the clock moves (sometimes back: another process's clock lags), then a take or a write. */
const stepArb = fc.record({
  dt: fc.oneof(num(0, 2_000), num(-100, 0), fc.constant(0), num(0, 120_000)),
  set: fc.option(stateArb, { freq: 6 }),
  plan: fc.option(planArb, { freq: 4 }),
});

const scenarioArb = fc.record({
  initial: fc.option(stateArb, { freq: 3 }),
  plan: planArb,
  steps: fc.array(stepArb, { minLength: 1, maxLength: 25 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

const same = (a: unknown, b: unknown) => expect(a).toStrictEqual(b);

/** Runs a scenario against `storage` on its own bucket, checking every take against the reference. */
async function checkScenario(
  storage: StorageAdapter,
  raw: (bucket: string) => Promise<RateLimitState | undefined>,
  bucket: string,
  scenario: Scenario,
) {
  const take = storage.rateLimits.take?.bind(storage.rateLimits) ?? takeThroughUpdate(storage);
  let now = START;
  let plan = scenario.plan;
  let state: RateLimitState | undefined;
  if (scenario.initial) {
    const initial = scenario.initial;
    state = await storage.rateLimits.update(bucket, () => initial);
  }
  for (const step of scenario.steps) {
    now += step.dt;
    if (step.plan) plan = step.plan;
    if (step.set) {
      const set = step.set;
      state = await storage.rateLimits.update(bucket, () => set);
    }
    const request: RateLimitTakeRequest = { ...plan, now };
    const expected = takeRateLimitToken(state, request);
    const actual = await take(bucket, request);
    // toStrictEqual compares doubles with Object.is: bit for bit, -0 apart from 0.
    same(actual, expected);
    state = expected.state;
  }
  same(await raw(bucket), state);
}

/** The limiter's fallback for a store without `take`: the reference run inside `update`. */
const takeThroughUpdate =
  (storage: StorageAdapter) =>
  async (bucket: string, request: RateLimitTakeRequest): Promise<RateLimitTakeResult> => {
    let result!: RateLimitTakeResult;
    await storage.rateLimits.update(bucket, (current) => {
      result = takeRateLimitToken(current, request);
      return result.state;
    });
    return result;
  };

const rowState = (r: Record<string, unknown>): RateLimitState => ({
  tokens: Number(r.tokens),
  refilledAt: Number(r.refilled_at),
  ...(r.paused_until !== null ? { pausedUntil: Number(r.paused_until) } : {}),
  ...(r.rate !== null ? { rate: Number(r.rate) } : {}),
});

const unreachable = SKIP_POSTGRES ? undefined : await probePostgres();

describe.skipIf(SKIP_POSTGRES)("PostgreSQL: the one-statement take is takeRateLimitToken", () => {
  const schema = freshSchema("mlc_take");
  let storage: StorageAdapter;
  let admin: pg.Pool;
  let n = 0;

  beforeAll(async () => {
    if (unreachable) throw new Error(unreachable);
    admin = new pg.Pool({ connectionString: PG_URL, max: 2 });
    storage = postgresStorage({ connectionString: PG_URL, schema, poolSize: 3 });
    await storage.migrate();
  });
  afterAll(async () => {
    await storage?.close();
    await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin?.end();
  });

  const raw = async (bucket: string) => {
    const { rows } = await admin.query(
      `SELECT tokens, refilled_at, paused_until, rate FROM "${schema}".rate_limits WHERE bucket = $1`,
      [bucket],
    );
    return rows[0] ? rowState(rows[0]) : undefined;
  };

  test("on random sequences of (now, rate, burst, tokens, pause, learnt rate), bit for bit", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, (scenario) => checkScenario(storage, raw, `p${n++}`, scenario)),
      { numRuns: 150 },
    );
  }, 120_000);

  test("a drain from three pools at one bucket: every take matches the reference in commit order", async () => {
    // Three pools (three workers) take concurrently, each at its own clock reading. Whatever order
    // the row lock puts them in, each answer is the reference applied to the state the previous
    // take left, and the burst plus the refill bound what was given out.
    const pools = [storage, ...[1, 2].map(() => postgresStorage({ connectionString: PG_URL, schema }))];
    try {
      const plan = { rate: 5, burst: 30, utilisation: 1, marginMs: 150 };
      const answers = await Promise.all(
        Array.from({ length: 90 }, (_, i) =>
          pools[i % 3]!.rateLimits.take!("drain", { ...plan, now: START + i * 10 }),
        ),
      );
      const granted = answers.filter((a) => a.waitMs === 0).length;
      // By START + 890 ms at most 30 + (890 − 150) ms × 5/s = 33.7 tokens.
      expect(granted).toBeGreaterThanOrEqual(30);
      expect(granted).toBeLessThanOrEqual(33);
      // Replay in the order the statements committed: each state is the reference's step from the
      // one before. The commit order is the order of the states' (tokens, refilledAt) chain, so
      // find it by walking from a new bucket.
      let state: RateLimitState | undefined;
      const left = answers.map((a, i) => ({ a, request: { ...plan, now: START + i * 10 } }));
      while (left.length) {
        const k = left.findIndex(({ a, request }) => {
          const e = takeRateLimitToken(state, request);
          return (
            e.waitMs === a.waitMs &&
            Object.is(e.state.tokens, a.state.tokens) &&
            e.state.refilledAt === a.state.refilledAt
          );
        });
        expect(k, `no take continues from ${JSON.stringify(state)}`).toBeGreaterThanOrEqual(0);
        state = left[k]!.a.state;
        left.splice(k, 1);
      }
      same(await raw("drain"), state);
    } finally {
      for (const p of pools.slice(1)) await p.close();
    }
  }, 60_000);
});

describe("SQLite and memory: what the limiter stores is exactly the reference's state", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mlc-take-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("SQLite (no take: the reference through update), through the REAL columns", async () => {
    const storage = sqliteStorage({ path: path.join(dir, "take.sqlite") });
    await storage.migrate();
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(scenarioArb, (scenario) =>
          checkScenario(storage, (b) => storage.rateLimits.get(b), `s${n++}`, scenario),
        ),
        { numRuns: 100 },
      );
    } finally {
      await storage.close();
    }
  });

  test("memory, through its take", async () => {
    const storage = memoryStorage({ clock: createSimulatedClock() });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, (scenario) =>
        checkScenario(storage, (b) => storage.rateLimits.get(b), `m${n++}`, scenario),
      ),
      { numRuns: 100 },
    );
  });
});
