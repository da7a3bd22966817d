/**
 * `listOrders(amazon, {...})`: every order in a date window as {@link AmazonOrder}, through Orders
 * API 2026-01-01 `searchOrders` (default) or v0 `getOrders` + `getOrderItems` (until v0 retires on
 * 2027-03-27). Paging tokens stay inside.
 */
import type {
  components as Orders2026,
  operations as Orders2026Ops,
} from "../../../generated/amazon/orders_2026-01-01.js";
import type { components as OrdersV0 } from "../../../generated/amazon/ordersV0.js";
import { ValidationError } from "../../core/errors.js";
import { RDT_DATA_ELEMENTS_HEADER } from "../auth/rdt.js";
import type { SpApiClient } from "../client.js";
import { type FetchResult, isoSeconds, readAnswer } from "../reports/call-result.js";
import { fromOrder2026, fromOrderV0 } from "./normalize.js";
import type { AmazonOrder, OrdersApiVersion } from "./types.js";

type IncludedData = NonNullable<Orders2026Ops["searchOrders"]["parameters"]["query"]["includedData"]>[number];

/** What 2026-01-01 is asked for: amounts, status and promotions always; buyer and recipient with PII. */
export function includedDataFor(pii: boolean): IncludedData[] {
  return pii
    ? ["PROCEEDS", "FULFILLMENT", "PROMOTION", "BUYER", "RECIPIENT"]
    : ["PROCEEDS", "FULFILLMENT", "PROMOTION"];
}

/** An instant as epoch milliseconds, a Date, or ISO 8601 text. */
export type Instant = number | Date | string;

/** Epoch milliseconds of an {@link Instant}. */
export function toEpochMs(value: Instant, name: string): number {
  const ms = typeof value === "number" ? value : value instanceof Date ? value.getTime() : Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw new ValidationError(`${name} is not a date`, {
      issues: [{ code: "invalid_date", path: [name], message: `${JSON.stringify(value)} is not a date` }],
      where: { system: "local", operation: "listOrders", field: name },
      hint: "pass epoch milliseconds, a Date or ISO 8601 text",
    });
  }
  return ms;
}

/** Options of {@link listOrders}. Give either the `lastUpdated*` window or the `created*` one. */
export interface ListOrdersOptions {
  /** Sent on every call. */
  readonly marketplaceIds: readonly string[];
  readonly lastUpdatedAfter?: Instant;
  /** Must be at least two minutes in the past. @default Amazon's: now − 2 minutes */
  readonly lastUpdatedBefore?: Instant;
  readonly createdAfter?: Instant;
  readonly createdBefore?: Instant;
  /** @default "2026-01-01" */
  readonly api?: OrdersApiVersion;
  /**
   * Read buyer name, e-mail and delivery address. 2026-01-01 asks for `includedData=BUYER,RECIPIENT`;
   * v0 needs an RDT, so the token provider must be `lwaTokenProvider(...).withRestrictedData({ pii })`.
   * @default false
   */
  readonly pii?: boolean;
  /** 1–100. @default 100 */
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
}

/** One page of orders as the API returned it, normalized. */
export interface OrdersPage {
  readonly orders: readonly AmazonOrder[];
  /** The `lastUpdatedBefore`/`createdBefore` Amazon applied (its default when none was sent). */
  readonly before: string | undefined;
  /** True when Amazon returned a token for a further page. */
  readonly more: boolean;
}

function checkOptions(options: ListOrdersOptions): void {
  const issues: { code: string; path: string[]; message: string }[] = [];
  if (options.marketplaceIds.length === 0)
    issues.push({ code: "required", path: ["marketplaceIds"], message: "name at least one marketplace" });
  const byUpdate = options.lastUpdatedAfter !== undefined || options.lastUpdatedBefore !== undefined;
  const byCreate = options.createdAfter !== undefined || options.createdBefore !== undefined;
  if (
    byUpdate === byCreate ||
    (byUpdate && options.lastUpdatedAfter === undefined) ||
    (byCreate && options.createdAfter === undefined)
  )
    issues.push({
      code: "window",
      path: ["lastUpdatedAfter"],
      message:
        "give lastUpdatedAfter (and optionally lastUpdatedBefore) or createdAfter (and optionally createdBefore)",
    });
  const size = options.pageSize ?? 100;
  if (!Number.isInteger(size) || size < 1 || size > 100)
    issues.push({ code: "range", path: ["pageSize"], message: "must be an integer from 1 to 100" });
  if (issues.length > 0) {
    throw new ValidationError("Invalid listOrders options", {
      issues,
      where: { system: "local", operation: "listOrders" },
      hint: issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    });
  }
}

function window(options: ListOrdersOptions, names: { la: string; lb: string; ca: string; cb: string }) {
  const out: Record<string, string> = {};
  const put = (key: string, value: Instant | undefined, name: string) => {
    if (value !== undefined) out[key] = isoSeconds(toEpochMs(value, name));
  };
  put(names.la, options.lastUpdatedAfter, "lastUpdatedAfter");
  put(names.lb, options.lastUpdatedBefore, "lastUpdatedBefore");
  put(names.ca, options.createdAfter, "createdAfter");
  put(names.cb, options.createdBefore, "createdBefore");
  return out;
}

/**
 * Pages of orders, for callers that need each page's `before` (the poller). Most callers want
 * {@link listOrders}.
 */
export async function* listOrderPages(
  amazon: SpApiClient,
  options: ListOrdersOptions,
): AsyncGenerator<OrdersPage> {
  checkOptions(options);
  if ((options.api ?? "2026-01-01") === "v0") {
    yield* pagesV0(amazon, options);
  } else {
    yield* pages2026(amazon, options);
  }
}

