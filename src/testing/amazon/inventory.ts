/**
 * FBA Inventory API v1: getInventorySummaries per marketplace, with details, startDateTime and
 * sellerSkus filters and NextToken paging (50 summaries per page, as Amazon pages).
 */
import type { components as I } from "../../../generated/amazon/fbaInventory.js";
import type { SimMarketplace } from "../data/marketplaces.js";
import { createPrng } from "../data/prng.js";
import {
  checkMarketplaces,
  invalidInput,
  iso,
  type OperationHandler,
  ok,
  page,
  parseInstant,
  resumePage,
  type SimCore,
  type SimSeller,
} from "./core.js";

/** Summaries per page of getInventorySummaries. */
export const INVENTORY_PAGE_SIZE = 50;

/** Seeds an FBA inventory position for every catalog product in each data marketplace. */
export function seedInventory(
  core: SimCore,
  seller: SimSeller,
  markets: readonly SimMarketplace[],
  now: number,
): void {
  const rng = createPrng(core.seed).fork(200);
  for (const m of markets) {
    for (const p of core.catalog.get(seller.sellerId) ?? []) {
      core.inventory.push({
        sellerId: seller.sellerId,
        marketplaceId: m.id,
        sku: p.sku,
        asin: p.asin,
        fnSku: p.fnSku,
        productName: p.title,
        fulfillable: rng.int(0, 400),
        inbound: rng.chance(0.3) ? rng.int(10, 200) : 0,
        reserved: rng.int(0, 12),
        unfulfillable: rng.chance(0.2) ? rng.int(1, 5) : 0,
        lastUpdatedTime: now - rng.int(1, 40) * 86_400_000,
      });
    }
  }
}

/** The FBA Inventory handler. */
export function inventoryHandlers(core: SimCore): Record<string, OperationHandler> {
  return {
    "fbaInventory.getInventorySummaries"(ctx) {
      type Filter = { marketplaceId: string; details: boolean; since?: number; skus?: string[] };
      const next = ctx.query("nextToken");
      let filter: Filter;
      let offset = 0;
      if (next !== undefined) {
        const cursor = resumePage(core, ctx, next);
        if (!cursor) return invalidInput("Invalid nextToken");
        filter = JSON.parse(cursor.key) as Filter;
        offset = cursor.offset;
      } else {
        if (ctx.query("granularityType") !== "Marketplace")
          return invalidInput("granularityType must be Marketplace");
        const marketplaceId = ctx.query("granularityId") ?? "";
        const ids = ctx.list("marketplaceIds");
        const bad = checkMarketplaces(ctx, ids, "marketplaceIds");
        if (bad) return bad;
        if (ids?.length !== 1 || ids[0] !== marketplaceId) {
          return invalidInput("granularityId must be the one marketplace in marketplaceIds");
        }
        const since = parseInstant(ctx.query("startDateTime"));
        if (since !== undefined && Number.isNaN(since))
          return invalidInput("startDateTime must be an ISO 8601 date");
        const skus = ctx.list("sellerSkus");
        if (skus && skus.length > 50) return invalidInput("sellerSkus accepts at most 50 values");
        filter = {
          marketplaceId,
          details: ctx.query("details") === "true",
          ...(since !== undefined ? { since } : {}),
          ...(skus ? { skus } : {}),
        };
      }
      const rows = core.inventory.filter(
        (r) =>
          r.sellerId === ctx.seller.sellerId &&
          r.marketplaceId === filter.marketplaceId &&
          (filter.since === undefined || r.lastUpdatedTime >= filter.since) &&
          (!filter.skus || filter.skus.includes(r.sku)),
      );
      const p = page(core, rows, INVENTORY_PAGE_SIZE, {
        operationId: "getInventorySummaries",
        sellerId: ctx.seller.sellerId,
        key: JSON.stringify(filter),
        offset,
      });
      const body: I["schemas"]["GetInventorySummariesResponse"] = {
        ...(p.nextToken ? { pagination: { nextToken: p.nextToken } } : {}),
        payload: {
          granularity: { granularityType: "Marketplace", granularityId: filter.marketplaceId },
          inventorySummaries: p.items.map((r) => ({
            asin: r.asin,
            fnSku: r.fnSku,
            sellerSku: r.sku,
            condition: "NewItem",
            ...(filter.details
              ? {
                  inventoryDetails: {
                    fulfillableQuantity: r.fulfillable,
                    inboundWorkingQuantity: 0,
                    inboundShippedQuantity: r.inbound,
                    inboundReceivingQuantity: 0,
                    reservedQuantity: { totalReservedQuantity: r.reserved },
                    unfulfillableQuantity: { totalUnfulfillableQuantity: r.unfulfillable },
                  },
                }
              : {}),
            lastUpdatedTime: iso(r.lastUpdatedTime),
            productName: r.productName,
            totalQuantity: r.fulfillable + r.inbound + r.reserved + r.unfulfillable,
          })),
        },
      };
      return ok(body);
    },
  };
}
