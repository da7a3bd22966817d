/**
 * Listings Items API 2021-08-01: put, patch, get, delete and search (by SKU, paged), with `mode=VALIDATION_PREVIEW`
 * (validate, report issues, store nothing) and Amazon's issue shape. JSON_LISTINGS_FEED messages are
 * applied through the same functions.
 */
import type { components as L } from "../../../generated/amazon/listingsItems_2021-08-01.js";
import type { SimMarketplace } from "../data/marketplaces.js";
import {
  type CallContext,
  checkMarketplaces,
  fail,
  iso,
  type OperationHandler,
  ok,
  page,
  resumePage,
  type SimCore,
  type SimListing,
  type SimListingIssue,
  type SimResult,
  type SimSeller,
} from "./core.js";

type Issue = L["schemas"]["Issue"];

/** Attributes a full listing (requirements LISTING) must carry. */
export const REQUIRED_LISTING_ATTRIBUTES: readonly string[] = [
  "item_name",
  "condition_type",
  "purchasable_offer",
];

const REQUIRED_BY_REQUIREMENTS: Record<string, readonly string[]> = {
  LISTING: REQUIRED_LISTING_ATTRIBUTES,
  LISTING_PRODUCT_ONLY: ["item_name"],
  LISTING_OFFER_ONLY: ["condition_type", "purchasable_offer"],
};

/** Validates a listing's product type and attributes; returns Amazon-style issues. */
export function validateListing(
  productType: unknown,
  attributes: unknown,
  requirements = "LISTING",
): Issue[] {
  const issues: Issue[] = [];
  if (typeof productType !== "string" || !/^[A-Z][A-Z0-9_]*$/.test(productType)) {
    issues.push({
      code: "4000001",
      message: `The provided product type '${String(productType)}' is not valid.`,
      severity: "ERROR",
      categories: ["INVALID_ATTRIBUTE"],
    });
  }
  const attrs = attributes && typeof attributes === "object" ? (attributes as Record<string, unknown>) : {};
  for (const name of REQUIRED_BY_REQUIREMENTS[requirements] ?? REQUIRED_LISTING_ATTRIBUTES) {
    const value = attrs[name];
    if (!Array.isArray(value) || value.length === 0) {
      issues.push({
        code: "90220",
        message: `'${name}' is required but not supplied.`,
        severity: "ERROR",
        attributeNames: [name],
        categories: ["MISSING_ATTRIBUTE"],
      });
    }
  }
  return issues;
}

/** Applies JSON-patch-like operations on `/attributes/<name>`; returns issues for bad paths. */
export function applyPatches(listing: Pick<SimListing, "attributes">, patches: unknown): Issue[] {
  if (!Array.isArray(patches) || patches.length === 0) {
    return [
      {
        code: "4000003",
        message: "patches must be a non-empty array",
        severity: "ERROR",
        categories: ["INVALID_ATTRIBUTE"],
      },
    ];
  }
  const issues: Issue[] = [];
  for (const p of patches as L["schemas"]["PatchOperation"][]) {
    const m = /^\/attributes\/([a-z0-9_]+)$/.exec(String(p.path ?? ""));
    if (!m?.[1] || !["add", "replace", "merge", "delete"].includes(p.op)) {
      issues.push({
        code: "4000003",
        message: `Invalid patch operation ${String(p.op)} ${String(p.path)}`,
        severity: "ERROR",
        categories: ["INVALID_ATTRIBUTE"],
      });
      continue;
    }
    if (p.op === "delete") delete listing.attributes[m[1]];
    else listing.attributes[m[1]] = p.value ?? [];
  }
  return issues;
}

/**
 * After an accepted submission: the issues Amazon's processing turns up for the SKU (set by
 * `flagAfterProcessing`), kept on the listing; a clean resubmission clears earlier ones.
 */
export function settleProcessing(core: SimCore, key: string): void {
  const listing = core.listings.get(key);
  if (!listing) return;
  const found = core.issuesAfterProcessing.get(key);
  core.issuesAfterProcessing.delete(key);
  if (found) listing.processingIssues = [...found];
  else delete listing.processingIssues;
}

/** Seeds one listing per catalog product in the seller's data marketplaces. */
export function seedListings(
  core: SimCore,
  seller: SimSeller,
  markets: readonly SimMarketplace[],
  now: number,
): void {
  for (const p of core.catalog.get(seller.sellerId) ?? []) {
    core.listings.set(`${seller.sellerId}/${p.sku}`, {
      sellerId: seller.sellerId,
      sku: p.sku,
      productType: "PRODUCT",
      asin: p.asin,
      attributes: {
        item_name: [{ value: p.title, language_tag: "en_US" }],
        condition_type: [{ value: "new_new" }],
        purchasable_offer: [
          { currency: "USD", our_price: [{ schedule: [{ value_with_tax: p.basePriceCents / 100 }] }] },
        ],
      },
      marketplaceIds: markets.map((m) => m.id),
      createdDate: now - 60 * 86_400_000,
      lastUpdatedDate: now - 60 * 86_400_000,
    });
  }
}

