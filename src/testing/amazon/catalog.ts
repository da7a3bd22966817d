/**
 * Catalog Items API 2022-04-01: getCatalogItem and searchCatalogItems over the simulated sellers'
 * products (keywords, or identifiers by ASIN, EAN or — with sellerId — SKU), paged by pageToken.
 */
import type { components as C } from "../../../generated/amazon/catalogItems_2022-04-01.js";
import type { SimProduct } from "../data/amazon-data.js";
import {
  type CallContext,
  checkMarketplaces,
  fail,
  invalidInput,
  type OperationHandler,
  ok,
  page,
  resumePage,
  type SimCore,
} from "./core.js";

/** A stable 13-digit EAN for a product (with a valid check digit). */
export function eanOf(p: Pick<SimProduct, "asin">): string {
  let h = 2166136261;
  for (let i = 0; i < p.asin.length; i++) h = Math.imul(h ^ p.asin.charCodeAt(i), 16777619);
  const body = `40${String(h >>> 0)
    .padStart(10, "0")
    .slice(0, 10)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

function render(
  p: SimProduct,
  marketplaceIds: readonly string[],
  included: ReadonlySet<string>,
): C["schemas"]["Item"] {
  return {
    asin: p.asin,
    ...(included.has("summaries")
      ? {
          summaries: marketplaceIds.map((marketplaceId) => ({
            marketplaceId,
            brand: "SimBrand",
            itemName: p.title,
            manufacturer: "Simulated Goods Ltd",
            itemClassification: "BASE_PRODUCT" as const,
          })),
        }
      : {}),
    ...(included.has("identifiers")
      ? {
          identifiers: marketplaceIds.map((marketplaceId) => ({
            marketplaceId,
            identifiers: [{ identifierType: "EAN", identifier: eanOf(p) }],
          })),
        }
      : {}),
  };
}

/** The Catalog Items handlers. */
export function catalogHandlers(core: SimCore): Record<string, OperationHandler> {
  const products = (ctx: CallContext): SimProduct[] => {
    const seen = new Map<string, SimProduct>();
    for (const [sellerId, list] of core.catalog) {
      if (ctx.query("sellerId") !== undefined && sellerId !== ctx.query("sellerId")) continue;
      for (const p of list) if (!seen.has(p.asin)) seen.set(p.asin, p);
    }
    return [...seen.values()];
  };
  return {
    "catalogItems_2022-04-01.getCatalogItem"(ctx) {
      const ids = ctx.list("marketplaceIds");
      const bad = checkMarketplaces(ctx, ids, "marketplaceIds");
      if (bad) return bad;
      const p = products(ctx).find((x) => x.asin === ctx.pathParams.asin);
      if (!p)
        return fail(404, "NOT_FOUND", `Requested item '${ctx.pathParams.asin}' not found in marketplace`);
      return ok(render(p, ids ?? [], new Set(ctx.list("includedData") ?? ["summaries"])));
    },
    "catalogItems_2022-04-01.searchCatalogItems"(ctx) {
      type Filter = {
        ids: string[];
        keywords?: string[];
        identifiers?: string[];
        type?: string;
        size: number;
        included: string[];
      };
      const token = ctx.query("pageToken");
      let filter: Filter;
      let offset = 0;
      if (token !== undefined) {
        const cursor = resumePage(core, ctx, token);
        if (!cursor) return invalidInput("Invalid pageToken");
        filter = JSON.parse(cursor.key) as Filter;
        offset = cursor.offset;
      } else {
        const ids = ctx.list("marketplaceIds");
        const bad = checkMarketplaces(ctx, ids, "marketplaceIds");
        if (bad) return bad;
        const keywords = ctx.list("keywords");
        const identifiers = ctx.list("identifiers");
        const type = ctx.query("identifiersType");
        if ((keywords === undefined) === (identifiers === undefined)) {
          return invalidInput("Provide exactly one of keywords and identifiers");
        }
        if (identifiers && !type) return invalidInput("identifiersType is required with identifiers");
        if (type === "SKU" && ctx.query("sellerId") === undefined)
          return invalidInput("sellerId is required when identifiersType is SKU");
        const size = Number(ctx.query("pageSize") ?? 10);
        if (!Number.isInteger(size) || size < 1 || size > 20)
          return invalidInput("pageSize must be between 1 and 20");
        filter = {
          ids: ids ?? [],
          ...(keywords ? { keywords: keywords.map((k) => k.toLowerCase()) } : {}),
          ...(identifiers ? { identifiers } : {}),
          ...(type ? { type } : {}),
          size,
          included: ctx.list("includedData") ?? ["summaries"],
        };
      }
      const match = (p: SimProduct) => {
        if (filter.keywords) return filter.keywords.every((k) => p.title.toLowerCase().includes(k));
        const key = filter.type === "SKU" ? p.sku : filter.type === "EAN" ? eanOf(p) : p.asin;
        return filter.identifiers?.includes(key) ?? false;
      };
      const found = products(ctx).filter(match);
      const p = page(core, found, filter.size, {
        operationId: "searchCatalogItems",
        sellerId: ctx.seller.sellerId,
        key: JSON.stringify(filter),
        offset,
      });
      const body: C["schemas"]["ItemSearchResults"] = {
        numberOfResults: found.length,
        ...(p.nextToken ? { pagination: { nextToken: p.nextToken } } : {}),
        items: p.items.map((x) => render(x, filter.ids, new Set(filter.included))),
      };
      return ok(body);
    },
  };
}
