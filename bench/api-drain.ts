/**
 * SP-API pacing: N concurrent `getOrderItems` calls against the Amazon simulator's usage plan, for
 * ml-connector and for the real peers, every client against the same simulator and plan.
 *
 * Two groups:
 * - **simulated time, Amazon's real plan** (0.5/s, burst 30; floor (N − 30) / 0.5 s): ml-connector
 *   alone, ml-connector as three limiters sharing one bucket through SQLite and through PostgreSQL,
 *   and a blind-retry baseline (no pacing, retry every 1/rate s after a 429), at three sizes.
 *   The peers cannot run here: their timers are real.
 * - **real time, plan scaled up** (5/s, burst 30, 100 concurrent calls; floor 14 s): ml-connector
 *   in one process, in three processes sharing the bucket through SQLite and PostgreSQL (simulator
 *   behind a loopback HTTP server), `amazon-sp-api`, `@sp-api-sdk/orders-api-v0` and the blind retry.
 *   The peers run as their READMEs say; msw serves them the simulator inside their own process.
 *
 * Every request reaches the simulator after a simulated latency of 20–120 ms (deterministic per
 * request), so the send-to-arrival spread a real network has is there. Drain is the server-side
 * span from the first to the last accepted request: what the usage plan constrains.
 *
 *   npx tsx bench/api-drain.ts [--json] [--group sim|real]     (BENCH_REPS=n to change repetitions)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { getResponse, http } from "msw";
import { setupServer } from "msw/node";
import pg from "pg";
import { lwaTokenProvider } from "../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../src/amazon/client.js";
import { type Clock, systemClock } from "../src/core/clock.js";
import {
  type BucketStore,
  createMemoryBucketStore,
  createTokenBucketLimiter,
  storageBucketStore,
} from "../src/core/rate-limiter.js";
import { createRetryPolicy } from "../src/core/retry.js";
import type { StorageAdapter } from "../src/core/storage.js";
import { postgresStorage } from "../src/storage/postgres/postgres-storage.js";
import { sqliteStorage } from "../src/storage/sqlite/sqlite-storage.js";
import { type AmazonSimulator, createAmazonSimulator } from "../src/testing/amazon/simulator.js";
import {
  emitResult,
  jsonMode,
  minMedian,
  mm,
  peakRss,
  pool,
  reps,
  runSubject,
  say,
  subjectArgs,
  table,
} from "./lib/harness.js";

const FILE = import.meta.filename;
const REAL_PLAN = { rate: 0.5, burst: 30 };
const SCALED_PLAN = { rate: 5, burst: 30 };
const SIM_SIZES = [100, 200, 400];
const BLIND_SIM_SIZES = [100];
const REAL_CALLS = 100;
const PG_URL = process.env.ML_CONNECTOR_PG_URL ?? "postgres://postgres:postgres@127.0.0.1:5432/postgres";
const SP_HOST = "https://sellingpartnerapi-na.amazon.com";
const LWA_URL = "https://api.amazon.com/auth/o2/token";
const US = "ATVPDKIKX0DER";

/** Send-to-arrival latency of request n: 20–120 ms, the same sequence for every client. */
let latencySeq = 0;
const nextLatencyMs = () => 20 + ((Math.imul(++latencySeq, 2654435761) >>> 0) % 101);

type Store = "memory" | "sqlite" | "pg";

interface Outcome {
  calls: number;
  ok: number;
  failed: number;
  requests: number;
  throttled: number;
  tokenCalls: number;
  drainS: number;
  wallS: number;
}

function outcome(sim: AmazonSimulator<Clock>, calls: number, ok: number, failed: number, wallS: number) {
  const all = sim.state.calls.filter((c) => c.operationId === "getOrderItems");
  const accepted = all.filter((c) => c.status === 200).map((c) => c.at);
  return {
    calls,
    ok,
    failed,
    requests: all.length,
    throttled: all.filter((c) => c.status === 429).length,
    tokenCalls: sim.state.counters.tokenRequests,
    drainS: accepted.length ? (Math.max(...accepted) - Math.min(...accepted)) / 1000 : 0,
    wallS,
  } satisfies Outcome;
}

