/**
 * The options of `createConnector`, as a zod schema: checked when the connector is built, so a
 * wrong or missing option is a `CONFIG_INVALID` error naming its path, never a `TypeError` or a 403
 * at the first call.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { z } from "zod";
import type { Clock } from "../core/clock.js";
import { ConfigError, type Issue, isConnectorError } from "../core/errors.js";
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
  /**
   * How long a worker's lease on a record lasts; it is renewed while the worker holds the record.
   * @default 300_000
   */
  readonly leaseMs?: number;
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
  leaseMs: z.number().int().min(1000).default(300_000),
  maxAttempts: z.number().int().min(1).max(100).default(5),
  schedules: z
    .strictObject({
      settlements: z
        .union([
          z.string().min(1),
          z.strictObject({
            cron: z.string().min(1),
            jitterMs: z.number().int().min(0).optional(),
            timezone: z.string().min(1).optional(),
          }),
        ])
        .optional(),
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
  readonly leaseMs: number;
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
  for (const bad of scheduleIssues((o.schedules ?? {}) as SchedulesOption)) {
    issues.push({ code: "invalid_cron", path: ["schedules", bad.flow], message: bad.message });
  }
  if (issues.length) throw configError(issues);
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
    settlements: o.settlements.createdSince ? { createdSince: o.settlements.createdSince } : {},
    leaseMs: o.leaseMs,
    maxAttempts: o.maxAttempts,
    schedules: o.schedules as SchedulesOption | undefined,
    clock: o.clock,
    heartbeatClock: o.heartbeatClock,
    logger: o.logger,
    fetch: o.fetch as ResolvedOptions["fetch"],
  };
}

export type { AccountingPeriod };
