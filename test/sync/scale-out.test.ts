/**
 * Scale-out on pg-boss: three worker processes on one PostgreSQL store and the simulator server,
 * twenty sellers, two flows (orders and settlements). Every order is invoiced and every settlement
 * posted exactly once, as D365 holds them; a worker SIGKILLed mid-run (in the middle of invoicing
 * an order) loses nothing: its jobs expire and the other workers finish them (the runner's leases
 * and the lookups by natural key make the retry safe).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSimSeller } from "../../src/testing/amazon/simulator.js";
import type { SimOrder } from "../../src/testing/data/amazon-data.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { type SimulatorServer, startSimulatorServer } from "../../src/testing/server.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "../storage/pg-env.js";
import { BOSS_WORKER, type LineWorker, startLineWorker, tsxArgs } from "../support/child-workers.js";

/** The scale-out worker (no BOSS_CHAOS): both flows, the simulator's clock. */
const child = tsxArgs(BOSS_WORKER);
const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";

const sellers = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0")).map((n) => ({
  ...defaultSimSeller,
  sellerId: `ASIMSELLER000${n}`,
  clientId: `amzn1.application-oa2-client.simulator00000000000000000000${n}`,
  clientSecret: `amzn1.oa2-cs.v1.simulatedclientsecret00000000000000000000000000${n}`,
  refreshToken: `Atzr|IwEBISimulatedRefreshToken00000000000000000000000000000000${n}`,
  storeName: `Store ${n}`,
}));
const FLOWS = 2;

/** The simulator mapping with every SKU of the simulated orders mapped to an item. */
function mappingFor(orders: Iterable<SimOrder>) {
  const bySku: Record<string, string> = { ...simulatorMapping.items?.bySku };
  for (const o of orders) for (const i of o.items) bySku[i.sku] = `IT-${i.sku.slice(4, 7)}`;
  return { ...simulatorMapping, items: { ...simulatorMapping.items, bySku } };
}

interface Line {
  type: string;
  outcome?: string;
  flow?: string;
  sellerId?: string;
  job?: string;
  record?: string;
  to?: string;
}

type Worker = LineWorker<Line>;

const schema = freshSchema("mlc_boss");
const bossSchema = freshSchema("mlc_pgboss");

function startWorker(server: SimulatorServer, onLine: (w: Worker, line: Line) => void): Worker {
  return startLineWorker(
    child,
    {
      ML_CONNECTOR_PG_URL: PG_URL,
      BOSS_SCHEMA: schema,
      BOSS_PGBOSS_SCHEMA: bossSchema,
      BOSS_MAPPING: JSON.stringify(mappingFor(server.amazonSim.state.orders.values())),
      BOSS_CLOCK_OFFSET: String(server.clock.now() - Date.now()),
      BOSS_SIM: JSON.stringify({ amazon: server.amazon, d365: server.d365, sellers }),
    },
    onLine,
  );
}

