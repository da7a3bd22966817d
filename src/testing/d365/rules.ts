/**
 * Business rules the D365 simulator applies on top of the metadata: required fields, server-assigned
 * keys from number sequences, parent records, posted (read-only) documents, and account and
 * financial dimension display values checked against the chart of accounts.
 */
import type { EntitySetName } from "../../../generated/d365/entity-sets.js";
import type { D365SeedCompany, D365SeedJournalName } from "../data/d365-seed.js";
import {
  addDecimals,
  compareDecimal,
  EMPTY_DATE,
  type EntityRow,
  multiplyDecimals,
  type StoredValue,
} from "./edm.js";
import type { EntityStore } from "./entity-store.js";
import { ODataFault } from "./odata-fault.js";

/**
 * How `…DisplayValue` strings are split into segments, as set on D365's *Financial dimension
 * configuration for integrating applications* page. The ledger format is the main account followed
 * by `dimensions`; the default-dimension format is `dimensions` alone.
 */
export interface SegmentFormat {
  /** @default "-" */
  readonly delimiter: string;
  /** Dimension names in segment order. @default ["BusinessUnit", "Department"] */
  readonly dimensions: readonly string[];
}

/**
 * String lengths of common D365 extended data types. The trimmed metadata carries no MaxLength, so
 * the simulator applies these by property name. [unverified: D365 may truncate instead of refusing]
 */
export const defaultFieldLengths: Readonly<Record<string, number>> = {
  dataAreaId: 4,
  CustomerAccount: 20,
  InvoiceAccount: 20,
  OrderingCustomerAccountNumber: 20,
  InvoiceCustomerAccountNumber: 20,
  JournalBatchNumber: 20,
  JournalName: 10,
  Voucher: 20,
  Text: 60,
  OffsetText: 60,
  TransactionText: 60,
  Description: 60,
  CurrencyCode: 3,
  SalesCurrencyCode: 3,
  ItemNumber: 20,
  SalesOrderNumber: 20,
  CustomersOrderReference: 60,
  CustomerRequisitionNumber: 20,
  CustomerReference: 60,
  CustomerRequisition: 20,
  ExternalInvoiceId: 20,
  OrganizationName: 100,
  CustomerGroupId: 10,
};

/** What the rules may look at besides the row itself. */
export interface RuleContext {
  readonly store: EntityStore;
  /** Companies by lower-case id. */
  readonly companies: ReadonlyMap<string, D365SeedCompany>;
  /** Journal names by `company\u0000name`, both lower-case. */
  readonly journalNames: ReadonlyMap<string, D365SeedJournalName>;
  /** Bank account ids by `company\u0000id`, both lower-case. */
  readonly bankAccounts: ReadonlySet<string>;
  readonly segmentFormat: SegmentFormat;
  /** Epoch milliseconds of the simulated clock. */
  readonly now: () => number;
}

/** A mutable row being created. */
export type Draft = Record<string, StoredValue>;

/** Rules of one entity set. Every hook is optional. */
export interface EntityRule {
  /** Entities D365 exposes for reading only (posted invoices). */
  readonly readOnly?: boolean;
  /** Properties a create must carry (beyond keys the server cannot assign). */
  readonly required?: readonly string[];
  /** Key properties the server assigns when the client leaves them out. */
  readonly serverKeys?: readonly string[];
  /** Properties the server owns; values sent by clients are ignored. */
  readonly serverFields?: readonly string[];
  /** Fills server-assigned keys and defaults on create. */
  prepareCreate?(ctx: RuleContext, draft: Draft, provided: ReadonlySet<string>): void;
  /** Checks references and display values of the row as it would be stored. */
  validate?(ctx: RuleContext, row: EntityRow): void;
  /** Throws when the row (or its parent document) is posted and may not change. */
  assertWritable?(ctx: RuleContext, row: EntityRow): void;
  /** Removes dependent rows when the row is deleted. */
  cascadeDelete?(ctx: RuleContext, row: EntityRow): void;
  /** Adds computed fields on read. */
  decorate?(ctx: RuleContext, row: EntityRow): EntityRow;
}

const str = (row: EntityRow, name: string): string => {
  const v = row[name];
  return typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
};
const lower = (s: string) => s.toLowerCase();
const pad = (n: number, width = 6) => String(n).padStart(width, "0");
const fail = (message: string) => ODataFault.write(message);

