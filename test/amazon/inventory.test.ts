import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getInventorySnapshot, listInventorySummaries } from "../../src/amazon/inventory/inventory.js";
import { createTokenBucketLimiter } from "../../src/core/rate-limiter.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { INVENTORY_PAGE_SIZE } from "../../src/testing/amazon/inventory.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const US = "ATVPDKIKX0DER";
const UK = "A1F83G8C2ARO7P";

const sim = createAmazonSimulator({ seed: 71 });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
const na = createSimulatorClient(sim, { limiter: createTokenBucketLimiter({ clock: sim.clock }) });
const eu = createSimulatorClient(sim, {
  region: "eu",
  limiter: createTokenBucketLimiter({ clock: sim.clock }),
});

describe("FBA inventory", () => {
  it("lists every SKU of a marketplace across pages with typed quantities", async () => {
    const rows = sim.state.inventory.filter((r) => r.marketplaceId === US);
    expect(rows.length).toBeGreaterThan(INVENTORY_PAGE_SIZE);
    const calls = sim.state.calls.length;
    const seen = [];
    for await (const s of listInventorySummaries(na, { marketplaceId: US })) seen.push(s);
    expect(sim.state.calls.length - calls).toBe(Math.ceil(rows.length / INVENTORY_PAGE_SIZE));
    expect(seen.map((s) => s.sku).sort()).toEqual(rows.map((r) => r.sku).sort());
    for (const s of seen) {
      const r = rows.find((x) => x.sku === s.sku)!;
      expect(s).toMatchObject({
        marketplaceId: US,
        fnSku: r.fnSku,
        asin: r.asin,
        fulfillable: r.fulfillable,
        inbound: r.inbound,
        reserved: r.reserved,
        unfulfillable: r.unfulfillable,
        detailed: true,
      });
      expect(s.total).toBe(s.fulfillable + s.inbound + s.reserved + s.unfulfillable);
    }
  });

  it("without details the snapshot says so; filters by SKU and change date", async () => {
    const [first] = sim.state.inventory.filter((r) => r.marketplaceId === UK);
    const plain = [];
    for await (const s of listInventorySummaries(eu, {
      marketplaceId: UK,
      details: false,
      sellerSkus: [first!.sku],
    }))
      plain.push(s);
    expect(plain).toMatchObject([{ sku: first!.sku, detailed: false, fulfillable: 0 }]);
    const since = sim.clock.now() - 10 * 86_400_000;
    const recent = [];
    for await (const s of listInventorySummaries(eu, { marketplaceId: UK, startDateTime: since }))
      recent.push(s);
    expect(recent.length).toBe(
      sim.state.inventory.filter(
        (r) => r.marketplaceId === UK && r.lastUpdatedTime >= Math.floor(since / 1000) * 1000,
      ).length,
    );
  });

  it("a snapshot of several marketplaces keys by marketplace and SKU", async () => {
    const snap = await getInventorySnapshot(na, { marketplaceIds: [US, "A2EUQ1WTGCTBG2"] });
    expect(snap.get(US)?.size).toBe(sim.state.inventory.filter((r) => r.marketplaceId === US).length);
    expect(snap.get("A2EUQ1WTGCTBG2")?.size).toBeGreaterThan(0);
  });
});
