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
