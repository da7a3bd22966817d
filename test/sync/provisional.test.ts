/**
 * The provisional flow on the simulators: the open event groups by kind and amount type, and the
 * provisional journal: posted once, re-posted as reverse + new when the amounts change, reversed
 * once after the group's settlement is reconciled, so every account ends as the settlement alone.
 * The posting scenarios (post, rerun, re-post, reversal, a crash, a lost answer, park and replay)
 * run on every storage adapter: memory, SQLite and PostgreSQL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTransactions, readProvisionalView } from "../../src/amazon/finances/finances.js";
import { type Clock, createSimulatedClock } from "../../src/core/clock.js";
import { Money } from "../../src/core/money.js";
import type { StorageAdapter } from "../../src/core/storage.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { provisionalFlow } from "../../src/sync/flows/provisional.js";
import { transitionTable } from "../../src/sync/runner.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import type { D365Simulator } from "../../src/testing/d365/simulator.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "../storage/pg-env.js";
import { arrangeSync, journalBalances, server, US } from "./harness.js";

const dir = mkdtempSync(join(tmpdir(), "mlc-provisional-"));
const schemas: string[] = [];
const opened: StorageAdapter[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(async () => {
  server.close();
  for (const s of opened) await s.close();
  rmSync(dir, { recursive: true, force: true });
  if (schemas.length === 0) return;
  const raw = new pg.Client({ connectionString: PG_URL });
  await raw.connect();
  try {
    for (const schema of schemas) await raw.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await raw.end();
  }
});

/** A storage adapter the flow runs on; leases run on the harness' simulated clock. */
interface StorageCase {
  readonly name: string;
  readonly skip: boolean;
  open(clock: Clock): StorageAdapter;
}

let files = 0;
const STORAGES: readonly StorageCase[] = [
  { name: "memory", skip: false, open: (clock) => memoryStorage({ clock }) },
  {
    name: "sqlite",
    skip: false,
    open: (clock) => sqliteStorage({ path: join(dir, `provisional-${files++}.db`), clock }),
  },
  {
    name: "postgres",
    skip: SKIP_POSTGRES,
    open(clock) {
      const schema = freshSchema("mlc_provisional");
      schemas.push(schema);
      return postgresStorage({ connectionString: PG_URL, schema, clock, poolSize: 2 });
    },
  },
];

/** A fresh store of the case, closed after the file. */
function openStore(c: StorageCase, clock: Clock): StorageAdapter {
  const storage = c.open(clock);
  opened.push(storage);
  return storage;
}

const post = { provisional: { post: true } } as const;

interface Journal {
  readonly company: string;
  readonly number: string;
  readonly marker: string;
}

function journals(d365: D365Simulator): Journal[] {
  return d365.state.rows("LedgerJournalHeaders").map((h) => ({
    company: String(h.dataAreaId),
    number: String(h.JournalBatchNumber),
    marker: String(h.Description),
  }));
}

/** Net (debit − credit) per company, account and currency of the given journals, both sides of each line. */
function netByAccount(d365: D365Simulator, only: (j: Journal) => boolean): Map<string, Money> {
  const picked = new Set(
    journals(d365)
      .filter(only)
      .map((j) => `${j.company}/${j.number}`),
  );
  const out = new Map<string, Money>();
  const add = (key: string, m: Money) => out.set(key, (out.get(key) ?? Money.zero(m.currency)).plus(m));
  for (const l of d365.state.rows("LedgerJournalLines")) {
    if (!picked.has(`${String(l.dataAreaId)}/${String(l.JournalBatchNumber)}`)) continue;
    const c = String(l.CurrencyCode);
    const amount = Money.of(String(l.DebitAmount ?? "0"), c).minus(
      Money.of(String(l.CreditAmount ?? "0"), c),
    );
    add(`${String(l.dataAreaId)}|${String(l.AccountType)}:${String(l.AccountDisplayValue)}|${c}`, amount);
    if (l.OffsetAccountDisplayValue) {
      add(
        `${String(l.dataAreaId)}|${String(l.OffsetAccountType)}:${String(l.OffsetAccountDisplayValue)}|${c}`,
        amount.negate(),
      );
    }
  }
  return out;
}

