/**
 * Released product → Amazon listing (Listings Items API / JSON_LISTINGS_FEED attribute shape), by
 * the `listings` section of the mapping document. Pure: no I/O, same input, same listing.
 *
 * A template whose placeholders find no value (field not read, empty, null) leaves its attribute
 * out rather than sending an empty one: the product type's schema then names what is missing.
 */
import { MappingError, MoneyError } from "../core/errors.js";
import { currencyDigits, Money } from "../core/money.js";
import type { ReleasedProduct } from "../d365/entities/released-products.js";
import type { ListingsMapping, Mapping } from "./schema.js";

/** Attributes of a listing by Amazon attribute name; each value is Amazon's array of entries. */
export type ListingAttributes = Record<string, unknown[]>;

/** One product as a listing in one marketplace, ready to validate and send. */
export interface ListingDraft {
  readonly sku: string;
  /** The D365 item and legal entity it came from. */
  readonly itemNumber: string;
  readonly dataAreaId: string;
  readonly marketplaceId: string;
  readonly productType: string;
  /** Always `LISTING` (product facts and offer together). */
  readonly requirements: "LISTING";
  readonly attributes: ListingAttributes;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Fills `{Field}` placeholders from the product's fields; `undefined` when any placeholder has no
 * value, or the result is blank.
 */
export function fillTemplate(template: string, product: ReleasedProduct): string | undefined {
  let missing = false;
  const out = template.replace(PLACEHOLDER, (_, name: string) => {
    const v = name === "ItemNumber" ? product.itemNumber : product.fields[name];
    if (v === undefined || v === null || String(v).trim() === "") {
      missing = true;
      return "";
    }
    return String(v);
  });
  const trimmed = out.trim();
  return missing || trimmed === "" ? undefined : trimmed;
}

function listingsOf(mapping: Mapping): ListingsMapping {
  if (!mapping.listings) {
    throw new MappingError("The mapping document has no listings section", {
      issues: [{ code: "missing_listings", path: ["listings"], message: "required to publish products" }],
      where: { system: "local", operation: "mapListing" },
      hint: "add a listings section (productType, attributes) to the mapping document",
    });
  }
  return mapping.listings;
}

/**
 * The marketplaces a product is listed on: the `listings.marketplaces` of the mapping (or every
 * mapped marketplace) whose legal entity is the product's.
 */
export function listingMarketplaces(product: ReleasedProduct, mapping: Mapping): string[] {
  const listings = listingsOf(mapping);
  const ids = listings.marketplaces ?? Object.keys(mapping.marketplaces);
  return ids.filter((id) => mapping.marketplaces[id]?.legalEntity.toLowerCase() === product.dataAreaId);
}

/** The product type of a product: by item, then by field value, then the default. */
export function listingProductType(product: ReleasedProduct, listings: ListingsMapping): string {
  const byItem = listings.productTypeByItem[product.itemNumber];
  if (byItem) return byItem;
  if (listings.productTypeBy) {
    const value = product.fields[listings.productTypeBy.field];
    const hit =
      value === undefined || value === null ? undefined : listings.productTypeBy.values[String(value)];
    if (hit) return hit;
  }
  return listings.productType;
}

/**
 * Maps a released product to its listing in one marketplace.
 * @throws MappingError when the mapping has no listings section, the marketplace is not mapped to
 * the product's legal entity, the SKU template finds no value, or the price or quantity is not a
 * number.
 * @example
 * const draft = mapListing(product, mapping, "ATVPDKIKX0DER");
 * // { sku: "A0001", productType: "PRODUCT", attributes: { item_name: [{ value: "HDMI cable 6ft", … }], … } }
 */
export function mapListing(product: ReleasedProduct, mapping: Mapping, marketplaceId: string): ListingDraft {
  const listings = listingsOf(mapping);
  const record = `product:${product.dataAreaId}:${product.itemNumber}`;
  const fail = (code: string, path: (string | number)[], message: string, hint: string): never => {
    throw new MappingError(
      `Item ${product.itemNumber} (${product.dataAreaId}) cannot be listed: ${message}`,
      {
        issues: [{ code, path, message }],
        where: { system: "local", operation: "mapListing", record },
        hint,
      },
    );
  };
  const market = mapping.marketplaces[marketplaceId];
  if (!market || market.legalEntity.toLowerCase() !== product.dataAreaId) {
    fail(
      "marketplace_not_mapped",
      ["marketplaces", marketplaceId],
      `marketplace ${marketplaceId} is not mapped to legal entity ${product.dataAreaId}`,
      "list the product on a marketplace whose legalEntity is the product's, or map the marketplace",
    );
  }
  const currency = (market as NonNullable<typeof market>).currency.toUpperCase();
  const sku = fillTemplate(listings.sku, product);
  if (sku === undefined) {
    return fail(
      "sku_empty",
      ["listings", "sku"],
      `the SKU template '${listings.sku}' finds no value`,
      "fill the fields the SKU template names in D365, or change listings.sku",
    );
  }
  const language_tag = listings.languageTags[marketplaceId] ?? "en_US";
  const marketplace_id = marketplaceId;
  const a = listings.attributes;
  const attributes: ListingAttributes = {};
  const text = (name: string, tpl: string | undefined) => {
    const value = tpl === undefined ? undefined : fillTemplate(tpl, product);
    if (value !== undefined) attributes[name] = [{ value, language_tag, marketplace_id }];
  };
  text("item_name", a.title);
  text("brand", a.brand);
  text("product_description", a.description);
  const bullets = a.bulletPoints
    .map((t) => fillTemplate(t, product))
    .filter((v): v is string => v !== undefined);
  if (bullets.length > 0)
    attributes.bullet_point = bullets.map((value) => ({ value, language_tag, marketplace_id }));
  if (a.identifier) {
    const value = fillTemplate(a.identifier.value, product);
    if (value !== undefined) {
      attributes.externally_assigned_product_identifier = [
        { type: a.identifier.type, value, marketplace_id },
      ];
    }
  }
  attributes.condition_type = [{ value: listings.condition, marketplace_id }];
  const priceText = fillTemplate(a.price, product);
  if (priceText !== undefined) {
    let price: Money;
    try {
      price = Money.parse(priceText, currency, { format: "dot" });
    } catch (cause) {
      if (!(cause instanceof MoneyError)) throw cause;
      return fail(
        "price_invalid",
        ["listings", "attributes", "price"],
        `the price '${priceText}' is not an amount in ${currency}`,
        "fix the price in D365 or the listings.attributes.price template",
      );
    }
    if (price.round({ scale: currencyDigits(currency) }).compare(price) !== 0) {
      fail(
        "price_precision",
        ["listings", "attributes", "price"],
        `the price '${priceText}' has more decimals than ${currency} allows`,
        "round the price in D365 to the currency's minor unit",
      );
    }
    if (price.isPositive()) {
      attributes.purchasable_offer = [
        {
          currency,
          marketplace_id,
          // Amazon's schema types the price as a JSON number. Number() of the exact decimal text
          // serialises back to the same digits (shortest round-trip), so no cent is lost.
          our_price: [{ schedule: [{ value_with_tax: Number(price.toString()) }] }],
        },
      ];
    }
  }
  if (listings.fulfillment === "MFN" && a.quantity !== undefined) {
    const q = typeof a.quantity === "number" ? String(a.quantity) : fillTemplate(a.quantity, product);
    if (q !== undefined) {
      // D365 sends quantities as decimals ("12.000000"); Amazon wants a whole count.
      const m = /^(\d+)(?:\.0*)?$/.exec(q.trim());
      if (!m?.[1]) {
        return fail(
          "quantity_invalid",
          ["listings", "attributes", "quantity"],
          `the quantity '${q}' is not a whole number of units`,
          "fix the quantity in D365 or the listings.attributes.quantity template",
        );
      }
      attributes.fulfillment_availability = [{ fulfillment_channel_code: "DEFAULT", quantity: Number(m[1]) }];
    }
  }
  for (const [name, value] of Object.entries(a.extra)) attributes[name] = structuredClone(value);
  return {
    sku,
    itemNumber: product.itemNumber,
    dataAreaId: product.dataAreaId,
    marketplaceId,
    productType: listingProductType(product, listings),
    requirements: "LISTING",
    attributes,
  };
}
