/**
 * The remote system wins, for both flows at once: after orders and settlements are posted, the
 * local store (a SQLite file) is deleted; a rerun of orders and settlements on a new, empty file
 * finds every invoice, credit note and journal in D365 by its natural key and creates nothing.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticKeyProvider } from "../../src/core/key-provider.js";
import type { StorageAdapter } from "../../src/core/storage.js";
import { createCredentialVault } from "../../src/core/vault.js";
import type { MappingInput } from "../../src/mapping/schema.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { createConnector } from "../../src/sync/connector.js";
import type { ConnectorOptions } from "../../src/sync/options.js";
import type { SimOrder } from "../../src/testing/data/amazon-data.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { arrangeSync, CA, type SyncHarness, server, US } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const START = Date.UTC(2026, 10, 20);

function mappingFor(orders: Iterable<SimOrder>): MappingInput {
  const bySku: Record<string, string> = { ...simulatorMapping.items?.bySku };
  for (const o of orders) for (const i of o.items) bySku[i.sku] = `IT-${i.sku.slice(4, 7)}`;
  return { ...simulatorMapping, items: { ...simulatorMapping.items, bySku } };
}

/** A connector over `storage`, with the seller's and D365's credentials put in its vault. */
async function connectorOn(h: SyncHarness, storage: StorageAdapter) {
  await storage.migrate();
  const vault = createCredentialVault({
    storage,
    keys: staticKeyProvider({ keys: { 1: randomBytes(32) }, current: 1 }),
  });
  const seller = h.amazon.state.seller;
  await vault.putCredentials(`amazon:${seller.sellerId}`, {
    clientId: seller.clientId,
    clientSecret: seller.clientSecret,
    refreshToken: seller.refreshToken,
  });
  await vault.putCredentials("d365:sim", {
    tenantId: h.d365.state.tenantId,
    clientId: h.d365.state.clientId,
    clientSecret: h.d365.state.clientSecret,
  });
  const options: ConnectorOptions = {
    ...h.options,
    storage,
    vault,
    mapping: mappingFor(h.amazon.state.orders.values()),
    posting: { orderRevenue: "invoiced" },
    orders: { enabled: true, start: new Date(START - 31 * 86_400_000).toISOString() },
  };
  return createConnector(options);
}

describe("empty-store rerun, orders and settlements", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "mlc-empty-store-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("creates nothing in D365 when the SQLite file is gone and both flows run again", async () => {
    const h = await arrangeSync({ orders: 80, start: START });
    const file = path.join(dir, "connector.sqlite");
    const first = sqliteStorage({ path: file });
    const connector = await connectorOn(h, first);
    await h.clock.advance(5 * 60_000);
    const orders = await connector.run("orders");
    for (const m of [US, CA]) h.amazon.state.publishSettlement({ marketplaceId: m });
    const settlements = await connector.run("settlements");
    expect(orders.counts.parked + orders.counts.failed).toBe(0);
    expect(orders.counts.invoiced + orders.counts.credited).toBeGreaterThan(0);
    expect(orders.counts.credited).toBeGreaterThan(0);
    expect(settlements.counts.reconciled).toBe(settlements.counts.total);
    expect(settlements.counts.total).toBeGreaterThan(0);
    await first.close();

    const written = h.d365.state.fingerprint();
    const sizes = () =>
      (
        [
          "FreeTextInvoiceHeaders",
          "FreeTextInvoiceLines",
          "LedgerJournalHeaders",
          "LedgerJournalLines",
        ] as const
      ).map((e) => h.d365.state.rows(e).length);
    const before = sizes();
    await rm(file, { force: true });
    await rm(`${file}-wal`, { force: true });
    await rm(`${file}-shm`, { force: true });

    const fresh = sqliteStorage({ path: file });
    const again = await connectorOn(h, fresh);
    await h.clock.advance(5 * 60_000);
    const orders2 = await again.run("orders");
    const settlements2 = await again.run("settlements");
    await fresh.close();

    // Every document was found, none created; D365 holds exactly what it held.
    expect(orders2.counts.parked + orders2.counts.failed).toBe(0);
    const documents = orders2.orders.filter((o) => o.invoice);
    expect(documents.length).toBe(orders.counts.invoiced + orders.counts.credited);
    expect(documents.filter((o) => o.invoice?.outcome !== "found")).toEqual([]);
    const notes = orders2.orders.filter((o) => o.creditNote);
    expect(notes.length).toBe(orders.counts.credited);
    expect(notes.filter((o) => o.creditNote?.outcome !== "found")).toEqual([]);
    expect(settlements2.counts.parked + settlements2.counts.failed).toBe(0);
    expect(settlements2.counts.total).toBe(settlements.counts.total);
    expect(sizes()).toEqual(before);
    expect(h.d365.state.fingerprint()).toBe(written);
  }, 300_000);
});