/** A listing as `getListingsItem` renders it, with the data sets asked for. */
export function renderListingItem(
  l: SimListing,
  included: ReadonlySet<string>,
  marketplaceIds: readonly string[],
): L["schemas"]["Item"] {
  const ids = l.marketplaceIds.filter((id) => marketplaceIds.includes(id));
  const name = (l.attributes.item_name as { value?: string }[] | undefined)?.[0]?.value;
  const issues: Issue[] = [
    ...validateListing(l.productType, l.attributes),
    ...((l.processingIssues ?? []) as SimListingIssue[] as Issue[]),
  ];
  // An ERROR takes the listing off sale: still in the catalog, no longer buyable.
  const status = (
    issues.some((i) => i.severity === "ERROR") ? ["DISCOVERABLE"] : ["BUYABLE", "DISCOVERABLE"]
  ) as ("BUYABLE" | "DISCOVERABLE")[];
  return {
    sku: l.sku,
    ...(included.has("summaries")
      ? {
          summaries: ids.map((marketplaceId) => ({
            marketplaceId,
            asin: l.asin,
            productType: l.productType,
            conditionType: "new_new" as const,
            status,
            ...(name ? { itemName: name } : {}),
            createdDate: iso(l.createdDate),
            lastUpdatedDate: iso(l.lastUpdatedDate),
          })),
        }
      : {}),
    ...(included.has("attributes") ? { attributes: l.attributes } : {}),
    ...(included.has("issues") ? { issues } : {}),
  };
}

function submission(
  core: SimCore,
  sku: string,
  issues: Issue[],
  identifiers: { marketplaceIds: readonly string[]; asin: string } | undefined,
  preview: boolean,
): SimResult {
  const invalid = issues.some((i) => i.severity === "ERROR");
  const body: L["schemas"]["ListingsItemSubmissionResponse"] = {
    sku,
    status: invalid ? "INVALID" : preview ? "VALID" : "ACCEPTED",
    submissionId: core.rng.chars(32, "0123456789abcdef"),
    issues,
    ...(identifiers
      ? {
          identifiers: identifiers.marketplaceIds.map((marketplaceId) => ({
            marketplaceId,
            asin: identifiers.asin,
          })),
        }
      : {}),
  };
  return ok(body);
}

function listingNotFound(sku: string): SimResult {
  return fail(404, "NOT_FOUND", `Requested item '${sku}' not found`);
}

