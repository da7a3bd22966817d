/**
 * Product Type Definitions API 2020-09-01: `getDefinitionsProductType` answers with the definition's
 * metadata and a pre-signed link to its JSON schema, as Amazon does. The schemas below are compact
 * but keep the real ones' shape: Amazon's meta-schema (JSON Schema 2019-09 plus `selectors`,
 * `maxUniqueItems`, `maxUtf8ByteLength`, `editable`, `hidden`, `enumNames`), `$defs` for
 * marketplace and language, arrays of per-marketplace entries, and `allOf` conditional requirements.
 */
import type { components as P } from "../../../generated/amazon/productTypeDefinitions_2020-09-01.js";
import { fail, type OperationHandler, ok, type SimCore, type SimDocument } from "./core.js";
import { presign, storeDocument } from "./documents.js";

/** Amazon's product type meta-schema URI. */
export const PRODUCT_TYPE_META_SCHEMA =
  "https://schemas.amazon.com/selling-partners/definitions/product-types/meta-schema/v1";

const MARKETPLACES = [
  ["ATVPDKIKX0DER", "Amazon.com"],
  ["A2EUQ1WTGCTBG2", "Amazon.ca"],
  ["A1AM78C64UM0Y8", "Amazon.com.mx"],
  ["A1F83G8C2ARO7P", "Amazon.co.uk"],
  ["A1PA6795UKMFR9", "Amazon.de"],
  ["A13V1IB3VIYZZH", "Amazon.fr"],
  ["APJ6JRA9NG5V4", "Amazon.it"],
  ["A1RKKUPIHCS9HS", "Amazon.es"],
  ["A1VC38T7YXB528", "Amazon.co.jp"],
] as const;

const LANGUAGES = ["en_US", "en_CA", "fr_CA", "es_MX", "en_GB", "de_DE", "fr_FR", "it_IT", "es_ES", "ja_JP"];

const entry = (properties: Record<string, unknown>, required: string[]) => ({
  type: "object",
  required,
  additionalProperties: false,
  properties: { ...properties, marketplace_id: { $ref: "#/$defs/marketplace_id" } },
});

/** A localized text attribute: one value per marketplace and language. */
function textAttribute(title: string, maxUtf8: number, maxEntries = 1) {
  return {
    title,
    description: `Provide the ${title.toLowerCase()} of the item`,
    examples: [`Example ${title.toLowerCase()}`],
    type: "array",
    minItems: 1,
    minUniqueItems: 1,
    maxUniqueItems: maxEntries,
    selectors:
      maxEntries === 1 ? ["marketplace_id", "language_tag"] : ["marketplace_id", "language_tag", "value"],
    items: entry(
      {
        value: {
          title,
          type: "string",
          editable: true,
          hidden: false,
          minLength: 1,
          maxUtf8ByteLength: maxUtf8,
        },
        language_tag: { $ref: "#/$defs/language_tag" },
      },
      ["value", "language_tag"],
    ),
  };
}

function commonProperties() {
  return {
    item_name: textAttribute("Item Name", 600),
    brand: textAttribute("Brand Name", 150),
    product_description: textAttribute("Product Description", 6000),
    bullet_point: textAttribute("Bullet Point", 700, 10),
    externally_assigned_product_identifier: {
      title: "External Product ID",
      description: "Provide the UPC, EAN, GTIN or ISBN of the item",
      type: "array",
      minItems: 1,
      maxUniqueItems: 1,
      selectors: ["marketplace_id"],
      items: entry(
        {
          type: {
            title: "External Product ID Type",
            type: "string",
            enum: ["ean", "gtin", "isbn", "upc"],
            enumNames: ["EAN", "GTIN", "ISBN", "UPC"],
            editable: true,
          },
          value: { title: "External Product ID", type: "string", pattern: "^[0-9]{10,14}$", editable: true },
        },
        ["type", "value"],
      ),
    },
    supplier_declared_has_product_identifier_exemption: {
      title: "Product Identifier Exemption",
      type: "array",
      minItems: 1,
      maxUniqueItems: 1,
      selectors: ["marketplace_id"],
      items: entry({ value: { type: "boolean", enum: [true, false], enumNames: ["Yes", "No"] } }, ["value"]),
    },
    condition_type: {
      title: "Item Condition",
      type: "array",
      minItems: 1,
      maxUniqueItems: 1,
      selectors: ["marketplace_id"],
      items: entry(
        {
          value: {
            type: "string",
            enum: [
              "new_new",
              "new_open_box",
              "used_like_new",
              "used_very_good",
              "used_good",
              "refurbished_refurbished",
            ],
            enumNames: [
              "New",
              "New - Open Box",
              "Used - Like New",
              "Used - Very Good",
              "Used - Good",
              "Refurbished",
            ],
          },
        },
        ["value"],
      ),
    },
    purchasable_offer: {
      title: "Purchasable Offer",
      type: "array",
      minItems: 1,
      maxUniqueItems: 1,
      selectors: ["marketplace_id", "audience"],
      items: entry(
        {
          currency: { type: "string", enum: ["USD", "CAD", "MXN", "GBP", "EUR", "JPY"], editable: false },
          audience: { type: "string", enum: ["ALL", "B2B"], default: "ALL" },
          our_price: {
            type: "array",
            minItems: 1,
            maxItems: 1,
            items: {
              type: "object",
              required: ["schedule"],
              additionalProperties: false,
              properties: {
                schedule: {
                  type: "array",
                  minItems: 1,
                  maxItems: 1,
                  items: {
                    type: "object",
                    required: ["value_with_tax"],
                    additionalProperties: false,
                    properties: {
                      value_with_tax: { type: "number", exclusiveMinimum: 0, maximum: 1_000_000 },
                    },
                  },
                },
              },
            },
          },
        },
        ["currency", "our_price"],
      ),
    },
    fulfillment_availability: {
      title: "Fulfillment Availability",
      type: "array",
      minItems: 1,
      selectors: ["fulfillment_channel_code"],
      items: {
        type: "object",
        required: ["fulfillment_channel_code"],
        additionalProperties: false,
        properties: {
          fulfillment_channel_code: { type: "string", minLength: 1 },
          quantity: { type: "integer", minimum: 0, maximum: 99_999 },
          lead_time_to_ship_max_days: { type: "integer", minimum: 0, maximum: 30 },
        },
      },
    },
  };
}

