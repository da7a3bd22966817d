/**
 * Scale-out on pg-boss: three worker processes on one PostgreSQL store and the simulator server,
 * three sellers. Every settlement posts exactly once; a worker SIGKILLed mid-run loses nothing:
 * its job expires and another worker finishes it (the runner's leases make the retry safe).
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSimSeller } from "../../src/testing/amazon/simulator.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { type SimulatorServer, startSimulatorServer } from "../../src/testing/server.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "../storage/pg-env.js";

const child = path.join(import.meta.dirname, "boss-child.ts");
const root = path.resolve(import.meta.dirname, "..", "..");
const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";

const sellers = [1, 2, 3].map((n) => ({
  ...defaultSimSeller,
  sellerId: `ASIMSELLER0000${n}`,
  clientId: `amzn1.application-oa2-client.simulator000000000000000000000${n}`,
  clientSecret: `amzn1.oa2-cs.v1.simulatedclientsecret000000000000000000000000000${n}`,
  refreshToken: `Atzr|IwEBISimulatedRefreshToken000000000000000000000000000000000${n}`,
  storeName: `Store ${n}`,
}));

interface Line {
  type: string;
  outcome?: string;
  sellerId?: string;
  job?: string;
  record?: string;
  to?: string;
}

interface Worker {
  readonly lines: Line[];
  readonly process: ChildProcessWithoutNullStreams;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

const schema = freshSchema("mlc_boss");
const bossSchema = freshSchema("mlc_pgboss");

function startWorker(server: SimulatorServer, onLine: (w: Worker, line: Line) => void): Worker {
  const p = spawn(process.execPath, ["--import", "tsx", child], {
    cwd: root,
    env: {
      ...process.env,
      ML_CONNECTOR_PG_URL: PG_URL,
      BOSS_SCHEMA: schema,
      BOSS_PGBOSS_SCHEMA: bossSchema,
      BOSS_MAPPING: JSON.stringify(simulatorMapping),
      BOSS_SIM: JSON.stringify({ amazon: server.amazon, d365: server.d365, sellers }),
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  p.stderr.on("data", (d) => {
    stderr += String(d);
  });
  const worker: Worker = {
    lines: [],
    process: p,
    exit: new Promise((resolve) => p.on("close", (code, signal) => resolve({ code, signal, stderr }))),
  };
  createInterface({ input: p.stdout }).on("line", (text) => {
    const line = JSON.parse(text) as Line;
    worker.lines.push(line);
    onLine(worker, line);
  });
  return worker;
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

  it("posts every settlement exactly once, and a killed worker's job is finished by another", async () => {
    const server = await startSimulatorServer({
      seed: 5,
      start: Date.now() - 60_000,
      amazon: { sellers, data: { orders: 30, marketplaces: [US, CA] } },
    });
    const workers: Worker[] = [];
    try {
      for (const s of sellers) {
        server.amazonSim.state.publishSettlement({ marketplaceId: US, sellerId: s.sellerId });
        server.amazonSim.state.publishSettlement({ marketplaceId: CA, sellerId: s.sellerId });
      }
      let killed: Worker | undefined;
      let killedSeller: string | undefined;
      const onLine = (w: Worker, line: Line) => {
        // SIGKILL the first worker that moves a record, in the middle of its run.
        if (!killed && line.type === "transition" && line.to === "downloaded") {
          killed = w;
          killedSeller = [...w.lines].reverse().find((l) => l.outcome === "started")?.sellerId;
          w.process.kill("SIGKILL");
        }
      };
      for (let i = 0; i < 3; i++) workers.push(startWorker(server, onLine));

      // Wait until the store holds every settlement reconciled (the killed job needs its expiry).
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      let states: string[] = [];
      try {
        for (let i = 0; i < 240; i++) {
          await new Promise((r) => setTimeout(r, 500));
          const rows = await client
            .query(`SELECT state FROM ${schema}.records WHERE kind = 'settlement'`)
            .catch(() => ({ rows: [] as { state: string }[] }));
          states = rows.rows.map((r: { state: string }) => r.state);
          if (states.length >= sellers.length * 2 && states.every((s) => s === "reconciled")) break;
        }
      } finally {
        await client.end();
      }
      for (const w of workers) if (w !== killed) w.process.kill("SIGTERM");
      const exits = await Promise.all(workers.map((w) => w.exit));

      expect(killed).toBeDefined();
      expect(killedSeller).toBeDefined();
      expect(states.length).toBeGreaterThanOrEqual(sellers.length * 2);
      expect(states.filter((s) => s !== "reconciled")).toEqual([]);
      // The survivors stopped cleanly.
      for (const [i, e] of exits.entries()) {
        if (workers[i] === killed) continue;
        expect(e.code, e.stderr).toBe(0);
      }

      // Each journal in D365 once: one header per marker.
      const markers = server.d365Sim.state.rows("LedgerJournalHeaders").map((h) => String(h.Description));
      expect(markers.length).toBeGreaterThan(0);
      expect(new Set(markers).size).toBe(markers.length);

      // A job runs on one worker at a time: a failed attempt is retried (possibly by the same
      // worker), but only the killed worker's job moved to another worker (the retry after expiry).
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
      // The killed worker's seller was finished by a survivor.
      const finishedElsewhere = workers.some(
        (w) => w !== killed && w.lines.some((l) => l.outcome === "finished" && l.sellerId === killedSeller),
      );
      expect(finishedElsewhere).toBe(true);
      // Work was shared: more than one worker started a job.
      expect(workers.filter((w) => w.lines.some((l) => l.outcome === "started")).length).toBeGreaterThan(1);
    } finally {
      for (const w of workers)
        if (w.process.exitCode === null && !w.process.killed) w.process.kill("SIGKILL");
      await server.close();
    }
  }, 180_000);
});
