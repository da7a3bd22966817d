/**
 * Exactly-once D365 writes when a worker stalls. Two workers (two storage handles on one SQLite
 * file, or two PostgreSQL adapters on one schema; each with its own D365 client) post the same
 * journal while D365 throttles one of them for longer than the dedup lease. Time is a simulated
 * clock moved by hand (`autoAdvance: false`); each step waits for the worker to reach its next
 * sleep before time moves on, so nothing depends on wall-clock timing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type Clock, createSimulatedClock, type SimulatedClock } from "../../src/core/clock.js";
import { dedupKeys } from "../../src/core/dedup.js";
import { acquireLease, type Lease } from "../../src/core/lease.js";
import { Money } from "../../src/core/money.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import type { StorageAdapter } from "../../src/core/storage.js";
import { staticTokenProvider } from "../../src/core/token-provider.js";
import { createD365Client, type D365Client } from "../../src/d365/client.js";
import { ensureCustomer } from "../../src/d365/entities/customers.js";
import {
  ensureFreeTextInvoice,
  type FreeTextInvoiceInput,
} from "../../src/d365/entities/free-text-invoices.js";
import {
  ensureGeneralJournal,
  type GeneralJournalInput,
  type GeneralJournalRef,
} from "../../src/d365/entities/general-journals.js";
import { ensureSalesOrder, type SalesOrderInput } from "../../src/d365/entities/sales-orders.js";
import { createEntity, deleteEntity } from "../../src/d365/write.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { createD365Simulator, type D365Simulator } from "../../src/testing/d365/simulator.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "../storage/pg-env.js";
import { arrange as arrangeD365, server } from "./harness.js";

const T0 = Date.UTC(2026, 3, 1);
const LEASE = 300_000;
const MARKER = "AMZ-SETTLEMENT 9001 usmf part 1";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const input: GeneralJournalInput = {
  dataAreaId: "USMF",
  journalName: "GenJrn",
  marker: MARKER,
  lines: [
    { account: "110180", amount: Money.of("125.40", "USD"), transDate: "2026-03-31", voucher: "V1" },
    { account: "401100", amount: Money.of("-125.40", "USD"), transDate: "2026-03-31", voucher: "V1" },
  ],
};

/** Two storage handles on one backend, sharing `clock`. */
type Backend = (clock: Clock) => Promise<{ a: StorageAdapter; b: StorageAdapter; close(): Promise<void> }>;

interface World {
  readonly clock: SimulatedClock;
  readonly sim: D365Simulator;
  readonly a: StorageAdapter;
  readonly b: StorageAdapter;
  /** Worker A's client; `sleeps` counts the retry waits it began. */
  readonly clientA: D365Client;
  readonly sleeps: { count: number };
  readonly clientB: D365Client;
  readonly close: () => Promise<void>;
}

