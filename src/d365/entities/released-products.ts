/**
 * Released products of one legal entity (`ReleasedProductsV2`), read page by page for publishing
 * to Amazon, with change detection against a watermark.
 *
 * `ReleasedProductsV2` carries no modified date-time (its metadata has none, and D365 only exposes
 * change tracking through BYOD/Synapse exports), so "changed since the last run" cannot be a
 * `$filter`. The watermark is instead a fingerprint (SHA-256 of the selected fields) per item:
 * a product is changed when its fingerprint differs from the one recorded when it was last
 * published. The fingerprints of a legal entity live in one storage document.
 */
import { createHash } from "node:crypto";
import type { DocumentStore } from "../../core/storage.js";
import type { D365Client } from "../client.js";
import type { PropertyOf } from "../filter.js";
import { type CallOptions, queryPages } from "../query.js";

/** A scalar value of a released product as read over OData. */
export type ProductFieldValue = string | number | boolean | null;

/** One released product: its key and the fields read. */
export interface ReleasedProduct {
  /** Legal entity, lower case as D365 stores it, e.g. `usmf`. */
  readonly dataAreaId: string;
  readonly itemNumber: string;
  /** Every selected field by its OData name (`SearchName`, `SalesPrice`…), as D365 sent it. */
  readonly fields: Readonly<Record<string, ProductFieldValue>>;
}

/** Fields read unless told otherwise: what the default listing templates use. */
export const DEFAULT_PRODUCT_FIELDS: readonly PropertyOf<"ReleasedProductsV2">[] = [
  "dataAreaId",
  "ItemNumber",
  "ProductNumber",
  "SearchName",
  "ProductSearchName",
  "SalesPrice",
  "SalesUnitSymbol",
  "ProductGroupId",
  "ProductType",
  "SellStartDate",
  "SellEndDate",
];

/** Options of {@link readReleasedProducts}. */
export interface ReadReleasedProductsOptions extends CallOptions {
  /** Legal entity (`dataAreaId`), e.g. `USMF`. */
  readonly company: string;
  /**
   * Fields to read on top of the keys (`$select`); templates may only use fields read here.
   * @default DEFAULT_PRODUCT_FIELDS
   */
  readonly select?: readonly PropertyOf<"ReleasedProductsV2">[];
  /**
   * `Prefer: odata.maxpagesize`.
   * @default 1000
   */
  readonly maxPageSize?: number;
}

function toProduct(row: Record<string, unknown>): ReleasedProduct {
  const fields: Record<string, ProductFieldValue> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k.startsWith("@odata.")) continue;
    // Decimals arrive as strings (IEEE754Compatible=true): kept as text so prices stay exact.
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") fields[k] = v;
  }
  return {
    dataAreaId: String(row.dataAreaId ?? "").toLowerCase(),
    itemNumber: String(row.ItemNumber ?? ""),
    fields,
  };
}

/**
 * Reads the released products of one legal entity, one OData page at a time, ordered by item number.
 * @throws D365ODataError when D365 refuses the read or answers with something that is not a collection.
 * @example
 * for await (const page of readReleasedProducts(d365, { company: "USMF" })) console.log(page.length);
 */
export async function* readReleasedProducts(
  client: D365Client,
  options: ReadReleasedProductsOptions,
): AsyncGenerator<ReleasedProduct[]> {
  const select = [...new Set(["dataAreaId", "ItemNumber", ...(options.select ?? DEFAULT_PRODUCT_FIELDS)])];
  for await (const page of queryPages(client, "ReleasedProductsV2", {
    ...options,
    company: options.company,
    select: select as PropertyOf<"ReleasedProductsV2">[],
    orderBy: ["ItemNumber"],
    maxPageSize: options.maxPageSize ?? 1000,
  })) {
    yield page.value.map((row) => toProduct(row as Record<string, unknown>));
  }
}

/** SHA-256 (hex) of a product's fields with keys in sorted order: equal fields, equal fingerprint. */
export function productFingerprint(product: ReleasedProduct): string {
  const keys = Object.keys(product.fields).sort();
  const canonical = JSON.stringify(keys.map((k) => [k, product.fields[k]]));
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * What was last published per item of one legal entity (item number → fingerprint), plus an extra
 * salt (e.g. a hash of the mapping's listings section) so a changed mapping republishes everything.
 */
export interface ProductWatermark {
  readonly company: string;
  readonly fingerprints: Map<string, string>;
}

function watermarkKey(company: string, scope: string): string {
  return `listings/watermark/${scope}/${company.toLowerCase()}.json`;
}

/**
 * Loads the watermark of a legal entity from storage documents; empty when none was saved.
 * @param scope separates watermarks of different targets (e.g. a seller and marketplace).
 */
export async function loadProductWatermark(
  documents: DocumentStore,
  company: string,
  scope: string,
): Promise<ProductWatermark> {
  const doc = await documents.get(watermarkKey(company, scope));
  const fingerprints = new Map<string, string>();
  if (doc) {
    const parsed = JSON.parse(new TextDecoder().decode(doc.body)) as Record<string, string>;
    for (const [item, fp] of Object.entries(parsed)) fingerprints.set(item, fp);
  }
  return { company: company.toLowerCase(), fingerprints };
}

/** Saves the watermark (replacing the previous one). */
export async function saveProductWatermark(
  documents: DocumentStore,
  watermark: ProductWatermark,
  scope: string,
): Promise<void> {
  const body = JSON.stringify(
    Object.fromEntries([...watermark.fingerprints].sort(([a], [b]) => (a < b ? -1 : 1))),
  );
  await documents.put(watermarkKey(watermark.company, scope), body, { contentType: "application/json" });
}

/**
 * Reads the released products of a legal entity that changed since the watermark (new items, or
 * fields that differ), page by page. Each product comes with the fingerprint to record once it
 * is published; the watermark itself is not touched.
 */
export async function* changedReleasedProducts(
  client: D365Client,
  watermark: ProductWatermark,
  options: ReadReleasedProductsOptions,
  salt = "",
): AsyncGenerator<{ readonly product: ReleasedProduct; readonly fingerprint: string }[]> {
  for await (const page of readReleasedProducts(client, options)) {
    const changed = [];
    for (const product of page) {
      const fingerprint = createHash("sha256").update(salt).update(productFingerprint(product)).digest("hex");
      if (watermark.fingerprints.get(product.itemNumber) !== fingerprint)
        changed.push({ product, fingerprint });
    }
    if (changed.length > 0) yield changed;
  }
}
