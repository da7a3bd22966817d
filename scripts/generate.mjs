#!/usr/bin/env node
// Writes generated/ from the pinned schemas in ../shared/schemas (or --schemas DIR / ML_CONNECTOR_SCHEMAS).
//
//   SP-API Swagger 2.0 --swagger2openapi--> OpenAPI 3 --openapi-typescript--> generated/amazon/<api>.ts
//   rate-limits.json + models               --> generated/amazon/operations.ts (throttler + simulator table)
//   x-amzn-api-sandbox static cases         --> generated/amazon/sandbox.ts
//   D365 CSDL XML --odata-openapi--> OpenAPI 3 --openapi-typescript--> generated/d365/data-entities.ts
//   CSDL entity sets, keys, properties      --> generated/d365/entity-sets.ts
//
// Output is deterministic: same inputs, same bytes. test/generate.test.ts regenerates into a temporary
// folder and fails on any drift from the committed generated/.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const require = createRequire(import.meta.url);
const swagger2openapi = require("swagger2openapi");
const { csdl2openapi } = require("odata-openapi");
const { xml2json } = require("odata-csdl");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function parseArgs(argv) {
  const args = { schemas: process.env.ML_CONNECTOR_SCHEMAS, out: path.join(root, "generated") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--schemas") args.schemas = argv[++i];
    else if (a.startsWith("--schemas=")) args.schemas = a.slice("--schemas=".length);
    else if (a === "--out") args.out = argv[++i];
    else if (a.startsWith("--out=")) args.out = a.slice("--out=".length);
    else if (a === "--help" || a === "-h") {
      console.log(
        "usage: npm run generate -- [--schemas DIR] [--out DIR]\n  DIR defaults: ../shared/schemas, generated/",
      );
      process.exit(0);
    } else {
      console.error(`generate: unknown argument ${a}`);
      process.exit(2);
    }
  }
  args.schemas = path.resolve(args.schemas ?? path.join(root, "..", "shared", "schemas"));
  args.out = path.resolve(args.out);
  return args;
}

/** The SP-API models we generate clients for: flat file name (without .json) = the `api` key. */
export const AMAZON_APIS = [
  "ordersV0",
  "orders_2026-01-01",
  "financesV0",
  "finances_2024-06-19",
  "transfers_2024-06-01",
  "financesInvoices_2026-06-25",
  "reports_2021-06-30",
  "feeds_2021-06-30",
  "listingsItems_2021-08-01",
  "fbaInventory",
  "tokens_2021-03-01",
  "sellers",
  "productTypeDefinitions_2020-09-01",
  "notifications",
  "catalogItems_2022-04-01",
];

// Restricted operations per Amazon's Tokens API guide (research/amazon.md §8). The models carry no
// machine-readable marker, so the list is kept here, next to the table it feeds.
//   "always":       every call needs an RDT (the path's data is PII).
//   "dataElements": an RDT is needed only when PII data elements are requested.
//   "reportType":   getReportDocument, only for restricted report types.
const RESTRICTED = {
  "ordersV0.getOrderAddress": { kind: "always", dataElements: ["shippingAddress"] },
  "ordersV0.getOrderBuyerInfo": { kind: "always", dataElements: ["buyerInfo"] },
  "ordersV0.getOrderItemsBuyerInfo": { kind: "always", dataElements: ["buyerInfo"] },
  "ordersV0.getOrderRegulatedInfo": { kind: "always", dataElements: [] },
  "ordersV0.getOrders": { kind: "dataElements", dataElements: ["buyerInfo", "shippingAddress"] },
  "ordersV0.getOrder": { kind: "dataElements", dataElements: ["buyerInfo", "shippingAddress"] },
  "ordersV0.getOrderItems": { kind: "dataElements", dataElements: ["buyerInfo"] },
  "reports_2021-06-30.getReportDocument": { kind: "reportType", dataElements: [] },
};

// Parameters the connector's contract makes required although the model leaves them optional.
// DESIGN: "Every SP-API call that takes a marketplace id gets one." The model lets searchOrders omit
// marketplaceIds; the types should not (docs/decisions/0002-generated-overlays.md).
const REQUIRED_OVERLAY = {
  "orders_2026-01-01.searchOrders": ["marketplaceIds"],
};

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

const sha256 = (buf) => createHash("sha256").update(buf).digest("hex");

function banner(sources) {
  const lines = [
    "// ---------------------------------------------------------------------------------------",
    "// GENERATED FILE: DO NOT EDIT. Written by `npm run generate` (scripts/generate.mjs) from:",
    ...sources.map((s) => `//   ${s.name} (sha256 ${s.hash.slice(0, 16)})`),
    "// Change the generator or the pinned inputs, never this file.",
    "// ---------------------------------------------------------------------------------------",
  ];
  return `${lines.join("\n")}\n/* eslint-disable */\n// biome-ignore-all lint: generated\n\n`;
}

