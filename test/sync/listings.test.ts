/**
 * The listings flow through the engine: `connector.run("listings")` publishes D365 released
 * products through Listings Items or one feed, with the same state machine, park and replay as
 * settlements and orders.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { createListingsFeed } from "../../src/amazon/listings/feed.js";
import { chooseListingsPath } from "../../src/amazon/listings/path.js";
import { isConnectorError } from "../../src/core/errors.js";
import type { MappingInput } from "../../src/mapping/schema.js";
import { createConnector } from "../../src/sync/connector.js";
import { listingFlow, listingsFeedFlow } from "../../src/sync/flows/listings.js";
import type { ConnectorOptions } from "../../src/sync/options.js";
import { transitionTable } from "../../src/sync/runner.js";
import type { SimSeller } from "../../src/testing/amazon/core.js";
import { defaultSimSeller } from "../../src/testing/amazon/simulator.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { arrangeSync, type SyncHarness, server, US } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const exemption = {
  supplier_declared_has_product_identifier_exemption: [{ value: true, marketplace_id: US }],
};

function listingsMapping(
  attributes: Record<string, unknown> = { brand: "Contoso", extra: exemption },
): MappingInput {
  return {
    ...simulatorMapping,
    listings: { productType: "PRODUCT", marketplaces: [US], attributes: attributes as never },
  };
}

/** Six more released products in USMF: ten with the four the D365 simulator seeds. */
async function arrange(
  extra: Partial<ConnectorOptions> = {},
  mapping = listingsMapping(),
  sellers?: readonly SimSeller[],
): Promise<SyncHarness> {
  const h = await arrangeSync({
    orders: 0,
    mapping,
    overrides: { listings: { enabled: true }, ...extra },
    ...(sellers ? { sellers } : {}),
  });
  for (let i = 1; i <= 6; i++) {
    h.d365.state.put("ReleasedProductsV2", {
      dataAreaId: "USMF",
      ItemNumber: `L${i}`,
      SearchName: `Lamp ${i}`,
      SalesPrice: `${10 + i}.50`,
    });
  }
  return h;
}

const LISTINGS_OPS = new Set([
  "putListingsItem",
  "patchListingsItem",
  "getListingsItem",
  "deleteListingsItem",
]);
const listingCalls = (h: SyncHarness) =>
  h.amazon.state.calls.filter((c) => LISTINGS_OPS.has(c.operationId ?? ""));
const writes = (h: SyncHarness) =>
  h.amazon.state.calls.filter((c) =>
    ["putListingsItem", "patchListingsItem", "createFeed"].includes(c.operationId ?? ""),
  );

