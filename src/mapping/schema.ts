/**
 * The mapping document: how Amazon marketplaces, SKUs and settlement / Finances amount types land
 * in D365 (legal entity, customer, currency, main accounts, financial dimensions, journal name,
 * bank and clearing accounts). Validated with zod; given as an object, JSON or YAML.
 */
import { readFile, stat } from "node:fs/promises";
import { parseDocument, parse as parseYaml } from "yaml";
import { z } from "zod";
import { ConfigError, type Issue, ValidationError } from "../core/errors.js";

const code = z.string().trim().min(1);
const dimensions = z.record(z.string().min(1), z.string());

/** How the ledger and default dimension display values are written (D365's integration format). */
export const segmentFormatSchema = z.strictObject({
  /** @default "-" */
  delimiter: z.string().min(1).default("-"),
  /** Dimension names in segment order, as on *Financial dimension configuration for integrating applications*. */
  dimensions: z.array(z.string().min(1)).default([]),
});

/** Where a settlement's net lands: a bank account, or a ledger account. */
export const bankSchema = z.union([
  z.strictObject({ type: z.literal("Bank"), account: code }),
  z.strictObject({ type: z.literal("Ledger"), mainAccount: code, dimensions: dimensions.optional() }),
]);

/** D365 `SalesTaxGroup` / `ItemSalesTaxGroup` of a journal line; either may be left out. */
export const taxGroupsSchema = z.strictObject({
  salesTaxGroup: z.string().min(1).optional(),
  itemSalesTaxGroup: z.string().min(1).optional(),
});

/** One marketplace (by Amazon marketplace id). */
export const marketplaceSchema = z.strictObject({
  /** Display name, also matched against a settlement row's `marketplace-name` (e.g. `Amazon.com`). */
  name: z.string().min(1),
  /** Other `marketplace-name` spellings that mean this marketplace. */
  aliases: z.array(z.string().min(1)).default([]),
  /** D365 legal entity (`dataAreaId`), e.g. `USMF`. */
  legalEntity: code,
  /** ISO 4217 currency of the marketplace, e.g. `USD`. */
  currency: z.string().regex(/^[A-Za-z]{3}$/, "must be an ISO 4217 code"),
  /** The D365 customer that Amazon orders of this marketplace are invoiced to. */
  customerAccount: code,
  /** What a new customer gets, when the SDK creates it. */
  customer: z.strictObject({ organizationName: z.string().min(1), customerGroupId: code }).optional(),
  /** Default financial dimensions of every line of this marketplace. */
  dimensions: dimensions.default({}),
  /** General journal name for settlements, e.g. `AmzStl`. */
  journalName: code,
  /** Main account of the Amazon clearing (receivable) account every settlement line is offset against. */
  clearingAccount: code,
  /** Where the deposit lands. */
  bank: bankSchema,
  /** Sales tax group of invoice lines. */
  salesTaxGroup: z.string().optional(),
  /** Item sales tax group of invoice lines. */
  itemSalesTaxGroup: z.string().min(1).optional(),
  /**
   * D365 tax groups of this marketplace's settlement journal lines, by account role
   * (`{ sales: { salesTaxGroup: "UK-VAT", itemSalesTaxGroup: "STD" } }`): where the seller owes the
   * tax (UK VAT not withheld) and D365's tax reporting must see the line. A rule's own groups win.
   */
  journalTaxGroups: z.record(z.string().min(1), taxGroupsSchema).optional(),
});

/** Item resolution: SKU first, then ASIN, then the miss policy. */
export const itemsSchema = z.strictObject({
  bySku: z.record(z.string().min(1), code).default({}),
  byAsin: z.record(z.string().min(1), code).default({}),
  /** When true, a SKU with no entry is taken as the item number itself (checked against D365 by validation). */
  skuIsItemNumber: z.boolean().default(false),
  /**
   * What a miss does: `error` parks the record with a MappingError; `fallback` uses
   * `fallbackItemNumber`; `skip` leaves the line without an item (free text invoices need none).
   * @default "error"
   */
  onMissing: z.enum(["error", "fallback", "skip"]).default("error"),
  fallbackItemNumber: z.string().optional(),
  /** Legal entities the item numbers must be released to; default: those of all marketplaces. */
  legalEntities: z.array(code).optional(),
});

