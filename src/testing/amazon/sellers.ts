/** Sellers API v1: getMarketplaceParticipations for the endpoint's region. */
import type { components as S } from "../../../generated/amazon/sellers.js";
import { findMarketplace } from "../data/marketplaces.js";
import { type OperationHandler, ok, type SimCore } from "./core.js";

/** The Sellers handler. */
export function sellerHandlers(_core: SimCore): Record<string, OperationHandler> {
  return {
    "sellers.getMarketplaceParticipations"(ctx) {
      const payload: S["schemas"]["MarketplaceParticipationList"] = ctx.seller.marketplaces
        .map(findMarketplace)
        .filter((m) => m !== undefined && m.region === ctx.region)
        .map((m) => ({
          marketplace: {
            id: m!.id,
            name: m!.name,
            countryCode: m!.countryCode === "UK" ? "GB" : m!.countryCode,
            defaultCurrencyCode: m!.currency,
            defaultLanguageCode: m!.language,
            domainName: m!.domain,
          },
          participation: { isParticipating: true, hasSuspendedListings: false },
          storeName: ctx.seller.storeName ?? "Simulated Store",
        }));
      return ok({ payload });
    },
  };
}
