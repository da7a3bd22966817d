/**
 * `checkConnection`: the "see if we fit" check before a first run. It takes the options of
 * `createConnector`, makes the few read-only calls that prove every credential, marketplace,
 * D365 entity and mapped master-data record is where the connector expects it, and answers a
 * checklist whose failed items each carry the fix. Nothing is written to Amazon or D365.
 */
import { XMLParser } from "fast-xml-parser";
import type { components as Sellers } from "../../generated/amazon/sellers.js";
import { createSpApiClient, type SpApiClient } from "../amazon/client.js";
import { findMarketplace } from "../amazon/regions.js";
import { expectData } from "../amazon/reports/call-result.js";
import { type Clock, systemClock } from "../core/clock.js";
import { isConnectorError } from "../core/errors.js";
import { type Logger, silentLogger } from "../core/logger.js";
import type { CallContext, RemoteSystem } from "../core/pipeline.js";
import type { TokenProvider } from "../core/token-provider.js";
import { createD365Client, type D365Client } from "../d365/client.js";
import { createMasterData } from "../d365/master-data.js";
import { type MappingIssue, validateMapping } from "../mapping/validate.js";
import { d365TokenProvider, sellerTokenProvider, type TokenTransport } from "./clients.js";
import { type ConnectorOptions, type ResolvedOptions, resolveOptions } from "./options.js";

/** One item of the checklist. */
export interface ConnectionCheck {
  /** Stable id: `lwa:<sellerId>/<region>`, `marketplaces:<sellerId>/<region>`, `entra`, `d365-metadata`, `mapping`. */
  readonly id: string;
  /** What was checked, in words. */
  readonly title: string;
  readonly ok: boolean;
  /** What was found. */
  readonly detail: string;
  /** What to do, when `ok` is false. */
  readonly fix?: string;
}

/** What {@link checkConnection} found. */
export interface ConnectionReport {
  /** True when every check passed. */
  readonly ok: boolean;
  readonly checks: readonly ConnectionCheck[];
}

/**
 * The D365 entity sets and properties the connector reads or writes (master data, general
 * journals). `$metadata` must hold each of them; anything missing is named by the check.
 */
export const connectorEntities: Readonly<Record<string, readonly string[]>> = {
  MainAccounts: ["ChartOfAccounts", "MainAccountId", "Name", "IsSuspended"],
  FinancialDimensionValues: ["FinancialDimension", "LegalEntityId", "DimensionValue", "IsSuspended"],
  DimensionAttributes: ["DimensionName"],
  LegalEntities: ["LegalEntityId"],
  Currencies: ["CurrencyCode"],
  CustomerGroups: ["CustomerGroupId"],
  CustomersV3: ["dataAreaId", "CustomerAccount"],
  ReleasedProductsV2: ["dataAreaId", "ItemNumber", "SearchName", "SalesUnitSymbol"],
  LedgerJournalHeaders: ["dataAreaId", "JournalBatchNumber", "JournalName", "Description", "IsPosted"],
  LedgerJournalLines: [
    "dataAreaId",
    "JournalBatchNumber",
    "AccountType",
    "AccountDisplayValue",
    "DefaultDimensionDisplayValue",
    "OffsetAccountType",
    "OffsetAccountDisplayValue",
    "OffsetDefaultDimensionDisplayValue",
    "DebitAmount",
    "CreditAmount",
    "CurrencyCode",
    "TransDate",
    "Voucher",
    "Text",
    "SalesTaxGroup",
    "ItemSalesTaxGroup",
  ],
};

