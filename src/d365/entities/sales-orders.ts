/**
 * Sales orders (`SalesOrderHeadersV2` / `SalesOrderLines`), the alternative to free text invoices
 * when the host wants inventory and item revenue. The Amazon order id goes in
 * `CustomersOrderReference`, the natural key looked up before every create (D365 does not enforce
 * its uniqueness). Header first (D365 assigns `SalesOrderNumber`), then lines in one change set
 * (D365 assigns each line's `InventoryLotId`).
 */
import { dedupKeys } from "../../core/dedup.js";
import { ValidationError } from "../../core/errors.js";
import type { Money } from "../../core/money.js";
import type { JsonValue } from "../../core/storage.js";
import type { D365Client } from "../client.js";
import type { D365Create } from "../create-types.js";
import { filterFor, literal } from "../filter.js";
import { type CallOptions, countEntities, getEntity, queryAll } from "../query.js";
import { createEntity, deleteEntity } from "../write.js";
import { ensureDocument, type FoundHeader } from "./document.js";
import { type Ensured, ensureOnce, fieldOf, type NaturalKeyOptions } from "./natural-key.js";

/** One order line. */
export interface SalesOrderLineInput {
  /** D365 item number (see the mapping's SKU → item resolution). */
  readonly itemNumber: string;
  /** Quantity as exact text, e.g. `"2"`. */
  readonly quantity: string;
  /** Unit price in the order currency. */
  readonly salesPrice: Money;
  /** Line amount; D365 computes quantity × price when left out. */
  readonly lineAmount?: Money;
  readonly salesUnitSymbol?: string;
  /** `YYYY-MM-DD`. */
  readonly requestedShippingDate?: string;
  /** Further line properties (site, warehouse, delivery address…). */
  readonly extra?: Partial<D365Create<"SalesOrderLines">>;
}

/** A sales order to find or create. */
export interface SalesOrderInput {
  readonly dataAreaId: string;
  readonly customerAccount: string;
  /** The Amazon order id: stored in `CustomersOrderReference`. */
  readonly amazonOrderId: string;
  readonly currencyCode: string;
  readonly lines: readonly SalesOrderLineInput[];
  readonly extra?: Partial<D365Create<"SalesOrderHeadersV2">>;
}

/** A sales order in D365. */
export interface SalesOrderRef {
  readonly [key: string]: string | number;
  readonly dataAreaId: string;
  readonly salesOrderNumber: string;
  readonly amazonOrderId: string;
  readonly lineCount: number;
}

function check(input: SalesOrderInput): void {
  const issues = [];
  if (!input.amazonOrderId.trim())
    issues.push({ code: "invalid_reference", path: ["amazonOrderId"], message: "is empty" });
  if (input.lines.length === 0)
    issues.push({ code: "no_lines", path: ["lines"], message: "an order needs lines" });
  input.lines.forEach((l, i) => {
    for (const [name, m] of [
      ["salesPrice", l.salesPrice],
      ["lineAmount", l.lineAmount],
    ] as const) {
      if (m && m.currency !== input.currencyCode.toUpperCase()) {
        issues.push({
          code: "currency_mismatch",
          path: ["lines", i, name],
          message: `${m.currency} on an order in ${input.currencyCode}`,
        });
      }
    }
  });
  if (issues.length) {
    throw new ValidationError(`Invalid sales order ${input.amazonOrderId}`, {
      issues,
      where: { system: "local", operation: "SalesOrderHeadersV2", record: input.amazonOrderId },
    });
  }
}

/**
 * Finds the order by `CustomersOrderReference` or creates it: header, then lines in one change set;
 * a failed change set removes the header again. Never creates a second order for one Amazon order.
 */
