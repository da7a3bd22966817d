import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProductTypeSchema } from "../../src/amazon/listings/product-types.js";
import { createListingValidator } from "../../src/amazon/listings/validate.js";
import { isAmazonApiError, isValidationError } from "../../src/core/errors.js";
import type { ReleasedProduct } from "../../src/d365/entities/released-products.js";
import { mapListing } from "../../src/mapping/listings.js";
import { loadMapping, parseMapping } from "../../src/mapping/schema.js";
import { SIM_PRODUCT_TYPES } from "../../src/testing/amazon/product-types.js";
import { arrangeAmazon, US } from "./harness.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const fixture = new URL("../mapping/fixtures/mapping.yaml", import.meta.url).pathname;
const product = (fields: Record<string, string>): ReleasedProduct => ({
  dataAreaId: "usmf",
  itemNumber: fields.ItemNumber ?? "A0001",
  fields: { ItemNumber: "A0001", SearchName: "HDMI cable 6ft", SalesPrice: "14.99", ...fields },
});

async function mapping(listings: Record<string, unknown>) {
  return parseMapping({ ...structuredClone(await loadMapping(fixture)), listings });
}

describe("product type schemas", () => {
  it("fetches a definition's schema once, then reads it from storage documents", async () => {
    const { sim, amazon, storage } = arrangeAmazon(server);
    const calls = () => sim.state.calls.filter((c) => c.operationId === "getDefinitionsProductType").length;
    const first = await getProductTypeSchema(amazon, {
      productType: "LUGGAGE",
      marketplaceId: US,
      documents: storage.documents,
      clock: sim.clock,
    });
    expect(first.fromCache).toBe(false);
    expect(first.schema).toEqual(SIM_PRODUCT_TYPES.LUGGAGE?.schema);
    const again = await getProductTypeSchema(amazon, {
      productType: "LUGGAGE",
      marketplaceId: US,
      documents: storage.documents,
      clock: sim.clock,
    });
    expect(again).toMatchObject({ fromCache: true, version: first.version });
    expect(calls()).toBe(1);
    // A day later the definition is fetched again.
    await sim.clock.advance(86_400_000);
    const later = await getProductTypeSchema(amazon, {
      productType: "LUGGAGE",
      marketplaceId: US,
      documents: storage.documents,
      clock: sim.clock,
    });
    expect(later.fromCache).toBe(false);
    expect(calls()).toBe(2);
    // Audited through the client.
    const audit = await storage.audit.query({});
    expect(audit.some((e) => "operation" in e && e.operation === "getDefinitionsProductType")).toBe(true);
  });

  it("names an unknown product type as Amazon's 404", async () => {
    const { amazon } = arrangeAmazon(server);
    const err = await getProductTypeSchema(amazon, { productType: "NO_SUCH_TYPE", marketplaceId: US }).catch(
      (e: unknown) => e,
    );
    expect(isAmazonApiError(err) && err.status).toBe(404);
  });
});

describe("local listing validation", () => {
  it("accepts a complete listing and catches a missing required attribute with its path, before any call", async () => {
    const { sim, amazon } = arrangeAmazon(server);
    const { schema } = await getProductTypeSchema(amazon, { productType: "PRODUCT", marketplaceId: US });
    const validate = createListingValidator(schema, "PRODUCT");
    const m = await mapping({
      productType: "PRODUCT",
      attributes: { brand: "{Brand}", identifier: { type: "ean", value: "{Ean}" } },
    });
    const good = mapListing(product({ Brand: "Contoso", Ean: "4006381333931" }), m, US);
    expect(validate(good.attributes)).toEqual([]);

    const callsBefore = sim.state.calls.length;
    const noBrand = mapListing(product({ Ean: "4006381333931" }), m, US);
    expect(validate(noBrand.attributes)).toEqual([
      {
        code: "required",
        severity: "ERROR",
        attribute: "brand",
        path: ["brand"],
        message: "'brand' is required but not supplied",
      },
    ]);
    // No identifier and no exemption: the conditional requirement names the identifier.
    const noEan = mapListing(product({ Brand: "Contoso" }), m, US);
    expect(validate(noEan.attributes).map((i) => i.path)).toEqual([
      ["externally_assigned_product_identifier"],
    ]);
    expect(sim.state.calls.length).toBe(callsBefore);
  });

  it("reports every issue with its attribute path: bytes, enums, numbers, uniqueness by selectors", async () => {
    const { amazon } = arrangeAmazon(server);
    const { schema } = await getProductTypeSchema(amazon, { productType: "LUGGAGE", marketplaceId: US });
    const validate = createListingValidator(schema, "LUGGAGE");
    const text = (value: string) => [{ value, language_tag: "en_US", marketplace_id: US }];
    const issues = validate({
      item_name: [...text("é".repeat(301)), ...text("second title")],
      brand: text("Contoso"),
      product_description: text("A case"),
      bullet_point: text("Light"),
      color: text("Black"),
      material: ["Nylon", "Steel", "Plastic", "Leather"].flatMap(text),
      supplier_declared_has_product_identifier_exemption: [{ value: true, marketplace_id: US }],
      condition_type: [{ value: "brand_new", marketplace_id: US }],
      purchasable_offer: [
        { currency: "USD", marketplace_id: US, our_price: [{ schedule: [{ value_with_tax: 0 }] }] },
      ],
      number_of_wheels: [{ value: 4.5, marketplace_id: US }],
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join("."), i.code]));
    expect(byPath).toEqual({
      item_name: "selectors",
      material: "maxUniqueItems",
      "item_name.0.value": "maxUtf8ByteLength",
      "condition_type.0.value": "enum",
      "purchasable_offer.0.our_price.0.schedule.0.value_with_tax": "exclusiveMinimum",
      "number_of_wheels.0.value": "type",
    });
    expect(issues.every((i) => i.severity === "ERROR" && i.attribute === i.path[0])).toBe(true);
  });

  it("refuses a schema with a keyword it does not know, as a typed error", () => {
    const err = (() => {
      try {
        return createListingValidator({ type: "object", properties: { a: { madeUpKeyword: 1 } } }, "X");
      } catch (e) {
        return e;
      }
    })();
    expect(isValidationError(err) && err.code).toBe("PRODUCT_TYPE_SCHEMA_INVALID");
  });
});
