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
export type { FaultSettings, Faults } from "./amazon/faults.js";
export type { ListingsProcessingReport } from "./amazon/feeds.js";
export { type LwaErrorBody, lwaTokenUrl } from "./amazon/lwa.js";
export { SANDBOX_PLAN, type SandboxControls } from "./amazon/sandbox.js";
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
  accountLines,
  type GeneratedSettlement,
  type GenerateSettlementOptions,
  generateCatalog,
  generateOrder,
  generateOrders,
  generateSettlement,
  refundLines,
  type SimOrder,
  type SimOrderItem,
  type SimProduct,
  type SimRefund,
  type SimSettlementLine,
  type SimSettlementSummary,
  shipmentLines,
  sumLines,
} from "./data/amazon-data.js";
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
export { simulatorMapping } from "./data/sim-mapping.js";
