/**
 * What D365's posting would leave behind, for tests: invoicing a sales order writes the read-only
 * SalesInvoiceHeadersV2 / SalesInvoiceV2Lines rows and closes the order.
 */
import { ValidationError } from "../../core/errors.js";
import { addDecimals, type EntityRow, formatDateTime } from "./edm.js";
import type { EntityStore } from "./entity-store.js";
import type { PutRow } from "./seed-loader.js";

/** What invoicing needs from the simulator. */
export interface PostingContext {
  readonly store: EntityStore;
  readonly put: PutRow;
  /** Epoch milliseconds of the simulated clock. */
  readonly now: () => number;
}

/** Invoices a sales order: invoice header and lines with exact sums; the order becomes Invoiced. */
export function invoiceSalesOrder(ctx: PostingContext, company: string, salesOrderNumber: string): EntityRow {
  const { store, put } = ctx;
  const dataAreaId = company.toLowerCase();
  const order = store.get("SalesOrderHeadersV2", { dataAreaId, SalesOrderNumber: salesOrderNumber });
  if (!order) {
    throw new ValidationError(
      `the D365 simulator holds no sales order ${company}/${salesOrderNumber} to invoice`,
      {
        issues: [{ code: "not_found", path: ["SalesOrderHeadersV2"], message: "no such order" }],
        where: { system: "d365", operation: "SalesOrderHeadersV2", record: salesOrderNumber },
        hint: "create the order first, and pass its number as D365 returned it",
      },
    );
  }
  const lines = store
    .listBy("SalesOrderLines", ["dataAreaId", "SalesOrderNumber"], order.row)
    .map((e) => e.row);
  const n = store.nextNumber(`${dataAreaId}:sales-invoice`);
  const invoiceNumber = `CIV-${String(n).padStart(6, "0")}`;
  const voucher = `SIV${String(n).padStart(6, "0")}`;
  const day = `${formatDateTime(ctx.now()).slice(0, 10)}T00:00:00Z`;
  const currency = String(order.row.CurrencyCode ?? "");
  for (const [i, line] of lines.entries()) {
    put("SalesInvoiceV2Lines", {
      dataAreaId,
      InvoiceNumber: invoiceNumber,
      LineCreationSequenceNumber: i + 1,
      InvoiceDate: day,
      LedgerVoucher: voucher,
      ProductNumber: line.ItemNumber ?? "",
      CurrencyCode: currency,
      LineAmount: line.LineAmount ?? "0",
      SalesPrice: line.SalesPrice ?? "0",
      InvoicedQuantity: line.OrderedSalesQuantity ?? "0",
      SalesUnitSymbol: line.SalesUnitSymbol ?? "",
    });
  }
  const header = put("SalesInvoiceHeadersV2", {
    dataAreaId,
    InvoiceNumber: invoiceNumber,
    InvoiceDate: day,
    LedgerVoucher: voucher,
    CurrencyCode: currency,
    SalesOrderNumber: salesOrderNumber,
    InvoiceCustomerAccountNumber: order.row.InvoiceCustomerAccountNumber ?? "",
    CustomersOrderReference: order.row.CustomersOrderReference ?? "",
    TotalInvoiceAmount: addDecimals(lines.map((l) => String(l.LineAmount ?? "0"))),
  });
  store.update("SalesOrderHeadersV2", { ...order.row, SalesOrderStatus: "Invoiced" });
  return header;
}
