/**
 * `ml-connector/d365`: the typed Dynamics 365 F&O OData client and the generated entity-set table.
 * @packageDocumentation
 */
export {
  type EntityProperty,
  type EntitySetInfo,
  type EntitySetName,
  entitySets,
  enumTypes,
} from "../../generated/d365/entity-sets.js";
export {
  d365TokenPlacement,
  type EntraCertificate,
  type EntraTokenProvider,
  type EntraTokenProviderOptions,
  entraTokenProvider,
} from "./auth/entra.js";
export {
  type BatchAnswer,
  type BatchOptions,
  type BatchResponsePart,
  type ChangeSetOperation,
  type ChangeSetOutcome,
  type ChangeSetResult,
  executeBatch,
  executeChangeSet,
  parseBatchResponse,
  type ResponsePart,
  serializeBatch,
} from "./batch.js";
export {
  createD365Client,
  type D365Client,
  type D365ClientOptions,
  type D365Paths,
  normalizeEnvironmentUrl,
  resolveD365Operation,
} from "./client.js";
export {
  type D365Create,
  type D365Entity,
  type EntityTypeOf,
  type GeneratedCreate,
  readOnlyEntitySets,
  type ServerAssignedKeys,
  serverAssignedKeys,
  type WritableEntitySet,
} from "./create-types.js";
export {
  type CustomerInvoiceRef,
  type CustomerInvoiceType,
  ensureCustomerInvoice,
  type OrderInvoiceInput,
  type OrderInvoiceLine,
} from "./entities/customer-invoices.js";
export {
  type AmazonCustomerInput,
  type CustomerRef,
  ensureCustomer,
  findCustomer,
} from "./entities/customers.js";
export { type DocumentSteps, ensureDocument, type FoundHeader } from "./entities/document.js";
export {
  ensureFreeTextInvoice,
  type FreeTextInvoiceInput,
  type FreeTextInvoiceLineInput,
  type FreeTextInvoiceRef,
  findFreeTextInvoices,
} from "./entities/free-text-invoices.js";
export {
  assertBalanced,
  type EnsureSettlementJournalsOptions,
  ensureGeneralJournal,
  ensureSettlementJournals,
  findGeneralJournals,
  type GeneralJournalInput,
  type GeneralJournalRef,
  type JournalLineInput,
  type LedgerAccountType,
  type SettlementJournalInput,
  settlementJournalMarker,
  splitJournalLines,
} from "./entities/general-journals.js";
export {
  type Ensured,
  type EnsureOutcome,
  ensureOnce,
  type NaturalKeyOptions,
  type VerifyDone,
} from "./entities/natural-key.js";
export {
  changedReleasedProducts,
  DEFAULT_PRODUCT_FIELDS,
  loadProductWatermark,
  type ProductFieldValue,
  type ProductWatermark,
  productFingerprint,
  type ReadReleasedProductsOptions,
  type ReleasedProduct,
  readReleasedProducts,
  saveProductWatermark,
} from "./entities/released-products.js";
export {
  ensureSalesOrder,
  findSalesOrders,
  type SalesOrderInput,
  type SalesOrderLineInput,
  type SalesOrderRef,
} from "./entities/sales-orders.js";
export {
  encodeKeyPredicate,
  encodeText,
  type FilterBuilder,
  type FilterExpression,
  f,
  filterFor,
  formatLiteral,
  keyPredicate,
  literal,
  type ODataLiteral,
  type ODataValue,
  type PropertyOf,
} from "./filter.js";
export {
  type BankAccountCheck,
  createMasterData,
  type DimensionValueInfo,
  type JournalNameCheck,
  type MainAccountInfo,
  type MasterData,
  type MasterDataOptions,
  type ReleasedProductInfo,
} from "./master-data.js";
export {
  d365Error,
  findField,
  type ODataFailureContext,
  odataMessage,
  parseODataErrorBody,
  responseError,
} from "./odata-error.js";
export {
  buildQuery,
  type CallOptions as D365CallOptions,
  countEntities,
  entityUrl,
  getEntity,
  isCompanySpecific,
  JSON_CONTENT_TYPE,
  odataHeaders,
  type Page,
  type QueryOptions,
  queryAll,
  queryEntities,
  queryPages,
} from "./query.js";
export {
  assertWritable,
  type ConditionalOptions,
  createEntity,
  deleteEntity,
  toODataBody,
  updateEntity,
  type WithMoney,
} from "./write.js";
