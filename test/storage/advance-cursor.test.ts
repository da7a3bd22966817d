import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import { isConnectorError } from "../../src/core/errors.js";
import {
  advanceCursor,
  type CursorStore,
  compareInstants,
  conflict,
  type StorageAdapter,
} from "../../src/core/storage.js";
import { createMemoryStorageState, memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";

const dir = mkdtempSync(join(tmpdir(), "ml-connector-advance-cursor-"));
const opened: StorageAdapter[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
  rmSync(dir, { recursive: true, force: true });
});
let n = 0;

/** Two adapters on one store, as two workers (or two runs) of one seller see it. */
const backends: Record<string, () => [StorageAdapter, StorageAdapter]> = {
  memory: () => {
    const state = createMemoryStorageState();
    const clock = createSimulatedClock();
    return [memoryStorage({ state, clock }), memoryStorage({ state, clock })];
  },
  sqlite: () => {
    const path = join(dir, `db-${n++}.sqlite`);
    const clock = createSimulatedClock();
    const a = sqliteStorage({ path, clock });
    const b = sqliteStorage({ path, clock });
    opened.push(a, b);
    return [a, b];
  },
};

const T = (day: number) => `2026-03-${String(day).padStart(2, "0")}T00:00:00Z`;
const K = "amazon:orders:A1:ATVPDKIKX0DER";
const byInstant = { compare: compareInstants };

describe.each(Object.entries(backends))("advanceCursor on %s storage", (_name, make) => {
  it("writes the value when nobody moved the cursor since it was read", async () => {
    const [a] = make();
    expect((await advanceCursor(a.cursors, K, T(1), { ...byInstant, expected: null })).value).toBe(T(1));
    const e = await advanceCursor(a.cursors, K, T(2), { ...byInstant, expected: T(1) });
    expect([e.value, e.version]).toEqual([T(2), 2]);
  });

  it("on a conflict re-reads and moves the cursor on when ours is later", async () => {
    const [a, b] = make();
    await a.cursors.set(K, T(1));
    // Both runs read T(1); b finishes first at T(2), a at T(3).
    await b.cursors.set(K, T(2), { expected: T(1) });
    await expect(a.cursors.set(K, T(3), { expected: T(1) })).rejects.toMatchObject({
      code: "STORAGE_CONFLICT",
    });
    const e = await advanceCursor(a.cursors, K, T(3), { ...byInstant, expected: T(1) });
    expect([e.value, e.version]).toEqual([T(3), 3]);
    expect((await b.cursors.get(K))?.value).toBe(T(3));
  });

  it("keeps the other writer's value when it got as far or further", async () => {
    const [a, b] = make();
    await a.cursors.set(K, T(1));
    await b.cursors.set(K, T(5), { expected: T(1) });
    const e = await advanceCursor(a.cursors, K, T(3), { ...byInstant, expected: T(1) });
    expect([e.value, e.version]).toEqual([T(5), 2]);
    const same = await advanceCursor(a.cursors, K, T(5), { ...byInstant, expected: T(1) });
    expect([same.value, same.version]).toEqual([T(5), 2]);
    expect((await a.cursors.get(K))?.value).toBe(T(5));
  });

  it("handles a cursor another writer created after we found none", async () => {
    const [a, b] = make();
    await b.cursors.set(K, T(2), { expected: null });
    expect((await advanceCursor(a.cursors, K, T(4), { ...byInstant, expected: null })).value).toBe(T(4));
    await a.cursors.set("other", T(9), { expected: null });
    expect((await advanceCursor(b.cursors, "other", T(4), { ...byInstant, expected: null })).value).toBe(
      T(9),
    );
  });

  it("retries when another writer moves the cursor again between the re-read and the write", async () => {
    const [a, b] = make();
    await a.cursors.set(K, T(1));
    await b.cursors.set(K, T(2), { expected: T(1) });
    let reads = 0;
    // Right after each re-read, b moves the cursor one day on: a's first retry meets a conflict
    // again, and its second re-read sees b at T(4), still before a's T(6).
    const racing: CursorStore = {
      get: async (key) => {
        const entry = await a.cursors.get(key);
        if (reads++ === 0 && entry) await b.cursors.set(K, T(4), { expected: entry.value });
        return entry;
      },
      set: (key, value, options) => a.cursors.set(key, value, options),
    };
    const e = await advanceCursor(racing, K, T(6), { ...byInstant, expected: T(1) });
    expect(e.value).toBe(T(6));
    expect(reads).toBe(2);
  });

  it("many concurrent writers from one reading: every one succeeds and the latest value stays", async () => {
    const [a, b] = make();
    await a.cursors.set(K, T(1));
    const days = [7, 3, 9, 2, 5, 8, 4, 6];
    const results = await Promise.allSettled(
      days.map((d, i) =>
        advanceCursor((i % 2 ? b : a).cursors, K, T(d), {
          ...byInstant,
          expected: T(1),
          retries: days.length,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect((await a.cursors.get(K))?.value).toBe(T(9));
  });
});

describe("advanceCursor limits", () => {
  const always = (): CursorStore => {
    let version = 1;
    let value = T(1);
    return {
      get: async (key) => ({ key, value: value, version, updatedAt: 0 }),
      set: async (key) => {
        // Someone else always got there first, a little later than what was just read.
        value = T(Number(value.slice(8, 10)) + 1);
        version++;
        throw conflict("The cursor changed since it was read", "cursors.set", key);
      },
    };
  };

  it("throws the conflict after the bounded number of retries", async () => {
    const cursors = always();
    const e = await advanceCursor(cursors, K, T(28), { ...byInstant, expected: T(1), retries: 3 }).catch(
      (x: unknown) => x,
    );
    expect(isConnectorError(e) && e.code).toBe("STORAGE_CONFLICT");
    expect((await cursors.get(K))?.version).toBe(5);
  });

  it("does not retry any other error", async () => {
    let sets = 0;
    const cursors: CursorStore = {
      get: async () => undefined,
      set: async () => {
        sets++;
        throw new Error("disk full");
      },
    };
    await expect(advanceCursor(cursors, K, T(2), { ...byInstant, expected: null })).rejects.toThrow(
      "disk full",
    );
    expect(sets).toBe(1);
  });

  it("compares instants, an unreadable one counting as the earliest", () => {
    expect(compareInstants(T(2), T(1))).toBeGreaterThan(0);
    expect(compareInstants("2026-03-01T00:00:00.000Z", T(1))).toBe(0);
    expect(compareInstants("garbage", T(1))).toBeLessThan(0);
    expect(compareInstants(T(1), "garbage")).toBeGreaterThan(0);
  });
});
