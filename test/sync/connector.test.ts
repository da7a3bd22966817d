import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isConnectorError, isLeaseTooShortError } from "../../src/core/errors.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { createConnector } from "../../src/sync/connector.js";
import type { ConnectorEvent } from "../../src/sync/events.js";
import { settlementFlow } from "../../src/sync/flows/settlements.js";
import { transitionTable } from "../../src/sync/runner.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { alterSettlement, arrangeSync, CA, journalBalances, publish, server, US } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

function configIssues(build: () => unknown): string[] {
  try {
    build();
  } catch (e) {
    expect(isConnectorError(e)).toBe(true);
    if (!isConnectorError(e)) throw e;
    expect(e.code).toBe("CONFIG_INVALID");
    return ((e as unknown as { issues: { path: (string | number)[] }[] }).issues ?? []).map((i) =>
      i.path.join("."),
    );
  }
  throw new Error("expected CONFIG_INVALID");
}

describe("createConnector options", () => {
  it("names every wrong option's path, before any call", async () => {
    const h = await arrangeSync();
    const { vault: _vault, ...withoutVault } = h.options;
    const base = h.options;
    expect(configIssues(() => createConnector({ ...base, storage: undefined as never }))).toEqual([
      "storage",
    ]);
    expect(
      configIssues(() =>
        createConnector({
          ...base,
          amazon: {
            sellers: [{ sellerId: "A1SELLER", region: "__proto__" as never, credentials: { vault: "x" } }],
          },
        }),
      ),
    ).toEqual(["amazon.sellers.0.region"]);
    expect(
      configIssues(() =>
        createConnector({
          ...base,
          d365: { ...base.d365, environmentUrl: "http://contoso.operations.dynamics.com" },
        }),
      ),
    ).toEqual(["d365.environmentUrl"]);
    expect(configIssues(() => createConnector(withoutVault))).toEqual(["vault"]);
    expect(configIssues(() => createConnector({ ...base, mapping: "/nonexistent/mapping.yaml" }))).toEqual([
      "mapping",
    ]);
    expect(configIssues(() => createConnector({ ...base, mapping: "/tmp" }))).toEqual(["mapping"]);
    expect(configIssues(() => createConnector({ ...base, posting: { mode: "daily" as never } }))).toEqual([
      "posting.mode",
    ]);
    expect(
      configIssues(() =>
        createConnector({
          ...base,
          amazon: {
            sellers: [
              { ...base.amazon.sellers[0], sellerId: "A1SELLER", marketplaceIds: ["A2Q3Y263D00KWC"] },
            ],
          },
        } as never),
      ),
    ).toEqual(["amazon.sellers.0.marketplaceIds.0"]);
    expect(h.amazon.state.calls).toHaveLength(0);
  });

  it("accepts http:// only on loopback (the simulator server)", async () => {
    const h = await arrangeSync();
    expect(() =>
      createConnector({
        ...h.options,
        d365: { ...h.options.d365, environmentUrl: "http://127.0.0.1:4010/d365" },
      }),
    ).not.toThrow();
  });
});