const orderIds = (sim: AmazonSimulator<Clock>) =>
  [...sim.state.orders.values()].filter((o) => o.marketplaceId === US).map((o) => o.orderId);

async function openStores(
  store: Store,
  n: number,
): Promise<{ stores: BucketStore[]; close(): Promise<void> }> {
  if (store === "memory") {
    const shared = createMemoryBucketStore();
    return { stores: Array.from({ length: n }, () => shared), close: async () => {} };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "mlc-bench-drain-"));
  const schema = `mlc_bench_${process.pid}_${Date.now().toString(36)}`;
  const adapters: StorageAdapter[] = Array.from({ length: n }, () =>
    store === "sqlite"
      ? sqliteStorage({ path: path.join(dir, "buckets.sqlite") })
      : postgresStorage({ connectionString: PG_URL, schema }),
  );
  for (const a of adapters) await a.migrate();
  return {
    stores: adapters.map((a) => storageBucketStore(a.rateLimits)),
    async close() {
      for (const a of adapters) await a.close();
      rmSync(dir, { recursive: true, force: true });
      if (store === "pg") {
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await admin.end();
      }
    },
  };
}

/** ml-connector clients (one per store) on `clock`, each with its own LWA provider. */
/**
 * ml-connector clients over `stores`. `plans` is what a seller whose plan differs from the published
 * one gives the limiter (the real-time group's scaled plan); without it the limiter starts at the
 * published plan and learns the scaled rate from the first answer's `x-amzn-RateLimit-Limit`.
 */
function mlConnector(
  sim: AmazonSimulator<Clock>,
  clock: Clock,
  stores: BucketStore[],
  delayed: boolean,
  plans?: Record<string, { rate: number; burst: number }>,
) {
  const seller = sim.state.seller;
  const late =
    (send: (r: Request) => Promise<Response>) =>
    async (request: Request): Promise<Response> => {
      if (delayed) await clock.sleep(nextLatencyMs());
      return send(request);
    };
  return stores.map((store) =>
    createSpApiClient({
      region: "na",
      sellerId: seller.sellerId,
      clock,
      fetch: late((r) => globalThis.fetch(r)),
      tokens: lwaTokenProvider({
        clientId: seller.clientId,
        clientSecret: seller.clientSecret,
        refreshToken: seller.refreshToken,
        clock,
        fetch: late((r) => globalThis.fetch(r)),
      }),
      limiter: createTokenBucketLimiter({ clock, store, ...(plans ? { plans } : {}) }),
      retry: createRetryPolicy(),
    }),
  );
}

/** The baseline: no pacing; after a 429, wait 1/rate seconds and send again, without limit. */
function blindRetry(sim: AmazonSimulator<Clock>, clock: Clock, rate: number, delayed: boolean) {
  const seller = sim.state.seller;
  return createSpApiClient({
    region: "na",
    sellerId: seller.sellerId,
    clock,
    fetch: async (request) => {
      if (delayed) await clock.sleep(nextLatencyMs());
      return globalThis.fetch(request);
    },
    tokens: lwaTokenProvider({
      clientId: seller.clientId,
      clientSecret: seller.clientSecret,
      refreshToken: seller.refreshToken,
      clock,
      fetch: async (request) => {
        if (delayed) await clock.sleep(nextLatencyMs());
        return globalThis.fetch(request);
      },
    }),
    limiter: false,
    retry: createRetryPolicy({
      maxAttempts: 1_000_000,
      baseDelayMs: 1000 / rate,
      maxDelayMs: 1000 / rate,
      random: () => 1,
      budget: { initial: 1e9, max: 1e9, ratio: 1 },
    }),
  });
}

async function drive(
  calls: number,
  ids: string[],
  call: (orderId: string, i: number) => Promise<boolean>,
): Promise<{ ok: number; failed: number; wallS: number }> {
  const t0 = performance.now();
  const results = await Promise.all(
    Array.from({ length: calls }, (_, i) => call(ids[i % ids.length]!, i).catch(() => false)),
  );
  const ok = results.filter(Boolean).length;
  return { ok, failed: calls - ok, wallS: (performance.now() - t0) / 1000 };
}

