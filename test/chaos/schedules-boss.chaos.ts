/**
 * Fault schedules on the scale-out path: three connector processes (test/support/boss-worker.ts,
 * with BOSS_CHAOS=1) on one PostgreSQL store, sharing the work through pg-boss
 * (`connector.start({ workers: "pg-boss" })`), against the simulator server, three sellers. Each schedule, drawn from the run's seed, mixes
 * D365 429 storms and 500s, dropped connections, writes committed whose answer is lost (`$batch`
 * and journal headers), revoked tokens, a re-issued settlement report, a SIGKILLed worker replaced
 * by a fresh one, and a worker stalled (SIGSTOP … SIGCONT) for longer than both its record lease
 * (2 s) and its pg-boss job expiry (4 s), so another worker takes its records over while it is
 * frozen and it wakes up holding nothing. Each seller's periods had their provisional journal posted
 * while open (fault-free, before the schedule), and the workers run the provisional flow too, so each
 * must be reversed once its settlement reconciles. Then the workers stop, faults are lifted, one quiet
 * connector runs until every record rests, and the invariants of the in-process schedules hold:
 * D365 as a fault-free run leaves it, balanced journals, every settlement reconciled once (or a
 * duplicate, or parked with a reason), every D365 write audited (bar the calls in flight in a
 * killed process), no secret in the workers' output or the audit trail.
 * `CHAOS_BOSS_SCHEDULE=number npm run test:chaos -- --seed S --only schedules-pg` replays one.
 */
import pg from "pg";
import { beforeAll, expect, it } from "vitest";
import type { StorageAdapter } from "../../src/core/storage.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { defaultSimSeller } from "../../src/testing/amazon/simulator.js";
import { createPrng } from "../../src/testing/data/prng.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { type SimulatorServer, startSimulatorServer } from "../../src/testing/server.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "../storage/pg-env.js";
import { BOSS_WORKER, type LineWorker, startLineWorker } from "../support/child-workers.js";
import { journalsFingerprint, PROVISIONAL_RESTING, unbalancedJournals } from "../support/d365-state.js";
import { bundledWorker } from "./support/bundle.js";
import { scheduleNumbers } from "./support/numbers.js";
import { chaosPart } from "./support/part.js";
import { serverConnector } from "./support/server-world.js";
import { chaosSettings } from "./support/settings.js";
import { recordFigure } from "./support/summary.js";

/** pg-boss schedules per CI run: each starts four or five processes, so few; `CHAOS_BOSS_SCHEDULES` changes it. */
const DEFAULT_BOSS_SCHEDULES = 5;
const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";
const LEASE_MS = 2_000;
const EXPIRE_SECONDS = 4;
/** Real time the faulty phase may take before the workers are stopped anyway. */
const PHASE_MS = 90_000;
/** One simulated start for every server of the file, so every run sees the same settlement dates. */
const START = Date.now() - 60_000;

const sellers = [1, 2, 3].map((n) => ({
  ...defaultSimSeller,
  sellerId: `ASIMSELLER0000${n}`,
  clientId: `amzn1.application-oa2-client.simulator000000000000000000000${n}`,
  clientSecret: `amzn1.oa2-cs.v1.simulatedclientsecret000000000000000000000000000${n}`,
  refreshToken: `Atzr|IwEBISimulatedRefreshToken000000000000000000000000000000000${n}`,
  storeName: `Store ${n}`,
}));

/** One pg-boss schedule. */
interface BossSchedule {
  readonly number: number;
  readonly d365Storm429: number;
  readonly d365Error500Rate: number;
  readonly d365NetworkRate: number;
  readonly commitThenFail: readonly string[];
  readonly amazonError500Rate: number;
  readonly reissueBefore: boolean;
  /** Worker 0..2 frozen after the N-th transition any worker reports, for `ms`. */
  readonly stall: { readonly worker: number; readonly at: number; readonly ms: number };
  /** Worker SIGKILLed after the N-th transition and replaced; null = none. */
  readonly kill: { readonly worker: number; readonly at: number } | null;
  /** Tokens revoked (D365 and Amazon) after the N-th transition; 0 = never. */
  readonly revokeAt: number;
}

function drawBossSchedule(seed: number, number: number): BossSchedule {
  const rng = createPrng(seed * 17 + 5 + number);
  const rate = (max: number) => (rng.chance(0.5) ? 0 : Math.round(rng.next() * max * 1000) / 1000);
  return {
    number,
    d365Storm429: rng.chance(0.4) ? rng.int(1, 3) : 0,
    d365Error500Rate: rate(0.05),
    d365NetworkRate: rate(0.04),
    commitThenFail: (["$batch", "LedgerJournalHeaders"] as const).filter(() => rng.chance(0.5)),
    amazonError500Rate: rate(0.05),
    reissueBefore: rng.chance(0.3),
    stall: { worker: rng.int(0, 2), at: rng.int(1, 12), ms: rng.int(6_000, 11_000) },
    kill: rng.chance(0.5) ? { worker: rng.int(0, 2), at: rng.int(1, 16) } : null,
    revokeAt: rng.chance(0.3) ? rng.int(1, 16) : 0,
  };
}