/** The Listings Items handlers. */
export function listingHandlers(core: SimCore): Record<string, OperationHandler> {
  const prepare = (ctx: CallContext) => {
    if (ctx.pathParams.sellerId !== ctx.seller.sellerId) {
      return fail(
        403,
        "Unauthorized",
        "Access to requested resource is denied.",
        "The sellerId does not match the access token.",
      );
    }
    const marketplaceIds = ctx.list("marketplaceIds");
    const bad = checkMarketplaces(ctx, marketplaceIds, "marketplaceIds");
    if (bad) return bad;
    const sku = ctx.pathParams.sku ?? "";
    return {
      marketplaceIds: marketplaceIds ?? [],
      sku,
      key: `${ctx.seller.sellerId}/${sku}`,
      preview: ctx.query("mode") === "VALIDATION_PREVIEW",
    };
  };
  const asinFor = (sellerId: string, sku: string) =>
    core.catalog.get(sellerId)?.find((p) => p.sku === sku)?.asin ?? `B0${core.rng.chars(8)}`;

  return {
    "listingsItems_2021-08-01.getListingsItem"(ctx) {
      const p = prepare(ctx);
      if ("status" in p) return p;
      const l = core.listings.get(p.key);
      if (!l?.marketplaceIds.some((id) => p.marketplaceIds.includes(id))) return listingNotFound(p.sku);
      return ok(renderListingItem(l, new Set(ctx.list("includedData") ?? ["summaries"]), p.marketplaceIds));
    },
    "listingsItems_2021-08-01.putListingsItem"(ctx) {
      const p = prepare(ctx);
      if ("status" in p) return p;
      const body = (ctx.body ?? {}) as Partial<L["schemas"]["ListingsItemPutRequest"]>;
      const issues = validateListing(body.productType, body.attributes, body.requirements ?? "LISTING");
      const existing = core.listings.get(p.key);
      const asin = existing?.asin ?? asinFor(ctx.seller.sellerId, p.sku);
      if (!p.preview && issues.length === 0) {
        core.listings.set(p.key, {
          sellerId: ctx.seller.sellerId,
          sku: p.sku,
          productType: String(body.productType),
          asin,
          attributes: { ...(body.attributes as Record<string, unknown>) },
          marketplaceIds: [...new Set([...(existing?.marketplaceIds ?? []), ...p.marketplaceIds])],
          createdDate: existing?.createdDate ?? ctx.now,
          lastUpdatedDate: ctx.now,
        });
        settleProcessing(core, p.key);
      }
      const wantIds = (ctx.list("includedData") ?? []).includes("identifiers");
      return submission(
        core,
        p.sku,
        issues,
        wantIds ? { marketplaceIds: p.marketplaceIds, asin } : undefined,
        p.preview,
      );
    },
    "listingsItems_2021-08-01.patchListingsItem"(ctx) {
      const p = prepare(ctx);
      if ("status" in p) return p;
      const existing = core.listings.get(p.key);
      if (!existing) return listingNotFound(p.sku);
      const body = (ctx.body ?? {}) as Partial<L["schemas"]["ListingsItemPatchRequest"]>;
      const draft = { attributes: structuredClone(existing.attributes) };
      const issues = [
        ...applyPatches(draft, body.patches),
        ...validateListing(body.productType, draft.attributes),
      ];
      if (!p.preview && issues.length === 0) {
        existing.attributes = draft.attributes;
        existing.productType = String(body.productType);
        existing.lastUpdatedDate = ctx.now;
        settleProcessing(core, p.key);
      }
      const wantIds = (ctx.list("includedData") ?? []).includes("identifiers");
      return submission(
        core,
        p.sku,
        issues,
        wantIds ? { marketplaceIds: p.marketplaceIds, asin: existing.asin } : undefined,
        p.preview,
      );
    },
    "listingsItems_2021-08-01.searchListingsItems"(ctx) {
      if (ctx.pathParams.sellerId !== ctx.seller.sellerId) {
        return fail(
          403,
          "Unauthorized",
          "Access to requested resource is denied.",
          "The sellerId does not match the access token.",
        );
      }
      type Filter = {
        ids: string[];
        skus?: string[];
        after?: number;
        sortBy: string;
        desc: boolean;
        size: number;
        included: string[];
      };
      const token = ctx.query("pageToken");
      let filter: Filter;
      let offset = 0;
      if (token !== undefined) {
        const cursor = resumePage(core, ctx, token);
        if (!cursor) return fail(400, "InvalidInput", "Invalid pageToken");
        filter = JSON.parse(cursor.key) as Filter;
        offset = cursor.offset;
      } else {
        const ids = ctx.list("marketplaceIds");
        const bad = checkMarketplaces(ctx, ids, "marketplaceIds");
        if (bad) return bad;
        const type = ctx.query("identifiersType");
        const identifiers = ctx.list("identifiers");
        if (identifiers && type !== "SKU")
          return fail(400, "InvalidInput", "The simulator searches listings by SKU only");
        const after = ctx.query("lastUpdatedAfter");
        const size = Number(ctx.query("pageSize") ?? 10);
        if (!Number.isInteger(size) || size < 1 || size > 20)
          return fail(400, "InvalidInput", "pageSize must be between 1 and 20");
        filter = {
          ids: ids ?? [],
          ...(identifiers ? { skus: identifiers } : {}),
          ...(after !== undefined ? { after: Date.parse(after) } : {}),
          sortBy: ctx.query("sortBy") ?? "lastUpdatedDate",
          desc: (ctx.query("sortOrder") ?? "DESC") === "DESC",
          size,
          included: ctx.list("includedData") ?? ["summaries"],
        };
      }
      const key = (l: SimListing) =>
        filter.sortBy === "sku"
          ? l.sku
          : String(filter.sortBy === "createdDate" ? l.createdDate : l.lastUpdatedDate).padStart(16, "0");
      const found = [...core.listings.values()]
        .filter(
          (l) =>
            l.sellerId === ctx.seller.sellerId &&
            l.marketplaceIds.some((id) => filter.ids.includes(id)) &&
            (!filter.skus || filter.skus.includes(l.sku)) &&
            (filter.after === undefined || l.lastUpdatedDate >= filter.after),
        )
        .sort(
          (a, b) => (filter.desc ? -1 : 1) * (key(a).localeCompare(key(b)) || a.sku.localeCompare(b.sku)),
        );
      const p = page(core, found, filter.size, {
        operationId: "searchListingsItems",
        sellerId: ctx.seller.sellerId,
        key: JSON.stringify(filter),
        offset,
      });
      const body: L["schemas"]["ItemSearchResults"] = {
        numberOfResults: found.length,
        ...(p.nextToken ? { pagination: { nextToken: p.nextToken } } : {}),
        items: p.items.map((l) => renderListingItem(l, new Set(filter.included), filter.ids)),
      };
      return ok(body);
    },
    "listingsItems_2021-08-01.deleteListingsItem"(ctx) {
      const p = prepare(ctx);
      if ("status" in p) return p;
      const existing = core.listings.get(p.key);
      if (!existing) return listingNotFound(p.sku);
      existing.marketplaceIds = existing.marketplaceIds.filter((id) => !p.marketplaceIds.includes(id));
      if (existing.marketplaceIds.length === 0) core.listings.delete(p.key);
      return submission(core, p.sku, [], undefined, false);
    },
  };
}
