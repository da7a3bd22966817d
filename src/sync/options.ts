/**
 * The options of `createConnector`, as a zod schema: checked when the connector is built, so a
 * wrong or missing option is a `CONFIG_INVALID` error naming its path, never a `TypeError` or a 403
 * at the first call.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { z } from "zod";
import type { Clock } from "../core/clock.js";
import { ConfigError, type Issue, isConnectorError, LeaseTooShortError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { StorageAdapter } from "../core/storage.js";
import type { TokenProvider } from "../core/token-provider.js";
import type { CredentialVault } from "../core/vault.js";
import { type Mapping, type MappingInput, parseMapping, parseMappingText } from "../mapping/schema.js";
import {
  type AccountingPeriod,
  calendarMonths,
  type OrderRevenue,
  type PeriodFunction,
  type PostingMode,
} from "./posting.js";
import { type SchedulesOption, scheduleIssues } from "./scheduler.js";

/** Credentials by reference: an id in the credential vault, or a token provider the host built. */
export type CredentialsRef = { readonly vault: string } | { readonly tokens: TokenProvider };

/** One Amazon seller account. */
export interface SellerOptions {
  /** The seller (merchant) id, e.g. `A1SELLER`. */
  readonly sellerId: string;
  /** @default "na" */
  readonly region?: "na" | "eu" | "fe";
  /**
   * Vault id of `{ clientId, clientSecret, refreshToken }` (see `vault.putCredentials`), or an
   * `lwaTokenProvider` of your own.
   */
  readonly credentials: CredentialsRef;
  /** Marketplaces whose settlements this connector posts. @default every marketplace of the mapping */
  readonly marketplaceIds?: readonly string[];
  /** Endpoint overrides, e.g. the loopback simulator (`ml-connector simulate`). */
  readonly endpoints?: { readonly spApi?: string; readonly lwa?: string };
}

/** The D365 environment. */
export interface D365Options {
  /** e.g. `https://contoso.operations.dynamics.com`. */
  readonly environmentUrl: string;
  /** Vault id of `{ tenantId, clientId, clientSecret }`, or an `entraTokenProvider` of your own. */
  readonly credentials: CredentialsRef;
  /** Entra authority override (national clouds, the loopback simulator). */
  readonly authority?: string;
}

/** How settlements post. See docs/posting-model.md. */
export interface PostingOptionsInput {
  /** @default "summary" */
  readonly mode?: PostingMode;
  /** Accounting periods. @default calendar months */
  readonly period?: PeriodFunction;
  /** Lines per journal; a voucher is never split. @default 1000 */
  readonly maxLinesPerJournal?: number;
  /**
   * Who books order revenue. `"invoiced"` when the orders flow invoices orders (`orders.enabled`):
   * the settlement then clears the Amazon customer instead of crediting revenue again. Also for
   * hosts that invoice orders in D365 some other way. See docs/posting-model.md.
   * @default "settlement"
   */
  readonly orderRevenue?: OrderRevenue;
}

/** How a promotion or gift-wrap amount lands on an order invoice. */
export type OrderChargeLines = "own-line" | "with-item";

/** The orders flow: Amazon orders become D365 customer invoices. See docs/engine.md. */
export interface OrdersOptionsInput {
  /**
   * Invoice orders (`connector.run("orders")`). Needs `posting.orderRevenue: "invoiced"`, or
   * settlements would book the same revenue a second time. @default false
   */
  readonly enabled?: boolean;
  /** The D365 document of an order. @default "free-text-invoice" */
  readonly invoiceAs?: "free-text-invoice" | "sales-order";
  /** Orders API that reads orders. @default "2026-01-01" (v0 until its retirement on 2027-03-27) */
  readonly api?: "2026-01-01" | "v0";
  /** Where the first poll starts on an empty store (ISO 8601). @default 24 hours ago */
  readonly start?: string;
  /**
   * Promotion discounts: a negative line on the `promotions` account (`own-line`), or taken off the
   * item line (`with-item`). @default "own-line"
   */
  readonly promotions?: OrderChargeLines;
  /** Gift wrap: a line on the `giftWrap` account, or added to the item line. @default "own-line" */
  readonly giftWrap?: OrderChargeLines;
  /**
   * Sales orders only: the D365 item numbers of the charges that are not products (shipping, gift
   * wrap, promotions as own lines). An order with such an amount and no item here is parked.
   */
  readonly chargeItems?: {
    readonly shipping?: string;
    readonly giftWrap?: string;
    readonly promotions?: string;
  };
}

