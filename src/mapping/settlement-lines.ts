/**
 * From settlement rows (and Finances amounts) to journal lines, as pure functions:
 * {@link resolveAmounts} maps every amount to a main account, dimensions and text, or throws one
 * {@link UnmappedAmountsError} listing every unmapped combination with example rows, so nothing
 * of a settlement posts until its mapping is complete. {@link settlementJournal} then adds the
 * lines up, offsets each against the Amazon clearing account and closes the clearing account with
 * the deposit (or the carried negative balance).
 */
import type { SettlementRow, SettlementSummary } from "../amazon/settlement/types.js";
import { type Issue, MappingError, ValidationError } from "../core/errors.js";
import { Money } from "../core/money.js";
import type { JournalLineInput } from "../d365/entities/general-journals.js";
import { defaultRules } from "./default-template.js";
import { defaultDimensionDisplayValue, ledgerDisplayValue } from "./display-value.js";
import { findMarketplace, type ResolvedMarketplace, resolveAccountRole } from "./resolve.js";
import { type AmountKey, type AmountSource, findRule, type RankedRule, rankRules } from "./rules.js";
import type { Mapping } from "./schema.js";

/** One amount to map: a settlement row, or an amount of a Finances event. */
export interface AmountInput extends AmountKey {
  readonly amount: Money;
  /** `marketplace-name` (settlement) or the event's marketplace; empty for account-level amounts. */
  readonly marketplaceName?: string | undefined;
  readonly orderId?: string | undefined;
  readonly sku?: string | undefined;
  /** `YYYY-MM-DD` (UTC). */
  readonly postedDate?: string | undefined;
  /** Line of the settlement file, for examples in errors. */
  readonly line?: number | undefined;
  readonly settlementId?: string | undefined;
}

/** A mapped amount. */
export interface ResolvedAmount {
  readonly input: AmountInput;
  readonly source: AmountSource;
  readonly marketplace: ResolvedMarketplace;
  readonly mainAccount: string;
  /** The marketplace's dimensions overlaid with the rule's. */
  readonly dimensions: Readonly<Record<string, string>>;
  /** Ledger dimension display value of `mainAccount` + `dimensions`. */
  readonly accountDisplayValue: string;
  readonly text: string;
  readonly rule: RankedRule;
}

/** An example row of an unmapped combination. */
export interface UnmappedExample {
  readonly line: number | undefined;
  readonly orderId: string | undefined;
  readonly amount: string;
  readonly postedDate: string | undefined;
}

/** One combination that could not be mapped, with why and examples. */
export interface UnmappedCombination extends AmountKey {
  readonly source: AmountSource;
  /** `no_rule`: no rule matches; `no_account`: the rule's role has no account; `unknown_marketplace`. */
  readonly reason: "no_rule" | "no_account" | "unknown_marketplace";
  /** The role or marketplace name that is missing, when that is the reason. */
  readonly missing: string | undefined;
  readonly count: number;
  /** Up to three example rows. */
  readonly examples: readonly UnmappedExample[];
}

/** A settlement (or set of amounts) with unmapped combinations: nothing of it may post. */
export class UnmappedAmountsError extends MappingError {
  readonly combinations: readonly UnmappedCombination[];
  constructor(combinations: readonly UnmappedCombination[], record?: string) {
    const issues: Issue[] = combinations.map((c) => ({
      code:
        c.reason === "no_rule"
          ? "unmapped_combination"
          : c.reason === "no_account"
            ? "unmapped_account_role"
            : "unknown_marketplace",
      path: [c.source, c.transactionType, c.amountType, c.amountDescription],
      message: `${describeCombination(c)}: ${c.count} amount${c.count === 1 ? "" : "s"}, e.g. ${c.examples
        .map(
          (e) =>
            `${e.line !== undefined ? `line ${e.line} ` : ""}${e.orderId ? `order ${e.orderId} ` : ""}${e.amount}`,
        )
        .join("; ")}`,
    }));
    super(
      `${combinations.length} unmapped combination${combinations.length === 1 ? "" : "s"}:${issues.map((i) => `\n  - ${i.message}`).join("")}`,
      {
        issues,
        where: { system: "local", operation: "resolveAmounts", ...(record ? { record } : {}) },
        hint: "nothing was posted; add rules, account roles or marketplace aliases to the mapping, then replay",
      },
    );
    this.combinations = combinations;
  }
}

