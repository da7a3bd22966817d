import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import { executeChangeSet } from "../../src/d365/batch.js";
import { createD365Client, type D365Client } from "../../src/d365/client.js";
import { simulatorBearerFetch } from "../../src/testing/d365/bearer-fetch.js";
import {
  createD365Simulator,
  type D365Simulator,
  type D365SimulatorOptions,
} from "../../src/testing/d365/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

function setup(options: D365SimulatorOptions = {}): { sim: D365Simulator; d365: D365Client } {
  const sim = createD365Simulator({ clock: createSimulatedClock({ autoAdvance: false }), ...options });
  server.resetHandlers(...sim.handlers);
  const d365 = createD365Client({
    environmentUrl: sim.state.environmentUrl,
    fetch: simulatorBearerFetch(sim.state),
    retry: false,
    limiter: false,
  });
  return { sim, d365 };
}

const newJournal = { JournalName: "GenJrn" } as {
  JournalName: string;
  JournalBatchNumber: string;
  dataAreaId: string;
};

describe("service protection", () => {
  it("answers 429 with Retry-After once the window's budget is spent, and lets requests through after it", async () => {
    const clock = createSimulatedClock({ autoAdvance: false });
    const { sim, d365 } = setup({ clock, throttle: { limit: { requests: 3, windowMs: 60_000 } } });
    for (let i = 0; i < 3; i++) expect((await d365.odata.GET("/Currencies")).response.status).toBe(200);
    await clock.advance(20_000);
    const refused = await d365.odata.GET("/Currencies");
    expect(refused.response.status).toBe(429);
    expect(refused.response.headers.get("Retry-After")).toBe("40");
    expect(refused.error).toMatchObject({
      error: { code: "", innererror: { type: "Microsoft.OData.ODataException" } },
    });
    await clock.advance(40_000);
    expect((await d365.odata.GET("/Currencies")).response.status).toBe(200);
    expect(sim.state.throttle.injected["429"]).toBe(1);
  });

  it("forces 429 storms on data requests, not on the token endpoint", async () => {
    const { sim, d365 } = setup();
    sim.state.throttle.storm(2, 7);
    const first = await d365.odata.GET("/Currencies");
    expect(first.response.status).toBe(429);
    expect(first.response.headers.get("Retry-After")).toBe("7");
    expect((first.error as { error: { message: string } }).error.message).toContain(
      "high resource utilization",
    );
    expect((await d365.odata.GET("/Currencies")).response.status).toBe(429);
    expect((await d365.odata.GET("/Currencies")).response.status).toBe(200);
    expect(sim.state.tokensIssued).toBe(1);
  });

  it("a client with the retry policy waits out Retry-After on the clock and gets through", async () => {
    const clock = createSimulatedClock();
    const sim = createD365Simulator({ clock });
    server.resetHandlers(...sim.handlers);
    const d365 = createD365Client({
      environmentUrl: sim.state.environmentUrl,
      fetch: simulatorBearerFetch(sim.state),
      clock,
      limiter: false,
    });
    sim.state.throttle.storm(2, 30);
    const { response } = await d365.odata.GET("/Currencies");
    expect(response.status).toBe(200);
    expect(sim.state.requests.filter((r) => r.target === "Currencies").map((r) => r.status)).toEqual([
      429, 429, 200,
    ]);
    expect(clock.elapsed()).toBeGreaterThanOrEqual(60_000);
  });
});