/** A match pattern: exact text (case-insensitive), `*` for anything, or a glob like `MarketplaceFacilitator*`. */
const pattern = z.string().min(1);

/** One rule: an amount-type combination → account, dimensions and line text. */
export const ruleSchema = z
  .strictObject({
    /** Settlement report rows, or Finances API events. @default "settlement" */
    source: z.enum(["settlement", "finances", "any"]).default("settlement"),
    match: z.strictObject({
      transactionType: pattern.default("*"),
      amountType: pattern.default("*"),
      amountDescription: pattern.default("*"),
    }),
    /** An account role of `accounts` (e.g. `referralFees`), or… */
    account: z.string().min(1).optional(),
    /** …a main account id. */
    mainAccount: z.string().min(1).optional(),
    /** Dimension values on top of the marketplace's. */
    dimensions: dimensions.default({}),
    /**
     * Line text; placeholders `{transactionType}`, `{amountType}`, `{amountDescription}`,
     * `{settlementId}`, `{marketplace}`, `{orderId}`, `{sku}`, `{postedDate}`. Lines with equal
     * account, dimensions, text and date are added up, so per-order placeholders mean per-order lines.
     */
    text: z.string().optional(),
    /** D365 `SalesTaxGroup` of the lines of this rule (journal lines; overrides the marketplace's `journalTaxGroups`). */
    salesTaxGroup: z.string().min(1).optional(),
    /** D365 `ItemSalesTaxGroup` of the lines of this rule. */
    itemSalesTaxGroup: z.string().min(1).optional(),
  })
  .refine((r) => (r.account === undefined) !== (r.mainAccount === undefined), {
    message: "a rule needs exactly one of account (a role) or mainAccount",
  });

/** A text template over a released product's fields: `{SearchName}`, `Contoso {ProductGroupId}`. */
const template = z.string().min(1);

/** Templates of the Amazon listing attributes built from a released product. */
export const listingAttributesSchema = z.strictObject({
  /** `item_name`. @default "{SearchName}" */
  title: template.default("{SearchName}"),
  /** `brand`. */
  brand: template.optional(),
  /** `product_description`. */
  description: template.optional(),
  /** `bullet_point`, in order (Amazon shows up to five). */
  bulletPoints: z.array(template).max(10).default([]),
  /** `externally_assigned_product_identifier` (EAN, UPC, GTIN, ISBN). */
  identifier: z.strictObject({ type: z.enum(["ean", "upc", "gtin", "isbn"]), value: template }).optional(),
  /** `purchasable_offer` price, in the marketplace's currency (exact decimal text). @default "{SalesPrice}" */
  price: template.default("{SalesPrice}"),
  /**
   * `fulfillment_availability` quantity of merchant-fulfilled items: a number, or a template over a
   * field. Left out for Amazon-fulfilled items, whose quantity Amazon counts.
   */
  quantity: z.union([z.number().int().nonnegative(), template]).optional(),
  /** Further attributes sent as given (Amazon's JSON shape), e.g. `{ color: [{ value: "Black" }] }`. */
  extra: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.array(z.unknown())).default({}),
});

