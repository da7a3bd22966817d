import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, test } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import type { StorageAdapter } from "../../src/core/storage.js";
import { sqliteMigrations } from "../../src/storage/sqlite/migrations.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { runStorageAdapterSuite } from "../../src/testing/storage-suite.js";
import { sqlInspector } from "./inspectors.js";

const dir = mkdtempSync(join(tmpdir(), "ml-connector-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `db-${process.pid}-${n++}.sqlite`);

const paths = new WeakMap<StorageAdapter, string>();
const raws: Database.Database[] = [];
afterAll(() => {
  for (const r of raws) r.close();
});

/** A second, independent connection to the file: the suite's backdoor. */
function rawConnection(path: string): Database.Database {
  const raw = new Database(path, { readonly: true });
  raws.push(raw);
  return raw;
}

runStorageAdapterSuite({
  name: "sqlite",
  create: ({ clock }) => {
    const path = freshPath();
    const storage = sqliteStorage({ path, clock });
    paths.set(storage, path);
    return storage;
  },
  inspect: (storage) => {
    const raw = rawConnection(paths.get(storage)!);
    return sqlInspector(
      async (sql, params) => raw.prepare(sql).all(...params) as Record<string, unknown>[],
      (t) => t,
      () => "?",
    );
  },
  reopen: (storage, { clock }) => {
    const path = paths.get(storage)!;
    const second = sqliteStorage({ path, clock });
    paths.set(second, path);
    return second;
  },
  test,
  describe,
});

describe("sqlite storage", () => {
  test("opening the same file twice applies each numbered migration once", async () => {
    const path = freshPath();
    const a = sqliteStorage({ path });
    const b = sqliteStorage({ path });
    await a.migrate();
    await b.migrate();
    const raw = rawConnection(path);
    const rows = raw.prepare("SELECT version, name FROM schema_migrations ORDER BY version").all();
    expect(rows).toEqual(sqliteMigrations.map((m) => ({ version: m.version, name: m.name })));
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    await a.close();
    await b.close();
  });

  test("a database at migration 1 is upgraded in place and keeps its data", async () => {
    const path = freshPath();
    const old = new Database(path);
    old.exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT",
    );
    old.exec(sqliteMigrations[0]!.sql);
    old.prepare("INSERT INTO schema_migrations VALUES (1, '0001_init', 0)").run();
    old
      .prepare(
        "INSERT INTO rate_limits (bucket, tokens, refilled_at, paused_until, updated_at) VALUES ('b', 3, 10, NULL, 10)",
      )
      .run();
    old.close();

    const storage = sqliteStorage({ path });
    expect(await storage.rateLimits.get("b")).toEqual({ tokens: 3, refilledAt: 10 });
    await storage.rateLimits.update("b", (s) => ({ ...s!, rate: 0.5 }));
    expect(await storage.rateLimits.get("b")).toEqual({ tokens: 3, refilledAt: 10, rate: 0.5 });
    const raw = rawConnection(path);
    expect(raw.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all()).toEqual(
      sqliteMigrations.map((m) => m.version),
    );
    await storage.close();
  });

  test("migrations are numbered 1, 2, 3… without gaps", () => {
    expect(sqliteMigrations.map((m) => m.version)).toEqual(sqliteMigrations.map((_, i) => i + 1));
    for (const m of sqliteMigrations)
      expect(m.name).toMatch(new RegExp(`^${String(m.version).padStart(4, "0")}_`));
  });

  test("a plaintext secret never reaches the database file or its WAL", async () => {
    const path = freshPath();
    const storage = sqliteStorage({ path });
    const canary = "Atzr|IwEB-file-canary-0123456789";
    // Stand-in for the vault: the bytes are what matters, storage must keep them and nothing else.
    const ciphertext = Buffer.from(canary, "utf8").map((b) => b ^ 0x5a);
    await storage.credentials.put("lwa:eu", {
      keyVersion: 1,
      iv: new Uint8Array(12),
      ciphertext: new Uint8Array(ciphertext),
      tag: new Uint8Array(16),
    });
    await storage.close();
    for (const file of [path, `${path}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(Buffer.from(canary))).toBe(false);
    }
    const raw = rawConnection(path);
    const row = raw.prepare("SELECT ciphertext FROM credentials WHERE id = ?").get("lwa:eu") as {
      ciphertext: Buffer;
    };
    expect(row.ciphertext.equals(ciphertext)).toBe(true);
  });

  test("two connections to one file claim 200 keys: each exactly once", async () => {
    const path = freshPath();
    const clock = createSimulatedClock({ autoAdvance: false });
    const workers = [sqliteStorage({ path, clock, owner: "a" }), sqliteStorage({ path, clock, owner: "b" })];
    const keys = Array.from({ length: 200 }, (_, i) => `settlement:usmf:${1000 + i}`);
    const won = await Promise.all(
      workers.map(async (w, i) => {
        const mine: string[] = [];
        for (const key of i === 0 ? keys : [...keys].reverse()) {
          const claim = await w.dedup.claim(key, { leaseMs: 60_000 });
          if (claim.status === "claimed") {
            mine.push(key);
            await w.dedup.complete(key, claim.token, { by: i });
          }
          // Yield so the two workers interleave.
          await new Promise((r) => setImmediate(r));
        }
        return mine;
      }),
    );
    expect(won[0]!.length + won[1]!.length).toBe(200);
    expect(new Set(won.flat()).size).toBe(200);
    expect(won[0]!.length).toBeGreaterThan(0);
    expect(won[1]!.length).toBeGreaterThan(0);
    const raw = rawConnection(path);
    expect(
      raw.prepare("SELECT count(*) AS n FROM dedup WHERE state = 'done' AND attempts = 1").get(),
    ).toEqual({ n: 200 });
    for (const w of workers) await w.close();
  });

  test("a missing directory fails, before opening, with a ConfigError that names the file", () => {
    expect(() => sqliteStorage({ path: join(dir, "no", "such", "dir", "x.sqlite") })).toThrowError(
      /path: its directory does not exist.*x\.sqlite/s,
    );
  });
});

describe("sqlite rate-limit takes under another process's write lock", () => {
  test("wait for the lock with the event loop free, then take", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mlc-sqlite-lock-"));
    const file = join(dir, "shared.sqlite");
    const storage = sqliteStorage({ path: file, busyTimeoutMs: 5_000 });
    await storage.migrate();
    // Another process's connection holds the write lock until a timer of this process releases it.
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    let releasedAt = 0;
    const release = new Promise<void>((resolve) =>
      setTimeout(() => {
        other.exec("COMMIT");
        releasedAt = performance.now();
        resolve();
      }, 30),
    );
    try {
      // Before the fix the take slept in SQLite's busy handler, the timer could not fire, and after
      // busyTimeoutMs the take failed SQLITE_BUSY.
      const taken = await storage.rateLimits.update("amazon:getOrderItems:A1", () => ({
        tokens: 29,
        refilledAt: 1,
      }));
      await release;
      expect(taken).toMatchObject({ tokens: 29 });
      expect(releasedAt).toBeGreaterThan(0);
      expect(await storage.rateLimits.get("amazon:getOrderItems:A1")).toMatchObject({ tokens: 29 });
    } finally {
      other.close();
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
