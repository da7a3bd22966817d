/**
 * `ml-connector/amazon`: typed SP-API clients on the regional hosts, marketplaces, and the
 * generated usage-plan table.
 * @packageDocumentation
 */
export {
  type AmazonApi,
  amazonApis,
  type OperationInfo,
  operations,
  type RestrictedKind,
} from "../../generated/amazon/operations.js";
export {
  amazonTokenPlacement,
  type LwaTokenProvider,
  type LwaTokenProviderOptions,
  lwaTokenProvider,
} from "./auth/lwa.js";
export {
  RDT_DATA_ELEMENTS_HEADER,
  RDT_DATA_ELEMENTS_META,
  RDT_REQUIRED_HEADER,
  RDT_REQUIRED_META,
  type RdtDataElement,
  type RestrictedDataOptions,
  restrictedDataTokenProvider,
} from "./auth/rdt.js";
export {
  createSpApiClient,
  findOperation,
  type SpApiClient,
  type SpApiClientOptions,
  type SpApiClients,
  spApiModels,
} from "./client.js";
export {
  findMarketplace,
  lwaTokenEndpoint,
  type Marketplace,
  marketplaces,
  type SpApiRegion,
  spApiHosts,
} from "./regions.js";
export {
  SETTLEMENT_V1_AMOUNT_COLUMNS,
  SETTLEMENT_V1_COLUMNS,
  SETTLEMENT_V2_COLUMNS,
} from "./settlement/columns.js";
export { parseSettlementDate, type SettlementDate } from "./settlement/dates.js";
export type { SettlementEncoding, SettlementInput } from "./settlement/decode.js";
export {
  type FinancialEventGroupSummary,
  findEventGroupsForSettlement,
  readFinancialEventGroups,
} from "./settlement/event-groups.js";
export {
  parseSettlement,
  parseSettlementFile,
  readSettlement,
  SettlementNotReconciledError,
  type SettlementParse,
} from "./settlement/parse-settlement.js";
export type {
  SettlementLayout,
  SettlementParseOptions,
  SettlementResult,
  SettlementRow,
  SettlementSummary,
  SettlementTotal,
} from "./settlement/types.js";
