/**
 * The storage adapter conformance suite. Every adapter, ours and the host's, runs the same checks,
 * and the checks read what really landed through a raw backdoor (the {@link StorageInspector}),
 * not through the adapter's own word.
 * @packageDocumentation
 */

import assert from "node:assert/strict";
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { createSimulatedClock, type SimulatedClock } from "../core/clock.js";
import { isStorageError, isValidationError } from "../core/errors.js";
import { takeRateLimitToken } from "../core/rate-limiter.js";
import {
  createRecord,
  type EncryptedBlob,
  type JsonValue,
  type RateLimitState,
  type RateLimitTakeRequest,
  type StorageAdapter,
} from "../core/storage.js";

/** A credential row exactly as the backend holds it. */
export interface RawCredential {
  readonly keyVersion: number;
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly tag: Uint8Array;
  readonly aad: string | null;
  /** Every stored field (column) by name, so the suite can look for anything stored in clear. */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** A dedup row as the backend holds it. */
export interface RawDedup {
  readonly state: string;
  readonly owner: string | null;
  readonly token: string | null;
  readonly expiresAt: number | null;
  readonly attempts: number;
  /** The stored result, parsed. */
  readonly result: JsonValue | null;
}

/** An audit row as the backend holds it. */
export interface RawAudit {
  readonly id: string;
  readonly kind: string;
  readonly at: number;
  readonly record: string | null;
  readonly status: string | null;
  /** Every stored field (column) by name. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The encrypted request body's ciphertext, when there is one. */
  readonly bodyCiphertext: Uint8Array | null;
}

/** A record row as the backend holds it. */
export interface RawRecord {
  readonly kind: string;
  readonly state: string;
  readonly version: number;
  readonly data: JsonValue | null;
  readonly reason: string | null;
}

/**
 * Raw access to an adapter's backend: each getter reads the backend directly (a SQL query, the
 * underlying Map), never through the adapter's methods.
 */
export interface StorageInspector {
  credential(id: string): Promise<RawCredential | undefined>;
  cursor(key: string): Promise<{ readonly value: string; readonly version: number } | undefined>;
  dedup(key: string): Promise<RawDedup | undefined>;
  /** Every audit row, in append order. */
  audit(): Promise<RawAudit[]>;
  record(id: string): Promise<RawRecord | undefined>;
  rateLimit(bucket: string): Promise<
    | {
        readonly tokens: number;
        readonly refilledAt: number;
        readonly pausedUntil: number | null;
        readonly rate: number | null;
      }
    | undefined
  >;
  /** The document as stored: `stored` is the compressed body. */
  document(
    key: string,
  ): Promise<{ readonly stored: Uint8Array; readonly size: number; readonly sha256: string } | undefined>;
}

/** What {@link StorageSuiteOptions.create} receives. */
export interface StorageSuiteContext {
  /** A simulated clock (no auto-advance): the adapter must use it for leases and time stamps. */
  readonly clock: SimulatedClock;
}

/** Options of {@link runStorageAdapterSuite}. */
export interface StorageSuiteOptions {
  /** Adapter name, used in the `describe` title. */
  readonly name: string;
  /** A fresh, empty, isolated adapter on `clock`. The suite migrates and closes it. */
  create(context: StorageSuiteContext): StorageAdapter | Promise<StorageAdapter>;
  /** The raw backdoor into `storage`'s backend. */
  inspect(storage: StorageAdapter): StorageInspector | Promise<StorageInspector>;
  /**
   * A second adapter on the same data as `storage` (another connection, another instance), as a
   * second worker would open it. Enables the cross-instance and reopen checks.
   */
  reopen?(storage: StorageAdapter, context: StorageSuiteContext): StorageAdapter | Promise<StorageAdapter>;
  /** The runner's `test` (vitest, node:test, jest); may return a promise. */
  readonly test: (name: string, fn: () => Promise<void>) => unknown;
  /** The runner's `describe`. */
  readonly describe: (name: string, fn: () => void) => unknown;
}

interface Fixture {
  readonly storage: StorageAdapter;
  readonly raw: StorageInspector;
  readonly clock: SimulatedClock;
  /** A second instance on the same data; the suite closes it. */
  other(): Promise<StorageAdapter>;
}

const START = Date.UTC(2026, 2, 1);

/**
 * Registers the conformance suite with the runner.
 * @example
 * import { describe, test } from "vitest";
 * import { runStorageAdapterSuite } from "ml-connector/testing";
 * runStorageAdapterSuite({
 *   name: "my-redis",
 *   create: ({ clock }) => redisStorage({ client, clock, prefix: randomUUID() }),
 *   inspect: (storage) => myRedisInspector(client),
 *   test,
 *   describe,
 * });
 */
export function runStorageAdapterSuite(options: StorageSuiteOptions): void {
  const { test, describe } = options;

  // Each check names the contract rule it holds (docs/storage-adapters.md lists them): the rule
  // is in the test title and prefixed to the failure's message, whatever the runner prints.
  const run = (rule: string, name: string, body: (f: Fixture) => Promise<void>, needs?: "reopen") => {
    if (needs === "reopen" && !options.reopen) return;
    test(`rule ${rule}: ${name}`, async () => {
      const clock = createSimulatedClock({ start: START, autoAdvance: false });
      const storage = await options.create({ clock });
      const opened: StorageAdapter[] = [storage];
      try {
        await storage.migrate();
        const raw = await options.inspect(storage);
        await body({
          storage,
          raw,
          clock,
          async other() {
            assert.ok(options.reopen, "reopen is required for this check");
            const second = await options.reopen(storage, { clock });
            opened.push(second);
            await second.migrate();
            return second;
          },
        });
      } catch (error) {
        throw namedForRule(rule, error);
      } finally {
        for (const s of opened.reverse()) await s.close();
      }
    });
  };

  describe(`storage adapter conformance: ${options.name}`, () => {
    describe("lifecycle", () => {
      run("lifecycle.capabilities.declared", "declares its capabilities", async ({ storage }) => {
        assert.equal(typeof storage.name, "string");
        for (const flag of ["durable", "multiProcess", "multiMachine"] as const) {
          assert.equal(typeof storage.capabilities[flag], "boolean", `capabilities.${flag}`);
        }
        if (storage.capabilities.multiMachine) assert.ok(storage.capabilities.multiProcess);
      });

      run("lifecycle.migrate.idempotent", "migrate() is idempotent", async ({ storage, raw }) => {
        await storage.cursors.set("c", "1");
        await storage.migrate();
        await storage.migrate();
        assert.deepEqual(await raw.cursor("c"), { value: "1", version: 1 });
      });

      run(
        "lifecycle.close.then-storage-closed",
        "throws STORAGE_CLOSED after close()",
        async ({ storage }) => {
          await storage.close();
          await assertStorageError(storage.cursors.get("c"), "STORAGE_CLOSED");
          await assertStorageError(storage.dedup.claim("k", { leaseMs: 1000 }), "STORAGE_CLOSED");
        },
      );

      run(
        "lifecycle.shared-data.seen-by-other-instances",
        "data written by one instance is seen by another, also after the first closes",
        async ({ storage, other }) => {
          await storage.cursors.set("orders:A1", "2026-03-01T00:00:00Z");
          const claim = await storage.dedup.claim("report:1", { leaseMs: 60_000 });
          assert.equal(claim.status, "claimed");
          if (claim.status === "claimed") await storage.dedup.complete("report:1", claim.token, { ok: true });
          await storage.documents.put("report:1", "a\tb\n");
          await storage.close();
          const second = await other();
          assert.equal((await second.cursors.get("orders:A1"))?.value, "2026-03-01T00:00:00Z");
          assert.deepEqual(await second.dedup.claim("report:1", { leaseMs: 1 }), {
            status: "done",
            result: { ok: true },
            completedAt: START,
          });
          assert.equal(Buffer.from((await second.documents.get("report:1"))!.body).toString(), "a\tb\n");
        },
        "reopen",
      );
    });

    describe("credentials", () => {
      run(
        "credentials.ciphertext.byte-identical",
        "secrets given as ciphertext are stored byte-identical, with no plaintext field",
        async ({ storage, raw }) => {
          const plaintext = `Atzr|IwEB-canary-${randomUUID()}`;
          const { key, blob } = encrypt(plaintext, "lwa:refresh-token:eu");
          await storage.credentials.put("lwa:eu", blob);

          const row = await raw.credential("lwa:eu");
          assert.ok(row, "credential row not found in the backend");
          assert.ok(sameBytes(row.ciphertext, blob.ciphertext), "ciphertext changed on the way in");
          assert.ok(sameBytes(row.iv, blob.iv), "iv changed on the way in");
          assert.ok(sameBytes(row.tag, blob.tag), "tag changed on the way in");
          assert.equal(row.keyVersion, blob.keyVersion);
          assert.equal(row.aad, blob.aad);
          assertNoPlaintext(row.fields, plaintext);

          const read = await storage.credentials.get("lwa:eu");
          assert.ok(read);
          assert.equal(decrypt(key, read), plaintext, "what comes back must decrypt to the secret");
        },
      );

      run(
        "credentials.put-list-delete",
        "put replaces, list names ids without bytes, delete removes",
        async ({ storage, raw, clock }) => {
          await storage.credentials.put("b", encrypt("one", undefined, 1).blob);
          await clock.advance(1000);
          const rotated = encrypt("two", undefined, 2).blob;
          const stored = await storage.credentials.put("b", rotated);
          assert.equal(stored.updatedAt, START + 1000);
          await storage.credentials.put("a", encrypt("three").blob);
          assert.equal((await raw.credential("b"))?.keyVersion, 2);
          assert.ok(sameBytes((await raw.credential("b"))!.ciphertext, rotated.ciphertext));
          assert.deepEqual(await storage.credentials.list(), [
            { id: "a", keyVersion: 1, updatedAt: START + 1000 },
            { id: "b", keyVersion: 2, updatedAt: START + 1000 },
          ]);
          assert.equal(await storage.credentials.delete("b"), true);
          assert.equal(await storage.credentials.delete("b"), false);
          assert.equal(await raw.credential("b"), undefined);
          assert.equal(await storage.credentials.get("b"), undefined);
        },
      );

      run(
        "credentials.bytes.copied-on-put",
        "a caller mutating its buffer afterwards does not change what is stored",
        async ({ storage, raw }) => {
          const { blob } = encrypt("secret-value");
          const copy = Uint8Array.from(blob.ciphertext);
          await storage.credentials.put("c", blob);
          blob.ciphertext.fill(0);
          assert.ok(sameBytes((await raw.credential("c"))!.ciphertext, copy));
        },
      );
    });

    describe("cursors", () => {
      run("cursors.version.grows", "set and get, with a version that grows", async ({ storage, raw }) => {
        assert.equal(await storage.cursors.get("w"), undefined);
        const first = await storage.cursors.set("w", "2026-03-01");
        assert.equal(first.version, 1);
        await storage.cursors.set("w", "2026-03-02");
        assert.deepEqual(await raw.cursor("w"), { value: "2026-03-02", version: 2 });
        assert.equal((await storage.cursors.get("w"))?.value, "2026-03-02");
      });

      run(
        "cursors.cas.stale-is-conflict",
        "compare-and-set refuses a stale expected value and changes nothing",
        async ({ storage, raw }) => {
          await storage.cursors.set("w", "a", { expected: null });
          await assertStorageError(storage.cursors.set("w", "b", { expected: null }), "STORAGE_CONFLICT");
          await assertStorageError(storage.cursors.set("w", "b", { expected: "stale" }), "STORAGE_CONFLICT");
          assert.deepEqual(await raw.cursor("w"), { value: "a", version: 1 });
          await storage.cursors.set("w", "b", { expected: "a" });
          assert.deepEqual(await raw.cursor("w"), { value: "b", version: 2 });
        },
      );

      run(
        "cursors.cas.concurrent-one-wins",
        "concurrent compare-and-set from two instances: exactly one wins",
        async ({ storage, other, raw }) => {
          const second = await other();
          await storage.cursors.set("w", "0");
          const results = await Promise.allSettled(
            Array.from({ length: 10 }, (_, i) =>
              (i % 2 ? second : storage).cursors.set("w", `next-${i}`, { expected: "0" }),
            ),
          );
          assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
          for (const r of results)
            if (r.status === "rejected") assert.equal(codeOf(r.reason), "STORAGE_CONFLICT");
          assert.equal((await raw.cursor("w"))?.version, 2);
        },
        "reopen",
      );
    });

    describe("dedup", () => {
      run(
        "dedup.claim.first-takes-lease",
        "first claim takes a lease that the backend records",
        async ({ storage, raw }) => {
          const claim = await storage.dedup.claim("settlement:usmf:1", { leaseMs: 30_000, owner: "w1" });
          assert.equal(claim.status, "claimed");
          if (claim.status !== "claimed") return;
          assert.equal(claim.attempt, 1);
          assert.equal(claim.expiresAt, START + 30_000);
          assert.deepEqual(await raw.dedup("settlement:usmf:1"), {
            state: "in-flight",
            owner: "w1",
            token: claim.token,
            expiresAt: START + 30_000,
            attempts: 1,
            result: null,
          });
        },
      );

      run(
        "dedup.claim.live-lease-is-in-flight",
        "a live lease answers in-flight with its owner and expiry",
        async ({ storage, clock }) => {
          await storage.dedup.claim("k", { leaseMs: 30_000, owner: "w1" });
          await clock.advance(29_999);
          assert.deepEqual(await storage.dedup.claim("k", { leaseMs: 30_000, owner: "w2" }), {
            status: "in-flight",
            owner: "w1",
            expiresAt: START + 30_000,
          });
        },
      );

      run(
        "dedup.claim.done-is-final",
        "complete persists the result and every later claim answers done",
        async ({ storage, raw, clock }) => {
          const claim = await storage.dedup.claim("k", { leaseMs: 1000 });
          assert.equal(claim.status, "claimed");
          if (claim.status !== "claimed") return;
          await clock.advance(10);
          await storage.dedup.complete("k", claim.token, { journal: "JB-000123", lines: 42 });
          const row = await raw.dedup("k");
          assert.equal(row?.state, "done");
          assert.deepEqual(row?.result, { journal: "JB-000123", lines: 42 });
          await clock.advance(10_000_000);
          assert.deepEqual(await storage.dedup.claim("k", { leaseMs: 1000, owner: "other" }), {
            status: "done",
            result: { journal: "JB-000123", lines: 42 },
            completedAt: START + 10,
          });
          assert.equal((await storage.dedup.get("k"))?.state, "done");
        },
      );

      run(
        "dedup.claim.release-lets-next-in",
        "release lets the next claim in at once, as attempt 2",
        async ({ storage, raw }) => {
          const first = await storage.dedup.claim("k", { leaseMs: 60_000, owner: "w1" });
          assert.equal(first.status, "claimed");
          if (first.status !== "claimed") return;
          assert.equal(await storage.dedup.release("k", first.token), true);
          assert.equal((await raw.dedup("k"))?.state, "released");
          assert.equal(await storage.dedup.release("k", first.token), false, "a second release is a no-op");
          const second = await storage.dedup.claim("k", { leaseMs: 60_000, owner: "w2" });
          assert.equal(second.status, "claimed");
          if (second.status === "claimed") assert.equal(second.attempt, 2);
        },
      );

      run(
        "dedup.claim.lapsed-lease-is-taken-over",
        "a lapsed lease is taken over; the old token can no longer complete",
        async ({ storage, raw, clock }) => {
          const dead = await storage.dedup.claim("k", { leaseMs: 30_000, owner: "dies" });
          assert.equal(dead.status, "claimed");
          if (dead.status !== "claimed") return;
          await clock.advance(30_000);
          const next = await storage.dedup.claim("k", { leaseMs: 30_000, owner: "survivor" });
          assert.equal(next.status, "claimed");
          if (next.status !== "claimed") return;
          assert.equal(next.attempt, 2);
          assert.notEqual(next.token, dead.token);
          await assertStorageError(storage.dedup.complete("k", dead.token, "late"), "STORAGE_LEASE_LOST");
          await assertStorageError(storage.dedup.extend("k", dead.token, 1000), "STORAGE_LEASE_LOST");
          assert.equal(await storage.dedup.release("k", dead.token), false);
          const row = await raw.dedup("k");
          assert.equal(row?.state, "in-flight");
          assert.equal(row?.owner, "survivor");
          await storage.dedup.complete("k", next.token, "posted");
          assert.deepEqual((await raw.dedup("k"))?.result, "posted");
        },
      );

      run(
        "dedup.complete.lapsed-but-untaken-completes",
        "a lapsed lease nobody took over can still be completed by its holder",
        async ({ storage, clock }) => {
          const claim = await storage.dedup.claim("k", { leaseMs: 1000 });
          assert.equal(claim.status, "claimed");
          if (claim.status !== "claimed") return;
          await clock.advance(5000);
          await storage.dedup.complete("k", claim.token, null);
          assert.equal((await storage.dedup.claim("k", { leaseMs: 1000 })).status, "done");
        },
      );

      run("dedup.extend.pushes-expiry", "extend pushes the expiry out", async ({ storage, raw, clock }) => {
        const claim = await storage.dedup.claim("k", { leaseMs: 1000, owner: "w1" });
        assert.equal(claim.status, "claimed");
        if (claim.status !== "claimed") return;
        await clock.advance(900);
        assert.equal(await storage.dedup.extend("k", claim.token, 5000), START + 5900);
        assert.equal((await raw.dedup("k"))?.expiresAt, START + 5900);
        await clock.advance(1000);
        assert.equal((await storage.dedup.claim("k", { leaseMs: 1000, owner: "w2" })).status, "in-flight");
      });

      run(
        "dedup.reopen.takes-done-back",
        "reopen takes a done key back in flight as the next attempt; the backend drops the old result",
        async ({ storage, raw, clock }) => {
          const first = await storage.dedup.claim("k", { leaseMs: 1000, owner: "w1" });
          assert.equal(first.status, "claimed");
          if (first.status !== "claimed") return;
          await clock.advance(10);
          await storage.dedup.complete("k", first.token, { journal: "JB-000001" });
          await clock.advance(10);
          const done = await storage.dedup.claim("k", { leaseMs: 1000, owner: "w2" });
          assert.deepEqual(done, {
            status: "done",
            result: { journal: "JB-000001" },
            completedAt: START + 10,
          });
          const again = await storage.dedup.reopen("k", {
            leaseMs: 1000,
            owner: "w2",
            completedAt: START + 10,
          });
          assert.equal(again.status, "claimed");
          if (again.status !== "claimed") return;
          assert.equal(again.attempt, 2);
          assert.equal(again.owner, "w2");
          assert.equal(again.expiresAt, START + 1020);
          assert.deepEqual(await raw.dedup("k"), {
            state: "in-flight",
            owner: "w2",
            token: again.token,
            expiresAt: START + 1020,
            attempts: 2,
            result: null,
          });
          assert.equal((await storage.dedup.claim("k", { leaseMs: 1000, owner: "w3" })).status, "in-flight");
          await clock.advance(5);
          await storage.dedup.complete("k", again.token, { journal: "JB-000002" });
          assert.deepEqual((await raw.dedup("k"))?.result, { journal: "JB-000002" });
        },
      );

      run(
        "dedup.reopen.only-the-completion-seen",
        "reopen of a completion other than the one seen answers as a claim would",
        async ({ storage, raw, clock }) => {
          const first = await storage.dedup.claim("k", { leaseMs: 1000 });
          if (first.status !== "claimed") throw new Error("first claim should win");
          await clock.advance(10);
          await storage.dedup.complete("k", first.token, "one");
          // A stale completedAt: the done answer stands, nothing changes in the backend.
          assert.deepEqual(await storage.dedup.reopen("k", { leaseMs: 1000, completedAt: START + 9 }), {
            status: "done",
            result: "one",
            completedAt: START + 10,
          });
          assert.equal((await raw.dedup("k"))?.state, "done");
          assert.equal((await raw.dedup("k"))?.attempts, 1);
          // Two workers saw the same completion: exactly one reopens it, the other is told it is in flight.
          const both = await Promise.all(
            ["w1", "w2"].map((owner) =>
              storage.dedup.reopen("k", { leaseMs: 1000, owner, completedAt: START + 10 }),
            ),
          );
          assert.equal(both.filter((r) => r.status === "claimed").length, 1);
          assert.equal(both.filter((r) => r.status === "in-flight").length, 1);
          assert.equal((await raw.dedup("k"))?.attempts, 2);
          // A key never claimed is claimed by a reopen, as attempt 1.
          const fresh = await storage.dedup.reopen("new", { leaseMs: 1000, completedAt: START });
          assert.equal(fresh.status, "claimed");
          if (fresh.status === "claimed") assert.equal(fresh.attempt, 1);
          await assert.rejects(
            storage.dedup.reopen("k", { leaseMs: 1000, completedAt: Number.NaN }),
            isValidationError,
          );
        },
      );

      run(
        "dedup.token.wrong-is-lease-lost",
        "complete with an unknown key or a wrong token throws STORAGE_LEASE_LOST",
        async ({ storage, raw }) => {
          await assertStorageError(storage.dedup.complete("nobody", "token"), "STORAGE_LEASE_LOST");
          assert.equal(await raw.dedup("nobody"), undefined);
          await storage.dedup.claim("k", { leaseMs: 1000 });
          await assertStorageError(storage.dedup.complete("k", "not-the-token"), "STORAGE_LEASE_LOST");
          assert.equal((await raw.dedup("k"))?.state, "in-flight");
        },
      );

      run(
        "dedup.lease.positive-integer",
        "rejects a lease that is not a positive integer",
        async ({ storage }) => {
          for (const leaseMs of [0, -1, 1.5, Number.NaN]) {
            await assert.rejects(storage.dedup.claim("k", { leaseMs }), isValidationError);
          }
        },
      );

      run(
        "dedup.claim.concurrent-one-winner",
        "many concurrent claims of one key produce exactly one winner",
        async ({ storage }) => {
          const claims = await Promise.all(
            Array.from({ length: 25 }, (_, i) =>
              storage.dedup.claim("hot", { leaseMs: 60_000, owner: `w${i}` }),
            ),
          );
          assert.equal(claims.filter((c) => c.status === "claimed").length, 1);
          assert.equal(claims.filter((c) => c.status === "in-flight").length, 24);
        },
      );

      run(
        "dedup.claim.cross-instance-once",
        "two instances claiming the same keys: each key is claimed exactly once",
        async ({ storage, other, raw }) => {
          const second = await other();
          const keys = Array.from({ length: 40 }, (_, i) => `order:usmf:111-${String(i).padStart(7, "0")}`);
          const [a, b] = await Promise.all(
            [storage, second].map(async (s, w) => {
              const won: string[] = [];
              await Promise.all(
                (w ? [...keys].reverse() : keys).map(async (k) => {
                  const c = await s.dedup.claim(k, { leaseMs: 60_000, owner: `worker-${w}` });
                  if (c.status === "claimed") won.push(k);
                }),
              );
              return won;
            }),
          );
          assert.equal(a!.length + b!.length, keys.length);
          assert.equal(new Set([...a!, ...b!]).size, keys.length);
          for (const k of a!) assert.equal((await raw.dedup(k))?.owner, "worker-0");
        },
        "reopen",
      );
    });

    describe("audit", () => {
      run(
        "audit.path.no-query-string",
        "an outbound call lands with its fields; the body only as ciphertext; no query string",
        async ({ storage, raw }) => {
          const body = encrypt(JSON.stringify({ buyer: "Jane Canary-Doe" }), "audit").blob;
          const entry = await storage.audit.appendCall({
            system: "amazon",
            operation: "getOrders",
            method: "GET",
            path: "/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&BuyerEmail=jane@example.com",
            status: 429,
            attempt: 2,
            latencyMs: 118,
            requestIds: { requestId: "b1f9c0de-0000" },
            error: { code: "QuotaExceeded", message: "You exceeded your quota" },
            record: "order:usmf:111-0000001",
            body,
          });
          assert.equal(entry.kind, "call");
          assert.equal(entry.at, START);
          assert.equal(entry.path, "/orders/v0/orders");
          const rows = await raw.audit();
          assert.equal(rows.length, 1);
          const row = rows[0]!;
          assert.equal(row.id, entry.id);
          assert.equal(row.kind, "call");
          assert.equal(row.status, "429");
          assert.equal(row.record, "order:usmf:111-0000001");
          assert.ok(row.bodyCiphertext && sameBytes(row.bodyCiphertext, body.ciphertext));
          assertNoPlaintext(row.fields, "Jane Canary-Doe");
          assertNoPlaintext(row.fields, "jane@example.com");
          const read = await storage.audit.get(entry.id);
          assert.ok(read?.kind === "call");
          assert.equal(read.latencyMs, 118);
          assert.equal(read.requestIds?.requestId, "b1f9c0de-0000");
          assert.ok(read.body && sameBytes(read.body.ciphertext, body.ciphertext));
        },
      );

      run("audit.error.redacted", "errors are redacted before they are stored", async ({ storage, raw }) => {
        await storage.audit.appendCall({
          system: "lwa",
          operation: "token",
          method: "POST",
          path: "/auth/o2/token",
          attempt: 1,
          latencyMs: 5,
          error: { code: "invalid_grant", message: "refresh token Atzr|IwEBIsecret-token-value rejected" },
        });
        const [row] = await raw.audit();
        assertNoPlaintext(row!.fields, "IwEBIsecret-token-value");
        assert.equal(row!.status, "error");
      });

      run(
        "audit.query.filters-in-append-order",
        "entries are queried by record, status, kind and time, in append order",
        async ({ storage, clock }) => {
          const call = (record: string, status: number) =>
            storage.audit.appendCall({
              system: "d365",
              operation: "LedgerJournalHeaders",
              method: "POST",
              path: "/data/LedgerJournalHeaders",
              status,
              attempt: 1,
              latencyMs: 30,
              record,
            });
          await storage.audit.appendTransition({ record: "settlement:usmf:1", state: "discovered" });
          await clock.advance(1000);
          await call("settlement:usmf:1", 201);
          await storage.audit.appendTransition({
            record: "settlement:usmf:1",
            recordKind: "settlement",
            previousState: "mapped",
            state: "posted",
            ref: "JB-000123",
          });
          await clock.advance(1000);
          await storage.audit.appendTransition({
            record: "settlement:usmf:2",
            previousState: "fetched",
            state: "parked",
            reason: "unknown fee type FBAFee2",
          });
          await call("settlement:usmf:2", 500);

          const one = await storage.audit.query({ record: "settlement:usmf:1" });
          assert.deepEqual(
            one.map((e) => e.kind),
            ["transition", "call", "transition"],
          );
          const ids = one.map((e) => BigInt(e.id));
          assert.ok(ids[0]! < ids[1]! && ids[1]! < ids[2]!, "ids grow in append order");

          const parked = await storage.audit.query({ status: "parked" });
          assert.equal(parked.length, 1);
          assert.ok(parked[0]?.kind === "transition");
          assert.equal(parked[0].reason, "unknown fee type FBAFee2");
          assert.equal((await storage.audit.query({ status: 500 })).length, 1);
          assert.equal((await storage.audit.query({ kind: "call" })).length, 2);
          assert.equal((await storage.audit.query({ since: START + 1000, until: START + 2000 })).length, 2);
          assert.equal((await storage.audit.query({ since: START + 2000 })).length, 2);
          const page = await storage.audit.query({ limit: 2 });
          assert.equal(page.length, 2);
          const rest = await storage.audit.query({ after: page[1]!.id });
          assert.equal(rest.length, 3);
          const posted = one[2];
          assert.ok(posted?.kind === "transition");
          assert.equal(posted.ref, "JB-000123");
          assert.equal(await storage.audit.get("999999"), undefined);
        },
      );
    });

    describe("records", () => {
      run(
        "records.upsert.creates-once-audited",
        "upsert creates once, keeps the state, and audits the creation",
        async ({ storage, raw }) => {
          const created = await storage.records.upsert({
            id: "settlement:usmf:1",
            kind: "settlement",
            state: "discovered",
            data: { reportId: "r1" },
          });
          assert.equal(created.version, 1);
          const again = await storage.records.upsert({
            id: "settlement:usmf:1",
            kind: "settlement",
            state: "ignored-for-existing",
            data: { reportId: "r2" },
          });
          assert.equal(again.state, "discovered");
          assert.deepEqual(await raw.record("settlement:usmf:1"), {
            kind: "settlement",
            state: "discovered",
            version: 2,
            data: { reportId: "r2" },
            reason: null,
          });
          const audit = await raw.audit();
          assert.equal(audit.length, 1);
          assert.equal(audit[0]?.status, "discovered");
          assert.equal(audit[0]?.record, "settlement:usmf:1");
        },
      );

      run(
        "records.create.if-absent",
        "create makes a new record once, audited; for an id that exists it answers false and changes nothing",
        async ({ storage, raw }) => {
          const input = { id: "order:A1:1", kind: "order", state: "discovered", data: { plan: 1 } };
          assert.equal(await createRecord(storage.records, input), true);
          assert.deepEqual(await raw.record("order:A1:1"), {
            kind: "order",
            state: "discovered",
            version: 1,
            data: { plan: 1 },
            reason: null,
          });
          await storage.records.transition("order:A1:1", "discovered", "mapped", { data: { plan: 2 } });
          // A second creator (a run that saw the record missing) leaves the moved record alone.
          assert.equal(
            await createRecord(storage.records, { ...input, data: { plan: 3 } }),
            false,
            "create of an existing id must answer false",
          );
          assert.deepEqual(await raw.record("order:A1:1"), {
            kind: "order",
            state: "mapped",
            version: 2,
            data: { plan: 2 },
            reason: null,
          });
          const audit = await raw.audit();
          assert.deepEqual(
            audit.map((a) => a.status),
            ["discovered", "mapped"],
            "the refused create must not be audited",
          );
        },
      );

      run(
        "records.create.concurrent-one-wins",
        "concurrent creates of one id, across instances: exactly one answers true",
        async ({ storage, raw, other }) => {
          // Adapters written before records.create rely on createRecord's documented fallback.
          if (!storage.records.create) return;
          const second = await other();
          const results = await Promise.all(
            Array.from({ length: 10 }, (_, i) =>
              (i % 2 ? second : storage).records.create?.({
                id: "settlement:A1:9",
                kind: "settlement",
                state: "discovered",
                data: { by: i },
              }),
            ),
          );
          assert.equal(results.filter((r) => r === true).length, 1, "exactly one create wins");
          assert.equal((await raw.record("settlement:A1:9"))?.version, 1);
          assert.equal((await raw.audit()).length, 1, "one creation audited");
        },
        "reopen",
      );

      run(
        "records.transition.moves-and-audits",
        "transition moves the state and appends its audit entry",
        async ({ storage, raw }) => {
          await storage.records.upsert({ id: "s1", kind: "settlement", state: "mapped" });
          const posted = await storage.records.transition("s1", "mapped", "posted", {
            ref: "JB-7",
            data: { j: "JB-7" },
          });
          assert.equal(posted.state, "posted");
          assert.equal(posted.version, 2);
          assert.deepEqual(await raw.record("s1"), {
            kind: "settlement",
            state: "posted",
            version: 2,
            data: { j: "JB-7" },
            reason: null,
          });
          const last = (await storage.audit.query({ record: "s1", status: "posted" }))[0];
          assert.ok(last?.kind === "transition");
          assert.equal(last.previousState, "mapped");
          assert.equal(last.ref, "JB-7");
        },
      );

      run(
        "records.transition.wrong-state-is-conflict",
        "transition from the wrong state throws STORAGE_CONFLICT and changes nothing",
        async ({ storage, raw }) => {
          await storage.records.upsert({ id: "s1", kind: "settlement", state: "fetched" });
          await assertStorageError(storage.records.transition("s1", "mapped", "posted"), "STORAGE_CONFLICT");
          await assertStorageError(
            storage.records.transition("s1", "fetched", "parsed", { expectedVersion: 9 }),
            "STORAGE_CONFLICT",
          );
          await assertStorageError(storage.records.transition("nope", "a", "b"), "STORAGE_NOT_FOUND");
          assert.equal((await raw.record("s1"))?.state, "fetched");
          assert.equal((await raw.audit()).length, 1, "only the creation was audited");
          const parked = await storage.records.transition("s1", ["parsed", "fetched"], "parked", {
            reason: "missing mapping for SKU X-1",
          });
          assert.equal(parked.reason, "missing mapping for SKU X-1");
          assert.equal((await raw.record("s1"))?.reason, "missing mapping for SKU X-1");
        },
      );

      run(
        "records.transition.concurrent-one-wins",
        "concurrent transitions from one state: exactly one wins",
        async ({ storage, other }) => {
          const second = await other();
          await storage.records.upsert({ id: "s1", kind: "settlement", state: "mapped" });
          const results = await Promise.allSettled(
            Array.from({ length: 10 }, (_, i) =>
              (i % 2 ? second : storage).records.transition("s1", "mapped", `w${i}`),
            ),
          );
          assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
          assert.equal((await storage.audit.query({ record: "s1" })).length, 2);
        },
        "reopen",
      );

      run(
        "records.list.filters-and-pages",
        "list filters by kind and state and pages by id",
        async ({ storage }) => {
          for (const [id, kind, state] of [
            ["o:3", "order", "parked"],
            ["o:1", "order", "posted"],
            ["s:1", "settlement", "parked"],
            ["o:2", "order", "parked"],
          ] as const) {
            await storage.records.upsert({ id, kind, state });
          }
          const parkedOrders = await storage.records.list({ kind: "order", state: "parked" });
          assert.deepEqual(
            parkedOrders.map((r) => r.id),
            ["o:2", "o:3"],
          );
          assert.deepEqual(
            (await storage.records.list({ after: "o:2", limit: 2 })).map((r) => r.id),
            ["o:3", "s:1"],
          );
          assert.equal((await storage.records.get("o:1"))?.state, "posted");
          assert.equal(await storage.records.get("o:9"), undefined);
        },
      );
    });

    describe("rate limits", () => {
      run(
        "rateLimits.update.stores-fn-result",
        "update stores what fn returns; get reads it",
        async ({ storage, raw }) => {
          assert.equal(await storage.rateLimits.get("b"), undefined);
          const seen: unknown[] = [];
          await storage.rateLimits.update("b", (s) => {
            seen.push(s);
            return { tokens: 0.5, refilledAt: START };
          });
          await storage.rateLimits.update("b", (s) => {
            seen.push(s);
            return { tokens: s!.tokens - 1, refilledAt: START + 1, pausedUntil: START + 2000, rate: 0.0167 };
          });
          assert.deepEqual(seen, [undefined, { tokens: 0.5, refilledAt: START }]);
          assert.deepEqual(await raw.rateLimit("b"), {
            tokens: -0.5,
            refilledAt: START + 1,
            pausedUntil: START + 2000,
            rate: 0.0167,
          });
          assert.deepEqual(await storage.rateLimits.get("b"), {
            tokens: -0.5,
            refilledAt: START + 1,
            pausedUntil: START + 2000,
            rate: 0.0167,
          });
        },
      );

      run(
        "rateLimits.update.atomic",
        "concurrent updates are atomic: no increment is lost",
        async ({ storage, raw }) => {
          await Promise.all(
            Array.from({ length: 50 }, () =>
              storage.rateLimits.update("b", (s) => ({ tokens: (s?.tokens ?? 0) + 1, refilledAt: START })),
            ),
          );
          assert.equal((await raw.rateLimit("b"))?.tokens, 50);
        },
      );

      run(
        "rateLimits.update.atomic-across-instances",
        "concurrent updates from two instances are atomic",
        async ({ storage, other, raw }) => {
          const second = await other();
          await Promise.all(
            Array.from({ length: 40 }, (_, i) =>
              (i % 2 ? second : storage).rateLimits.update("b", (s) => ({
                tokens: (s?.tokens ?? 0) + 1,
                refilledAt: START,
              })),
            ),
          );
          assert.equal((await raw.rateLimit("b"))?.tokens, 40);
        },
        "reopen",
      );

      run(
        "rateLimits.update.bad-state-refused",
        "a bad state from fn is refused and nothing is stored",
        async ({ storage, raw }) => {
          await assert.rejects(
            storage.rateLimits.update("b", () => ({ tokens: Number.NaN, refilledAt: START })),
            isValidationError,
          );
          assert.equal(await raw.rateLimit("b"), undefined);
        },
      );

      // The one-step take is optional: an adapter without `take` passes these rules with nothing
      // to check, and the limiter runs the same arithmetic through `update`.
      const plan = { rate: 2, burst: 3, utilisation: 1, marginMs: 150 };
      const stored = async (raw: StorageInspector, bucket: string): Promise<RateLimitState | undefined> => {
        const row = await raw.rateLimit(bucket);
        return row && rateLimitStateOf(row);
      };

      run(
        "rateLimits.take.matches-reference",
        "take answers and stores exactly what takeRateLimitToken computes",
        async ({ storage, raw }) => {
          const take = storage.rateLimits.take?.bind(storage.rateLimits);
          if (!take) return;
          // A new bucket, its burst, waits, the margin, a clock that steps back, a Retry-After
          // pause, a learnt rate, a refill time ahead (a 429's give-back), utilisation below 1.
          const steps: { now: number; set?: RateLimitState; request?: Partial<RateLimitTakeRequest> }[] = [
            { now: START },
            { now: START + 1 },
            { now: START + 1 },
            { now: START + 2 },
            { now: START + 100 },
            { now: START + 650 },
            { now: START + 640 },
            { now: START + 1_151 },
            {
              now: START + 1_200,
              set: { tokens: 0.25, refilledAt: START + 1_200, pausedUntil: START + 3_000 },
            },
            { now: START + 2_999 },
            { now: START + 3_000 },
            { now: START + 3_001, set: { tokens: 0.5, refilledAt: START + 3_001, rate: 0.0167 } },
            { now: START + 3_002 },
            { now: START + 40_000, request: { utilisation: 0.8 } },
            { now: START + 40_001, set: { tokens: 1 - 1e-6, refilledAt: START + 40_151, rate: 5 } },
            { now: START + 40_100 },
            { now: START + 40_152 },
            { now: START + 40_400, request: { marginMs: 0, burst: 30 } },
            { now: START + 900_000, request: { burst: 30 } },
          ];
          for (const [i, step] of steps.entries()) {
            if (step.set) {
              const set = step.set;
              await storage.rateLimits.update("b", () => set);
            }
            const request = { ...plan, ...step.request, now: step.now };
            const expected = takeRateLimitToken(await stored(raw, "b"), request);
            assert.deepEqual(await take("b", request), expected, `step ${i}: answer`);
            assert.deepEqual(await stored(raw, "b"), expected.state, `step ${i}: stored state`);
          }
        },
      );

      run(
        "rateLimits.take.sees-update",
        "take reads what update wrote, and update's fn sees what take stored",
        async ({ storage }) => {
          const take = storage.rateLimits.take?.bind(storage.rateLimits);
          if (!take) return;
          await storage.rateLimits.update("b", () => ({
            tokens: 0,
            refilledAt: START,
            pausedUntil: START + 500,
          }));
          const paused = await take("b", { ...plan, now: START + 100 });
          assert.equal(paused.waitMs, 400, "the pause update wrote is honoured");
          const taken = await take("b", { ...plan, now: START + 500 });
          assert.equal(taken.waitMs, 0);
          let seen: RateLimitState | undefined;
          await storage.rateLimits.update("b", (s) => {
            seen = s;
            return s!;
          });
          assert.deepEqual(seen, taken.state);
          assert.deepEqual(await storage.rateLimits.get("b"), taken.state);
        },
      );

      const grantsExactlyTheBurst = async (instances: StorageAdapter[], raw: StorageInspector) => {
        // No refill between the takes (one instant): exactly `burst` of them may get a token.
        const burst = 10;
        const answers = await Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            instances[i % instances.length]!.rateLimits.take!("b", { ...plan, burst, now: START }),
          ),
        );
        assert.equal(answers.filter((a) => a.waitMs === 0).length, burst, "tokens given out");
        assert.ok(
          answers.every((a) => a.waitMs >= 0 && a.state.tokens >= 0),
          "no take sees an overdrawn bucket",
        );
        assert.equal((await raw.rateLimit("b"))?.tokens, 0);
      };

      run(
        "rateLimits.take.atomic",
        "concurrent takes never give out more tokens than the bucket holds",
        async ({ storage, raw }) => {
          if (!storage.rateLimits.take) return;
          await grantsExactlyTheBurst([storage], raw);
        },
      );

      run(
        "rateLimits.take.atomic-across-instances",
        "concurrent takes from three instances never give out more tokens than the bucket holds",
        async ({ storage, other, raw }) => {
          if (!storage.rateLimits.take) return;
          const instances = [storage, await other(), await other()];
          assert.ok(
            instances.every((s) => typeof s.rateLimits.take === "function"),
            "every instance of the adapter has take",
          );
          await grantsExactlyTheBurst(instances, raw);
        },
        "reopen",
      );

      run(
        "rateLimits.take.bad-request-refused",
        "a take with numbers out of range is a ValidationError and nothing is stored",
        async ({ storage, raw }) => {
          const take = storage.rateLimits.take?.bind(storage.rateLimits);
          if (!take) return;
          for (const bad of [
            { now: Number.NaN },
            { rate: 0 },
            { rate: Number.POSITIVE_INFINITY },
            { burst: 0.5 },
            { utilisation: 1.5 },
            { utilisation: 0 },
            { marginMs: -1 },
          ]) {
            await assert.rejects(
              take("b", { ...plan, now: START, ...bad }),
              isValidationError,
              JSON.stringify(bad),
            );
          }
          assert.equal(await raw.rateLimit("b"), undefined);
        },
      );
    });

    describe("documents", () => {
      run(
        "documents.gzip",
        "documents are stored gzip-compressed and come back byte-identical",
        async ({ storage, raw, clock }) => {
          const header = "settlement-id\tsettlement-start-date\ttotal-amount\n";
          const body = header + "12345678\t2026-02-01T00:00:00+00:00\t1234.56\n".repeat(500);
          await clock.advance(5);
          const info = await storage.documents.put("report:r1", body, {
            contentType: "text/tab-separated-values",
            record: "settlement:usmf:12345678",
            attributes: { reportType: "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2" },
          });
          const bytes = Buffer.from(body, "utf8");
          const sha = createHash("sha256").update(bytes).digest("hex");
          assert.equal(info.size, bytes.byteLength);
          assert.equal(info.sha256, sha);
          assert.ok(info.storedSize < info.size / 4, "repetitive text must compress");
          const stored = await raw.document("report:r1");
          assert.ok(stored);
          assert.deepEqual([stored.stored[0], stored.stored[1]], [0x1f, 0x8b], "stored body is gzip");
          assert.ok(gunzipSync(stored.stored).equals(bytes));
          assert.equal(stored.sha256, sha);
          const read = await storage.documents.get("report:r1");
          assert.ok(read && sameBytes(read.body, bytes));
          assert.equal(read.contentType, "text/tab-separated-values");
          assert.equal(read.record, "settlement:usmf:12345678");
          assert.equal(read.createdAt, START + 5);
          assert.deepEqual(read.attributes, { reportType: "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2" });
        },
      );

      run(
        "documents.put-packed",
        "putPacked stores gzip bytes as given; get checks them against their SHA-256",
        async ({ storage, raw }) => {
          if (!storage.documents.putPacked) return;
          const body = Buffer.from("settlement-id\ttotal-amount\n12345678\t10.00\n".repeat(200), "utf8");
          // Compressed elsewhere (another level than the adapter's own): kept byte for byte.
          const stored = gzipSync(body, { level: 1 });
          const sha256 = createHash("sha256").update(body).digest("hex");
          const info = await storage.documents.putPacked(
            "report:p1",
            { stored, size: body.byteLength, sha256 },
            { record: "settlement:usmf:1", attributes: { reportId: "1" } },
          );
          assert.equal(info.size, body.byteLength);
          assert.equal(info.storedSize, stored.byteLength);
          assert.equal(info.sha256, sha256);
          const landed = await raw.document("report:p1");
          assert.ok(
            landed && Buffer.from(landed.stored).equals(stored),
            "the stored body is the bytes given",
          );
          const read = await storage.documents.get("report:p1");
          assert.ok(read && sameBytes(read.body, body));
          assert.equal(read.record, "settlement:usmf:1");
          assert.deepEqual(read.attributes, { reportId: "1" });
          // Bytes that do not decompress to their hash are never handed on.
          await storage.documents.putPacked("report:p2", {
            stored: gzipSync(Buffer.from("something else")),
            size: body.byteLength,
            sha256,
          });
          await assert.rejects(storage.documents.get("report:p2"), (e: unknown) => {
            assert.ok(isStorageError(e) && e.code === "STORAGE_CORRUPT", String(e));
            return true;
          });
          await assert.rejects(
            storage.documents.putPacked("report:p3", { stored: body, size: body.byteLength, sha256 }),
            (e: unknown) => isValidationError(e),
          );
        },
      );

      run(
        "documents.binary-and-list",
        "binary bodies round-trip; list filters by prefix and record without bodies",
        async ({ storage }) => {
          const binary = randomBytes(4096);
          await storage.documents.put("finances:g1", binary, { record: "group:1" });
          await storage.documents.put("report:b", "b");
          await storage.documents.put("report:a", "a");
          assert.ok(sameBytes((await storage.documents.get("finances:g1"))!.body, binary));
          assert.deepEqual(
            (await storage.documents.list({ prefix: "report:" })).map((d) => d.key),
            ["report:a", "report:b"],
          );
          const byRecord = await storage.documents.list({ record: "group:1" });
          assert.equal(byRecord.length, 1);
          assert.equal("body" in byRecord[0]!, false);
          assert.equal(await storage.documents.get("report:none"), undefined);
        },
      );
    });
  });
}

