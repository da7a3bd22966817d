/**
 * Ten released products from D365 through mapping, local validation and the Listings Items API;
 * a re-run with no D365 change sends nothing; a changed price is patched alone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attributePatches, getListing, submitListing } from "../../src/amazon/listings/items.js";
import { getProductTypeSchema } from "../../src/amazon/listings/product-types.js";
import { createListingValidator } from "../../src/amazon/listings/validate.js";
import {
  changedReleasedProducts,
  loadProductWatermark,
  saveProductWatermark,
} from "../../src/d365/entities/released-products.js";
import { mapListing } from "../../src/mapping/listings.js";
import { loadMapping, parseMapping } from "../../src/mapping/schema.js";
import { arrange, server } from "../d365/harness.js";
import { arrangeAmazon, US } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const fixture = new URL("../mapping/fixtures/mapping.yaml", import.meta.url).pathname;

describe("publishing through Listings Items", () => {
  it("lists 10 products, sends nothing on a re-run, patches only a changed price", async () => {
    const d = await arrange();
    const a = arrangeAmazon(server);
    server.resetHandlers(...d.sim.handlers, ...a.sim.handlers);
    for (let i = 1; i <= 6; i++) {
      d.sim.state.put("ReleasedProductsV2", {
        dataAreaId: "USMF",
        ItemNumber: `L${i}`,
        SearchName: `Lamp ${i}`,
        SalesPrice: `${10 + i}.50`,
      });
    }
    const mapping = parseMapping({
      ...structuredClone(await loadMapping(fixture)),
      listings: {
        productType: "PRODUCT",
        marketplaces: [US],
        // The simulated products carry no EAN: the seller declares them exempt.
        attributes: {
          brand: "Contoso",
          extra: {
            supplier_declared_has_product_identifier_exemption: [{ value: true, marketplace_id: US }],
          },
        },
      },
    });
    const { schema } = await getProductTypeSchema(a.amazon, { productType: "PRODUCT", marketplaceId: US });
    const validate = createListingValidator(schema, "PRODUCT");
    const run = async () => {
      const wm = await loadProductWatermark(a.storage.documents, "USMF", `${a.sellerId}:${US}`);
      const results = [];
      for await (const page of changedReleasedProducts(d.d365, wm, { company: "USMF" })) {
        for (const { product, fingerprint } of page) {
          const draft = mapListing(product, mapping, US);
          expect(validate(draft.attributes)).toEqual([]);
          const held = await getListing(a.amazon, {
            sellerId: a.sellerId,
            sku: draft.sku,
            marketplaceId: US,
          });
          const r = await submitListing(a.amazon, {
            sellerId: a.sellerId,
            listing: draft,
            ...(held ? { previous: held.attributes } : {}),
          });
          results.push(r);
          if (r.status === "ACCEPTED" || r.status === "UNCHANGED")
            wm.fingerprints.set(product.itemNumber, fingerprint);
        }
      }
      await saveProductWatermark(a.storage.documents, wm, `${a.sellerId}:${US}`);
      return results;
    };
    const first = await run();
    expect(first).toHaveLength(10);
    expect(
      first.every((r) => r.operation === "put" && r.status === "ACCEPTED" && r.issues.length === 0),
    ).toBe(true);
    const listed = await getListing(a.amazon, { sellerId: a.sellerId, sku: "L3", marketplaceId: US });
    expect(listed).toMatchObject({ invalid: false, status: ["BUYABLE", "DISCOVERABLE"] });
    expect(listed?.attributes.purchasable_offer).toEqual([
      { currency: "USD", marketplace_id: US, our_price: [{ schedule: [{ value_with_tax: 13.5 }] }] },
    ]);

    const writes = () => a.sim.state.calls.filter((c) => c.method === "PUT" || c.method === "PATCH").length;
    const before = writes();
    expect(await run()).toEqual([]);
    expect(writes()).toBe(before);

    d.sim.state.put("ReleasedProductsV2", {
      dataAreaId: "USMF",
      ItemNumber: "L3",
      SearchName: "Lamp 3",
      SalesPrice: "12.25",
    });
    const third = await run();
    expect(third.map((r) => [r.sku, r.operation, r.status])).toEqual([["L3", "patch", "ACCEPTED"]]);
    const patch = a.sim.state.calls.filter((c) => c.method === "PATCH");
    expect(patch).toHaveLength(1);
    const after = await getListing(a.amazon, { sellerId: a.sellerId, sku: "L3", marketplaceId: US });
    expect(after?.attributes.purchasable_offer).toEqual([
      { currency: "USD", marketplace_id: US, our_price: [{ schedule: [{ value_with_tax: 12.25 }] }] },
    ]);
  });
});

describe("attributePatches", () => {
  it("replaces only changed attributes and deletes the ones gone", () => {
    const price = (v: number) => [{ currency: "USD", our_price: [{ schedule: [{ value_with_tax: v }] }] }];
    const name = [{ value: "Lamp", language_tag: "en_US" }];
    expect(
      attributePatches(
        { item_name: name, purchasable_offer: price(13.5), color: [{ value: "Red" }] },
        { item_name: structuredClone(name), purchasable_offer: price(12.25) },
      ),
    ).toEqual([
      { op: "replace", path: "/attributes/purchasable_offer", value: price(12.25) },
      { op: "delete", path: "/attributes/color" },
    ]);
    expect(attributePatches({ item_name: name }, { item_name: name })).toEqual([]);
  });
});