// Amazon requires an identifier unless the seller declares the product exempt.
const IDENTIFIER_OR_EXEMPTION = {
  if: { not: { required: ["supplier_declared_has_product_identifier_exemption"] } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword, never awaited.
  then: { required: ["externally_assigned_product_identifier"] },
};

function definitionSchema(productType: string, extra: Record<string, unknown>, required: string[]) {
  return {
    $schema: PRODUCT_TYPE_META_SCHEMA,
    $id: `https://schemas.amazon.com/selling-partners/definitions/product-types/schema/v1/${productType}`,
    $comment: `Amazon product type definition for ${productType} product type`,
    $defs: {
      marketplace_id: {
        default: "ATVPDKIKX0DER",
        editable: false,
        hidden: true,
        type: "string",
        anyOf: [
          { type: "string" },
          { type: "string", enum: MARKETPLACES.map(([id]) => id), enumNames: MARKETPLACES.map(([, n]) => n) },
        ],
      },
      language_tag: {
        default: "en_US",
        editable: false,
        hidden: true,
        type: "string",
        anyOf: [{ type: "string" }, { type: "string", enum: LANGUAGES, enumNames: LANGUAGES }],
      },
    },
    type: "object",
    required,
    properties: { ...commonProperties(), ...extra },
    allOf: [IDENTIFIER_OR_EXEMPTION],
  };
}

/** The product types the simulator defines, with their schemas (requirements `LISTING`). */
export const SIM_PRODUCT_TYPES: Readonly<Record<string, { displayName: string; schema: object }>> = {
  PRODUCT: {
    displayName: "Product",
    schema: definitionSchema("PRODUCT", {}, ["item_name", "brand", "condition_type", "purchasable_offer"]),
  },
  LUGGAGE: {
    displayName: "Luggage",
    schema: definitionSchema(
      "LUGGAGE",
      {
        color: textAttribute("Color", 200),
        material: textAttribute("Material", 200, 3),
        number_of_wheels: {
          title: "Number of Wheels",
          type: "array",
          minItems: 1,
          maxUniqueItems: 1,
          selectors: ["marketplace_id"],
          items: entry({ value: { type: "integer", minimum: 0, maximum: 8 } }, ["value"]),
        },
      },
      [
        "item_name",
        "brand",
        "product_description",
        "bullet_point",
        "color",
        "condition_type",
        "purchasable_offer",
      ],
    ),
  },
};

/** The product type version the simulator serves. */
export const SIM_PRODUCT_TYPE_VERSION = "U8p5Sj2qa9T6LdbkT0xW1tdw4DjVjx4qWvUeBQZ8Vx0";

/** The Product Type Definitions handler (schema documents are stored once per region and product type). */
export function productTypeHandlers(core: SimCore): Record<string, OperationHandler> {
  const stored = new Map<string, SimDocument>();
  return {
    "productTypeDefinitions_2020-09-01.getDefinitionsProductType"(ctx) {
      const productType = ctx.pathParams.productType ?? "";
      const def = SIM_PRODUCT_TYPES[productType];
      const marketplaceIds = ctx.list("marketplaceIds") ?? [];
      if (marketplaceIds.length === 0) return fail(400, "InvalidInput", "marketplaceIds is required");
      if (!def) return fail(404, "NotFound", `Product type '${productType}' was not found`);
      const key = `${ctx.region}/${productType}`;
      let doc = stored.get(key);
      if (!doc) {
        doc = storeDocument(core, {
          sellerId: ctx.seller.sellerId,
          region: ctx.region,
          kind: "definition",
          content: { text: JSON.stringify(def.schema), contentType: "application/json", gzip: false },
        });
        stored.set(key, doc);
      }
      const body: P["schemas"]["ProductTypeDefinition"] = {
        metaSchema: { link: { resource: PRODUCT_TYPE_META_SCHEMA, verb: "GET" }, checksum: "meta" },
        schema: {
          link: { resource: presign(core, doc, "GET"), verb: "GET" },
          checksum: core.rng.chars(24),
        },
        requirements: (ctx.query("requirements") as "LISTING" | undefined) ?? "LISTING",
        requirementsEnforced: (ctx.query("requirementsEnforced") as "ENFORCED" | undefined) ?? "ENFORCED",
        propertyGroups: {
          offer: {
            title: "Offer",
            propertyNames: ["condition_type", "purchasable_offer", "fulfillment_availability"],
          },
          product_identity: {
            title: "Product Identity",
            propertyNames: ["item_name", "brand", "externally_assigned_product_identifier"],
          },
        },
        locale: ctx.query("locale") ?? "DEFAULT",
        marketplaceIds,
        productType,
        displayName: def.displayName,
        productTypeVersion: { version: SIM_PRODUCT_TYPE_VERSION, latest: true, releaseCandidate: false },
      };
      return ok(body);
    },
  };
}