/** A CallContext for asking a token provider directly (no request is being authorized). */
function tokenContext(system: RemoteSystem, clock: Clock, logger: Logger): CallContext {
  return {
    callId: `check-connection-${system}`,
    system,
    partition: system,
    operation: undefined,
    record: undefined,
    dedupKey: undefined,
    attempt: 1,
    attempts: [],
    requestIds: {},
    clock,
    logger,
    signal: undefined,
    meta: new Map(),
    call: {},
  };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const codeOf = (e: unknown) => (isConnectorError(e) ? e.code : undefined);
const hintOf = (e: unknown) => (isConnectorError(e) ? e.hint : undefined);

/** Where a credential lives, in the words of the options. */
function credentialPlace(ref: ResolvedOptions["d365"]["credentials"], path: string): string {
  return "vault" in ref ? `the vault entry '${ref.vault}'` : `the token provider at ${path}.tokens`;
}

function lwaFix(e: unknown, seller: ResolvedOptions["sellers"][number], index: number): string {
  const place = credentialPlace(seller.credentials, `amazon.sellers.${index}.credentials`);
  const store =
    "vault" in seller.credentials
      ? ` and store it: vault.putCredentials("${seller.credentials.vault}", { clientId, clientSecret, refreshToken })`
      : "";
  switch (codeOf(e)) {
    case "LWA_INVALID_CLIENT":
      return `LWA refused the client secret (or client id) in ${place}: copy the app's LWA client secret from Seller Central › Apps and Services › Develop Apps › your app › View LWA credentials (a rotated secret replaces the old one)${store}`;
    case "LWA_INVALID_GRANT":
      return `LWA refused the refresh token in ${place} (revoked or expired): have seller ${seller.sellerId} authorize the app again and store the new refresh token${store}`;
    case "LWA_UNAVAILABLE":
      return `Login with Amazon could not be reached${seller.endpoints?.lwa ? ` at ${seller.endpoints.lwa} (amazon.sellers.${index}.endpoints.lwa)` : ""}: check the network and proxy, then run the check again`;
    case "CONFIG_INVALID":
      return hintOf(e) ?? message(e);
    default:
      return `${hintOf(e) ?? "check the seller's LWA credentials"} (${place})`;
  }
}

function entraFix(e: unknown, o: ResolvedOptions): string {
  const place = credentialPlace(o.d365.credentials, "d365.credentials");
  switch (codeOf(e)) {
    case "ENTRA_INVALID_SCOPE":
      return `Entra refused the scope '${o.d365.environmentUrl.replace(/\/+$/, "")}/.default', which is built from d365.environmentUrl: set d365.environmentUrl to the environment's URL exactly as D365 shows it (e.g. https://contoso.operations.dynamics.com, no path), and check that the environment belongs to the tenant in ${place}`;
    case "ENTRA_INVALID_TENANT":
      return `set tenantId in ${place} to the Directory (tenant) ID on the app registration's overview page`;
    case "ENTRA_INVALID_CLIENT_ID":
      return `set clientId in ${place} to the Application (client) ID of the app registration, registered in this tenant`;
    case "ENTRA_INVALID_SECRET":
      return `store the client secret's Value (not its Secret ID) from the app registration's Certificates & secrets as clientSecret in ${place}; create a new secret if it expired`;
    case "ENTRA_NO_CREDENTIAL":
      return `store clientSecret (or use a certificate) in ${place}`;
    case "ENTRA_INVALID_CERTIFICATE":
      return `upload the certificate to the app registration and use its matching private key (${place})`;
    case "ENTRA_UNAVAILABLE":
      return `Microsoft Entra ID could not be reached${o.d365.authority ? ` at ${o.d365.authority} (d365.authority)` : ""}: check the network and proxy, then run the check again`;
    default:
      return `${hintOf(e) ?? "check the app registration's credentials"} (${place})`;
  }
}

/** What to do about one mapping issue. */
function mappingAction(issue: MappingIssue): string {
  switch (issue.code) {
    case "main_account_missing":
      return "create it in General ledger › Chart of accounts › Main accounts, or map an existing account";
    case "main_account_suspended":
      return "reactivate it in General ledger › Main accounts, or map another account";
    case "dimension_missing":
      return "create the financial dimension in General ledger › Chart of accounts › Dimensions, or remove it from segmentFormat.dimensions";
    case "dimension_value_missing":
    case "dimension_value_suspended":
      return "create (or reactivate) the value in General ledger › Chart of accounts › Dimensions › Financial dimensions › Dimension values, or map another value";
    case "legal_entity_missing":
      return "set the marketplace's legalEntity to a company of this environment (Organization administration › Legal entities)";
    case "currency_missing":
      return "add the currency in General ledger › Currencies, or correct the mapping";
    case "customer_missing":
      return "create the customer in that company (Accounts receivable › Customers), or add a `customer` block so the connector creates it";
    case "customer_wrong_company":
      return "create the customer in the marketplace's legal entity, or map the customer account that company holds";
    case "bank_account_missing":
      return "create the bank account in Cash and bank management › Bank accounts, or map another";
    case "item_missing":
      return "release the product to that company (Product information management › Released products), or map another item";
    case "fallback_item_missing":
      return "set items.fallbackItemNumber";
    default:
      return "correct the mapping";
  }
}

const issueLine = (i: MappingIssue) => `${i.path.join(".")}: ${i.message}`;

interface Metadata {
  /** Entity set name → its property names. */
  readonly sets: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Reads entity sets and their properties from an OData v4 CSDL document. */
export function parseCsdl(xml: string): Metadata {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    isArray: (name) => ["Schema", "EntityType", "Property", "EntitySet", "EntityContainer"].includes(name),
  });
  type Node = Record<string, unknown>;
  const doc = parser.parse(xml) as Node;
  const schemas = (((doc.Edmx as Node | undefined)?.DataServices as Node | undefined)?.Schema ??
    []) as Node[];
  const types = new Map<string, Set<string>>();
  const sets = new Map<string, Set<string>>();
  for (const schema of schemas) {
    for (const type of (schema.EntityType ?? []) as Node[]) {
      const props = new Set(((type.Property ?? []) as Node[]).map((p) => String(p.Name)));
      types.set(`${String(schema.Namespace)}.${String(type.Name)}`, props);
    }
  }
  for (const schema of schemas) {
    for (const container of (schema.EntityContainer ?? []) as Node[]) {
      for (const set of (container.EntitySet ?? []) as Node[]) {
        sets.set(String(set.Name), types.get(String(set.EntityType)) ?? new Set());
      }
    }
  }
  return { sets };
}

