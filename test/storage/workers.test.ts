/**
 * Workers in separate processes sharing one store: every key is claimed exactly once, and a
 * worker killed mid-lease loses its keys when the lease lapses. Each worker runs on a frozen
 * simulated clock whose reading the test chooses, so lease expiry needs no waiting.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "./pg-env.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");
const workerScript = join(here, "fixtures", "claim-worker.ts");
const T0 = Date.UTC(2026, 3, 1);
const LEASE = 30_000;

interface Line {
  key?: string;
  status?: "claimed" | "done" | "in-flight";
  token?: string;
  owner?: string;
  attempt?: number;
  result?: unknown;
}

interface Worker {
  readonly ready: Promise<void>;
  go(): void;
  /** Every JSON line the worker printed, and how it ended. */
  readonly exit: Promise<{
    lines: Line[];
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>;
}

function startWorker(job: Record<string, unknown>): Worker {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ["--import", "tsx", workerScript, JSON.stringify(job)],
    { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] },
  );
  const lines: Line[] = [];
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += String(d);
  });
  let onReady!: () => void;
  const ready = new Promise<void>((r) => {
    onReady = r;
  });
  createInterface({ input: child.stdout }).on("line", (text) => {
    const value = JSON.parse(text) as Line & { ready?: boolean };
    if (value.ready) onReady();
    else if (value.key !== undefined) lines.push(value);
  });
  const exit = new Promise<{
    lines: Line[];
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>((resolveExit) => child.on("close", (code, signal) => resolveExit({ lines, code, signal, stderr })));
  return {
    ready: Promise.race([
      ready,
      exit.then((e) => Promise.reject(new Error(`worker exited early: ${e.stderr}`))),
    ]),
    go: () => child.stdin.end("go\n"),
    exit,
  };
}

/** Starts the workers, waits until every one is connected, then lets them all go at once. */
async function runTogether(jobs: Record<string, unknown>[]) {
  const workers = jobs.map(startWorker);
  await Promise.all(workers.map((w) => w.ready));
  for (const w of workers) w.go();
  return Promise.all(workers.map((w) => w.exit));
}

