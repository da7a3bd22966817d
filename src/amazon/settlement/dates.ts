/**
 * Dates as Amazon prints them in settlement files. Each accepted form is unambiguous by its shape,
 * so a file may mix them (the summary row and `posted-date` use different ones):
 * - `2024-10-09 14:28:38 UTC` (US), `13.09.2024 08:59:52 UTC` (UK/DE/FR/AU), `2019/08/28 06:05:38 UTC` (JP);
 *   `GMT` is read like `UTC`, and a numeric offset (`+09:00`) may replace it;
 * - ISO 8601 with offset: `2025-07-31T22:07:18+00:00`, `...Z` (V1 files);
 * - dates alone: `2024-10-18`, `25.09.2024`, `2019/08/28`.
 *
 * Anything else is rejected, notably `09/06/25`, which a spreadsheet wrote and which can be read as
 * June 9 or September 6.
 */

/** A date read from a settlement file. */
export interface SettlementDate {
  /** ISO 8601: `2024-10-18` for a date alone, `2024-10-18T02:58:02Z` (UTC) for an instant. */
  readonly iso: string;
  /** True when the text carried a time of day. */
  readonly hasTime: boolean;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1970 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  const max = DAYS_IN_MONTH[m - 1] as number;
  if (d > max) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

/**
 * Reads one settlement date or instant; `undefined` when the text is none of the accepted forms or
 * not a real calendar date. The caller reports the failure with its line and column.
 */
export function parseSettlementDate(text: string): SettlementDate | undefined {
  const s = text.trim();
  if (s.length < 10) return undefined;
  let y: number;
  let m: number;
  let d: number;
  const c4 = s.charCodeAt(4);
  const c2 = s.charCodeAt(2);
  if ((c4 === 45 || c4 === 47) && s.charCodeAt(7) === c4) {
    // yyyy-mm-dd or yyyy/mm/dd
    y = digits(s, 0, 4);
    m = digits(s, 5, 2);
    d = digits(s, 8, 2);
  } else if (c2 === 46 && s.charCodeAt(5) === 46) {
    // dd.mm.yyyy
    d = digits(s, 0, 2);
    m = digits(s, 3, 2);
    y = digits(s, 6, 4);
  } else {
    return undefined;
  }
  if (!validDate(y, m, d)) return undefined;
  // yyyy-mm-dd is already ISO; the other forms are rebuilt.
  const date = c4 === 45 ? s.slice(0, 10) : `${y}-${pad(m)}-${pad(d)}`;
  if (s.length === 10) return { iso: date, hasTime: false };

  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return undefined; // "T" or " "
  if (s.length < 19 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const hh = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const ss = digits(s, 17, 2);
  if (hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 59) return undefined;
  let rest = s.slice(19);
  let millis = 0;
  if (rest.startsWith(".")) {
    const frac = /^\.(\d{1,9})/.exec(rest);
    if (!frac?.[1]) return undefined;
    millis = digits(frac[1].padEnd(3, "0"), 0, 3);
    rest = rest.slice(frac[0].length);
  }
  let offsetMinutes: number;
  // A time without a zone ("2024-10-09 14:28:38") is refused rather than guessed.
  if (rest === "Z" || rest === " UTC" || rest === " GMT" || rest === " Z") offsetMinutes = 0;
  else {
    const off = /^ ?([+-])(\d{2}):?(\d{2})$/.exec(rest);
    if (!off) return undefined;
    const oh = Number(off[2]);
    const om = Number(off[3]);
    if (oh > 14 || om > 59) return undefined;
    offsetMinutes = (off[1] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  if (offsetMinutes === 0 && millis === 0) {
    // hh:mm:ss were checked digit by digit above, so the text is already ISO.
    return { iso: `${date}T${s.slice(11, 19)}Z`, hasTime: true };
  }
  const ms = Date.UTC(y, m - 1, d, hh, mi, ss, millis) - offsetMinutes * 60_000;
  const iso = new Date(ms).toISOString();
  return { iso: millis === 0 ? `${iso.slice(0, 19)}Z` : iso, hasTime: true };
}
