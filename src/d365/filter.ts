/**
 * OData v4 literals and `$filter` expressions for D365 F&O, with the escaping the service expects:
 * strings in single quotes with `'` doubled, enums as `Microsoft.Dynamics.DataEntities.NoYes'Yes'`,
 * DateTimeOffset and GUID values unquoted, decimals as exact text. URL encoding happens later, when
 * the query string is built (see `./query.ts`), so a filter's text is what D365 parses.
 */
import type { EntityProperty, EntitySetName } from "../../generated/d365/entity-sets.js";
import { entityNamespace, entitySets, enumTypes } from "../../generated/d365/entity-sets.js";
import { ValidationError } from "../core/errors.js";
import { Money } from "../core/money.js";

/** A `$filter` expression. Build it with {@link filterFor} or {@link f}; `text` is the OData syntax. */
export interface FilterExpression {
  readonly kind: "filter";
  readonly text: string;
  toString(): string;
}

/** A literal whose text is already OData syntax (e.g. from {@link literal}). */
export interface ODataLiteral {
  readonly kind: "literal";
  readonly text: string;
}

/** Values a filter or key predicate accepts. `string` is an Edm.String unless the property says otherwise. */
export type ODataValue = string | number | bigint | boolean | null | Date | Money | ODataLiteral;

const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DECIMAL_RE = /^-?\d+(?:\.\d+)?$/;

function invalid(message: string, path: readonly (string | number)[] = []): ValidationError {
  return new ValidationError("Invalid OData literal", {
    issues: [{ code: "invalid_literal", path, message }],
    where: { system: "local", operation: "odata-filter" },
  });
}

function made(text: string): ODataLiteral {
  return { kind: "literal", text };
}

/**
 * Builders of typed OData literals, for values whose type a plain JS value cannot say.
 * @example
 * literal.enum("NoYes", "Yes").text      // "Microsoft.Dynamics.DataEntities.NoYes'Yes'"
 * literal.string("O'Brien & Sons").text  // "'O''Brien & Sons'"
 * literal.dateTime("2026-03-01").text    // "2026-03-01T00:00:00Z"
 */
export const literal = Object.freeze({
  /** Edm.String: single-quoted, `'` doubled. */
  string(value: string): ODataLiteral {
    if (typeof value !== "string") throw invalid(`expected a string, got ${typeof value}`);
    return made(`'${value.replaceAll("'", "''")}'`);
  },
  /** Edm.Guid: unquoted, validated. */
  guid(value: string): ODataLiteral {
    if (!GUID_RE.test(value)) throw invalid(`'${value}' is not a GUID`);
    return made(value.toLowerCase());
  },
  /**
   * Edm.DateTimeOffset, unquoted. A `YYYY-MM-DD` date becomes midnight UTC, the way D365 stores
   * date-only fields; a Date is written in UTC without milliseconds when they are zero.
   */
  dateTime(value: Date | string): ODataLiteral {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw invalid("the Date is invalid");
      const iso = value.toISOString();
      return made(iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso);
    }
    if (DATE_RE.test(value)) return made(`${value}T00:00:00Z`);
    if (DATETIME_RE.test(value) && !Number.isNaN(Date.parse(value))) return made(value);
    throw invalid(`'${value}' is not an ISO 8601 date or date-time with offset`);
  },
  /** Edm.Decimal / Edm.Int64 from exact text or Money; never through a float. */
  decimal(value: string | bigint | Money): ODataLiteral {
    const text = Money.isMoney(value) ? value.toString() : String(value);
    if (!DECIMAL_RE.test(text)) throw invalid(`'${text}' is not a decimal number`);
    return made(text);
  },
  /**
   * A member of a D365 enum, qualified with the namespace (D365 allows only `eq`/`ne` on enums).
   * @throws ValidationError when the enum or member is unknown to the generated metadata.
   */
  enum(enumType: string, member: string): ODataLiteral {
    const members = enumTypes[enumType];
    if (!members) throw invalid(`'${enumType}' is not an enum type of ${entityNamespace}`);
    if (!Object.hasOwn(members, member)) {
      throw invalid(`'${member}' is not a member of ${enumType} (${Object.keys(members).join(", ")})`);
    }
    return made(`${entityNamespace}.${enumType}'${member}'`);
  },
  /** Text inserted as is. Only for syntax the builders do not cover; the caller owns the escaping. */
  raw(text: string): ODataLiteral {
    return made(text);
  },
});

