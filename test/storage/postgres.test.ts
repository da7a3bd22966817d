import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { isStorageError } from "../../src/core/errors.js";
import type { StorageAdapter } from "../../src/core/storage.js";
import { postgresMigrations } from "../../src/storage/postgres/migrations.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { runStorageAdapterSuite } from "../../src/testing/storage-suite.js";
import { sqlInspector } from "./inspectors.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "./pg-env.js";

const unreachable = SKIP_POSTGRES ? undefined : await probePostgres();

if (SKIP_POSTGRES) {
  describe.skip("postgres storage (skipped on purpose: ML_CONNECTOR_SKIP_POSTGRES=1)", () => {
    test("conformance suite", () => {});
  });
} else if (unreachable) {
  test("PostgreSQL is reachable for the storage tests", () => {
    throw new Error(unreachable);
  });
} else {
  // Three pools: the adapter under test, a second "worker", and the raw backdoor.
  const primary = new pg.Pool({ connectionString: PG_URL, max: 8 });
  const secondary = new pg.Pool({ connectionString: PG_URL, max: 8 });
  const raw = new pg.Pool({ connectionString: PG_URL, max: 2 });
  const schemas = new WeakMap<StorageAdapter, string>();
  const created: string[] = [];

  afterAll(async () => {
    for (const schema of created) await raw.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await Promise.all([primary.end(), secondary.end(), raw.end()]);
  });

  const schemaFor = (prefix?: string) => {
    const schema = freshSchema(prefix);
    created.push(schema);
    return schema;
  };

  runStorageAdapterSuite({
    name: "postgres",
    create: ({ clock }) => {
      const schema = schemaFor();
      const storage = postgresStorage({ pool: primary, schema, clock });
      schemas.set(storage, schema);
      return storage;
    },
    inspect: (storage) => {
      const schema = schemas.get(storage)!;
      return sqlInspector(
        async (sql, params) => (await raw.query(sql, params as unknown[])).rows,
        (table) => `"${schema}".${table}`,
        (i) => `$${i}`,
      );
    },
    reopen: (storage, { clock }) =>
      postgresStorage({ pool: secondary, schema: schemas.get(storage)!, clock }),
    test,
    describe,
  });

  describe("postgres storage", () => {
    test("workers migrating one schema at once apply each numbered migration once", async () => {
      const schema = schemaFor();
      const workers = Array.from({ length: 4 }, (_, i) =>
        postgresStorage({ pool: i % 2 ? primary : secondary, schema, migrate: false }),
      );
      await Promise.all(workers.map((w) => w.migrate()));
      await workers[0]!.migrate();
      const { rows } = await raw.query(
        `SELECT version, name FROM "${schema}".schema_migrations ORDER BY version`,
      );
      expect(rows).toEqual(postgresMigrations.map((m) => ({ version: m.version, name: m.name })));
      for (const w of workers) await w.close();
    });

    test("a schema at migration 1 is upgraded in place and keeps its data", async () => {
      const schema = schemaFor();
      await raw.query(`CREATE SCHEMA "${schema}"`);
      await raw.query(
        `CREATE TABLE "${schema}".schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`,
      );
      await raw.query(postgresMigrations[0]!.sql.replaceAll("__SCHEMA__", `"${schema}"`));
      await raw.query(`INSERT INTO "${schema}".schema_migrations VALUES (1, '0001_init', 0)`);
      await raw.query(
        `INSERT INTO "${schema}".rate_limits (bucket, tokens, refilled_at, paused_until, updated_at) VALUES ('b', 3, 10, NULL, 10)`,
      );
      const storage = postgresStorage({ pool: primary, schema });
      expect(await storage.rateLimits.get("b")).toEqual({ tokens: 3, refilledAt: 10 });
      await storage.rateLimits.update("b", (s) => ({ ...s!, rate: 0.5 }));
      expect(await storage.rateLimits.get("b")).toEqual({ tokens: 3, refilledAt: 10, rate: 0.5 });
      const { rows } = await raw.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
      expect(rows.map((r) => r.version)).toEqual(postgresMigrations.map((m) => m.version));
      await storage.close();
    });

    test("migrations are numbered 1, 2, 3… without gaps", () => {
      expect(postgresMigrations.map((m) => m.version)).toEqual(postgresMigrations.map((_, i) => i + 1));
    });

    test("the first operation migrates a fresh schema by itself", async () => {
      const schema = schemaFor();
      const storage = postgresStorage({ pool: primary, schema });
      await storage.cursors.set("c", "1");
      const { rows } = await raw.query(`SELECT value FROM "${schema}".cursors`);
      expect(rows).toEqual([{ value: "1" }]);
      await storage.close();
    });

    test("with a connection string the adapter owns its pool and ends it on close", async () => {
      const storage = postgresStorage({ connectionString: PG_URL, schema: schemaFor(), poolSize: 2 });
      await storage.cursors.set("c", "1");
      expect((await storage.cursors.get("c"))?.value).toBe("1");
      await storage.close();
      await expect(storage.cursors.get("c")).rejects.toMatchObject({ code: "STORAGE_CLOSED" });
    });

    test("transactions hand their connection back, also when they fail (a pool of one keeps working)", async () => {
      const storage = postgresStorage({ connectionString: PG_URL, schema: schemaFor(), poolSize: 1 });
      await storage.records.upsert({ id: "r", kind: "order", state: "a" });
      for (let i = 0; i < 5; i++) {
        await expect(storage.records.transition("r", "nope", "b")).rejects.toMatchObject({
          code: "STORAGE_CONFLICT",
        });
        await storage.rateLimits.update("b", (st) => ({ tokens: (st?.tokens ?? 0) + 1, refilledAt: 0 }));
      }
      await storage.records.transition("r", "a", "b");
      expect(await storage.rateLimits.get("b")).toEqual({ tokens: 5, refilledAt: 0 });
      await storage.close();
    });

    test("an unreachable server gives a retryable STORAGE_UNAVAILABLE that says what to check", async () => {
      const storage = postgresStorage({
        connectionString: "postgres://postgres:x@127.0.0.1:1/postgres",
        poolSize: 1,
      });
      const error = await storage.cursors.get("c").catch((e: unknown) => e);
      expect(isStorageError(error)).toBe(true);
      expect(error).toMatchObject({ code: "STORAGE_UNAVAILABLE", retryable: true });
      expect(String((error as Error).message)).toMatch(/not reachable/);
      await storage.close();
    });

    test("a schema name that is not a plain identifier is refused", () => {
      expect(() => postgresStorage({ pool: primary, schema: 'x"; DROP TABLE y; --' })).toThrowError(/schema/);
    });
  });
}