export async function ensureSalesOrder(
  client: D365Client,
  input: SalesOrderInput,
  options: CallOptions & NaturalKeyOptions = {},
): Promise<Ensured<SalesOrderRef>> {
  check(input);
  const company = input.dataAreaId.toLowerCase();
  const key = dedupKeys.d365("SalesOrderHeadersV2", company, {
    CustomersOrderReference: input.amazonOrderId,
  });
  const record = options.record ?? key;
  const reads = { ...options, record };
  // A done key is believed only while D365 still holds the order it names (one read by key).
  const verify = async (done: JsonValue): Promise<boolean> => {
    const number = fieldOf(done, "salesOrderNumber");
    if (number === undefined) return false;
    const header = await getEntity(
      client,
      "SalesOrderHeadersV2",
      { dataAreaId: company, SalesOrderNumber: number },
      { ...reads, select: ["SalesOrderNumber"] },
    );
    return header !== undefined;
  };
  return ensureOnce(key, { ...options, verify }, async (fence) => {
    const call = { ...reads, ...(fence ? { fence } : {}) };
    const result = await ensureDocument<string>(
      client,
      {
        describe: `sales order for ${input.amazonOrderId} in ${company}`,
        record,
        expectedLines: input.lines.length,
        find: () => findSalesOrders(client, company, input.amazonOrderId, call),
        createHeader: async () => {
          const header = await createEntity(
            client,
            "SalesOrderHeadersV2",
            {
              ...input.extra,
              dataAreaId: company,
              OrderingCustomerAccountNumber: input.customerAccount,
              InvoiceCustomerAccountNumber: input.customerAccount,
              CustomersOrderReference: input.amazonOrderId,
              CurrencyCode: input.currencyCode,
            },
            call,
          );
          return String(header.SalesOrderNumber);
        },
        lines: (number) =>
          input.lines.map((l) => ({
            method: "POST" as const,
            entitySet: "SalesOrderLines" as const,
            body: {
              ...l.extra,
              dataAreaId: company,
              SalesOrderNumber: number,
              ItemNumber: l.itemNumber,
              OrderedSalesQuantity: l.quantity,
              SalesPrice: l.salesPrice,
              ...(l.lineAmount ? { LineAmount: l.lineAmount } : {}),
              ...(l.salesUnitSymbol ? { SalesUnitSymbol: l.salesUnitSymbol } : {}),
              ...(l.requestedShippingDate
                ? { RequestedShippingDate: literal.dateTime(l.requestedShippingDate).text }
                : {}),
            },
          })),
        removeHeader: (number) =>
          deleteEntity(
            client,
            "SalesOrderHeadersV2",
            { dataAreaId: company, SalesOrderNumber: number },
            call,
          ),
      },
      call,
    );
    return {
      value: {
        dataAreaId: company,
        salesOrderNumber: result.value,
        amazonOrderId: input.amazonOrderId,
        lineCount: input.lines.length,
      },
      outcome: result.outcome,
    };
  });
}

/** Finds sales orders by `CustomersOrderReference`, with their line counts. */
export async function findSalesOrders(
  client: D365Client,
  dataAreaId: string,
  amazonOrderId: string,
  options: CallOptions = {},
): Promise<FoundHeader<string>[]> {
  const q = filterFor("SalesOrderHeadersV2");
  const headers = await queryAll(client, "SalesOrderHeadersV2", {
    ...options,
    company: dataAreaId,
    filter: q.eq("CustomersOrderReference", amazonOrderId),
    select: ["SalesOrderNumber", "SalesOrderStatus"],
  });
  const lines = filterFor("SalesOrderLines");
  return Promise.all(
    headers.map(async (h) => ({
      header: String(h.SalesOrderNumber),
      posted: h.SalesOrderStatus === "Invoiced" || h.SalesOrderStatus === "Canceled",
      lineCount: await countEntities(client, "SalesOrderLines", {
        ...options,
        company: dataAreaId,
        filter: lines.eq("SalesOrderNumber", String(h.SalesOrderNumber)),
      }),
    })),
  );
}
