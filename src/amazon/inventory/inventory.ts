/**
 * FBA inventory: `getInventorySummaries` (with details, granularity by marketplace, paging hidden)
 * as a typed snapshot per SKU, FNSKU and ASIN.
 */
import type {
  components as FbaInventory,
  operations as FbaInventoryOps,
} from "../../../generated/amazon/fbaInventory.js";
import { ValidationError } from "../../core/errors.js";
import type { SpApiClient } from "../client.js";
import { type Instant, toEpochMs } from "../orders/list-orders.js";
import { expectData, isoSeconds, normalizeInstant } from "../reports/call-result.js";

/** One SKU's FBA quantities in one marketplace. */
export interface InventorySnapshot {
  readonly marketplaceId: string;
  readonly sku: string | undefined;
  readonly fnSku: string | undefined;
  readonly asin: string | undefined;
  readonly condition: string | undefined;
  readonly productName: string | undefined;
  /** Available to ship to buyers. */
  readonly fulfillable: number;
  /** Working + shipped + receiving inbound units. */
  readonly inbound: number;
  readonly inboundWorking: number;
  readonly inboundShipped: number;
  readonly inboundReceiving: number;
  /** Reserved (customer orders, transshipment, FC processing). */
  readonly reserved: number;
  /** Damaged, defective, expired and similar units. */
  readonly unfulfillable: number;
  readonly researching: number;
  /** Amazon's `totalQuantity`, when sent. */
  readonly total: number | undefined;
  /** ISO 8601, when sent. */
  readonly lastUpdatedTime: string | undefined;
  /** False when Amazon sent no `inventoryDetails` (the quantities then read 0). */
  readonly detailed: boolean;
  readonly raw: FbaInventory["schemas"]["InventorySummary"];
}

/** Options of {@link listInventorySummaries}. */
export interface ListInventorySummariesOptions {
  /** One marketplace (granularity `Marketplace`). */
  readonly marketplaceId: string;
  /** Ask for quantity details. @default true */
  readonly details?: boolean;
  /** Only SKUs changed since. */
  readonly startDateTime?: Instant;
  /** At most 50 SKUs. */
  readonly sellerSkus?: readonly string[];
}

/** Normalizes one inventory summary. */
export function toInventorySnapshot(
  marketplaceId: string,
  s: FbaInventory["schemas"]["InventorySummary"],
): InventorySnapshot {
  const d = s.inventoryDetails;
  const inboundWorking = d?.inboundWorkingQuantity ?? 0;
  const inboundShipped = d?.inboundShippedQuantity ?? 0;
  const inboundReceiving = d?.inboundReceivingQuantity ?? 0;
  return {
    marketplaceId,
    sku: s.sellerSku,
    fnSku: s.fnSku,
    asin: s.asin,
    condition: s.condition,
    productName: s.productName,
    fulfillable: d?.fulfillableQuantity ?? 0,
    inbound: inboundWorking + inboundShipped + inboundReceiving,
    inboundWorking,
    inboundShipped,
    inboundReceiving,
    reserved: d?.reservedQuantity?.totalReservedQuantity ?? 0,
    unfulfillable: d?.unfulfillableQuantity?.totalUnfulfillableQuantity ?? 0,
    researching: d?.researchingQuantity?.totalResearchingQuantity ?? 0,
    total: s.totalQuantity,
    lastUpdatedTime: normalizeInstant(s.lastUpdatedTime) ?? s.lastUpdatedTime,
    detailed: d !== undefined,
    raw: s,
  };
}

/**
 * Every FBA inventory summary of a marketplace, one snapshot per SKU, across pages.
 * @example
 * for await (const s of listInventorySummaries(amazon, { marketplaceId: "ATVPDKIKX0DER" })) {
 *   console.log(s.sku, s.fulfillable, s.inbound, s.reserved, s.unfulfillable);
 * }
 */
export async function* listInventorySummaries(
  amazon: SpApiClient,
  options: ListInventorySummariesOptions,
): AsyncGenerator<InventorySnapshot> {
  if (options.sellerSkus && options.sellerSkus.length > 50) {
    throw new ValidationError("Too many SKUs for getInventorySummaries", {
      issues: [{ code: "too_big", path: ["sellerSkus"], message: "at most 50 SKUs per call" }],
      where: { system: "local", operation: "listInventorySummaries" },
      hint: "split the SKUs into batches of 50",
    });
  }
  const path = "/fba/inventory/v1/summaries";
  const marketplaceId = options.marketplaceId;
  let token: string | undefined;
  do {
    const query: FbaInventoryOps["getInventorySummaries"]["parameters"]["query"] = {
      granularityType: "Marketplace",
      granularityId: marketplaceId,
      marketplaceIds: [marketplaceId],
      details: options.details ?? true,
      ...(token
        ? { nextToken: token }
        : {
            ...(options.startDateTime !== undefined
              ? { startDateTime: isoSeconds(toEpochMs(options.startDateTime, "startDateTime")) }
              : {}),
            ...(options.sellerSkus ? { sellerSkus: [...options.sellerSkus] } : {}),
          }),
    };
    const data = expectData<FbaInventory["schemas"]["GetInventorySummariesResponse"]>(
      await amazon.fbaInventory.GET(path, { params: { query } }),
      { operation: "getInventorySummaries", path, record: marketplaceId },
    );
    for (const s of data.payload?.inventorySummaries ?? []) yield toInventorySnapshot(marketplaceId, s);
    token = data.pagination?.nextToken;
  } while (token);
}

/**
 * A whole snapshot: every SKU of the marketplaces, keyed by marketplace then SKU (or FNSKU/ASIN
 * for a summary without one).
 */
export async function getInventorySnapshot(
  amazon: SpApiClient,
  options: { readonly marketplaceIds: readonly string[]; readonly details?: boolean },
): Promise<Map<string, Map<string, InventorySnapshot>>> {
  const out = new Map<string, Map<string, InventorySnapshot>>();
  for (const marketplaceId of options.marketplaceIds) {
    const bySku = new Map<string, InventorySnapshot>();
    for await (const s of listInventorySummaries(amazon, {
      marketplaceId,
      ...(options.details !== undefined ? { details: options.details } : {}),
    })) {
      bySku.set(s.sku ?? s.fnSku ?? s.asin ?? "", s);
    }
    out.set(marketplaceId, bySku);
  }
  return out;
}
