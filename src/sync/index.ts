/**
 * `ml-connector/sync`: the engine. `createConnector` runs the flows as durable, resumable state
 * machines over a storage adapter: discover, download, parse, map, post, reconcile; park what needs
 * a person, replay it once fixed.
 * @packageDocumentation
 */

export {
  type LoadConfigOptions,
  type LoadedConnectorConfig,
  loadConnectorConfig,
} from "./config.js";
export {
  type Connector,
  createConnector,
  type ListingReplayTarget,
  type OrderReplayTarget,
  type ReplayTarget,
  type RunOptions,
  type SettlementReportEntry,
  type SettlementRunReport,
} from "./connector.js";
export type { FlowContext, FlowSeller, ReadSettlement } from "./context.js";
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
  ScheduledEvent,
  ThrottledEvent,
  TransitionEvent,
} from "./events.js";
export {
  type InventoryData,
  type InventoryHistoryQuery,
  type InventoryLevel,
  type InventoryLevels,
  type InventoryQuery,
  type InventoryReader,
  type InventoryReportEntry,
  type InventoryRunReport,
  InventoryState,
  inventoryFlow,
  inventoryRecordId,
} from "./flows/inventory.js";
export {
  type ListingData,
  type ListingFlowContext,
  ListingRecordState,
  type ListingReportEntry,
  type ListingsFeedData,
  type ListingsFeedReportEntry,
  ListingsFeedState,
  type ListingsPathReport,
  type ListingsRunReport,
  listingFlow,
  listingRecordId,
  listingsFeedFlow,
} from "./flows/listings.js";

export type { OrderFlowContext, OrderSnapshot, PlanLine } from "./flows/orders.js";
export {
  creditNoteReference,
  type OrderData,
  type OrderDocument,
  type OrderReportEntry,
  type OrderRunReport,
  OrderState,
  orderFlow,
  orderRecordId,
} from "./flows/orders.js";
export {
  type ProvisionalAmount,
  type ProvisionalData,
  type ProvisionalFlowContext,
  type ProvisionalGroup,
  type ProvisionalJournal,
  type ProvisionalReader,
  type ProvisionalReplayTarget,
  type ProvisionalRevision,
  type ProvisionalRunReport,
  ProvisionalState,
  type ProvisionalViewQuery,
  provisionalFlow,
  provisionalJournalMarkers,
  provisionalRecordId,
} from "./flows/provisional.js";
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
  ListingsOptionsInput,
  OrderChargeLines,
  OrdersOptionsInput,
  PostingOptionsInput,
  ProvisionalOptionsInput,
  ResolvedListingsOptions,
  ResolvedOrdersOptions,
  ResolvedProvisionalOptions,
  SellerOptions,
  TimeoutsOptionsInput,
} from "./options.js";
export {
  type ConnectionCheck,
  type ConnectionReport,
  checkConnection,
  connectorEntities,
} from "./ping.js";
export {
  type AccountingPeriod,
  buildSettlementPosting,
  calendarMonths,
  isInvoicedAmount,
  type OrderRevenue,
  type PeriodFunction,
  type PostingMode,
  type PostingNote,
  type PostingOptions,
  type PostingVoucher,
  type SettlementPosting,
  splitByPeriod,
  splitVouchersIntoJournals,
} from "./posting.js";
export {
  type AccountTotal,
  loadReconciliationEntries,
  type PlanSummary,
  type PostingPlan,
  type PostingPlanLine,
  type ReconciliationReportEntry,
  type ReconciliationReportOptions,
  renderReconciliationReport,
  summarizePlan,
} from "./report-html.js";
export { type FlowDefinition, type FlowStep, type StepResult, transitionTable } from "./runner.js";
export type { FlowSchedule, StartOptions } from "./scheduler.js";
