/**
 * OData v4 `$filter` for the D365 simulator: tokenizer, parser, type binder and evaluator.
 * Covers what D365 integrations use: eq/ne/gt/ge/lt/le, and/or/not, parentheses, contains/
 * startswith/endswith, string/number/date/GUID/boolean/null literals and qualified enum literals.
 * String comparison is case-insensitive, as on D365's SQL Server collation.
 */
import type { EntityProperty, EntitySetInfo } from "../../../generated/d365/entity-sets.js";
import { entityNamespace, enumTypes } from "../../../generated/d365/entity-sets.js";
import { canonicalDateTime, canonicalDecimal, compareDecimal, type EntityRow } from "./edm.js";
import { ODataFault } from "./odata-fault.js";

/** Comparison operators of `$filter`. */
export type ComparisonOperator = "eq" | "ne" | "gt" | "ge" | "lt" | "le";

/** A parsed literal. Numbers are canonical decimal strings; dates are canonical ISO strings. */
export type FilterLiteral =
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "number"; readonly value: string }
  | { readonly type: "datetime"; readonly value: string }
  | { readonly type: "guid"; readonly value: string }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "null" }
  | { readonly type: "enum"; readonly enumType: string; readonly value: string };

/** The syntax tree of a `$filter` expression. */
export type FilterNode =
  | { readonly kind: "property"; readonly name: string }
  | { readonly kind: "literal"; readonly literal: FilterLiteral }
  | {
      readonly kind: "compare";
      readonly op: ComparisonOperator;
      readonly left: FilterNode;
      readonly right: FilterNode;
    }
  | { readonly kind: "and" | "or"; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: "not"; readonly operand: FilterNode }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly FilterNode[] };

type Token =
  | { readonly t: "(" | ")" | "," | "eof"; readonly pos: number }
  | { readonly t: "ident"; readonly value: string; readonly pos: number }
  | { readonly t: "literal"; readonly literal: FilterLiteral; readonly pos: number };

const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}(?![\dT])/;
const NUMBER_RE = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const IDENT_RE = /^[A-Za-z_][A-Za-z0-9_.]*/;

function syntaxError(message: string, pos: number): ODataFault {
  return ODataFault.odata(400, `The query specified in the URI is not valid. ${message} at position ${pos}.`);
}

