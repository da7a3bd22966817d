/**
 * `ml-connector/sync`: the engine. `createConnector` runs the flows as durable, resumable state
 * machines over a storage adapter: discover, download, parse, map, post, reconcile; park what needs
 * a person, replay it once fixed.
 * @packageDocumentation
 */
export {
  type Connector,
  createConnector,
  type ReplayTarget,
  type RunOptions,
  type SettlementReportEntry,
  type SettlementRunReport,
} from "./connector.js";
export type { FlowContext, FlowSeller } from "./context.js";
export type {
  ConnectorEvent,
  ConnectorEventType,
  EventHub,
  EventOf,
  FlowName,
  Listener,
  ParkedEvent,
  PostedEvent,
  ProgressEvent,
  ThrottledEvent,
  TransitionEvent,
} from "./events.js";
export {
  type PostedJournal,
  type Reconciliation,
  type SettlementData,
  type SettlementFlowContext,
  SettlementState,
  settlementFlow,
  settlementRecordId,
} from "./flows/settlements.js";
export type {
  ConnectorOptions,
  CredentialsRef,
  D365Options,
  PostingOptionsInput,
  SellerOptions,
} from "./options.js";
export {
  type AccountingPeriod,
  buildSettlementPosting,
  calendarMonths,
  type PeriodFunction,
  type PostingMode,
  type PostingNote,
  type PostingOptions,
  type PostingVoucher,
  type SettlementPosting,
  splitByPeriod,
  splitVouchersIntoJournals,
} from "./posting.js";
export { type FlowDefinition, type FlowStep, type StepResult, transitionTable } from "./runner.js";