/**
 * The provisional flow (`connector.run("provisional")`): the open Finances event groups, by kind
 * and amount type, for the host; optionally posted as a provisional journal that is reversed once
 * the group's settlement has posted. See docs/posting-model.md ("Provisional journals").
 */
export interface ProvisionalOptionsInput {
  /**
   * Post each open group as a provisional general journal (mapped like settlement amounts, with
   * the mapping's Finances rules), re-posted as reverse + new when its amounts change, and
   * reversed once when the group's settlement is reconciled. @default false (the view only)
   */
  readonly post?: boolean;
  /** Journal name of provisional and reversing journals. @default the marketplace's `journalName` */
  readonly journalName?: string;
  /**
   * Main account every provisional line is offset against (an accrued Amazon receivable), with the
   * marketplace's dimensions. @default the marketplace's `clearingAccount`
   */
  readonly offsetAccount?: string;
  /** How far back open groups are looked for, in days (Amazon keeps 180). @default 90 */
  readonly lookbackDays?: number;
}

/** The listings flow: D365 released products become Amazon listings. See docs/listings.md. */
export interface ListingsOptionsInput {
  /** Publish listings (`connector.run("listings")`); needs the mapping's `listings` section. @default false */
  readonly enabled?: boolean;
  /** Legal entities (`dataAreaId`) whose released products are listed. @default every legal entity of the listed marketplaces */
  readonly legalEntities?: readonly string[];
  /** Marketplaces to list on. @default the mapping's `listings.marketplaces`, else every mapped marketplace */
  readonly marketplaces?: readonly string[];
  /**
   * From this many listings on (per seller and marketplace in a run) a JSON_LISTINGS_FEED is sent,
   * below it Listings Items. When left out, the usage plans and `feedTurnaroundMs` decide (see
   * docs/listings.md: 755 listings or fewer go item by item at Amazon's default plans).
   */
  readonly feedThreshold?: number;
  /** How long Amazon is expected to take to process a feed, for the path choice. @default 300_000 */
  readonly feedTurnaroundMs?: number;
  /** Messages per feed; more listings make more feeds. @default 10_000 (Amazon's limit: 25,000) */
  readonly maxFeedMessages?: number;
  /** First wait between two `getFeed` polls (each next one is 1.5× longer, up to 5 minutes). @default 15_000 */
  readonly feedPollIntervalMs?: number;
  /** A feed still processing after this long fails the run's poll (retryable: the next run polls it again). @default 7_200_000 */
  readonly feedTimeoutMs?: number;
  /** Language of Amazon's issue messages in feed reports, e.g. `en_US`. @default the marketplace's */
  readonly issueLocale?: string;
  /** `ReleasedProductsV2` fields the listing templates use, on top of the defaults. */
  readonly select?: readonly string[];
}

/** The listings flow's options after validation and defaults. */
export interface ResolvedListingsOptions {
  readonly enabled: boolean;
  readonly legalEntities: readonly string[] | undefined;
  readonly marketplaces: readonly string[] | undefined;
  readonly feedThreshold: number | undefined;
  readonly feedTurnaroundMs: number;
  readonly maxFeedMessages: number;
  readonly feedPollIntervalMs: number;
  readonly feedTimeoutMs: number;
  readonly issueLocale: string | undefined;
  readonly select: readonly string[] | undefined;
}

/**
 * Per-attempt deadlines of the connector's remote calls. An attempt still unanswered after its
 * deadline is abandoned as a retryable transport failure.
 */
