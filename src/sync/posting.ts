/**
 * The settlement posting model, as pure functions: a settlement's mapped amounts become general
 * journal vouchers that an accountant can read and D365 accepts.
 *
 * - Every activity line is offset against the Amazon clearing account, so each line (and so each
 *   voucher, per date and currency) balances on its own.
 * - Lines are dated by their rows' posted date and grouped into one voucher per accounting period
 *   (calendar months unless the host gives its own); the clearing account carries the balance
 *   across the period end, as the carried-forward balance account of a month-end split.
 * - The closing line (the deposit to the bank, or a negative balance to the carried-balance account)
 *   equals `total-amount` and sits in a voucher of its own, on the deposit date.
 * - *summary* mode adds amounts up per period by account, dimensions, tax groups and text;
 *   *detail* mode posts one line per order, transaction type and account per period.
 * - Marketplace-facilitator tax that Amazon collects and remits nets to zero per order: summary mode
 *   leaves those pairs out and says so in a {@link PostingNote}; detail mode shows them.
 * - An amount finer than its currency's minor unit (12.5 JPY) is refused, never posted.
 *
 * See docs/posting-model.md and docs/decisions/0007-accounting-periods.md.
 */
import { minorUnitsOf, RunningSum } from "../amazon/settlement/amount.js";
import type { SettlementSummary } from "../amazon/settlement/types.js";
import { type Issue, MappingError, ValidationError } from "../core/errors.js";
import { currencyDigits, Money } from "../core/money.js";
import type { JournalLineInput } from "../d365/entities/general-journals.js";
import { defaultDimensionDisplayValue, ledgerDisplayValue } from "../mapping/display-value.js";
import { findMarketplace, type ResolvedMarketplace, resolveAccountRole } from "../mapping/resolve.js";
import type { RankedRule } from "../mapping/rules.js";
import type { Mapping } from "../mapping/schema.js";
import type { ResolvedAmount } from "../mapping/settlement-lines.js";

/** `summary`: amounts added up per period (A2X style); `detail`: one line per order per account per period. */
export type PostingMode = "summary" | "detail";

/** An accounting period; dates are YYYY-MM-DD, inclusive. */
export interface AccountingPeriod {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

/** The accounting period a date (`YYYY-MM-DD`, UTC) falls in. */
export type PeriodFunction = (date: string) => AccountingPeriod;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateError(date: string, operation: string): ValidationError {
  return new ValidationError(`'${date}' is not a date`, {
    issues: [{ code: "invalid_date", path: ["date"], message: `expected YYYY-MM-DD, got '${date}'` }],
    where: { system: "local", operation },
  });
}

/**
 * Calendar months: `2026-11-15` → `{ id: "2026-11", start: "2026-11-01", end: "2026-11-30" }`.
 * @throws ValidationError for anything but a `YYYY-MM-DD` date.
 */
export const calendarMonths: PeriodFunction = (date) => {
  const m = DATE.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  // Day 0 of the next month is the last day of this one.
  const last = m ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > last) throw dateError(date, "calendarMonths");
  const ym = `${m[1]}-${m[2]}`;
  return { id: ym, start: `${ym}-01`, end: `${ym}-${String(last).padStart(2, "0")}` };
};

/** Options of {@link buildSettlementPosting}. */
export interface PostingOptions {
  /** @default "summary" */
  readonly mode?: PostingMode;
  /** The host's accounting periods (e.g. a 4-4-5 calendar). @default calendarMonths */
  readonly period?: PeriodFunction;
  /**
   * Most lines in one activity voucher; a period with more lines gets several vouchers (each line
   * balances itself against clearing, so any cut balances). Keep it at or below the `maxLines` of
   * {@link splitVouchersIntoJournals}. @default 500
   */
  readonly maxVoucherLines?: number;
  /**
   * Who books the revenue of orders. `settlement` (the default): the settlement credits sales, tax
   * and shipping. `invoiced`: the orders flow has already invoiced every order to the marketplace's
   * Amazon customer (a customer invoice credits revenue, debits the customer), so the settlement
   * posts the orders' (and refunds') principal, tax, shipping, gift wrap and promotions to that
   * customer account (`AccountType` Cust), clearing the receivable instead of crediting revenue a
   * second time. Fees, reserves and every other amount still go to their accounts. See
   * {@link isInvoicedAmount} for the amounts concerned.
   * @default "settlement"
   */
  readonly orderRevenue?: OrderRevenue;
}