/** Stable JSON: object keys in insertion order from the source, two-space indent. */
const json = (v) => JSON.stringify(v, null, 2);

async function toTypeScript(openapi) {
  const ast = await openapiTS(openapi, { alphabetize: false, silent: true });
  return astToString(ast);
}

async function generateAmazon(schemasDir, outDir) {
  const amazonDir = path.join(schemasDir, "amazon");
  const rateLimitsRaw = readFileSync(path.join(amazonDir, "rate-limits.json"));
  const rateLimits = JSON.parse(rateLimitsRaw.toString("utf8"));
  const rateIndex = new Map(rateLimits.map((r) => [`${r.api}.${r.operationId}`, r]));
  const rlSource = { name: "amazon/rate-limits.json", hash: sha256(rateLimitsRaw) };

  mkdirSync(path.join(outDir, "amazon"), { recursive: true });
  const operations = [];
  const sandboxCases = [];
  const sources = [];

  for (const api of AMAZON_APIS) {
    const raw = readFileSync(path.join(amazonDir, `${api}.json`));
    const source = { name: `amazon/${api}.json`, hash: sha256(raw) };
    sources.push(source);
    const swagger = JSON.parse(raw.toString("utf8"));
    applyRequiredOverlay(api, swagger);

    // Operation table and sandbox cases come from the Swagger 2.0 source, where parameter
    // locations (`in: body` included) are still explicit.
    for (const [p, item] of Object.entries(swagger.paths ?? {})) {
      const pathParams = item.parameters ?? [];
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!op) continue;
        const key = `${api}.${op.operationId}`;
        const rl = rateIndex.get(key);
        if (!rl) throw new Error(`generate: ${key} is missing from rate-limits.json`);
        const restricted = RESTRICTED[key];
        const params = [...pathParams, ...(op.parameters ?? [])].map((prm) =>
          prm.$ref ? resolveSwaggerRef(swagger, prm.$ref) : prm,
        );
        operations.push({
          api,
          operationId: op.operationId,
          method: method.toUpperCase(),
          path: p,
          rate: rl.rate,
          burst: rl.burst,
          restricted: restricted ? restricted.kind : false,
          dataElements: restricted ? restricted.dataElements : [],
          deprecated: op.deprecated === true,
          sandboxOnly: op["x-amzn-api-sandbox-only"] === true,
          requiredQuery: params.filter((x) => x.in === "query" && x.required).map((x) => x.name),
        });
        for (const [status, response] of Object.entries(op.responses ?? {})) {
          const cases = response?.["x-amzn-api-sandbox"]?.static ?? [];
          cases.forEach((c, index) => {
            sandboxCases.push({
              api,
              operationId: op.operationId,
              method: method.toUpperCase(),
              path: p,
              status: Number(status),
              index,
              request: splitParameters(params, c.request?.parameters ?? {}, key),
              response: c.response ?? null,
            });
          });
        }
      }
    }

    const { openapi } = await swagger2openapi.convertObj(swagger, {
      patch: true,
      warnOnly: true,
      resolve: false,
    });
    const ts = await toTypeScript(openapi);
    writeFileSync(path.join(outDir, "amazon", `${api}.ts`), banner([source]) + ts);
  }

  const opsTs = `${banner([rlSource, ...sources])}/** How an operation is restricted: an RDT replaces the access token when it applies. */
export type RestrictedKind = false | "always" | "dataElements" | "reportType";

/** One SP-API operation with Amazon's default usage plan (the live limit may differ: x-amzn-RateLimit-Limit). */
export interface OperationInfo {
  readonly api: AmazonApi;
  readonly operationId: string;
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
  /** Path template as in the model, e.g. \`/orders/v0/orders/{orderId}\`. */
  readonly path: string;
  /** Requests per second; null where the model states no usage plan. */
  readonly rate: number | null;
  /** Bucket size; null where the model states no usage plan. */
  readonly burst: number | null;
  readonly restricted: RestrictedKind;
  /** Restricted data elements (RDT \`dataElements\`) the operation can return. */
  readonly dataElements: readonly string[];
  readonly deprecated: boolean;
  readonly sandboxOnly: boolean;
  readonly requiredQuery: readonly string[];
}

export const amazonApis = ${json(AMAZON_APIS)} as const;

export type AmazonApi = (typeof amazonApis)[number];

export const operations: readonly OperationInfo[] = ${json(operations)};
`;
  writeFileSync(path.join(outDir, "amazon", "operations.ts"), opsTs);

  const sandboxTs = `${banner(sources)}import type { AmazonApi } from "./operations.js";

/** One static request/response case from a model's \`x-amzn-api-sandbox\`, parameters split by location. */
export interface SandboxCase {
  readonly api: AmazonApi;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Position among the cases of the same operation and status. */
  readonly index: number;
  readonly request: {
    readonly path: Readonly<Record<string, unknown>>;
    readonly query: Readonly<Record<string, unknown>>;
    readonly header: Readonly<Record<string, unknown>>;
    readonly body?: unknown;
    /** Parameters a case names that the operation does not declare; not sent. */
    readonly ignored?: Readonly<Record<string, unknown>>;
  };
  readonly response: unknown;
}

export const sandboxCases: readonly SandboxCase[] = ${json(sandboxCases)};
`;
  writeFileSync(path.join(outDir, "amazon", "sandbox.ts"), sandboxTs);

  // The JSON_LISTINGS_FEED document and its processing report are JSON Schema (draft-07), not
  // Swagger: shipped as data, so the connector checks what it sends and what Amazon answers.
  const feedSchemas = [
    ["listingsFeedSchema", "listings-feed-schema-v2.json"],
    ["listingsFeedProcessingReportSchema", "listings-feed-processing-report-schema-v2.json"],
  ].map(([name, file]) => {
    const raw = readFileSync(path.join(amazonDir, file));
    return { name, file, raw, source: { name: `amazon/${file}`, hash: sha256(raw) } };
  });
  const feedTs = `${banner(feedSchemas.map((f) => f.source))}${feedSchemas
    .map(
      (f) =>
        `/** Amazon's ${f.file} (JSON Schema draft-07). */\nexport const ${f.name}: Readonly<Record<string, unknown>> = ${json(JSON.parse(f.raw.toString("utf8")))};\n`,
    )
    .join("\n")}`;
  writeFileSync(path.join(outDir, "amazon", "listings-feed.ts"), feedTs);

  const indexTs = `${banner([])}${AMAZON_APIS.map(
    (api) => `export type * as ${camel(api)} from "./${api}.js";`,
  ).join("\n")}
export * from "./listings-feed.js";
export * from "./operations.js";
export * from "./sandbox.js";
`;
  writeFileSync(path.join(outDir, "amazon", "index.ts"), indexTs);
  return { operations: operations.length, sandboxCases: sandboxCases.length };
}