export interface TimeoutsOptionsInput {
  /** One attempt of an SP-API call. @default 60_000 */
  readonly amazonMs?: number;
  /** One attempt of a D365 OData call (a `$batch` change set included). @default 60_000 */
  readonly d365Ms?: number;
}

/** Options of `createConnector`. */
export interface ConnectorOptions {
  /** Where records, leases, the audit trail, the archive and the vault live (`sqliteStorage`, `postgresStorage`…). */
  readonly storage: StorageAdapter;
  readonly amazon: { readonly sellers: readonly SellerOptions[] };
  readonly d365: D365Options;
  /** The mapping document: parsed (`loadMapping`), as an object, or a path to a JSON or YAML file. */
  readonly mapping: Mapping | MappingInput | string;
  /** Needed when any credentials are vault references. */
  readonly vault?: CredentialVault;
  readonly posting?: PostingOptionsInput;
  readonly settlements?: {
    /** Where discovery starts on an empty store. @default 90 days ago (Amazon's retention) */
    readonly createdSince?: string;
  };
  readonly orders?: OrdersOptionsInput;
  readonly provisional?: ProvisionalOptionsInput;
  readonly listings?: ListingsOptionsInput;
  /**
   * How long a worker's lease on a record lasts; it is renewed while the worker holds the record.
   * Must be longer than the longest remote call (`timeouts`): a lease that lapses while a D365
   * write is in flight lets a second worker in, and D365 has no conditional create. A shorter one
   * is refused with `CONFIG_INVALID` (issue `lease_too_short`).
   * @default 300_000
   */
  readonly leaseMs?: number;
  /** Per-attempt deadlines of remote calls. Each must stay below `leaseMs`. */
  readonly timeouts?: TimeoutsOptionsInput;
  /** A record failing with a retryable error this many times is parked. @default 5 */
  readonly maxAttempts?: number;
  /** Cron schedules per flow, for `connector.start()` (see docs/scale-out.md). */
  readonly schedules?: SchedulesOption;
  /** @default systemClock */
  readonly clock?: Clock;
  /**
   * What lease heartbeats sleep on. Real time by default, also when `clock` is simulated: a
   * heartbeat always asleep would make an auto-advancing simulated clock jump. Pass the simulated
   * clock itself when a test moves time by hand (`autoAdvance: false`).
   * @default systemClock
   */
  readonly heartbeatClock?: Clock;
  readonly logger?: Logger;
  /** The transport of every call. @default globalThis.fetch */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/** The transport pipeline's own per-attempt default (src/core/pipeline.ts). */
const DEFAULT_TIMEOUT_MS = 60_000;

const fn = (what: string) =>
  z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", { message: `must be ${what}` });
const object = <T>(check: (v: Record<string, unknown>) => boolean, message: string) =>
  z.custom<T>((v) => typeof v === "object" && v !== null && check(v as Record<string, unknown>), { message });

const httpsUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      if (u.protocol === "https:") return true;
      // Plain HTTP only for the loopback simulator.
      return u.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
    } catch {
      return false;
    }
  },
  { message: "must be an https:// URL (http:// only for 127.0.0.1 or localhost)" },
);

const credentials = z.union(
  [
    z.strictObject({ vault: z.string().min(1) }),
    z.strictObject({
      tokens: object<TokenProvider>(
        (v) => typeof v.getToken === "function" && typeof v.middleware === "function",
        "must be a TokenProvider (lwaTokenProvider / entraTokenProvider)",
      ),
    }),
  ],
  { error: "must be { vault: id } or { tokens: TokenProvider }" },
);

const storageSchema = object<StorageAdapter>(
  (v) => ["records", "dedup", "audit", "documents", "cursors"].every((k) => typeof v[k] === "object"),
  "must be a storage adapter (memoryStorage(), sqliteStorage({ path }), postgresStorage({ pool }))",
);

