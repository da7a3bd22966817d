import createClient, { type Client } from "openapi-fetch";
import { z } from "zod";
import type { paths as CatalogItemsPaths } from "../../generated/amazon/catalogItems_2022-04-01.js";
import type { paths as FbaInventoryPaths } from "../../generated/amazon/fbaInventory.js";
import type { paths as FeedsPaths } from "../../generated/amazon/feeds_2021-06-30.js";
import type { paths as FinancesPaths } from "../../generated/amazon/finances_2024-06-19.js";
import type { paths as FinancesInvoicesPaths } from "../../generated/amazon/financesInvoices_2026-06-25.js";
import type { paths as FinancesV0Paths } from "../../generated/amazon/financesV0.js";
import type { paths as ListingsItemsPaths } from "../../generated/amazon/listingsItems_2021-08-01.js";
import type { paths as NotificationsPaths } from "../../generated/amazon/notifications.js";
import { type AmazonApi, type OperationInfo, operations } from "../../generated/amazon/operations.js";
import type { paths as OrdersPaths } from "../../generated/amazon/orders_2026-01-01.js";
import type { paths as OrdersV0Paths } from "../../generated/amazon/ordersV0.js";
import type { paths as ProductTypeDefinitionsPaths } from "../../generated/amazon/productTypeDefinitions_2020-09-01.js";
import type { paths as ReportsPaths } from "../../generated/amazon/reports_2021-06-30.js";
import type { paths as SellersPaths } from "../../generated/amazon/sellers.js";
import type { paths as TokensPaths } from "../../generated/amazon/tokens_2021-03-01.js";
import type { paths as TransfersPaths } from "../../generated/amazon/transfers_2024-06-01.js";
import { httpsUrlOption, parseOptions, textOption, transportOptionsShape } from "../core/options.js";
import {
  type CallOptions,
  createClientPipeline,
  type Middleware,
  type OperationRef,
  type Pipeline,
  type TransportOptions,
} from "../core/pipeline.js";
import { createTokenBucketLimiter, type RateLimiter } from "../core/rate-limiter.js";
import { createRetryPolicy } from "../core/retry.js";
import type { TokenProvider } from "../core/token-provider.js";
import { type SpApiRegion, spApiHosts } from "./regions.js";
import { jsonAnswerLayer } from "./reports/call-result.js";

/** The typed clients, one per SP-API model, keyed by a short name. */
export interface SpApiClients {
  readonly ordersV0: Client<OrdersV0Paths>;
  /** Orders API 2026-01-01 (`searchOrders`, `getOrder`). */
  readonly orders: Client<OrdersPaths>;
  readonly financesV0: Client<FinancesV0Paths>;
  /** Finances API 2024-06-19 (`listTransactions`). */
  readonly finances: Client<FinancesPaths>;
  readonly transfers: Client<TransfersPaths>;
  readonly financesInvoices: Client<FinancesInvoicesPaths>;
  readonly reports: Client<ReportsPaths>;
  readonly feeds: Client<FeedsPaths>;
  readonly listingsItems: Client<ListingsItemsPaths>;
  readonly fbaInventory: Client<FbaInventoryPaths>;
  readonly tokens: Client<TokensPaths>;
  readonly sellers: Client<SellersPaths>;
  readonly productTypeDefinitions: Client<ProductTypeDefinitionsPaths>;
  readonly notifications: Client<NotificationsPaths>;
  readonly catalogItems: Client<CatalogItemsPaths>;
}

/** Which generated model each client key speaks. */
export const spApiModels = {
  ordersV0: "ordersV0",
  orders: "orders_2026-01-01",
  financesV0: "financesV0",
  finances: "finances_2024-06-19",
  transfers: "transfers_2024-06-01",
  financesInvoices: "financesInvoices_2026-06-25",
  reports: "reports_2021-06-30",
  feeds: "feeds_2021-06-30",
  listingsItems: "listingsItems_2021-08-01",
  fbaInventory: "fbaInventory",
  tokens: "tokens_2021-03-01",
  sellers: "sellers",
  productTypeDefinitions: "productTypeDefinitions_2020-09-01",
  notifications: "notifications",
  catalogItems: "catalogItems_2022-04-01",
} as const satisfies Record<keyof SpApiClients, AmazonApi>;

export interface SpApiClientOptions extends TransportOptions {
  readonly region: SpApiRegion;
  /**
   * Use Amazon's sandbox host (static test cases; 5 requests/s, burst 15 for every operation).
   * @default false
   */
  readonly sandbox?: boolean;
  /** Selling partner id; partitions rate-limit state so two sellers never share a budget. */
  readonly sellerId?: string;
  /** Overrides the regional host, e.g. for a proxy. */
  readonly baseUrl?: string;
  /** Supplies `x-amz-access-token` (LWA token, or an RDT for restricted calls). */
  readonly tokens?: TokenProvider;
  /**
   * Paces calls inside the usage plans. `false` turns pacing off (not recommended).
   * @default a token-bucket limiter seeded from the generated operations table
   */
  readonly limiter?: RateLimiter | false;
  /** @default "ml-connector (Language=TypeScript)" */
  readonly userAgent?: string;
}

/** The typed clients plus the pipeline they share. */
export interface SpApiClient extends SpApiClients {
  readonly pipeline: Pipeline;
  readonly region: SpApiRegion;
  readonly baseUrl: string;
  /** A fetch bound to per-call options; pass it as openapi-fetch's per-request `fetch`. */
  fetchFor(options: CallOptions): (request: Request) => Promise<Response>;
}

const SANDBOX_PLAN = { rate: 5, burst: 15 } as const;

