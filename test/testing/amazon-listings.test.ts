import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { uploadFeedDocument } from "../../src/amazon/feeds/feeds.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import type { ListingsProcessingReport } from "../../src/testing/amazon/feeds.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const US = "ATVPDKIKX0DER";
const UK = "A1F83G8C2ARO7P";
const sim = createAmazonSimulator({ seed: 61, data: { orders: 10 } });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(() => sim.state.usagePlans.reset());

const na = createSimulatorClient(sim, { region: "na" });
const eu = createSimulatorClient(sim, { region: "eu" });
const sellerId = sim.state.seller.sellerId;
const attributes = {
  item_name: [{ value: "Travel Mug", language_tag: "en_US" }],
  condition_type: [{ value: "new_new" }],
  purchasable_offer: [{ currency: "USD", our_price: [{ schedule: [{ value_with_tax: 19.99 }] }] }],
};
const item = (sku: string) => ({ path: { sellerId, sku }, query: { marketplaceIds: [US] } });

describe("Listings Items 2021-08-01", () => {
  it("put, get, patch and delete a listing", async () => {
    const put = await na.listingsItems.PUT("/listings/2021-08-01/items/{sellerId}/{sku}", {
      params: item("MUG-1"),
      body: { productType: "DRINKING_CUP", requirements: "LISTING", attributes },
    });
    expect(put.data).toMatchObject({ sku: "MUG-1", status: "ACCEPTED", issues: [] });

    const got = await na.listingsItems.GET("/listings/2021-08-01/items/{sellerId}/{sku}", {
      params: {
        ...item("MUG-1"),
        query: { marketplaceIds: [US], includedData: ["summaries", "attributes"] },
      },
    });
    expect(got.data?.summaries?.[0]).toMatchObject({
      marketplaceId: US,
      productType: "DRINKING_CUP",
      itemName: "Travel Mug",
    });

    const patched = await na.listingsItems.PATCH("/listings/2021-08-01/items/{sellerId}/{sku}", {
      params: item("MUG-1"),
      body: {
        productType: "DRINKING_CUP",
        patches: [{ op: "replace", path: "/attributes/item_name", value: [{ value: "Big Mug" }] }],
      },
    });
    expect(patched.data?.status).toBe("ACCEPTED");
    const stored = sim.state.listings.get(`${sellerId}/MUG-1`)!;
    expect((stored.attributes.item_name as { value: string }[])[0]?.value).toBe("Big Mug");

    const deleted = await na.listingsItems.DELETE("/listings/2021-08-01/items/{sellerId}/{sku}", {
      params: item("MUG-1"),
    });
    expect(deleted.data?.status).toBe("ACCEPTED");
    const gone = await na.listingsItems.GET("/listings/2021-08-01/items/{sellerId}/{sku}", {
      params: item("MUG-1"),
    });
    expect(gone.response.status).toBe(404);
  });

  it("VALIDATION_PREVIEW reports issues and stores nothing", async () => {
    const invalid = await na.listingsItems.PUT("/listings/2021-08-01/items/{sellerId}/{sku}", {
      params: {
        path: { sellerId, sku: "MUG-2" },
        query: { marketplaceIds: [US], mode: "VALIDATION_PREVIEW" },
      },
      body: { productType: "DRINKING_CUP", attributes: { item_name: attributes.item_name } },
    });
    expect(invalid.data?.status).toBe("INVALID");
    expect(invalid.data?.issues?.map((i) => i.attributeNames?.[0])).toEqual([
      "condition_type",
      "purchasable_offer",
    ]);
    expect(invalid.data?.issues?.[0]).toMatchObject({
      code: "90220",
      severity: "ERROR",
      categories: ["MISSING_ATTRIBUTE"],
    });

    const valid = await na.listingsItems.PUT("/listings/2021-08-01/items/{sellerId}/{sku}", {
      params: {
        path: { sellerId, sku: "MUG-2" },
        query: { marketplaceIds: [US], mode: "VALIDATION_PREVIEW", includedData: ["identifiers"] },
      },
      body: { productType: "DRINKING_CUP", attributes },
    });
    expect(valid.data?.status).toBe("VALID");
    expect(valid.data?.identifiers?.[0]?.marketplaceId).toBe(US);
    expect(sim.state.listings.has(`${sellerId}/MUG-2`)).toBe(false);
  });

  it("searches the seller's listings page by page", async () => {
    const skus: string[] = [];
    let pageToken: string | undefined;
    do {
      const { data } = await na.listingsItems.GET("/listings/2021-08-01/items/{sellerId}", {
        params: {
          path: { sellerId },
          query: pageToken
            ? { marketplaceIds: [US], pageToken }
            : { marketplaceIds: [US], pageSize: 20, sortBy: "sku", sortOrder: "ASC" },
        },
      });
      skus.push(...(data?.items ?? []).map((i) => i.sku));
      pageToken = data?.pagination?.nextToken;
      await sim.clock.advance(1_000);
    } while (pageToken);
    const expected = [...sim.state.listings.values()]
      .filter((l) => l.marketplaceIds.includes(US))
      .map((l) => l.sku);
    expect(skus).toEqual([...expected].sort());
  });

  it("refuses another seller's id in the path", async () => {
    const { response } = await na.listingsItems.GET("/listings/2021-08-01/items/{sellerId}/{sku}", {
      params: { path: { sellerId: "AOTHERSELLER", sku: "X" }, query: { marketplaceIds: [US] } },
    });
    expect(response.status).toBe(403);
  });
});