/**
 * Checks that a connector with these options can work: an LWA token for every seller, every
 * configured marketplace among the seller's marketplace participations, an Entra token for D365,
 * every entity and property the connector uses in D365's `$metadata`, and every main account,
 * dimension value, customer, bank account and journal name of the mapping present in D365
 * (`validateMapping`). Read-only. Never throws for what it finds: each failure is a check with
 * `ok: false` and a `fix`.
 * @throws ConnectorError `CONFIG_INVALID` when the options themselves are invalid (as `createConnector`).
 * @example
 * const report = await checkConnection(options);
 * for (const c of report.checks) console.log(c.ok ? "✓" : "✗", c.title, c.fix ?? "");
 */
export async function checkConnection(options: ConnectorOptions): Promise<ConnectionReport> {
  const o = resolveOptions(options);
  const clock = o.clock ?? systemClock;
  const logger = o.logger ?? silentLogger;
  const t: TokenTransport = { clock, logger, audit: o.storage.audit };
  const transport = {
    clock,
    logger,
    audit: o.storage.audit,
    ...(o.fetch ? { fetch: o.fetch } : {}),
  };
  const checks: ConnectionCheck[] = [];

  for (const [i, s] of o.sellers.entries()) {
    const key = `${s.sellerId}/${s.region}`;
    let tokens: TokenProvider | undefined;
    try {
      tokens = await sellerTokenProvider(o, i, t);
      await tokens.getToken({
        ctx: tokenContext("lwa", clock, logger),
        request: new Request("https://sellingpartnerapi.invalid/"),
        forceRefresh: true,
      });
      checks.push({
        id: `lwa:${key}`,
        title: `Login with Amazon token for seller ${s.sellerId} (${s.region})`,
        ok: true,
        detail: "an access token was issued",
      });
    } catch (e) {
      checks.push({
        id: `lwa:${key}`,
        title: `Login with Amazon token for seller ${s.sellerId} (${s.region})`,
        ok: false,
        detail: message(e),
        fix: lwaFix(e, s, i),
      });
      tokens = undefined;
    }
    const title = `Marketplaces of seller ${s.sellerId} (${s.region})`;
    if (!tokens) {
      checks.push({
        id: `marketplaces:${key}`,
        title,
        ok: false,
        detail: "not checked: no LWA token",
        fix: `fix the Login with Amazon check of seller ${s.sellerId} first`,
      });
      continue;
    }
    const amazon: SpApiClient = createSpApiClient({
      ...transport,
      region: s.region,
      sellerId: s.sellerId,
      tokens,
      ...(s.endpoints?.spApi ? { baseUrl: s.endpoints.spApi } : {}),
    });
    checks.push(await marketplaceCheck(o, i, amazon, title));
  }

  let d365: D365Client | undefined;
  try {
    const tokens = await d365TokenProvider(o, t);
    await tokens.getToken({
      ctx: tokenContext("entra", clock, logger),
      request: new Request(`${o.d365.environmentUrl.replace(/\/+$/, "")}/data`),
      forceRefresh: true,
    });
    d365 = createD365Client({ ...transport, environmentUrl: o.d365.environmentUrl, tokens });
    checks.push({
      id: "entra",
      title: "Microsoft Entra ID token for D365",
      ok: true,
      detail: `a token for ${o.d365.environmentUrl.replace(/\/+$/, "")}/.default was issued`,
    });
  } catch (e) {
    checks.push({
      id: "entra",
      title: "Microsoft Entra ID token for D365",
      ok: false,
      detail: message(e),
      fix: entraFix(e, o),
    });
  }

  if (!d365) {
    for (const [id, title] of [
      ["d365-metadata", "D365 $metadata holds what the connector uses"],
      ["mapping", "Mapped D365 master data exists"],
    ] as const) {
      checks.push({
        id,
        title,
        ok: false,
        detail: "not checked: no D365 token",
        fix: "fix the Microsoft Entra ID check first",
      });
    }
  } else {
    checks.push(await metadataCheck(d365));
    checks.push(await mappingCheck(o, d365, clock));
  }
  return { ok: checks.every((c) => c.ok), checks };
}

