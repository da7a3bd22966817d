/**
 * `ml-connector/mapping`: the mapping document (marketplace → legal entity, SKU → item, settlement
 * and fee types → main accounts and dimensions), the shipped default template, resolution of
 * settlement and Finances amounts into balanced journals, and validation against D365.
 * @packageDocumentation
 */
export { type AccountRole, defaultAccountRoles, defaultRules } from "./default-template.js";
export { defaultDimensionDisplayValue, displayValueIssues, ledgerDisplayValue } from "./display-value.js";
export { financeAmounts } from "./finance-amounts.js";
export {
  fillTemplate,
  type ListingAttributes,
  type ListingDraft,
  listingMarketplaces,
  listingProductType,
  mapListing,
} from "./listings.js";
export {
  findMarketplace,
  type ItemVia,
  type MarketplaceCustomer,
  marketplaceCustomer,
  type ResolvedItem,
  type ResolvedMarketplace,
  resolveAccountRole,
  resolveItem,
} from "./resolve.js";
export {
  type AmountKey,
  type AmountSource,
  findRule,
  type RankedRule,
  rankRules,
  ruleMatches,
  specificity,
} from "./rules.js";
export {
  bankSchema,
  itemsSchema,
  type ListingsMapping,
  listingAttributesSchema,
  listingsSchema,
  loadMapping,
  type Mapping,
  type MappingInput,
  type MappingRule,
  type MarketplaceMapping,
  mappingSchema,
  marketplaceSchema,
  parseMapping,
  parseMappingText,
  ruleSchema,
  type SegmentFormat,
  segmentFormatSchema,
  type TaxGroups,
  taxGroupsSchema,
} from "./schema.js";
export {
  type AmountInput,
  type ResolvedAmount,
  type ResolveOptions,
  resolveAmounts,
  resolveSettlementLines,
  type SettlementJournal,
  type SettlementJournalOptions,
  settlementJournal,
  UnmappedAmountsError,
  type UnmappedCombination,
  type UnmappedExample,
} from "./settlement-lines.js";
export { type MappingIssue, type MappingLookup, validateMapping } from "./validate.js";