function applyRequiredOverlay(api, swagger) {
  for (const item of Object.values(swagger.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      const names = op && REQUIRED_OVERLAY[`${api}.${op.operationId}`];
      if (!names) continue;
      for (const name of names) {
        const param = (op.parameters ?? []).find((p) => p.name === name);
        if (!param)
          throw new Error(`generate: overlay names ${api}.${op.operationId}.${name}, which the model lacks`);
        param.required = true;
      }
    }
  }
}

function resolveSwaggerRef(doc, ref) {
  const parts = ref.replace(/^#\//, "").split("/");
  let node = doc;
  for (const part of parts) node = node?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  if (!node) throw new Error(`generate: unresolved $ref ${ref}`);
  return node;
}

function splitParameters(params, given, where) {
  const out = { path: {}, query: {}, header: {} };
  for (const [name, spec] of Object.entries(given)) {
    // Amazon's cases call the body parameter "body" whatever the model names it.
    const def =
      params.find((p) => p.name === name) ??
      (name === "body" ? params.find((p) => p.in === "body") : undefined);
    const value = spec?.value;
    if (!def) {
      // e.g. getListingsItem's case lists an empty "body" on a GET: kept, but never sent.
      out.ignored = { ...out.ignored, [name]: value ?? null };
      continue;
    }
    if (def.in === "body") out.body = value;
    else if (def.in === "path") out.path[name] = value;
    else if (def.in === "query") out.query[name] = value;
    else if (def.in === "header") out.header[name] = value;
    else throw new Error(`generate: sandbox parameter ${name} of ${where} is in ${def.in}`);
  }
  return out;
}

function camel(api) {
  // "orders_2026-01-01" -> "orders_2026_01_01"; identifiers only.
  return api.replace(/[^A-Za-z0-9_]/g, "_");
}

async function generateD365(schemasDir, outDir) {
  const raw = readFileSync(path.join(schemasDir, "d365", "metadata.xml"));
  const source = { name: "d365/metadata.xml", hash: sha256(raw) };
  // odata-openapi tells XML from JSON by a leading "<": a UTF-8 BOM defeats it.
  const text = raw.toString("utf8").replace(/^\uFEFF/, "");
  const csdl = xml2json(text);
  const messages = [];
  const openapi = csdl2openapi(csdl, {
    scheme: "https",
    host: "environment.operations.dynamics.com",
    basePath: "/data",
    openapiVersion: "3.0.2",
    messages,
    skipBatchPath: true,
    defaultTitle: "Dynamics 365 Finance & Operations data entities",
  });
  // D365 states no Precision/Scale on Edm.Decimal, so CSDL's default scale 0 becomes multipleOf: 1.
  stripDecimalMultipleOf(openapi);
  const ts = await toTypeScript(openapi);
  mkdirSync(path.join(outDir, "d365"), { recursive: true });
  writeFileSync(path.join(outDir, "d365", "data-entities.ts"), banner([source]) + ts);

  const { entitySets, enumTypes } = entityTable(csdl);
  const tableTs = `${banner([source])}/** A property of a D365 data entity as the metadata declares it. */
export interface EntityProperty {
  /** Edm type, or the enum type's name for enum properties (see \`enumTypes\`). */
  readonly type: string;
  readonly nullable: boolean;
  readonly maxLength?: number;
  /** True when \`type\` names an enum in \`enumTypes\`. */
  readonly isEnum?: boolean;
}

/** An entity set: its entity type, key properties (in key order) and properties. */
export interface EntitySetInfo {
  readonly entityType: string;
  readonly keys: readonly string[];
  readonly properties: Readonly<Record<string, EntityProperty>>;
}

export const entityNamespace = ${json(csdl.$EntityContainer?.split(".").slice(0, -1).join(".") ?? "Microsoft.Dynamics.DataEntities")};

export const enumTypes: Readonly<Record<string, Readonly<Record<string, number>>>> = ${json(enumTypes)};

export const entitySets = ${json(entitySets)} as const satisfies Readonly<Record<string, EntitySetInfo>>;

export type EntitySetName = keyof typeof entitySets;
`;
  writeFileSync(path.join(outDir, "d365", "entity-sets.ts"), tableTs);
  writeFileSync(
    path.join(outDir, "d365", "index.ts"),
    `${banner([])}export type { components, operations, paths } from "./data-entities.js";\nexport * from "./entity-sets.js";\n`,
  );
  return { entitySets: Object.keys(entitySets).length, messages: messages.length };
}

function stripDecimalMultipleOf(node) {
  if (Array.isArray(node)) {
    for (const n of node) stripDecimalMultipleOf(n);
  } else if (node && typeof node === "object") {
    if (node.format === "decimal" && node.multipleOf !== undefined) delete node.multipleOf;
    for (const v of Object.values(node)) stripDecimalMultipleOf(v);
  }
}

function entityTable(csdl) {
  const [containerNs, containerName] = splitQualified(csdl.$EntityContainer);
  const schema = csdl[containerNs];
  const container = schema[containerName];
  const enumTypes = {};
  for (const [name, def] of Object.entries(schema)) {
    if (def?.$Kind !== "EnumType") continue;
    const members = {};
    for (const [m, v] of Object.entries(def)) if (!m.startsWith("$") && !m.includes("@")) members[m] = v;
    enumTypes[name] = members;
  }
  const entitySets = {};
  for (const [setName, set] of Object.entries(container)) {
    if (setName.startsWith("$") || setName.startsWith("@") || !set?.$Type || set.$Collection !== true)
      continue;
    const [, typeName] = splitQualified(set.$Type);
    const type = schema[typeName];
    if (!type) throw new Error(`generate: entity set ${setName} names unknown type ${set.$Type}`);
    const properties = {};
    for (const [prop, def] of Object.entries(type)) {
      if (prop.startsWith("$") || prop.startsWith("@") || def?.$Kind === "NavigationProperty") continue;
      const t = def.$Type ?? "Edm.String";
      const [, local] = splitQualified(t);
      const isEnum = !t.startsWith("Edm.") && schema[local]?.$Kind === "EnumType";
      const entry = { type: isEnum ? local : t, nullable: def.$Nullable === true };
      if (typeof def.$MaxLength === "number") entry.maxLength = def.$MaxLength;
      if (isEnum) entry.isEnum = true;
      properties[prop] = entry;
    }
    entitySets[setName] = { entityType: typeName, keys: type.$Key ?? [], properties };
  }
  return { entitySets, enumTypes };
}

function splitQualified(name) {
  const i = name.lastIndexOf(".");
  return [name.slice(0, i), name.slice(i + 1)];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  try {
    readdirSync(args.schemas);
  } catch {
    console.error(
      `generate: schemas folder not found: ${args.schemas}\n  Pass --schemas DIR or set ML_CONNECTOR_SCHEMAS to the folder holding amazon/ and d365/.`,
    );
    process.exit(2);
  }
  rmSync(args.out, { recursive: true, force: true });
  const amazon = await generateAmazon(args.schemas, args.out);
  const d365 = await generateD365(args.schemas, args.out);
  console.log(
    `generated ${AMAZON_APIS.length} SP-API models, ${amazon.operations} operations, ${amazon.sandboxCases} sandbox cases, ${d365.entitySets} D365 entity sets -> ${path.relative(process.cwd(), args.out) || "."}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
