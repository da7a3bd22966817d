/**
 * What D365 holds after a run, as the tests that kill, stall or fault the connector compare it: the
 * fingerprint an interrupted run must end in (the one an uninterrupted run leaves), and the
 * journals that do not balance.
 */
import type { D365Simulator } from "../../src/testing/d365/simulator.js";

/**
 * D365's journals by marker, with their lines; journal numbers left out (a sequence may skip).
 * `only` keeps the journals whose marker it accepts; `assigned: false` leaves out what is assigned
 * when a journal is written rather than by its source: the lines' TransDate (the day it was written)
 * and Voucher (D365's number sequence, in the order journals arrive).
 */
export function d365Fingerprint(
  sim: D365Simulator,
  only: (marker: string) => boolean = () => true,
  options: { readonly assigned?: boolean } = {},
): string {
  const state = sim.state;
  const assigned = options.assigned ?? true;
  const lines = state.rows("LedgerJournalLines");
  const headers = state.rows("LedgerJournalHeaders").filter((h) => only(String(h.Description ?? "")));
  const journals = headers.map((h) => ({
    company: h.dataAreaId,
    marker: h.Description,
    lines: lines
      .filter((l) => l.dataAreaId === h.dataAreaId && l.JournalBatchNumber === h.JournalBatchNumber)
      .map((l) =>
        [
          l.AccountDisplayValue,
          l.OffsetAccountDisplayValue,
          l.DebitAmount,
          l.CreditAmount,
          l.CurrencyCode,
          assigned ? l.TransDate : "",
          assigned ? l.Voucher : "",
          l.Text,
        ].join("|"),
      )
      .sort(),
  }));
  journals.sort((a, b) => `${a.company}${a.marker}`.localeCompare(`${b.company}${b.marker}`));
  return JSON.stringify(journals);
}

/** Debit − credit per journal and currency as D365 holds them, in ten-thousandths: all must be 0. */
export function unbalancedJournals(sim: D365Simulator): string[] {
  const out = new Map<string, bigint>();
  const units = (v: unknown) => {
    const text = String(v ?? "0");
    const negative = text.startsWith("-");
    const [w = "0", f = ""] = text.replace(/^-/, "").split(".");
    const n = BigInt(w) * 10_000n + BigInt((f + "0000").slice(0, 4));
    return negative ? -n : n;
  };
  for (const row of sim.state.rows("LedgerJournalLines")) {
    const key = `${String(row.dataAreaId)}/${String(row.JournalBatchNumber)}/${String(row.CurrencyCode)}`;
    // A line with an offset account balances itself; without one, the journal must net to zero.
    const net = row.OffsetAccountDisplayValue ? 0n : units(row.DebitAmount) - units(row.CreditAmount);
    out.set(key, (out.get(key) ?? 0n) + net);
  }
  return [...out].filter(([, v]) => v !== 0n).map(([k, v]) => `${k}: ${v}`);
}

/** A provisional journal's marker (`AMZ-PROV…`): the provisional flow's journals and their reversals. */
export const isProvisionalMarker = (marker: string): boolean => marker.startsWith("AMZ-PROV");

/** Provisional states a group may rest in once its settlement reconciled (awaiting-settlement is not one). */
export const PROVISIONAL_RESTING: ReadonlySet<string> = new Set(["current", "reversed", "settled"]);

/**
 * What D365 holds, as the schedules compare it: the settlement journals as they are, the provisional
 * ones without what D365 or the day assigns when they are written (dates, vouchers).
 */
export function journalsFingerprint(sim: D365Simulator): string {
  return [
    d365Fingerprint(sim, (m) => !isProvisionalMarker(m)),
    d365Fingerprint(sim, isProvisionalMarker, { assigned: false }),
  ].join("\n");
}