describe.skipIf(SKIP_POSTGRES)("scale-out on pg-boss (three processes)", () => {
  beforeAll(async () => {
    const problem = await probePostgres();
    if (problem) throw new Error(problem);
  });
  afterAll(async () => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${bossSchema} CASCADE`);
    await client.end();
  });

  it("posts every order and settlement of 20 sellers exactly once, and a killed worker's jobs are finished by others", async () => {
    const server = await startSimulatorServer({
      seed: 5,
      start: Date.now(),
      amazon: { sellers, data: { orders: 8, marketplaces: [US, CA] } },
    });
    const workers: Worker[] = [];
    try {
      // The Orders API lists orders updated at least two minutes ago: let the latest ones age.
      await server.clock.advance(5 * 60_000);
      // Two settlement periods per seller and marketplace closed on Amazon's own schedule (80 in all).
      const orders = [...server.amazonSim.state.orders.values()];
      const shipped = orders.filter((o) => o.status === "Shipped");
      const groups = server.amazonSim.state.eventGroups.filter((g) => g.processingStatus === "Closed");
      expect(new Set(orders.map((o) => o.sellerId)).size).toBe(sellers.length);

      let killed: Worker | undefined;
      let inFlight: string[] = [];
      const onLine = (w: Worker, line: Line) => {
        // SIGKILL the first worker that starts writing an order's invoice, in the middle of its run.
        if (!killed && line.type === "transition" && line.flow === "orders" && line.to === "invoicing") {
          killed = w;
          const open = new Map<string, number>();
          for (const l of w.lines) {
            if (l.type !== "scheduled" || !l.job) continue;
            open.set(l.job, (open.get(l.job) ?? 0) + (l.outcome === "started" ? 1 : -1));
          }
          const started = (job: string) => w.lines.find((l) => l.job === job && l.outcome === "started");
          inFlight = [...open]
            .filter(([, n]) => n > 0)
            .map(([job]) => `${started(job)?.flow}:${started(job)?.sellerId}`);
          w.process.kill("SIGKILL");
        }
      };
      for (let i = 0; i < 3; i++) workers.push(startWorker(server, onLine));

      // Wait until the store holds every settlement reconciled and every order at rest (the
      // killed worker's jobs need their expiry first).
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      type Row = { id: string; kind: string; state: string; reason: string | null };
      let resting: string[] = [];
      let settlements: string[] = [];
      let orderStates: string[] = [];
      try {
        for (let i = 0; i < 1_000; i++) {
          await new Promise((r) => setTimeout(r, 500));
          const rows = await client
            .query(
              `SELECT id, kind, state, reason FROM ${schema}.records WHERE kind IN ('settlement', 'order')`,
            )
            .catch(() => ({ rows: [] as Row[] }));
          const of = (kind: string) => rows.rows.filter((r: Row) => r.kind === kind).map((r: Row) => r.state);
          resting = rows.rows
            .filter((r: Row) => r.state === "parked" || r.state === "failed")
            .map((r: Row) => `${r.id} ${r.state}: ${r.reason ?? ""}`);
          settlements = of("settlement");
          orderStates = of("order");
          const settled = settlements.length >= groups.length && settlements.every((s) => s === "reconciled");
          const rested =
            orderStates.length >= orders.length &&
            orderStates.every((s) => ["invoiced", "credited", "skipped"].includes(s));
          if (settled && rested) break;
        }
      } finally {
        await client.end();
      }
      for (const w of workers) if (w !== killed) w.process.kill("SIGTERM");
      const exits = await Promise.all(workers.map((w) => w.exit));

      expect(resting).toEqual([]);
      expect(killed).toBeDefined();
      expect(inFlight.length).toBeGreaterThan(0);
      expect(settlements).toHaveLength(groups.length);
      expect(settlements.filter((s) => s !== "reconciled")).toEqual([]);
      expect(orderStates).toHaveLength(orders.length);
      expect(orderStates.filter((s) => !["invoiced", "credited", "skipped"].includes(s))).toEqual([]);
      // The survivors stopped cleanly.
      for (const [i, e] of exits.entries()) {
        if (workers[i] === killed) continue;
        expect(e.code, e.stderr).toBe(0);
      }

      // Exactly once, as D365 holds it: one invoice per shipped order (none for the others), one
      // credit note per refund, and every settlement's journal parts once each.
      const d365 = server.d365Sim.state;
      const references = d365.rows("FreeTextInvoiceHeaders").map((h) => String(h.CustomerReference));
      const invoices = references.filter((r) => !r.includes(" CN "));
      expect(new Set(invoices).size).toBe(invoices.length);
      expect([...invoices].sort()).toEqual(shipped.map((o) => o.orderId).sort());
      const notes = references.filter((r) => r.includes(" CN "));
      expect(new Set(notes).size).toBe(notes.length);
      expect(notes.length).toBe(shipped.reduce((n, o) => n + o.refunds.length, 0));
      const markers = d365.rows("LedgerJournalHeaders").map((h) => String(h.Description));
      expect(new Set(markers).size).toBe(markers.length);
      const posted = new Set(markers.map((m) => m.split(" ")[1]));
      expect(groups.filter((g) => !posted.has(g.settlementId)).map((g) => g.settlementId)).toEqual([]);
      expect(posted.size).toBe(new Set(groups.map((g) => g.settlementId)).size);

      // A job runs on one worker at a time: a failed attempt is retried (possibly by the same
      // worker), but only the killed worker's jobs moved to another worker (the retry after expiry).
      const startedBy = new Map<string, number[]>();
      workers.forEach((w, i) => {
        for (const l of w.lines) {
          if (l.outcome === "started" && l.job) startedBy.set(l.job, [...(startedBy.get(l.job) ?? []), i]);
        }
      });
      const k = workers.indexOf(killed as Worker);
      for (const [, by] of startedBy) {
        if (new Set(by).size > 1) {
          expect(by).toContain(k);
        }
      }
      // Every job the killed worker had in hand was finished by a survivor.
      const finishedElsewhere = (target: string) =>
        workers.some(
          (w) =>
            w !== killed &&
            w.lines.some((l) => l.outcome === "finished" && `${l.flow}:${l.sellerId}` === target),
        );
      expect(inFlight.filter((t) => !finishedElsewhere(t))).toEqual([]);
      // Work was shared: every worker started jobs, of both flows.
      for (const w of workers) expect(w.lines.some((l) => l.outcome === "started")).toBe(true);
      const flows = new Set(
        workers.flatMap((w) => w.lines.filter((l) => l.outcome === "finished").map((l) => l.flow)),
      );
      expect(flows.size).toBe(FLOWS);
    } finally {
      for (const w of workers)
        if (w.process.exitCode === null && !w.process.killed) w.process.kill("SIGKILL");
      await server.close();
    }
  }, 720_000);
});