function isLiteral(value: unknown): value is ODataLiteral {
  return typeof value === "object" && value !== null && (value as ODataLiteral).kind === "literal";
}

/**
 * Formats a value as an OData literal. With `property` (from the generated metadata) the value is
 * written in the property's type: `"Yes"` for a NoYes property becomes the qualified enum literal,
 * a string for a DateTimeOffset property becomes an unquoted date-time, and so on.
 * @example formatLiteral("Yes", entitySets.LedgerJournalHeaders.properties.IsPosted)
 */
export function formatLiteral(value: ODataValue, property?: EntityProperty): string {
  if (isLiteral(value)) return value.text;
  if (value === null) return "null";
  if (property?.isEnum) {
    if (typeof value !== "string") throw invalid(`enum ${property.type} needs a member name`);
    return literal.enum(property.type, value).text;
  }
  const type = property?.type;
  // A typed property decides the literal's form, whatever JS type the value has.
  if (type === "Edm.String") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") {
      return literal.string(String(value)).text;
    }
    throw invalid(`a string property needs text, got ${value instanceof Date ? "a Date" : typeof value}`);
  }
  if (value instanceof Date) return literal.dateTime(value).text;
  if (Money.isMoney(value)) return literal.decimal(value).text;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalid(`${value} is not a finite number`);
    if (!Number.isSafeInteger(value) && type !== "Edm.Double") {
      // A float would print in binary approximation: amounts must come as text or Money.
      throw invalid(`${value} is not a safe integer; pass decimals as text or Money`);
    }
    return String(value);
  }
  switch (type) {
    case "Edm.DateTimeOffset":
    case "Edm.Date":
      return literal.dateTime(value).text;
    case "Edm.Guid":
      return literal.guid(value).text;
    case "Edm.Decimal":
    case "Edm.Int64":
    case "Edm.Int32":
      return literal.decimal(value).text;
    default:
      return literal.string(value).text;
  }
}

function expr(text: string): FilterExpression {
  return { kind: "filter", text, toString: () => text };
}

type Comparison = "eq" | "ne" | "gt" | "ge" | "lt" | "le";

/** Property names of an entity set, from the generated metadata. */
export type PropertyOf<S extends EntitySetName> = keyof (typeof entitySets)[S]["properties"] & string;

/** A `$filter` builder bound to one entity set: property names are checked and values typed by metadata. */
export interface FilterBuilder<P extends string> {
  eq(property: P, value: ODataValue): FilterExpression;
  ne(property: P, value: ODataValue): FilterExpression;
  gt(property: P, value: ODataValue): FilterExpression;
  ge(property: P, value: ODataValue): FilterExpression;
  lt(property: P, value: ODataValue): FilterExpression;
  le(property: P, value: ODataValue): FilterExpression;
  /** `contains(P,'text')`; D365 also reads `eq '*text*'` as a wildcard, which this does not use. */
  contains(property: P, text: string): FilterExpression;
  startswith(property: P, text: string): FilterExpression;
  endswith(property: P, text: string): FilterExpression;
  /** `(a) or (b) or …` over the values; D365 has no `in` operator. */
  oneOf(property: P, values: readonly ODataValue[]): FilterExpression;
  and(...parts: readonly (FilterExpression | undefined)[]): FilterExpression;
  or(...parts: readonly (FilterExpression | undefined)[]): FilterExpression;
  not(part: FilterExpression): FilterExpression;
}

function combine(op: "and" | "or", parts: readonly (FilterExpression | undefined)[]): FilterExpression {
  const present = parts.filter((p): p is FilterExpression => p !== undefined && p.text !== "");
  if (present.length === 0) return expr(op === "and" ? "true" : "false");
  if (present.length === 1) return present[0] as FilterExpression;
  return expr(present.map((p) => `(${p.text})`).join(` ${op} `));
}