/** Who books order revenue: the settlement, or the customer invoices of the orders flow. */
export type OrderRevenue = "settlement" | "invoiced";

/** Transaction types whose amounts an order invoice (or its credit note) already holds. */
const INVOICED_TRANSACTIONS = new Set(["order", "refund", "shipment"]);
/** Amount types and descriptions an order invoice (or credit note) carries, by amount type. */
const INVOICED_AMOUNTS: Readonly<Record<string, ReadonlySet<string>>> = {
  itemprice: new Set([
    "principal",
    "tax",
    "shipping",
    "shippingtax",
    "giftwrap",
    "giftwraptax",
    "taxdiscount",
  ]),
  // Finances events name the same charges `Charge`.
  charge: new Set(["principal", "tax", "shipping", "shippingtax", "giftwrap", "giftwraptax", "taxdiscount"]),
  promotion: new Set(["principal", "shipping", "giftwrap", "taxdiscount"]),
};

/**
 * True for an amount that an order's customer invoice (or its credit note) holds already: the
 * principal, tax, shipping, gift wrap and promotions of an `Order` or `Refund` row (Finances:
 * `Shipment` / `Refund` charges and promotions) with an order id. With `orderRevenue: "invoiced"`
 * these post to the Amazon customer account instead of revenue.
 */
export function isInvoicedAmount(input: {
  readonly transactionType: string;
  readonly amountType: string;
  readonly amountDescription: string;
  readonly orderId?: string | undefined;
}): boolean {
  if (!input.orderId) return false;
  if (!INVOICED_TRANSACTIONS.has(input.transactionType.trim().toLowerCase())) return false;
  const descriptions = INVOICED_AMOUNTS[input.amountType.trim().toLowerCase()];
  return descriptions?.has(input.amountDescription.trim().toLowerCase()) ?? false;
}

/** One voucher: the activity of one period (or part of it), or the deposit. */
export interface PostingVoucher {
  readonly voucher: string;
  readonly period: AccountingPeriod;
  readonly kind: "activity" | "deposit";
  readonly lines: readonly JournalLineInput[];
}

/** Something the accountant should know about a posting that its lines do not show. */
export interface PostingNote {
  /** `facilitator_tax_netted`, `facilitator_tax_unbalanced`. */
  readonly code: string;
  readonly message: string;
  /** Amount concerned, canonical text in the settlement's currency. */
  readonly amount?: string;
}

/** A settlement's posting: vouchers of journal lines, ready for `ensureGeneralJournal`. */
export interface SettlementPosting {
  readonly dataAreaId: string;
  readonly journalName: string;
  readonly currency: string;
  readonly mode: PostingMode;
  readonly vouchers: readonly PostingVoucher[];
  /** All vouchers' lines, in order, each with its voucher set. */
  readonly lines: readonly JournalLineInput[];
  /** Ledger display value of the Amazon clearing account. */
  readonly clearingAccount: string;
  /** The deposit (or carried balance) line; undefined for a settlement of 0.00. */
  readonly closingLine: JournalLineInput | undefined;
  readonly notes: readonly PostingNote[];
}

/**
 * The period of each date, asked of the host's function once per distinct date and checked: the
 * one place that turns dates into periods, for {@link splitByPeriod} and the posting.
 */