describe("fault injection", () => {
  it("fails one entity set and method with 500, leaves state untouched, then recovers", async () => {
    const { sim, d365 } = setup();
    sim.state.throttle.inject({ target: "LedgerJournalHeaders", method: "POST", kind: "500", times: 1 });
    const before = sim.state.fingerprint();
    const failed = await d365.odata.POST("/LedgerJournalHeaders", { body: newJournal });
    expect(failed.response.status).toBe(500);
    expect(sim.state.fingerprint()).toBe(before);
    expect((await d365.odata.GET("/LedgerJournalHeaders")).response.status).toBe(200);
    expect((await d365.odata.POST("/LedgerJournalHeaders", { body: newJournal })).response.status).toBe(201);
  });

  it("injects 503 at a seeded rate, the same way on every run", async () => {
    const pattern = async () => {
      const { d365 } = setup({
        throttle: { seed: 42, faults: [{ target: "MainAccounts", kind: "503", rate: 0.5 }] },
      });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++)
        statuses.push(
          (await d365.odata.GET("/MainAccounts", { params: { query: { $top: 1 } } })).response.status,
        );
      return statuses;
    };
    const first = await pattern();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);
  });

  it("drops the connection for a network fault, and can be removed", async () => {
    const { sim, d365 } = setup();
    const remove = sim.state.throttle.inject({ target: "CustomersV3", kind: "network" });
    await expect(d365.odata.GET("/CustomersV3")).rejects.toThrow();
    expect(sim.state.requests.at(-1)).toMatchObject({ target: "CustomersV3", status: 0 });
    remove();
    expect((await d365.odata.GET("/CustomersV3")).response.status).toBe(200);
  });

  it("can fail the token endpoint too", async () => {
    const { sim, d365 } = setup();
    sim.state.throttle.inject({ target: "token", kind: "503", times: 1 });
    await expect(d365.odata.GET("/Currencies")).rejects.toThrow(/503/);
    expect((await d365.odata.GET("/Currencies")).response.status).toBe(200);
  });
});

describe("fault settings in the Amazon simulator's shape", () => {
  it("applies per-target rates and storms, most specific target first", async () => {
    const { sim, d365 } = setup();
    sim.state.throttle.set("*", { error503Rate: 1 });
    sim.state.throttle.set("GET Currencies", { storm429: 1, retryAfterSeconds: 3 });
    const storm = await d365.odata.GET("/Currencies");
    expect(storm.response.status).toBe(429);
    expect(storm.response.headers.get("Retry-After")).toBe("3");
    // The storm is spent; the specific entry has no rates, so the call passes without falling back to "*".
    expect((await d365.odata.GET("/Currencies")).response.status).toBe(200);
    expect((await d365.odata.GET("/MainAccounts")).response.status).toBe(503);
    sim.state.throttle.set("MainAccounts", { timeoutRate: 1 });
    await expect(d365.odata.GET("/MainAccounts")).rejects.toThrow();
    sim.state.throttle.clear();
    expect((await d365.odata.GET("/MainAccounts")).response.status).toBe(200);
    expect(sim.state.throttle.injected).toMatchObject({ "429": 1, "503": 1, network: 1 });
  });
});

describe("commit, then drop the answer", () => {
  it("writes a $batch change set and then fails the connection: the client sees an error, D365 holds the rows", async () => {
    const { sim, d365 } = setup();
    const created = await d365.odata.POST("/LedgerJournalHeaders", {
      body: { JournalName: "GenJrn", dataAreaId: "USMF" } as never,
    });
    const batchNumber = String((created.data as { JournalBatchNumber: string }).JournalBatchNumber);
    sim.state.throttle.inject({ target: "$batch", kind: "commit-network", times: 1 });
    const line = (n: number) => ({
      method: "POST" as const,
      entitySet: "LedgerJournalLines" as const,
      body: {
        dataAreaId: "USMF",
        JournalBatchNumber: batchNumber,
        LineNumber: n,
        AccountType: "Ledger",
        AccountDisplayValue: "110110",
        OffsetAccountType: "Ledger",
        OffsetAccountDisplayValue: "401100",
        DebitAmount: n,
        CurrencyCode: "USD",
        TransDate: "2026-01-02T00:00:00Z",
      },
    });
    await expect(executeChangeSet(d365, [line(1), line(2)])).rejects.toThrow();
    expect(sim.state.requests.at(-1)).toMatchObject({ target: "$batch", status: 200 });
    expect(
      sim.state.rows("LedgerJournalLines", "USMF").filter((r) => r.JournalBatchNumber === batchNumber),
    ).toHaveLength(2);
    expect(sim.state.throttle.injected).toMatchObject({ "commit-network": 1 });
    // One injection only: the next change set is answered.
    await expect(executeChangeSet(d365, [line(3)])).resolves.toHaveLength(1);
  });

  it("never applies to the token endpoint", async () => {
    const { sim, d365 } = setup();
    sim.state.throttle.inject({ kind: "commit-network", times: 1 });
    await expect(d365.odata.GET("/Currencies")).rejects.toThrow();
    expect(sim.state.requests.filter((r) => r.target === "token").every((r) => r.status === 200)).toBe(true);
  });
});
