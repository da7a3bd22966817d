/**
 * The inventory flow on the simulators: one snapshot per marketplace and run, read back by the host
 * as the latest and as history, per SKU too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrangeSync, CA, server, US } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const HOUR = 3_600_000;

describe('connector.run("inventory")', () => {
  it("stores a snapshot per marketplace and SKU; the host reads the latest and the history", async () => {
    const h = await arrangeSync({ orders: 20 });
    const sellerId = h.amazon.state.seller.sellerId;
    expect(await h.connector.inventory.latest({ sellerId, marketplaceId: US })).toBeUndefined();

    const first = await h.connector.run("inventory");
    expect(first.counts).toMatchObject({ stored: 2, parked: 0, failed: 0 });
    expect(first.marketplaces.map((m) => m.marketplaceId).sort()).toEqual([CA, US].sort());

    for (const m of [US, CA]) {
      const sim = h.amazon.state.inventory.filter((r) => r.sellerId === sellerId && r.marketplaceId === m);
      const latest = await h.connector.inventory.latest({ sellerId, marketplaceId: m });
      expect(latest?.takenAt).toBe(first.marketplaces.find((x) => x.marketplaceId === m)?.takenAt);
      expect(latest?.levels.length).toBe(sim.length);
      for (const r of sim) {
        const level = latest?.levels.find((l) => l.sku === r.sku);
        expect(level).toMatchObject({
          fnSku: r.fnSku,
          asin: r.asin,
          fulfillable: r.fulfillable,
          inbound: r.inbound,
          reserved: r.reserved,
          unfulfillable: r.unfulfillable,
          detailed: true,
        });
      }
    }

    // Amazon's quantities move; a later run adds a snapshot, the first stays in the history.
    const row = h.amazon.state.inventory.find((r) => r.marketplaceId === US);
    if (!row) throw new Error("the simulator has no US inventory");
    const before = row.fulfillable;
    row.fulfillable = before + 7;
    const firstAt = Date.parse(first.marketplaces.find((x) => x.marketplaceId === US)?.takenAt ?? "");
    await h.clock.advance(6 * HOUR);
    const second = await h.connector.run("inventory");
    const secondAt = Date.parse(second.marketplaces.find((x) => x.marketplaceId === US)?.takenAt ?? "");
    expect(secondAt).toBeGreaterThan(firstAt);

    const latest = await h.connector.inventory.latest({ sellerId, marketplaceId: US, sku: row.sku });
    expect(latest?.levels).toHaveLength(1);
    expect(latest?.levels[0]?.fulfillable).toBe(before + 7);
    const history = await h.connector.inventory.history({ sellerId, marketplaceId: US, sku: row.sku });
    expect(history.map((s) => s.takenAt)).toEqual([firstAt, secondAt].map((t) => new Date(t).toISOString()));
    expect(history.map((s) => s.levels[0]?.fulfillable)).toEqual([before, before + 7]);

    // The range is [from, to): only the second snapshot.
    const later = await h.connector.inventory.history({
      sellerId,
      marketplaceId: US,
      from: firstAt + 1,
      to: new Date(secondAt + 1),
    });
    expect(later.map((s) => s.takenAt)).toEqual([new Date(secondAt).toISOString()]);

    // Each run adds one snapshot per marketplace, keyed by its instant: never two for one instant.
    const all = await h.connector.inventory.history({ sellerId, marketplaceId: US });
    expect(all).toHaveLength(2);
    expect(new Set(all.map((s) => s.takenAt)).size).toBe(2);
    const docs = await h.storage.documents.list({ prefix: "sync/inventory/", limit: 1000 });
    expect(docs).toHaveLength(4);
  });

  it("runs for the one seller asked for", async () => {
    const h = await arrangeSync({ orders: 10 });
    const sellerId = h.amazon.state.seller.sellerId;
    const other = await h.connector.run("inventory", { seller: { sellerId: "AOTHERSELLER" } });
    expect(other.marketplaces).toEqual([]);
    const report = await h.connector.run("inventory", { seller: { sellerId, region: "na" } });
    expect(report.counts.stored).toBe(2);
    const records = await h.storage.records.list({ kind: "inventory" });
    expect(records.map((r) => r.state)).toEqual(["stored", "stored"]);
  });
});
