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
export { type UploadFeedDocumentOptions, uploadFeedDocument } from "./feeds/feeds.js";
export {
  type FinanceBreakdown,
  type FinanceTransaction,
  type FinancialEvent,
  type FinancialEventAmount,
  type FinancialEventKind,
  type FinancialEventListName,
  financeMoney,
  flattenEventAmounts,
  normalizeFinancialEvents,
  normalizeTransaction,
} from "./finances/events.js";
export {
  type ListFinancialEventGroupsOptions,
  type ListFinancialEventsOptions,
  type ListTransactionsOptions,
  listFinancialEventGroups,
  listFinancialEventsByGroupId,
  listTransactions,
  type ProvisionalGroupView,
  type ProvisionalTotal,
  type ProvisionalViewOptions,
  readProvisionalView,
} from "./finances/finances.js";
export {
  getInventorySnapshot,
  type InventorySnapshot,
  type ListInventorySummariesOptions,
  listInventorySummaries,
  toInventorySnapshot,
} from "./inventory/inventory.js";
export {
  type BuiltListingsFeed,
  buildListingsFeed,
  createListingsFeed,
  downloadProcessingReport,
  type Feed,
  type FeedListing,
  type FeedListingResult,
  type ListingsFeedDocument,
  type ListingsFeedMessage,
  type ListingsProcessingReport,
  MAX_FEED_MESSAGES,
  mapProcessingReport,
  type ProcessingReportIssue,
  parseProcessingReport,
  type WaitForFeedOptions,
  waitForFeed,
} from "./listings/feed.js";
export {
  attributePatches,
  fromAmazonIssue,
  getListing,
  type ListingState,
  type ListingSubmission,
  type ListingToSend,
  submitListing,
} from "./listings/items.js";
export {
  chooseListingsPath,
  defaultListingsUsagePlans,
  type ListingsPathChoice,
  type ListingsPathInput,
  type ListingsUsagePlans,
  type UsagePlan,
} from "./listings/path.js";
export {
  type GetProductTypeSchemaOptions,
  getProductTypeSchema,
  type ProductTypeSchema,
} from "./listings/product-types.js";
export { createListingValidator, type ListingIssue, type ListingValidator } from "./listings/validate.js";
export {
  type BackfillEstimate,
  type BackfillEstimateInput,
  type BackfillOrdersOptions,
  type BackfillPathCost,
  type BackfillResult,
  backfillOrders,
  estimateOrderBackfill,
  usagePlanFloorMs,
} from "./orders/backfill.js";
export {
  type Instant,
  includedDataFor,
  type ListOrdersOptions,
  listOrderPages,
  listOrders,
  type OrdersPage,
} from "./orders/list-orders.js";
export { fromOrder2026, fromOrderV0, type NormalizeOrderOptions, orderStatusOf } from "./orders/normalize.js";
export {
  ORDERS_BY_LAST_UPDATE_REPORT,
  type ParseOrdersReportOptions,
  parseOrdersReport,
} from "./orders/orders-report.js";
export {
  createOrderPoller,
  ORDERS_V0_RETIREMENT,
  type OrderPoller,
  type OrderPollerOptions,
  type OrderPollResult,
  orderCursorKey,
  orderFingerprint,
} from "./orders/poller.js";
export type {
  AmazonFulfilledBy,
  AmazonOrder,
  AmazonOrderAddress,
  AmazonOrderBuyer,
  AmazonOrderItem,
  AmazonOrderStatus,
  OrdersApiVersion,
} from "./orders/types.js";
export {
  findMarketplace,
  lwaTokenEndpoint,
  type Marketplace,
  marketplaces,
  type SpApiRegion,
  spApiHosts,
} from "./regions.js";
export {
  type DownloadReportDocumentOptions,
  downloadReportDocument,
  type FetchedReportDocument,
  fetchReportDocument,
  getReport,
  gunzipReportDocument,
  isGzip,
  type ListReportsOptions,
  listReports,
  type Report,
  type ReportDocumentDownload,
  type ReportProcessingStatus,
  type ReportRequest,
  requestReport,
  type WaitForReportOptions,
  waitForReport,
} from "./reports/reports.js";
export {
  type FetchedSettlementDocument,
  type FetchSettlementDocumentOptions,
  fetchSettlementDocument,
  type ListSettlementReportsOptions,
  listSettlementReports,
  type NewSettlement,
  type RepeatedSettlement,
  SETTLEMENT_REPORT_TYPE,
  type SettlementReportRef,
  type SettlementSyncResult,
  type SyncSettlementsOptions,
  settlementArchiveKey,
  settlementCursorKey,
  settlementRecord,
  syncSettlements,
} from "./reports/settlements.js";
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
