/**
 * Query options of collection reads ($filter, $select, $orderby, $top, $skip, $count, cross-company,
 * Prefer: odata.maxpagesize) and the JSON bodies D365 answers with, written by hand so decimals go
 * out exactly as stored.
 */
import type { EntitySetInfo } from "../../../generated/d365/entity-sets.js";
import { entityNamespace } from "../../../generated/d365/entity-sets.js";
import { compareDecimal, type EntityRow, serializeValue } from "./edm.js";
import { ODataFault } from "./odata-fault.js";
import { compileFilter } from "./odata-filter.js";

/** Parsed query options of a read. */
export interface QueryOptions {
  readonly filter?: (row: EntityRow) => boolean;
  readonly select?: readonly string[];
  readonly orderBy?: readonly { readonly property: string; readonly descending: boolean }[];
  readonly top?: number;
  readonly skip?: number;
  readonly count: boolean;
  readonly crossCompany: boolean;
  /** Navigation properties to expand (first level only, as in D365). */
  readonly expand?: readonly string[];
}

const SUPPORTED = new Set([
  "$filter",
  "$select",
  "$orderby",
  "$top",
  "$skip",
  "$count",
  "$expand",
  "$format",
]);

function single(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name);
  if (all.length > 1)
    throw ODataFault.odata(
      400,
      `Query option '${name}' was specified more than once, but it must be specified at most once.`,
    );
  return all[0];
}

/** openapi-fetch sends arrays as repeated parameters; OData wants one comma list. Accept both. */
function list(params: URLSearchParams, name: string): string[] | undefined {
  const all = params.getAll(name);
  if (all.length === 0) return undefined;
  return all
    .join(",")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function nonNegativeInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw))
    throw ODataFault.odata(
      400,
      `Invalid value '${raw}' for ${name} query option found. The ${name} query option requires a non-negative integer value.`,
    );
  return Number(raw);
}

function unknownProperty(set: EntitySetInfo, name: string): ODataFault {
  return ODataFault.odata(
    400,
    `Could not find a property named '${name}' on type '${entityNamespace}.${set.entityType}'.`,
  );
}

/** Reads and checks the query options of a request against an entity set. */
export function parseQueryOptions(
  params: URLSearchParams,
  set: EntitySetInfo,
  forCollection: boolean,
): QueryOptions {
  for (const name of new Set(params.keys())) {
    if (name.startsWith("$") && !SUPPORTED.has(name)) {
      throw ODataFault.odata(400, `The query parameter '${name}' is not supported.`);
    }
  }
  const expand = list(params, "$expand");
  if (expand?.some((e) => /[/(]/.test(e))) {
    throw ODataFault.odata(
      501,
      "D365 expands only the first level; nested $expand and expand options are not supported.",
    );
  }
  const select = list(params, "$select");
  for (const p of select ?? []) if (p !== "*" && !set.properties[p]) throw unknownProperty(set, p);

  const orderRaw = list(params, "$orderby");
  const orderBy = orderRaw?.map((item) => {
    const [property = "", dir = "asc", ...rest] = item.split(/\s+/);
    if (rest.length > 0 || (dir !== "asc" && dir !== "desc")) {
      throw ODataFault.odata(400, `Syntax error in $orderby item '${item}'.`);
    }
    if (!set.properties[property]) throw unknownProperty(set, property);
    return { property, descending: dir === "desc" };
  });

  const countRaw = single(params, "$count");
  if (countRaw !== undefined && countRaw !== "true" && countRaw !== "false") {
    throw ODataFault.odata(400, `'${countRaw}' is not a valid count option.`);
  }
  const filterText = single(params, "$filter");
  const options: {
    -readonly [K in keyof QueryOptions]: QueryOptions[K];
  } = {
    count: countRaw === "true",
    crossCompany: (params.get("cross-company") ?? "").toLowerCase() === "true",
  };
  if (forCollection && filterText !== undefined) options.filter = compileFilter(filterText, set);
  if (select && !select.includes("*")) options.select = select;
  if (expand) options.expand = expand;
  if (forCollection && orderBy) options.orderBy = orderBy;
  const top = forCollection ? nonNegativeInt("$top", single(params, "$top")) : undefined;
  const skip = forCollection ? nonNegativeInt("$skip", single(params, "$skip")) : undefined;
  if (top !== undefined) options.top = top;
  if (skip !== undefined) options.skip = skip;
  return options;
}

/** Sorts rows by `$orderby` (stable, so ties keep storage order). */
export function orderRows(
  rows: readonly EntityRow[],
  set: EntitySetInfo,
  orderBy: QueryOptions["orderBy"],
): EntityRow[] {
  const out = [...rows];
  if (!orderBy || orderBy.length === 0) return out;
  const cmp = (a: EntityRow, b: EntityRow): number => {
    for (const { property, descending } of orderBy) {
      const type = set.properties[property]?.type;
      const x = a[property];
      const y = b[property];
      let c: number;
      if (x === y) c = 0;
      else if (x === null || x === undefined) c = -1;
      else if (y === null || y === undefined) c = 1;
      else if (type === "Edm.Decimal" || type === "Edm.Int64" || type === "Edm.Int32")
        c = compareDecimal(String(x), String(y));
      else if (type === "Edm.DateTimeOffset") c = Date.parse(String(x)) - Date.parse(String(y));
      else {
        const sx = String(x).toLowerCase();
        const sy = String(y).toLowerCase();
        c = sx < sy ? -1 : sx > sy ? 1 : 0;
      }
      if (c !== 0) return descending ? -c : c;
    }
    return 0;
  };
  return out.sort(cmp);
}

/** Preferences from the `Prefer` header. */
export interface Preferences {
  readonly maxPageSize?: number;
  readonly returnRepresentation?: boolean;
  readonly returnMinimal?: boolean;
}

/** Parses `Prefer: odata.maxpagesize=50, return=representation`. */
export function parsePrefer(header: string | null): Preferences {
  const out: { maxPageSize?: number; returnRepresentation?: boolean; returnMinimal?: boolean } = {};
  for (const part of (header ?? "").split(",")) {
    const [name = "", value = ""] = part
      .trim()
      .split("=")
      .map((s) => s.trim());
    const key = name.toLowerCase();
    if ((key === "odata.maxpagesize" || key === "maxpagesize") && /^\d+$/.test(value) && Number(value) > 0) {
      out.maxPageSize = Number(value);
    } else if (key === "return" && value === "representation") out.returnRepresentation = true;
    else if (key === "return" && value === "minimal") out.returnMinimal = true;
  }
  return out;
}

/** Writes one entity as JSON, with its `@odata.etag` and only the selected properties. */
export function serializeEntity(
  set: EntitySetInfo,
  row: EntityRow,
  etag: string | undefined,
  select: readonly string[] | undefined,
  ieee754: boolean,
  context?: string,
  expanded: readonly string[] = [],
): string {
  const parts: string[] = [];
  if (context) parts.push(`"@odata.context":${JSON.stringify(context)}`);
  if (etag) parts.push(`"@odata.etag":${JSON.stringify(etag)}`);
  const names = select ?? Object.keys(set.properties);
  for (const name of names) {
    const value = row[name];
    parts.push(
      `${JSON.stringify(name)}:${serializeValue(set.properties[name], value === undefined ? null : value, ieee754)}`,
    );
  }
  parts.push(...expanded);
  return `{${parts.join(",")}}`;
}