describe("Feeds 2021-06-30", () => {
  it("uploads a JSON_LISTINGS_FEED, processes it on the clock and returns the JSON processing report", async () => {
    const feedBody = {
      header: { sellerId, version: "2.0", issueLocale: "en_US" },
      messages: [
        { messageId: 1, sku: "FEED-OK", operationType: "UPDATE", productType: "DRINKING_CUP", attributes },
        {
          messageId: 2,
          sku: "FEED-BAD",
          operationType: "UPDATE",
          productType: "DRINKING_CUP",
          attributes: {},
        },
      ],
    };
    const feedDocumentId = await uploadFeedDocument(na, JSON.stringify(feedBody), {
      contentType: "application/json; charset=UTF-8",
    });

    const { data: created } = await na.feeds.POST("/feeds/2021-06-30/feeds", {
      body: {
        feedType: "JSON_LISTINGS_FEED",
        marketplaceIds: [US],
        inputFeedDocumentId: feedDocumentId,
      },
    });
    const feed = async () =>
      (
        await na.feeds.GET("/feeds/2021-06-30/feeds/{feedId}", {
          params: { path: { feedId: created!.feedId } },
        })
      ).data!;
    expect((await feed()).processingStatus).toBe("IN_QUEUE");
    await sim.clock.advance(30_000);
    expect((await feed()).processingStatus).toBe("IN_PROGRESS");
    await sim.clock.advance(90_000);
    const done = await feed();
    expect(done.processingStatus).toBe("DONE");

    const { data: result } = await na.feeds.GET("/feeds/2021-06-30/documents/{feedDocumentId}", {
      params: { path: { feedDocumentId: done.resultFeedDocumentId! } },
    });
    const report = (await (await fetch(result!.url)).json()) as ListingsProcessingReport;
    expect(report.header).toEqual({ sellerId, version: "2.0", feedId: created!.feedId });
    expect(report.summary).toMatchObject({
      messagesProcessed: 2,
      messagesAccepted: 1,
      messagesInvalid: 1,
      errors: 3,
    });
    expect(report.issues.every((i) => i.messageId === 2 && i.sku === "FEED-BAD")).toBe(true);
    expect(sim.state.listings.has(`${sellerId}/FEED-OK`)).toBe(true);
    expect(sim.state.listings.has(`${sellerId}/FEED-BAD`)).toBe(false);
  });

  it("ends a feed whose document was never uploaded FATAL", async () => {
    const { data: doc } = await na.feeds.POST("/feeds/2021-06-30/documents", {
      body: { contentType: "application/json" },
    });
    const { data: created } = await na.feeds.POST("/feeds/2021-06-30/feeds", {
      body: {
        feedType: "JSON_LISTINGS_FEED",
        marketplaceIds: [US],
        inputFeedDocumentId: doc!.feedDocumentId,
      },
    });
    await sim.clock.advance(120_000);
    const { data } = await na.feeds.GET("/feeds/2021-06-30/feeds/{feedId}", {
      params: { path: { feedId: created!.feedId } },
    });
    expect(data?.processingStatus).toBe("FATAL");
  });
});

