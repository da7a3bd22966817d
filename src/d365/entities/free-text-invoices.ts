/**
 * Customer free text invoices (`FreeTextInvoiceHeaders` / `FreeTextInvoiceLines`). The natural key
 * is the header's `CustomerReference` (e.g. the Amazon order id), looked up before every create.
 * The header comes first: D365 assigns its `InvoiceIdentifier` (the RecId), which becomes the
 * lines' `ParentRecId`. The entities write unposted invoices; posting happens in D365.
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

/** One invoice line: an amount on a ledger account. */
export interface FreeTextInvoiceLineInput {
  /** Ledger dimension display value, e.g. `401100-004-025` (see `ledgerDisplayValue`). */
  readonly mainAccountDisplayValue: string;
  /** Line amount in the invoice currency; negative for a credit note line. */
  readonly amount: Money;
  readonly description?: string;
  /** @default "1" (the unit price is then the amount) */
  readonly quantity?: string;
  readonly defaultDimensionDisplayValue?: string;
  readonly salesTaxGroupId?: string;
  readonly salesTaxItemGroupId?: string;
}

/** A free text invoice to find or create. */
export interface FreeTextInvoiceInput {
  readonly dataAreaId: string;
  readonly customerAccount: string;
  /**
   * Natural key, stored in `CustomerReference` (60 characters): the Amazon order id, or e.g.
   * `<order id> refund <adjustment id>` for a credit note.
   */
  readonly reference: string;
  /** `YYYY-MM-DD`. */
  readonly invoiceDate: string;
  readonly currencyCode: string;
  readonly defaultDimensionDisplayValue?: string;
  readonly lines: readonly FreeTextInvoiceLineInput[];
  /** Further header properties (terms of payment, tax group…). */
  readonly extra?: Partial<D365Create<"FreeTextInvoiceHeaders">>;
}

/** A free text invoice in D365. */
export interface FreeTextInvoiceRef {
  readonly [key: string]: string | number;
  readonly dataAreaId: string;
  /** The header's RecId, as text (Int64). */
  readonly invoiceIdentifier: string;
  readonly reference: string;
  readonly lineCount: number;
}

function check(input: FreeTextInvoiceInput): void {
  const issues = [];
  if (!input.reference.trim() || input.reference.length > 60) {
    issues.push({ code: "invalid_reference", path: ["reference"], message: "must be 1 to 60 characters" });
  }
  if (input.lines.length === 0)
    issues.push({ code: "no_lines", path: ["lines"], message: "an invoice needs lines" });
  input.lines.forEach((l, i) => {
    if (l.amount.currency !== input.currencyCode.toUpperCase()) {
      issues.push({
        code: "currency_mismatch",
        path: ["lines", i, "amount"],
        message: `${l.amount.currency} on an invoice in ${input.currencyCode}`,
      });
    }
  });
  if (issues.length) {
    throw new ValidationError(`Invalid free text invoice ${input.reference}`, {
      issues,
      where: { system: "local", operation: "FreeTextInvoiceHeaders", record: input.reference },
    });
  }
}

/**
 * Finds the invoice by `CustomerReference` or creates it, header first, then its lines in one
 * change set. If the lines fail, the header is deleted (or, if that fails too, left without lines
 * and completed by the next call). Never creates a second invoice for one reference.
 * @example
 * await ensureFreeTextInvoice(d365, {
 *   dataAreaId: "USMF", customerAccount: "AMZ-US", reference: "111-2223334-5556667",
 *   invoiceDate: "2026-03-01", currencyCode: "USD",
 *   lines: [{ mainAccountDisplayValue: "401100-004-025", amount: Money.of("19.99", "USD"), description: "SKU-1" }],
 * }, { dedup: storage.dedup });
 */
