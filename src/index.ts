/**
 * ml-connector: Amazon Seller Central (SP-API) ↔ Microsoft Dynamics 365 Finance & Operations.
 *
 * The root entry re-exports what most hosts need. Subpaths hold the rest: `ml-connector/core`,
 * `/amazon`, `/d365`, `/mapping`, `/sync`, `/storage/memory`, `/storage/sqlite`, `/storage/postgres`
 * and `/testing`. Importing the root never loads a database driver or msw.
 * @packageDocumentation
 */

export { type LwaTokenProviderOptions, lwaTokenProvider } from "./amazon/auth/lwa.js";
export { createSpApiClient, type SpApiClient, type SpApiClientOptions } from "./amazon/client.js";
export { findMarketplace, marketplaces, type SpApiRegion } from "./amazon/regions.js";
export { parseSettlement, readSettlement } from "./amazon/settlement/parse-settlement.js";
export { type Clock, createSimulatedClock, systemClock } from "./core/clock.js";
export {
  AmazonApiError,
  AuthError,
  ConfigError,
  ConnectorError,
  D365ODataError,
  isConnectorError,
  isLeaseTooShortError,
  LeaseTooShortError,
  MappingError,
  PeerMissingError,
  SettlementParseError,
  ThrottledError,
  ValidationError,
  VaultError,
} from "./core/errors.js";
export { consoleLogger, type Logger, silentLogger } from "./core/logger.js";
export { Money } from "./core/money.js";
export { Secret } from "./core/redact.js";
export { type CredentialVault, createCredentialVault } from "./core/vault.js";
export { type EntraTokenProviderOptions, entraTokenProvider } from "./d365/auth/entra.js";
export { createD365Client, type D365Client, type D365ClientOptions } from "./d365/client.js";
export {
  type ConnectionCheck,
  type ConnectionReport,
  type Connector,
  type ConnectorOptions,
  checkConnection,
  createConnector,
  type SettlementReportEntry,
  type SettlementRunReport,
} from "./sync/index.js";