/** One flow's schedule: a cron expression, or one with jitter and time zone. */
const flowSchedule = z
  .union([
    z.string().min(1),
    z.strictObject({
      cron: z.string().min(1),
      jitterMs: z.number().int().min(0).optional(),
      timezone: z.string().min(1).optional(),
    }),
  ])
  .optional();

const schema = z.strictObject({
  storage: storageSchema,
  amazon: z.strictObject({
    sellers: z
      .array(
        z.strictObject({
          sellerId: z.string().regex(/^[A-Z0-9]{2,32}$/, "must be an Amazon seller id such as A1SELLER"),
          region: z.enum(["na", "eu", "fe"]).default("na"),
          credentials,
          marketplaceIds: z
            .array(z.string().regex(/^[A-Z0-9]{8,20}$/, "must be a marketplace id"))
            .optional(),
          endpoints: z.strictObject({ spApi: httpsUrl.optional(), lwa: httpsUrl.optional() }).optional(),
        }),
      )
      .min(1, "at least one seller"),
  }),
  d365: z.strictObject({
    environmentUrl: httpsUrl,
    credentials,
    authority: httpsUrl.optional(),
  }),
  mapping: z.union([z.string().min(1), z.record(z.string(), z.unknown())], {
    error: "must be a mapping (object) or the path of a JSON/YAML mapping file",
  }),
  vault: object<CredentialVault>(
    (v) => typeof v.getCredentials === "function",
    "must be a credential vault (createCredentialVault)",
  ).optional(),
  posting: z
    .strictObject({
      mode: z.enum(["summary", "detail"]).default("summary"),
      period: fn("a function (date: 'YYYY-MM-DD') => { id, start, end }").optional(),
      maxLinesPerJournal: z.number().int().min(2).max(10_000).default(1000),
      orderRevenue: z.enum(["settlement", "invoiced"]).default("settlement"),
    })
    .default({ mode: "summary", maxLinesPerJournal: 1000, orderRevenue: "settlement" }),
  settlements: z.strictObject({ createdSince: z.iso.datetime({ offset: true }).optional() }).default({}),
  orders: z
    .strictObject({
      enabled: z.boolean().default(false),
      invoiceAs: z.enum(["free-text-invoice", "sales-order"]).default("free-text-invoice"),
      api: z.enum(["2026-01-01", "v0"]).default("2026-01-01"),
      start: z.iso.datetime({ offset: true }).optional(),
      promotions: z.enum(["own-line", "with-item"]).default("own-line"),
      giftWrap: z.enum(["own-line", "with-item"]).default("own-line"),
      chargeItems: z
        .strictObject({
          shipping: z.string().min(1).optional(),
          giftWrap: z.string().min(1).optional(),
          promotions: z.string().min(1).optional(),
        })
        .default({}),
    })
    .default({
      enabled: false,
      invoiceAs: "free-text-invoice",
      api: "2026-01-01",
      promotions: "own-line",
      giftWrap: "own-line",
      chargeItems: {},
    }),
  provisional: z
    .strictObject({
      post: z.boolean().default(false),
      journalName: z.string().trim().min(1).optional(),
      offsetAccount: z.string().trim().min(1).optional(),
      lookbackDays: z.number().int().min(1).max(180).default(90),
    })
    .default({ post: false, lookbackDays: 90 }),
  listings: z
    .strictObject({
      enabled: z.boolean().default(false),
      legalEntities: z.array(z.string().min(1)).min(1).optional(),
      marketplaces: z
        .array(z.string().regex(/^[A-Z0-9]{8,20}$/, "must be a marketplace id"))
        .min(1)
        .optional(),
      feedThreshold: z.number().int().min(1).optional(),
      feedTurnaroundMs: z.number().int().min(0).default(300_000),
      maxFeedMessages: z.number().int().min(1).max(25_000).default(10_000),
      feedPollIntervalMs: z.number().int().min(1000).default(15_000),
      feedTimeoutMs: z.number().int().min(60_000).default(7_200_000),
      issueLocale: z
        .string()
        .regex(/^[a-z]{2}_[A-Z]{2}$/, "must be a locale such as en_US")
        .optional(),
      select: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/)).optional(),
    })
    .default({
      enabled: false,
      feedTurnaroundMs: 300_000,
      maxFeedMessages: 10_000,
      feedPollIntervalMs: 15_000,
      feedTimeoutMs: 7_200_000,
    }),
  leaseMs: z.number().int().min(1000).default(300_000),
  timeouts: z
    .strictObject({
      amazonMs: z.number().int().min(1).default(DEFAULT_TIMEOUT_MS),
      d365Ms: z.number().int().min(1).default(DEFAULT_TIMEOUT_MS),
    })
    .default({ amazonMs: DEFAULT_TIMEOUT_MS, d365Ms: DEFAULT_TIMEOUT_MS }),
  maxAttempts: z.number().int().min(1).max(100).default(5),
  schedules: z
    .strictObject({
      settlements: flowSchedule,
      orders: flowSchedule,
      inventory: flowSchedule,
      provisional: flowSchedule,
    })
    .optional(),
  clock: object<Clock>((v) => typeof v.now === "function", "must be a Clock ({ now, sleep })").optional(),
  heartbeatClock: object<Clock>(
    (v) => typeof v.sleep === "function",
    "must be a Clock ({ now, sleep })",
  ).optional(),
  logger: object<Logger>((v) => typeof v.info === "function", "must be a Logger").optional(),
  fetch: fn("a fetch function").optional(),
});