const spApiOptionsSchema = z.looseObject(
  {
    ...transportOptionsShape,
    region: z.enum(Object.keys(spApiHosts) as [SpApiRegion, ...SpApiRegion[]], {
      error: `must be one of ${Object.keys(spApiHosts)
        .map((r) => JSON.stringify(r))
        .join(", ")} (the SP-API region of the seller's marketplaces)`,
    }),
    sandbox: z.boolean({ error: "must be true or false" }).optional(),
    sellerId: textOption.optional(),
    baseUrl: httpsUrlOption.optional(),
    userAgent: textOption.optional(),
  },
  { error: "options must be an object" },
);

interface CompiledOperation {
  readonly method: string;
  readonly pattern: RegExp;
  readonly literalLength: number;
  readonly op: OperationInfo;
}

const compiled: readonly CompiledOperation[] = operations
  .map((op) => ({
    method: op.method,
    pattern: new RegExp(
      `^${op.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}$`,
    ),
    literalLength: op.path.replace(/\{[^}]+\}/g, "").length,
    op,
  }))
  // Longer literal paths first, so `/items/{sellerId}/{sku}` never shadows a more specific route.
  .sort((a, b) => b.literalLength - a.literalLength);

/** Finds the SP-API operation a request is for, from its method and path. */
export function findOperation(method: string, pathname: string): OperationInfo | undefined {
  const m = method.toUpperCase();
  return compiled.find((c) => c.method === m && c.pattern.test(pathname))?.op;
}

/**
 * Splits a request path into the prefix a proxy or simulator put in front of the API (`/amazon/na`)
 * and the API path the operation tables know (`/orders/v0/orders`). An operation's path template
 * has a fixed number of segments, so the API path is the request's last that many segments.
 * @returns undefined when no operation matches the path or any of its suffixes
 */
export function splitApiPath(
  method: string,
  pathname: string,
): { prefix: string; path: string; operation: OperationInfo } | undefined {
  const direct = findOperation(method, pathname);
  if (direct) return { prefix: "", path: pathname, operation: direct };
  const segments = pathname.split("/");
  for (let i = 2; i < segments.length; i++) {
    const path = `/${segments.slice(i).join("/")}`;
    const operation = findOperation(method, path);
    if (operation) return { prefix: segments.slice(0, i).join("/"), path, operation };
  }
  return undefined;
}

/**
 * Creates typed SP-API clients on the region's host, all sharing one transport pipeline
 * (audit → retry → throttle → auth → fetch). Query arrays are sent comma-separated, as SP-API expects.
 * @example
 * const amazon = createSpApiClient({ region: "na", sellerId: "A1SELLER", tokens: lwaTokenProvider({...}) });
 * const { data, error } = await amazon.orders.GET("/orders/2026-01-01/orders", {
 *   params: { query: { marketplaceIds: ["ATVPDKIKX0DER"], lastUpdatedAfter: "2026-11-01T00:00:00Z" } },
 * });
 */
export function createSpApiClient(options: SpApiClientOptions): SpApiClient {
  parseOptions(spApiOptionsSchema, options, { system: "amazon", operation: "createSpApiClient" });
  const host = spApiHosts[options.region];
  const baseUrl = (options.baseUrl ?? (options.sandbox ? host.sandbox : host.production)).replace(/\/$/, "");
  const userAgent = options.userAgent ?? "ml-connector (Language=TypeScript)";
  const sandbox = options.sandbox === true;

  // A baseUrl with a path (a proxy, or the simulator server's `/amazon/na`) is not part of the
  // operation's path: strip it before matching, or throttling and RDTs would miss every call.
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  const resolveOperation = (request: Request): OperationRef | undefined => {
    const pathname = new URL(request.url).pathname;
    const found = findOperation(
      request.method,
      basePath && pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname,
    );
    if (!found) return undefined;
    return sandbox ? { ...found, ...SANDBOX_PLAN } : found;
  };
  const userAgentLayer: Middleware = (request, ctx, next) => {
    const headers = new Headers(request.headers);
    headers.set("user-agent", userAgent);
    return next(new Request(request, { headers }), ctx);
  };

  const pipeline = createClientPipeline(options, {
    system: "amazon",
    partition: `${options.sellerId ?? "default"}:${options.region}${sandbox ? ":sandbox" : ""}`,
    resolveOperation,
    defaultLimiter: (clock) => createTokenBucketLimiter({ clock }),
    defaultRetry: () => createRetryPolicy(),
    middleware: [userAgentLayer, jsonAnswerLayer],
  });

  const make = <P extends {}>(): Client<P> =>
    createClient<P>({
      baseUrl,
      fetch: pipeline.fetch,
      querySerializer: { array: { style: "form", explode: false } },
    });

  return {
    ordersV0: make<OrdersV0Paths>(),
    orders: make<OrdersPaths>(),
    financesV0: make<FinancesV0Paths>(),
    finances: make<FinancesPaths>(),
    transfers: make<TransfersPaths>(),
    financesInvoices: make<FinancesInvoicesPaths>(),
    reports: make<ReportsPaths>(),
    feeds: make<FeedsPaths>(),
    listingsItems: make<ListingsItemsPaths>(),
    fbaInventory: make<FbaInventoryPaths>(),
    tokens: make<TokensPaths>(),
    sellers: make<SellersPaths>(),
    productTypeDefinitions: make<ProductTypeDefinitionsPaths>(),
    notifications: make<NotificationsPaths>(),
    catalogItems: make<CatalogItemsPaths>(),
    pipeline,
    region: options.region,
    baseUrl,
    fetchFor: pipeline.fetchFor,
  };
}
