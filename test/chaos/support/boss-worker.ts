/**
 * A scale-out worker for the pg-boss fault schedules (test/chaos/schedules-boss.chaos.ts), kept
 * apart from test/sync/boss-child.ts so the two tests evolve on their own: PostgreSQL storage, the simulator server named in
 * BOSS_SIM, every seller of it, and `connector.start({ workers: "pg-boss", runNow: true })`.
 * Prints one JSON line per scheduled and transition event; SIGTERM stops it gracefully.
 * BOSS_LEASE_MS (default 2000) and BOSS_EXPIRE_SECONDS (default 20) set the record lease and the
 * pg-boss job expiry (the chaos schedules stall workers past both).
 */
import { staticKeyProvider } from "../../../src/core/key-provider.js";
import { createCredentialVault } from "../../../src/core/vault.js";
import { postgresStorage } from "../../../src/storage/postgres/postgres-storage.js";
import { createConnector } from "../../../src/sync/connector.js";

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
  leaseMs: Number(process.env.BOSS_LEASE_MS || 2_000),
  // A lease must outlast one remote call (createConnector refuses it otherwise): 3/4 of it per attempt.
  timeouts: {
    amazonMs: Math.floor(Number(process.env.BOSS_LEASE_MS || 2_000) * 0.75),
    d365Ms: Math.floor(Number(process.env.BOSS_LEASE_MS || 2_000) * 0.75),
  },
  // Once a year: the test's work comes from runNow; the cron's own firing is pg-boss's.
  schedules: { settlements: "0 0 1 1 *" },
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
  posting: { maxLinesPerJournal: 8 },
});
connector.on("scheduled", (e) => out({ type: e.type, outcome: e.outcome, sellerId: e.sellerId, job: e.job }));
connector.on("transition", (e) => out({ type: e.type, record: e.record, to: e.to }));
connector.on("posted", (e) => out({ type: e.type, record: e.record }));
await connector.start({
  workers: "pg-boss",
  connectionString: url,
  bossSchema: process.env.BOSS_PGBOSS_SCHEMA ?? "pgboss",
  runNow: true,
  expireInSeconds: Number(process.env.BOSS_EXPIRE_SECONDS || 20),
  maintenanceIntervalSeconds: 1,
});
out({ type: "ready" });
process.once("SIGTERM", () => {
  void connector.stop().then(async () => {
    await storage.close();
    process.exit(0);
  });
});
