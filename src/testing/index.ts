/**
 * `ml-connector/testing`: the tools we test with, shipped so host applications test their
 * integration the same way: msw simulators of SP-API and D365, data generators, the simulated
 * clock, and the storage-adapter conformance suite.
 * @packageDocumentation
 */
export { type SandboxCase, sandboxCases } from "../../generated/amazon/sandbox.js";
export { createSimulatedClock, type SimulatedClock, type SimulatedClockOptions } from "../core/clock.js";
export { createSimulatorClient, rawTokenProvider, type SimulatorClientOptions } from "./amazon/clients.js";
export type {
  AmazonErrorBody,
  SimAccessToken,
  SimCallRecord,
  SimCounters,
  SimDocument,
  SimDocumentContent,
  SimEventGroup,
  SimFeed,
  SimInventory,
  SimListing,
  SimReport,
  SimRestrictedResource,
  SimSeller,
  SimTimings,
} from "./amazon/core.js";
export { documentHosts } from "./amazon/documents.js";
export type { FaultDecision, FaultSettings, Faults } from "./amazon/faults.js";
export type { ListingsProcessingReport, ReportIssue } from "./amazon/feeds.js";
export { type LwaErrorBody, lwaTokenUrl } from "./amazon/lwa.js";
export { SANDBOX_PLAN, type SandboxControls } from "./amazon/sandbox.js";
export {
  type LoadedSettlementFile,
  type LoadSettlementFileOptions,
  marketplaceOfName as simMarketplaceOfName,
} from "./amazon/settlement-files.js";
export { SETTLEMENT_REPORT_TYPE } from "./amazon/settlements.js";
export {
  type AddOrderInput,
  type AmazonSimulator,
  type AmazonSimulatorOptions,
  type AmazonSimulatorState,
  createAmazonSimulator,
  defaultSimSeller,
  type PublishSettlementInput,
  spApiSimHosts,
} from "./amazon/simulator.js";
export type { UsagePlan, UsagePlans } from "./amazon/usage-plans.js";
export {
  createSimulatorControl,
  type SimulatorControl,
  SimulatorControlError,
  type SimulatorLoadedFile,
  type SimulatorReportView,
  type SimulatorStateView,
} from "./control.js";
export {
  type BatchResponse as D365BatchResponse,
  type BatchResponsePart as D365BatchResponsePart,
  parseBatchResponse as parseD365BatchResponse,
} from "./d365/batch.js";
export { type BearerFetch, type SimulatorCredentials, simulatorBearerFetch } from "./d365/bearer-fetch.js";
export type { EntityRow as D365Row, StoredValue as D365StoredValue } from "./d365/edm.js";
export type { D365ErrorBody } from "./d365/odata-fault.js";
export { defaultFieldLengths, type SegmentFormat as D365SegmentFormat } from "./d365/rules.js";
export {
  createD365Simulator,
  type D365Simulator,
  type D365SimulatorOptions,
  type D365SimulatorState,
  d365DateTime,
  type RecordedRequest as D365RecordedRequest,
} from "./d365/simulator.js";
export type {
  FaultRule as D365FaultRule,
  FaultSettings as D365FaultSettings,
  RateLimit as D365RateLimit,
  Throttle as D365Throttle,
  ThrottleOptions as D365ThrottleOptions,
  ThrottleRequest as D365ThrottleRequest,
  ThrottleVerdict as D365ThrottleVerdict,
} from "./d365/throttle.js";
export {
  type AccountLines,
  accountLines,
  type GeneratedSettlement,
  type GenerateOrderOptions,
  type GenerateOrdersOptions,
  type GenerateSettlementOptions,
  generateCatalog,
  generateOrder,
  generateOrders,
  generateSettlement,
  refundLines,
  type SimAddress,
  type SimOrder,
  type SimOrderItem,
  type SimOrderStatus,
  type SimProduct,
  type SimRefund,
  type SimRefundItem,
  type SimSettlementLine,
  type SimSettlementSummary,
  shipmentLines,
  sumLines,
} from "./data/amazon-data.js";
export {
  type D365Seed,
  type D365SeedCompany,
  type D365SeedDimension,
  type D365SeedJournalName,
  type D365SeedMainAccount,
  defaultD365Seed,
} from "./data/d365-seed.js";
export {
  defaultDataMarketplaces,
  findMarketplace as findSimMarketplace,
  marketplaceForFormat,
  type SettlementFormat,
  type SimMarketplace,
  type SimRegion,
  simMarketplaces,
  type TaxModel,
} from "./data/marketplaces.js";
export { createPrng, type Prng } from "./data/prng.js";
export {
  type SettlementInstant,
  type SettlementLineInput,
  type SettlementSummaryInput,
  type SettlementWriterFormat,
  settlementV1Triple,
  type WriteSettlementOptions,
  writeSettlement,
} from "./data/settlement-writer.js";
export { simulatorMapping } from "./data/sim-mapping.js";
export {
  type AdvancingClock,
  createFlowingClock,
  type SimulatorAmazonEndpoints,
  type SimulatorD365Endpoints,
  type SimulatorServer,
  type SimulatorServerOptions,
  startSimulatorServer,
} from "./server.js";
export {
  type RawAudit,
  type RawCredential,
  type RawDedup,
  type RawRecord,
  runStorageAdapterSuite,
  type StorageInspector,
  type StorageSuiteContext,
  type StorageSuiteOptions,
} from "./storage-suite.js";
