/**
 * The settlement posting as it was built before its sums moved to minor-unit numbers (commit
 * c5623e8 of src/sync/posting.ts, unchanged but for imports and the parts the comparison needs not):
 * every amount added as Money, row by row. posting-equivalence.test.ts holds the library's
 * `buildSettlementPosting` equal to it on random settlements, so the fast sums can never drift
 * from the plain ones. Do not optimise this file: its worth is that it is the plain path.
 */
import type { SettlementSummary } from "../../src/amazon/settlement/types.js";
import { type Issue, MappingError, ValidationError } from "../../src/core/errors.js";
import { currencyDigits, Money } from "../../src/core/money.js";
import type { JournalLineInput } from "../../src/d365/entities/general-journals.js";
import { defaultDimensionDisplayValue, ledgerDisplayValue } from "../../src/mapping/display-value.js";
import { findMarketplace, type ResolvedMarketplace, resolveAccountRole } from "../../src/mapping/resolve.js";
import type { RankedRule } from "../../src/mapping/rules.js";
import type { Mapping } from "../../src/mapping/schema.js";
import type { ResolvedAmount } from "../../src/mapping/settlement-lines.js";
// The types and the rules that decide an amount's account are the library's own: what this file
// keeps frozen is how the amounts are added up.
import {
  type AccountingPeriod,
  calendarMonths,
  isInvoicedAmount,
  type PeriodFunction,
  type PostingNote,
  type PostingOptions,
  type PostingVoucher,
  type SettlementPosting,
} from "../../src/sync/posting.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateError(date: string, operation: string): ValidationError {
  return new ValidationError(`'${date}' is not a date`, {
    issues: [{ code: "invalid_date", path: ["date"], message: `expected YYYY-MM-DD, got '${date}'` }],
    where: { system: "local", operation },
  });
}

/** Transaction types whose amounts an order invoice (or its credit note) already holds. */
const INVOICED_TRANSACTIONS = new Set(["order", "refund", "shipment"]);

/** A row with its date and period, as the model sees it. */
interface Dated {
  readonly postedDate: string;
  readonly r: ResolvedAmount;
}

/**
 * Groups items by accounting period of their `postedDate` (items without one take `fallbackDate`),
 * periods in chronological order, items in input order.
 * @throws ValidationError for a date that is not `YYYY-MM-DD`, or a period function whose period
 * does not contain the date it was given.
 * @example splitByPeriod(rows, calendarMonths, "2026-11-29").get("2026-11")?.items
 */