describe("a lease shorter than a write in flight", () => {
  /** The ConfigError createConnector throws, or a failure when it builds. */
  function refusal(build: () => unknown): {
    message: string;
    hint?: string;
    issues: { path: (string | number)[]; code: string }[];
  } {
    try {
      build();
    } catch (e) {
      if (!isConnectorError(e)) throw e;
      expect(e.code).toBe("CONFIG_INVALID");
      return e as never;
    }
    throw new Error("expected CONFIG_INVALID");
  }

  it("is refused when leaseMs does not exceed a transport timeout, naming both options and what to do", async () => {
    const h = await arrangeSync();
    // Regression: 2-second leases under the default 60-second timeouts made 156 invoices for 155 orders.
    const short = refusal(() => createConnector({ ...h.options, leaseMs: 2_000 }));
    expect(short.issues.map((i) => i.path.join("."))).toEqual([
      "leaseMs",
      "timeouts.d365Ms",
      "timeouts.amazonMs",
    ]);
    expect(new Set(short.issues.map((i) => i.code))).toEqual(new Set(["lease_too_short"]));
    expect(short.message).toContain("leaseMs (2000 ms)");
    expect(short.hint).toMatch(/raise leaseMs above 60000.*lower timeouts/);
    expect(isLeaseTooShortError(short)).toBe(true);
    expect(short).toMatchObject({ leaseMs: 2_000, longestCallMs: 60_000 });
    // Equal is not enough: an attempt that takes its whole timeout ends as the lease lapses.
    const equal = refusal(() =>
      createConnector({ ...h.options, leaseMs: 30_000, timeouts: { d365Ms: 30_000, amazonMs: 1_000 } }),
    );
    expect(equal.issues.map((i) => i.path.join("."))).toEqual(["leaseMs", "timeouts.d365Ms"]);
    const amazon = refusal(() =>
      createConnector({ ...h.options, leaseMs: 10_000, timeouts: { d365Ms: 5_000 } }),
    );
    expect(amazon.issues.map((i) => i.path.join("."))).toEqual(["leaseMs", "timeouts.amazonMs"]);
    expect(h.amazon.state.calls).toHaveLength(0);
  });

  it("passes with the defaults, and with a short lease whose timeouts are shorter still", async () => {
    const h = await arrangeSync();
    expect(() => createConnector(h.options)).not.toThrow();
    expect(() => createConnector({ ...h.options, leaseMs: 300_000 })).not.toThrow();
    expect(() =>
      createConnector({ ...h.options, leaseMs: 2_000, timeouts: { amazonMs: 1_500, d365Ms: 1_500 } }),
    ).not.toThrow();
  });

  it("hands timeouts.d365Ms to the D365 client: an attempt D365 does not answer is abandoned at it", async () => {
    const h = await arrangeSync();
    await publish(h, [US], 1);
    const d365Host = new URL(h.d365.state.environmentUrl).host;
    // D365 never answers a data call; the token endpoint and Amazon answer as usual.
    const abandoned: string[] = [];
    const hang = (request: Request): Promise<Response> => {
      const url = new URL(request.url);
      if (url.host !== d365Host || !url.pathname.startsWith("/data")) return globalThis.fetch(request);
      return new Promise((_, reject) =>
        request.signal.addEventListener(
          "abort",
          () => {
            abandoned.push(String((request.signal.reason as Error).message));
            reject(request.signal.reason);
          },
          { once: true },
        ),
      );
    };
    const connector = createConnector({
      ...h.options,
      fetch: hang,
      leaseMs: 2_000,
      timeouts: { amazonMs: 1_500, d365Ms: 50 },
      maxAttempts: 1,
    });
    const report = await connector.run("settlements");
    expect(report.settlements.length).toBeGreaterThan(0);
    for (const s of report.settlements) expect(s.reason).toMatch(/TRANSPORT_ERROR: no answer from d365/);
    // Every attempt was abandoned at the option's deadline, not the 60-second default.
    expect(abandoned.length).toBeGreaterThan(0);
    expect(new Set(abandoned)).toEqual(new Set(["no answer within 50 ms"]));
  });
});