export async function ensureFreeTextInvoice(
  client: D365Client,
  input: FreeTextInvoiceInput,
  options: CallOptions & NaturalKeyOptions = {},
): Promise<Ensured<FreeTextInvoiceRef>> {
  check(input);
  const company = input.dataAreaId.toLowerCase();
  const key = dedupKeys.d365("FreeTextInvoiceHeaders", company, { CustomerReference: input.reference });
  const record = options.record ?? key;
  const reads = { ...options, record };
  const ref = (id: string, lineCount: number): FreeTextInvoiceRef => ({
    dataAreaId: company,
    invoiceIdentifier: id,
    reference: input.reference,
    lineCount,
  });
  // A done key is believed only while D365 still holds the invoice it names (one read by key).
  const verify = async (done: JsonValue): Promise<boolean> => {
    const id = fieldOf(done, "invoiceIdentifier");
    if (id === undefined || !/^[0-9]+$/.test(id)) return false;
    const header = await getEntity(
      client,
      "FreeTextInvoiceHeaders",
      { dataAreaId: company, InvoiceIdentifier: BigInt(id) },
      { ...reads, select: ["InvoiceIdentifier"] },
    );
    return header !== undefined;
  };
  return ensureOnce(key, { ...options, verify }, async (fence) => {
    const call = { ...reads, ...(fence ? { fence } : {}) };
    const result = await ensureDocument<string>(
      client,
      {
        describe: `free text invoice ${input.reference} in ${company}`,
        record,
        expectedLines: input.lines.length,
        find: () => findFreeTextInvoices(client, company, input.reference, call),
        createHeader: async () => {
          const header = await createEntity(
            client,
            "FreeTextInvoiceHeaders",
            {
              ...input.extra,
              dataAreaId: company,
              CustomerAccount: input.customerAccount,
              CustomerReference: input.reference,
              InvoiceDate: literal.dateTime(input.invoiceDate).text,
              CurrencyCode: input.currencyCode,
              ...(input.defaultDimensionDisplayValue
                ? { DefaultDimensionDisplayValue: input.defaultDimensionDisplayValue }
                : {}),
            },
            call,
          );
          return String(header.InvoiceIdentifier);
        },
        lines: (id) =>
          input.lines.map((l) => ({
            method: "POST" as const,
            entitySet: "FreeTextInvoiceLines" as const,
            body: {
              dataAreaId: company,
              ParentRecId: id,
              MainAccountDisplayValue: l.mainAccountDisplayValue,
              Quantity: l.quantity ?? "1",
              UnitPrice: l.amount,
              TransactionCurrencyAmount: l.amount,
              CurrencyCode: l.amount.currency,
              ...(l.description !== undefined ? { Description: l.description.slice(0, 60) } : {}),
              ...(l.defaultDimensionDisplayValue
                ? { DefaultDimensionDisplayValue: l.defaultDimensionDisplayValue }
                : {}),
              ...(l.salesTaxGroupId ? { SalesTaxGroupId: l.salesTaxGroupId } : {}),
              ...(l.salesTaxItemGroupId ? { SalesTaxItemGroupId: l.salesTaxItemGroupId } : {}),
            },
          })),
        removeHeader: (id) =>
          deleteEntity(
            client,
            "FreeTextInvoiceHeaders",
            { dataAreaId: company, InvoiceIdentifier: BigInt(id) },
            call,
          ),
      },
      call,
    );
    return { value: ref(result.value, input.lines.length), outcome: result.outcome };
  });
}

/** Finds free text invoices by `CustomerReference`, with their line counts. */
export async function findFreeTextInvoices(
  client: D365Client,
  dataAreaId: string,
  reference: string,
  options: CallOptions = {},
): Promise<FoundHeader<string>[]> {
  const q = filterFor("FreeTextInvoiceHeaders");
  const headers = await queryAll(client, "FreeTextInvoiceHeaders", {
    ...options,
    company: dataAreaId,
    filter: q.eq("CustomerReference", reference),
    select: ["InvoiceIdentifier", "IsPosted"],
  });
  const lines = filterFor("FreeTextInvoiceLines");
  return Promise.all(
    headers.map(async (h) => ({
      header: String(h.InvoiceIdentifier),
      posted: h.IsPosted === "Yes",
      lineCount: await countEntities(client, "FreeTextInvoiceLines", {
        ...options,
        company: dataAreaId,
        filter: lines.eq("ParentRecId", BigInt(String(h.InvoiceIdentifier))),
      }),
    })),
  );
}