/** The orders flow's options after validation and defaults. */
export interface ResolvedOrdersOptions {
  readonly enabled: boolean;
  readonly invoiceAs: "free-text-invoice" | "sales-order";
  readonly api: "2026-01-01" | "v0";
  readonly start?: string;
  readonly promotions: OrderChargeLines;
  readonly giftWrap: OrderChargeLines;
  readonly chargeItems: {
    readonly shipping?: string | undefined;
    readonly giftWrap?: string | undefined;
    readonly promotions?: string | undefined;
  };
}

/** The provisional flow's options after validation and defaults. */
export interface ResolvedProvisionalOptions {
  readonly post: boolean;
  readonly journalName: string | undefined;
  readonly offsetAccount: string | undefined;
  readonly lookbackDays: number;
}

/** Options after validation and defaults. */
export interface ResolvedOptions {
  readonly storage: StorageAdapter;
  readonly sellers: readonly (SellerOptions & { readonly region: "na" | "eu" | "fe" })[];
  readonly d365: D365Options;
  readonly mapping: Mapping;
  readonly vault: CredentialVault | undefined;
  readonly posting: {
    readonly mode: PostingMode;
    readonly period: PeriodFunction;
    readonly maxLinesPerJournal: number;
    readonly orderRevenue: OrderRevenue;
  };
  readonly settlements: { readonly createdSince?: string };
  readonly orders: ResolvedOrdersOptions;
  readonly provisional: ResolvedProvisionalOptions;
  readonly listings: ResolvedListingsOptions;
  readonly leaseMs: number;
  readonly timeouts: { readonly amazonMs: number; readonly d365Ms: number };
  readonly maxAttempts: number;
  readonly schedules: SchedulesOption | undefined;
  readonly clock: Clock | undefined;
  readonly heartbeatClock: Clock | undefined;
  readonly logger: Logger | undefined;
  readonly fetch: ((request: Request) => Promise<Response>) | undefined;
}

function configError(issues: readonly Issue[], hint?: string): ConfigError {
  return new ConfigError("Invalid connector options", {
    issues,
    where: { system: "local", operation: "createConnector", field: issues[0]?.path.join(".") ?? "" },
    hint: hint ?? "fix the options named above; nothing was called",
  });
}