describe("connector.run('settlements')", () => {
  it("posts every settlement once, reconciled three ways, and a second run writes nothing", async () => {
    const h = await arrangeSync();
    await publish(h, [US, CA], 2);
    const events: ConnectorEvent[] = [];
    h.connector.on("*", (e) => events.push(e));

    const report = await h.connector.run("settlements");
    // The simulator also closes its own event groups on schedule: at least the four published here.
    const n = report.counts.total;
    expect(n).toBeGreaterThanOrEqual(4);
    expect(report.counts).toMatchObject({ reconciled: n, parked: 0, failed: 0 });
    for (const s of report.settlements) {
      expect(s.state).toBe("reconciled");
      expect(s.journals.length).toBeGreaterThan(0);
      expect(s.reconciliation?.difference).toMatch(/^0(\.0+)?$/);
      expect(s.reconciliation?.finances).toBe(s.reconciliation?.deposit);
      expect(s.reconciliation?.clearingLine).toBe(s.reconciliation?.deposit);
      expect(s.reconciliation?.postedLines).toBe(s.reconciliation?.deposit);
    }
    expect(new Set(report.settlements.map((s) => s.marketplaceId))).toEqual(new Set([US, CA]));
    expect(Object.values(journalBalances(h.d365)).every((v) => v === "0")).toBe(true);

    // Every transition is audited, in order, and announced.
    const first = report.settlements[0];
    const trail = (await h.storage.audit.query({ record: first?.record ?? "", kind: "transition" })).map(
      (e) => (e as { state: string }).state,
    );
    expect(trail).toEqual([
      "discovered",
      "downloaded",
      "parsed",
      "mapped",
      "posting",
      "posted",
      "reconciled",
    ]);
    expect(events.filter((e) => e.type === "posted")).toHaveLength(n);
    expect(events.filter((e) => e.type === "transition")).toHaveLength(n * 6);
    expect(events.at(-1)).toMatchObject({ type: "progress", total: n, done: n });

    const headers = h.d365.state.rows("LedgerJournalHeaders").length;
    const lines = h.d365.state.rows("LedgerJournalLines").length;
    const again = await h.connector.run("settlements");
    expect(again.settlements).toHaveLength(0);
    expect(h.d365.state.rows("LedgerJournalHeaders")).toHaveLength(headers);
    expect(h.d365.state.rows("LedgerJournalLines")).toHaveLength(lines);
  });

  it("two concurrent runs of one seller both succeed, and each settlement is posted once (regression)", async () => {
    const h = await arrangeSync();
    await publish(h, [US, CA], 1);
    const other = createConnector(h.options);
    // Both discoveries read no cursor and move it from that reading: the second compare-and-set
    // keeps the later cursor instead of failing its run with STORAGE_CONFLICT.
    const runs = await Promise.allSettled([h.connector.run("settlements"), other.run("settlements")]);
    expect(runs.map((r) => (r.status === "rejected" ? r.reason : "ok"))).toEqual(["ok", "ok"]);
    const records = await h.storage.records.list({ kind: "settlement", limit: 1000 });
    expect(records.length).toBeGreaterThanOrEqual(2);
    expect(records.every((r) => r.state === "reconciled")).toBe(true);
    expect(Object.values(journalBalances(h.d365)).every((v) => v === "0")).toBe(true);
    // D365 holds exactly the journals the records name: none posted twice.
    const named = records.flatMap((r) => (r.data as { journals?: { marker: string }[] }).journals ?? []);
    const headers = h.d365.state.rows("LedgerJournalHeaders").length;
    expect(new Set(named.map((j) => j.marker)).size).toBe(named.length);
    expect(headers).toBe(named.length);
    expect((await h.connector.run("settlements")).settlements).toHaveLength(0);
    expect(h.d365.state.rows("LedgerJournalHeaders")).toHaveLength(headers);
  });

  it("with an empty local store, finds every journal in D365 and creates nothing", async () => {
    const h = await arrangeSync();
    await publish(h, [US, CA], 1);
    const first = await h.connector.run("settlements");
    const before = h.d365.state.rows("LedgerJournalLines").length;
    const fresh = memoryStorage({ clock: h.clock });
    await fresh.migrate();
    const report = await h.connector.with({ storage: fresh }).run("settlements");
    expect(report.counts.reconciled).toBe(first.counts.total);
    expect(new Set(report.settlements.flatMap((s) => s.journals.map((j) => j.outcome)))).toEqual(
      new Set(["found"]),
    );
    expect(h.d365.state.rows("LedgerJournalLines")).toHaveLength(before);
  });

  it("recognises a re-issued report: same content is a no-op, changed content parks for review", async () => {
    const h = await arrangeSync();
    await publish(h, [US], 1);
    const first = await h.connector.run("settlements");
    const settlementId = first.settlements[0]?.settlementId as string;
    h.amazon.state.reissueSettlement(settlementId);
    const same = await h.connector.run("settlements");
    expect(same.settlements.map((s) => s.state)).toEqual(["duplicate"]);

    const changed = alterSettlement(h.amazon.state.settlementText(settlementId), { bumpFirstAmount: true });
    h.amazon.state.publishSettlement({ text: changed, marketplaceId: US });
    const lines = h.d365.state.rows("LedgerJournalLines").length;
    const review = await h.connector.run("settlements");
    expect(review.settlements.map((s) => [s.state, s.reason])).toEqual([
      ["parked", expect.stringMatching(/re-issued settlement .* with different content/)],
    ]);
    expect(review.settlements[0]?.hint).toMatch(/compare the two archived reports/);
    expect(h.d365.state.rows("LedgerJournalLines")).toHaveLength(lines);
  });

  it("prints the transition table from the flow itself", () => {
    const table = transitionTable(settlementFlow);
    expect(table.map((r) => `${r.from}→${r.to}`)).toEqual(
      expect.arrayContaining([
        "discovered→downloaded",
        "downloaded→parsed",
        "downloaded→duplicate",
        "parsed→mapped",
        "mapped→posting",
        "posting→posted",
        "posted→reconciled",
      ]),
    );
  });
});