/** Splits a `$filter` string into tokens. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? "";
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "(" || c === ")" || c === ",") {
      tokens.push({ t: c, pos: i });
      i++;
      continue;
    }
    const rest = text.slice(i);
    if (c === "'") {
      const { value, end } = readQuoted(text, i);
      tokens.push({ t: "literal", literal: { type: "string", value }, pos: i });
      i = end;
      continue;
    }
    const guid = GUID_RE.exec(rest);
    if (guid) {
      tokens.push({ t: "literal", literal: { type: "guid", value: guid[0].toLowerCase() }, pos: i });
      i += guid[0].length;
      continue;
    }
    const dt = DATETIME_RE.exec(rest);
    if (dt) {
      const value = canonicalDateTime(dt[0]);
      if (value === undefined) throw syntaxError(`Invalid date-time literal '${dt[0]}'`, i);
      tokens.push({ t: "literal", literal: { type: "datetime", value }, pos: i });
      i += dt[0].length;
      continue;
    }
    const date = DATE_RE.exec(rest);
    if (date) {
      const value = canonicalDateTime(`${date[0]}T00:00:00Z`);
      if (value === undefined) throw syntaxError(`Invalid date literal '${date[0]}'`, i);
      tokens.push({ t: "literal", literal: { type: "datetime", value }, pos: i });
      i += date[0].length;
      continue;
    }
    const num = NUMBER_RE.exec(rest);
    if (num) {
      tokens.push({
        t: "literal",
        literal: { type: "number", value: canonicalDecimal(num[0]) ?? num[0] },
        pos: i,
      });
      i += num[0].length;
      continue;
    }
    const ident = IDENT_RE.exec(rest);
    if (ident) {
      const word = ident[0];
      const after = i + word.length;
      if (text[after] === "'" && word.includes(".")) {
        const { value, end } = readQuoted(text, after);
        tokens.push({ t: "literal", literal: enumLiteral(word, value, i), pos: i });
        i = end;
        continue;
      }
      if (word === "true" || word === "false") {
        tokens.push({ t: "literal", literal: { type: "boolean", value: word === "true" }, pos: i });
      } else if (word === "null") {
        tokens.push({ t: "literal", literal: { type: "null" }, pos: i });
      } else {
        tokens.push({ t: "ident", value: word, pos: i });
      }
      i = after;
      continue;
    }
    throw syntaxError(`Syntax error: character '${c}' is not valid`, i);
  }
  tokens.push({ t: "eof", pos: text.length });
  return tokens;
}

function readQuoted(text: string, start: number): { value: string; end: number } {
  let i = start + 1;
  let value = "";
  for (;;) {
    if (i >= text.length) throw syntaxError("There is an unterminated string literal", start);
    const c = text[i];
    if (c === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i++;
  }
}

function enumLiteral(qualified: string, member: string, pos: number): FilterLiteral {
  const dot = qualified.lastIndexOf(".");
  const namespace = qualified.slice(0, dot);
  const enumType = qualified.slice(dot + 1);
  const members = enumTypes[enumType];
  if (namespace !== entityNamespace || !members) {
    throw syntaxError(`The type '${qualified}' is not an enum type known to the service`, pos);
  }
  if (!(member in members)) {
    throw ODataFault.odata(
      400,
      `The string '${member}' is not a valid enumerated type constant for '${qualified}'.`,
    );
  }
  return { type: "enum", enumType, value: member };
}

const COMPARISONS = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);
const FUNCTIONS: Readonly<Record<string, number>> = {
  contains: 2,
  startswith: 2,
  endswith: 2,
  tolower: 1,
  toupper: 1,
  trim: 1,
};

/** Parses a `$filter` string into a syntax tree (no type checking; see {@link bindFilter}). */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let p = 0;
  const peek = (): Token => tokens[p] ?? { t: "eof", pos: text.length };
  const isWord = (word: string) => {
    const tok = peek();
    return tok.t === "ident" && tok.value === word;
  };
  const expect = (t: "(" | ")" | ","): void => {
    const tok = peek();
    if (tok.t !== t) throw syntaxError(`Expected '${t}'`, tok.pos);
    p++;
  };

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (isWord("or")) {
      p++;
      left = { kind: "or", left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseNot();
    while (isWord("and")) {
      p++;
      left = { kind: "and", left, right: parseNot() };
    }
    return left;
  };
  const parseNot = (): FilterNode => {
    if (isWord("not")) {
      p++;
      return { kind: "not", operand: parseNot() };
    }
    return parseComparison();
  };
  const parseComparison = (): FilterNode => {
    const left = parsePrimary();
    const tok = peek();
    if (tok.t === "ident" && COMPARISONS.has(tok.value)) {
      p++;
      return { kind: "compare", op: tok.value as ComparisonOperator, left, right: parsePrimary() };
    }
    return left;
  };
  const parsePrimary = (): FilterNode => {
    const tok = peek();
    if (tok.t === "(") {
      p++;
      const inner = parseOr();
      expect(")");
      return inner;
    }
    if (tok.t === "literal") {
      p++;
      return { kind: "literal", literal: tok.literal };
    }
    if (tok.t === "ident") {
      p++;
      if (peek().t === "(") {
        const arity = FUNCTIONS[tok.value];
        if (arity === undefined)
          throw ODataFault.odata(400, `An unknown function with name '${tok.value}' was found.`);
        p++;
        const args: FilterNode[] = [parseOr()];
        while (peek().t === ",") {
          p++;
          args.push(parseOr());
        }
        expect(")");
        if (args.length !== arity) {
          throw ODataFault.odata(
            400,
            `The function '${tok.value}' takes ${arity} argument(s), not ${args.length}.`,
          );
        }
        return { kind: "call", name: tok.value, args };
      }
      if (["and", "or", "not", ...COMPARISONS].includes(tok.value)) {
        throw syntaxError(`Expression expected, found '${tok.value}'`, tok.pos);
      }
      return { kind: "property", name: tok.value };
    }
    throw syntaxError("Expression expected", tok.pos);
  };

  const tree = parseOr();
  const end = peek();
  if (end.t !== "eof") throw syntaxError("Syntax error: unexpected token", end.pos);
  return tree;
}