interface Line {
  readonly type: string;
  readonly to?: string;
}

type Worker = LineWorker<Line>;

function startWorker(
  script: string,
  server: SimulatorServer,
  schema: string,
  bossSchema: string,
  onLine: (w: Worker, line: Line) => void,
): Worker {
  return startLineWorker(
    [script],
    {
      ML_CONNECTOR_PG_URL: PG_URL,
      BOSS_CHAOS: "1",
      BOSS_SCHEMA: schema,
      BOSS_PGBOSS_SCHEMA: bossSchema,
      BOSS_LEASE_MS: String(LEASE_MS),
      BOSS_EXPIRE_SECONDS: String(EXPIRE_SECONDS),
      BOSS_MAPPING: JSON.stringify(simulatorMapping),
      BOSS_SIM: JSON.stringify({ amazon: server.amazon, d365: server.d365, sellers }),
    },
    onLine,
    { tolerateNonJson: true },
  );
}

/**
 * The server of a schedule: every seller's open periods get their provisional journal posted
 * (fault-free, on `storage`, the schedule's store), then Amazon closes them, so the workers must
 * reverse each once its settlement reconciles.
 */
async function arrangeServer(storage: StorageAdapter): Promise<SimulatorServer> {
  const server = await startSimulatorServer({
    seed: 5,
    start: START,
    amazon: { sellers, data: { orders: 12, marketplaces: [US, CA] } },
  });
  try {
    const connector = await serverConnector(server, sellers, storage, { provisional: { post: true } });
    const posted = await connector.run("provisional");
    expect(posted.groups.filter((g) => g.journal?.revision === 1)).toHaveLength(2 * sellers.length);
  } catch (e) {
    await server.close();
    throw e;
  }
  for (const s of sellers) {
    server.amazonSim.state.publishSettlement({ marketplaceId: US, sellerId: s.sellerId });
    server.amazonSim.state.publishSettlement({ marketplaceId: CA, sellerId: s.sellerId });
  }
  return server;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const resting = new Set(["reconciled", "duplicate", "parked", "failed"]);

interface Reference {
  readonly fingerprint: string;
  readonly settlementIds: readonly string[];
}

async function reference(): Promise<Reference> {
  const storage = memoryStorage();
  const server = await arrangeServer(storage);
  try {
    const connector = await serverConnector(server, sellers, storage, { provisional: { post: true } });
    const report = await connector.run("settlements");
    expect(report.settlements.map((s) => s.state).filter((s) => s !== "reconciled")).toEqual([]);
    const provisional = await connector.run("provisional");
    expect(provisional.groups.filter((g) => g.state === "reversed")).toHaveLength(2 * sellers.length);
    return {
      fingerprint: journalsFingerprint(server.d365Sim),
      settlementIds: report.settlements.map((s) => s.settlementId ?? ""),
    };
  } finally {
    await server.close();
  }
}

async function dropSchemas(...schemas: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await client.end();
  }
}