function describeCombination(c: UnmappedCombination): string {
  const triple = `(${c.transactionType} / ${c.amountType} / ${c.amountDescription})`;
  if (c.reason === "no_account")
    return `${triple} maps to account role '${c.missing}', which has no main account`;
  if (c.reason === "unknown_marketplace") return `${triple} from unknown marketplace '${c.missing}'`;
  return `${triple} has no rule`;
}

/** A line-text template split once into literal text and placeholder names (odd indexes). */
type CompiledTemplate = readonly string[];

function compileTemplate(template: string): CompiledTemplate {
  // split with a capture group alternates literal text and placeholder names.
  return template.split(/\{(\w+)\}/);
}

const PLACEHOLDERS = new Set([
  "transactionType",
  "amountType",
  "amountDescription",
  "settlementId",
  "marketplace",
  "orderId",
  "sku",
  "postedDate",
]);

function placeholder(name: string, input: AmountInput, marketplace: ResolvedMarketplace): string {
  switch (name) {
    case "transactionType":
      return input.transactionType;
    case "amountType":
      return input.amountType;
    case "amountDescription":
      return input.amountDescription;
    case "settlementId":
      return input.settlementId ?? "";
    case "marketplace":
      return marketplace.name;
    case "orderId":
      return input.orderId ?? "";
    case "sku":
      return input.sku ?? "";
    default:
      return input.postedDate ?? "";
  }
}

/** Anything `replace(/\s+/g, " ").trim()` would change. */
const UNTIDY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

function render(template: CompiledTemplate, input: AmountInput, marketplace: ResolvedMarketplace): string {
  let text = template[0] ?? "";
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i] as string;
    // An unknown placeholder stays as written.
    text += PLACEHOLDERS.has(name) ? placeholder(name, input, marketplace) : `{${name}}`;
    text += template[i + 1] ?? "";
  }
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

function defaultMarketplace(
  mapping: Mapping,
  amounts: readonly AmountInput[],
  wanted: string | undefined,
): ResolvedMarketplace | undefined {
  if (wanted !== undefined) return findMarketplace(mapping, wanted);
  for (const a of amounts) {
    const found = a.marketplaceName?.trim() ? findMarketplace(mapping, a.marketplaceName) : undefined;
    if (found) return found;
  }
  const ids = Object.keys(mapping.marketplaces);
  if (ids.length === 1 && ids[0] !== undefined) return findMarketplace(mapping, ids[0]);
  // Account-level rows only: the marketplace of the settlement's currency, when just one has it.
  const currency = amounts[0]?.amount.currency;
  const same = ids.filter((id) => mapping.marketplaces[id]?.currency.toUpperCase() === currency);
  return same.length === 1 && same[0] !== undefined ? findMarketplace(mapping, same[0]) : undefined;
}

/** Options of {@link resolveAmounts}. */
export interface ResolveOptions {
  /**
   * Marketplace (id or name) of amounts that carry none: account-level rows.
   * @default the marketplace of the first amount that names a known one, else the mapping's only
   * marketplace, else the only marketplace in the amounts' currency
   */
  readonly marketplace?: string;
  /** @default "settlement" */
  readonly source?: AmountSource;
  /** Record for error locations, e.g. `settlement:usmf:123`. */
  readonly record?: string;
}

/**
 * Maps every amount, or throws one error listing every unmapped combination.
 * @throws UnmappedAmountsError (a MappingError) naming every combination, with up to three example rows each.
 */