function nonZero(m: Map<string, Money>): Record<string, string> {
  return Object.fromEntries([...m].filter(([, v]) => !v.isZero()).map(([k, v]) => [k, v.toString()]));
}

const isProvisional = (j: Journal) => j.marker.startsWith("AMZ-PROV");

describe('connector.run("provisional")', () => {
  it("shows every open group by kind and amount type, as Amazon's events add up", async () => {
    const h = await arrangeSync({ orders: 60 });
    const report = await h.connector.run("provisional");
    const view = await h.connector.provisional.view();
    const open = h.amazon.state.eventGroups.filter(
      (g) => g.processingStatus === "Open" && g.sellerId === h.amazon.state.seller.sellerId,
    );
    expect(view.map((g) => g.groupId).sort()).toEqual(open.map((g) => g.groupId).sort());
    expect(report.discovered).toBe(open.length);
    // Nothing posted without provisional.post.
    expect(journals(h.d365)).toEqual([]);

    const amazon = createSimulatorClient(h.amazon);
    const expected = await readProvisionalView(amazon, { clock: h.clock });
    for (const g of view) {
      expect(g.state).toBe("current");
      expect(g.journal).toBeNull();
      const e = expected.find((x) => x.group.id === g.groupId);
      expect(g.events).toBe(e?.events);
      expect(g.totals).toEqual(
        (e?.totals ?? []).map((t) => ({
          kind: t.kind,
          amountType: t.amountType,
          amountDescription: t.amountDescription,
          currency: t.amount.currency,
          amount: t.amount.toString(),
          count: t.count,
        })),
      );
      // And against the other Finances API (2024-06-19 transactions of the same group).
      let viaTransactions: Money | undefined;
      for await (const t of listTransactions(amazon, {
        related: { name: "FINANCIAL_EVENT_GROUP_ID", value: g.groupId },
      })) {
        if (t.total) viaTransactions = viaTransactions ? viaTransactions.plus(t.total) : t.total;
      }
      expect(g.eventTotal).toBe(viaTransactions?.toString());
      const byTotals = g.totals.reduce(
        (s, t) => s.plus(Money.of(t.amount, t.currency)),
        Money.zero(g.currency ?? ""),
      );
      expect(byTotals.toString()).toBe(g.eventTotal);
      expect(g.totals.some((t) => t.kind === "Shipment" && t.amountType === "Charge")).toBe(true);
    }
  });

  it("prints its transition table from the flow itself", () => {
    const rows = transitionTable(provisionalFlow).map((r) => `${r.from} -> ${r.to}`);
    expect(rows).toEqual(
      expect.arrayContaining([
        "open -> current",
        "open -> posting",
        "posting -> current",
        "closed -> reversing",
        "closed -> awaiting-settlement",
        "closed -> settled",
        "reversing -> reversed",
      ]),
    );
  });
});