async function marketplaceCheck(
  o: ResolvedOptions,
  index: number,
  amazon: SpApiClient,
  title: string,
): Promise<ConnectionCheck> {
  const s = o.sellers[index] as ResolvedOptions["sellers"][number];
  const id = `marketplaces:${s.sellerId}/${s.region}`;
  const path = "/sellers/v1/marketplaceParticipations";
  let participations: Sellers["schemas"]["MarketplaceParticipationList"];
  try {
    participations =
      expectData<Sellers["schemas"]["GetMarketplaceParticipationsResponse"]>(await amazon.sellers.GET(path), {
        operation: "getMarketplaceParticipations",
        path,
      }).payload ?? [];
  } catch (e) {
    return {
      id,
      title,
      ok: false,
      detail: message(e),
      fix:
        (e as { status?: number }).status === 403
          ? "the app lacks the Selling Partner Insights role, or the seller has not authorized it: add the role in Developer Central and have the seller authorize the app again"
          : (hintOf(e) ?? "run the check again"),
    };
  }
  const has = participations.filter((p) => p.participation.isParticipating).map((p) => p.marketplace.id);
  const named = (m: string) => {
    const known = findMarketplace(m);
    return known ? `${m} (${known.code})` : m;
  };
  const hasText = has.length ? has.map(named).join(", ") : "none";
  const mapped = Object.keys(o.mapping.marketplaces).filter((m) => findMarketplace(m)?.region === s.region);
  if (s.marketplaceIds) {
    const missing = s.marketplaceIds.filter((m) => !has.includes(m));
    if (missing.length === 0) {
      return { id, title, ok: true, detail: `participates in ${s.marketplaceIds.map(named).join(", ")}` };
    }
    const elsewhere = missing
      .map((m) => ({ m, region: findMarketplace(m)?.region }))
      .filter((x) => x.region !== undefined && x.region !== s.region);
    return {
      id,
      title,
      ok: false,
      detail: `seller ${s.sellerId} does not participate in ${missing.map(named).join(", ")} in region ${s.region}; it has ${hasText}`,
      fix: `remove ${missing.map(named).join(", ")} from amazon.sellers.${index}.marketplaceIds (the account has ${hasText})${
        elsewhere.length
          ? `; ${elsewhere.map((x) => `${named(x.m)} is served by region ${x.region}`).join(", ")}: list it under a seller entry with that region`
          : ""
      }`,
    };
  }
  const served = mapped.filter((m) => has.includes(m));
  if (served.length === 0) {
    return {
      id,
      title,
      ok: false,
      detail: `none of the mapping's marketplaces in region ${s.region} (${mapped.map(named).join(", ") || "none"}) is one of seller ${s.sellerId}'s; it has ${hasText}`,
      fix: `map the seller's marketplaces (${hasText}) under marketplaces in the mapping, or check amazon.sellers.${index}.region`,
    };
  }
  return {
    id,
    title,
    ok: true,
    detail: `participates in ${served.map(named).join(", ")} (the mapping's marketplaces in region ${s.region})`,
  };
}