describe("park and replay", () => {
  it("an unmapped fee parks exactly that settlement; after the fix, replay posts it and nothing else changes", async () => {
    const h = await arrangeSync();
    await publish(h, [US, CA], 1);
    // A CA settlement with a fee type no rule knows.
    const ok = await h.connector.run("settlements");
    const ca = ok.settlements.find((s) => s.marketplaceId === CA);
    const text = alterSettlement(h.amazon.state.settlementText(ca?.settlementId as string), {
      settlementId: "77700000001",
      retype: ["NewFeeType2027", "Other", "Mystery fee"],
    });
    h.amazon.state.publishSettlement({ text, marketplaceId: CA });
    await publish(h, [US], 1);
    const parkedEvents: string[] = [];
    h.connector.on("parked", (e) => parkedEvents.push(e.reason));

    const run = await h.connector.run("settlements");
    const states = Object.fromEntries(run.settlements.map((s) => [s.settlementId, s.state]));
    expect(states["77700000001"]).toBe("parked");
    expect(Object.values(states).filter((s) => s !== "reconciled")).toEqual(["parked"]);
    const parked = run.settlements.find((s) => s.settlementId === "77700000001");
    expect(parked?.reason).toMatch(/NewFeeType2027 \/ Other \/ Mystery fee/);
    expect(parked?.hint).toMatch(/then replay/);
    expect(parkedEvents).toHaveLength(1);
    expect(
      h.d365.state.rows("LedgerJournalHeaders").filter((r) => String(r.Description).includes("77700000001")),
    ).toHaveLength(0);

    const before = JSON.stringify(h.d365.state.rows("LedgerJournalLines"));
    const fixed = h.connector.with({
      mapping: {
        ...simulatorMapping,
        settlement: { rules: [{ match: { transactionType: "NewFeeType2027" }, account: "fees" }] },
      },
    });
    const replay = await fixed.replay("77700000001");
    expect(replay.settlements.map((s) => [s.settlementId, s.state])).toEqual([["77700000001", "reconciled"]]);
    expect(replay.settlements[0]?.journals.map((j) => j.outcome)).toEqual(["created"]);
    // Nothing else changed: the earlier lines are all still there, untouched.
    const after = h.d365.state.rows("LedgerJournalLines");
    expect(JSON.stringify(after.slice(0, JSON.parse(before).length))).toBe(before);
    expect(await fixed.replay({ state: "parked" })).toMatchObject({ settlements: [] });
  });

  it("a mapping that does not fit D365 master data parks that settlement with the missing account named", async () => {
    const h = await arrangeSync({
      mapping: {
        ...simulatorMapping,
        marketplaces: {
          ...simulatorMapping.marketplaces,
          [CA]: {
            ...(simulatorMapping.marketplaces as Record<string, object>)[CA],
            clearingAccount: "119999",
          },
        } as never,
      },
    });
    await publish(h, [US, CA], 1);
    const run = await h.connector.run("settlements");
    const ca = run.settlements.find((s) => s.marketplaceId === CA || s.currency === "CAD");
    expect(ca?.state).toBe("parked");
    expect(ca?.reason).toMatch(/main account 119999/);
    expect(run.settlements.find((s) => s.currency === "USD")?.state).toBe("reconciled");
  });

  it("a bank account D365 does not hold parks the settlement on D365's refusal, and nothing half-posts", async () => {
    const h = await arrangeSync({
      mapping: {
        ...simulatorMapping,
        marketplaces: {
          ...simulatorMapping.marketplaces,
          [US]: {
            ...(simulatorMapping.marketplaces as Record<string, object>)[US],
            bank: { type: "Bank", account: "NOSUCHBANK" },
          },
        } as never,
      },
    });
    await publish(h, [US, CA], 1);
    const run = await h.connector.run("settlements");
    const us = run.settlements.filter((s) => s.currency === "USD");
    expect(us.length).toBeGreaterThan(0);
    for (const s of us) {
      expect(s.state).toBe("parked");
      expect(s.reason).toMatch(/NOSUCHBANK/);
    }
    expect(run.settlements.filter((s) => s.currency === "CAD").every((s) => s.state === "reconciled")).toBe(
      true,
    );
    // The refused journal left no header and no line behind.
    const usmf = h.d365.state
      .rows("LedgerJournalHeaders")
      .filter((r) => String(r.dataAreaId).toLowerCase() === "usmf");
    expect(usmf).toHaveLength(0);
  });

  it("a retryable failure leaves the record failed, and the next run resumes it without a duplicate", async () => {
    const h = await arrangeSync();
    await publish(h, [US], 1);
    // D365 answers 503 to every journal header POST for a while: the retry budget runs out.
    h.d365.state.throttle.inject({ target: "LedgerJournalHeaders", method: "POST", kind: "503", times: 50 });
    const failed = await h.connector.run("settlements");
    expect(new Set(failed.settlements.map((s) => s.state))).toEqual(new Set(["failed"]));
    expect(failed.settlements[0]?.reason).toMatch(/503|D365/);
    h.d365.state.throttle.clear();
    const resumed = await h.connector.run("settlements");
    expect(new Set(resumed.settlements.map((s) => s.state))).toEqual(new Set(["reconciled"]));
    expect(h.d365.state.rows("LedgerJournalHeaders")).toHaveLength(failed.settlements.length);
  });
});

describe("events", () => {
  it("streams events as an async iterable until its signal aborts", async () => {
    const h = await arrangeSync();
    await publish(h, [US], 1);
    const stop = new AbortController();
    const seen: string[] = [];
    const reading = (async () => {
      for await (const e of h.connector.events({ signal: stop.signal })) seen.push(e.type);
    })();
    await h.connector.run("settlements");
    stop.abort();
    await reading;
    expect(seen).toContain("transition");
    expect(seen).toContain("posted");
    expect(seen.at(-1)).toBe("progress");
  });
});
