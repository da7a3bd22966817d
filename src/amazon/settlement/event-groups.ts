/**
 * Finances event groups next to settlement reports. A settlement report and its Finances
 * `FinancialEventGroup` describe the same payout but share no id: the group id is opaque
 * (`fnixtLzdOTM3yUrWJ-…`), the report's is numeric. They are linked by currency, start and end
 * instant (to the second) and total, which is what {@link findEventGroupsForSettlement} does.
 */
import { XMLParser } from "fast-xml-parser";
import { type Issue, ValidationError } from "../../core/errors.js";
import { Money } from "../../core/money.js";
import { parseSettlementDate } from "./dates.js";
import type { SettlementSummary } from "./types.js";

/** One financial event group with exact amounts; absent fields stay `undefined`. */
export interface FinancialEventGroupSummary {
  readonly id: string;
  /** `Open` or `Closed` in real data (`PROCESSED` in the sandbox). */
  readonly processingStatus: string | undefined;
  /** Free text: `Successful`, `Succeeded`, `Unknown`, `TRANSFERED`; absent on open groups. */
  readonly fundTransferStatus: string | undefined;
  readonly originalTotal: Money | undefined;
  readonly convertedTotal: Money | undefined;
  readonly beginningBalance: Money | undefined;
  /** ISO 8601 instants in UTC, milliseconds kept. */
  readonly start: string | undefined;
  /** Absent on the open group. */
  readonly end: string | undefined;
  readonly fundTransferDate: string | undefined;
  readonly traceId: string | undefined;
  readonly accountTail: string | undefined;
}

type Raw = Record<string, unknown>;

/**
 * Reads event groups from a Finances v0 `listFinancialEventGroups` response (the parsed JSON body,
 * with or without its `payload` wrapper) or from an MWS `ListFinancialEventGroups` XML document.
 *
 * JSON amounts arrive as numbers; they are taken by their shortest decimal text (`10.34`), which is
 * exact for any amount of up to 15 significant digits; longer ones are refused rather than rounded.
 * @throws ValidationError listing every group field that cannot be read.
 */
export function readFinancialEventGroups(body: unknown): FinancialEventGroupSummary[] {
  const issues: Issue[] = [];
  let list: unknown;
  if (typeof body === "string") {
    const xml = new XMLParser({
      parseTagValue: false,
      trimValues: true,
      removeNSPrefix: true,
      isArray: (name) => name === "FinancialEventGroup",
    }).parse(body) as Raw;
    const result = (xml.ListFinancialEventGroupsResponse as Raw | undefined)
      ?.ListFinancialEventGroupsResult as Raw | undefined;
    list =
      (result?.FinancialEventGroupList as Raw | undefined)?.FinancialEventGroup ?? (result ? [] : undefined);
  } else if (typeof body === "object" && body !== null) {
    const payload = ((body as Raw).payload ?? body) as Raw;
    list = payload.FinancialEventGroupList;
  }
  if (!Array.isArray(list)) {
    throw new ValidationError("Not a list of financial event groups", {
      issues: [
        {
          code: "invalid_type",
          path: ["FinancialEventGroupList"],
          message: "expected a listFinancialEventGroups JSON body or a ListFinancialEventGroups XML document",
        },
      ],
    });
  }
  const groups = list.map((raw, i) => readGroup(raw as Raw, ["FinancialEventGroupList", i], issues));
  if (issues.length > 0) throw new ValidationError("Some financial event groups cannot be read", { issues });
  return groups;
}

function readGroup(raw: Raw, path: (string | number)[], issues: Issue[]): FinancialEventGroupSummary {
  const text = (key: string): string | undefined => {
    const v = raw[key];
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v === "string" || typeof v === "number") return String(v).trim();
    issues.push({ code: "invalid_type", path: [...path, key], message: `expected text, got ${typeof v}` });
    return undefined;
  };
  const instant = (key: string): string | undefined => {
    const v = text(key);
    if (v === undefined) return undefined;
    const d = parseSettlementDate(v);
    if (!d?.hasTime) {
      issues.push({
        code: "invalid_date",
        path: [...path, key],
        message: `cannot read ${JSON.stringify(v)} as an instant`,
      });
      return undefined;
    }
    return d.iso;
  };
  const money = (key: string): Money | undefined => {
    const v = raw[key] as Raw | undefined;
    if (v === undefined || v === null) return undefined;
    const currency = v.CurrencyCode;
    const amount = v.CurrencyAmount ?? v.Amount;
    try {
      if (typeof currency !== "string") throw new Error("CurrencyCode is missing");
      if (typeof amount === "number") {
        const digits = String(Math.abs(amount)).replace(/^0\.0*|\./g, "").length;
        if (!Number.isFinite(amount) || /e/i.test(String(amount)) || digits > 15) {
          throw new Error(`${amount} cannot be taken exactly from a JSON number`);
        }
        return Money.parse(String(amount), currency, { format: "dot" });
      }
      if (typeof amount === "string") return Money.parse(amount, currency, { format: "dot" });
      throw new Error("CurrencyAmount is missing");
    } catch (e) {
      issues.push({
        code: "invalid_amount",
        path: [...path, key],
        message: e instanceof Error ? e.message : String(e),
      });
      return undefined;
    }
  };
  const id = text("FinancialEventGroupId");
  if (id === undefined)
    issues.push({ code: "missing", path: [...path, "FinancialEventGroupId"], message: "group has no id" });
  return {
    id: id ?? "",
    processingStatus: text("ProcessingStatus"),
    fundTransferStatus: text("FundTransferStatus"),
    originalTotal: money("OriginalTotal"),
    convertedTotal: money("ConvertedTotal"),
    beginningBalance: money("BeginningBalance"),
    start: instant("FinancialEventGroupStart"),
    end: instant("FinancialEventGroupEnd"),
    fundTransferDate: instant("FundTransferDate"),
    traceId: text("TraceId"),
    accountTail: text("AccountTail"),
  };
}

const toSecond = (iso: string | undefined) => (iso === undefined ? undefined : iso.slice(0, 19));

/**
 * The event groups that are the Finances view of a settlement: same currency, same total
 * (`OriginalTotal` = `total-amount`, exactly), and start and end equal to the second. Usually one;
 * an empty list means the group is not closed yet or is on another page.
 * @example
 * const [group] = findEventGroupsForSettlement(result.summary, readFinancialEventGroups(body));
 * if (group) console.log(group.fundTransferDate, group.traceId);
 */
export function findEventGroupsForSettlement(
  summary: SettlementSummary,
  groups: Iterable<FinancialEventGroupSummary>,
): FinancialEventGroupSummary[] {
  const start = toSecond(summary.startDate);
  const end = toSecond(summary.endDate);
  const out: FinancialEventGroupSummary[] = [];
  for (const g of groups) {
    if (g.originalTotal === undefined || g.originalTotal.currency !== summary.currency) continue;
    if (!g.originalTotal.equals(summary.totalAmount)) continue;
    if (toSecond(g.start) !== start || toSecond(g.end) !== end) continue;
    out.push(g);
  }
  return out;
}