async function* pages2026(amazon: SpApiClient, options: ListOrdersOptions): AsyncGenerator<OrdersPage> {
  const pii = options.pii === true;
  const marketplaceIds = [...options.marketplaceIds];
  const includedData = includedDataFor(pii);
  const fetch = options.signal ? { fetch: amazon.fetchFor({ signal: options.signal }) } : {};
  const first = window(options, {
    la: "lastUpdatedAfter",
    lb: "lastUpdatedBefore",
    ca: "createdAfter",
    cb: "createdBefore",
  });
  let token: string | undefined;
  do {
    const query: Orders2026Ops["searchOrders"]["parameters"]["query"] = token
      ? { marketplaceIds, includedData, paginationToken: token }
      : { marketplaceIds, includedData, maxResultsPerPage: options.pageSize ?? 100, ...first };
    const page = readAnswer(
      (await amazon.orders.GET("/orders/2026-01-01/orders", { params: { query }, ...fetch })) as FetchResult<
        Orders2026["schemas"]["SearchOrdersResponse"]
      >,
      { operation: "searchOrders", path: "/orders/2026-01-01/orders" },
      (data) => ({
        orders: data.orders.map((o) => fromOrder2026(o, { pii })),
        before: textOrUndefined(data.lastUpdatedBefore ?? data.createdBefore),
        next: textOrUndefined(data.pagination?.nextToken),
      }),
    );
    yield { orders: page.orders, before: page.before, more: page.next !== undefined };
    token = page.next;
  } while (token);
}

async function* pagesV0(amazon: SpApiClient, options: ListOrdersOptions): AsyncGenerator<OrdersPage> {
  const pii = options.pii === true;
  const MarketplaceIds = [...options.marketplaceIds];
  const fetch = options.signal ? { fetch: amazon.fetchFor({ signal: options.signal }) } : {};
  // Always say which data elements we want: with none, the call goes with the plain access token,
  // so a PII-enabled token provider never reads PII the caller did not ask for.
  const orderHeaders = { [RDT_DATA_ELEMENTS_HEADER]: pii ? "buyerInfo,shippingAddress" : "" };
  const itemHeaders = { [RDT_DATA_ELEMENTS_HEADER]: "" };
  const first = window(options, {
    la: "LastUpdatedAfter",
    lb: "LastUpdatedBefore",
    ca: "CreatedAfter",
    cb: "CreatedBefore",
  });
  let token: string | undefined;
  do {
    const query = token
      ? { MarketplaceIds, NextToken: token }
      : { MarketplaceIds, MaxResultsPerPage: options.pageSize ?? 100, ...first };
    const site = { operation: "getOrders", path: "/orders/v0/orders" };
    const result = (await amazon.ordersV0.GET("/orders/v0/orders", {
      params: { query },
      headers: orderHeaders,
      ...fetch,
    })) as FetchResult<OrdersV0["schemas"]["GetOrdersResponse"]>;
    const { payload, listed } = readAnswer(result, site, (data) => {
      const listed = data.payload?.Orders ?? [];
      if (!Array.isArray(listed) || !listed.every((o) => o !== null && typeof o === "object")) {
        throw new TypeError("payload.Orders is not a list of orders");
      }
      return { payload: data.payload, listed };
    });
    const orders: AmazonOrder[] = [];
    for (const order of listed) {
      const items: OrdersV0["schemas"]["OrderItem"][] = [];
      let itemToken: string | undefined;
      do {
        const itemsResult = (await amazon.ordersV0.GET("/orders/v0/orders/{orderId}/orderItems", {
          params: {
            path: { orderId: order.AmazonOrderId },
            ...(itemToken ? { query: { NextToken: itemToken } } : {}),
          },
          headers: itemHeaders,
          ...fetch,
        })) as FetchResult<OrdersV0["schemas"]["GetOrderItemsResponse"]>;
        const itemsSite = {
          operation: "getOrderItems",
          path: "/orders/v0/orders/{orderId}/orderItems",
          record: String(order.AmazonOrderId),
        };
        itemToken = readAnswer(itemsResult, itemsSite, (itemsData) => {
          const listedItems = itemsData.payload?.OrderItems ?? [];
          if (!Array.isArray(listedItems)) throw new TypeError("payload.OrderItems is not a list");
          items.push(...listedItems);
          return textOrUndefined(itemsData.payload?.NextToken);
        });
      } while (itemToken);
      orders.push(readAnswer(result, site, () => fromOrderV0(order, items, { pii })));
    }
    const next = readAnswer(result, site, () => textOrUndefined(payload?.NextToken));
    yield {
      orders,
      before: readAnswer(result, site, () =>
        textOrUndefined(payload?.LastUpdatedBefore ?? payload?.CreatedBefore),
      ),
      more: next !== undefined,
    };
    token = next;
  } while (token);
}

/** A paging token or instant as text; anything else (a number, an object) is no token. */
function textOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Every order in a window, normalized, one API page at a time (`NextToken` stays inside).
 * @example
 * for await (const order of listOrders(amazon, { marketplaceIds: ["ATVPDKIKX0DER"], lastUpdatedAfter: "2026-11-01T00:00:00Z" })) {
 *   console.log(order.orderId, order.status, order.total?.toString());
 * }
 */
export async function* listOrders(
  amazon: SpApiClient,
  options: ListOrdersOptions,
): AsyncGenerator<AmazonOrder> {
  for await (const page of listOrderPages(amazon, options)) yield* page.orders;
}