function periodLookup(period: PeriodFunction, operation: string): (date: string) => AccountingPeriod {
  const cache = new Map<string, AccountingPeriod>();
  return (date) => {
    let p = cache.get(date);
    if (!p) {
      if (!DATE.test(date)) throw dateError(date, operation);
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
          where: { system: "local", operation },
          hint: "fix the host's period function",
        });
      }
      cache.set(date, p);
    }
    return p;
  };
}

/** Chronological order of periods: by start, then id. */
function byStart(a: AccountingPeriod, b: AccountingPeriod): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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
  const periodOf = periodLookup(period, "splitByPeriod");
  for (const item of items) {
    const p = periodOf(item.postedDate || fallbackDate);
    const g = groups.get(p.id);
    if (g) g.items.push(item);
    else groups.set(p.id, { period: p, items: [item] });
  }
  const sorted = [...groups.entries()].sort(([, x], [, y]) => byStart(x.period, y.period));
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
  readonly amount: RunningSum;
}

/** The tax of one order (transaction type and order id) in one period. */
interface OrderTax {
  readonly collected: RunningSum;
  readonly withheld: RunningSum;
  /** Amazon collected and remitted it: summary mode leaves its tax rows out. */
  netted: boolean;
}

/** What the posting gathers of one accounting period while it reads the rows. */
interface PeriodState {
  readonly period: AccountingPeriod;
  /** Tax per transaction type, then order id (strings the parser already holds: no key per row). */
  readonly orders: Map<string, Map<string, OrderTax>>;
  /** The same, in order of first appearance, with their names, for the notes. */
  readonly orderList: {
    readonly transactionType: string;
    readonly orderId: string;
    readonly tax: OrderTax;
  }[];
  /** Buckets by (account type, account, tax groups), then by text (summary) or order (detail). */
  readonly bucketIndex: Map<string, Map<string, Bucket>>;
  /** The buckets in order of first appearance, which is the order of the lines. */
  readonly buckets: Bucket[];
  nettedOrders: number;
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
  // Every amount is read once here as minor units: a number while it is an exact integer of at
  // most 2^52 (all real amounts), else NaN and the bigint path. The sums below add these numbers
  // (RunningSum: flushed to a bigint before they could stop being exact), never Money per row.
  const minor = new Float64Array(resolved.length);
  const total = new RunningSum(currency, digits);
  const legalEntity = marketplace.legalEntity.toLowerCase();
  // A settlement's rows share a few marketplace objects: compare each one's legal entity once.
  const sameEntity = new Map<ResolvedMarketplace, boolean>();
  for (let i = 0; i < resolved.length; i++) {
    const r = resolved[i] as ResolvedAmount;
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
    } else {
      const m = minorUnitsOf(a);
      minor[i] = m;
      if (!Number.isNaN(m)) total.addMinor(m);
      else total.addUnits(a.toMinorUnits());
    }
    let same = sameEntity.get(r.marketplace);
    if (same === undefined) {
      same = r.marketplace.legalEntity.toLowerCase() === legalEntity;
      sameEntity.set(r.marketplace, same);
    }
    if (!same) {
      problems.push(
        issue(
          "legal_entity_mismatch",
          `${where(r)} belongs to ${r.marketplace.name} (${r.marketplace.legalEntity}), the settlement posts to ${marketplace.legalEntity}`,
          lineOf(r, i),
        ),
      );
    }
  }
  if (problems.length) throw fail(problems);
  const sum = total.value();
  if (!sum.equals(summary.totalAmount)) {
    throw fail([
      issue(
        "total_mismatch",
        `the mapped amounts add up to ${sum.toString()} ${currency}, the settlement's total-amount is ${summary.totalAmount.toString()}`,
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
  const heads: Record<"Ledger" | "Cust", Map<LineTaxGroups, Map<string, string>>> = {
    Ledger: new Map(),
    Cust: new Map(),
  };
  const bucketHead = (kind: "Ledger" | "Cust", account: string, taxGroups: LineTaxGroups): string => {
    const byGroups = heads[kind];
    let byAccount = byGroups.get(taxGroups);
    if (byAccount === undefined) {
      byAccount = new Map();
      byGroups.set(taxGroups, byAccount);
    }
    let head = byAccount.get(account);
    if (head === undefined) {
      head = [kind, account, taxGroups.salesTaxGroup ?? "", taxGroups.itemSalesTaxGroup ?? ""].join("\u0001");
      byAccount.set(account, head);
    }
    return head;
  };

  // The period of each row's date. Rows come mostly in date runs, so the last date is checked
  // first; the host's period function is asked once per distinct date.
  const periodOfDate = periodLookup(periodOf, "splitByPeriod");
  const states = new Map<string, PeriodState>();
  let lastDate: string | undefined;
  let lastState: PeriodState | undefined;
  const stateOf = (date: string): PeriodState => {
    if (date === lastDate) return lastState as PeriodState;
    const p = periodOfDate(date);
    let state = states.get(p.id);
    if (state === undefined) {
      state = {
        period: p,
        orders: new Map(),
        orderList: [],
        bucketIndex: new Map(),
        buckets: [],
        nettedOrders: 0,
      };
      states.set(p.id, state);
    }
    lastDate = date;
    lastState = state;
    return state;
  };
  const add = (into: RunningSum, i: number, r: ResolvedAmount) => {
    const m = minor[i] as number;
    if (!Number.isNaN(m)) into.addMinor(m);
    else into.addUnits(r.input.amount.toMinorUnits());
  };

  // First pass: each row's period, and the tax each order was charged and had withheld per period
  // (the facilitator pairs). Invoiced orders: their collected tax clears the customer, so their
  // withheld tax is not netted.
  // Each row's period state and tax kind, kept for the second pass (one slot per row, no object).
  const rowState: PeriodState[] = new Array(resolved.length);
  const rowKind = new Uint8Array(resolved.length);
  for (let i = 0; i < resolved.length; i++) {
    const r = resolved[i] as ResolvedAmount;
    const state = stateOf(r.input.postedDate || endDate);
    rowState[i] = state;
    const kind = taxKind(r);
    rowKind[i] = kind;
    const { orderId, transactionType } = r.input;
    if (!orderId || kind === 0) continue;
    if (invoiced && INVOICED_TRANSACTIONS.has(transactionType.trim().toLowerCase())) continue;
    let byOrder = state.orders.get(transactionType);
    if (byOrder === undefined) {
      byOrder = new Map();
      state.orders.set(transactionType, byOrder);
    }
    let tax = byOrder.get(orderId);
    if (tax === undefined) {
      tax = {
        collected: new RunningSum(currency, digits),
        withheld: new RunningSum(currency, digits),
        netted: false,
      };
      byOrder.set(orderId, tax);
      state.orderList.push({ transactionType, orderId, tax });
    }
    add(kind === 1 ? tax.withheld : tax.collected, i, r);
  }
  const periods = [...states.values()].sort((x, y) => byStart(x.period, y.period));
  let netted = Money.zero(currency);
  let nettedOrders = 0;
  for (const state of periods) {
    // Decided per order from the data, never per marketplace (Amazon.co.uk leaves the VAT with the
    // seller: withheld rows of 0.00).
    for (const { transactionType, orderId, tax } of state.orderList) {
      const withheld = tax.withheld.value();
      if (withheld.isZero()) continue;
      const collected = tax.collected.value();
      const owed = withheld.plus(collected);
      if (owed.isZero()) {
        tax.netted = true;
        state.nettedOrders++;
        netted = netted.plus(collected);
        nettedOrders++;
      } else {
        notes.push({
          code: "facilitator_tax_unbalanced",
          message: `${transactionType} ${orderId} of settlement ${id}: Amazon withheld ${withheld.negate().toString()} ${currency} of tax but the buyer paid ${collected.toString()}; the ${owed.toString()} ${currency} difference stays on the tax accounts`,
          amount: owed.toString(),
        });
      }
    }
  }

  // Second pass: every row into its bucket, in input order.
  for (let i = 0; i < resolved.length; i++) {
    const r = resolved[i] as ResolvedAmount;
    if (minor[i] === 0) continue;
    const date = r.input.postedDate || endDate;
    const state = rowState[i] as PeriodState;
    if (mode === "summary" && state.nettedOrders > 0 && r.input.orderId && rowKind[i] !== 0) {
      if (state.orders.get(r.input.transactionType)?.get(r.input.orderId)?.netted) continue;
    }
    const toCustomer = invoiced && isInvoicedAmount(r.input);
    const kind = toCustomer ? "Cust" : "Ledger";
    const account = toCustomer ? marketplace.customerAccount : r.accountDisplayValue;
    // A customer line carries no tax groups: the invoice has already reported the tax.
    const taxGroups = toCustomer ? NO_TAX_GROUPS : taxGroupsOfRow(r);
    const perOrder = mode === "detail" && r.input.orderId !== undefined && r.input.orderId !== "";
    const head = bucketHead(kind, account, taxGroups);
    let byLine = state.bucketIndex.get(head);
    if (byLine === undefined) {
      byLine = new Map();
      state.bucketIndex.set(head, byLine);
    }
    const key = perOrder ? `${r.input.transactionType}\u0000${r.input.orderId}` : r.text;
    let b = byLine.get(key);
    if (b === undefined) {
      b = {
        account,
        accountType: kind,
        taxGroups,
        texts: new Set([r.text]),
        orderId: perOrder ? r.input.orderId : undefined,
        transactionType: r.input.transactionType,
        date,
        amount: new RunningSum(currency, digits),
      };
      byLine.set(key, b);
      state.buckets.push(b);
    } else {
      // A bucket keyed by its text holds that text already.
      if (perOrder) b.texts.add(r.text);
      if (date > b.date) b.date = date;
    }
    add(b.amount, i, r);
  }
  for (const { period, buckets } of periods) {
    const lines: JournalLineInput[] = [];
    for (const b of buckets) {
      const amount = b.amount.value();
      if (amount.isZero()) continue;
      // A settlement amount is owed to the seller when positive: credit its account, debit clearing.
      lines.push({
        ...(b.accountType === "Cust" ? { accountType: "Cust" as const } : {}),
        account: b.account,
        offsetAccount: clearing,
        amount: amount.negate(),
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

/**
 * Cuts a posting into parts of at most `maxLines` lines, one journal each, in voucher order; a
 * voucher is never split across parts, so every part balances on its own.
 * @throws ValidationError `voucher_too_large` when one voucher alone has more than `maxLines` lines
 * (build the posting with a smaller `maxVoucherLines`).
 */
export function splitVouchersIntoJournals(
  posting: SettlementPosting,
  maxLines: number,
): JournalLineInput[][] {
  const limit = Math.floor(maxLines);
  const parts: JournalLineInput[][] = [];
  let current: JournalLineInput[] = [];
  for (const v of posting.vouchers) {
    if (v.lines.length > limit) {
      throw new ValidationError(`Voucher ${v.voucher} does not fit in a journal of ${limit} lines`, {
        issues: [
          {
            code: "voucher_too_large",
            path: ["vouchers", v.voucher],
            message: `${v.lines.length} lines; a voucher is never split across journals`,
          },
        ],
        where: { system: "local", operation: "splitVouchersIntoJournals" },
        hint: "build the posting with maxVoucherLines at or below the journal size",
      });
    }
    if (current.length > 0 && current.length + v.lines.length > limit) {
      parts.push(current);
      current = [];
    }
    current.push(...v.lines);
  }
  if (current.length) parts.push(current);
  return parts;
}