export function splitByPeriod<T extends { readonly postedDate?: string | undefined }>(
  items: readonly T[],
  period: PeriodFunction,
  fallbackDate: string,
): Map<string, { period: AccountingPeriod; items: T[] }> {
  const groups = new Map<string, { period: AccountingPeriod; items: T[] }>();
  const cache = new Map<string, AccountingPeriod>();
  for (const item of items) {
    const date = item.postedDate || fallbackDate;
    let p = cache.get(date);
    if (!p) {
      if (!DATE.test(date)) throw dateError(date, "splitByPeriod");
      p = period(date);
      if (!(p.start <= date && date <= p.end) || !p.id) {
        throw new ValidationError(`The period function put ${date} in a period that does not hold it`, {
          issues: [
            {
              code: "period_invalid",
              path: ["period", date],
              message: `got '${p.id}' from ${p.start} to ${p.end}; a period must hold the date it is asked for`,
            },
          ],
          where: { system: "local", operation: "splitByPeriod" },
          hint: "fix the host's period function",
        });
      }
      cache.set(date, p);
    }
    const g = groups.get(p.id);
    if (g) g.items.push(item);
    else groups.set(p.id, { period: p, items: [item] });
  }
  const sorted = [...groups.entries()].sort(([a, x], [b, y]) =>
    x.period.start < y.period.start ? -1 : x.period.start > y.period.start ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return new Map(sorted);
}

const WITHHELD = new Set(["itemwithheldtax", "taxwithheld"]);
const TAX_CARRIERS = new Set(["itemprice", "promotion", "charge"]);
const norm = (s: string) => s.trim().toLowerCase();

/** Tax Amazon withheld as marketplace facilitator (`ItemWithheldTax` rows, Finances `TaxWithheld`). */
function isWithheldTax(r: ResolvedAmount): boolean {
  return WITHHELD.has(norm(r.input.amountType));
}

/** Tax charged to the buyer on an order or refund (`Tax`, `ShippingTax`, `TaxDiscount`…). */
function isCollectedTax(r: ResolvedAmount): boolean {
  return TAX_CARRIERS.has(norm(r.input.amountType)) && /tax/i.test(r.input.amountDescription);
}

/** 0: not tax; 1: withheld facilitator tax; 2: tax collected from the buyer. */
type TaxKind = 0 | 1 | 2;

/**
 * The tax kind of an amount, decided once per (amount-type, amount-description) pair: a settlement
 * has a few dozen pairs and hundreds of thousands of rows, and the parser hands every row of one
 * pair the same two strings.
 */
function taxClassifier(): (r: ResolvedAmount) => TaxKind {
  const kinds = new Map<string, Map<string, TaxKind>>();
  return (r) => {
    const { amountType, amountDescription } = r.input;
    let byDescription = kinds.get(amountType);
    if (byDescription === undefined) {
      byDescription = new Map();
      kinds.set(amountType, byDescription);
    }
    let kind = byDescription.get(amountDescription);
    if (kind === undefined) {
      kind = isWithheldTax(r) ? 1 : isCollectedTax(r) ? 2 : 0;
      byDescription.set(amountDescription, kind);
    }
    return kind;
  };
}

/** Tax groups as they go on a line: absent, never `undefined`. */
interface LineTaxGroups {
  readonly salesTaxGroup?: string;
  readonly itemSalesTaxGroup?: string;
}

function taxGroupsOf(r: ResolvedAmount): LineTaxGroups {
  const rule = r.rule.rule;
  const byRole = rule.account !== undefined ? r.marketplace.journalTaxGroups?.[rule.account] : undefined;
  const salesTaxGroup = rule.salesTaxGroup ?? byRole?.salesTaxGroup;
  const itemSalesTaxGroup = rule.itemSalesTaxGroup ?? byRole?.itemSalesTaxGroup;
  return {
    ...(salesTaxGroup !== undefined ? { salesTaxGroup } : {}),
    ...(itemSalesTaxGroup !== undefined ? { itemSalesTaxGroup } : {}),
  };
}

const NO_TAX_GROUPS: LineTaxGroups = Object.freeze({});

interface Bucket {
  readonly account: string;
  /** Ledger unless the amount clears the Amazon customer (`orderRevenue: "invoiced"`). */
  readonly accountType: "Ledger" | "Cust";
  readonly taxGroups: LineTaxGroups;
  readonly texts: Set<string>;
  readonly orderId: string | undefined;
  readonly transactionType: string;
  date: string;
  amount: Money;
}

/**
 * Builds the posting of one settlement from its mapped amounts (`resolveSettlementLines` from `ml-connector/mapping`).
 * Pure: same input, same vouchers, same voucher ids (`AMZ<last 8 digits of the id>-<n>`), so a
 * re-run after a crash finds what the first run wrote.
 * @throws ValidationError `amount_precision` (an amount finer than its currency allows, naming the
 * settlement line), `currency_mismatch`, `total_mismatch` (amounts do not add up to total-amount),
 * `legal_entity_mismatch`, `unknown_marketplace`, `invalid_date`, `period_invalid`.
 * @throws MappingError `carried_balance_unmapped`: a negative settlement and no main account for
 * the `carriedBalance` role; the engine parks the settlement until the mapping has one.
 * @example
 * const resolved = resolveSettlementLines(rows, mapping, { marketplace: "ATVPDKIKX0DER" });
 * const posting = buildSettlementPosting(resolved, summary, mapping, { marketplace: "ATVPDKIKX0DER" });
 * for (const lines of splitVouchersIntoJournals(posting, 1000)) await ensureGeneralJournal(d365, {…, lines});
 */
export function buildSettlementPosting(
  resolved: readonly ResolvedAmount[],
  summary: Pick<
    SettlementSummary,
    "settlementId" | "totalAmount" | "currency" | "depositDate" | "endDate" | "startDate"
  >,
  mapping: Mapping,
  options: PostingOptions & { readonly marketplace: string },
): SettlementPosting {
  const mode = options.mode ?? "summary";
  const invoiced = (options.orderRevenue ?? "settlement") === "invoiced";
  const periodOf = options.period ?? calendarMonths;
  const maxVoucherLines = Math.max(1, Math.floor(options.maxVoucherLines ?? 500));
  const id = summary.settlementId;
  const record = `settlement:${id}`;
  const currency = summary.currency.toUpperCase();
  const fail = (issues: Issue[]) =>
    new ValidationError(`Cannot build the posting of settlement ${id}`, {
      issues,
      where: { system: "local", operation: "buildSettlementPosting", record },
      hint: "nothing was posted; fix the settlement or the mapping named here, then replay",
    });
  const issue = (code: string, message: string, path: (string | number)[] = ["settlement", id]) => ({
    code,
    path,
    message,
  });

  const marketplace = findMarketplace(mapping, options.marketplace);
  if (!marketplace) {
    throw fail([issue("unknown_marketplace", `marketplace '${options.marketplace}' is not in the mapping`)]);
  }
  const digits = currencyDigits(currency);
  const problems: Issue[] = [];
  const where = (r: ResolvedAmount) => `line ${r.input.line ?? "?"}`;
  const lineOf = (r: ResolvedAmount, i: number): (string | number)[] => [
    "settlement",
    id,
    "line",
    r.input.line ?? `#${i}`,
  ];
  if (summary.totalAmount.scale > digits || summary.totalAmount.currency !== currency) {
    problems.push(
      issue(
        "amount_precision",
        `total-amount ${summary.totalAmount.toString()} ${summary.totalAmount.currency} does not fit ${currency} (${digits} decimals)`,
        ["settlement", id, "total-amount"],
      ),
    );
  }
  resolved.forEach((r, i) => {
    const a = r.input.amount;
    if (a.currency !== currency) {
      problems.push(
        issue(
          "currency_mismatch",
          `${where(r)}: ${a.toString()} ${a.currency} in a ${currency} settlement`,
          lineOf(r, i),
        ),
      );
    } else if (a.scale > digits) {
      problems.push(
        issue(
          "amount_precision",
          `${where(r)} (${r.input.transactionType} / ${r.input.amountType} / ${r.input.amountDescription}): ${a.toString()} ${currency} has more decimals than ${currency} allows (${digits})`,
          lineOf(r, i),
        ),
      );
    }
    if (r.marketplace.legalEntity.toLowerCase() !== marketplace.legalEntity.toLowerCase()) {
      problems.push(
        issue(
          "legal_entity_mismatch",
          `${where(r)} belongs to ${r.marketplace.name} (${r.marketplace.legalEntity}), the settlement posts to ${marketplace.legalEntity}`,
          lineOf(r, i),
        ),
      );
    }
  });
  if (problems.length) throw fail(problems);
  const total = Money.sum(
    resolved.map((r) => r.input.amount),
    currency,
  );
  if (!total.equals(summary.totalAmount)) {
    throw fail([
      issue(
        "total_mismatch",
        `the mapped amounts add up to ${total.toString()} ${currency}, the settlement's total-amount is ${summary.totalAmount.toString()}`,
      ),
    ]);
  }

  const format = mapping.segmentFormat;
  const clearing = ledgerDisplayValue(format, marketplace.clearingAccount, marketplace.dimensions);
  const endDate = summary.endDate.slice(0, 10);
  const closeDate = (summary.depositDate ?? "").slice(0, 10) || endDate;
  const prefix = `AMZ${id.slice(-8)}-`;
  const notes: PostingNote[] = [];
  const vouchers: { period: AccountingPeriod; kind: PostingVoucher["kind"]; lines: JournalLineInput[] }[] =
    [];

  const taxKind = taxClassifier();
  // Tax groups per (rule, marketplace), and the key head of a bucket per (account type, account,
  // tax groups): shared by every row of a combination instead of rebuilt row by row.
  const taxGroupsCache = new Map<RankedRule, Map<ResolvedMarketplace, LineTaxGroups>>();
  const taxGroupsOfRow = (r: ResolvedAmount): LineTaxGroups => {
    let byMarketplace = taxGroupsCache.get(r.rule);
    if (byMarketplace === undefined) {
      byMarketplace = new Map();
      taxGroupsCache.set(r.rule, byMarketplace);
    }
    let groups = byMarketplace.get(r.marketplace);
    if (groups === undefined) {
      groups = taxGroupsOf(r);
      byMarketplace.set(r.marketplace, groups);
    }
    return groups;
  };
  const heads = new Map<LineTaxGroups, Map<string, string>>();
  const bucketHead = (toCustomer: boolean, account: string, taxGroups: LineTaxGroups): string => {
    let byAccount = heads.get(taxGroups);
    if (byAccount === undefined) {
      byAccount = new Map();
      heads.set(taxGroups, byAccount);
    }
    const kind = toCustomer ? "Cust" : "Ledger";
    const at = `${kind}\u0001${account}`;
    let head = byAccount.get(at);
    if (head === undefined) {
      head = [kind, account, taxGroups.salesTaxGroup ?? "", taxGroups.itemSalesTaxGroup ?? ""].join("\u0001");
      byAccount.set(at, head);
    }
    return head;
  };
  const dated: Dated[] = resolved.map((r) => ({ postedDate: r.input.postedDate || endDate, r }));
  let netted = Money.zero(currency);
  let nettedOrders = 0;
  for (const { period, items } of splitByPeriod(dated, periodOf, endDate).values()) {
    // Invoiced orders: their collected tax clears the customer, so their withheld tax is not netted.
    const nettable = invoiced
      ? items.filter((d) => !INVOICED_TRANSACTIONS.has(d.r.input.transactionType.trim().toLowerCase()))
      : items;
    const skip = facilitatorPairs(nettable, id, currency, notes, taxKind);
    for (const set of skip.values()) {
      netted = netted.plus(set.collected);
      nettedOrders++;
    }
    // Buckets by (account type, account, tax groups), then by text (summary) or order (detail);
    // `buckets` keeps them in order of first appearance, which is the order of the lines.
    const bucketIndex = new Map<string, Map<string, Bucket>>();
    const buckets: Bucket[] = [];
    for (const d of items) {
      const { r } = d;
      if (r.input.amount.isZero()) continue;
      if (
        mode === "summary" &&
        skip.size > 0 &&
        taxKind(r) !== 0 &&
        skip.has(`${r.input.transactionType}\u0000${r.input.orderId ?? ""}`)
      ) {
        continue;
      }
      const toCustomer = invoiced && isInvoicedAmount(r.input);
      const account = toCustomer ? marketplace.customerAccount : r.accountDisplayValue;
      // A customer line carries no tax groups: the invoice has already reported the tax.
      const taxGroups = toCustomer ? NO_TAX_GROUPS : taxGroupsOfRow(r);
      const perOrder = mode === "detail" && r.input.orderId !== undefined && r.input.orderId !== "";
      const head = bucketHead(toCustomer, account, taxGroups);
      let byLine = bucketIndex.get(head);
      if (byLine === undefined) {
        byLine = new Map();
        bucketIndex.set(head, byLine);
      }
      const key = perOrder ? `${r.input.transactionType}\u0000${r.input.orderId}` : r.text;
      const b = byLine.get(key);
      if (b) {
        b.amount = b.amount.plus(r.input.amount);
        b.texts.add(r.text);
        if (d.postedDate > b.date) b.date = d.postedDate;
      } else {
        const created: Bucket = {
          account,
          accountType: toCustomer ? "Cust" : "Ledger",
          taxGroups,
          texts: new Set([r.text]),
          orderId: perOrder ? r.input.orderId : undefined,
          transactionType: r.input.transactionType,
          date: d.postedDate,
          amount: r.input.amount,
        };
        byLine.set(key, created);
        buckets.push(created);
      }
    }
    const lines: JournalLineInput[] = [];
    for (const b of buckets) {
      if (b.amount.isZero()) continue;
      // A settlement amount is owed to the seller when positive: credit its account, debit clearing.
      lines.push({
        ...(b.accountType === "Cust" ? { accountType: "Cust" as const } : {}),
        account: b.account,
        offsetAccount: clearing,
        amount: b.amount.negate(),
        transDate: b.date,
        text: lineText(b, id),
        ...b.taxGroups,
      });
    }
    for (let i = 0; i < lines.length; i += maxVoucherLines) {
      vouchers.push({ period, kind: "activity", lines: lines.slice(i, i + maxVoucherLines) });
    }
  }
  if (nettedOrders > 0) {
    notes.push({
      code: "facilitator_tax_netted",
      message: `Amazon collected and remitted ${netted.toString()} ${currency} of marketplace-facilitator tax on ${nettedOrders} order${nettedOrders === 1 ? "" : "s"}; it nets to zero per order and is ${mode === "summary" ? "left out of the summary lines (detail mode shows it)" : "shown line by line, netting to zero"}`,
      amount: netted.toString(),
    });
  }

  const closingLine = closing(summary.totalAmount, closeDate, clearing, marketplace, mapping, id, record);
  if (closingLine) {
    const [deposit] = splitByPeriod([{ postedDate: closeDate }], periodOf, closeDate).values();
    if (deposit) vouchers.push({ period: deposit.period, kind: "deposit", lines: [closingLine] });
  }

  const width = String(vouchers.length).length;
  const numbered: PostingVoucher[] = vouchers.map((v, i) => {
    const voucher = `${prefix}${String(i + 1).padStart(width, "0")}`;
    return { voucher, period: v.period, kind: v.kind, lines: v.lines.map((l) => ({ ...l, voucher })) };
  });
  const last = numbered[numbered.length - 1];
  return {
    dataAreaId: marketplace.legalEntity,
    journalName: marketplace.journalName,
    currency,
    mode,
    vouchers: numbered,
    lines: numbered.flatMap((v) => v.lines),
    clearingAccount: clearing,
    closingLine: closingLine && last?.kind === "deposit" ? last.lines[0] : undefined,
    notes,
  };
}

function lineText(b: Bucket, settlementId: string): string {
  const [first] = b.texts;
  const text = b.texts.size === 1 && first !== undefined ? first : `AMZ ${settlementId} ${b.transactionType}`;
  if (b.orderId === undefined || text.includes(b.orderId)) return text;
  // D365 keeps 60 characters: the order id must survive the cut, so the text yields.
  return `${text.slice(0, Math.max(0, 59 - b.orderId.length))} ${b.orderId}`.trim();
}

/**
 * The orders (by transaction type and order id) whose withheld facilitator tax exactly offsets the
 * tax charged to the buyer: Amazon collected and remitted it. Decided per order from the data, never
 * per marketplace (Amazon.co.uk leaves the VAT with the seller: withheld rows of 0.00).
 */
function facilitatorPairs(
  items: readonly Dated[],
  settlementId: string,
  currency: string,
  notes: PostingNote[],
  taxKind: (r: ResolvedAmount) => TaxKind,
): Map<string, { collected: Money }> {
  const orders = new Map<string, { collected: Money; withheld: Money }>();
  for (const { r } of items) {
    if (!r.input.orderId) continue;
    const kind = taxKind(r);
    if (kind === 0) continue;
    const withheld = kind === 1;
    const key = `${r.input.transactionType}\u0000${r.input.orderId}`;
    const o = orders.get(key) ?? { collected: Money.zero(currency), withheld: Money.zero(currency) };
    if (withheld) o.withheld = o.withheld.plus(r.input.amount);
    else o.collected = o.collected.plus(r.input.amount);
    orders.set(key, o);
  }
  const out = new Map<string, { collected: Money }>();
  for (const [key, o] of orders) {
    if (o.withheld.isZero()) continue;
    if (o.withheld.plus(o.collected).isZero()) {
      out.set(key, { collected: o.collected });
    } else {
      const [tx, orderId] = key.split("\u0000");
      const owed = o.withheld.plus(o.collected);
      notes.push({
        code: "facilitator_tax_unbalanced",
        message: `${tx} ${orderId} of settlement ${settlementId}: Amazon withheld ${o.withheld.negate().toString()} ${currency} of tax but the buyer paid ${o.collected.toString()}; the ${owed.toString()} ${currency} difference stays on the tax accounts`,
        amount: owed.toString(),
      });
    }
  }
  return out;
}

function closing(
  total: Money,
  date: string,
  clearing: string,
  marketplace: ResolvedMarketplace,
  mapping: Mapping,
  settlementId: string,
  record: string,
): JournalLineInput | undefined {
  if (total.isZero()) return undefined;
  const format = mapping.segmentFormat;
  const text = `Amazon settlement ${settlementId}`;
  if (total.isPositive()) {
    const bank = marketplace.bank;
    const dims = Object.keys(marketplace.dimensions).length
      ? { defaultDimension: defaultDimensionDisplayValue(format, marketplace.dimensions) }
      : {};
    return bank.type === "Bank"
      ? {
          accountType: "Bank",
          account: bank.account,
          ...dims,
          offsetAccount: clearing,
          amount: total,
          transDate: date,
          text: `${text} deposit`,
        }
      : {
          account: ledgerDisplayValue(format, bank.mainAccount, {
            ...marketplace.dimensions,
            ...bank.dimensions,
          }),
          offsetAccount: clearing,
          amount: total,
          transDate: date,
          text: `${text} deposit`,
        };
  }
  const carried = resolveAccountRole(mapping, "carriedBalance");
  if (carried === undefined) {
    throw new MappingError(
      `Settlement ${settlementId} is negative (${total.toString()} ${total.currency}) and the mapping has no carried-balance account`,
      {
        issues: [
          {
            code: "carried_balance_unmapped",
            path: ["accounts", "carriedBalance"],
            message: `the ${total.negate().toString()} ${total.currency} the seller owes Amazon must move to a carried-balance account (it returns as 'Payable to Amazon' in the next settlement); map the role carriedBalance to a main account`,
          },
        ],
        where: { system: "local", operation: "buildSettlementPosting", record },
        hint: "nothing was posted; add accounts.carriedBalance to the mapping, then replay",
      },
    );
  }
  return {
    account: ledgerDisplayValue(format, carried, marketplace.dimensions),
    offsetAccount: clearing,
    amount: total,
    transDate: date,
    text: `${text} carried balance`,
  };
}
