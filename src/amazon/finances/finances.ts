/**
 * Finances listings: event groups (open and closed) in date windows within the API's limits, the
 * events of a group, and 2024-06-19 transactions. Paging tokens stay inside; when Amazon rejects one
 * (they expire), the listing starts again where it got to and skips what it already returned.
 */
import { createHash } from "node:crypto";
import type { components as Finances2024 } from "../../../generated/amazon/finances_2024-06-19.js";
import type { components as FinancesV0 } from "../../../generated/amazon/financesV0.js";
import type { Clock } from "../../core/clock.js";
import { ValidationError } from "../../core/errors.js";
import { type Logger, silentLogger } from "../../core/logger.js";
import type { Money } from "../../core/money.js";
import type { SpApiClient } from "../client.js";
import { type Instant, toEpochMs } from "../orders/list-orders.js";
import {
  expectData,
  type FetchResult,
  isoSeconds,
  isRejectedToken,
  readAnswer,
} from "../reports/call-result.js";
import { type FinancialEventGroupSummary, readFinancialEventGroups } from "../settlement/event-groups.js";
import {
  type FinanceTransaction,
  type FinancialEvent,
  normalizeFinancialEvents,
  normalizeTransaction,
} from "./events.js";

const DAY = 86_400_000;
/** Amazon returns no groups when StartedAfter and StartedBefore are more than 180 days apart. */
const MAX_GROUP_WINDOW_MS = 180 * DAY;
const TWO_MINUTES = 120_000;
const MAX_RESTARTS = 5;

/** Options of {@link listFinancialEventGroups}. */
export interface ListFinancialEventGroupsOptions {
  /** Groups that started at or after… */
  readonly startedAfter: Instant;
  /** …and before. @default now − 2 minutes */
  readonly startedBefore?: Instant;
  /** Width of each request's window, at most 180 days. @default 90 days */
  readonly windowMs?: number;
  /** 1–100. @default 100 */
  readonly pageSize?: number;
  readonly clock: Clock;
  readonly logger?: Logger;
}

function tooWide(): ValidationError {
  return new ValidationError("Financial event group window is too wide", {
    issues: [{ code: "range", path: ["windowMs"], message: "must be positive and at most 180 days" }],
    where: { system: "local", operation: "listFinancialEventGroups" },
    hint: "Amazon returns nothing for windows over 180 days; use a smaller windowMs",
  });
}

/**
 * Every financial event group (open and closed) that started in a range, oldest window first,
 * each group once. Amounts are exact (`readFinancialEventGroups`).
 * @example
 * for await (const g of listFinancialEventGroups(amazon, { startedAfter: Date.now() - 60 * 86_400_000, clock: systemClock })) {
 *   if (g.processingStatus === "Open") console.log("provisional balance", g.originalTotal?.toString());
 * }
 */
export async function* listFinancialEventGroups(
  amazon: SpApiClient,
  options: ListFinancialEventGroupsOptions,
): AsyncGenerator<FinancialEventGroupSummary> {
  const logger = options.logger ?? silentLogger;
  const windowMs = options.windowMs ?? 90 * DAY;
  if (!(windowMs > 0) || windowMs > MAX_GROUP_WINDOW_MS) throw tooWide();
  const from = toEpochMs(options.startedAfter, "startedAfter");
  const until = Math.min(
    options.startedBefore !== undefined
      ? toEpochMs(options.startedBefore, "startedBefore")
      : Number.POSITIVE_INFINITY,
    options.clock.now() - TWO_MINUTES,
  );
  const path = "/finances/v0/financialEventGroups";
  const yielded = new Set<string>();
  for (let windowStart = from; windowStart < until; windowStart += windowMs) {
    const windowEnd = Math.min(until, windowStart + windowMs);
    let after = windowStart;
    let token: string | undefined;
    let restarts = 0;
    for (;;) {
      const query = token
        ? { NextToken: token }
        : {
            MaxResultsPerPage: options.pageSize ?? 100,
            FinancialEventGroupStartedAfter: isoSeconds(after),
            FinancialEventGroupStartedBefore: isoSeconds(windowEnd),
          };
      const result = (await amazon.financesV0.GET(path, { params: { query } })) as FetchResult<
        FinancesV0["schemas"]["ListFinancialEventGroupsResponse"]
      >;
      if (token && isRejectedToken(result) && restarts < MAX_RESTARTS) {
        // The token expired: ask again from the last group's start, skipping the groups already returned.
        restarts++;
        logger.info("financial event group NextToken rejected; listing the window again", {
          from: isoSeconds(after),
          to: isoSeconds(windowEnd),
          restarts,
        });
        token = undefined;
        continue;
      }
      const { groups, next } = readAnswer(
        result,
        { operation: "listFinancialEventGroups", path },
        (data) => ({
          groups: readFinancialEventGroups(data),
          next: pagingToken(data.payload?.NextToken),
        }),
      );
      for (const group of groups) {
        if (group.start) after = Math.max(after, Math.floor(Date.parse(group.start) / 1000) * 1000);
        if (yielded.has(group.id)) continue;
        yielded.add(group.id);
        yield group;
      }
      token = next;
      if (!token) break;
    }
  }
}