export function resolveAmounts(
  amounts: Iterable<AmountInput>,
  mapping: Mapping,
  options: ResolveOptions = {},
): ResolvedAmount[] {
  const source = options.source ?? "settlement";
  const ranked = rankRules(
    mapping.settlement.rules,
    mapping.settlement.useDefaultTemplate ? defaultRules : [],
  );
  const list = [...amounts];
  const fallbackMarketplace = defaultMarketplace(mapping, list, options.marketplace);
  const out: ResolvedAmount[] = [];
  const unmapped = new Map<
    string,
    { combo: Omit<UnmappedCombination, "count" | "examples">; count: number; examples: UnmappedExample[] }
  >();
  const miss = (input: AmountInput, reason: UnmappedCombination["reason"], missing: string | undefined) => {
    const key = [input.transactionType, input.amountType, input.amountDescription, reason, missing].join(
      "\u0000",
    );
    const entry = unmapped.get(key) ?? {
      combo: {
        source,
        transactionType: input.transactionType,
        amountType: input.amountType,
        amountDescription: input.amountDescription,
        reason,
        missing,
      },
      count: 0,
      examples: [],
    };
    entry.count++;
    if (entry.examples.length < 3) {
      entry.examples.push({
        line: input.line,
        orderId: input.orderId,
        amount: `${input.amount.toString()} ${input.amount.currency}`,
        postedDate: input.postedDate,
      });
    }
    unmapped.set(key, entry);
  };

  // A settlement has hundreds of thousands of rows but a few dozen distinct (marketplace, triple)
  // combinations: each is resolved once (marketplace, rule, account, dimensions, display value)
  // and its rows share the result, so the per-row cost is a map lookup and the line text.
  type Resolution =
    | {
        readonly ok: true;
        readonly marketplace: ResolvedMarketplace;
        readonly rule: RankedRule;
        readonly mainAccount: string;
        readonly dimensions: Readonly<Record<string, string>>;
        readonly accountDisplayValue: string;
        readonly template: CompiledTemplate;
      }
    | {
        readonly ok: false;
        readonly reason: UnmappedCombination["reason"];
        readonly missing: string | undefined;
      };
  const resolutions = new Map<string, Resolution>();
  const templates = new Map<string, CompiledTemplate>();
  const resolve = (input: AmountInput, name: string | undefined): Resolution => {
    const marketplace = name ? findMarketplace(mapping, name) : fallbackMarketplace;
    if (!marketplace) {
      return {
        ok: false,
        reason: "unknown_marketplace",
        missing: name || options.marketplace || "(none named)",
      };
    }
    const rule = findRule(ranked, input, source);
    if (!rule) return { ok: false, reason: "no_rule", missing: undefined };
    const mainAccount = rule.rule.mainAccount ?? resolveAccountRole(mapping, rule.rule.account ?? "");
    if (mainAccount === undefined) return { ok: false, reason: "no_account", missing: rule.rule.account };
    const dimensions = { ...marketplace.dimensions, ...rule.rule.dimensions };
    const text = rule.rule.text ?? mapping.settlement.text;
    let template = templates.get(text);
    if (template === undefined) {
      template = compileTemplate(text);
      templates.set(text, template);
    }
    return {
      ok: true,
      marketplace,
      rule,
      mainAccount,
      dimensions,
      accountDisplayValue: ledgerDisplayValue(mapping.segmentFormat, mainAccount, dimensions),
      template,
    };
  };

  for (const input of list) {
    const name = input.marketplaceName?.trim();
    const key = `${name ?? ""}\u0000${input.transactionType}\u0000${input.amountType}\u0000${input.amountDescription}`;
    let r = resolutions.get(key);
    if (r === undefined) {
      r = resolve(input, name);
      resolutions.set(key, r);
    }
    if (!r.ok) {
      miss(input, r.reason, r.missing);
      continue;
    }
    out.push({
      input,
      source,
      marketplace: r.marketplace,
      mainAccount: r.mainAccount,
      dimensions: r.dimensions,
      accountDisplayValue: r.accountDisplayValue,
      text: render(r.template, input, r.marketplace),
      rule: r.rule,
    });
  }
  if (unmapped.size > 0) {
    throw new UnmappedAmountsError(
      [...unmapped.values()].map((e) => ({ ...e.combo, count: e.count, examples: e.examples })),
      options.record,
    );
  }
  return out;
}

