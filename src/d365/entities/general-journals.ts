/**
 * General journals (`LedgerJournalHeaders` / `LedgerJournalLines`): unposted journals only; D365
 * posts them. The header carries the journal name and, in `Description`, a stable marker such as
 * `AMZ-SETTLEMENT <settlementId> <dataAreaId> part <n>`: the natural key looked up before every
 * create. Lines carry account type and display value, offset account, debit or credit, currency,
 * date, voucher and text. Each journal must balance per currency (and per voucher) before anything
 * is sent, checked with exact {@link Money}.
 */

import type { components } from "../../../generated/d365/data-entities.js";
import { dedupKeys } from "../../core/dedup.js";
import { type Issue, ValidationError } from "../../core/errors.js";
import { currencyDigits, Money } from "../../core/money.js";
import type { JsonValue } from "../../core/storage.js";
import type { D365Client } from "../client.js";
import { filterFor, literal } from "../filter.js";
import { type CallOptions, countEntities, getEntity, queryAll } from "../query.js";
import { createEntity, deleteEntity } from "../write.js";
import { ensureDocument, type FoundHeader } from "./document.js";
import { type Ensured, ensureOnce, fieldOf, type NaturalKeyOptions } from "./natural-key.js";

/** `LedgerJournalACType`: Ledger, Cust, Vend, Bank, FixedAssets, Project… */
export type LedgerAccountType = components["schemas"]["Microsoft.Dynamics.DataEntities.LedgerJournalACType"];

/** One journal line. */
export interface JournalLineInput {
  /** @default "Ledger" */
  readonly accountType?: LedgerAccountType;
  /** Ledger: the ledger dimension display value (`618100-004-025`); other types: the account id. */
  readonly account: string;
  /** Default dimensions for non-ledger accounts (`004-025`). */
  readonly defaultDimension?: string;
  /** @default "Ledger" when `offsetAccount` is set */
  readonly offsetAccountType?: LedgerAccountType;
  /** The offset account: a line with one balances itself. */
  readonly offsetAccount?: string;
  readonly offsetDefaultDimension?: string;
  /** Signed amount on `account`: positive is a debit, negative a credit. Its currency is the line's. */
  readonly amount: Money;
  /** `YYYY-MM-DD`. */
  readonly transDate: string;
  /**
   * Voucher. Lines without an offset account must share a voucher with the lines that balance them;
   * left out, D365 draws one from the journal name's number sequence.
   */
  readonly voucher?: string;
  /** Line text; cut to 60 characters, D365's limit. */
  readonly text?: string;
  /** D365 `SalesTaxGroup` of the line; left out, D365 calculates no sales tax on it. */
  readonly salesTaxGroup?: string;
  /** D365 `ItemSalesTaxGroup` of the line. */
  readonly itemSalesTaxGroup?: string;
}

/** A journal to find or create. */
export interface GeneralJournalInput {
  readonly dataAreaId: string;
  /** Journal name (template), e.g. `GenJrn`. */
  readonly journalName: string;
  /** Natural key marker kept in `Description` (≤ 60 characters); see {@link settlementJournalMarker}. */
  readonly marker: string;
  readonly lines: readonly JournalLineInput[];
}

/** A journal in D365. */
export interface GeneralJournalRef {
  readonly [key: string]: string | number;
  readonly dataAreaId: string;
  readonly journalBatchNumber: string;
  readonly marker: string;
  readonly lineCount: number;
}

/**
 * The marker of one part of a settlement's journal in one legal entity.
 * @example settlementJournalMarker("12345678901", "USMF", 1) // "AMZ-SETTLEMENT 12345678901 usmf part 1"
 */
export function settlementJournalMarker(settlementId: string, dataAreaId: string, part: number): string {
  return `AMZ-SETTLEMENT ${settlementId} ${dataAreaId.toLowerCase()} part ${part}`;
}

/**
 * Checks that a journal balances: per currency, and per voucher, the debits equal the credits.
 * A line with an offset account balances itself; every other line needs a voucher. Every amount
 * must fit its currency's minor unit (12.5 JPY is refused, never rounded by D365).
 * @throws ValidationError listing every unbalanced currency and voucher and every over-precise amount.
 */
