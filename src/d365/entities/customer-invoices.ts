/**
 * One Amazon order as a D365 customer invoice, in the document type the host selects: a free text
 * invoice (revenue by main account; no inventory) or a sales order (items; D365 invoices it).
 * Either way the Amazon order id is the natural key, looked up before anything is created.
 */
import { ValidationError } from "../../core/errors.js";
import type { Money } from "../../core/money.js";
import type { D365Client } from "../client.js";
import type { CallOptions } from "../query.js";
import { ensureFreeTextInvoice, type FreeTextInvoiceRef } from "./free-text-invoices.js";
import type { Ensured, NaturalKeyOptions } from "./natural-key.js";
import { ensureSalesOrder, type SalesOrderRef } from "./sales-orders.js";

/** Which D365 document an Amazon order becomes. */
export type CustomerInvoiceType = "free-text-invoice" | "sales-order";

/** One line of an Amazon order, with what each document type needs. */
export interface OrderInvoiceLine {
  /** Line amount in the order currency (price × quantity, before tax). */
  readonly amount: Money;
  /** Exact text, e.g. `"2"`. @default "1" */
  readonly quantity?: string;
  /** Free text invoice: the ledger display value of the revenue account. */
  readonly mainAccountDisplayValue?: string;
  /** Sales order: the D365 item number (see the mapping's `resolveItem`). */
  readonly itemNumber?: string;
  /** Sales order: the unit price. @default amount (for quantity 1) */
  readonly unitPrice?: Money;
  readonly description?: string;
  readonly defaultDimensionDisplayValue?: string;
  readonly salesTaxGroupId?: string;
  readonly salesTaxItemGroupId?: string;
}

/** An Amazon order to invoice. */
export interface OrderInvoiceInput {
  readonly dataAreaId: string;
  readonly customerAccount: string;
  readonly amazonOrderId: string;
  /** `YYYY-MM-DD`. */
  readonly invoiceDate: string;
  readonly currencyCode: string;
  readonly defaultDimensionDisplayValue?: string;
  readonly lines: readonly OrderInvoiceLine[];
}

/** The created (or found) document. */
export type CustomerInvoiceRef =
  | ({ readonly type: "free-text-invoice" } & FreeTextInvoiceRef)
  | ({ readonly type: "sales-order" } & SalesOrderRef);

function missing(field: string, index: number, type: CustomerInvoiceType): ValidationError {
  return new ValidationError(`A ${type} line needs ${field}`, {
    issues: [{ code: "missing_field", path: ["lines", index, field], message: `required for ${type}` }],
    where: { system: "local", operation: "ensureCustomerInvoice" },
  });
}

/**
 * Finds or creates the customer invoice of one Amazon order as a free text invoice or a sales order.
 * @example
 * await ensureCustomerInvoice(d365, order, { type: "sales-order", dedup: storage.dedup });
 */
export async function ensureCustomerInvoice(
  client: D365Client,
  input: OrderInvoiceInput,
  options: CallOptions & NaturalKeyOptions & { readonly type?: CustomerInvoiceType } = {},
): Promise<Ensured<CustomerInvoiceRef>> {
  const type = options.type ?? "free-text-invoice";
  if (type === "free-text-invoice") {
    const lines = input.lines.map((l, i) => {
      if (!l.mainAccountDisplayValue) throw missing("mainAccountDisplayValue", i, type);
      return {
        mainAccountDisplayValue: l.mainAccountDisplayValue,
        amount: l.amount,
        ...(l.description !== undefined ? { description: l.description } : {}),
        ...(l.defaultDimensionDisplayValue
          ? { defaultDimensionDisplayValue: l.defaultDimensionDisplayValue }
          : {}),
        ...(l.salesTaxGroupId ? { salesTaxGroupId: l.salesTaxGroupId } : {}),
        ...(l.salesTaxItemGroupId ? { salesTaxItemGroupId: l.salesTaxItemGroupId } : {}),
      };
    });
    const result = await ensureFreeTextInvoice(
      client,
      {
        dataAreaId: input.dataAreaId,
        customerAccount: input.customerAccount,
        reference: input.amazonOrderId,
        invoiceDate: input.invoiceDate,
        currencyCode: input.currencyCode,
        ...(input.defaultDimensionDisplayValue
          ? { defaultDimensionDisplayValue: input.defaultDimensionDisplayValue }
          : {}),
        lines,
      },
      options,
    );
    return { value: { type, ...result.value }, outcome: result.outcome };
  }
  const lines = input.lines.map((l, i) => {
    if (!l.itemNumber) throw missing("itemNumber", i, type);
    return {
      itemNumber: l.itemNumber,
      quantity: l.quantity ?? "1",
      salesPrice: l.unitPrice ?? l.amount,
      lineAmount: l.amount,
    };
  });
  const result = await ensureSalesOrder(
    client,
    {
      dataAreaId: input.dataAreaId,
      customerAccount: input.customerAccount,
      amazonOrderId: input.amazonOrderId,
      currencyCode: input.currencyCode,
      lines,
    },
    options,
  );
  return { value: { type, ...result.value }, outcome: result.outcome };
}
