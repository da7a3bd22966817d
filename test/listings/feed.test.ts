/**
 * Listings in bulk: 5,000 SKUs through one JSON_LISTINGS_FEED, the processing report read against
 * Amazon's published schema and its per-message errors mapped back to their SKUs; and the rule
 * that picks Listings Items or a feed from the volume and the usage plans.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { Ajv } from "ajv";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildListingsFeed,
  createListingsFeed,
  downloadProcessingReport,
  type FeedListing,
  mapProcessingReport,
  parseProcessingReport,
  waitForFeed,
} from "../../src/amazon/listings/feed.js";
import { getListing } from "../../src/amazon/listings/items.js";
import { chooseListingsPath, defaultListingsUsagePlans } from "../../src/amazon/listings/path.js";
import { isConnectorError } from "../../src/core/errors.js";
import { arrangeAmazon, US } from "./harness.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const shared = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../shared/schemas/amazon/${name}`, import.meta.url), "utf8"));

function listing(i: number, price = 10 + (i % 90)): FeedListing {
  return {
    sku: `BULK-${String(i).padStart(5, "0")}`,
    marketplaceId: US,
    productType: "PRODUCT",
    attributes: {
      item_name: [{ value: `Bulk item ${i}`, language_tag: "en_US", marketplace_id: US }],
      condition_type: [{ value: "new_new", marketplace_id: US }],
      purchasable_offer: [
        { currency: "USD", marketplace_id: US, our_price: [{ schedule: [{ value_with_tax: price }] }] },
      ],
    },
  };
}

describe("5,000 listings through one JSON_LISTINGS_FEED", () => {
  it("sends one feed, maps every message's outcome back to its SKU, errors with their attribute", async () => {
    const a = arrangeAmazon(server);
    const broken = new Set([17, 2500, 4999]);
    const listings = Array.from({ length: 5000 }, (_, k) => {
      const l = listing(k + 1);
      if (!broken.has(k + 1)) return l;
      const { purchasable_offer: _p, ...rest } = l.attributes;
      return { ...l, attributes: rest };
    });
    const built = buildListingsFeed({ sellerId: a.sellerId, listings, issueLocale: "en_US" });
    expect(built.document.messages).toHaveLength(5000);
    expect(built.document.header).toMatchObject({
      version: "2.0",
      report: { includedData: ["issues", "summaries"] },
    });
    // What goes out satisfies Amazon's own feed schema.
    expect(new Ajv({ strict: false }).validate(shared("listings-feed-schema-v2.json"), built.document)).toBe(
      true,
    );

    const { feedId } = await createListingsFeed(a.amazon, built.document, { marketplaceIds: [US] });
    const feed = await waitForFeed(a.amazon, feedId, { clock: a.sim.clock });
    expect(feed.processingStatus).toBe("DONE");
    const report = await downloadProcessingReport(a.amazon, feed);
    const results = mapProcessingReport(report, built.skus, feedId);

    const ops = a.sim.state.calls.map((c) => c.operationId);
    expect(ops.filter((o) => o === "createFeed")).toHaveLength(1);
    expect(ops.filter((o) => o === "createFeedDocument")).toHaveLength(1);
    expect(ops.filter((o) => o === "putListingsItem" || o === "getListingsItem")).toHaveLength(0);
    expect(results).toHaveLength(5000);
    expect(report.summary).toMatchObject({
      messagesProcessed: 5000,
      messagesAccepted: 4997,
      messagesInvalid: 3,
    });
    const invalid = results.filter((r) => r.status === "INVALID");
    expect(invalid.map((r) => r.sku)).toEqual(["BULK-00017", "BULK-02500", "BULK-04999"]);
    for (const r of invalid) {
      expect(r.issues).toEqual([
        expect.objectContaining({ severity: "ERROR", attribute: "purchasable_offer", code: "90220" }),
      ]);
    }
    const ok = results.find((r) => r.sku === "BULK-00001");
    expect(ok).toMatchObject({ status: "ACCEPTED", issues: [], listingStatus: ["BUYABLE", "DISCOVERABLE"] });
    expect(a.sim.state.listings.size).toBeGreaterThanOrEqual(4997);
    // Amazon's report (as the simulator writes it) satisfies the published report schema.
    const raw = a.sim.state.documents.get(feed.resultFeedDocumentId ?? "");
    expect(
      new Ajv({ strict: false }).validate(
        shared("listings-feed-processing-report-schema-v2.json"),
        JSON.parse(new TextDecoder().decode(raw?.body)),
      ),
    ).toBe(true);
  });

  it("patches only what changed; an unchanged listing is left out of the feed", async () => {
    const a = arrangeAmazon(server);
    const first = buildListingsFeed({ sellerId: a.sellerId, listings: [listing(1), listing(2)] });
    const { feedId } = await createListingsFeed(a.amazon, first.document, { marketplaceIds: [US] });
    await waitForFeed(a.amazon, feedId, { clock: a.sim.clock });
    const second = buildListingsFeed({
      sellerId: a.sellerId,
      listings: [
        { ...listing(1, 55), previous: listing(1).attributes },
        { ...listing(2), previous: listing(2).attributes },
      ],
    });
    expect(second.unchanged).toEqual(["BULK-00002"]);
    expect(second.document.messages).toEqual([
      {
        messageId: 1,
        sku: "BULK-00001",
        operationType: "PATCH",
        productType: "PRODUCT",
        patches: [
          {
            op: "replace",
            path: "/attributes/purchasable_offer",
            value: listing(1, 55).attributes.purchasable_offer,
          },
        ],
      },
    ]);
    const created = await createListingsFeed(a.amazon, second.document, { marketplaceIds: [US] });
    const feed = await waitForFeed(a.amazon, created.feedId, { clock: a.sim.clock });
    const results = mapProcessingReport(
      await downloadProcessingReport(a.amazon, feed),
      second.skus,
      created.feedId,
    );
    expect(results.map((r) => [r.sku, r.status])).toEqual([["BULK-00001", "ACCEPTED"]]);
    const held = await getListing(a.amazon, { sellerId: a.sellerId, sku: "BULK-00001", marketplaceId: US });
    expect(held?.attributes.purchasable_offer).toEqual(listing(1, 55).attributes.purchasable_offer);
  });

  it("surfaces a message Amazon accepted but found invalid once processed", async () => {
    const a = arrangeAmazon(server);
    a.sim.state.flagAfterProcessing("BULK-00002", {
      code: "8572",
      severity: "ERROR",
      message: "You are not approved to list products under brand Contoso",
      attributeNames: ["brand"],
    });
    const built = buildListingsFeed({ sellerId: a.sellerId, listings: [listing(1), listing(2)] });
    const { feedId } = await createListingsFeed(a.amazon, built.document, { marketplaceIds: [US] });
    const feed = await waitForFeed(a.amazon, feedId, { clock: a.sim.clock });
    const report = await downloadProcessingReport(a.amazon, feed);
    expect(report.summary.messagesAccepted).toBe(2);
    const results = mapProcessingReport(report, built.skus, feedId);
    expect(results[1]).toMatchObject({
      sku: "BULK-00002",
      status: "INVALID",
      listingStatus: ["DISCOVERABLE"],
      issues: [{ code: "8572", severity: "ERROR", attribute: "brand", path: ["brand"] }],
    });
  });
});

describe("processing reports", () => {
  const example = shared("listings-feed-processing-report-schema-v2.example.json");

  it("reads Amazon's published example, gzip or not, and maps its messages to SKUs", () => {
    for (const bytes of [
      new TextEncoder().encode(JSON.stringify(example)),
      new Uint8Array(gzipSync(JSON.stringify(example))),
    ]) {
      const report = parseProcessingReport(bytes, "1234567890");
      const results = mapProcessingReport(
        report,
        new Map([
          [3, "My-SKU-A"],
          [4, "My-SKU-B"],
          [5, "My-SKU-C"],
        ]),
        "1234567890",
      );
      expect(results.map((r) => [r.sku, r.status])).toEqual([
        ["My-SKU-A", "ACCEPTED"],
        ["My-SKU-B", "INVALID"],
        ["My-SKU-C", "INVALID"],
      ]);
      expect(results[2]?.issues[0]).toMatchObject({
        attribute: "purchasable_offer.our_price",
        path: ["purchasable_offer", "our_price"],
      });
      // The item's warnings after processing come along with the message's outcome.
      expect(results[1]?.issues.filter((i) => i.severity === "WARNING")).toHaveLength(2);
    }
  });

  it("refuses a malformed report with FEED_REPORT_INVALID, never as a success", () => {
    const attempt = (text: string) => {
      try {
        parseProcessingReport(new TextEncoder().encode(text), "F1");
        return "parsed";
      } catch (e) {
        return isConnectorError(e) ? e.code : String(e);
      }
    };
    expect(attempt("<html>gateway</html>")).toBe("FEED_REPORT_INVALID");
    expect(attempt(JSON.stringify({ header: example.header, issues: [] }))).toBe("FEED_REPORT_INVALID");
    expect(
      attempt(JSON.stringify({ ...example, issues: [{ messageId: 1, severity: "FATAL", message: "x" }] })),
    ).toBe("FEED_REPORT_INVALID");
    const report = parseProcessingReport(new TextEncoder().encode(JSON.stringify(example)), "F1");
    expect(() => mapProcessingReport(report, new Map([[4, "OTHER-SKU"]]), "F1")).toThrow(/SKU My-SKU-B/);
  });
});

describe("path choice", () => {
  it("reads Amazon's usage plans from the generated table", () => {
    expect(defaultListingsUsagePlans()).toEqual({
      getListingsItem: { rate: 5, burst: 10 },
      putListingsItem: { rate: 5, burst: 10 },
      patchListingsItem: { rate: 5, burst: 5 },
    });
  });

  it("sends few listings item by item and many through a feed", () => {
    expect(chooseListingsPath({ count: 10 })).toMatchObject({ path: "items", itemsMs: 2000 });
    expect(chooseListingsPath({ count: 5000 })).toMatchObject({ path: "feed", feedMs: 300_000 });
    // 755 listings need 2·755 − 10 = 1500 gets past the burst: 300 s, no slower than the feed.
    expect(chooseListingsPath({ count: 755 }).path).toBe("items");
    expect(chooseListingsPath({ count: 756 }).path).toBe("feed");
    expect(chooseListingsPath({ count: 0 }).path).toBe("items");
  });

  it("weighs the live plans and the expected turnaround the host gives", () => {
    const slow = { rate: 0.5, burst: 2 };
    const plans = { getListingsItem: slow, putListingsItem: slow, patchListingsItem: slow };
    expect(chooseListingsPath({ count: 100, plans }).path).toBe("feed");
    expect(chooseListingsPath({ count: 100, plans, feedTurnaroundMs: 3_600_000 }).path).toBe("items");
  });

  it("follows feedThreshold when it is set", () => {
    expect(chooseListingsPath({ count: 10, feedThreshold: 5 })).toMatchObject({
      path: "feed",
      reason: "10 listing(s) ≥ listings.feedThreshold 5",
    });
    expect(chooseListingsPath({ count: 5000, feedThreshold: 10_000 }).path).toBe("items");
  });
});