/**
 * Maps the rows of a settlement report: {@link resolveAmounts} for settlement rows.
 * @throws UnmappedAmountsError listing every unmapped (transaction-type, amount-type, amount-description) with example rows.
 * @example
 * const lines = resolveSettlementLines(rows, mapping, { marketplace: "ATVPDKIKX0DER" });
 */
export function resolveSettlementLines(
  rows: Iterable<SettlementRow>,
  mapping: Mapping,
  options: Omit<ResolveOptions, "source"> = {},
): ResolvedAmount[] {
  function* inputs(): Generator<AmountInput> {
    for (const r of rows) {
      yield {
        transactionType: r.transactionType,
        amountType: r.amountType,
        amountDescription: r.amountDescription,
        amount: r.amount,
        marketplaceName: r.marketplaceName,
        orderId: r.orderId,
        sku: r.sku,
        postedDate: r.postedDate,
        line: r.line,
        settlementId: r.settlementId,
      };
    }
  }
  return resolveAmounts(inputs(), mapping, { ...options, source: "settlement" });
}

/** A settlement journal, ready for `ensureGeneralJournal` (split it with `splitJournalLines` when long). */
export interface SettlementJournal {
  readonly dataAreaId: string;
  readonly journalName: string;
  readonly currency: string;
  readonly lines: JournalLineInput[];
  /** The line that closes the clearing account (deposit or carried balance); absent for a zero settlement. */
  readonly closingLine: JournalLineInput | undefined;
}

/** Options of {@link settlementJournal}. */
export interface SettlementJournalOptions {
  /** The marketplace (id or name) whose legal entity, journal name, clearing and bank accounts apply. */
  readonly marketplace: string;
  /**
   * Date of the lines, `YYYY-MM-DD`.
   * @default the summary's deposit date, else its end date
   */
  readonly transDate?: string;
  /** Date each line by its rows' posted date instead (for a month-end split, split the rows first). */
  readonly byPostedDate?: boolean;
  /**
   * Voucher numbers for journal names that take manual vouchers: lines get
   * `<prefix><n>` in groups of `linesPerVoucher`. Left out, D365 draws one voucher per line from
   * the journal name's number sequence. Every line is offset against clearing, so any grouping balances.
   */
  readonly vouchers?: { readonly prefix: string; readonly linesPerVoucher?: number };
}

/**
 * Builds the general journal of one settlement: mapped amounts added up per account, dimensions,
 * text and date, each offset against the Amazon clearing account; then the closing line, equal to
 * the settlement's `total-amount`: the deposit to the bank when positive, the carried balance
 * (role `carriedBalance`) when negative and mapped, nothing when zero. Zero sums post nothing.
 *
 * Kept for existing callers: it dates every line on one date and leaves a negative balance on
 * clearing when `carriedBalance` is unmapped. The sync engine posts with `buildSettlementPosting`
 * (`ml-connector/sync`, docs/posting-model.md): lines in their accounting periods, a deposit voucher
 * of its own, reserves, tax groups, facilitator tax and currency precision.
 * @throws ValidationError when the amounts do not add up to `total-amount` or marketplaces disagree on the legal entity.
 */
