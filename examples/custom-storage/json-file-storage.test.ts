/**
 * The host's own conformance run: the JSON-file adapter against `runStorageAdapterSuite`, with a
 * backdoor that reads the file directly (never through the adapter). Then the same suite against
 * a deliberately broken copy, to show that a failure names the rule it broke.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonValue, StorageAdapter } from "ml-connector/core";
import { runStorageAdapterSuite, type StorageInspector } from "ml-connector/testing";
import { describe, expect, test } from "vitest";
import { jsonFileStorage, readJsonFile } from "./json-file-storage.js";

const dir = mkdtempSync(join(tmpdir(), "mlc-json-storage-"));
const paths = new WeakMap<StorageAdapter, string>();
let n = 0;

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

function fileInspector(path: string): StorageInspector {
  return {
    async credential(id) {
      const row = readJsonFile(path).credentials[id];
      return row
        ? {
            keyVersion: row.keyVersion,
            iv: bytes(row.iv),
            ciphertext: bytes(row.ciphertext),
            tag: bytes(row.tag),
            aad: row.aad ?? null,
            fields: { ...row },
          }
        : undefined;
    },
    async cursor(key) {
      const row = readJsonFile(path).cursors[key];
      return row ? { value: row.value, version: row.version } : undefined;
    },
    async dedup(key) {
      const row = readJsonFile(path).dedup[key];
      return row
        ? {
            state: row.state,
            owner: row.owner,
            token: row.token,
            expiresAt: row.expiresAt,
            attempts: row.attempts,
            result: row.result === null ? null : (JSON.parse(row.result) as JsonValue),
          }
        : undefined;
    },
    async audit() {
      return readJsonFile(path).audit.map((row) => ({
        id: row.id,
        kind: row.kind,
        at: row.at,
        record: row.record,
        status: row.status,
        // Every field as the text the file holds, so the suite can search it for clear values.
        fields: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, JSON.stringify(v)])),
        bodyCiphertext: row.body ? bytes(row.body.ciphertext) : null,
      }));
    },
    async record(id) {
      const row = readJsonFile(path).records[id];
      return row
        ? { kind: row.kind, state: row.state, version: row.version, data: row.data, reason: row.reason }
        : undefined;
    },
    async rateLimit(bucket) {
      const row = readJsonFile(path).rateLimits[bucket];
      return row
        ? {
            tokens: row.tokens,
            refilledAt: row.refilledAt,
            pausedUntil: row.pausedUntil ?? null,
            rate: row.rate ?? null,
          }
        : undefined;
    },
    async document(key) {
      const row = readJsonFile(path).documents[key];
      return row ? { stored: bytes(row.body), size: row.size, sha256: row.sha256 } : undefined;
    },
  };
}

runStorageAdapterSuite({
  name: "json-file (examples/custom-storage)",
  create: ({ clock }) => {
    n += 1;
    const path = join(dir, `state-${n}.json`);
    const storage = jsonFileStorage({ path, clock });
    paths.set(storage, path);
    return storage;
  },
  inspect: (storage) => fileInspector(paths.get(storage)!),
  reopen: (storage, { clock }) => {
    const path = paths.get(storage)!;
    const second = jsonFileStorage({ path, clock });
    paths.set(second, path);
    return second;
  },
  test,
  describe,
});

test("the adapter has its own records.create, so the suite's create rules check it, not the fallback", async () => {
  // Without it, records.create.if-absent checks createRecord's get-then-upsert fallback and
  // records.create.concurrent-one-wins is skipped.
  const storage = jsonFileStorage({ path: join(dir, "create.json") });
  await storage.migrate();
  const input = { id: "order:A1:2", kind: "order", state: "discovered" };
  expect(await storage.records.create?.(input)).toBe(true);
  expect(await storage.records.create?.({ ...input, state: "mapped" })).toBe(false);
  expect(readJsonFile(join(dir, "create.json")).records["order:A1:2"]).toMatchObject({
    state: "discovered",
    version: 1,
  });
});

describe("a broken adapter: the suite names the rule", () => {
  test("a claim that ignores a live lease fails rule dedup.claim.live-lease-is-in-flight", async () => {
    // Collect the suite's checks instead of registering them, then run one against a broken copy.
    const checks = new Map<string, () => Promise<void>>();
    runStorageAdapterSuite({
      name: "broken",
      create: ({ clock }) => {
        n += 1;
        const path = join(dir, `broken-${n}.json`);
        const good = jsonFileStorage({ path, clock });
        paths.set(good, path);
        // Broken: a live lease is released before every claim, so the next caller takes it over.
        const broken: StorageAdapter = {
          ...good,
          dedup: {
            ...good.dedup,
            async claim(key, options) {
              const entry = readJsonFile(path).dedup[key];
              if (entry?.token) await good.dedup.release(key, entry.token);
              return good.dedup.claim(key, options);
            },
          },
        };
        paths.set(broken, path);
        return broken;
      },
      inspect: (storage) => fileInspector(paths.get(storage)!),
      test: (name, fn) => checks.set(name, fn),
      describe: (_name, fn) => fn(),
    });
    const name = [...checks.keys()].find((k) => k.startsWith("rule dedup.claim.live-lease-is-in-flight:"));
    expect(name).toBeDefined();
    await expect(checks.get(name!)!()).rejects.toThrow(
      /^rule dedup\.claim\.live-lease-is-in-flight broken: /,
    );
    // The healthy rules still pass on the broken copy: the failure is specific.
    await expect(
      checks.get([...checks.keys()].find((k) => k.includes("cursors.version.grows"))!)!(),
    ).resolves.toBeUndefined();
  });
});
