/**
 * Edm values as the D365 simulator holds them. Decimals and Int64 are kept as canonical decimal
 * strings so amounts stay exact from request body to state to response body.
 */
import type { EntityProperty } from "../../../generated/d365/entity-sets.js";
import { entityNamespace, enumTypes } from "../../../generated/d365/entity-sets.js";
import { ODataFault } from "./odata-fault.js";

/** A property value in simulator state: decimals and Int64 as canonical strings, Int32 as number. */
export type StoredValue = string | number | boolean | null;

/** One stored entity: property name → value. */
export type EntityRow = Readonly<Record<string, StoredValue>>;

/** A JSON number literal kept as written, so `12.345678901234567890` is not rounded by `JSON.parse`. */
export class RawNumber {
  constructor(readonly raw: string) {}
}

const DECIMAL_RE = /^([+-])?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const INT_RE = /^[+-]?\d+$/;
const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const INT64_MAX = 9223372036854775807n;

/** D365 shows an empty date as 1900-01-01. */
export const EMPTY_DATE = "1900-01-01T00:00:00Z";
const EMPTY_GUID = "00000000-0000-0000-0000-000000000000";

/** Canonical form of a decimal literal (`"012.50"` → `"12.5"`), or undefined when it is not one. */
export function canonicalDecimal(text: string): string | undefined {
  const m = DECIMAL_RE.exec(text.trim());
  if (!m) return undefined;
  const sign = m[1] === "-" ? "-" : "";
  let digits = (m[2] ?? "") + (m[3] ?? "");
  let point = (m[2] ?? "").length + Number(m[4] ?? "0");
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + "0".repeat(point - digits.length);
  const intPart = digits.slice(0, point).replace(/^0+/, "") || "0";
  const fracPart = digits.slice(point).replace(/0+$/, "");
  const out = fracPart ? `${intPart}.${fracPart}` : intPart;
  return out === "0" ? "0" : `${sign}${out}`;
}

function scaled(text: string, scale: number): bigint {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const [intPart = "0", frac = ""] = body.split(".");
  const value = BigInt(intPart + frac.padEnd(scale, "0"));
  return negative ? -value : value;
}

function fractionDigits(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Exact comparison of two canonical decimal strings: negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  // Fast path for whole non-negative numbers (line numbers, RecIds): length, then digits.
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    return a.length !== b.length ? a.length - b.length : a === b ? 0 : a < b ? -1 : 1;
  }
  const negA = a.startsWith("-");
  const negB = b.startsWith("-");
  if (negA !== negB) return negA ? -1 : 1;
  const magnitude = compareMagnitude(negA ? a.slice(1) : a, negB ? b.slice(1) : b);
  return negA ? -magnitude : magnitude;
}

// String comparison of canonical magnitudes: no leading zeros, so a longer integer part is larger.
function compareMagnitude(a: string, b: string): number {
  const [ia = "0", fa = ""] = a.split(".");
  const [ib = "0", fb = ""] = b.split(".");
  if (ia.length !== ib.length) return ia.length < ib.length ? -1 : 1;
  if (ia !== ib) return ia < ib ? -1 : 1;
  const width = Math.max(fa.length, fb.length);
  const x = fa.padEnd(width, "0");
  const y = fb.padEnd(width, "0");
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Exact sum of canonical decimal strings. */
export function addDecimals(values: readonly string[]): string {
  const scale = values.reduce((s, v) => Math.max(s, fractionDigits(v)), 0);
  let total = 0n;
  for (const v of values) total += scaled(v, scale);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, "0");
  const text = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return canonicalDecimal(`${negative ? "-" : ""}${text}`) ?? "0";
}

/** Normalises an ISO 8601 date-time with offset to D365's `YYYY-MM-DDTHH:mm:ssZ`, or undefined. */
export function canonicalDateTime(text: string): string | undefined {
  if (!DATETIME_RE.test(text)) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  return formatDateTime(ms);
}

/** Formats epoch milliseconds the way D365 writes DateTimeOffset values. */
export function formatDateTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
}

/** The value D365 shows for a property nobody set (X++ fields are never null). */
export function defaultValue(prop: EntityProperty): StoredValue {
  if (prop.isEnum) {
    const members = enumTypes[prop.type] ?? {};
    const zero = Object.entries(members).find(([, v]) => v === 0) ?? Object.entries(members)[0];
    return zero ? zero[0] : null;
  }
  switch (prop.type) {
    case "Edm.String":
      return "";
    case "Edm.Decimal":
    case "Edm.Int64":
      return "0";
    case "Edm.Int32":
      return 0;
    case "Edm.DateTimeOffset":
      return EMPTY_DATE;
    case "Edm.Guid":
      return EMPTY_GUID;
    case "Edm.Boolean":
      return false;
    default:
      return null;
  }
}

function cannotConvert(value: unknown, prop: EntityProperty, name: string): ODataFault {
  const shown = value instanceof RawNumber ? value.raw : JSON.stringify(value);
  const typeName = prop.isEnum ? `${entityNamespace}.${prop.type}` : prop.type;
  return ODataFault.odata(
    400,
    `Cannot convert the literal '${shown}' to the expected type '${typeName}' of property '${name}'.`,
  );
}

