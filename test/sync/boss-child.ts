/**
 * A scale-out worker for the pg-boss test: PostgreSQL storage, the simulator server named in
 * BOSS_SIM, every seller of it, both flows (settlements, and orders invoiced with
 * `posting.orderRevenue: "invoiced"`), and `connector.start({ workers: "pg-boss", runNow: true })`.
 * Its clock is the simulator's (BOSS_CLOCK_OFFSET ms from the wall clock), so an order poll's
 * "two minutes ago" is Amazon's. Prints one JSON line per scheduled and transition event; SIGTERM
 * stops it gracefully.
 */
import { type Clock, systemClock } from "../../src/core/clock.js";
import { staticKeyProvider } from "../../src/core/key-provider.js";
import { createCredentialVault } from "../../src/core/vault.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { createConnector } from "../../src/sync/connector.js";

interface Env {
  readonly amazon: { baseUrl: string; lwaEndpoint: string };
  readonly sellers: { sellerId: string; clientId: string; clientSecret: string; refreshToken: string }[];
  readonly d365: {
    environmentUrl: string;
    authority: string;
    tenantId: string;
    clientId: string;
    clientSecret: string;
  };
}

const sim = JSON.parse(process.env.BOSS_SIM ?? "{}") as Env;
const url = process.env.ML_CONNECTOR_PG_URL ?? "";
const offset = Number(process.env.BOSS_CLOCK_OFFSET ?? 0);
const clock: Clock = { now: () => Date.now() + offset, sleep: (ms, signal) => systemClock.sleep(ms, signal) };
const out = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

const storage = postgresStorage({ connectionString: url, schema: process.env.BOSS_SCHEMA ?? "" });
await storage.migrate();
const vault = createCredentialVault({
  storage,
  keys: staticKeyProvider({ keys: { 1: Buffer.alloc(32, 7) }, current: 1 }),
});
for (const s of sim.sellers) {
  await vault.putCredentials(`amazon:${s.sellerId}`, {
    clientId: s.clientId,
    clientSecret: s.clientSecret,
    refreshToken: s.refreshToken,
  });
}
await vault.putCredentials("d365:sim", {
  tenantId: sim.d365.tenantId,
  clientId: sim.d365.clientId,
  clientSecret: sim.d365.clientSecret,
});
const connector = createConnector({
  storage,
  vault,
  clock,
  // Above the event-loop stalls of a loaded machine (a lease lost mid-write lets another worker in).
  leaseMs: 30_000,
  // And a lease must outlast one remote call, or a write in flight outlives it.
  timeouts: { amazonMs: 20_000, d365Ms: 20_000 },
  // runNow starts the work; the cron fires every minute as in a deployment, so a record left behind
  // (a job that expired on a loaded machine and ran out of retries, a killed worker's lease) is
  // picked up by a later run instead of waiting for a next job that never comes.
  schedules: { settlements: "* * * * *", orders: "* * * * *" },
  amazon: {
    sellers: sim.sellers.map((s) => ({
      sellerId: s.sellerId,
      region: "na" as const,
      credentials: { vault: `amazon:${s.sellerId}` },
      endpoints: { spApi: sim.amazon.baseUrl, lwa: sim.amazon.lwaEndpoint },
    })),
  },
  d365: {
    environmentUrl: sim.d365.environmentUrl,
    authority: sim.d365.authority,
    credentials: { vault: "d365:sim" },
  },
  mapping: JSON.parse(process.env.BOSS_MAPPING ?? "{}"),
  posting: { maxLinesPerJournal: 200, orderRevenue: "invoiced" },
  orders: { enabled: true, start: new Date(clock.now() - 31 * 86_400_000).toISOString() },
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
  // Above a run on a loaded machine: an expired job is retried (and, retried too often, dropped).
  expireInSeconds: 60,
  maintenanceIntervalSeconds: 1,
});
out({ type: "ready" });
process.once("SIGTERM", () => {
  void connector.stop().then(async () => {
    await storage.close();
    process.exit(0);
  });
});