describe('connector.run("listings")', () => {
  it("with a seller, discovers and submits that seller's listings only (regression: the filter was ignored)", async () => {
    const second: SimSeller = {
      ...defaultSimSeller,
      sellerId: "ASIMSELLER00002",
      refreshToken: "Atzr|IwEBISimulatedRefreshToken0000000000000000000000000000000002",
    };
    const h = await arrange({}, listingsMapping(), [defaultSimSeller, second]);
    const submitted = (sellerId: string) => writes(h).filter((c) => c.sellerId === sellerId).length;

    const firstSellerListings = () =>
      JSON.stringify(
        [...h.amazon.state.listings].filter(([k]) => k.startsWith(`${defaultSimSeller.sellerId}/`)),
      );
    const untouched = firstSellerListings();

    const first = await h.connector.run("listings", { seller: { sellerId: second.sellerId } });
    expect(first.discovered).toBe(10);
    expect(new Set(first.paths.map((p) => p.sellerId))).toEqual(new Set([second.sellerId]));
    expect(first.counts).toMatchObject({ total: 10, submitted: 10, accepted: 10 });
    expect(new Set(first.listings.map((l) => l.record.split(":")[1]))).toEqual(new Set([second.sellerId]));
    expect(submitted(second.sellerId)).toBe(10);
    expect(submitted(defaultSimSeller.sellerId)).toBe(0);
    expect(firstSellerListings()).toEqual(untouched);
    expect(
      (await h.storage.records.list({ kind: "listing" })).every((r) => r.id.includes(second.sellerId)),
    ).toBe(true);

    // The other seller's run sends its own listings, and leaves the first seller's alone.
    const other = await h.connector.run("listings", {
      seller: { sellerId: defaultSimSeller.sellerId, region: "na" },
    });
    expect(other.counts).toMatchObject({ total: 10, submitted: 10, accepted: 10 });
    expect(submitted(defaultSimSeller.sellerId)).toBe(10);
    expect(submitted(second.sellerId)).toBe(10);
  });

  it("publishes 10 products through Listings Items, verifies each, and sends nothing on a re-run", async () => {
    const h = await arrange();
    const report = await h.connector.run("listings");
    expect(report.discovered).toBe(10);
    expect(report.paths).toEqual([
      expect.objectContaining({
        sellerId: h.amazon.state.seller.sellerId,
        marketplaceId: US,
        count: 10,
        path: "items",
      }),
    ]);
    expect(report.counts).toMatchObject({ total: 10, submitted: 10, accepted: 10, invalid: 0, parked: 0 });
    expect(report.listings.every((l) => l.path === "items" && l.operation === "put")).toBe(true);
    expect(report.listings.find((l) => l.sku === "A0001")).toMatchObject({
      state: "accepted",
      legalEntity: "USMF",
      listingStatus: ["BUYABLE", "DISCOVERABLE"],
      issues: [],
    });
    const ops = h.amazon.state.calls.map((c) => c.operationId);
    expect(ops.filter((o) => o === "putListingsItem")).toHaveLength(10);
    // One look before the write (put or patch), one after (the status once processed).
    expect(ops.filter((o) => o === "getListingsItem")).toHaveLength(20);
    expect(ops.filter((o) => o === "createFeed")).toHaveLength(0);
    expect(
      h.amazon.state.listings.get(`${h.amazon.state.seller.sellerId}/L3`)?.attributes.purchasable_offer,
    ).toEqual([
      { currency: "USD", marketplace_id: US, our_price: [{ schedule: [{ value_with_tax: 13.5 }] }] },
    ]);

    const before = h.amazon.state.calls.length;
    const again = await h.connector.run("listings");
    expect(again).toMatchObject({ discovered: 0, listings: [], counts: { total: 0, submitted: 0 } });
    expect(h.amazon.state.calls.slice(before).filter((c) => LISTINGS_OPS.has(c.operationId ?? ""))).toEqual(
      [],
    );

    // A changed price in D365: that one listing is patched, the attribute alone.
    h.d365.state.put("ReleasedProductsV2", {
      dataAreaId: "USMF",
      ItemNumber: "L3",
      SearchName: "Lamp 3",
      SalesPrice: "12.25",
    });
    const third = await h.connector.run("listings");
    expect(third.listings.map((l) => [l.sku, l.operation, l.state])).toEqual([["L3", "patch", "accepted"]]);
  });

  it("parks a product missing a required attribute with its path, before any Listings call, and replays it after the fix", async () => {
    const h = await arrange({}, listingsMapping({ extra: exemption }));
    h.d365.state.put("ReleasedProductsV2", {
      dataAreaId: "USMF",
      ItemNumber: "L9",
      SearchName: "",
      SalesPrice: "5.00",
    });
    const parked: string[] = [];
    h.connector.on("parked", (e) => parked.push(e.record));
    const report = await h.connector.run("listings");
    expect(report.counts).toMatchObject({ total: 11, parked: 11, submitted: 0, accepted: 0 });
    expect(parked).toHaveLength(11);
    const l9 = report.listings.find((l) => l.sku === "L9");
    expect(l9?.reason).toContain("attributes.item_name: 'item_name' is required but not supplied");
    expect(l9?.reason).toContain("attributes.brand: 'brand' is required but not supplied");
    expect(l9?.issues.map((i) => [i.attribute, i.path, i.severity])).toEqual([
      ["item_name", ["item_name"], "ERROR"],
      ["brand", ["brand"], "ERROR"],
    ]);
    expect(l9?.hint).toMatch(/then replay/);
    expect(listingCalls(h)).toEqual([]);

    // The mapping is fixed (a brand for every product): replay sends the ten; L9 still has no title.
    const fixed = createConnector({ ...h.options, mapping: listingsMapping() });
    const replayed = await fixed.replay({ flow: "listings", state: "parked" });
    expect(replayed.counts).toMatchObject({ total: 11, accepted: 10, parked: 1, submitted: 10 });
    expect(replayed.listings.find((l) => l.sku === "L9")?.issues.map((i) => i.attribute)).toEqual([
      "item_name",
    ]);
    // A replay of one SKU by name, once D365 has its title: the next run picks the change up by itself.
    h.d365.state.put("ReleasedProductsV2", {
      dataAreaId: "USMF",
      ItemNumber: "L9",
      SearchName: "Lamp 9",
      SalesPrice: "5.00",
    });
    const next = await fixed.run("listings");
    expect(next.listings.map((l) => [l.sku, l.state])).toEqual([["L9", "accepted"]]);
    await expect(fixed.replay({ flow: "listings", sku: "NOPE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("reports a listing Amazon accepted and then found invalid as an issue, not a success", async () => {
    const h = await arrange();
    h.amazon.state.flagAfterProcessing("A0002", {
      code: "8572",
      severity: "ERROR",
      message: "You are not approved to list products under brand Contoso",
      attributeNames: ["brand"],
    });
    const report = await h.connector.run("listings");
    expect(report.counts).toMatchObject({ submitted: 10, accepted: 9, invalid: 1 });
    expect(report.listings.find((l) => l.sku === "A0002")).toMatchObject({
      state: "invalid",
      operation: "put",
      listingStatus: ["DISCOVERABLE"],
      issues: [{ code: "8572", severity: "ERROR", attribute: "brand", path: ["brand"] }],
    });
    // Nothing changed in D365: it is not sent again until something does.
    const before = writes(h).length;
    await h.connector.run("listings");
    expect(writes(h).length).toBe(before);
  });

  it("sends a batch over the threshold as one feed, each SKU's outcome from the processing report", async () => {
    const h = await arrange({ listings: { enabled: true, feedThreshold: 5 } });
    h.amazon.state.flagAfterProcessing("L2", {
      code: "18027",
      severity: "ERROR",
      message: "The main image is missing",
      attributeNames: ["main_product_image_locator"],
    });
    const report = await h.connector.run("listings");
    expect(report.paths[0]).toMatchObject({ path: "feed", count: 10 });
    expect(h.amazon.state.calls.filter((c) => c.operationId === "createFeed")).toHaveLength(1);
    expect(listingCalls(h)).toEqual([]);
    expect(report.feeds).toEqual([
      expect.objectContaining({
        state: "processed",
        processingStatus: "DONE",
        messages: 10,
        accepted: 9,
        invalid: 1,
      }),
    ]);
    const feedId = report.feeds[0]?.feedId;
    expect(
      report.listings.every((l) => l.path === "feed" && l.operation === "UPDATE" && l.feedId === feedId),
    ).toBe(true);
    expect(report.listings.find((l) => l.sku === "L2")).toMatchObject({
      state: "invalid",
      issues: [{ attribute: "main_product_image_locator", severity: "ERROR" }],
    });
    expect(report.counts).toMatchObject({ submitted: 10, accepted: 9, invalid: 1 });

    // A changed price: the next feed patches that attribute of that SKU alone.
    h.d365.state.put("ReleasedProductsV2", {
      dataAreaId: "USMF",
      ItemNumber: "L3",
      SearchName: "Lamp 3",
      SalesPrice: "12.25",
    });
    const next = await createConnector({ ...h.options, listings: { enabled: true, feedThreshold: 1 } }).run(
      "listings",
    );
    expect(next.listings.map((l) => [l.sku, l.operation, l.state])).toEqual([["L3", "PATCH", "accepted"]]);
  });

  it("resumes a feed after a crash by polling it, never creating a second one", async () => {
    const h = await arrange({ listings: { enabled: true, feedThreshold: 5 } });
    const crash = new AbortController();
    h.connector.on("transition", (e) => {
      if (e.to === "created" && e.record.startsWith("listings-feed:")) crash.abort();
    });
    const first = await h.connector.run("listings", { signal: crash.signal });
    expect(first.stopped).toBe(true);
    expect(first.feeds[0]).toMatchObject({ state: "created" });
    expect(first.counts.accepted).toBe(0);

    // A new process over the same store.
    const restarted = createConnector(h.options);
    const second = await restarted.run("listings");
    expect(h.amazon.state.calls.filter((c) => c.operationId === "createFeed")).toHaveLength(1);
    expect(second.feeds).toEqual([
      expect.objectContaining({ feedId: first.feeds[0]?.feedId, state: "processed" }),
    ]);
    expect(second.counts).toMatchObject({ accepted: 10 });
  });

  /** Runs until the feed's intent is written, then creates the feed on Amazon `times` times, as lost createFeed answers would. */
  async function crashInsideCreateFeed(h: SyncHarness, times = 1): Promise<string[]> {
    const crash = new AbortController();
    h.connector.on("transition", (e) => {
      if (e.to === "creating") crash.abort();
    });
    await h.connector.run("listings", { signal: crash.signal });
    const [feed] = await h.storage.records.list({ kind: "listings-feed", limit: 10 });
    expect(feed?.state).toBe("creating");
    const doc = await h.storage.documents.get(
      `sync/listings-feeds/${encodeURIComponent(feed?.id ?? "")}/feed.json`,
    );
    const plan = JSON.parse(new TextDecoder().decode(doc?.body)) as { document: unknown };
    const s = h.amazon.state.seller;
    const amazon = createSpApiClient({
      region: "na",
      sellerId: s.sellerId,
      clock: h.clock,
      tokens: lwaTokenProvider({
        clientId: s.clientId,
        clientSecret: s.clientSecret,
        refreshToken: s.refreshToken,
        clock: h.clock,
      }),
    });
    const ids: string[] = [];
    for (let i = 0; i < times; i++) {
      ids.push((await createListingsFeed(amazon, plan.document as never, { marketplaceIds: [US] })).feedId);
    }
    return ids;
  }

  it("adopts the feed an interrupted createFeed left on Amazon instead of creating another", async () => {
    const h = await arrange({ listings: { enabled: true, feedThreshold: 5 } });
    // The crash hit inside createFeed: Amazon has the feed, the record does not know its id.
    const [lost] = await crashInsideCreateFeed(h);
    const second = await createConnector(h.options).run("listings");
    expect(h.amazon.state.calls.filter((c) => c.operationId === "createFeed")).toHaveLength(1);
    expect(second.feeds[0]).toMatchObject({ feedId: lost, state: "processed" });
    expect(second.counts.accepted).toBe(10);
  });

  it("parks a feed it cannot tell apart, and its listings; replay sends them again", async () => {
    const h = await arrange({ listings: { enabled: true, feedThreshold: 5 } });
    await crashInsideCreateFeed(h, 2);
    const second = await createConnector(h.options).run("listings");
    expect(second.feeds[0]).toMatchObject({
      state: "parked",
      reason: expect.stringContaining("FEED_AMBIGUOUS"),
    });
    expect(second.counts).toMatchObject({ parked: 10, accepted: 0 });
    expect(second.listings[0]?.reason).toContain("LISTINGS_FEED_PARKED");
    const replayed = await createConnector(h.options).replay({ flow: "listings", state: "parked" });
    expect(replayed.counts).toMatchObject({ accepted: 10, parked: 0 });
    expect(h.amazon.state.calls.filter((c) => c.operationId === "createFeed")).toHaveLength(3);
  });
});

describe("listings options and state machine", () => {
  it("refuses listings.enabled without a listings section, and run() while disabled", async () => {
    const h = await arrangeSync({ orders: 0 });
    try {
      createConnector({ ...h.options, listings: { enabled: true } });
      expect.unreachable();
    } catch (e) {
      expect(isConnectorError(e) && e.code).toBe("CONFIG_INVALID");
      expect((e as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join("."))).toEqual([
        "mapping.listings",
      ]);
    }
    await expect(h.connector.run("listings")).rejects.toMatchObject({ code: "CONFIG_INVALID" });
  });

  it("prints its transitions, local validation first and the verify after the write", () => {
    const rows = transitionTable(listingFlow).map((r) => `${r.from}->${r.to}`);
    expect(rows.slice(0, 8)).toEqual([
      "discovered->validated",
      "validated->submitting",
      "validated->queued",
      "submitting->submitted",
      "submitting->invalid",
      "submitted->accepted",
      "submitted->invalid",
      "queued->accepted",
    ]);
    expect(
      transitionTable(listingsFeedFlow)
        .map((r) => r.from)
        .slice(0, 4),
    ).toEqual(["building", "built", "creating", "created"]);
    expect(chooseListingsPath({ count: 10 }).path).toBe("items");
  });
});

describe("listings at volume", () => {
  it("publishes 5,000 released products through one feed, every SKU's outcome mapped back", async () => {
    const h = await arrange();
    for (let i = 1; i <= 4990; i++) {
      h.d365.state.put("ReleasedProductsV2", {
        dataAreaId: "USMF",
        ItemNumber: `V${String(i).padStart(5, "0")}`,
        SearchName: `Volume item ${i}`,
        SalesPrice: `${(i % 90) + 10}.99`,
      });
    }
    h.amazon.state.flagAfterProcessing("V00042", {
      code: "8572",
      severity: "ERROR",
      message: "You are not approved to list products under brand Contoso",
      attributeNames: ["brand"],
    });
    // No feedThreshold: the usage plans choose the feed for 5,000 listings.
    const report = await h.connector.run("listings");
    expect(report.paths).toEqual([expect.objectContaining({ count: 5000, path: "feed" })]);
    const ops = h.amazon.state.calls.map((c) => c.operationId);
    expect(ops.filter((o) => o === "createFeed")).toHaveLength(1);
    expect(ops.filter((o) => o === "putListingsItem" || o === "getListingsItem")).toHaveLength(0);
    expect(report.feeds).toEqual([expect.objectContaining({ messages: 5000, accepted: 4999, invalid: 1 })]);
    expect(report.counts).toMatchObject({ total: 5000, submitted: 5000, accepted: 4999, invalid: 1 });
    expect(report.listings.find((l) => l.sku === "V00042")?.issues[0]).toMatchObject({ attribute: "brand" });
    const again = await h.connector.run("listings");
    expect(again.counts.total).toBe(0);
    expect(h.amazon.state.calls.filter((c) => c.operationId === "createFeed")).toHaveLength(1);
  }, 120_000);
});
