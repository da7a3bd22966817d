/**
 * Runs examples/embed-service.ts for one cycle against the shipped simulators (in-process, through
 * msw), then stops it the way SIGTERM would: by aborting its signal.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SettlementRunReport } from "ml-connector";
import { createCredentialVault, createSimulatedClock, staticKeyProvider } from "ml-connector/core";
import { sqliteStorage } from "ml-connector/storage/sqlite";
import { createAmazonSimulator, createD365Simulator, simulatorMapping } from "ml-connector/testing";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, test } from "vitest";
import { runSettlementService } from "./embed-service.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

test("the service posts the published settlements in one cycle and stops on abort", async () => {
  const clock = createSimulatedClock({ start: Date.UTC(2026, 9, 1) });
  const amazon = createAmazonSimulator({
    clock,
    seed: 3,
    data: { orders: 40, marketplaces: ["ATVPDKIKX0DER"] },
  });
  const d365 = createD365Simulator({ clock });
  server.resetHandlers(...amazon.handlers, ...d365.handlers);
  amazon.state.publishSettlement({ marketplaceId: "ATVPDKIKX0DER" });
  await clock.advance(14 * 86_400_000);

  // The host stores the credentials once, encrypted, in the service's database.
  const dbPath = join(mkdtempSync(join(tmpdir(), "mlc-embed-")), "service.sqlite");
  const keys = staticKeyProvider({ keys: { 1: randomBytes(32) }, current: 1 });
  const setup = sqliteStorage({ path: dbPath });
  await setup.migrate();
  const vault = createCredentialVault({ storage: setup, keys });
  const seller = amazon.state.seller;
  await vault.putCredentials(`amazon:${seller.sellerId}`, {
    clientId: seller.clientId,
    clientSecret: seller.clientSecret,
    refreshToken: seller.refreshToken,
  });
  await vault.putCredentials("d365:sim", {
    tenantId: d365.state.tenantId,
    clientId: d365.state.clientId,
    clientSecret: d365.state.clientSecret,
  });
  await setup.close();

  const stop = new AbortController();
  const reports: SettlementRunReport[] = [];
  const runs = await runSettlementService({
    dbPath,
    keys,
    clock,
    amazon: {
      sellers: [
        { sellerId: seller.sellerId, region: "na", credentials: { vault: `amazon:${seller.sellerId}` } },
      ],
    },
    d365: { environmentUrl: d365.state.environmentUrl, credentials: { vault: "d365:sim" } },
    mapping: simulatorMapping,
    signal: stop.signal,
    intervalMs: 3_600_000,
    onRun: (report) => {
      reports.push(report);
      stop.abort(); // as SIGTERM would, during the wait before the next cycle
    },
  });

  expect(runs).toBe(1);
  const [report] = reports;
  expect(report?.counts.total).toBeGreaterThanOrEqual(1);
  expect(report?.counts).toMatchObject({ parked: 0, failed: 0 });
  // What D365 now holds: a journal per posted settlement, lines on it.
  const posted = report!.settlements.flatMap((s) => s.journals.map((j) => j.journalBatchNumber));
  const headers = d365.state.rows("LedgerJournalHeaders").map((r) => String(r.JournalBatchNumber));
  expect(posted.length).toBeGreaterThan(0);
  for (const journal of posted) expect(headers).toContain(journal);
  expect(d365.state.rows("LedgerJournalLines").length).toBeGreaterThan(0);

  // The service closed its storage; the records it left are all reconciled.
  const after = sqliteStorage({ path: dbPath });
  const records = await after.records.list({ kind: "settlement" });
  expect(records.length).toBe(report!.counts.total);
  expect(records.every((r) => r.state === "reconciled")).toBe(true);
  await after.close();
});
