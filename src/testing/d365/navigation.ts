/**
 * The navigation properties the simulator follows (reads, `$expand`, POST to a header's lines):
 * between document headers and their lines, as the metadata's NavigationPropertyBindings name them.
 */
import type { EntitySetName } from "../../../generated/d365/entity-sets.js";

/** A navigation: the entity set it leads to and how its properties bind to the source's. */
export interface Navigation {
  readonly target: EntitySetName;
  /** Target property ← source property (collections), or target key ← source property (single). */
  readonly bind: Readonly<Record<string, string>>;
}

/** Navigation properties from a document header to its lines: child property ← parent property. */
export const NAVIGATIONS: Readonly<Record<string, Navigation>> = {
  "LedgerJournalHeaders/LedgerJournalLine": {
    target: "LedgerJournalLines",
    bind: { dataAreaId: "dataAreaId", JournalBatchNumber: "JournalBatchNumber" },
  },
  "CustomerPaymentJournalHeaders/CustomerPaymentJournalLineHeaderEntity": {
    target: "CustomerPaymentJournalLines",
    bind: { dataAreaId: "dataAreaId", JournalBatchNumber: "JournalBatchNumber" },
  },
  "FreeTextInvoiceHeaders/CustFreeTextInvoiceHeader": {
    target: "FreeTextInvoiceLines",
    bind: { dataAreaId: "dataAreaId", ParentRecId: "InvoiceIdentifier" },
  },
  "SalesOrderHeadersV2/SalesOrderLines": {
    target: "SalesOrderLines",
    bind: { dataAreaId: "dataAreaId", SalesOrderNumber: "SalesOrderNumber" },
  },
  "SalesInvoiceHeadersV2/SalesInvoiceLinesV2": {
    target: "SalesInvoiceV2Lines",
    bind: { dataAreaId: "dataAreaId", InvoiceNumber: "InvoiceNumber" },
  },
};

/** Single-valued navigations from a line to its document header: parent property ← line property. */
export const PARENTS: Readonly<Record<string, Navigation>> = {
  "LedgerJournalLines/LedgerJournalHeader": {
    target: "LedgerJournalHeaders",
    bind: { dataAreaId: "dataAreaId", JournalBatchNumber: "JournalBatchNumber" },
  },
  "CustomerPaymentJournalLines/CustomerPaymentJournalLineHeaderEntityRole": {
    target: "CustomerPaymentJournalHeaders",
    bind: { dataAreaId: "dataAreaId", JournalBatchNumber: "JournalBatchNumber" },
  },
  "FreeTextInvoiceLines/CustFreeTextInvoiceHeaderComposite": {
    target: "FreeTextInvoiceHeaders",
    bind: { dataAreaId: "dataAreaId", InvoiceIdentifier: "ParentRecId" },
  },
  "SalesOrderLines/SalesOrderHeaderV2": {
    target: "SalesOrderHeadersV2",
    bind: { dataAreaId: "dataAreaId", SalesOrderNumber: "SalesOrderNumber" },
  },
  "SalesInvoiceV2Lines/SalesInvoiceHeaderV2": {
    target: "SalesInvoiceHeadersV2",
    bind: { dataAreaId: "dataAreaId", InvoiceNumber: "InvoiceNumber" },
  },
};