function loadMappingSync(source: string | Record<string, unknown>): Mapping {
  try {
    if (typeof source !== "string") return parseMapping(source, "options.mapping");
    if (!existsSync(source)) {
      throw configError([{ code: "not_found", path: ["mapping"], message: `no mapping file at ${source}` }]);
    }
    if (!statSync(source).isFile()) {
      throw configError([{ code: "not_a_file", path: ["mapping"], message: `${source} is not a file` }]);
    }
    return parseMappingText(readFileSync(source, "utf8"), source);
  } catch (e) {
    if (isConnectorError(e) && e.code === "CONFIG_INVALID") throw e;
    const issues: Issue[] =
      isConnectorError(e) && Array.isArray((e as unknown as { issues?: Issue[] }).issues)
        ? (e as unknown as { issues: Issue[] }).issues.map((i) => ({ ...i, path: ["mapping", ...i.path] }))
        : [{ code: "invalid", path: ["mapping"], message: e instanceof Error ? e.message : String(e) }];
    throw configError(issues, "fix the mapping document; see docs/mapping.md");
  }
}

/**
 * A record's lease must outlast one remote call. The fence renews the lease right before every
 * attempt that writes to D365 (retries included, each after its wait), so what must fit in one
 * lease term is a single attempt, bounded by its transport timeout. An attempt that outlives the
 * lease can land after another worker took the record over and found nothing yet, and D365 has no
 * conditional create to refuse the second invoice (see decision 0008).
 */
function leaseIssues(leaseMs: number, timeouts: { amazonMs: number; d365Ms: number }): Issue[] {
  const issues: Issue[] = [];
  const check = (key: "amazonMs" | "d365Ms", system: string) => {
    if (timeouts[key] < leaseMs) return;
    issues.push({
      code: "lease_too_short",
      path: ["timeouts", key],
      message: `one ${system} attempt may take ${timeouts[key]} ms, not less than leaseMs (${leaseMs} ms): lower timeouts.${key} below leaseMs or raise leaseMs above it`,
    });
  };
  check("d365Ms", "D365");
  check("amazonMs", "SP-API");
  if (issues.length) {
    issues.unshift({
      code: "lease_too_short",
      path: ["leaseMs"],
      message: `must exceed the longest remote call (${Math.max(timeouts.amazonMs, timeouts.d365Ms)} ms)`,
    });
  }
  return issues;
}

/**
 * Validates `createConnector` options.
 * @throws ConnectorError with code `CONFIG_INVALID` and `issues` naming every wrong option's path.
 */