export function assertBalanced(lines: readonly JournalLineInput[], record?: string): void {
  const issues: Issue[] = [];
  const byCurrency = new Map<string, Money>();
  const byVoucher = new Map<string, Money>();
  lines.forEach((line, i) => {
    if (line.amount.isZero()) {
      issues.push({
        code: "zero_line",
        path: ["lines", i, "amount"],
        message: "a journal line needs an amount",
      });
    }
    if (line.amount.scale > currencyDigits(line.amount.currency)) {
      issues.push({
        code: "amount_precision",
        path: ["lines", i, "amount"],
        message: `${line.amount.toString()} ${line.amount.currency} has more decimals than ${line.amount.currency} allows (${currencyDigits(line.amount.currency)})`,
      });
    }
    if (line.offsetAccount) return;
    const c = line.amount.currency;
    byCurrency.set(c, (byCurrency.get(c) ?? Money.zero(c)).plus(line.amount));
    if (line.voucher === undefined) {
      issues.push({
        code: "unbalanced_line",
        path: ["lines", i],
        message: "a line without an offset account needs a voucher shared with the lines that balance it",
      });
      return;
    }
    const v = `${line.voucher}\u0000${line.transDate}\u0000${c}`;
    byVoucher.set(v, (byVoucher.get(v) ?? Money.zero(c)).plus(line.amount));
  });
  for (const [currency, net] of byCurrency) {
    if (!net.isZero()) {
      issues.push({
        code: "unbalanced_currency",
        path: ["currency", currency],
        message: `debits exceed credits by ${net.toString()} ${currency}`,
      });
    }
  }
  for (const [key, net] of byVoucher) {
    const [voucher = "", date = "", currency = ""] = key.split("\u0000");
    if (!net.isZero()) {
      issues.push({
        code: "unbalanced_voucher",
        path: ["voucher", voucher],
        message: `voucher ${voucher} of ${date} is off by ${net.toString()} ${currency}`,
      });
    }
  }
  if (issues.length) {
    throw new ValidationError("The journal does not balance", {
      issues,
      where: { system: "local", operation: "LedgerJournalLines", ...(record ? { record } : {}) },
      hint: "nothing was sent to D365; fix the amounts or the mapping",
    });
  }
}

/**
 * Splits journal lines into parts of at most `maxLines`, never splitting a voucher, so that each part
 * is one journal (one change set) that balances on its own. A voucher stays whole even when its
 * lines carry offset accounts: D365 reads a voucher as one document. A voucher longer than
 * `maxLines` makes a part of its own.
 * @default maxLines 1000
 */