function company(ctx: RuleContext, row: EntityRow): D365SeedCompany {
  const id = str(row, "dataAreaId");
  const c = ctx.companies.get(lower(id));
  if (!c) throw fail(`Company '${id}' does not exist.`);
  return c;
}

function requireCurrency(ctx: RuleContext, code: string, field: string): void {
  if (code && !ctx.store.get("Currencies", { CurrencyCode: code })) {
    throw fail(`The value '${code}' in field '${field}' is not found in the relating table 'Currencies'.`);
  }
}

function customer(ctx: RuleContext, dataAreaId: string, account: string, field: string): EntityRow {
  const found = ctx.store.get("CustomersV3", { dataAreaId, CustomerAccount: account });
  if (!found) {
    throw fail(
      `The value '${account}' in field '${field}' is not found in the relating table 'Customers' in company '${dataAreaId}'.`,
    );
  }
  return found.row;
}

function checkDimensionValue(
  ctx: RuleContext,
  dataAreaId: string,
  dimension: string,
  value: string,
  display: string,
): void {
  if (!ctx.store.get("DimensionAttributes", { DimensionName: dimension })) {
    throw fail(`Financial dimension '${dimension}' of the integration format does not exist.`);
  }
  const found =
    ctx.store.get("FinancialDimensionValues", {
      FinancialDimension: dimension,
      LegalEntityId: "",
      DimensionValue: value,
    }) ??
    ctx.store.get("FinancialDimensionValues", {
      FinancialDimension: dimension,
      LegalEntityId: dataAreaId,
      DimensionValue: value,
    });
  if (!found) {
    throw fail(`Value '${value}' for dimension '${dimension}' in '${display}' does not exist.`);
  }
  if (found.row.IsSuspended === "Yes") {
    throw fail(`Value '${value}' for dimension '${dimension}' in '${display}' is suspended.`);
  }
}

/** Checks a ledger display value (`MainAccount-Dim1-Dim2…`) against the company's chart of accounts. */
export function validateLedgerDisplayValue(ctx: RuleContext, dataAreaId: string, display: string): void {
  const c = ctx.companies.get(lower(dataAreaId));
  const chart = c?.chartOfAccounts ?? "";
  const [main = "", ...dims] = display.split(ctx.segmentFormat.delimiter);
  const account = ctx.store.get("MainAccounts", { ChartOfAccounts: chart, MainAccountId: main });
  if (!main || !account) {
    throw fail(
      `Account '${display}' for account type Ledger does not exist or is not valid: main account '${main}' is not in chart of accounts '${chart}'.`,
    );
  }
  if (account.row.IsSuspended === "Yes") throw fail(`Main account '${main}' is suspended.`);
  checkDimensions(ctx, dataAreaId, dims, display);
}

/** Checks a default-dimension display value (`Dim1-Dim2…`). */
export function validateDimensionDisplayValue(ctx: RuleContext, dataAreaId: string, display: string): void {
  checkDimensions(ctx, dataAreaId, display.split(ctx.segmentFormat.delimiter), display);
}

function checkDimensions(
  ctx: RuleContext,
  dataAreaId: string,
  segments: readonly string[],
  display: string,
): void {
  // Missing trailing segments are blank and extra segments are dropped, as D365 does.
  ctx.segmentFormat.dimensions.forEach((dimension, i) => {
    const value = segments[i] ?? "";
    if (value) checkDimensionValue(ctx, dataAreaId, dimension, value, display);
  });
}

function validateAccount(ctx: RuleContext, row: EntityRow, typeField: string, valueField: string): void {
  const display = str(row, valueField);
  if (!display) return;
  const dataAreaId = str(row, "dataAreaId");
  switch (str(row, typeField) || "Ledger") {
    case "Ledger":
      validateLedgerDisplayValue(ctx, dataAreaId, display);
      return;
    case "Cust":
      customer(ctx, dataAreaId, display, valueField);
      return;
    case "Bank":
      if (!ctx.bankAccounts.has(`${lower(dataAreaId)}\u0000${lower(display)}`)) {
        throw fail(`Bank account '${display}' does not exist in company '${dataAreaId}'.`);
      }
      return;
    default:
      return;
  }
}

