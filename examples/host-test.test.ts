/**
 * A host application's own integration test, written only against public subpaths: both remote
 * systems mocked with the shipped simulators through msw, the connector run through its public API,
 * and the assertions made on what D365 now holds.
 */
import { randomBytes } from "node:crypto";
import { createConnector } from "ml-connector";
import { createCredentialVault, createSimulatedClock, staticKeyProvider } from "ml-connector/core";
import { memoryStorage } from "ml-connector/storage/memory";
import { createAmazonSimulator, createD365Simulator, simulatorMapping } from "ml-connector/testing";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("our settlement integration", () => {
  test("two settlements land in D365 as balanced journals, once", async () => {
    // Arrange: the simulators hold the state; msw routes fetch to them.
    const clock = createSimulatedClock({ start: Date.UTC(2026, 9, 1) });
    const amazon = createAmazonSimulator({
      clock,
      seed: 11,
      data: { orders: 30, marketplaces: ["ATVPDKIKX0DER"] },
    });
    const d365 = createD365Simulator({ clock });
    server.resetHandlers(...amazon.handlers, ...d365.handlers);
    for (let i = 0; i < 2; i++) {
      amazon.state.publishSettlement({ marketplaceId: "ATVPDKIKX0DER" });
      await clock.advance(14 * 86_400_000);
    }
    const storage = memoryStorage({ clock });
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: randomBytes(32) }, current: 1 }),
    });
    const seller = amazon.state.seller;
    await vault.putCredentials("amazon:main", {
      clientId: seller.clientId,
      clientSecret: seller.clientSecret,
      refreshToken: seller.refreshToken,
    });
    await vault.putCredentials("d365:main", {
      tenantId: d365.state.tenantId,
      clientId: d365.state.clientId,
      clientSecret: d365.state.clientSecret,
    });
    const connector = createConnector({
      storage,
      vault,
      clock,
      amazon: {
        sellers: [{ sellerId: seller.sellerId, region: "na", credentials: { vault: "amazon:main" } }],
      },
      d365: { environmentUrl: d365.state.environmentUrl, credentials: { vault: "d365:main" } },
      mapping: simulatorMapping,
    });

    // Act.
    const report = await connector.run("settlements");

    // Assert on the remote side: journals exist for every settlement, and each balances.
    expect(report.counts.parked).toBe(0);
    expect(report.counts.reconciled).toBe(report.counts.total);
    const headers = d365.state.rows("LedgerJournalHeaders");
    const lines = d365.state.rows("LedgerJournalLines");
    for (const s of report.settlements) {
      for (const j of s.journals) {
        expect(headers.some((h) => h.JournalBatchNumber === j.journalBatchNumber)).toBe(true);
        const mine = lines.filter((l) => l.JournalBatchNumber === j.journalBatchNumber);
        expect(mine).toHaveLength(j.lines);
        // Every line carries its offset (clearing) account, so each line balances by itself.
        for (const l of mine) expect(l.OffsetAccountDisplayValue).toBeTruthy();
      }
    }
    // A second run writes nothing new.
    const again = await connector.run("settlements");
    expect(again.settlements).toHaveLength(0);
    expect(d365.state.rows("LedgerJournalLines")).toHaveLength(lines.length);
  });
});
