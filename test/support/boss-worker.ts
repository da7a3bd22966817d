/**
 * A scale-out worker: PostgreSQL storage, the simulator server named in BOSS_SIM (JSON: `amazon`,
 * `d365`, `sellers`), every seller of it, and `connector.start({ workers: "pg-boss", runNow: true })`.
 * Prints one JSON line per scheduled, transition and posted event; SIGTERM stops it gracefully.
 * Used by the scale-out test (test/sync/scale-out.test.ts) and the pg-boss fault schedules
 * (test/chaos/schedules-boss.chaos.ts), which differ in what the worker runs and how long it may
 * hold work, chosen by BOSS_CHAOS:
 *
 * - unset (scale-out): settlements and orders (invoiced with `posting.orderRevenue: "invoiced"`),
 *   each cron every minute, journals of up to 200 lines, a 30 s lease and a 60 s job expiry. Its
 *   clock is the simulator's (BOSS_CLOCK_OFFSET ms from the wall clock), so an order poll's
 *   "two minutes ago" is Amazon's.
 * - `BOSS_CHAOS=1` (fault schedules): settlements and provisional postings (reversed once their
 *   settlement reconciles), cron once a year (the work comes from runNow), journals of 8 lines (so
 *   a fault can fall between the parts of one settlement), and a short lease and job expiry the
 *   schedules stall workers past.
 *
 * BOSS_LEASE_MS and BOSS_EXPIRE_SECONDS override the lease and the job expiry.
 * Other variables: ML_CONNECTOR_PG_URL, BOSS_SCHEMA (the store), BOSS_PGBOSS_SCHEMA (pg-boss's,
 * default "pgboss"), BOSS_MAPPING (JSON mapping).
 */
import { type Clock, systemClock } from "../../src/core/clock.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { createConnector } from "../../src/sync/connector.js";
import type { ConnectorOptions } from "../../src/sync/options.js";
import { type SimConnection, type SimSellerCredentials, simConnections, simVault } from "./sim-connector.js";

const sim = JSON.parse(process.env.BOSS_SIM ?? "{}") as SimConnection & {
  readonly sellers: SimSellerCredentials[];
};
const chaos = process.env.BOSS_CHAOS === "1";
const url = process.env.ML_CONNECTOR_PG_URL ?? "";
const out = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const setting = (name: string, fallback: number) => Number(process.env[name] || fallback);

/** Three quarters of the lease for one attempt of a remote call. */
const attemptTimeouts = (leaseMs: number) => ({
  amazonMs: Math.floor(leaseMs * 0.75),
  d365Ms: Math.floor(leaseMs * 0.75),
});

/** What the worker runs and how long it may hold a record, per test. */
function profile(): Pick<
  ConnectorOptions,
  "clock" | "leaseMs" | "timeouts" | "schedules" | "posting" | "orders" | "provisional"
> {
  if (chaos) {
    return {
      leaseMs: setting("BOSS_LEASE_MS", 2_000),
      // A lease must outlast one remote call (createConnector refuses it otherwise): 3/4 of it per attempt.
      timeouts: attemptTimeouts(setting("BOSS_LEASE_MS", 2_000)),
      // Once a year: the test's work comes from runNow; the cron's own firing is pg-boss's.
      schedules: { settlements: "0 0 1 1 *", provisional: "0 0 1 1 *" },
      posting: { maxLinesPerJournal: 8 },
      provisional: { post: true },
    };
  }
  const offset = Number(process.env.BOSS_CLOCK_OFFSET ?? 0);
  const clock: Clock = {
    now: () => Date.now() + offset,
    sleep: (ms, signal) => systemClock.sleep(ms, signal),
  };
  return {
    clock,
    // Above the event-loop stalls of a loaded machine (a lease lost mid-write lets another worker in).
    leaseMs: setting("BOSS_LEASE_MS", 30_000),
    // And a lease must outlast one remote call, or a write in flight outlives it.
    timeouts: attemptTimeouts(setting("BOSS_LEASE_MS", 30_000)),
    // runNow starts the work; the cron fires every minute as in a deployment, so a record left behind
    // (a job that expired on a loaded machine and ran out of retries, a killed worker's lease) is
    // picked up by a later run instead of waiting for a next job that never comes.
    schedules: { settlements: "* * * * *", orders: "* * * * *" },
    posting: { maxLinesPerJournal: 200, orderRevenue: "invoiced" },
    orders: { enabled: true, start: new Date(clock.now() - 31 * 86_400_000).toISOString() },
  };
}

const storage = postgresStorage({ connectionString: url, schema: process.env.BOSS_SCHEMA ?? "" });
await storage.migrate();
const vault = await simVault(storage, sim, sim.sellers);
const connector = createConnector({
  storage,
  vault,
  ...simConnections(sim, sim.sellers),
  mapping: JSON.parse(process.env.BOSS_MAPPING ?? "{}"),
  ...profile(),
});
connector.on("scheduled", (e) =>
  out({ type: e.type, outcome: e.outcome, flow: e.flow, sellerId: e.sellerId, job: e.job }),
);
connector.on("transition", (e) => out({ type: e.type, flow: e.flow, record: e.record, to: e.to }));
connector.on("posted", (e) => out({ type: e.type, record: e.record }));
await connector.start({
  workers: "pg-boss",
  connectionString: url,
  bossSchema: process.env.BOSS_PGBOSS_SCHEMA ?? "pgboss",
  runNow: true,
  // Scale-out: above a run on a loaded machine (an expired job is retried and, retried too often,
  // dropped). Chaos: short, so a stalled worker's job moves to another worker.
  expireInSeconds: setting("BOSS_EXPIRE_SECONDS", chaos ? 20 : 60),
  maintenanceIntervalSeconds: 1,
});
out({ type: "ready" });
process.once("SIGTERM", () => {
  void connector.stop().then(async () => {
    await storage.close();
    process.exit(0);
  });
});