function validateDimensionField(ctx: RuleContext, row: EntityRow, field: string): void {
  const display = str(row, field);
  if (display) validateDimensionDisplayValue(ctx, str(row, "dataAreaId"), display);
}

function journalName(
  ctx: RuleContext,
  dataAreaId: string,
  name: string,
  type: D365SeedJournalName["journalType"],
): D365SeedJournalName {
  const found = ctx.journalNames.get(`${lower(dataAreaId)}\u0000${lower(name)}`);
  if (!found || found.journalType !== type) {
    throw fail(`The value '${name}' in field 'Name' is not found in the relating table 'Journal names'.`);
  }
  return found;
}

function nextLineNumber(rows: readonly EntityRow[]): string {
  const max = rows.reduce((m, r) => {
    const v = str(r, "LineNumber") || "0";
    return compareDecimal(v, m) > 0 ? v : m;
  }, "0");
  const whole = max.split(".")[0] ?? "0";
  return addDecimals([whole, "1"]);
}

function today(ctx: RuleContext): string {
  const d = new Date(ctx.now());
  return `${d.toISOString().slice(0, 10)}T00:00:00Z`;
}

function journalRules(
  headerSet: "LedgerJournalHeaders" | "CustomerPaymentJournalHeaders",
  lineSet: "LedgerJournalLines" | "CustomerPaymentJournalLines",
  journalType: D365SeedJournalName["journalType"],
): { header: EntityRule; line: EntityRule } {
  const headerOf = (ctx: RuleContext, row: EntityRow) => {
    const number = str(row, "JournalBatchNumber");
    const found = ctx.store.get(headerSet, {
      dataAreaId: str(row, "dataAreaId"),
      JournalBatchNumber: number,
    });
    if (!found) throw fail(`Journal batch number '${number}' does not exist.`);
    return found.row;
  };
  const assertUnposted = (header: EntityRow) => {
    if (header.IsPosted === "Yes") {
      throw fail(
        `Journal batch number '${str(header, "JournalBatchNumber")}' has been posted and cannot be changed.`,
      );
    }
  };
  const linesOf = (ctx: RuleContext, header: EntityRow) =>
    ctx.store.listBy(lineSet, ["dataAreaId", "JournalBatchNumber"], header).map((e) => e.row);
  const dateField = lineSet === "LedgerJournalLines" ? "TransDate" : "TransactionDate";

  const header: EntityRule = {
    required: ["JournalName"],
    serverKeys: ["JournalBatchNumber"],
    serverFields:
      headerSet === "LedgerJournalHeaders"
        ? ["IsPosted", "JournalTotalDebit", "JournalTotalCredit"]
        : ["IsPosted"],
    prepareCreate(ctx, draft, provided) {
      const c = company(ctx, draft);
      const name = journalName(ctx, c.id, str(draft, "JournalName"), journalType);
      if (!provided.has("JournalBatchNumber")) {
        draft.JournalBatchNumber = pad(ctx.store.nextNumber(`${lower(c.id)}:journal-batch`));
      }
      if (!provided.has("Description")) draft.Description = name.description;
      draft.IsPosted = "No";
      if (headerSet === "LedgerJournalHeaders" && !provided.has("AccountingCurrency"))
        draft.AccountingCurrency = c.currency;
    },
    validate(ctx, row) {
      journalName(ctx, str(row, "dataAreaId"), str(row, "JournalName"), journalType);
    },
    assertWritable(_ctx, row) {
      assertUnposted(row);
    },
    cascadeDelete(ctx, row) {
      for (const line of linesOf(ctx, row)) ctx.store.delete(lineSet, line);
    },
    decorate(ctx, row) {
      if (headerSet !== "LedgerJournalHeaders") return row;
      const lines = linesOf(ctx, row);
      return {
        ...row,
        JournalTotalDebit: addDecimals(lines.map((l) => str(l, "DebitAmount") || "0")),
        JournalTotalCredit: addDecimals(lines.map((l) => str(l, "CreditAmount") || "0")),
      };
    },
  };

  const line: EntityRule = {
    required: ["JournalBatchNumber", "AccountDisplayValue", "CurrencyCode", dateField],
    serverKeys: ["LineNumber"],
    prepareCreate(ctx, draft, provided) {
      const h = headerOf(ctx, draft);
      assertUnposted(h);
      if (!provided.has("LineNumber")) draft.LineNumber = nextLineNumber(linesOf(ctx, h));
      if (!provided.has("AccountType")) draft.AccountType = journalType === "CustPayment" ? "Cust" : "Ledger";
      if (!provided.has("Voucher") || !str(draft, "Voucher")) {
        const name = journalName(ctx, str(h, "dataAreaId"), str(h, "JournalName"), journalType);
        const n = ctx.store.nextNumber(`${lower(name.company)}:voucher:${lower(name.voucherSeries)}`);
        draft.Voucher = `${name.voucherSeries}${pad(n)}`;
      }
    },
    validate(ctx, row) {
      assertUnposted(headerOf(ctx, row));
      if (str(row, dateField) === EMPTY_DATE) throw fail(`Field '${dateField}' must be filled in.`);
      requireCurrency(ctx, str(row, "CurrencyCode"), "CurrencyCode");
      const debit = str(row, "DebitAmount") || "0";
      const credit = str(row, "CreditAmount") || "0";
      if (compareDecimal(debit, "0") !== 0 && compareDecimal(credit, "0") !== 0) {
        throw fail("A line cannot carry both a debit and a credit amount.");
      }
      validateAccount(ctx, row, "AccountType", "AccountDisplayValue");
      validateAccount(ctx, row, "OffsetAccountType", "OffsetAccountDisplayValue");
      if (lineSet === "LedgerJournalLines") {
        validateDimensionField(ctx, row, "DefaultDimensionDisplayValue");
        validateDimensionField(ctx, row, "OffsetDefaultDimensionDisplayValue");
      }
    },
    assertWritable(ctx, row) {
      assertUnposted(headerOf(ctx, row));
    },
  };
  return { header, line };
}