/**
 * Converts a JSON payload value to its stored form, checking Edm type, maxLength and nullability.
 * `ieee754` is true when the request declared `IEEE754Compatible=true`, which lets decimals and
 * Int64 travel as JSON strings.
 */
export function toStoredValue(
  name: string,
  prop: EntityProperty,
  value: unknown,
  ieee754: boolean,
): StoredValue {
  if (value === null) {
    if (!prop.nullable) {
      throw ODataFault.odata(
        400,
        `A null value was found for the property named '${name}', which has the expected type '${prop.type}[Nullable=False]'. The expected type '${prop.type}[Nullable=False]' does not allow null values.`,
      );
    }
    // X++ has no nulls: a cleared field reads back as its empty value.
    return defaultValue(prop);
  }
  if (prop.isEnum) {
    const members = enumTypes[prop.type] ?? {};
    if (typeof value === "string" && value in members) return value;
    throw cannotConvert(value, prop, name);
  }
  switch (prop.type) {
    case "Edm.String": {
      if (typeof value !== "string") throw cannotConvert(value, prop, name);
      if (prop.maxLength !== undefined && value.length > prop.maxLength) {
        throw ODataFault.write(
          `The value of field '${name}' is ${value.length} characters long; the maximum is ${prop.maxLength}.`,
        );
      }
      return value;
    }
    case "Edm.Decimal": {
      const text =
        value instanceof RawNumber ? value.raw : typeof value === "string" && ieee754 ? value : undefined;
      const canonical = text === undefined ? undefined : canonicalDecimal(text);
      if (canonical === undefined) throw cannotConvert(value, prop, name);
      return canonical;
    }
    case "Edm.Int64":
    case "Edm.Int32": {
      const text =
        value instanceof RawNumber ? value.raw : typeof value === "string" && ieee754 ? value : undefined;
      if (text === undefined || !INT_RE.test(text)) throw cannotConvert(value, prop, name);
      const big = BigInt(text);
      const max = prop.type === "Edm.Int32" ? 2147483647n : INT64_MAX;
      if (big > max || big < -max - 1n) throw cannotConvert(value, prop, name);
      return prop.type === "Edm.Int32" ? Number(big) : big.toString();
    }
    case "Edm.DateTimeOffset": {
      const canonical = typeof value === "string" ? canonicalDateTime(value) : undefined;
      if (canonical === undefined) throw cannotConvert(value, prop, name);
      return canonical;
    }
    case "Edm.Guid": {
      if (typeof value !== "string" || !GUID_RE.test(value)) throw cannotConvert(value, prop, name);
      return value.toLowerCase();
    }
    case "Edm.Boolean": {
      if (typeof value !== "boolean") throw cannotConvert(value, prop, name);
      return value;
    }
    default:
      throw cannotConvert(value, prop, name);
  }
}

/** Writes one stored value as JSON text; decimals/Int64 as raw numbers, or strings under IEEE754Compatible. */
export function serializeValue(
  prop: EntityProperty | undefined,
  value: StoredValue,
  ieee754: boolean,
): string {
  if (value === null) return "null";
  if (
    prop &&
    !prop.isEnum &&
    (prop.type === "Edm.Decimal" || prop.type === "Edm.Int64") &&
    typeof value === "string"
  ) {
    return ieee754 ? JSON.stringify(value) : value;
  }
  return JSON.stringify(value);
}

/**
 * Parses JSON keeping every number literal as a {@link RawNumber}, so decimals arrive in state exactly
 * as the client wrote them.
 */
export function parseJsonExact(text: string): unknown {
  let i = 0;
  const fail = (): never => {
    throw ODataFault.odata(400, `The request body is not valid JSON (position ${i}).`);
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  };
  const parseString = (): string => {
    const start = i;
    i++;
    let escaped = false;
    while (i < text.length) {
      const c = text[i];
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === '"') break;
      i++;
    }
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const parseValue = (): unknown => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === "}") {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const key = parseString();
        ws();
        if (text[i] !== ":") fail();
        i++;
        obj[key] = parseValue();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return obj;
        }
        fail();
      }
    }
    if (c === "[") {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === "]") {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue());
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return arr;
        }
        fail();
      }
    }
    if (c === '"') return parseString();
    const m = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m) {
      i += m[0].length;
      return new RawNumber(m[0]);
    }
    for (const [word, v] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return fail();
  };
  const result = parseValue();
  ws();
  if (i !== text.length) fail();
  return result;
}

/** Exact product of two canonical decimal strings (D365 computes line amounts this way). */
export function multiplyDecimals(a: string, b: string): string {
  const sa = fractionDigits(a);
  const sb = fractionDigits(b);
  const product = scaled(a, sa) * scaled(b, sb);
  const scale = sa + sb;
  const negative = product < 0n;
  const digits = (negative ? -product : product).toString().padStart(scale + 1, "0");
  const text = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return canonicalDecimal(`${negative ? "-" : ""}${text}`) ?? "0";
}