export function settlementJournal(
  resolved: readonly ResolvedAmount[],
  summary: Pick<SettlementSummary, "settlementId" | "totalAmount" | "currency" | "depositDate" | "endDate">,
  mapping: Mapping,
  options: SettlementJournalOptions,
): SettlementJournal {
  const marketplace = findMarketplace(mapping, options.marketplace);
  const record = `settlement:${summary.settlementId}`;
  const fail = (code: string, message: string) =>
    new ValidationError(`Cannot build the journal of settlement ${summary.settlementId}`, {
      issues: [{ code, path: ["settlement", summary.settlementId], message }],
      where: { system: "local", operation: "settlementJournal", record },
    });
  if (!marketplace)
    throw fail("unknown_marketplace", `marketplace '${options.marketplace}' is not in the mapping`);
  const currency = summary.currency;
  const dateOf = (iso: string | undefined) => (iso ?? "").slice(0, 10);
  const defaultDate = options.transDate ?? (dateOf(summary.depositDate) || dateOf(summary.endDate));
  const format = mapping.segmentFormat;
  const clearing = ledgerDisplayValue(format, marketplace.clearingAccount, marketplace.dimensions);

  const total = Money.sum(
    resolved.map((r) => r.input.amount),
    currency,
  );
  if (!total.equals(summary.totalAmount)) {
    throw fail(
      "total_mismatch",
      `the mapped amounts add up to ${total.toString()} ${currency}, the settlement's total-amount is ${summary.totalAmount.toString()}`,
    );
  }
  const groups = new Map<string, { account: string; text: string; date: string; amount: Money }>();
  for (const r of resolved) {
    if (r.marketplace.legalEntity.toLowerCase() !== marketplace.legalEntity.toLowerCase()) {
      throw fail(
        "legal_entity_mismatch",
        `line ${r.input.line ?? "?"} belongs to ${r.marketplace.name} (${r.marketplace.legalEntity}), the settlement posts to ${marketplace.legalEntity}`,
      );
    }
    const date = options.byPostedDate ? r.input.postedDate || defaultDate : defaultDate;
    const key = [r.accountDisplayValue, r.text, date].join("\u0000");
    const g = groups.get(key);
    if (g) g.amount = g.amount.plus(r.input.amount);
    else groups.set(key, { account: r.accountDisplayValue, text: r.text, date, amount: r.input.amount });
  }
  const lines: JournalLineInput[] = [];
  for (const g of groups.values()) {
    if (g.amount.isZero()) continue;
    // A settlement amount is owed to the seller when positive: credit its account, debit clearing.
    lines.push({
      account: g.account,
      offsetAccount: clearing,
      amount: g.amount.negate(),
      transDate: g.date,
      text: g.text,
    });
  }
  let closingLine: JournalLineInput | undefined;
  const closeText = `Amazon settlement ${summary.settlementId}`;
  if (summary.totalAmount.isPositive()) {
    const bank = marketplace.bank;
    closingLine =
      bank.type === "Bank"
        ? {
            accountType: "Bank",
            account: bank.account,
            ...(Object.keys(marketplace.dimensions).length
              ? { defaultDimension: defaultDimensionDisplayValue(format, marketplace.dimensions) }
              : {}),
            offsetAccount: clearing,
            amount: summary.totalAmount,
            transDate: defaultDate,
            text: `${closeText} deposit`,
          }
        : {
            account: ledgerDisplayValue(format, bank.mainAccount, {
              ...marketplace.dimensions,
              ...bank.dimensions,
            }),
            offsetAccount: clearing,
            amount: summary.totalAmount,
            transDate: defaultDate,
            text: `${closeText} deposit`,
          };
  } else if (summary.totalAmount.isNegative()) {
    const carried = resolveAccountRole(mapping, "carriedBalance");
    if (carried !== undefined) {
      closingLine = {
        account: ledgerDisplayValue(format, carried, marketplace.dimensions),
        offsetAccount: clearing,
        amount: summary.totalAmount,
        transDate: defaultDate,
        text: `${closeText} carried balance`,
      };
    }
  }
  if (closingLine) lines.push(closingLine);
  if (options.vouchers) {
    // Small vouchers: D365 recommends about ten lines at most per voucher and date.
    const size = Math.max(1, options.vouchers.linesPerVoucher ?? 10);
    const width = String(Math.ceil(lines.length / size)).length;
    lines.forEach((line, i) => {
      lines[i] = {
        ...line,
        voucher: `${options.vouchers?.prefix}${String(Math.floor(i / size) + 1).padStart(width, "0")}`,
      };
    });
    closingLine = closingLine ? lines[lines.length - 1] : undefined;
  }
  return {
    dataAreaId: marketplace.legalEntity,
    journalName: marketplace.journalName,
    currency,
    lines,
    closingLine,
  };
}