const ledgerJournal = journalRules("LedgerJournalHeaders", "LedgerJournalLines", "Daily");
const paymentJournal = journalRules(
  "CustomerPaymentJournalHeaders",
  "CustomerPaymentJournalLines",
  "CustPayment",
);

function freeTextHeaderOf(ctx: RuleContext, row: EntityRow): EntityRow {
  const id = str(row, "ParentRecId");
  const found = ctx.store.get("FreeTextInvoiceHeaders", {
    dataAreaId: str(row, "dataAreaId"),
    InvoiceIdentifier: id,
  });
  if (!found) throw fail(`Free text invoice header with RecId ${id} (ParentRecId) does not exist.`);
  return found.row;
}

function assertInvoiceUnposted(header: EntityRow): void {
  if (header.IsPosted === "Yes") {
    throw fail(
      `Free text invoice ${str(header, "InvoiceIdentifier")} has been posted and cannot be changed.`,
    );
  }
}

function salesHeaderOf(ctx: RuleContext, row: EntityRow): EntityRow {
  const number = str(row, "SalesOrderNumber");
  const found = ctx.store.get("SalesOrderHeadersV2", {
    dataAreaId: str(row, "dataAreaId"),
    SalesOrderNumber: number,
  });
  if (!found) throw fail(`Sales order '${number}' does not exist.`);
  return found.row;
}

function assertOrderOpen(header: EntityRow): void {
  if (header.SalesOrderStatus === "Invoiced" || header.SalesOrderStatus === "Canceled") {
    throw fail(
      `Sales order '${str(header, "SalesOrderNumber")}' is ${str(header, "SalesOrderStatus")} and cannot be changed.`,
    );
  }
}

const childrenOf = (
  ctx: RuleContext,
  set: EntitySetName,
  row: EntityRow,
  field: string,
  parentField: string,
) =>
  ctx.store
    .listBy(set, ["dataAreaId", field], { dataAreaId: row.dataAreaId ?? "", [field]: row[parentField] ?? "" })
    .map((e) => e.row);

