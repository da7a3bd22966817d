import { describe, expect, it } from "vitest";
import { isMappingError } from "../../src/core/errors.js";
import type { ReleasedProduct } from "../../src/d365/entities/released-products.js";
import { fillTemplate, listingMarketplaces, mapListing } from "../../src/mapping/listings.js";
import { loadMapping, type Mapping, parseMapping } from "../../src/mapping/schema.js";

const fixture = new URL("../mapping/fixtures/mapping.yaml", import.meta.url).pathname;

async function withListings(listings: Record<string, unknown>): Promise<Mapping> {
  const base = await loadMapping(fixture);
  return parseMapping({ ...structuredClone(base), listings });
}

const speaker: ReleasedProduct = {
  dataAreaId: "usmf",
  itemNumber: "A0002",
  fields: {
    dataAreaId: "usmf",
    ItemNumber: "A0002",
    SearchName: "Wireless speaker",
    SalesPrice: "89.500000",
    ProductGroupId: "Audio",
    Barcode: "4006381333931",
    OnHand: "12.000000",
  },
};

describe("mapListing", () => {
  it("builds the listing attributes from the templates", async () => {
    const mapping = await withListings({
      productType: "PRODUCT",
      productTypeBy: { field: "ProductGroupId", values: { Audio: "SPEAKERS" } },
      attributes: {
        brand: "Contoso",
        description: "{SearchName} by Contoso",
        bulletPoints: ["Item {ItemNumber}", "{MissingField}"],
        identifier: { type: "ean", value: "{Barcode}" },
        quantity: "{OnHand}",
      },
    });
    const draft = mapListing(speaker, mapping, "ATVPDKIKX0DER");
    const m = { marketplace_id: "ATVPDKIKX0DER" };
    expect(draft).toEqual({
      sku: "A0002",
      itemNumber: "A0002",
      dataAreaId: "usmf",
      marketplaceId: "ATVPDKIKX0DER",
      productType: "SPEAKERS",
      requirements: "LISTING",
      attributes: {
        item_name: [{ value: "Wireless speaker", language_tag: "en_US", ...m }],
        brand: [{ value: "Contoso", language_tag: "en_US", ...m }],
        product_description: [{ value: "Wireless speaker by Contoso", language_tag: "en_US", ...m }],
        bullet_point: [{ value: "Item A0002", language_tag: "en_US", ...m }],
        externally_assigned_product_identifier: [{ type: "ean", value: "4006381333931", ...m }],
        condition_type: [{ value: "new_new", ...m }],
        purchasable_offer: [{ currency: "USD", ...m, our_price: [{ schedule: [{ value_with_tax: 89.5 }] }] }],
        fulfillment_availability: [{ fulfillment_channel_code: "DEFAULT", quantity: 12 }],
      },
    });
    expect(JSON.stringify(draft.attributes.purchasable_offer)).toContain('"value_with_tax":89.5');
  });

  it("leaves out attributes whose template finds no value, and quantity for Amazon-fulfilled items", async () => {
    const mapping = await withListings({
      productType: "PRODUCT",
      productTypeByItem: { A0002: "HOME_THEATER_SPEAKER" },
      fulfillment: "AFN",
      sku: "AMZ-{ItemNumber}",
      attributes: { title: "{ProductName}", quantity: 5 },
    });
    const draft = mapListing(speaker, mapping, "ATVPDKIKX0DER");
    expect(draft.sku).toBe("AMZ-A0002");
    expect(draft.productType).toBe("HOME_THEATER_SPEAKER");
    expect(draft.attributes.item_name).toBeUndefined();
    expect(draft.attributes.fulfillment_availability).toBeUndefined();
  });

  it("refuses another legal entity's marketplace, a bad price and a fractional quantity", async () => {
    const mapping = await withListings({ productType: "PRODUCT", attributes: { quantity: "{OnHand}" } });
    const code = (p: ReleasedProduct, id: string) => {
      try {
        mapListing(p, mapping, id);
        return "none";
      } catch (e) {
        if (!isMappingError(e)) throw e;
        return e.issues[0]?.code;
      }
    };
    expect(code(speaker, "A2EUQ1WTGCTBG2")).toBe("marketplace_not_mapped");
    expect(code({ ...speaker, fields: { ...speaker.fields, SalesPrice: "abc" } }, "ATVPDKIKX0DER")).toBe(
      "price_invalid",
    );
    expect(code({ ...speaker, fields: { ...speaker.fields, SalesPrice: "1.005" } }, "ATVPDKIKX0DER")).toBe(
      "price_precision",
    );
    expect(code({ ...speaker, fields: { ...speaker.fields, OnHand: "1.5" } }, "ATVPDKIKX0DER")).toBe(
      "quantity_invalid",
    );
    expect(listingMarketplaces(speaker, mapping)).toEqual(["ATVPDKIKX0DER"]);
    const base = await loadMapping(fixture);
    expect(() => mapListing(speaker, base, "ATVPDKIKX0DER")).toThrow(/no listings section/);
  });

  it("fills templates only when every placeholder has a value", () => {
    expect(fillTemplate("{SearchName} ({ItemNumber})", speaker)).toBe("Wireless speaker (A0002)");
    expect(fillTemplate("{SearchName} {Nope}", speaker)).toBeUndefined();
  });

  it("checks the listings section of the mapping document", async () => {
    await expect(withListings({ productType: "bad type" })).rejects.toMatchObject({
      code: "CONFIG_INVALID",
      issues: [expect.objectContaining({ path: ["listings", "productType"] })],
    });
  });
});