// ---------------------------------------------------------------------------------------------
// Subjects

/** Simulated clock, Amazon's real plan. */
async function simSubject(p: { client: "mlc" | "blind"; calls: number; clients: number; store: Store }) {
  const sim = createAmazonSimulator({ seed: 3, data: { orders: 80 } });
  const server = setupServer(...sim.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const opened = p.client === "mlc" ? await openStores(p.store, p.clients) : undefined;
  try {
    const clients = opened
      ? mlConnector(sim, sim.clock, opened.stores, true)
      : [blindRetry(sim, sim.clock, REAL_PLAN.rate, true)];
    const start = sim.clock.now();
    const r = await drive(p.calls, orderIds(sim), async (orderId, i) => {
      const { response } = await clients[i % clients.length]!.ordersV0.GET(
        "/orders/v0/orders/{orderId}/orderItems",
        { params: { path: { orderId } } },
      );
      return response.status === 200;
    });
    return {
      ...outcome(sim, p.calls, r.ok, r.failed, r.wallS),
      simulatedS: (sim.clock.now() - start) / 1000,
    };
  } finally {
    server.close();
    await opened?.close();
  }
}

/** The simulator on the real clock with the scaled plan, every request delayed on its way in. */
function realSimulator() {
  const sim = createAmazonSimulator({
    clock: systemClock,
    seed: 3,
    data: { orders: 80 },
    usagePlans: { getOrderItems: SCALED_PLAN },
  });
  const delay = async () => {
    await systemClock.sleep(nextLatencyMs());
    return undefined; // on to the simulator
  };
  const server = setupServer(http.all(`${SP_HOST}/*`, delay), http.post(LWA_URL, delay), ...sim.handlers);
  server.listen({ onUnhandledRequest: "error" });
  return { sim, server };
}

/** Real time, one process. */
async function realSubject(p: { client: "mlc" | "blind" | "amazon-sp-api" | "sp-api-sdk"; calls: number }) {
  const { sim, server } = realSimulator();
  const seller = sim.state.seller;
  const ids = orderIds(sim);
  let call: (orderId: string) => Promise<boolean>;
  if (p.client === "mlc" || p.client === "blind") {
    // Latency is added by the msw layer here, not by the client's fetch.
    const client =
      p.client === "mlc"
        ? mlConnector(sim, systemClock, [createMemoryBucketStore()], false, {
            getOrderItems: SCALED_PLAN,
          })[0]!
        : blindRetry(sim, systemClock, SCALED_PLAN.rate, false);
    call = async (orderId) =>
      (
        await client.ordersV0.GET("/orders/v0/orders/{orderId}/orderItems", {
          params: { path: { orderId } },
        })
      ).response.status === 200;
  } else if (p.client === "amazon-sp-api") {
    // README "Config params": auto_request_tokens and auto_request_throttled (both default true).
    const require = createRequire(import.meta.url);
    const SellingPartner = require("amazon-sp-api") as new (
      config: unknown,
    ) => { callAPI(req: unknown): Promise<{ AmazonOrderId?: string }> };
    const sp = new SellingPartner({
      region: "na",
      refresh_token: seller.refreshToken,
      credentials: {
        SELLING_PARTNER_APP_CLIENT_ID: seller.clientId,
        SELLING_PARTNER_APP_CLIENT_SECRET: seller.clientSecret,
      },
      options: { auto_request_tokens: true, auto_request_throttled: true },
    });
    call = async (orderId) => {
      const res = await sp.callAPI({ operation: "getOrderItems", endpoint: "orders", path: { orderId } });
      return res.AmazonOrderId === orderId;
    };
  } else {
    // orders-api-v0 README "Rate Limiting": rateLimiting.retry turns on its 429 retries.
    const { SellingPartnerApiAuth } = await import("@sp-api-sdk/auth");
    const { OrdersApiClient } = await import("@sp-api-sdk/orders-api-v0");
    const auth = new SellingPartnerApiAuth({
      clientId: seller.clientId,
      clientSecret: seller.clientSecret,
      refreshToken: seller.refreshToken,
    });
    const client = new OrdersApiClient({ auth, region: "na", rateLimiting: { retry: true } });
    call = async (orderId) => {
      const res = await client.getOrderItems({ orderId });
      return res.data.payload?.AmazonOrderId === orderId;
    };
  }
  const r = await drive(p.calls, ids, (orderId) => call(orderId));
  const result = outcome(sim, p.calls, r.ok, r.failed, r.wallS);
  server.close();
  return result;
}

/** Real time, three processes sharing the bucket through storage; the simulator behind loopback HTTP. */
async function realMultiProcess(p: { calls: number; store: "sqlite" | "pg"; processes: number }) {
  const sim = createAmazonSimulator({
    clock: systemClock,
    seed: 3,
    data: { orders: 80 },
    usagePlans: { getOrderItems: SCALED_PLAN },
  });
  const http1 = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const target = req.url === "/auth/o2/token" ? LWA_URL : `${SP_HOST}${req.url}`;
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    await systemClock.sleep(nextLatencyMs());
    const request = new Request(target, {
      method: req.method ?? "GET",
      headers,
      ...(body && req.method !== "GET" ? { body } : {}),
    });
    const response =
      (await getResponse(sim.handlers, request)) ?? new Response("no handler", { status: 501 });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((r) => http1.listen(0, "127.0.0.1", r));
  const port = (http1.address() as { port: number }).port;
  const dir = mkdtempSync(path.join(tmpdir(), "mlc-bench-3p-"));
  const schema = `mlc_bench3p_${process.pid}_${Date.now().toString(36)}`;
  const target = p.store === "sqlite" ? { sqlite: path.join(dir, "buckets.sqlite") } : { pg: schema };
  if (p.store === "sqlite") {
    const s = sqliteStorage({ path: target.sqlite! });
    await s.migrate();
    await s.close();
  } else {
    const s = postgresStorage({ connectionString: PG_URL, schema });
    await s.migrate();
    await s.close();
  }
  const ids = orderIds(sim);
  const share = (w: number) => Math.floor(p.calls / p.processes) + (w < p.calls % p.processes ? 1 : 0);
  const workers = Array.from({ length: p.processes }, (_, w) =>
    spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        FILE,
        "--subject",
        "worker",
        JSON.stringify({ port, ...target, calls: share(w), ids: ids.slice(w * 7), seller: sim.state.seller }),
      ],
      { stdio: ["pipe", "pipe", "inherit"] },
    ),
  );
  const lines = workers.map((w) => createInterface({ input: w.stdout }));
  const ready = lines.map((l) => new Promise<void>((r) => l.on("line", (s) => s === "ready" && r())));
  const done = lines.map(
    (l) =>
      new Promise<{ ok: number; failed: number; peakRssMb: number }>((r) =>
        l.on("line", (s) => s.startsWith("{") && r(JSON.parse(s))),
      ),
  );
  await Promise.all(ready);
  const t0 = performance.now();
  for (const w of workers) w.stdin.end("go\n");
  const results = await Promise.all(done);
  const wallS = (performance.now() - t0) / 1000;
  http1.close();
  rmSync(dir, { recursive: true, force: true });
  if (p.store === "pg") {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
  const ok = results.reduce((a, r) => a + r.ok, 0);
  return {
    ...outcome(sim, p.calls, ok, p.calls - ok, wallS),
    workerPeakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
  };
}