/** The rules of every entity set that has any. */
export const entityRules: Partial<Record<EntitySetName, EntityRule>> = {
  LedgerJournalHeaders: ledgerJournal.header,
  LedgerJournalLines: ledgerJournal.line,
  CustomerPaymentJournalHeaders: paymentJournal.header,
  CustomerPaymentJournalLines: paymentJournal.line,

  FreeTextInvoiceHeaders: {
    required: ["CustomerAccount"],
    serverKeys: ["InvoiceIdentifier"],
    serverFields: ["InvoiceIdentifier", "IsPosted"],
    prepareCreate(ctx, draft, provided) {
      company(ctx, draft);
      // InvoiceIdentifier is the header's RecId: always the server's.
      draft.InvoiceIdentifier = String(ctx.store.nextRecId());
      const cust = customer(ctx, str(draft, "dataAreaId"), str(draft, "CustomerAccount"), "CustomerAccount");
      if (!provided.has("CurrencyCode")) draft.CurrencyCode = str(cust, "SalesCurrencyCode");
      if (!provided.has("InvoiceAccount")) draft.InvoiceAccount = str(cust, "CustomerAccount");
      if (!provided.has("CustomerGroup")) draft.CustomerGroup = str(cust, "CustomerGroupId");
      if (!provided.has("InvoiceDate")) draft.InvoiceDate = today(ctx);
      draft.IsPosted = "No";
    },
    validate(ctx, row) {
      const dataAreaId = str(row, "dataAreaId");
      customer(ctx, dataAreaId, str(row, "CustomerAccount"), "CustomerAccount");
      if (str(row, "InvoiceAccount")) customer(ctx, dataAreaId, str(row, "InvoiceAccount"), "InvoiceAccount");
      requireCurrency(ctx, str(row, "CurrencyCode"), "CurrencyCode");
      validateDimensionField(ctx, row, "DefaultDimensionDisplayValue");
    },
    assertWritable(_ctx, row) {
      assertInvoiceUnposted(row);
    },
    cascadeDelete(ctx, row) {
      for (const line of childrenOf(ctx, "FreeTextInvoiceLines", row, "ParentRecId", "InvoiceIdentifier")) {
        ctx.store.delete("FreeTextInvoiceLines", line);
      }
    },
  },

  FreeTextInvoiceLines: {
    required: ["ParentRecId", "MainAccountDisplayValue"],
    serverKeys: ["LineNumber"],
    prepareCreate(ctx, draft, provided) {
      const header = freeTextHeaderOf(ctx, draft);
      assertInvoiceUnposted(header);
      if (!provided.has("LineNumber")) {
        draft.LineNumber = nextLineNumber(
          childrenOf(ctx, "FreeTextInvoiceLines", header, "ParentRecId", "InvoiceIdentifier"),
        );
      }
      if (!provided.has("CurrencyCode")) draft.CurrencyCode = str(header, "CurrencyCode");
      if (!provided.has("TransactionCurrencyAmount")) {
        draft.TransactionCurrencyAmount = multiplyDecimals(
          str(draft, "Quantity") || "0",
          str(draft, "UnitPrice") || "0",
        );
      }
    },
    validate(ctx, row) {
      assertInvoiceUnposted(freeTextHeaderOf(ctx, row));
      validateLedgerDisplayValue(ctx, str(row, "dataAreaId"), str(row, "MainAccountDisplayValue"));
      validateDimensionField(ctx, row, "DefaultDimensionDisplayValue");
      requireCurrency(ctx, str(row, "CurrencyCode"), "CurrencyCode");
    },
    assertWritable(ctx, row) {
      assertInvoiceUnposted(freeTextHeaderOf(ctx, row));
    },
  },

  SalesOrderHeadersV2: {
    required: ["OrderingCustomerAccountNumber"],
    serverKeys: ["SalesOrderNumber"],
    prepareCreate(ctx, draft, provided) {
      const c = company(ctx, draft);
      if (!provided.has("SalesOrderNumber"))
        draft.SalesOrderNumber = pad(ctx.store.nextNumber(`${lower(c.id)}:sales-order`));
      const cust = customer(
        ctx,
        str(draft, "dataAreaId"),
        str(draft, "OrderingCustomerAccountNumber"),
        "OrderingCustomerAccountNumber",
      );
      if (!provided.has("InvoiceCustomerAccountNumber"))
        draft.InvoiceCustomerAccountNumber = str(cust, "CustomerAccount");
      if (!provided.has("CurrencyCode")) draft.CurrencyCode = str(cust, "SalesCurrencyCode");
      if (!provided.has("SalesOrderStatus")) draft.SalesOrderStatus = "Backorder";
      draft.OrderCreationDateTime = new Date(ctx.now()).toISOString().replace(/\.\d{3}Z$/, "Z");
    },
    validate(ctx, row) {
      const dataAreaId = str(row, "dataAreaId");
      customer(ctx, dataAreaId, str(row, "OrderingCustomerAccountNumber"), "OrderingCustomerAccountNumber");
      customer(ctx, dataAreaId, str(row, "InvoiceCustomerAccountNumber"), "InvoiceCustomerAccountNumber");
      requireCurrency(ctx, str(row, "CurrencyCode"), "CurrencyCode");
    },
    assertWritable(_ctx, row) {
      assertOrderOpen(row);
    },
    cascadeDelete(ctx, row) {
      for (const line of childrenOf(ctx, "SalesOrderLines", row, "SalesOrderNumber", "SalesOrderNumber")) {
        ctx.store.delete("SalesOrderLines", line);
      }
    },
  },

  SalesOrderLines: {
    required: ["SalesOrderNumber", "ItemNumber"],
    serverKeys: ["InventoryLotId"],
    prepareCreate(ctx, draft, provided) {
      const header = salesHeaderOf(ctx, draft);
      assertOrderOpen(header);
      const c = company(ctx, draft);
      if (!provided.has("InventoryLotId")) {
        draft.InventoryLotId = `${pad(ctx.store.nextNumber(`${lower(c.id)}:lot-id`))}${c.id}`;
      }
      const item = ctx.store.get("ReleasedProductsV2", {
        dataAreaId: str(draft, "dataAreaId"),
        ItemNumber: str(draft, "ItemNumber"),
      });
      if (!provided.has("LineNumber")) {
        draft.LineNumber = nextLineNumber(
          childrenOf(ctx, "SalesOrderLines", header, "SalesOrderNumber", "SalesOrderNumber"),
        );
      }
      if (item && !provided.has("SalesPrice")) draft.SalesPrice = str(item.row, "SalesPrice") || "0";
      if (item && !provided.has("SalesUnitSymbol")) draft.SalesUnitSymbol = str(item.row, "SalesUnitSymbol");
      if (!provided.has("LineAmount")) {
        draft.LineAmount = multiplyDecimals(
          str(draft, "OrderedSalesQuantity") || "0",
          str(draft, "SalesPrice") || "0",
        );
      }
      if (!provided.has("CurrencyCode") && "CurrencyCode" in draft)
        draft.CurrencyCode = str(header, "CurrencyCode");
    },
    validate(ctx, row) {
      assertOrderOpen(salesHeaderOf(ctx, row));
      const item = str(row, "ItemNumber");
      if (!ctx.store.get("ReleasedProductsV2", { dataAreaId: str(row, "dataAreaId"), ItemNumber: item })) {
        throw fail(`Item number '${item}' does not exist in company '${str(row, "dataAreaId")}'.`);
      }
    },
    assertWritable(ctx, row) {
      assertOrderOpen(salesHeaderOf(ctx, row));
    },
  },

  CustomersV3: {
    required: ["CustomerGroupId", "SalesCurrencyCode"],
    prepareCreate(_ctx, draft, provided) {
      if (!provided.has("PartyType")) draft.PartyType = "Organization";
      if (!provided.has("InvoiceAccount")) draft.InvoiceAccount = "";
    },
    validate(ctx, row) {
      const group = str(row, "CustomerGroupId");
      if (!ctx.store.get("CustomerGroups", { dataAreaId: str(row, "dataAreaId"), CustomerGroupId: group })) {
        throw fail(
          `The value '${group}' in field 'Customer group' is not found in the relating table 'Customer groups'.`,
        );
      }
      requireCurrency(ctx, str(row, "SalesCurrencyCode"), "SalesCurrencyCode");
    },
  },

  FinancialDimensionValues: {
    validate(ctx, row) {
      const name = str(row, "FinancialDimension");
      if (!ctx.store.get("DimensionAttributes", { DimensionName: name })) {
        throw fail(`Financial dimension '${name}' does not exist.`);
      }
    },
  },

  SalesInvoiceHeadersV2: { readOnly: true },
  SalesInvoiceV2Lines: { readOnly: true },
};