export function splitJournalLines<L extends JournalLineInput>(lines: readonly L[], maxLines = 1000): L[][] {
  const groups = new Map<string, L[]>();
  lines.forEach((line, i) => {
    const key = line.voucher !== undefined ? `v:${line.voucher}` : `l:${i}`;
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  });
  const parts: L[][] = [];
  let current: L[] = [];
  for (const group of groups.values()) {
    if (current.length > 0 && current.length + group.length > maxLines) {
      parts.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length) parts.push(current);
  return parts;
}

function lineBody(
  company: string,
  journalBatchNumber: string,
  line: JournalLineInput,
): Record<string, unknown> {
  const amount = line.amount;
  return {
    dataAreaId: company,
    JournalBatchNumber: journalBatchNumber,
    AccountType: line.accountType ?? "Ledger",
    AccountDisplayValue: line.account,
    ...(line.defaultDimension ? { DefaultDimensionDisplayValue: line.defaultDimension } : {}),
    ...(line.offsetAccount
      ? {
          OffsetAccountType: line.offsetAccountType ?? "Ledger",
          OffsetAccountDisplayValue: line.offsetAccount,
          ...(line.offsetDefaultDimension
            ? { OffsetDefaultDimensionDisplayValue: line.offsetDefaultDimension }
            : {}),
        }
      : {}),
    ...(amount.isNegative() ? { CreditAmount: amount.negate() } : { DebitAmount: amount }),
    CurrencyCode: amount.currency,
    TransDate: literal.dateTime(line.transDate).text,
    ...(line.voucher !== undefined ? { Voucher: line.voucher } : {}),
    ...(line.text !== undefined ? { Text: line.text.slice(0, 60) } : {}),
    ...(line.salesTaxGroup !== undefined ? { SalesTaxGroup: line.salesTaxGroup } : {}),
    ...(line.itemSalesTaxGroup !== undefined ? { ItemSalesTaxGroup: line.itemSalesTaxGroup } : {}),
  };
}

/**
 * Finds the journal by its marker or creates it: header (with the journal name), then every line in
 * one change set. Asserts the balance first. A posted journal found by its marker is returned and
 * never written; a header left without lines by a failed run is completed.
 * @example
 * await ensureGeneralJournal(d365, {
 *   dataAreaId: "USMF", journalName: "AmzStl", marker: settlementJournalMarker(id, "USMF", 1), lines,
 * }, { dedup: storage.dedup });
 */
export async function ensureGeneralJournal(
  client: D365Client,
  input: GeneralJournalInput,
  options: CallOptions & NaturalKeyOptions = {},
): Promise<Ensured<GeneralJournalRef>> {
  const company = input.dataAreaId.toLowerCase();
  const key = dedupKeys.d365("LedgerJournalHeaders", company, { Description: input.marker });
  const record = options.record ?? key;
  if (!input.marker.trim() || input.marker.length > 60) {
    throw new ValidationError("Invalid journal marker", {
      issues: [
        {
          code: "invalid_marker",
          path: ["marker"],
          message: "must be 1 to 60 characters (it is kept in Description)",
        },
      ],
      where: { system: "local", operation: "LedgerJournalHeaders", record },
    });
  }
  if (input.lines.length === 0) {
    throw new ValidationError("A journal needs lines", {
      issues: [{ code: "no_lines", path: ["lines"], message: "nothing to post" }],
      where: { system: "local", operation: "LedgerJournalHeaders", record },
    });
  }
  assertBalanced(input.lines, record);
  const reads = { ...options, record };
  // A done key is believed only while D365 still holds the journal it names (one read by key).
  const verify = async (done: JsonValue): Promise<boolean> => {
    const number = fieldOf(done, "journalBatchNumber");
    if (number === undefined) return false;
    const header = await getEntity(
      client,
      "LedgerJournalHeaders",
      { dataAreaId: company, JournalBatchNumber: number },
      { ...reads, select: ["JournalBatchNumber"] },
    );
    return header !== undefined;
  };
  return ensureOnce(key, { ...options, verify }, async (fence) => {
    const call = { ...reads, ...(fence ? { fence } : {}) };
    const result = await ensureDocument<string>(
      client,
      {
        describe: `general journal '${input.marker}' in ${company}`,
        record,
        expectedLines: input.lines.length,
        find: () => findGeneralJournals(client, company, input.marker, call),
        createHeader: async () => {
          const header = await createEntity(
            client,
            "LedgerJournalHeaders",
            { dataAreaId: company, JournalName: input.journalName, Description: input.marker },
            call,
          );
          return String(header.JournalBatchNumber);
        },
        lines: (number) =>
          input.lines.map((l) => ({
            method: "POST" as const,
            entitySet: "LedgerJournalLines" as const,
            body: lineBody(company, number, l),
          })),
        removeHeader: (number) =>
          deleteEntity(
            client,
            "LedgerJournalHeaders",
            { dataAreaId: company, JournalBatchNumber: number },
            call,
          ),
      },
      call,
    );
    return {
      value: {
        dataAreaId: company,
        journalBatchNumber: result.value,
        marker: input.marker,
        lineCount: input.lines.length,
      },
      outcome: result.outcome,
    };
  });
}

/** A settlement's journal to post: the shape `settlementJournal` (mapping) builds. */
export type SettlementJournalInput = Pick<GeneralJournalInput, "dataAreaId" | "journalName" | "lines">;

/** Options of {@link ensureSettlementJournals}. */
export interface EnsureSettlementJournalsOptions extends CallOptions, NaturalKeyOptions {
  /** @default `settlement:<settlementId>` */
  readonly record?: string;
  /** Lines per journal; a voucher is never split. @default 1000 */
  readonly maxLines?: number;
}

/**
 * Posts a settlement's journal in parts of at most `maxLines` lines ({@link splitJournalLines}),
 * each part one journal found or created exactly once by its marker
 * ({@link settlementJournalMarker}`(settlementId, dataAreaId, part)`), parts in order. A re-run finds
 * every part already there (or in the dedup store) and writes nothing.
 * @returns one result per part, in part order; empty when the journal has no lines.
 * @throws ValidationError when a part does not balance; D365ODataError naming the failing line.
 * @example
 * const journal = settlementJournal(resolved, summary, mapping, { marketplace: "ATVPDKIKX0DER" });
 * const parts = await ensureSettlementJournals(d365, journal, summary.settlementId, {
 *   dedup: storage.dedup,
 * });
 * console.log(parts.map((p) => `${p.value.journalBatchNumber} ${p.outcome}`));
 */
export async function ensureSettlementJournals(
  client: D365Client,
  journal: SettlementJournalInput,
  settlementId: string,
  options: EnsureSettlementJournalsOptions = {},
): Promise<Ensured<GeneralJournalRef>[]> {
  const { maxLines, ...call } = options;
  const record = options.record ?? `settlement:${settlementId}`;
  const results: Ensured<GeneralJournalRef>[] = [];
  // One part at a time: part n+1 is only written once part n is in D365, so a failed run leaves a prefix.
  for (const [i, lines] of splitJournalLines(journal.lines, maxLines).entries()) {
    results.push(
      await ensureGeneralJournal(
        client,
        {
          dataAreaId: journal.dataAreaId,
          journalName: journal.journalName,
          marker: settlementJournalMarker(settlementId, journal.dataAreaId, i + 1),
          lines,
        },
        { ...call, record },
      ),
    );
  }
  return results;
}

/** Finds journals by the marker in `Description`, with line counts and posted state. */
export async function findGeneralJournals(
  client: D365Client,
  dataAreaId: string,
  marker: string,
  options: CallOptions = {},
): Promise<FoundHeader<string>[]> {
  const q = filterFor("LedgerJournalHeaders");
  const headers = await queryAll(client, "LedgerJournalHeaders", {
    ...options,
    company: dataAreaId,
    filter: q.eq("Description", marker),
    select: ["JournalBatchNumber", "IsPosted"],
  });
  const lines = filterFor("LedgerJournalLines");
  return Promise.all(
    headers.map(async (h) => ({
      header: String(h.JournalBatchNumber),
      posted: h.IsPosted === "Yes",
      lineCount: await countEntities(client, "LedgerJournalLines", {
        ...options,
        company: dataAreaId,
        filter: lines.eq("JournalBatchNumber", String(h.JournalBatchNumber)),
      }),
    })),
  );
}