const claimedKeys = (lines: Line[]) => lines.filter((l) => l.status === "claimed").map((l) => l.key!);
const keys = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}:${String(i).padStart(4, "0")}`);

type Backend = {
  job: () => Record<string, unknown>;
  rawDedup: (key: string) => Promise<Record<string, unknown>>;
};

function workerTests(backendFor: () => Backend) {
  test("two worker processes claim 200 keys concurrently: each key is claimed exactly once", async () => {
    const backend = backendFor();
    const base = backend.job();
    // Every round must be exactly-once. The workers pause 1 ms after each key, as workers doing real
    // work would: SQLite serialises writers, and a tight loop would starve the other process (its
    // busy handler backs off). Start-up skew can still let one worker finish first, so up to three
    // rounds are run until one shows a real race (both won part of the work).
    let raced = false;
    for (let round = 0; round < 3 && !raced; round++) {
      const all = keys(`settlement:usmf:r${round}`, 200);
      const [a, b] = await runTogether([
        { ...base, owner: "worker-a", now: T0, leaseMs: LEASE, keys: all, complete: true, pauseMs: 1 },
        { ...base, owner: "worker-b", now: T0, leaseMs: LEASE, keys: all, complete: true, pauseMs: 1 },
      ]);
      expect(a!.code, a!.stderr).toBe(0);
      expect(b!.code, b!.stderr).toBe(0);
      const wonA = claimedKeys(a!.lines);
      const wonB = claimedKeys(b!.lines);
      expect(wonA.length + wonB.length).toBe(200);
      expect(new Set([...wonA, ...wonB]).size).toBe(200);
      expect(wonA.filter((k) => wonB.includes(k))).toEqual([]);
      // Each worker saw every key exactly once, and what it did not win, it saw held or done.
      expect(a!.lines.length).toBe(200);
      expect(b!.lines.length).toBe(200);
      for (const key of [all[0]!, all[99]!, all[199]!]) {
        const row = await backend.rawDedup(key);
        expect(row.state).toBe("done");
        expect(Number(row.attempts)).toBe(1);
        expect(JSON.parse(String(row.result))).toEqual({ by: wonA.includes(key) ? "worker-a" : "worker-b" });
      }
      raced = wonA.length > 0 && wonB.length > 0;
    }
    expect(raced, "in three rounds, one worker always finished before the other started").toBe(true);
  });

  test("a worker killed mid-lease loses its keys when the lease lapses, and another takes them over", async () => {
    const backend = backendFor();
    const all = keys("report", 50);
    const base = backend.job();
    // Dies (SIGKILL) right after its 20th claim, before completing anything.
    const [dead] = await runTogether([
      { ...base, owner: "doomed", now: T0, leaseMs: LEASE, keys: all, complete: false, dieAfter: 20 },
    ]);
    expect(dead!.signal).toBe("SIGKILL");
    const orphaned = claimedKeys(dead!.lines);
    expect(orphaned).toEqual(all.slice(0, 20));

    // Before expiry: the orphaned keys are in flight, owned by the dead worker; the rest are free.
    const [early] = await runTogether([
      { ...base, owner: "rescuer", now: T0 + LEASE - 1, leaseMs: LEASE, keys: all, complete: true },
    ]);
    expect(early!.code, early!.stderr).toBe(0);
    for (const line of early!.lines.slice(0, 20)) {
      expect(line).toMatchObject({ status: "in-flight", owner: "doomed", expiresAt: T0 + LEASE });
    }
    expect(claimedKeys(early!.lines)).toEqual(all.slice(20));

    // At expiry: the rescuer takes each orphaned key over, as attempt 2.
    const [late] = await runTogether([
      { ...base, owner: "rescuer", now: T0 + LEASE, leaseMs: LEASE, keys: all, complete: true },
    ]);
    expect(late!.code, late!.stderr).toBe(0);
    expect(late!.lines.slice(0, 20).every((l) => l.status === "claimed" && l.attempt === 2)).toBe(true);
    expect(late!.lines.slice(20).every((l) => l.status === "done")).toBe(true);
    for (const key of orphaned) {
      const row = await backend.rawDedup(key);
      expect(row).toMatchObject({ state: "done", owner: "rescuer" });
    }
  });
}

describe("workers on SQLite (separate processes, one file)", () => {
  const dir = mkdtempSync(join(tmpdir(), "ml-connector-workers-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  workerTests(() => {
    const path = join(dir, `w${n++}.sqlite`);
    return {
      job: () => ({ backend: "sqlite", path }),
      rawDedup: async (key) => {
        const { default: Database } = await import("better-sqlite3");
        const db = new Database(path, { readonly: true });
        try {
          return db.prepare("SELECT * FROM dedup WHERE key = ?").get(key) as Record<string, unknown>;
        } finally {
          db.close();
        }
      },
    };
  });
});

const unreachable = SKIP_POSTGRES ? undefined : await probePostgres();
if (SKIP_POSTGRES) {
  describe.skip("workers on PostgreSQL (skipped on purpose: ML_CONNECTOR_SKIP_POSTGRES=1)", () => {
    test("workers", () => {});
  });
} else if (unreachable) {
  test("PostgreSQL is reachable for the worker tests", () => {
    throw new Error(unreachable);
  });
} else {
  describe("workers on PostgreSQL (separate processes, separate pools)", () => {
    const raw = new pg.Pool({ connectionString: PG_URL, max: 2 });
    const schemas: string[] = [];
    afterAll(async () => {
      for (const s of schemas) await raw.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      await raw.end();
    });
    workerTests(() => {
      const schema = freshSchema("mlc_workers");
      schemas.push(schema);
      return {
        job: () => ({ backend: "postgres", url: PG_URL, schema }),
        rawDedup: async (key) =>
          (await raw.query(`SELECT * FROM "${schema}".dedup WHERE key = $1`, [key])).rows[0],
      };
    });

    test("the token of a worker that died is refused once another worker took the key over", async () => {
      const schema = freshSchema("mlc_workers");
      schemas.push(schema);
      const [dead] = await runTogether([
        {
          backend: "postgres",
          url: PG_URL,
          schema,
          owner: "doomed",
          now: T0,
          leaseMs: LEASE,
          keys: ["order:usmf:111-0000001-0000001"],
          complete: false,
          dieAfter: 1,
        },
      ]);
      const token = dead!.lines[0]!.token!;
      const clock = createSimulatedClock({ start: T0 + LEASE, autoAdvance: false });
      const storage = postgresStorage({ connectionString: PG_URL, schema, clock, poolSize: 1 });
      const claim = await storage.dedup.claim("order:usmf:111-0000001-0000001", {
        leaseMs: LEASE,
        owner: "rescuer",
      });
      expect(claim).toMatchObject({ status: "claimed", attempt: 2 });
      await expect(
        storage.dedup.complete("order:usmf:111-0000001-0000001", token, "late"),
      ).rejects.toMatchObject({
        code: "STORAGE_LEASE_LOST",
      });
      await storage.close();
    });
  });
}

// Same check as above on SQLite, in-process: the lapsed holder's token is refused.
test("sqlite: a lapsed holder's token is refused after takeover by another connection", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ml-connector-takeover-"));
  try {
    const path = join(dir, "t.sqlite");
    const clock = createSimulatedClock({ start: T0, autoAdvance: false });
    const a = sqliteStorage({ path, clock, owner: "a" });
    const b = sqliteStorage({ path, clock, owner: "b" });
    const first = await a.dedup.claim("k", { leaseMs: LEASE });
    await clock.advance(LEASE);
    expect(await b.dedup.claim("k", { leaseMs: LEASE })).toMatchObject({ status: "claimed", attempt: 2 });
    if (first.status !== "claimed") throw new Error("first claim should win");
    await expect(a.dedup.complete("k", first.token)).rejects.toMatchObject({ code: "STORAGE_LEASE_LOST" });
    await a.close();
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
