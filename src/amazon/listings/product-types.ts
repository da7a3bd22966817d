/**
 * Product type definitions (`getDefinitionsProductType`): the JSON schema a listing of a product
 * type must satisfy in a marketplace, downloaded from its link and cached in storage documents so
 * a run validates thousands of listings with one call per product type and marketplace.
 */
import type { components as P } from "../../../generated/amazon/productTypeDefinitions_2020-09-01.js";
import { type Clock, systemClock } from "../../core/clock.js";
import { AmazonApiError, TransportError } from "../../core/errors.js";
import type { DocumentStore } from "../../core/storage.js";
import type { SpApiClient } from "../client.js";
import { badAmazonResponse, expectData } from "../reports/call-result.js";

/** A product type's schema in one marketplace. */
export interface ProductTypeSchema {
  readonly productType: string;
  readonly marketplaceId: string;
  readonly requirements: "LISTING" | "LISTING_PRODUCT_ONLY" | "LISTING_OFFER_ONLY";
  /** Amazon's `productTypeVersion.version`. */
  readonly version: string;
  /** The JSON schema (Amazon's meta-schema, JSON Schema 2019-09). */
  readonly schema: object;
  /** True when read from the storage cache, without a call. */
  readonly fromCache: boolean;
}

/** Options of {@link getProductTypeSchema}. */
export interface GetProductTypeSchemaOptions {
  readonly productType: string;
  readonly marketplaceId: string;
  /** Seller-specific values (brands the seller may use) are filled in when given. */
  readonly sellerId?: string;
  /** @default "LISTING" */
  readonly requirements?: ProductTypeSchema["requirements"];
  /** Where schemas are cached; no cache when left out. */
  readonly documents?: DocumentStore;
  /**
   * Age after which a cached schema is fetched again (Amazon revises definitions without notice).
   * @default 86_400_000 (one day)
   */
  readonly maxAgeMs?: number;
  /** @default systemClock */
  readonly clock?: Clock;
  /** Transport for the schema link (an S3 URL: no access token goes there). @default globalThis.fetch */
  readonly fetch?: (request: Request) => Promise<Response>;
}

const DAY_MS = 86_400_000;

function cacheKey(o: GetProductTypeSchemaOptions, requirements: string): string {
  return `listings/product-types/${o.marketplaceId}/${o.productType}/${requirements}${o.sellerId ? `/${o.sellerId}` : ""}.json`;
}

/**
 * The JSON schema of a product type in a marketplace, from the cache when fresh, else from Amazon.
 * @throws AmazonApiError when Amazon refuses (404 for an unknown product type), TransportError when
 * the schema download fails.
 * @example
 * const { schema } = await getProductTypeSchema(amazon, { productType: "LUGGAGE", marketplaceId: "ATVPDKIKX0DER", documents: storage.documents });
 */
export async function getProductTypeSchema(
  amazon: SpApiClient,
  options: GetProductTypeSchemaOptions,
): Promise<ProductTypeSchema> {
  const requirements = options.requirements ?? "LISTING";
  const clock = options.clock ?? systemClock;
  const key = cacheKey(options, requirements);
  const base = { productType: options.productType, marketplaceId: options.marketplaceId, requirements };
  if (options.documents) {
    const cached = await options.documents.get(key);
    const fetchedAt = Number(cached?.attributes.fetchedAt);
    if (cached && clock.now() - fetchedAt < (options.maxAgeMs ?? DAY_MS)) {
      return {
        ...base,
        version: cached.attributes.version ?? "",
        schema: JSON.parse(new TextDecoder().decode(cached.body)) as object,
        fromCache: true,
      };
    }
  }
  const path = "/definitions/2020-09-01/productTypes/{productType}";
  const def = expectData<P["schemas"]["ProductTypeDefinition"]>(
    await amazon.productTypeDefinitions.GET(path, {
      params: {
        path: { productType: options.productType },
        query: {
          marketplaceIds: [options.marketplaceId],
          requirements,
          requirementsEnforced: "ENFORCED",
          locale: "DEFAULT",
          ...(options.sellerId ? { sellerId: options.sellerId } : {}),
        },
      },
    }),
    { operation: "getDefinitionsProductType", path, record: options.productType },
    "check the product type name (searchDefinitionsProductTypes lists them) and the marketplace",
  );
  const transport = options.fetch ?? ((r: Request) => globalThis.fetch(r));
  const site = { system: "amazon" as const, operation: "getProductTypeSchema", record: options.productType };
  let response: Response;
  try {
    response = await transport(new Request(def.schema.link.resource));
  } catch (cause) {
    throw new TransportError(`The schema of product type ${options.productType} could not be downloaded`, {
      code: "DOCUMENT_DOWNLOAD",
      cause,
      where: site,
      hint: "check connectivity to Amazon's S3 host; the download can be tried again",
    });
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    throw new AmazonApiError(
      `The schema of product type ${options.productType} was refused (HTTP ${response.status})`,
      {
        status: response.status,
        where: site,
        hint: "the schema link expires after a few minutes; fetch the definition again",
      },
    );
  }
  const text = await response.text();
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch {
    schema = undefined;
  }
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) {
    throw badAmazonResponse("the product type schema is not a JSON object", {
      operation: "getProductTypeSchema",
      path,
      record: options.productType,
      status: response.status,
    });
  }
  const version = def.productTypeVersion.version;
  if (options.documents) {
    await options.documents.put(key, text, {
      contentType: "application/json",
      attributes: { version, fetchedAt: String(clock.now()) },
    });
  }
  return { ...base, version, schema, fromCache: false };
}
