import { expectTypeOf, test } from "vitest";
import type { AuditEntry, ClaimResult, StorageAdapter } from "../../src/core/storage.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";

test("every factory returns the one StorageAdapter contract", () => {
  expectTypeOf(memoryStorage).returns.toEqualTypeOf<StorageAdapter>();
  expectTypeOf(sqliteStorage).returns.toEqualTypeOf<StorageAdapter>();
  expectTypeOf(postgresStorage).returns.toEqualTypeOf<StorageAdapter>();
});

test("a claim's token exists only once the claim is won", () => {
  const claim = {} as ClaimResult;
  // @ts-expect-error only a "claimed" answer carries a token
  void claim.token;
  if (claim.status === "claimed") expectTypeOf(claim.token).toEqualTypeOf<string>();
  if (claim.status === "in-flight") expectTypeOf(claim.expiresAt).toEqualTypeOf<number>();
});

test("audit entries narrow by kind", () => {
  const entry = {} as AuditEntry;
  if (entry.kind === "call") expectTypeOf(entry.latencyMs).toEqualTypeOf<number>();
  if (entry.kind === "transition") expectTypeOf(entry.state).toEqualTypeOf<string>();
});

test("rate-limit updates are synchronous functions of the current state", () => {
  type Update = StorageAdapter["rateLimits"]["update"];
  expectTypeOf<Parameters<Update>[1]>().returns.toMatchTypeOf<{ tokens: number; refilledAt: number }>();
});
