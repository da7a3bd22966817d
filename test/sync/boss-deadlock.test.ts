/**
 * A deadlock in pg-boss's job bookkeeping must not end the host's process. pg-boss 10 completes a
 * handler's job without awaiting the query, so when PostgreSQL aborts that update as a deadlock
 * (40P01, which it does when several workers' job updates cross, as in the scale-out test under
 * load) the rejection is unhandled, and Node ends the process on it. The connector settles the job
 * itself, awaited and tried again. Here a trigger on pg-boss's job table plants exactly one
 * deadlock on the first completion of a connector job.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { retryPgBoss } from "../../src/sync/scheduler.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "../storage/pg-env.js";
import { arrangeSync, publish, server } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

/** Makes the first update of a connector job to `completed` fail as a deadlock, once. */
async function plantDeadlock(client: pg.Client, bossSchema: string): Promise<void> {
  await client.query(`
    CREATE SEQUENCE ${bossSchema}.planted_deadlocks;
    CREATE FUNCTION ${bossSchema}.plant_deadlock() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.name LIKE 'ml-connector.%' AND NEW.state = 'completed' AND OLD.state = 'active'
         AND nextval('${bossSchema}.planted_deadlocks') = 1 THEN
        RAISE EXCEPTION 'deadlock detected (planted by the test)' USING ERRCODE = '40P01';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER plant_deadlock BEFORE UPDATE ON ${bossSchema}.job
      FOR EACH ROW EXECUTE FUNCTION ${bossSchema}.plant_deadlock();
  `);
}

describe("retryPgBoss", () => {
  it("tries a deadlocked or serialization-failed call again, and gives any other error back at once", async () => {
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls < 3)
        throw Object.assign(new Error("deadlock detected"), { code: calls === 1 ? "40P01" : "40001" });
      return "done";
    };
    await expect(retryPgBoss(flaky)).resolves.toBe("done");
    expect(calls).toBe(3);

    let other = 0;
    const broken = async () => {
      other++;
      throw Object.assign(new Error("duplicate key"), { code: "23505" });
    };
    await expect(retryPgBoss(broken)).rejects.toThrow("duplicate key");
    expect(other).toBe(1);
    other = 0;
    await expect(retryPgBoss(broken, ["23505"])).rejects.toThrow("duplicate key");
    expect(other).toBe(10);
  });
});

describe.skipIf(SKIP_POSTGRES)("pg-boss workers meet a deadlock on completing a job", () => {
  it("complete the job anyway, with no unhandled rejection", async () => {
    expect(await probePostgres()).toBeUndefined();
    const clock = createSimulatedClock({ start: Date.UTC(2026, 9, 1) });
    const storage = postgresStorage({ connectionString: PG_URL, schema: freshSchema("boss_dl"), clock });
    const bossSchema = freshSchema("boss_dl_q");
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    let planted: Promise<void> | undefined;
    // The trigger goes in once pg-boss has made its tables: at the run's first D365 request.
    const plantFirst = async (request: Request) => {
      planted ??= plantDeadlock(client, bossSchema);
      await planted;
      return fetch(request);
    };
    const h = await arrangeSync({
      storage,
      clock,
      overrides: { schedules: { settlements: "0 0 1 1 *" }, fetch: plantFirst },
    });
    await publish(h);
    try {
      await h.connector.start({ workers: "pg-boss", connectionString: PG_URL, bossSchema, runNow: true });
      const jobs = async () =>
        (
          await client
            .query<{ state: string }>(`SELECT state FROM ${bossSchema}.job WHERE name LIKE 'ml-connector.%'`)
            .catch(() => ({ rows: [] as { state: string }[] }))
        ).rows.map((r) => r.state);
      const deadline = performance.now() + 90_000;
      while (performance.now() < deadline && !(await jobs()).includes("completed")) {
        await new Promise((r) => setTimeout(r, 200));
      }
      // Let pg-boss's own (unawaited) completion run, then look.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(planted, "the run reached D365").toBeDefined();
      const fired = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value, is_called FROM ${bossSchema}.planted_deadlocks`,
      );
      expect(fired.rows[0]?.is_called, "the planted deadlock fired").toBe(true);
      expect(await jobs()).toContain("completed");
      expect(unhandled).toEqual([]);
      const records = await h.connector.settlements();
      expect(records.length).toBeGreaterThan(0);
      expect(records.every((r) => r.state === "reconciled")).toBe(true);
    } finally {
      process.off("unhandledRejection", onUnhandled);
      await h.connector.stop();
      await storage.close();
      await client.query(`DROP SCHEMA IF EXISTS ${bossSchema} CASCADE`).catch(() => undefined);
      await client.end();
    }
  }, 120_000);
});