async function runBossSchedule(
  s: BossSchedule,
  ref: Reference,
): Promise<{ violations: string[]; leaks: string[]; faults: Record<string, number>; kills: number }> {
  const violations: string[] = [];
  const leaks: string[] = [];
  const faults: Record<string, number> = {};
  const fault = (kind: string, n = 1) => {
    if (n > 0) faults[kind] = (faults[kind] ?? 0) + n;
  };
  let kills = 0;
  const script = await bundledWorker(BOSS_WORKER);
  const schema = freshSchema("mlc_chaos");
  const bossSchema = freshSchema("mlc_chaos_boss");
  const arranged = postgresStorage({ connectionString: PG_URL, schema, poolSize: 2 });
  const server = await arrangeServer(arranged).finally(() => arranged.close());
  const workers: Worker[] = [];
  const stalled = new Set<Worker>();
  try {
    if (s.reissueBefore) {
      const closed = server.amazonSim.state.eventGroups.filter((g) => g.processingStatus === "Closed");
      const id = closed[s.number % closed.length]?.settlementId;
      if (id) {
        server.amazonSim.state.reissueSettlement(id);
        fault("reissued-report");
      }
    }
    const throttle = server.d365Sim.state.throttle;
    if (s.d365Error500Rate || s.d365NetworkRate)
      throttle.set("*", { error500Rate: s.d365Error500Rate, timeoutRate: s.d365NetworkRate });
    if (s.d365Storm429) throttle.storm(s.d365Storm429, 1);
    for (const target of s.commitThenFail)
      throttle.inject({ target, method: "POST", kind: "commit-network", times: 1 });
    if (s.amazonError500Rate) server.amazonSim.state.faults.set("*", { error500Rate: s.amazonError500Rate });

    let transitions = 0;
    const onLine = (w: Worker, line: Line) => {
      if (line.type !== "transition") return;
      transitions++;
      if (transitions === s.stall.at) {
        const target = workers[s.stall.worker];
        if (target && target.process.exitCode === null && !target.process.killed) {
          target.process.kill("SIGSTOP");
          stalled.add(target);
          fault("worker-stalled-past-lease");
          setTimeout(() => {
            stalled.delete(target);
            if (target.process.exitCode === null && !target.process.killed) target.process.kill("SIGCONT");
          }, s.stall.ms).unref();
        }
      }
      if (s.kill && transitions === s.kill.at) {
        const target = workers[s.kill.worker];
        if (target && target.process.exitCode === null && !target.process.killed) {
          stalled.delete(target);
          target.process.kill("SIGKILL");
          kills++;
          workers.push(startWorker(script, server, schema, bossSchema, onLine));
        }
      }
      if (s.revokeAt && transitions === s.revokeAt) {
        server.d365Sim.state.revokeTokens();
        for (const token of server.amazonSim.state.tokens.keys()) {
          try {
            server.amazonSim.state.revokeToken({ accessToken: token });
          } catch {}
        }
        fault("tokens-revoked");
      }
      void w;
    };
    // The first worker creates the schemas alone: three at once would race the migrations.
    workers.push(startWorker(script, server, schema, bossSchema, onLine));
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      const states = async () =>
        (
          await client
            .query(`SELECT state FROM ${schema}.records WHERE kind = 'settlement'`)
            .catch(() => ({ rows: [] as { state: string }[] }))
        ).rows.map((r: { state: string }) => r.state);
      for (let i = 0; i < 120 && (await states()).length === 0; i++) await sleep(250);
      workers.push(startWorker(script, server, schema, bossSchema, onLine));
      workers.push(startWorker(script, server, schema, bossSchema, onLine));
      // Until every settlement rests and no worker is frozen, or the phase's time is up.
      const started = Date.now();
      for (;;) {
        await sleep(500);
        const now = await states();
        if (now.length >= ref.settlementIds.length && now.every((x) => resting.has(x)) && stalled.size === 0)
          break;
        if (Date.now() - started > PHASE_MS) {
          fault("phase-timed-out");
          break;
        }
      }
    } finally {
      await client.end();
    }
    for (const w of workers) {
      if (w.process.exitCode !== null || w.process.signalCode !== null) continue;
      w.process.kill("SIGCONT");
      w.process.kill("SIGTERM");
    }
    const exits = await Promise.race([
      Promise.all(workers.map((w) => w.exit)),
      sleep(30_000).then(() => undefined),
    ]);
    if (!exits) leaks.push("a worker did not stop within 30 s of SIGTERM");
    for (const w of workers)
      if (w.process.exitCode === null && w.process.signalCode === null) w.process.kill("SIGKILL");
    for (const [k, v] of Object.entries(throttle.injected)) fault(`d365-${k}`, v);
    for (const c of server.amazonSim.state.calls) if (c.status >= 500) fault(`amazon-${c.status}`);

    // Quiet: no fault; one connector runs until every record rests.
    throttle.clear();
    server.amazonSim.state.faults.clear();
    const storage = postgresStorage({ connectionString: PG_URL, schema, poolSize: 4 });
    try {
      const quiet = await serverConnector(server, sellers, storage, { provisional: { post: true } });
      let rested = false;
      for (let i = 0; i < 6 && !rested; i++) {
        // Leases of the stopped workers (a killed one never released its own) lapse first.
        await sleep(LEASE_MS + 200);
        await quiet.run("settlements");
        if ((await quiet.settlements({ state: "parked" })).length > 0) {
          fault("parked-under-faults-replayed");
          await quiet.replay({ state: "parked" });
        }
        // After the settlements: a group whose settlement was not reconciled under the faults waits.
        await quiet.run("provisional");
        if ((await quiet.provisional.view({ status: "all" })).some((g) => g.state === "parked")) {
          fault("parked-under-faults-replayed");
          await quiet.replay({ flow: "provisional", state: "parked" });
        }
        rested =
          (await quiet.settlements()).every((r) => r.state === "reconciled" || r.state === "duplicate") &&
          (await quiet.provisional.view({ status: "all" })).every((g) => PROVISIONAL_RESTING.has(g.state));
      }
      for (const g of await quiet.provisional.view({ status: "all" }))
        if (!PROVISIONAL_RESTING.has(g.state))
          violations.push(`${g.record} rests in ${g.state} (${g.reason ?? "no reason"})`);
      if (journalsFingerprint(server.d365Sim) !== ref.fingerprint)
        violations.push("D365 state differs from the fault-free run");
      for (const j of unbalancedJournals(server.d365Sim)) violations.push(`journal does not balance: ${j}`);
      const records = await quiet.settlements();
      for (const r of records) {
        if (r.state !== "reconciled" && r.state !== "duplicate" && r.state !== "parked")
          violations.push(`${r.record} rests in ${r.state} (${r.reason ?? "no reason"})`);
        if (r.state === "parked" && !r.reason) violations.push(`${r.record} parked without a reason`);
        if (r.state === "reconciled" && !/^-?0(\.0+)?$/.test(r.reconciliation?.difference ?? ""))
          violations.push(`${r.record} reconciled with difference ${r.reconciliation?.difference}`);
      }
      const reconciled = new Set(records.filter((r) => r.state === "reconciled").map((r) => r.settlementId));
      for (const id of ref.settlementIds)
        if (!reconciled.has(id)) violations.push(`settlement ${id} is not reconciled`);
      // Every D365 write is audited, bar the attempts audited without their own ids (retries) and
      // what a killed worker had in flight (up to one call per seller it was running).
      const audit = (await storage.audit.query({ kind: "call", limit: 100_000 })).filter(
        (e) => e.kind === "call" && e.system === "d365" && e.method.toUpperCase() !== "GET",
      );
      const auditedIds = new Set(audit.map((e) => (e.kind === "call" ? e.requestIds?.requestId : undefined)));
      const unanswered = audit.reduce(
        (n, e) => n + (e.kind !== "call" ? 0 : e.status === undefined ? e.attempt : e.attempt - 1),
        0,
      );
      const unmatched = server.d365Sim.state.requests.filter(
        (r) => r.target !== "token" && r.method !== "GET" && !auditedIds.has(r.requestId),
      ).length;
      if (unmatched > unanswered + kills * sellers.length)
        violations.push(
          `${unmatched} D365 writes have no audit call entry (${unanswered} retried attempts, ${kills} kills)`,
        );
      const trail = JSON.stringify(await storage.audit.query({ limit: 100_000 })) + JSON.stringify(records);
      const secrets = [
        ...sellers.flatMap((x) => [x.clientSecret, x.refreshToken]),
        server.d365.clientSecret,
        ...server.amazonSim.state.tokens.keys(),
      ];
      const outputs = workers.map((w) => w.output.text).join("\n");
      for (const secret of secrets) {
        if (trail.includes(secret)) leaks.push("a secret in the audit trail");
        if (outputs.includes(secret)) leaks.push("a secret in a worker's output");
      }
    } finally {
      await storage.close();
    }
  } finally {
    for (const w of workers)
      if (w.process.exitCode === null && w.process.signalCode === null) w.process.kill("SIGKILL");
    await server.close();
    await dropSchemas(schema, bossSchema).catch(() => {});
  }
  return { violations, leaks, faults, kills };
}

