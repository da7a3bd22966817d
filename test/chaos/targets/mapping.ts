/**
 * Fuzz targets of the mapping-document loader (`parseMapping`, `parseMappingText`, `loadMapping`):
 * random documents, mutated valid documents (JSON and YAML text), YAML bombs (anchors and aliases),
 * deep nesting and prototype keys. Beyond the harness's rules: a document holding a reserved key
 * is refused, and no input changes `Object.prototype`.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { stringify as toYaml } from "yaml";
import { loadMapping, parseMapping, parseMappingText } from "../../../src/mapping/schema.js";
import type { FuzzTarget } from "../support/fuzz.js";

const FIXTURE = readFileSync("test/mapping/fixtures/mapping.yaml", "utf8");
const VALID = JSON.parse(JSON.stringify(parseMappingText(FIXTURE))) as Record<string, unknown>;

const documented = (code: string) => code === "VALIDATION_ERROR" || code === "CONFIG_INVALID";
const RESERVED = ["__proto__", "constructor", "prototype"];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Paths to every node of a JSON value, so a mutation can pick one. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...at, i], out);
  } else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}
const VALID_PATHS = paths(VALID).filter((p) => p.length > 0);

type Mutation =
  | { kind: "delete"; path: number }
  | { kind: "replace"; path: number; value: Json }
  | { kind: "add"; path: number; key: string; value: Json };

const key = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...RESERVED, "toString", "hasOwnProperty", "valueOf", "", " ") },
);
const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), path: fc.nat() }),
  fc.record({ kind: fc.constant("replace" as const), path: fc.nat(), value: json }),
  fc.record({ kind: fc.constant("add" as const), path: fc.nat(), key, value: json }),
);

function mutate(doc: Record<string, unknown>, ms: readonly Mutation[]): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  for (const m of ms) {
    const path = VALID_PATHS[m.path % VALID_PATHS.length] ?? [];
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, k) => (node as Record<string | number, unknown>)?.[k], copy);
    const last = path.at(-1);
    if (parent === null || typeof parent !== "object" || last === undefined) continue;
    const p = parent as Record<string | number, unknown>;
    if (m.kind === "delete") delete p[last];
    else if (m.kind === "replace") p[last] = m.value;
    // defineProperty: an own `__proto__` key, as JSON.parse makes one.
    else
      Object.defineProperty(p, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy;
}

/** A YAML bomb: each level a list of aliases of the level below. */
const yamlBomb = fc
  .record({ levels: fc.integer({ min: 2, max: 12 }), width: fc.integer({ min: 2, max: 12 }) })
  .map(({ levels, width }) => {
    let text = `a0: &a0 [${Array(width).fill("lol").join(",")}]\n`;
    for (let i = 1; i < levels; i++)
      text += `a${i}: &a${i} [${Array(width)
        .fill(`*a${i - 1}`)
        .join(",")}]\n`;
    return text;
  });

/** Deep nesting, as JSON flow, YAML block and YAML flow. */
const deep = fc
  .record({
    depth: fc.integer({ min: 10, max: 3_000 }),
    form: fc.constantFrom("json", "yaml-block", "yaml-flow", "json-object"),
  })
  .map(({ depth, form }) => {
    if (form === "json") return `${"[".repeat(depth)}${"]".repeat(depth)}`;
    if (form === "json-object") return `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    if (form === "yaml-flow")
      return `version: 1\nmarketplaces: ${"{a: ".repeat(depth)}1${"}".repeat(depth)}\n`;
    // Block nesting is two spaces a level, so the text grows with the square of the depth.
    const d = Math.min(depth, 400);
    return Array.from({ length: d }, (_, i) => `${"  ".repeat(i)}a:`).join("\n");
  });

/** Text damage of a valid document: truncation, insertion, a flipped character. */
const damagedText = fc
  .record({
    yaml: fc.boolean(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    op: fc.constantFrom("truncate", "insert", "flip"),
    insert: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        "&x ",
        "*x",
        "<<: *x\n",
        "!!js/function ",
        "!!binary ",
        "\t",
        "\0",
        "---\n",
        "? ",
        "%YAML 1.1\n",
      ),
    ),
  })
  .map(({ yaml, at, op, insert }) => {
    const text = yaml ? FIXTURE : JSON.stringify(VALID);
    const i = Math.floor(at * text.length);
    if (op === "truncate") return text.slice(0, i);
    if (op === "insert") return text.slice(0, i) + insert + text.slice(i);
    return text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) || 32) ^ 1) + text.slice(i + 1);
  });

export type MappingInputCase =
  | { readonly as: "text"; readonly text: string }
  | { readonly as: "object"; readonly value: unknown };

const mappingCase: fc.Arbitrary<MappingInputCase> = fc.oneof(
  { weight: 2, arbitrary: json.map((v) => ({ as: "text" as const, text: JSON.stringify(v) })) },
  { weight: 1, arbitrary: json.map((value) => ({ as: "object" as const, value })) },
  {
    weight: 4,
    arbitrary: fc
      .record({
        ms: fc.array(mutation, { minLength: 1, maxLength: 4 }),
        yaml: fc.boolean(),
        object: fc.boolean(),
      })
      .map(({ ms, yaml, object }): MappingInputCase => {
        const value = mutate(VALID, ms);
        if (object) return { as: "object", value };
        return { as: "text", text: yaml ? toYaml(value) : JSON.stringify(value) };
      }),
  },
  { weight: 2, arbitrary: damagedText.map((text) => ({ as: "text" as const, text })) },
  { weight: 1, arbitrary: yamlBomb.map((text) => ({ as: "text" as const, text })) },
  { weight: 1, arbitrary: deep.map((text) => ({ as: "text" as const, text })) },
);

/** True when any object in the value has an own reserved key. */
function hasReservedKey(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.keys(value).some(
    (k) => RESERVED.includes(k) || hasReservedKey((value as Record<string, unknown>)[k], seen),
  );
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(",");

export const mappingTarget: FuzzTarget<MappingInputCase> = {
  name: "mapping",
  share: 0.05,
  arbitrary: mappingCase,
  run: async (c) => {
    // A string given to loadMapping is a path; the fuzzer reads no random paths, so strings go to parseMapping.
    const mapping =
      c.as === "text"
        ? parseMappingText(c.text, "fuzz.yaml")
        : typeof c.value === "string"
          ? parseMapping(c.value)
          : await loadMapping(c.value as never);
    if (Object.getOwnPropertyNames(Object.prototype).sort().join(",") !== PROTOTYPE_KEYS) {
      throw new Error("Object.prototype changed");
    }
    if (c.as === "object" && hasReservedKey(c.value))
      throw new Error("a document with a reserved key was accepted");
    return mapping;
  },
  documented,
};