/** How released products become Amazon listings. */
export const listingsSchema = z.strictObject({
  /** Product type of an item no rule below names, e.g. `PRODUCT`. */
  productType: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, "must be an Amazon product type such as HOME_THEATER_SPEAKER"),
  /** Product type by the value of a product field, e.g. `{ field: "ProductGroupId", values: { Speakers: "SPEAKERS" } }`. */
  productTypeBy: z
    .strictObject({
      field: z.string().min(1),
      values: z.record(z.string(), z.string().regex(/^[A-Z][A-Z0-9_]*$/)),
    })
    .optional(),
  /** Product type per item number; wins over `productTypeBy`. */
  productTypeByItem: z.record(z.string().min(1), z.string().regex(/^[A-Z][A-Z0-9_]*$/)).default({}),
  /** SKU template. @default "{ItemNumber}" */
  sku: template.default("{ItemNumber}"),
  /** Marketplace ids to list on; default: every marketplace of the mapping in the product's legal entity. */
  marketplaces: z.array(z.string().min(1)).optional(),
  /** Language tag of text attributes per marketplace id; `en_US` when not given. */
  languageTags: z.record(z.string().min(1), z.string().regex(/^[a-z]{2}_[A-Z]{2}$/)).default({}),
  /** Merchant (`MFN`) or Amazon (`AFN`) fulfilled. @default "MFN" */
  fulfillment: z.enum(["MFN", "AFN"]).default("MFN"),
  /** `condition_type`. @default "new_new" */
  condition: z.string().min(1).default("new_new"),
  attributes: listingAttributesSchema.default({
    title: "{SearchName}",
    bulletPoints: [],
    price: "{SalesPrice}",
    extra: {},
  }),
});

/** The whole mapping document. */
export const mappingSchema = z.strictObject({
  version: z.literal(1),
  segmentFormat: segmentFormatSchema,
  /** Chart of accounts the main accounts belong to; when left out, any chart holding the id will do. */
  chartOfAccounts: z.string().optional(),
  /** Account roles → main account ids (`sales: "401100"`); see `defaultAccountRoles` for the roles and their fallbacks. */
  accounts: z.record(z.string().min(1), code).default({}),
  marketplaces: z.record(z.string().min(1), marketplaceSchema),
  items: itemsSchema.default({
    bySku: {},
    byAsin: {},
    skuIsItemNumber: false,
    onMissing: "error",
  }),
  settlement: z
    .strictObject({
      rules: z.array(ruleSchema).default([]),
      /** Add the shipped default template after the document's own rules. @default true */
      useDefaultTemplate: z.boolean().default(true),
      /**
       * Default line text. D365 keeps 60 characters of it, so the settlement id comes first.
       * @default "AMZ {settlementId} {transactionType} {amountDescription}"
       */
      text: z.string().default("AMZ {settlementId} {transactionType} {amountDescription}"),
    })
    .default({
      rules: [],
      useDefaultTemplate: true,
      text: "AMZ {settlementId} {transactionType} {amountDescription}",
    }),
  /** Publishing released products to Amazon; leave out when the connector does not list products. */
  listings: listingsSchema.optional(),
});

/** A validated mapping document. */
export type Mapping = z.output<typeof mappingSchema>;
/** A mapping document as written (defaults not yet applied). */
export type MappingInput = z.input<typeof mappingSchema>;
/** One marketplace of a mapping. */
export type MarketplaceMapping = z.output<typeof marketplaceSchema>;
/** One rule of a mapping. */
export type MappingRule = z.output<typeof ruleSchema>;
/** Tax groups of a journal line. */
export type TaxGroups = z.output<typeof taxGroupsSchema>;
/** The listings section of a mapping. */
export type ListingsMapping = z.output<typeof listingsSchema>;
/** A segment format. */
export type SegmentFormat = z.output<typeof segmentFormatSchema>;

/**
 * Validates a mapping document given as an object.
 * @throws ConfigError (a ValidationError, code `CONFIG_INVALID`) listing every problem, with paths.
 * Keys named `__proto__`, `constructor` or `prototype` anywhere in the document are refused
 * (issue code `reserved_key`), never dropped silently.
 * @example const mapping = parseMapping({ version: 1, segmentFormat: { dimensions: ["BusinessUnit"] }, marketplaces: {…} });
 */
