/**
 * Local validation of listings against Amazon's product type JSON schemas (JSON Schema 2019-09 with
 * Amazon's meta-schema keywords), so a listing that would be refused is caught, with the attribute
 * path of every issue, before any call.
 */
import { Ajv2019, type AnySchemaObject, type ErrorObject, type ValidateFunction } from "ajv/dist/2019.js";
import { ValidationError } from "../../core/errors.js";

/** One problem of a listing: Amazon's attribute name and the path inside the attributes. */
export interface ListingIssue {
  /** The JSON Schema keyword that failed (`required`, `maxUtf8ByteLength`, `enum`…), or Amazon's code. */
  readonly code: string;
  readonly severity: "ERROR" | "WARNING" | "INFO";
  /** Top-level attribute, e.g. `item_name`; undefined for an issue of the listing as a whole. */
  readonly attribute: string | undefined;
  /** Path from the attributes object, e.g. `["purchasable_offer", 0, "our_price", 0, "schedule", 0, "value_with_tax"]`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Validates a listing's attributes; returns every issue (empty when valid). */
export type ListingValidator = (attributes: Readonly<Record<string, unknown>>) => ListingIssue[];

const utf8 = new TextEncoder();

function selectorKey(item: unknown, selectors: readonly string[] | undefined): string {
  if (!selectors || item === null || typeof item !== "object") return JSON.stringify(item);
  const o = item as Record<string, unknown>;
  return JSON.stringify(selectors.map((s) => o[s] ?? null));
}

function uniqueCount(data: unknown[], parent: AnySchemaObject | undefined): number {
  const selectors = Array.isArray(parent?.selectors) ? (parent.selectors as string[]) : undefined;
  return new Set(data.map((d) => selectorKey(d, selectors))).size;
}

/** A fresh Ajv (2019-09) that knows Amazon's meta-schema keywords. */
function amazonAjv(): Ajv2019 {
  const ajv = new Ajv2019({
    allErrors: true,
    // Amazon's meta-schema URI is not fetchable offline; the schema is Amazon's own, so it is
    // compiled without being checked against it (its keywords are declared below instead).
    validateSchema: false,
    strictTypes: false,
    strictTuples: false,
    allowUnionTypes: true,
  });
  // Annotations for forms: no effect on validity.
  ajv.addKeyword({ keyword: "editable", schemaType: "boolean" });
  ajv.addKeyword({ keyword: "hidden", schemaType: "boolean" });
  ajv.addKeyword({ keyword: "enumNames", schemaType: "array" });
  // Entries of an attribute must differ in their selector values (one title per marketplace and language).
  ajv.addKeyword({
    keyword: "selectors",
    type: "array",
    schemaType: "array",
    validate: (selectors: string[], data: unknown[]) =>
      new Set(data.map((d) => selectorKey(d, selectors))).size === data.length,
    error: { message: (cxt) => `must not repeat an entry for the same ${JSON.stringify(cxt.schemaValue)}` },
  });
  // Entries are unique by their selector values (marketplace, language…), not as whole objects.
  ajv.addKeyword({
    keyword: "maxUniqueItems",
    type: "array",
    schemaType: "number",
    validate: (max: number, data: unknown[], parent?: AnySchemaObject) => uniqueCount(data, parent) <= max,
    error: { message: (cxt) => `must have at most ${String(cxt.schemaValue)} distinct entries` },
  });
  ajv.addKeyword({
    keyword: "minUniqueItems",
    type: "array",
    schemaType: "number",
    validate: (min: number, data: unknown[], parent?: AnySchemaObject) => uniqueCount(data, parent) >= min,
    error: { message: (cxt) => `must have at least ${String(cxt.schemaValue)} distinct entries` },
  });
  ajv.addKeyword({
    keyword: "maxUtf8ByteLength",
    type: "string",
    schemaType: "number",
    validate: (max: number, data: string) => utf8.encode(data).byteLength <= max,
    error: { message: (cxt) => `must be at most ${String(cxt.schemaValue)} bytes in UTF-8` },
  });
  ajv.addKeyword({
    keyword: "minUtf8ByteLength",
    type: "string",
    schemaType: "number",
    validate: (min: number, data: string) => utf8.encode(data).byteLength >= min,
    error: { message: (cxt) => `must be at least ${String(cxt.schemaValue)} bytes in UTF-8` },
  });
  return ajv;
}

function toPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function toIssue(e: ErrorObject): ListingIssue {
  const path = toPath(e.instancePath);
  if (e.keyword === "required") {
    const missing = String((e.params as { missingProperty?: string }).missingProperty);
    path.push(missing);
    return {
      code: "required",
      severity: "ERROR",
      attribute: typeof path[0] === "string" ? path[0] : undefined,
      path,
      message: `'${path.join(".")}' is required but not supplied`,
    };
  }
  const where = path.length > 0 ? path.join(".") : "the listing";
  return {
    code: e.keyword,
    severity: "ERROR",
    attribute: typeof path[0] === "string" ? path[0] : undefined,
    path,
    message: `${where} ${e.message ?? "is not valid"}${e.keyword === "enum" ? `: ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}` : ""}`,
  };
}

// `if`/`anyOf` failures only repeat what their branches already say (the missing attribute, the value).
const REDUNDANT = new Set(["if", "anyOf"]);

/**
 * Compiles a product type definition's JSON schema into a validator.
 * @throws ValidationError (code `PRODUCT_TYPE_SCHEMA_INVALID`) when the schema does not compile, e.g.
 * a keyword Amazon added that this version does not know.
 * @example
 * const validate = createListingValidator(schema);
 * const issues = validate(draft.attributes); // [{ attribute: "brand", path: ["brand"], … }]
 */
export function createListingValidator(schema: object, productType = "product type"): ListingValidator {
  let fn: ValidateFunction;
  try {
    fn = amazonAjv().compile(schema);
  } catch (cause) {
    throw new ValidationError(`The ${productType} schema from Amazon does not compile`, {
      code: "PRODUCT_TYPE_SCHEMA_INVALID",
      cause,
      issues: [
        { code: "schema_compile", path: [], message: cause instanceof Error ? cause.message : String(cause) },
      ],
      where: { system: "local", operation: "createListingValidator", record: productType },
      hint: "update ml-connector; if the problem stays, report the product type and marketplace",
    });
  }
  return (attributes) => {
    if (fn(attributes)) return [];
    const issues = (fn.errors ?? []).filter((e) => !REDUNDANT.has(e.keyword)).map(toIssue);
    // anyOf branches (marketplace_id, language_tag) can fail the same way twice: one issue each.
    const seen = new Set<string>();
    return issues.filter((i) => {
      const key = `${i.code}|${i.path.join("/")}|${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
}