type StaticType =
  | { readonly kind: "string" | "number" | "datetime" | "guid" | "boolean" | "null" }
  | { readonly kind: "enum"; readonly enumType: string };

function edmName(t: StaticType): string {
  switch (t.kind) {
    case "string":
      return "Edm.String";
    case "number":
      return "Edm.Decimal";
    case "datetime":
      return "Edm.DateTimeOffset";
    case "guid":
      return "Edm.Guid";
    case "boolean":
      return "Edm.Boolean";
    case "null":
      return "null";
    case "enum":
      return `${entityNamespace}.${t.enumType}`;
  }
}

function propertyType(prop: EntityProperty): StaticType {
  if (prop.isEnum) return { kind: "enum", enumType: prop.type };
  switch (prop.type) {
    case "Edm.String":
      return { kind: "string" };
    case "Edm.Decimal":
    case "Edm.Int32":
    case "Edm.Int64":
      return { kind: "number" };
    case "Edm.DateTimeOffset":
      return { kind: "datetime" };
    case "Edm.Guid":
      return { kind: "guid" };
    default:
      return { kind: "boolean" };
  }
}

const OP_NAMES: Readonly<Record<ComparisonOperator, string>> = {
  eq: "Equal",
  ne: "NotEqual",
  gt: "GreaterThan",
  ge: "GreaterThanOrEqual",
  lt: "LessThan",
  le: "LessThanOrEqual",
};

/**
 * Checks a parsed filter against an entity set: every property exists, operand types agree, and
 * the whole expression is boolean. Throws the OData error D365 would send.
 */
export function bindFilter(node: FilterNode, set: EntitySetInfo): void {
  const type = typeOf(node, set);
  if (type.kind !== "boolean") {
    throw ODataFault.odata(400, "The $filter expression must evaluate to a single boolean value.");
  }
}

function typeOf(node: FilterNode, set: EntitySetInfo): StaticType {
  switch (node.kind) {
    case "property": {
      const prop = set.properties[node.name];
      if (!prop) {
        throw ODataFault.odata(
          400,
          `Could not find a property named '${node.name}' on type '${entityNamespace}.${set.entityType}'.`,
        );
      }
      return propertyType(prop);
    }
    case "literal":
      return node.literal.type === "enum"
        ? { kind: "enum", enumType: node.literal.enumType }
        : { kind: node.literal.type };
    case "and":
    case "or": {
      for (const side of [node.left, node.right]) {
        if (typeOf(side, set).kind !== "boolean") {
          throw ODataFault.odata(400, `The operands of '${node.kind}' must be boolean expressions.`);
        }
      }
      return { kind: "boolean" };
    }
    case "not":
      if (typeOf(node.operand, set).kind !== "boolean") {
        throw ODataFault.odata(400, "The operand of 'not' must be a boolean expression.");
      }
      return { kind: "boolean" };
    case "compare": {
      const l = typeOf(node.left, set);
      const r = typeOf(node.right, set);
      const incompatible = () =>
        ODataFault.odata(
          400,
          `A binary operator with incompatible types was detected. Found operand types '${edmName(l)}' and '${edmName(r)}' for operator kind '${OP_NAMES[node.op]}'.`,
        );
      if (l.kind === "null" || r.kind === "null") {
        if (node.op !== "eq" && node.op !== "ne") throw incompatible();
        return { kind: "boolean" };
      }
      if (l.kind !== r.kind) throw incompatible();
      if (l.kind === "enum" && r.kind === "enum") {
        if (l.enumType !== r.enumType) throw incompatible();
        if (node.op !== "eq" && node.op !== "ne") {
          throw ODataFault.odata(400, `Only 'eq' and 'ne' are supported on enum values, not '${node.op}'.`);
        }
      }
      return { kind: "boolean" };
    }
    case "call": {
      const argTypes = node.args.map((a) => typeOf(a, set));
      if (argTypes.some((t) => t.kind !== "string")) {
        throw ODataFault.odata(
          400,
          `No function signature for the function with name '${node.name}' matches the specified arguments. The function signatures considered are: ${node.name}(Edm.String${node.args.length > 1 ? ", Edm.String" : ""}).`,
        );
      }
      return node.name === "contains" || node.name === "startswith" || node.name === "endswith"
        ? { kind: "boolean" }
        : { kind: "string" };
    }
  }
}

