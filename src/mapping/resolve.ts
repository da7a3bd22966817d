/**
 * Pure look-ups in a mapping: marketplace by id or name, account role → main account (with the
 * roles' fallbacks), and SKU / ASIN → D365 item number under the document's miss policy.
 */
import { MappingError } from "../core/errors.js";
import { defaultAccountRoles } from "./default-template.js";
import type { Mapping, MarketplaceMapping } from "./schema.js";

/** A marketplace of the mapping with its Amazon marketplace id. */
export interface ResolvedMarketplace extends MarketplaceMapping {
  readonly marketplaceId: string;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Finds a marketplace by Amazon marketplace id (`ATVPDKIKX0DER`), name (`Amazon.com`) or alias
 * (`Non-Amazon US`), ignoring case. Undefined when none matches.
 */
export function findMarketplace(mapping: Mapping, idOrName: string): ResolvedMarketplace | undefined {
  const wanted = norm(idOrName);
  for (const [marketplaceId, m] of Object.entries(mapping.marketplaces)) {
    if (
      norm(marketplaceId) === wanted ||
      norm(m.name) === wanted ||
      m.aliases.some((a) => norm(a) === wanted)
    ) {
      return { ...m, marketplaceId };
    }
  }
  return undefined;
}

/**
 * The main account of an account role, following the roles' fallbacks (`storageFees` → `fbaFees`
 * → `fees`). Undefined when neither the role nor any fallback has an account.
 */
export function resolveAccountRole(mapping: Mapping, role: string): string | undefined {
  const seen = new Set<string>();
  let current: string | undefined = role;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const account = mapping.accounts[current];
    if (account !== undefined) return account;
    current = defaultAccountRoles[current]?.fallback;
  }
  return undefined;
}

/** What `ensureCustomer` (ml-connector/d365) needs for a marketplace's Amazon customer. */
export interface MarketplaceCustomer {
  readonly dataAreaId: string;
  readonly customerAccount: string;
  readonly organizationName: string;
  readonly customerGroupId: string;
  readonly salesCurrencyCode: string;
}

/**
 * The Amazon customer of a marketplace, ready for `ensureCustomer`; undefined when the marketplace
 * is unknown or has no `customer` section (then the customer must exist already).
 * @example const input = marketplaceCustomer(mapping, "ATVPDKIKX0DER"); if (input) await ensureCustomer(d365, input);
 */
export function marketplaceCustomer(mapping: Mapping, marketplace: string): MarketplaceCustomer | undefined {
  const m = findMarketplace(mapping, marketplace);
  if (!m?.customer) return undefined;
  return {
    dataAreaId: m.legalEntity,
    customerAccount: m.customerAccount,
    organizationName: m.customer.organizationName,
    customerGroupId: m.customer.customerGroupId,
    salesCurrencyCode: m.currency.toUpperCase(),
  };
}

/** How an item number was found. */
export type ItemVia = "sku" | "asin" | "sku-as-item" | "fallback";

/** An item number and how it was found. */
export interface ResolvedItem {
  readonly itemNumber: string;
  readonly via: ItemVia;
}

/**
 * Resolves an Amazon SKU (with the ASIN as fallback) to a D365 item number:
 * `items.bySku[sku]`, then the SKU itself when `skuIsItemNumber`, then `items.byAsin[asin]`, then
 * the miss policy: `error` throws, `fallback` gives `fallbackItemNumber`, `skip` gives undefined.
 * @throws MappingError (code MAPPING_ERROR, issue `item_unmapped`) on a miss under the `error` policy.
 * @example resolveItem(mapping, { sku: "HDMI-6FT", asin: "B000123" }) // { itemNumber: "A0001", via: "sku" }
 */
export function resolveItem(
  mapping: Mapping,
  item: { readonly sku?: string | undefined; readonly asin?: string | undefined },
  record?: string,
): ResolvedItem | undefined {
  const { items } = mapping;
  const sku = item.sku?.trim();
  const asin = item.asin?.trim();
  if (sku) {
    const hit = items.bySku[sku];
    if (hit !== undefined) return { itemNumber: hit, via: "sku" };
    if (items.skuIsItemNumber) return { itemNumber: sku, via: "sku-as-item" };
  }
  if (asin) {
    const hit = items.byAsin[asin];
    if (hit !== undefined) return { itemNumber: hit, via: "asin" };
  }
  if (items.onMissing === "skip") return undefined;
  if (items.onMissing === "fallback" && items.fallbackItemNumber) {
    return { itemNumber: items.fallbackItemNumber, via: "fallback" };
  }
  throw new MappingError(`No D365 item for SKU ${sku ?? "(none)"} / ASIN ${asin ?? "(none)"}`, {
    issues: [
      {
        code: "item_unmapped",
        path: sku ? ["items", "bySku", sku] : ["items", "byAsin", asin ?? ""],
        message: `add the SKU to items.bySku or the ASIN to items.byAsin${items.onMissing === "fallback" ? ", or set items.fallbackItemNumber" : ""}`,
      },
    ],
    where: { system: "local", operation: "resolveItem", ...(record ? { record } : {}) },
    hint: "the record is parked; replay it after the mapping is fixed",
  });
}