async function simulatorToken(sim: D365Simulator): Promise<string> {
  const res = await fetch(sim.state.tokenUrl, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: sim.state.clientId,
      client_secret: sim.state.clientSecret,
      scope: sim.state.scope,
    }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

async function arrange(
  backend: Backend,
  options: { fetchA?: (request: Request) => Promise<Response> } = {},
): Promise<World> {
  const clock = createSimulatedClock({ start: T0, autoAdvance: false });
  const sim = createD365Simulator({ clock });
  server.resetHandlers(...sim.handlers);
  const token = await simulatorToken(sim);
  const sleeps = { count: 0 };
  // Worker A's client sleeps on the shared clock; counting its sleeps tells the test when A waits.
  const clockA: Clock = {
    now: () => clock.now(),
    sleep: (ms, signal) => {
      sleeps.count++;
      return clock.sleep(ms, signal);
    },
  };
  const client = (c: Clock, fetchImpl?: (request: Request) => Promise<Response>) =>
    createD365Client({
      environmentUrl: sim.state.environmentUrl,
      tokens: staticTokenProvider(token, { header: "authorization", scheme: "Bearer" }),
      clock: c,
      retry: createRetryPolicy({ random: () => 0.5 }),
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    });
  const { a, b, close } = await backend(clock);
  return {
    clock,
    sim,
    a,
    b,
    clientA: client(clockA, options.fetchA),
    sleeps,
    clientB: client(clock),
    close,
  };
}

/** Journals D365 holds under the marker, with their line counts. */
function journals(sim: D365Simulator): { number: string; lines: number }[] {
  return sim.state
    .rows("LedgerJournalHeaders", "usmf")
    .filter((h) => h.Description === MARKER)
    .map((h) => ({
      number: String(h.JournalBatchNumber),
      lines: sim.state
        .rows("LedgerJournalLines", "usmf")
        .filter((l) => l.JournalBatchNumber === h.JournalBatchNumber).length,
    }));
}

const settle = <T>(p: Promise<T>): Promise<T | Error> =>
  p.then(
    (v) => v,
    (e: Error) => e,
  );

/** Waits until worker A has begun its `n`th retry wait. */
async function untilSleeping(world: World, n: number): Promise<void> {
  await vi.waitFor(() => expect(world.sleeps.count).toBe(n), { timeout: 10_000, interval: 5 });
}

function fencingTests(name: string, backend: Backend) {
  describe(name, () => {
    it("lease outlived: a worker whose retries wait past the lease keeps it, and no second worker posts the journal again", async () => {
      const world = await arrange(backend);
      const { clock, sim } = world;
      try {
        sim.state.throttle.inject({
          target: "LedgerJournalHeaders",
          method: "POST",
          kind: "429",
          times: 2,
          retryAfterSeconds: 200,
        });
        const a = settle(ensureGeneralJournal(world.clientA, input, { dedup: world.a.dedup, clock }));
        await untilSleeping(world, 1); // A was answered 429 at 0 s and waits until 200 s
        await clock.set(T0 + 200_000);
        await untilSleeping(world, 2); // 429 again at 200 s; A waits until 400 s
        await clock.set(T0 + 301_000); // past the 300 s lease A took at 0 s
        await world.a.dedup.get("barrier"); // A's renewals so far have landed
        const b = await settle(ensureGeneralJournal(world.clientB, input, { dedup: world.b.dedup, clock }));
        expect(b).toMatchObject({ code: "STORAGE_CONFLICT", retryable: true });
        await clock.set(T0 + 400_000);
        const done = (await a) as { outcome: string; value: GeneralJournalRef };
        expect(done).toMatchObject({ outcome: "created" });
        expect(journals(sim)).toEqual([{ number: done.value.journalBatchNumber, lines: 2 }]);
        const again = await ensureGeneralJournal(world.clientB, input, { dedup: world.b.dedup, clock });
        expect(again).toMatchObject({ outcome: "cached", value: done.value });
        expect(journals(sim)).toHaveLength(1);
      } finally {
        await world.close();
      }
    });

    it("journal lost: a worker whose clean-up DELETE waits past the lease never leaves the key done for a journal D365 lost", async () => {
      // A's change set commits in D365 but its answer is lost on the way back.
      let lose = true;
      const fetchA = async (request: Request) => {
        const response = await fetch(request);
        if (lose && new URL(request.url).pathname.endsWith("/$batch")) {
          lose = false;
          void response.body?.cancel().catch(() => {});
          throw new TypeError("fetch failed: socket hang up");
        }
        return response;
      };
      const world = await arrange(backend, { fetchA });
      const { clock, sim } = world;
      try {
        sim.state.throttle.inject({
          target: "LedgerJournalHeaders",
          method: "DELETE",
          kind: "429",
          times: 2,
          retryAfterSeconds: 200,
        });
        const a = settle(ensureGeneralJournal(world.clientA, input, { dedup: world.a.dedup, clock }));
        await untilSleeping(world, 1); // header + lines are in D365; A's clean-up DELETE waits until 200 s
        expect(journals(sim)).toEqual([{ number: expect.any(String), lines: 2 }]);
        await clock.set(T0 + 200_000);
        await untilSleeping(world, 2);
        await clock.set(T0 + 301_000);
        await world.a.dedup.get("barrier");
        const b = await settle(ensureGeneralJournal(world.clientB, input, { dedup: world.b.dedup, clock }));
        await clock.set(T0 + 400_000);
        const failed = await a;
        expect(failed).toBeInstanceOf(Error);
        // Whatever happened in between, a later run must post what D365 does not hold: never "cached".
        const later = await ensureGeneralJournal(world.clientB, input, { dedup: world.b.dedup, clock });
        const held = journals(sim);
        expect(held).toEqual([{ number: later.value.journalBatchNumber, lines: 2 }]);
        expect(b).toMatchObject({ code: "STORAGE_CONFLICT" });
        expect(later.outcome).toBe("created");
        expect(await world.b.dedup.get(dedupKey())).toMatchObject({
          state: "done",
          result: { journalBatchNumber: later.value.journalBatchNumber },
        });
      } finally {
        await world.close();
      }
    });

    it("journal lost, heartbeat stalled: the fence refuses the clean-up DELETE once another worker took the key over", async () => {
      let lose = true;
      const fetchA = async (request: Request) => {
        const response = await fetch(request);
        if (lose && new URL(request.url).pathname.endsWith("/$batch")) {
          lose = false;
          void response.body?.cancel().catch(() => {});
          throw new TypeError("fetch failed: socket hang up");
        }
        return response;
      };
      const world = await arrange(backend, { fetchA });
      const { clock, sim } = world;
      // A's heartbeat runs on a clock that never moves: A's process is stalled between beats.
      const stalled = createSimulatedClock({ start: T0, autoAdvance: false });
      try {
        sim.state.throttle.inject({
          target: "LedgerJournalHeaders",
          method: "DELETE",
          kind: "429",
          times: 1,
          retryAfterSeconds: 200,
        });
        const a = settle(
          ensureGeneralJournal(world.clientA, input, {
            dedup: world.a.dedup,
            clock: stalled,
            leaseMs: 150_000,
          }),
        );
        await untilSleeping(world, 1);
        await clock.set(T0 + 160_000); // A's lease lapsed at 150 s
        const b = await ensureGeneralJournal(world.clientB, input, { dedup: world.b.dedup, clock });
        expect(b.outcome).toBe("found"); // B took the key over and found A's complete journal
        const sent = sim.state.requests.length;
        await clock.set(T0 + 200_000); // A wakes for its DELETE retry
        const failed = await a;
        expect(failed).toMatchObject({ code: "STORAGE_LEASE_LOST", retryable: true });
        expect(sim.state.requests.slice(sent)).toEqual([]); // A sent nothing: no DELETE
        expect(journals(sim)).toEqual([{ number: b.value.journalBatchNumber, lines: 2 }]);
        const later = await ensureGeneralJournal(world.clientB, input, { dedup: world.b.dedup, clock });
        expect(later).toMatchObject({ outcome: "cached", value: b.value });
      } finally {
        await world.close();
      }
    });

    it("a done key whose journal D365 no longer holds is reopened and posted again, never answered cached", async () => {
      const world = await arrange(backend);
      const { clock, sim } = world;
      try {
        const first = await ensureGeneralJournal(world.clientB, input, { dedup: world.a.dedup, clock });
        expect(first.outcome).toBe("created");
        // Someone deletes the journal in D365 (by hand, or a worker that lost a race).
        await deleteEntity(world.clientB, "LedgerJournalHeaders", {
          dataAreaId: "usmf",
          JournalBatchNumber: first.value.journalBatchNumber,
        });
        expect(journals(sim)).toEqual([]);
        const again = await ensureGeneralJournal(world.clientB, input, { dedup: world.b.dedup, clock });
        expect(again.outcome).toBe("created");
        expect(again.value.journalBatchNumber).not.toBe(first.value.journalBatchNumber);
        expect(journals(sim)).toEqual([{ number: again.value.journalBatchNumber, lines: 2 }]);
        expect(await world.a.dedup.get(dedupKey())).toMatchObject({
          state: "done",
          attempts: 2,
          result: { journalBatchNumber: again.value.journalBatchNumber },
        });
      } finally {
        await world.close();
      }
    });
  });
}

function dedupKey(): string {
  return `d365:LedgerJournalHeaders:usmf:Description=${encodeURIComponent(MARKER)}`;
}

const dir = mkdtempSync(join(tmpdir(), "ml-connector-fencing-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
fencingTests("on SQLite (two handles on one file)", async (clock) => {
  const path = join(dir, `f${files++}.sqlite`);
  const a = sqliteStorage({ path, clock, owner: "worker-a" });
  const b = sqliteStorage({ path, clock, owner: "worker-b" });
  return { a, b, close: async () => void (await Promise.all([a.close(), b.close()])) };
});

const unreachable = SKIP_POSTGRES ? undefined : await probePostgres();
if (SKIP_POSTGRES) {
  describe.skip("on PostgreSQL (skipped on purpose: ML_CONNECTOR_SKIP_POSTGRES=1)", () => {
    it("fencing", () => {});
  });
} else if (unreachable) {
  it("PostgreSQL is reachable for the fencing tests", () => {
    throw new Error(unreachable);
  });
} else {
  const raw = new pg.Pool({ connectionString: PG_URL, max: 1 });
  const schemas: string[] = [];
  afterAll(async () => {
    for (const s of schemas) await raw.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await raw.end();
  });
  fencingTests("on PostgreSQL (two adapters on one schema)", async (clock) => {
    const schema = freshSchema("mlc_fence");
    schemas.push(schema);
    // A pool of one per worker: a query on a handle runs after every query that handle issued before it.
    const a = postgresStorage({ connectionString: PG_URL, schema, clock, owner: "worker-a", poolSize: 1 });
    const b = postgresStorage({ connectionString: PG_URL, schema, clock, owner: "worker-b", poolSize: 1 });
    await a.dedup.get("migrated");
    return { a, b, close: async () => void (await Promise.all([a.close(), b.close()])) };
  });
}

describe("acquireLease", () => {
  it("renews the lease on a heartbeat of the given clock until released", async () => {
    const clock = createSimulatedClock({ start: T0, autoAdvance: false });
    const storage = memoryStorage({ clock });
    const acquired = await acquireLease(storage.dedup, "settlement:usmf:1", { leaseMs: LEASE, clock });
    if (acquired.status !== "claimed") throw new Error("the first claim should win");
    const lease: Lease = acquired.lease;
    expect(lease).toMatchObject({ attempt: 1, expiresAt: T0 + LEASE, lost: false });
    await clock.advance(99_999);
    expect((await storage.dedup.get("settlement:usmf:1"))?.expiresAt).toBe(T0 + LEASE);
    await clock.advance(1); // the first beat, a third of the lease in
    expect((await storage.dedup.get("settlement:usmf:1"))?.expiresAt).toBe(T0 + 100_000 + LEASE);
    expect(lease.expiresAt).toBe(T0 + 100_000 + LEASE);
    await clock.advance(900_000); // nine more beats: the lease never lapses while work is in hand
    expect(lease.expiresAt).toBe(T0 + 1_000_000 + LEASE);
    expect(await storage.dedup.claim("settlement:usmf:1", { leaseMs: LEASE })).toMatchObject({
      status: "in-flight",
    });
    await lease.release();
    expect(clock.pending).toBe(0); // the heartbeat stopped
    expect((await storage.dedup.get("settlement:usmf:1"))?.state).toBe("released");
    await expect(lease.check("POST LedgerJournalHeaders")).rejects.toMatchObject({
      code: "STORAGE_LEASE_LOST",
    });
  });

  it("a heartbeat that finds the key taken over marks the lease lost and stops", async () => {
    const clock = createSimulatedClock({ start: T0, autoAdvance: false });
    const stalled = createSimulatedClock({ start: T0, autoAdvance: false });
    const state = memoryStorage({ clock });
    const acquired = await acquireLease(state.dedup, "k", { leaseMs: 3000, clock: stalled });
    if (acquired.status !== "claimed") throw new Error("the first claim should win");
    await clock.advance(3000);
    expect(await state.dedup.claim("k", { leaseMs: 3000 })).toMatchObject({ status: "claimed", attempt: 2 });
    await stalled.advance(1000);
    expect(acquired.lease.lost).toBe(true);
    expect(stalled.pending).toBe(0);
    await expect(acquired.lease.complete("late")).rejects.toMatchObject({ code: "STORAGE_LEASE_LOST" });
    await acquired.lease.release();
    expect((await state.dedup.get("k"))?.attempts).toBe(2);
  });

  it("refuses a renewal period that is not shorter than the lease", async () => {
    const storage = memoryStorage();
    await expect(
      acquireLease(storage.dedup, "k", { leaseMs: 1000, renewEveryMs: 1000 }),
    ).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    expect(await storage.dedup.get("k")).toBeUndefined();
  });
});

describe("a fenced write", () => {
  it("after the lease was taken over sends no request and fails with STORAGE_LEASE_LOST", async () => {
    const world = await arrange(async (clock) => {
      const a = memoryStorage({ clock });
      return { a, b: a, close: async () => {} };
    });
    const { clock, sim } = world;
    const stalled = createSimulatedClock({ start: T0, autoAdvance: false });
    const acquired = await acquireLease(world.a.dedup, "settlement:usmf:42", {
      leaseMs: 60_000,
      clock: stalled,
    });
    if (acquired.status !== "claimed") throw new Error("the first claim should win");
    const fence = acquired.lease;
    const header = await createEntity(
      world.clientA,
      "LedgerJournalHeaders",
      { dataAreaId: "usmf", JournalName: "GenJrn", Description: "fenced" },
      { fence },
    );
    await clock.advance(60_000);
    expect(await world.b.dedup.claim("settlement:usmf:42", { leaseMs: 60_000 })).toMatchObject({
      status: "claimed",
    });
    const sent = sim.state.requests.length;
    const refused = await settle(
      deleteEntity(
        world.clientA,
        "LedgerJournalHeaders",
        { dataAreaId: "usmf", JournalBatchNumber: String(header.JournalBatchNumber) },
        { fence },
      ),
    );
    expect(refused).toMatchObject({
      name: "StorageError",
      code: "STORAGE_LEASE_LOST",
      retryable: true,
      where: { operation: "DELETE LedgerJournalHeaders", record: "settlement:usmf:42" },
    });
    expect((refused as Error).message).toMatch(/nothing was written or deleted/);
    expect(fence.lost).toBe(true);
    expect(sim.state.requests.slice(sent)).toEqual([]);
    expect(
      sim.state.find("LedgerJournalHeaders", {
        dataAreaId: "usmf",
        JournalBatchNumber: String(header.JournalBatchNumber),
      }),
    ).toBeDefined();
    expect(world.sleeps.count).toBe(0); // refused at once, not retried
    await fence.release();
  });

  it("refused by its fence is audited with the code and never sealed for replay", async () => {
    const world = await arrange(async (clock) => {
      const a = memoryStorage({ clock });
      return { a, b: a, close: async () => {} };
    });
    const sealed: string[] = [];
    const sealer = {
      encrypt: async (id: string) => {
        sealed.push(id);
        return {
          keyVersion: 1,
          iv: new Uint8Array(12),
          ciphertext: new Uint8Array(1),
          tag: new Uint8Array(16),
        };
      },
      decrypt: async () => new Uint8Array(),
    };
    const d365 = createD365Client({
      environmentUrl: world.sim.state.environmentUrl,
      tokens: staticTokenProvider(await simulatorToken(world.sim), {
        header: "authorization",
        scheme: "Bearer",
      }),
      clock: world.clock,
      audit: world.a.audit,
      sealer,
    });
    const stalled = createSimulatedClock({ start: T0, autoAdvance: false });
    const acquired = await acquireLease(world.a.dedup, "k", { leaseMs: 60_000, clock: stalled });
    if (acquired.status !== "claimed") throw new Error("the first claim should win");
    await world.clock.advance(60_000);
    await world.b.dedup.claim("k", { leaseMs: 60_000 });
    const refused = await settle(
      createEntity(
        d365,
        "LedgerJournalHeaders",
        { dataAreaId: "usmf", JournalName: "GenJrn", Description: "never sent" },
        { fence: acquired.lease, record: "settlement:usmf:42" },
      ),
    );
    expect(refused).toMatchObject({ code: "STORAGE_LEASE_LOST" });
    const [entry] = await world.a.audit.query({ kind: "call", record: "settlement:usmf:42" });
    expect(entry).toMatchObject({
      operation: "POST LedgerJournalHeaders",
      error: { code: "STORAGE_LEASE_LOST" },
    });
    expect(entry).not.toHaveProperty("status");
    expect(entry).not.toHaveProperty("body");
    expect(sealed).toEqual([]);
    expect(
      world.sim.state.rows("LedgerJournalHeaders", "usmf").filter((h) => h.Description === "never sent"),
    ).toEqual([]);
  });
});

describe("done never wins over D365 in the invoice and customer helpers", () => {
  it("free text invoice, sales order and customer: a done key whose record D365 lost is reopened and written again", async () => {
    const { d365, sim } = await arrangeD365();
    const storage = memoryStorage();
    const opts = { dedup: storage.dedup };
    const invoice: FreeTextInvoiceInput = {
      dataAreaId: "USMF",
      customerAccount: "AMZ-US",
      reference: "111-2223334-5556667",
      invoiceDate: "2026-03-01",
      currencyCode: "USD",
      lines: [{ mainAccountDisplayValue: "401100-004-025", amount: Money.of("19.99", "USD") }],
    };
    const order: SalesOrderInput = {
      dataAreaId: "USMF",
      customerAccount: "AMZ-US",
      amazonOrderId: "111-0000000-0000009",
      currencyCode: "USD",
      lines: [{ itemNumber: "A0001", quantity: "1", salesPrice: Money.of("14.99", "USD") }],
    };
    const customer = {
      dataAreaId: "CAMF",
      customerAccount: "AMZ-CA9",
      organizationName: "Amazon.ca customers",
      customerGroupId: "AMZ",
      salesCurrencyCode: "CAD",
    };

    const inv = await ensureFreeTextInvoice(d365, invoice, opts);
    const so = await ensureSalesOrder(d365, order, opts);
    const cust = await ensureCustomer(d365, customer, opts);
    expect([inv.outcome, so.outcome, cust.outcome]).toEqual(["created", "created", "created"]);
    // While D365 holds them, a re-run is answered from the store after one read each.
    const sent = sim.state.requests.length;
    const cached = [
      await ensureFreeTextInvoice(d365, invoice, opts),
      await ensureSalesOrder(d365, order, opts),
      await ensureCustomer(d365, customer, opts),
    ];
    expect(cached.map((c) => c.outcome)).toEqual(["cached", "cached", "cached"]);
    expect(sim.state.requests.slice(sent).map((r) => `${r.method} ${r.target}`)).toEqual([
      "GET FreeTextInvoiceHeaders",
      "GET SalesOrderHeadersV2",
      "GET CustomersV3",
    ]);

    await deleteEntity(d365, "FreeTextInvoiceHeaders", {
      dataAreaId: "usmf",
      InvoiceIdentifier: BigInt(inv.value.invoiceIdentifier),
    });
    await deleteEntity(d365, "SalesOrderHeadersV2", {
      dataAreaId: "usmf",
      SalesOrderNumber: so.value.salesOrderNumber,
    });
    await deleteEntity(d365, "CustomersV3", { dataAreaId: "camf", CustomerAccount: "AMZ-CA9" });

    const again = [
      await ensureFreeTextInvoice(d365, invoice, opts),
      await ensureSalesOrder(d365, order, opts),
      await ensureCustomer(d365, customer, opts),
    ];
    expect(again.map((c) => c.outcome)).toEqual(["created", "created", "created"]);
    expect(
      sim.state
        .rows("FreeTextInvoiceHeaders", "usmf")
        .filter((h) => h.CustomerReference === invoice.reference),
    ).toHaveLength(1);
    expect(
      sim.state
        .rows("SalesOrderHeadersV2", "usmf")
        .filter((h) => h.CustomersOrderReference === order.amazonOrderId),
    ).toHaveLength(1);
    expect(sim.state.find("CustomersV3", { dataAreaId: "camf", CustomerAccount: "AMZ-CA9" })).toBeDefined();
    for (const key of [
      dedupKeys.d365("FreeTextInvoiceHeaders", "usmf", { CustomerReference: invoice.reference }),
      dedupKeys.d365("SalesOrderHeadersV2", "usmf", { CustomersOrderReference: order.amazonOrderId }),
      dedupKeys.d365("CustomersV3", "camf", { CustomerAccount: "AMZ-CA9" }),
    ]) {
      expect(await storage.dedup.get(key)).toMatchObject({ state: "done", attempts: 2 });
    }
  });
});