export function parseMapping(input: unknown, source?: string): Mapping {
  const reserved = reservedKeyIssues(input);
  if (reserved.length > 0) {
    throw new ValidationError(`The mapping document${source ? ` ${source}` : ""} is not valid`, {
      issues: reserved,
      where: { system: "local", operation: "parseMapping", ...(source ? { file: source } : {}) },
      hint: "rename the listed keys: a SKU, marketplace, account role or dimension cannot be called __proto__, constructor or prototype",
    });
  }
  const result = mappingSchema.safeParse(input);
  if (result.success) return result.data;
  throw new ConfigError(`The mapping document${source ? ` ${source}` : ""} is not valid`, {
    issues: result.error.issues.map((i) => ({
      code: i.code,
      path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      message: i.message,
    })),
    where: { system: "local", operation: "parseMapping", ...(source ? { file: source } : {}) },
    hint: "fix the listed entries of the mapping document",
  });
}

// Keys that JavaScript objects treat specially: a record keyed by one of them loses the entry
// silently (zod, like any plain-object copy, drops an own `__proto__` key) or shadows a built-in.
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Issues for every reserved key in the document, found without recursion (documents may nest deep or share nodes). */
function reservedKeyIssues(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0 && issues.length < 100) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push({ value: item, path: [...path, i] });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) {
        issues.push({ code: "reserved_key", path: [...path, key], message: `the key ${key} is not allowed` });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}

/**
 * Reads a mapping document from JSON or YAML text (YAML is a superset of JSON).
 * @throws ValidationError for unreadable text (syntax errors, YAML warnings such as unknown tags,
 * alias bombs, nesting too deep) or an invalid document. Never prints to the console.
 */
export function parseMappingText(text: string, source?: string): Mapping {
  let data: unknown;
  let issues: Issue[];
  try {
    // parseDocument collects warnings instead of printing them: a library must not write to the
    // host's stderr, and a warning (an unknown tag such as !!js/function, an unknown directive)
    // means the document does not say what its author thinks, so it is refused like an error.
    const doc = parseDocument(text, { logLevel: "silent" });
    issues = [
      ...doc.errors.map((e) => ({ code: "invalid_syntax", path: [], message: e.message })),
      ...doc.warnings.map((w) => ({ code: "yaml_warning", path: [], message: w.message })),
    ];
    // maxAliasCount bounds alias expansion: a YAML bomb is refused, not expanded.
    if (issues.length === 0) data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    issues = [{ code: "invalid_syntax", path: [], message: e instanceof Error ? e.message : String(e) }];
  }
  if (issues.length > 0) {
    throw new ValidationError(`The mapping document${source ? ` ${source}` : ""} is not JSON or YAML`, {
      issues,
      where: { system: "local", operation: "parseMapping", ...(source ? { file: source } : {}) },
      hint: "fix the syntax at the line and column named; YAML tags and directives are not supported",
    });
  }
  return parseMapping(data, source);
}

/**
 * Loads a mapping document: a path to a `.json`/`.yaml`/`.yml` file, or an object.
 * @throws ConfigError when the path does not name a readable file, or the document is invalid.
 * @example const mapping = await loadMapping("./mapping.yaml");
 */
export async function loadMapping(source: string | MappingInput | Mapping): Promise<Mapping> {
  if (typeof source !== "string") return parseMapping(source);
  let text: string;
  try {
    if ((await stat(source)).isDirectory())
      throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    text = await readFile(source, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === "ENOENT"
        ? "no file at this path: give the path of the mapping document (.yaml, .yml or .json)"
        : code === "EISDIR"
          ? "is a directory: give the path of the mapping document file inside it"
          : code === "EACCES" || code === "EPERM"
            ? "cannot be read (permission denied): let this process read it"
            : `cannot be read (${code ?? "unknown error"})`;
    throw new ConfigError(`Cannot read the mapping document ${source}`, {
      issues: [{ code: code === "ENOENT" ? "not_found" : "unreadable", path: ["mapping"], message }],
      where: { system: "local", operation: "loadMapping", file: source },
      hint: "pass the path of an existing mapping file, or the mapping as an object",
      cause: e,
    });
  }
  return parseMappingText(text, source);
}