/** Prefixes a failure with the rule it broke, keeping the original error (and its diff) intact. */
function namedForRule(rule: string, error: unknown): unknown {
  if (error instanceof Error && !error.message.startsWith("rule ")) {
    error.message = `rule ${rule} broken: ${error.message}`;
  }
  return error;
}

function encrypt(plaintext: string, aad?: string, keyVersion = 1): { key: Buffer; blob: EncryptedBlob } {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  if (aad !== undefined) cipher.setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const blob: EncryptedBlob = {
    keyVersion,
    iv: new Uint8Array(iv),
    ciphertext: new Uint8Array(ciphertext),
    tag: new Uint8Array(cipher.getAuthTag()),
    ...(aad !== undefined ? { aad } : {}),
  };
  return { key, blob };
}

function decrypt(key: Buffer, blob: EncryptedBlob): string {
  const decipher = createDecipheriv("aes-256-gcm", key, blob.iv);
  if (blob.aad !== undefined) decipher.setAAD(Buffer.from(blob.aad));
  decipher.setAuthTag(blob.tag);
  return Buffer.concat([decipher.update(blob.ciphertext), decipher.final()]).toString("utf8");
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}

function assertNoPlaintext(fields: Readonly<Record<string, unknown>>, plaintext: string): void {
  const needle = Buffer.from(plaintext, "utf8");
  for (const [name, value] of Object.entries(fields)) {
    assert.doesNotMatch(name, /plain|clear|decrypted/i, `field "${name}" suggests a value stored in clear`);
    if (typeof value === "string")
      assert.ok(!value.includes(plaintext), `field "${name}" holds the plaintext`);
    if (value instanceof Uint8Array) {
      assert.ok(!Buffer.from(value).includes(needle), `field "${name}" holds the plaintext bytes`);
    }
  }
}

function codeOf(error: unknown): string | undefined {
  return isStorageError(error) ? error.code : undefined;
}

async function assertStorageError(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isStorageError(error), `expected a StorageError, got ${String(error)}`);
    assert.equal(error.code, code);
    return true;
  });
}

/** The inspector's rate-limit row as the contract's state (absent fields left out, not `null`). */
function rateLimitStateOf(row: {
  readonly tokens: number;
  readonly refilledAt: number;
  readonly pausedUntil: number | null;
  readonly rate: number | null;
}): RateLimitState {
  return {
    tokens: row.tokens,
    refilledAt: row.refilledAt,
    ...(row.pausedUntil !== null ? { pausedUntil: row.pausedUntil } : {}),
    ...(row.rate !== null ? { rate: row.rate } : {}),
  };
}