function makeBuilder<P extends string>(
  propertyOf: (name: P) => EntityProperty | undefined,
  checkName: (name: P) => void,
): FilterBuilder<P> {
  const compare = (op: Comparison) => (property: P, value: ODataValue) => {
    checkName(property);
    return expr(`${property} ${op} ${formatLiteral(value, propertyOf(property))}`);
  };
  const call = (fn: string) => (property: P, text: string) => {
    checkName(property);
    return expr(`${fn}(${property},${literal.string(text).text})`);
  };
  const eq = compare("eq");
  return {
    eq,
    ne: compare("ne"),
    gt: compare("gt"),
    ge: compare("ge"),
    lt: compare("lt"),
    le: compare("le"),
    contains: call("contains"),
    startswith: call("startswith"),
    endswith: call("endswith"),
    oneOf: (property, values) =>
      combine(
        "or",
        values.map((v) => eq(property, v)),
      ),
    and: (...parts) => combine("and", parts),
    or: (...parts) => combine("or", parts),
    not: (part) => expr(`not (${part.text})`),
  };
}

/**
 * A `$filter` builder for one entity set. Values are formatted by the property's metadata type.
 * @throws ValidationError at build time for an unknown property name.
 * @example
 * const q = filterFor("LedgerJournalHeaders");
 * q.and(q.eq("Description", "AMZ-SETTLEMENT 123 usmf part 1"), q.eq("IsPosted", "No")).text
 * // "(Description eq 'AMZ-SETTLEMENT 123 usmf part 1') and (IsPosted eq Microsoft.Dynamics.DataEntities.NoYes'No')"
 */
export function filterFor<S extends EntitySetName>(setName: S): FilterBuilder<PropertyOf<S>> {
  const properties = entitySets[setName].properties as Readonly<Record<string, EntityProperty>>;
  return makeBuilder<PropertyOf<S>>(
    (name) => properties[name],
    (name) => {
      if (!Object.hasOwn(properties, name)) throw invalid(`${setName} has no property '${name}'`, [name]);
    },
  );
}

/**
 * An untyped `$filter` builder: plain strings are Edm.String; use {@link literal} for other types.
 * @example f.eq("dataAreaId", "usmf").text // "dataAreaId eq 'usmf'"
 */
export const f: FilterBuilder<string> = makeBuilder<string>(
  () => undefined,
  () => {},
);

/**
 * The key predicate of one entity, in key order, as D365 addresses it:
 * `(dataAreaId='usmf',JournalBatchNumber='00123',LineNumber=1)`. Not yet URL-encoded.
 * @throws ValidationError when a key property is missing.
 */
export function keyPredicate<S extends EntitySetName>(
  setName: S,
  key: Readonly<Partial<Record<PropertyOf<S>, ODataValue>>>,
): string {
  const set = entitySets[setName];
  const props = set.properties as Readonly<Record<string, EntityProperty>>;
  const values = key as Readonly<Record<string, ODataValue | undefined>>;
  const parts = set.keys.map((k) => {
    const v = values[k];
    if (v === undefined || v === "") throw invalid(`${setName} key needs '${k}'`, [k]);
    return `${k}=${formatLiteral(v, props[k])}`;
  });
  return `(${parts.join(",")})`;
}

/**
 * Percent-encodes text for a URL (UTF-8, `encodeURIComponent`), as a typed error when the text
 * cannot be encoded (a lone UTF-16 surrogate, e.g. from cutting a string inside an emoji).
 */
export function encodeText(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw invalid(
      `the text ${JSON.stringify(text.slice(0, 40))} holds a lone UTF-16 surrogate and cannot be sent`,
    );
  }
}

/** Percent-encodes a key predicate for a URL path, keeping OData's `(`, `)`, `'`, `=` and `,` readable. */
export function encodeKeyPredicate(predicate: string): string {
  return encodeText(predicate).replace(/%3D/g, "=").replace(/%2C/g, ",");
}