chaosPart(
  "schedules-pg",
  "fault schedules on three pg-boss processes sharing PostgreSQL",
  () => {
    const numbers = scheduleNumbers("CHAOS_BOSS_SCHEDULES", "CHAOS_BOSS_SCHEDULE", DEFAULT_BOSS_SCHEDULES);
    beforeAll(async () => {
      if (SKIP_POSTGRES || numbers.length === 0) return;
      const problem = await probePostgres();
      if (problem) throw new Error(problem);
    });

    it.skipIf(SKIP_POSTGRES)(
      "every schedule, stalls past a lease and kills included, ends as the fault-free run",
      async () => {
        const { seed } = chaosSettings();
        if (numbers.length === 0) return;
        const ref = await reference();
        const failures: string[] = [];
        for (const number of numbers) {
          const schedule = drawBossSchedule(seed, number);
          const outcome = await runBossSchedule(schedule, ref);
          recordFigure("schedules", "pg-boss-three-processes", 1);
          for (const [k, v] of Object.entries(outcome.faults)) recordFigure("faults", k, v);
          recordFigure("kills", "pg-boss-sigkill", outcome.kills);
          recordFigure("invariants", "pg-boss", outcome.violations.length);
          recordFigure("leaks", "pg-boss", outcome.leaks.length);
          if (outcome.violations.length + outcome.leaks.length > 0)
            failures.push(
              [
                `pg-boss schedule ${number} (seed ${seed}): ${[...outcome.violations, ...outcome.leaks].join("; ")}`,
                `  replay: CHAOS_BOSS_SCHEDULE=${number} npm run test:chaos -- --seed ${seed} --only schedules-pg`,
                `  schedule: ${JSON.stringify(schedule)}`,
              ].join("\n"),
            );
        }
        expect(failures.join("\n")).toBe("");
      },
    );
  },
  ["schedules"],
);