async function metadataCheck(d365: D365Client): Promise<ConnectionCheck> {
  const id = "d365-metadata";
  const title = "D365 $metadata holds what the connector uses";
  let xml: string;
  try {
    const response = await d365.fetchFor({})(
      new Request(`${d365.serviceRoot}/$metadata`, { headers: { accept: "application/xml" } }),
    );
    xml = await response.text();
    if (!response.ok) {
      return {
        id,
        title,
        ok: false,
        detail: `GET ${d365.serviceRoot}/$metadata answered HTTP ${response.status}`,
        fix:
          response.status === 401 || response.status === 403
            ? "the app registration is not a user of the environment: add it in D365 under System administration › Setup › Microsoft Entra ID applications, with a user holding the roles the connector needs"
            : "check d365.environmentUrl and that the environment is running",
      };
    }
  } catch (e) {
    return {
      id,
      title,
      ok: false,
      detail: message(e),
      fix: hintOf(e) ?? "check d365.environmentUrl and that the environment is running",
    };
  }
  let metadata: Metadata;
  try {
    metadata = parseCsdl(xml);
  } catch (e) {
    return {
      id,
      title,
      ok: false,
      detail: `$metadata is not a CSDL document: ${message(e)}`,
      fix: "check d365.environmentUrl: it must be the D365 F&O environment itself, not a proxy or login page",
    };
  }
  const missingSets: string[] = [];
  const missingProps: string[] = [];
  for (const [set, props] of Object.entries(connectorEntities)) {
    const found = metadata.sets.get(set);
    if (!found) missingSets.push(set);
    else for (const p of props) if (!found.has(p)) missingProps.push(`${set}.${p}`);
  }
  const count = Object.keys(connectorEntities).length;
  if (missingSets.length === 0 && missingProps.length === 0) {
    return { id, title, ok: true, detail: `all ${count} entity sets and their properties are published` };
  }
  const parts = [
    ...(missingSets.length ? [`entity sets missing: ${missingSets.join(", ")}`] : []),
    ...(missingProps.length ? [`properties missing: ${missingProps.join(", ")}`] : []),
  ];
  return {
    id,
    title,
    ok: false,
    detail: `the environment's metadata differs from the one the connector was built against (generated/d365): ${parts.join("; ")}`,
    fix: `publish ${[...missingSets, ...missingProps].join(", ")} in D365: make sure the data entities are enabled and public (Data management › Data entities, "Refresh entity list" after an update), then run the check again; if the environment is on an older or newer application version, report the drift so the connector's metadata can be regenerated`,
  };
}

async function mappingCheck(o: ResolvedOptions, d365: D365Client, clock: Clock): Promise<ConnectionCheck> {
  const id = "mapping";
  const title = "Mapped D365 master data exists";
  let issues: MappingIssue[];
  try {
    issues = await validateMapping(o.mapping, createMasterData(d365, { clock }));
  } catch (e) {
    return {
      id,
      title,
      ok: false,
      detail: `the master data could not be read: ${message(e)}`,
      fix: hintOf(e) ?? "fix the D365 checks above, then run the check again",
    };
  }
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const warned = warnings.length ? `; to verify by hand: ${warnings.map(issueLine).join("; ")}` : "";
  if (errors.length === 0) {
    return {
      id,
      title,
      ok: true,
      detail: `every mapped legal entity, currency, customer, main account and dimension value exists${warned}`,
    };
  }
  return {
    id,
    title,
    ok: false,
    detail: `${errors.length} mapping reference${errors.length === 1 ? "" : "s"} not found in D365${warned}`,
    fix: errors.map((i) => `${issueLine(i)}: ${mappingAction(i)}`).join("; "),
  };
}