describe("Catalog Items 2022-04-01", () => {
  const product = sim.state.orders.values().next().value!.items[0]!;
  it("gets an item by ASIN and finds it by SKU and by keywords", async () => {
    const { data } = await na.catalogItems.GET("/catalog/2022-04-01/items/{asin}", {
      params: {
        path: { asin: product.asin },
        query: { marketplaceIds: [US], includedData: ["summaries", "identifiers"] },
      },
    });
    expect(data?.summaries?.[0]?.itemName).toBe(product.title);
    expect(data?.identifiers?.[0]?.identifiers[0]?.identifier).toMatch(/^\d{13}$/);
    const bySku = await na.catalogItems.GET("/catalog/2022-04-01/items", {
      params: {
        query: { marketplaceIds: [US], identifiersType: "SKU", identifiers: [product.sku], sellerId },
      },
    });
    expect(bySku.data?.items.map((i) => i.asin)).toEqual([product.asin]);
    const byWords = await na.catalogItems.GET("/catalog/2022-04-01/items", {
      params: { query: { marketplaceIds: [US], keywords: product.title.split(" "), pageSize: 20 } },
    });
    expect(byWords.data?.items.some((i) => i.asin === product.asin)).toBe(true);
    const missing = await na.catalogItems.GET("/catalog/2022-04-01/items/{asin}", {
      params: { path: { asin: "B000000000" }, query: { marketplaceIds: [US] } },
    });
    expect(missing.response.status).toBe(404);
  });
});

describe("FBA Inventory and Sellers", () => {
  it("pages inventory summaries with nextToken, within the 2 rps / burst 2 plan", async () => {
    const skus: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const { data, response } = await na.fbaInventory.GET("/fba/inventory/v1/summaries", {
        params: {
          query: nextToken
            ? { granularityType: "Marketplace", granularityId: US, marketplaceIds: [US], nextToken }
            : { granularityType: "Marketplace", granularityId: US, marketplaceIds: [US], details: true },
        },
      });
      expect(response.status).toBe(200);
      skus.push(...(data?.payload?.inventorySummaries ?? []).map((s) => s.sellerSku ?? ""));
      nextToken = data?.pagination?.nextToken;
      pages++;
      await sim.clock.advance(500);
    } while (nextToken);
    const expected = sim.state.inventory.filter((r) => r.marketplaceId === US).map((r) => r.sku);
    expect(pages).toBe(Math.ceil(expected.length / 50));
    expect(skus).toEqual(expected);
  });

  it("throttles a third inventory call inside a second", async () => {
    const call = () =>
      na.fbaInventory.GET("/fba/inventory/v1/summaries", {
        params: { query: { granularityType: "Marketplace", granularityId: US, marketplaceIds: [US] } },
      });
    expect([
      (await call()).response.status,
      (await call()).response.status,
      (await call()).response.status,
    ]).toEqual([200, 200, 429]);
  });

  it("lists the marketplace participations of the endpoint's region", async () => {
    const { data: naList } = await na.sellers.GET("/sellers/v1/marketplaceParticipations");
    expect(naList?.payload?.map((p) => p.marketplace.id).sort()).toEqual(["A2EUQ1WTGCTBG2", US].sort());
    const { data: euList } = await eu.sellers.GET("/sellers/v1/marketplaceParticipations");
    expect(euList?.payload?.find((p) => p.marketplace.id === UK)?.marketplace.defaultCurrencyCode).toBe(
      "GBP",
    );
  });
});
