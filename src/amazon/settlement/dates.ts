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

import { Buffer } from "node:buffer";

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

/** Two ASCII digits at `bytes[i]`, or -1. */
function digits2(bytes: Uint8Array, i: number): number {
  const a = (bytes[i] as number) - 48;
  const b = (bytes[i + 1] as number) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** What {@link readSettlementDateBytes} returns for a valid date when asked for no ISO text. */
export const CHECKED_DATE: SettlementDate = Object.freeze({ iso: "", hasTime: false });

/** Buffer's own latin1 decoder, without the argument checks of `toString("latin1", a, b)`. */
type Latin1Slice = Buffer & { latin1Slice(start: number, end: number): string };

/** Room to assemble an instant's ISO text before it becomes one string. */
const isoScratch = Buffer.alloc(20) as Latin1Slice;

/**
 * The two forms US V2 files use on every line, read straight from UTF-8 bytes: `2024-10-18` and
 * `2024-10-18 02:58:02 UTC` (or `GMT`). Gives what {@link parseSettlementDate} gives for the same
 * text, with at most one string made (the ISO text); `undefined` for any other form or an invalid
 * date, which the caller then reads through {@link parseSettlementDate} (the reference, which also
 * words the error). With `iso` false nothing is allocated: the date is only checked, and the
 * shared {@link CHECKED_DATE} stands for it.
 */
export function readSettlementDateBytes(
  bytes: Buffer,
  start: number,
  end: number,
  iso: boolean,
): SettlementDate | undefined {
  const n = end - start;
  if (n !== 10 && n !== 23) return undefined;
  if (bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return undefined;
  const y1 = digits2(bytes, start);
  const y2 = digits2(bytes, start + 2);
  const m = digits2(bytes, start + 5);
  const d = digits2(bytes, start + 8);
  if (y1 < 0 || y2 < 0 || !validDate(y1 * 100 + y2, m, d)) return undefined;
  if (n === 10) {
    if (!iso) return CHECKED_DATE;
    return { iso: (bytes as Latin1Slice).latin1Slice(start, end), hasTime: false };
  }
  if (bytes[start + 10] !== 32 || bytes[start + 13] !== 58 || bytes[start + 16] !== 58) return undefined;
  const hh = digits2(bytes, start + 11);
  const mi = digits2(bytes, start + 14);
  const ss = digits2(bytes, start + 17);
  if (hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 59) return undefined;
  const z0 = bytes[start + 20];
  const z1 = bytes[start + 21];
  const z2 = bytes[start + 22];
  const utc = z0 === 85 && z1 === 84 && z2 === 67; // UTC
  const gmt = z0 === 71 && z1 === 77 && z2 === 84; // GMT
  if (bytes[start + 19] !== 32 || !(utc || gmt)) return undefined;
  if (!iso) return CHECKED_DATE;
  // `yyyy-mm-ddThh:mm:ssZ`: the digits as they are, with the separator and the zone replaced.
  const out = isoScratch;
  for (let i = 0; i < 19; i++) out[i] = bytes[start + i] as number;
  out[10] = 84; // T
  out[19] = 90; // Z
  return { iso: out.latin1Slice(0, 20), hasTime: true };
}