export function resolveOptions(input: unknown): ResolvedOptions {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw configError(
      parsed.error.issues.map((i) => ({
        code: i.code,
        path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message: i.message,
      })),
    );
  }
  const o = parsed.data;
  const issues: Issue[] = [];
  const usesVault = o.amazon.sellers.some((s) => "vault" in s.credentials) || "vault" in o.d365.credentials;
  if (usesVault && !o.vault) {
    issues.push({
      code: "missing_vault",
      path: ["vault"],
      message:
        "credentials name a vault id, but no vault was given: pass vault: createCredentialVault({ storage })",
    });
  }
  const ids = new Set<string>();
  o.amazon.sellers.forEach((s, i) => {
    const key = `${s.sellerId}/${s.region}`;
    if (ids.has(key)) {
      issues.push({
        code: "duplicate",
        path: ["amazon", "sellers", i, "sellerId"],
        message: `seller ${s.sellerId} is listed twice for region ${s.region}`,
      });
    }
    ids.add(key);
  });
  if (o.orders.enabled && o.posting.orderRevenue !== "invoiced") {
    // Both would credit revenue for the same sale: the order invoice and the settlement's principal.
    const message =
      'orders.enabled invoices every order (revenue credited, Amazon customer debited) while posting.orderRevenue is "settlement", so settlements would credit the same revenue again: set posting.orderRevenue: "invoiced" (settlements then clear the Amazon customer) or orders.enabled: false';
    issues.push({ code: "double_revenue", path: ["orders", "enabled"], message });
    issues.push({ code: "double_revenue", path: ["posting", "orderRevenue"], message });
  }
  const mapping = loadMappingSync(o.mapping as string | Record<string, unknown>);
  o.amazon.sellers.forEach((s, i) => {
    s.marketplaceIds?.forEach((m, j) => {
      if (!mapping.marketplaces[m]) {
        issues.push({
          code: "unmapped_marketplace",
          path: ["amazon", "sellers", i, "marketplaceIds", j],
          message: `marketplace ${m} is not in the mapping's marketplaces`,
        });
      }
    });
  });
  if (o.listings.enabled && !mapping.listings) {
    issues.push({
      code: "missing_listings",
      path: ["mapping", "listings"],
      message:
        "listings.enabled needs the mapping's listings section (productType, attributes): see docs/listings.md",
    });
  }
  o.listings.marketplaces?.forEach((m, i) => {
    if (!mapping.marketplaces[m]) {
      issues.push({
        code: "unmapped_marketplace",
        path: ["listings", "marketplaces", i],
        message: `marketplace ${m} is not in the mapping's marketplaces`,
      });
    }
  });
  for (const bad of scheduleIssues((o.schedules ?? {}) as SchedulesOption)) {
    issues.push({ code: "invalid_cron", path: ["schedules", bad.flow], message: bad.message });
  }
  if (issues.length) throw configError(issues);
  const shortLease = leaseIssues(o.leaseMs, o.timeouts);
  if (shortLease.length) {
    const longest = Math.max(o.timeouts.amazonMs, o.timeouts.d365Ms);
    throw new LeaseTooShortError(
      `leaseMs (${o.leaseMs} ms) does not outlast the longest remote call (${longest} ms): a lease could lapse while a D365 write is in flight and let a second worker write the same record`,
      {
        issues: shortLease,
        where: { system: "local", operation: "createConnector", field: "leaseMs" },
        hint: `raise leaseMs above ${longest} (the default 300000 suits the default timeouts), or lower timeouts.amazonMs / timeouts.d365Ms below leaseMs; nothing was called`,
        leaseMs: o.leaseMs,
        longestCallMs: longest,
      },
    );
  }
  return {
    storage: o.storage,
    sellers: o.amazon.sellers as ResolvedOptions["sellers"],
    d365: o.d365 as D365Options,
    mapping,
    vault: o.vault,
    posting: {
      mode: o.posting.mode,
      period: (o.posting.period as PeriodFunction | undefined) ?? calendarMonths,
      maxLinesPerJournal: o.posting.maxLinesPerJournal,
      orderRevenue: o.posting.orderRevenue,
    },
    orders: {
      enabled: o.orders.enabled,
      invoiceAs: o.orders.invoiceAs,
      api: o.orders.api,
      ...(o.orders.start ? { start: o.orders.start } : {}),
      promotions: o.orders.promotions,
      giftWrap: o.orders.giftWrap,
      chargeItems: o.orders.chargeItems,
    },
    listings: {
      enabled: o.listings.enabled,
      legalEntities: o.listings.legalEntities,
      marketplaces: o.listings.marketplaces,
      feedThreshold: o.listings.feedThreshold,
      feedTurnaroundMs: o.listings.feedTurnaroundMs,
      maxFeedMessages: o.listings.maxFeedMessages,
      feedPollIntervalMs: o.listings.feedPollIntervalMs,
      feedTimeoutMs: o.listings.feedTimeoutMs,
      issueLocale: o.listings.issueLocale,
      select: o.listings.select,
    },
    settlements: o.settlements.createdSince ? { createdSince: o.settlements.createdSince } : {},
    provisional: {
      post: o.provisional.post,
      journalName: o.provisional.journalName,
      offsetAccount: o.provisional.offsetAccount,
      lookbackDays: o.provisional.lookbackDays,
    },
    leaseMs: o.leaseMs,
    timeouts: o.timeouts,
    maxAttempts: o.maxAttempts,
    schedules: o.schedules as SchedulesOption | undefined,
    clock: o.clock,
    heartbeatClock: o.heartbeatClock,
    logger: o.logger,
    fetch: o.fetch as ResolvedOptions["fetch"],
  };
}

export type { AccountingPeriod };
