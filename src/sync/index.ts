/**
 * `ml-connector/sync`: the flows (orders → invoices, settlements → journals) as durable, resumable
 * state machines. The engine lands after the read and write sides (see ROADMAP); this subpath is
 * reserved so hosts can depend on its name.
 * @packageDocumentation
 */
export {
  type AccountingPeriod,
  buildSettlementPosting,
  calendarMonths,
  type PeriodFunction,
  type PostingMode,
  type PostingNote,
  type PostingOptions,
  type PostingVoucher,
  type SettlementPosting,
  splitByPeriod,
  splitVouchersIntoJournals,
} from "./posting.js";
