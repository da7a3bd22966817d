/**
 * `connector.stop()` on pg-boss workers waits for the run in hand, however long its D365 write
 * takes: pg-boss's own graceful stop gives up on its handlers after a timeout, and a host that exits
 * when `stop()` resolves (as a worker does on SIGTERM) would cut the write, and its audit entry, in
 * half.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { freshSchema, PG_URL, probePostgres, SKIP_POSTGRES } from "../storage/pg-env.js";
import { arrangeSync, journalBalances, publish, server } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe.skipIf(SKIP_POSTGRES)("connector.stop() with pg-boss workers", () => {
  it("resolves only after the D365 write in flight has come back and been audited", async () => {
    expect(await probePostgres()).toBeUndefined();
    const clock = createSimulatedClock({ start: Date.UTC(2026, 9, 1) });
    const storage = postgresStorage({ connectionString: PG_URL, schema: freshSchema("boss_stop"), clock });
    let stopping: Promise<void> | undefined;
    let stoppedAt = 0;
    let writeBackAt = 0;
    let connector: { stop(): Promise<void> } | undefined;
    // The first journal header stops the connector, then takes 3 s of real time to come back: longer
    // than pg-boss's own graceful stop waits for its handlers (expireInSeconds: 1 → 1 s).
    const slowFirstHeader = async (request: Request) => {
      if (
        stopping === undefined &&
        request.method === "POST" &&
        /\/LedgerJournalHeaders$/.test(request.url)
      ) {
        stopping = connector!.stop().then(() => {
          stoppedAt = performance.now();
        });
        await new Promise((r) => setTimeout(r, 3_000));
        const response = await fetch(request);
        writeBackAt = performance.now();
        return response;
      }
      return fetch(request);
    };
    const h = await arrangeSync({
      storage,
      clock,
      overrides: { schedules: { settlements: "0 0 1 1 *" }, fetch: slowFirstHeader },
    });
    connector = h.connector;
    await publish(h);
    try {
      await h.connector.start({
        workers: "pg-boss",
        connectionString: PG_URL,
        bossSchema: freshSchema("boss_stop_q"),
        runNow: true,
        expireInSeconds: 1,
      });
      const deadline = performance.now() + 60_000;
      while (stopping === undefined && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(stopping, "the run reached its first journal header").toBeDefined();
      await stopping;
      expect(writeBackAt, "the header's answer came back").toBeGreaterThan(0);
      expect(stoppedAt).toBeGreaterThanOrEqual(writeBackAt);

      // The write in hand was audited and recorded: nothing stopped between posting and posted.
      const headers = h.d365.state.rows("LedgerJournalHeaders");
      expect(headers.length).toBeGreaterThan(0);
      const audited = (await storage.audit.query({ kind: "call", limit: 1_000 })).filter(
        (e) =>
          e.kind === "call" &&
          e.system === "d365" &&
          e.method.toUpperCase() === "POST" &&
          /LedgerJournalHeaders$/.test(e.path) &&
          e.status !== undefined,
      );
      expect(audited.length).toBe(headers.length);
      const records = await h.connector.settlements();
      expect(records.filter((r) => r.state === "posting")).toEqual([]);
      expect(records.reduce((n, r) => n + r.journals.length, 0)).toBe(headers.length);
      expect(Object.values(journalBalances(h.d365)).every((v) => v === "0")).toBe(true);
    } finally {
      await h.connector.stop();
      await storage.close();
    }
  }, 120_000);
});
