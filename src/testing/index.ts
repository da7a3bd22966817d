/**
 * `ml-connector/testing`: the tools we test with, shipped so host applications test their
 * integration the same way: msw simulators of SP-API and D365, data generators, the simulated
 * clock, and the storage-adapter conformance suite.
 * @packageDocumentation
 */
export { type SandboxCase, sandboxCases } from "../../generated/amazon/sandbox.js";
export { createSimulatedClock, type SimulatedClock, type SimulatedClockOptions } from "../core/clock.js";
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