type Value = string | boolean | null;

function operandValue(node: FilterNode, row: EntityRow, set: EntitySetInfo): Value {
  switch (node.kind) {
    case "property": {
      const v = row[node.name];
      if (v === undefined || v === null) return null;
      return typeof v === "number" ? String(v) : v;
    }
    case "literal": {
      const lit = node.literal;
      return lit.type === "null" ? null : lit.value;
    }
    case "call": {
      const args = node.args.map((a) => operandValue(a, row, set));
      const [a, b] = args.map((v) => (typeof v === "string" ? v : ""));
      const x = (a ?? "").toLowerCase();
      const y = (b ?? "").toLowerCase();
      switch (node.name) {
        case "contains":
          return x.includes(y);
        case "startswith":
          return x.startsWith(y);
        case "endswith":
          return x.endsWith(y);
        case "tolower":
          return (a ?? "").toLowerCase();
        case "toupper":
          return (a ?? "").toUpperCase();
        default:
          return (a ?? "").trim();
      }
    }
    default:
      return evaluate(node, row, set);
  }
}

function wildcardMatch(value: string, pattern: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
    "is",
  );
  return re.test(value);
}

function compareValues(op: ComparisonOperator, kind: StaticType["kind"], l: Value, r: Value): boolean {
  if (l === null || r === null) {
    const same = l === r;
    return op === "eq" ? same : op === "ne" ? !same : false;
  }
  let c: number;
  if (kind === "number") c = compareDecimal(String(l), String(r));
  else if (kind === "datetime") c = Date.parse(String(l)) - Date.parse(String(r));
  else if (kind === "string") {
    const x = String(l).toLowerCase();
    const y = String(r).toLowerCase();
    // D365 treats `eq '*text*'` as a wildcard match.
    if ((op === "eq" || op === "ne") && y.includes("*")) {
      const m = wildcardMatch(x, y);
      return op === "eq" ? m : !m;
    }
    c = x < y ? -1 : x > y ? 1 : 0;
  } else c = l === r ? 0 : String(l) < String(r) ? -1 : 1;
  switch (op) {
    case "eq":
      return c === 0;
    case "ne":
      return c !== 0;
    case "gt":
      return c > 0;
    case "ge":
      return c >= 0;
    case "lt":
      return c < 0;
    case "le":
      return c <= 0;
  }
}

/** Evaluates a bound filter against one row. */
export function evaluate(node: FilterNode, row: EntityRow, set: EntitySetInfo): boolean {
  switch (node.kind) {
    case "and":
      return evaluate(node.left, row, set) && evaluate(node.right, row, set);
    case "or":
      return evaluate(node.left, row, set) || evaluate(node.right, row, set);
    case "not":
      return !evaluate(node.operand, row, set);
    case "compare": {
      const lt = typeOf(node.left, set);
      const rt = typeOf(node.right, set);
      const kind = lt.kind === "null" ? rt.kind : lt.kind;
      return compareValues(
        node.op,
        kind,
        operandValue(node.left, row, set),
        operandValue(node.right, row, set),
      );
    }
    default:
      return operandValue(node, row, set) === true;
  }
}

/** Parses, binds and returns a row predicate for a `$filter` string. */
export function compileFilter(text: string, set: EntitySetInfo): (row: EntityRow) => boolean {
  const tree = parseFilter(text);
  bindFilter(tree, set);
  return (row) => evaluate(tree, row, set);
}