/** A NextToken as text; anything else Amazon might put there ends the listing. */
function pagingToken(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Options of {@link listFinancialEventsByGroupId}. */
export interface ListFinancialEventsOptions {
  readonly postedAfter?: Instant;
  readonly postedBefore?: Instant;
  /** 1–100. @default 100 */
  readonly pageSize?: number;
  readonly logger?: Logger;
}

function eventKey(e: FinancialEvent): string {
  return createHash("sha256")
    .update(`${e.kind}\u0000${JSON.stringify(e.raw)}`)
    .digest("base64");
}

/**
 * The events of one financial event group, normalized (shipment, refund, service fee,
 * adjustment, …), across pages. Events of an open group are provisional.
 * @example for await (const e of listFinancialEventsByGroupId(amazon, groupId)) totals.add(e.kind, e.total);
 */
export async function* listFinancialEventsByGroupId(
  amazon: SpApiClient,
  eventGroupId: string,
  options: ListFinancialEventsOptions = {},
): AsyncGenerator<FinancialEvent> {
  const logger = options.logger ?? silentLogger;
  const path = "/finances/v0/financialEventGroups/{eventGroupId}/financialEvents";
  const seen = new Map<string, number>();
  let token: string | undefined;
  let restarts = 0;
  // Counts per identical event, so two identical events (same fee twice) both survive a restart.
  let replay = new Map<string, number>();
  for (;;) {
    const query = token
      ? { NextToken: token }
      : {
          MaxResultsPerPage: options.pageSize ?? 100,
          ...(options.postedAfter !== undefined
            ? { PostedAfter: isoSeconds(toEpochMs(options.postedAfter, "postedAfter")) }
            : {}),
          ...(options.postedBefore !== undefined
            ? { PostedBefore: isoSeconds(toEpochMs(options.postedBefore, "postedBefore")) }
            : {}),
        };
    const result = (await amazon.financesV0.GET(path, {
      params: { path: { eventGroupId }, query },
    })) as FetchResult<FinancesV0["schemas"]["ListFinancialEventsResponse"]>;
    if (token && isRejectedToken(result) && restarts < MAX_RESTARTS) {
      restarts++;
      logger.info("financial events NextToken rejected; listing the group again", { eventGroupId, restarts });
      token = undefined;
      replay = new Map(seen);
      continue;
    }
    const { events, next } = readAnswer(
      result,
      { operation: "listFinancialEventsByGroupId", path, record: eventGroupId },
      (data) => ({
        events: normalizeFinancialEvents(data.payload?.FinancialEvents),
        next: pagingToken(data.payload?.NextToken),
      }),
    );
    for (const event of events) {
      const key = eventKey(event);
      const skip = replay.get(key) ?? 0;
      if (skip > 0) {
        replay.set(key, skip - 1);
        continue;
      }
      seen.set(key, (seen.get(key) ?? 0) + 1);
      yield event;
    }
    token = next;
    if (!token) return;
  }
}

/**
 * The financial events of one order (its shipment, refunds, chargebacks…), normalized, across
 * pages. The orders flow reads a refunded order's refunds here to write its credit note.
 * @example for await (const e of listFinancialEventsByOrderId(amazon, "111-2223334-5556667")) if (e.kind === "Refund") refunds.push(e);
 */
export async function* listFinancialEventsByOrderId(
  amazon: SpApiClient,
  orderId: string,
  options: Pick<ListFinancialEventsOptions, "pageSize" | "logger"> = {},
): AsyncGenerator<FinancialEvent> {
  const logger = options.logger ?? silentLogger;
  const path = "/finances/v0/orders/{orderId}/financialEvents";
  const seen = new Map<string, number>();
  let replay = new Map<string, number>();
  let token: string | undefined;
  let restarts = 0;
  for (;;) {
    const query = token ? { NextToken: token } : { MaxResultsPerPage: options.pageSize ?? 100 };
    const result = (await amazon.financesV0.GET(path, {
      params: { path: { orderId }, query },
    })) as FetchResult<FinancesV0["schemas"]["ListFinancialEventsResponse"]>;
    if (token && isRejectedToken(result) && restarts < MAX_RESTARTS) {
      restarts++;
      logger.info("financial events NextToken rejected; listing the order again", { orderId, restarts });
      token = undefined;
      replay = new Map(seen);
      continue;
    }
    const data = expectData(result, { operation: "listFinancialEventsByOrderId", path, record: orderId });
    for (const event of normalizeFinancialEvents(data.payload?.FinancialEvents)) {
      const key = eventKey(event);
      const skip = replay.get(key) ?? 0;
      if (skip > 0) {
        replay.set(key, skip - 1);
        continue;
      }
      seen.set(key, (seen.get(key) ?? 0) + 1);
      yield event;
    }
    token = data.payload?.NextToken;
    if (!token) return;
  }
}

/** Options of {@link listTransactions}. Give `postedAfter` or `related`. */
export interface ListTransactionsOptions {
  readonly postedAfter?: Instant;
  /** At least two minutes in the past. */
  readonly postedBefore?: Instant;
  readonly marketplaceId?: string;
  readonly transactionStatus?: string;
  /** All transactions of one event group or order. */
  readonly related?: { readonly name: "FINANCIAL_EVENT_GROUP_ID" | "ORDER_ID"; readonly value: string };
  readonly logger?: Logger;
}

/**
 * Finances 2024-06-19 transactions, normalized, across pages. With `related` it lists one event
 * group (or order) in one pass and tags each transaction with its group and settlement ids.
 * @example for await (const t of listTransactions(amazon, { related: { name: "FINANCIAL_EVENT_GROUP_ID", value: groupId } })) {}
 */
export async function* listTransactions(
  amazon: SpApiClient,
  options: ListTransactionsOptions,
): AsyncGenerator<FinanceTransaction> {
  if (options.postedAfter === undefined && options.related === undefined) {
    throw new ValidationError("listTransactions needs postedAfter or related", {
      issues: [{ code: "required", path: ["postedAfter"], message: "give postedAfter or related" }],
      where: { system: "local", operation: "listTransactions" },
      hint: "pass postedAfter, or related: { name: 'FINANCIAL_EVENT_GROUP_ID', value }",
    });
  }
  const logger = options.logger ?? silentLogger;
  const path = "/finances/2024-06-19/transactions";
  const yielded = new Set<string>();
  let token: string | undefined;
  let restarts = 0;
  for (;;) {
    const query = token
      ? { nextToken: token }
      : {
          ...(options.postedAfter !== undefined
            ? { postedAfter: isoSeconds(toEpochMs(options.postedAfter, "postedAfter")) }
            : {}),
          ...(options.postedBefore !== undefined
            ? { postedBefore: isoSeconds(toEpochMs(options.postedBefore, "postedBefore")) }
            : {}),
          ...(options.marketplaceId ? { marketplaceId: options.marketplaceId } : {}),
          ...(options.transactionStatus ? { transactionStatus: options.transactionStatus } : {}),
          ...(options.related
            ? { relatedIdentifierName: options.related.name, relatedIdentifierValue: options.related.value }
            : {}),
        };
    const result = (await amazon.finances.GET(path, { params: { query } })) as FetchResult<
      Finances2024["schemas"]["ListTransactionsResponse"]
    >;
    if (token && isRejectedToken(result) && restarts < MAX_RESTARTS) {
      restarts++;
      logger.info("transactions nextToken rejected; listing again", { restarts });
      token = undefined;
      continue;
    }
    const data = expectData(result, { operation: "listTransactions", path });
    for (const t of data.payload?.transactions ?? []) {
      const id = t.transactionId ?? JSON.stringify(t);
      if (yielded.has(id)) continue;
      yielded.add(id);
      yield normalizeTransaction(t);
    }
    token = data.payload?.nextToken;
    if (!token) return;
  }
}

/** Totals of one (kind, amount-type, amount-description) in a group. */
export interface ProvisionalTotal {
  readonly kind: string;
  readonly amountType: string;
  readonly amountDescription: string;
  readonly count: number;
  readonly amount: Money;
}

/** An open event group with its events summed: what Amazon owes before the settlement closes. */
export interface ProvisionalGroupView {
  readonly group: FinancialEventGroupSummary;
  readonly events: number;
  /** Sum of the events (reserve movements are not events, so this differs from `originalTotal` by them). */
  readonly eventTotal: Money | undefined;
  readonly totals: readonly ProvisionalTotal[];
  /** Events of lists this SDK does not know, kept for review. */
  readonly unknownEvents: number;
}

/** Options of {@link readProvisionalView}. */
export interface ProvisionalViewOptions {
  readonly clock: Clock;
  /** @default 90 days ago */
  readonly startedAfter?: Instant;
  readonly logger?: Logger;
}

/**
 * The provisional view between settlements: every open financial event group with its events
 * totalled by kind and amount type. Events from the last 48 hours may still be missing (Amazon).
 * @example
 * for (const v of await readProvisionalView(amazon, { clock: systemClock })) console.log(v.group.id, v.eventTotal?.toString());
 */
export async function readProvisionalView(
  amazon: SpApiClient,
  options: ProvisionalViewOptions,
): Promise<ProvisionalGroupView[]> {
  const out: ProvisionalGroupView[] = [];
  for await (const group of listFinancialEventGroups(amazon, {
    startedAfter: options.startedAfter ?? options.clock.now() - 90 * DAY,
    clock: options.clock,
    ...(options.logger ? { logger: options.logger } : {}),
  })) {
    if (group.processingStatus?.toLowerCase() !== "open") continue;
    const totals = new Map<
      string,
      { kind: string; amountType: string; amountDescription: string; count: number; amount: Money }
    >();
    let events = 0;
    let unknownEvents = 0;
    let eventTotal: Money | undefined;
    let mixed = false;
    for await (const e of listFinancialEventsByGroupId(
      amazon,
      group.id,
      options.logger ? { logger: options.logger } : {},
    )) {
      events++;
      if (!e.known) unknownEvents++;
      for (const a of e.amounts) {
        const key = `${e.kind}\u0000${a.amountType}\u0000${a.amountDescription}\u0000${a.amount.currency}`;
        const t = totals.get(key);
        if (t) {
          t.count++;
          t.amount = t.amount.plus(a.amount);
        } else {
          totals.set(key, {
            kind: e.kind,
            amountType: a.amountType,
            amountDescription: a.amountDescription,
            count: 1,
            amount: a.amount,
          });
        }
        if (!mixed) {
          if (eventTotal === undefined) eventTotal = a.amount;
          else if (eventTotal.currency === a.amount.currency) eventTotal = eventTotal.plus(a.amount);
          else mixed = true;
        }
      }
    }
    out.push({
      group,
      events,
      eventTotal: mixed ? undefined : eventTotal,
      totals: [...totals.values()],
      unknownEvents,
    });
  }
  return out;
}