for (const store of STORAGES) {
  describe.skipIf(store.skip)(`connector.run("provisional") on ${store.name} storage`, () => {
    beforeAll(async () => {
      if (store.name === "postgres") expect(await probePostgres()).toBeUndefined();
    });
    /** A fresh store and the simulated clock it shares with the harness (leases run on it). */
    const fresh = () => {
      const clock = createSimulatedClock({ start: Date.UTC(2026, 9, 1) });
      return { clock, storage: openStore(store, clock) };
    };

    it("posts once, re-posts a change as reverse + new, reverses once after the settlement: every account ends as the settlement alone", async () => {
      const h = await arrangeSync({ ...fresh(), orders: 60, overrides: post });
      const first = await h.connector.run("provisional");
      expect(first.counts.parked).toBe(0);
      const posted = journals(h.d365).filter(isProvisional);
      expect(posted.map((j) => j.marker.replace(/ [0-9a-f]{12} /, " # ")).sort()).toEqual([
        "AMZ-PROV # camf r1",
        "AMZ-PROV # usmf r1",
      ]);
      expect(Object.values(journalBalances(h.d365)).every((v) => v === "0")).toBe(true);

      // A rerun posts nothing.
      const again = await h.connector.run("provisional");
      expect(again.groups.every((g) => g.state === "current")).toBe(true);
      expect(journals(h.d365)).toHaveLength(2);

      // Amounts change while the US group is open: reverse r1, post r2; CA untouched.
      h.amazon.state.addOrder({ marketplaceId: US, status: "Shipped" });
      await h.connector.run("provisional");
      const usGroup = (await h.connector.provisional.view()).find((g) => g.currency === "USD");
      expect(usGroup?.journals.map((j) => `${j.type} r${j.revision}`)).toEqual([
        "provisional r1",
        "reversal r1",
        "provisional r2",
      ]);
      expect(usGroup?.journal?.revision).toBe(2);
      expect(journals(h.d365).filter(isProvisional)).toHaveLength(4);
      // Never doubled: what is live in D365 equals revision 2 alone.
      const liveNet = nonZero(netByAccount(h.d365, (j) => j.company === "usmf" && isProvisional(j)));
      const r2Net = nonZero(netByAccount(h.d365, (j) => j.marker === usGroup?.journal?.marker));
      expect(liveNet).toEqual(r2Net);
      expect(Object.keys(r2Net).length).toBeGreaterThan(2);

      // Amazon closes the group; the settlement has not posted yet: the provisional journal stays.
      h.amazon.state.publishSettlement({ marketplaceId: US });
      await h.clock.advance(60_000);
      await h.connector.run("provisional");
      const waiting = (await h.connector.provisional.view({ status: "Closed" })).find(
        (g) => g.groupId === usGroup?.groupId,
      );
      expect(waiting?.state).toBe("awaiting-settlement");
      expect(journals(h.d365).filter(isProvisional)).toHaveLength(4);

      // The settlement posts and reconciles; the next provisional run reverses r2, once.
      const settled = await h.connector.run("settlements");
      expect(settled.counts.parked).toBe(0);
      const done = await h.connector.run("provisional");
      const reversed = done.groups.find((g) => g.groupId === usGroup?.groupId);
      expect(reversed?.state).toBe("reversed");
      expect(reversed?.journal).toBeNull();
      expect(reversed?.settlementRecord).toMatch(/^settlement:/);
      expect(reversed?.journals.map((j) => `${j.type} r${j.revision}`)).toEqual([
        "provisional r1",
        "reversal r1",
        "provisional r2",
        "reversal r2",
      ]);
      await h.connector.run("provisional");
      await h.connector.run("provisional");
      const us = journals(h.d365).filter((j) => j.company === "usmf");
      expect(us.filter(isProvisional)).toHaveLength(4);
      expect(new Set(us.map((j) => j.marker)).size).toBe(us.length);

      // Net effect: the provisional journals and their reversals cancel on every account, so the
      // ledger holds exactly what the settlements alone hold.
      expect(nonZero(netByAccount(h.d365, (j) => j.company === "usmf" && isProvisional(j)))).toEqual({});
      expect(nonZero(netByAccount(h.d365, (j) => j.company === "usmf"))).toEqual(
        nonZero(netByAccount(h.d365, (j) => j.company === "usmf" && !isProvisional(j))),
      );
      expect(Object.values(journalBalances(h.d365)).every((v) => v === "0")).toBe(true);
      // The CA group is still open and still posted once.
      const ca = (await h.connector.provisional.view()).find((g) => g.currency === "CAD");
      expect(ca?.journals.map((j) => `${j.type} r${j.revision}`)).toEqual(["provisional r1"]);
    }, 60_000);

    it("a crash after D365 took the journal but before the record moved posts nothing twice", async () => {
      const { clock, storage: inner } = fresh();
      let crash = true;
      const storage: StorageAdapter = {
        ...inner,
        records: {
          ...inner.records,
          transition: async (id, from, to, options) => {
            if (crash && from === "posting" && to === "current") {
              crash = false;
              throw new Error("process killed between the D365 write and the record's transition");
            }
            return inner.records.transition(id, from, to, options);
          },
        },
      };
      const h = await arrangeSync({ clock, orders: 40, storage, overrides: post });
      await expect(h.connector.run("provisional")).rejects.toThrow(/process killed/);
      expect(journals(h.d365).filter(isProvisional)).toHaveLength(1);
      const records = await h.storage.records.list({ kind: "provisional" });
      expect(records.map((r) => r.state).sort()).toEqual(["open", "posting"]);

      const resumed = await h.connector.run("provisional");
      expect(resumed.groups.map((g) => g.state)).toEqual(["current", "current"]);
      const posted = journals(h.d365).filter(isProvisional);
      expect(posted).toHaveLength(2);
      expect(new Set(posted.map((j) => j.marker)).size).toBe(2);
      const found = resumed.groups.flatMap((g) => g.journals).map((j) => j.outcome);
      expect(found).toContain("created");
      expect(found.filter((o) => o !== "created")).toHaveLength(1);
    }, 60_000);

    it("a lost answer from D365 (committed, response lost) is found again by its marker, not posted twice", async () => {
      let lose = 1;
      const h = await arrangeSync({
        ...fresh(),
        orders: 40,
        overrides: {
          ...post,
          fetch: async (request: Request) => {
            const body =
              request.method === "POST" && request.url.endsWith("$batch") ? await request.clone().text() : "";
            const response = await globalThis.fetch(request);
            if (lose > 0 && body.includes("Provisional")) {
              lose--;
              throw new TypeError("fetch failed: socket hang up after D365 committed the change set");
            }
            return response;
          },
        },
      });
      await h.connector.run("provisional");
      await h.connector.run("provisional");
      expect(lose).toBe(0);
      const view = await h.connector.provisional.view();
      expect(view.map((g) => g.state)).toEqual(["current", "current"]);
      const posted = journals(h.d365).filter(isProvisional);
      expect(posted).toHaveLength(2);
      expect(new Set(posted.map((j) => j.marker)).size).toBe(2);
      expect(Object.values(journalBalances(h.d365)).every((v) => v === "0")).toBe(true);
    }, 60_000);

    it("an unmapped fee parks the group, nothing posted; replay after the fix posts it once", async () => {
      // Commissions of Finances events go to a role the mapping does not define.
      const unmapped = {
        ...simulatorMapping,
        settlement: {
          rules: [
            {
              source: "finances" as const,
              match: { transactionType: "Shipment", amountType: "Fee", amountDescription: "Commission" },
              account: "marketplaceCommission",
            },
          ],
        },
      };
      const h = await arrangeSync({ ...fresh(), orders: 40, mapping: unmapped, overrides: post });
      const report = await h.connector.run("provisional");
      expect(report.counts.parked).toBe(2);
      const parked = await h.connector.provisional.view();
      expect(parked.map((g) => g.state)).toEqual(["parked", "parked"]);
      expect(parked[0]?.reason).toMatch(/marketplaceCommission/);
      expect(parked[0]?.hint).toMatch(/mapping/);
      expect(journals(h.d365)).toEqual([]);
      // A plain run leaves parked groups alone.
      await h.connector.run("provisional");
      expect(journals(h.d365)).toEqual([]);

      const fixed = h.connector.with({ mapping: simulatorMapping });
      const replayed = await fixed.replay({ flow: "provisional", state: "parked" });
      expect(replayed.groups.map((g) => g.state)).toEqual(["current", "current"]);
      expect(journals(h.d365).filter(isProvisional)).toHaveLength(2);
      await fixed.run("provisional");
      expect(journals(h.d365).filter(isProvisional)).toHaveLength(2);
      await expect(fixed.replay({ flow: "provisional", group: "no-such-group" })).rejects.toThrow(
        /No provisional record/,
      );
    }, 60_000);
  });
}