/** One of the three processes: ml-connector against the loopback simulator, bucket in storage. */
async function worker(p: {
  port: number;
  sqlite?: string;
  pg?: string;
  calls: number;
  ids: string[];
  seller: { sellerId: string; clientId: string; clientSecret: string; refreshToken: string };
}) {
  const storage = p.sqlite
    ? sqliteStorage({ path: p.sqlite })
    : postgresStorage({ connectionString: PG_URL, schema: p.pg! });
  const base = `http://127.0.0.1:${p.port}`;
  const client = createSpApiClient({
    region: "na",
    sellerId: p.seller.sellerId,
    baseUrl: base,
    tokens: lwaTokenProvider({
      clientId: p.seller.clientId,
      clientSecret: p.seller.clientSecret,
      refreshToken: p.seller.refreshToken,
      endpoint: `${base}/auth/o2/token`,
    }),
    limiter: createTokenBucketLimiter({
      store: storageBucketStore(storage.rateLimits),
      plans: { getOrderItems: SCALED_PLAN },
    }),
    retry: createRetryPolicy(),
  });
  // Warm the storage connection before the start line, so all three start together.
  await storage.rateLimits.get("warm-up");
  process.stdout.write("ready\n");
  await new Promise<void>((r) => createInterface({ input: process.stdin }).once("line", () => r()));
  const r = await drive(p.calls, p.ids, async (orderId) => {
    const { response } = await client.ordersV0.GET("/orders/v0/orders/{orderId}/orderItems", {
      params: { path: { orderId } },
    });
    return response.status === 200;
  });
  await storage.close();
  process.stdout.write(`${JSON.stringify({ ok: r.ok, failed: r.failed, peakRssMb: peakRss() })}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Orchestration

async function pgAvailable(): Promise<boolean> {
  if (process.env.ML_CONNECTOR_SKIP_POSTGRES === "1") return false;
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

interface Row {
  group: "simulated, real plan" | "real time, scaled plan";
  client: string;
  calls: number;
  floorS: number;
  runs: Record<string, unknown>[];
}

function summarise(row: Row) {
  const f = (k: string) => minMedian(row.runs.map((r) => Number(r[k] ?? Number.NaN)));
  const ratio = minMedian(row.runs.map((r) => Number(r.drainS) / row.floorS));
  return {
    group: row.group,
    client: row.client,
    calls: row.calls,
    floorS: row.floorS,
    repetitions: row.runs.length,
    drainS: f("drainS"),
    drainOverFloor: ratio,
    throttled: f("throttled"),
    requests: f("requests"),
    tokenCalls: f("tokenCalls"),
    failedCalls: f("failed"),
    wallS: f("wallS"),
    peakRssMb: f(row.runs[0]?.workerPeakRssMb !== undefined ? "workerPeakRssMb" : "peakRssMb"),
    // CPU of the subject's process, start-up included (the 3-process rows: the coordinator's only).
    processCpuMs: f("processCpuMs"),
  };
}

async function main() {
  const sub = subjectArgs();
  if (sub) {
    const p = sub.params as never;
    if (sub.name === "worker") return worker(p);
    if (sub.name === "sim") emitResult(await simSubject(p));
    if (sub.name === "real") emitResult(await realSubject(p));
    if (sub.name === "real-3p") emitResult(await realMultiProcess(p));
    throw new Error(`unknown subject ${sub.name}`);
  }
  // Real time: 2 repetitions (min and median of two is min and mean); simulated time: 1, because
  // every simulated figure is deterministic (simulated clock, fixed latency sequence) and only the
  // wall time and RSS of a repetition would vary. BENCH_REPS sets both.
  const n = reps(2);
  const simReps = reps(1);
  const withPg = await pgAvailable();
  const rows: Row[] = [];
  const simFloor = (calls: number) => (calls - REAL_PLAN.burst) / REAL_PLAN.rate;
  const realFloor = (REAL_CALLS - SCALED_PLAN.burst) / SCALED_PLAN.rate;
  const plan: { row: Omit<Row, "runs">; name: string; params: Record<string, unknown> }[] = [];
  for (const calls of SIM_SIZES) {
    const g = "simulated, real plan" as const;
    plan.push({
      row: { group: g, client: "ml-connector", calls, floorS: simFloor(calls) },
      name: "sim",
      params: { client: "mlc", calls, clients: 1, store: "memory" },
    });
    plan.push({
      row: { group: g, client: "ml-connector ×3 limiters, SQLite bucket", calls, floorS: simFloor(calls) },
      name: "sim",
      params: { client: "mlc", calls, clients: 3, store: "sqlite" },
    });
    if (withPg)
      plan.push({
        row: {
          group: g,
          client: "ml-connector ×3 limiters, PostgreSQL bucket",
          calls,
          floorS: simFloor(calls),
        },
        name: "sim",
        params: { client: "mlc", calls, clients: 3, store: "pg" },
      });
    if (BLIND_SIM_SIZES.includes(calls))
      plan.push({
        row: { group: g, client: "blind retry (baseline)", calls, floorS: simFloor(calls) },
        name: "sim",
        params: { client: "blind", calls, clients: 1, store: "memory" },
      });
  }
  const gr = "real time, scaled plan" as const;
  const real = (client: string, name: string, params: Record<string, unknown>) =>
    plan.push({ row: { group: gr, client, calls: REAL_CALLS, floorS: realFloor }, name, params });
  real("ml-connector", "real", { client: "mlc", calls: REAL_CALLS });
  real("ml-connector ×3 processes, SQLite bucket", "real-3p", {
    calls: REAL_CALLS,
    store: "sqlite",
    processes: 3,
  });
  if (withPg)
    real("ml-connector ×3 processes, PostgreSQL bucket", "real-3p", {
      calls: REAL_CALLS,
      store: "pg",
      processes: 3,
    });
  real("amazon-sp-api 1.2.x", "real", { client: "amazon-sp-api", calls: REAL_CALLS });
  real("@sp-api-sdk/orders-api-v0 6.x", "real", { client: "sp-api-sdk", calls: REAL_CALLS });
  real("blind retry (baseline)", "real", { client: "blind", calls: REAL_CALLS });

  const t0 = performance.now();
  // `--group sim` or `--group real` runs one group only.
  const group = process.argv[process.argv.indexOf("--group") + 1];
  const only = process.argv.includes("--group") ? group : undefined;
  const simTasks = only === "real" ? [] : plan.filter((p) => p.name === "sim");
  const realTasks = only === "sim" ? [] : plan.filter((p) => p.name !== "sim");
  const runAll = async (tasks: typeof plan, parallel: number, k: number) => {
    const jobs = tasks.flatMap((t) =>
      Array.from({ length: k }, () => () => runSubject(FILE, t.name, t.params)),
    );
    const out = await pool(jobs, parallel);
    return tasks.map((t, i) => ({ ...t.row, runs: out.slice(i * k, (i + 1) * k) }));
  };
  // The two groups run at the same time: the simulated-time subjects are CPU-bound (one at a time),
  // the real-time ones mostly wait on the plan's refill (two at a time, each with its own
  // simulator, so they never share a bucket). One CPU-bound process beside two waiting ones fits
  // 2 cores, and this halves the bench's wall time.
  const [simRows, realRows] = await Promise.all([runAll(simTasks, 1, simReps), runAll(realTasks, 2, n)]);
  rows.push(...simRows, ...realRows);
  const summary = rows.map(summarise);

  say(
    `SP-API pacing, getOrderItems, each run in its own process (${simReps} repetitions in simulated time, ${n} in real time); cells are min / median.\n` +
      `Simulated time at Amazon's plan (0.5/s, burst 30); real time at a scaled plan (5/s, burst 30, ${REAL_CALLS} concurrent calls).\n` +
      `Every request reaches the simulator 20–120 ms after it is sent. Drain = first to last accepted request, server side.` +
      (withPg ? "" : "\nPostgreSQL not reachable (ML_CONNECTOR_PG_URL): its rows are left out."),
  );
  say(
    table(
      summary.map((s) => ({
        group: s.group,
        client: s.client,
        calls: s.calls,
        "floor s": s.floorS,
        "drain s": mm(s.drainS, 1),
        "drain ÷ floor": mm(s.drainOverFloor, 3),
        "429s": mm(s.throttled, 0),
        requests: mm(s.requests, 0),
        "token calls": mm(s.tokenCalls, 0),
        "failed calls": mm(s.failedCalls, 0),
        "peak RSS MB": mm(s.peakRssMb, 0),
      })),
    ),
  );
  say(`(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  if (jsonMode) {
    process.stdout.write(
      `${JSON.stringify({ bench: "api-drain", repetitions: { simulated: simReps, real: n }, postgres: withPg, latencyMs: [20, 120], rows: summary })}\n`,
    );
  }
}

await main();
