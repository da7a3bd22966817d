// TEMPORARY stand-in until the posting-model branch lands (same API).
import type { SettlementSummary } from "../amazon/settlement/types.js";
import type { JournalLineInput } from "../d365/entities/general-journals.js";
import { splitJournalLines } from "../d365/entities/general-journals.js";
import type { Mapping } from "../mapping/schema.js";
import { type ResolvedAmount, settlementJournal } from "../mapping/settlement-lines.js";

export type PostingMode = "summary" | "detail";
export interface AccountingPeriod {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}
export type PeriodFunction = (date: string) => AccountingPeriod;
export const calendarMonths: PeriodFunction = (date) => {
  const id = date.slice(0, 7);
  const [y, m] = id.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { id, start: `${id}-01`, end: `${id}-${String(last).padStart(2, "0")}` };
};
export interface PostingOptions {
  readonly mode?: PostingMode;
  readonly period?: PeriodFunction;
}
export interface PostingVoucher {
  readonly voucher: string;
  readonly period: AccountingPeriod;
  readonly kind: "activity" | "deposit";
  readonly lines: readonly JournalLineInput[];
}
export interface PostingNote {
  readonly code: string;
  readonly message: string;
  readonly amount?: string;
}
export interface SettlementPosting {
  readonly dataAreaId: string;
  readonly journalName: string;
  readonly currency: string;
  readonly vouchers: readonly PostingVoucher[];
  readonly lines: readonly JournalLineInput[];
  readonly clearingAccount: string;
  readonly closingLine: JournalLineInput | undefined;
  readonly notes: readonly PostingNote[];
}
export function buildSettlementPosting(
  resolved: readonly ResolvedAmount[],
  summary: Pick<
    SettlementSummary,
    "settlementId" | "totalAmount" | "currency" | "depositDate" | "endDate" | "startDate"
  >,
  mapping: Mapping,
  options: PostingOptions & { readonly marketplace: string },
): SettlementPosting {
  const j = settlementJournal(resolved, summary, mapping, { marketplace: options.marketplace });
  const period = (options.period ?? calendarMonths)((summary.depositDate ?? summary.endDate).slice(0, 10));
  return {
    dataAreaId: j.dataAreaId,
    journalName: j.journalName,
    currency: j.currency,
    vouchers: [{ voucher: "V1", period, kind: "activity", lines: j.lines }],
    lines: j.lines,
    clearingAccount: j.closingLine?.offsetAccount ?? "",
    closingLine: j.closingLine,
    notes: [],
  };
}
export function splitVouchersIntoJournals(
  posting: SettlementPosting,
  maxLines: number,
): JournalLineInput[][] {
  return splitJournalLines(posting.lines, maxLines);
}
