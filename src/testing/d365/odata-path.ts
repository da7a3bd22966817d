/**
 * Resource paths under `/data/`: entity sets, key predicates, navigation and `$count`.
 */
import type { EntitySetInfo, EntitySetName } from "../../../generated/d365/entity-sets.js";
import { entitySets } from "../../../generated/d365/entity-sets.js";
import { canonicalDateTime, canonicalDecimal, type StoredValue } from "./edm.js";
import { ODataFault } from "./odata-fault.js";

/** A parsed request path below the service root. */
export interface ResourcePath {
  readonly setName: EntitySetName;
  readonly set: EntitySetInfo;
  /** Key property → stored value, when the path addresses one entity. */
  readonly key?: Readonly<Record<string, StoredValue>>;
  /** Navigation property after the key, e.g. `LedgerJournalLine`. */
  readonly navigation?: string;
  /** True for `/EntitySet/$count`. */
  readonly count?: boolean;
}

/** True when `name` is one of the simulator's entity sets. */
export function isEntitySetName(name: string): name is EntitySetName {
  return Object.hasOwn(entitySets, name);
}

function notFound(segment: string): ODataFault {
  return ODataFault.odata(
    404,
    `No HTTP resource was found that matches the request URI. Resource not found for the segment '${segment}'.`,
  );
}

/** Parses `EntitySet`, `EntitySet(keys)`, `EntitySet(keys)/Nav` or `EntitySet/$count` (already percent-decoded). */
export function parseResourcePath(path: string): ResourcePath {
  const m = /^([A-Za-z0-9_]+)(?:\((.*)\))?(?:\/([A-Za-z0-9_$]+))?$/s.exec(path);
  if (!m) throw notFound(path);
  const name = m[1] ?? "";
  if (!isEntitySetName(name)) throw notFound(name);
  const set: EntitySetInfo = entitySets[name];
  const keyText = m[2];
  const tail = m[3];
  const result: {
    setName: EntitySetName;
    set: EntitySetInfo;
    key?: Record<string, StoredValue>;
    navigation?: string;
    count?: boolean;
  } = { setName: name, set };
  if (keyText !== undefined) result.key = parseKeyPredicate(keyText, set, name);
  if (tail === "$count" && keyText === undefined) result.count = true;
  else if (tail !== undefined) {
    if (keyText === undefined) throw notFound(tail);
    result.navigation = tail;
  }
  return result;
}

function badKey(setName: string, text: string): ODataFault {
  return ODataFault.odata(
    400,
    `Bad Request - Error in query syntax. The key predicate '(${text})' does not match the key of entity set '${setName}'.`,
  );
}

/** Splits `a='x',b=1` (quote-aware) and converts each value to its stored form. */
export function parseKeyPredicate(
  text: string,
  set: EntitySetInfo,
  setName: string,
): Record<string, StoredValue> {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      if (quoted && text[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (c === "," && !quoted) {
      parts.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  if (quoted) throw badKey(setName, text);
  parts.push(current);

  const named = new Map<string, string>();
  if (parts.length === 1 && set.keys.length === 1 && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(parts[0] ?? "")) {
    named.set(set.keys[0] ?? "", parts[0] ?? "");
  } else {
    for (const part of parts) {
      const eq = part.indexOf("=");
      if (eq < 0) throw badKey(setName, text);
      named.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
  }
  if (named.size !== set.keys.length || set.keys.some((k) => !named.has(k))) throw badKey(setName, text);

  const key: Record<string, StoredValue> = {};
  for (const k of set.keys) {
    const raw = named.get(k) ?? "";
    const prop = set.properties[k];
    const value = prop ? keyLiteral(raw, prop.type) : undefined;
    if (value === undefined) throw badKey(setName, text);
    key[k] = value;
  }
  return key;
}

function keyLiteral(raw: string, type: string): StoredValue | undefined {
  if (type === "Edm.String") {
    if (raw.length < 2 || !raw.startsWith("'") || !raw.endsWith("'")) return undefined;
    return raw.slice(1, -1).replaceAll("''", "'");
  }
  if (type === "Edm.Decimal" || type === "Edm.Int64") return canonicalDecimal(raw);
  if (type === "Edm.Int32") return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
  if (type === "Edm.DateTimeOffset") return canonicalDateTime(raw);
  return undefined;
}

/** Writes an entity's key predicate the way D365 prints it in URLs: `(dataAreaId='usmf',LineNumber=1)`. */
export function formatKeyPredicate(set: EntitySetInfo, row: Readonly<Record<string, StoredValue>>): string {
  const parts = set.keys.map((k) => {
    const v = row[k];
    const type = set.properties[k]?.type;
    const text = type === "Edm.String" ? `'${String(v ?? "").replaceAll("'", "''")}'` : String(v);
    return set.keys.length === 1 ? text : `${k}=${text}`;
  });
  return `(${parts.join(",")})`;
}
