/**
 * Which way a batch of listings goes to Amazon: one Listings Items call per SKU, or one
 * JSON_LISTINGS_FEED. Pure: the count, Amazon's usage plans (the generated rate/burst table, or
 * the live limits the host knows) and the expected feed turnaround in, the path and why out.
 *
 * The rule: per SKU the Listings Items path costs a `getListingsItem` before the write (what
 * Amazon holds decides put or patch) and one after (the status once Amazon has processed it), and
 * one `putListingsItem` or `patchListingsItem`. Each operation has its own token bucket, so the
 * path takes as long as its busiest bucket: `max(0, calls − burst) / rate` seconds. A feed costs
 * a handful of calls whatever its size (createFeedDocument, createFeed, a few getFeed polls,
 * getFeedDocument), but Amazon processes it on its own schedule: its cost is that turnaround.
 * The faster path wins. With Amazon's default plans (5 requests/s, burst 10, for both get and
 * put) and a 5-minute turnaround, up to 755 listings go through Listings Items, more through a feed.
 */
import { operations } from "../../../generated/amazon/operations.js";

/** A usage plan: requests per second and bucket size. */
export interface UsagePlan {
  readonly rate: number;
  readonly burst: number;
}

/** The plans the choice reads. @default Amazon's defaults from the generated table */
export interface ListingsUsagePlans {
  readonly getListingsItem: UsagePlan;
  readonly putListingsItem: UsagePlan;
  readonly patchListingsItem: UsagePlan;
}

function plan(operationId: string): UsagePlan {
  const op = operations.find((o) => o.api === "listingsItems_2021-08-01" && o.operationId === operationId);
  if (!op || op.rate === null || op.burst === null) {
    throw new Error(`the generated operation table has no usage plan for ${operationId}`);
  }
  return { rate: op.rate, burst: op.burst };
}

/** Amazon's default plans of the operations the choice weighs, from the generated table. */
export function defaultListingsUsagePlans(): ListingsUsagePlans {
  return {
    getListingsItem: plan("getListingsItem"),
    putListingsItem: plan("putListingsItem"),
    patchListingsItem: plan("patchListingsItem"),
  };
}

/** Input of {@link chooseListingsPath}. */
export interface ListingsPathInput {
  /** Listings to send to one seller and marketplace. */
  readonly count: number;
  /** @default defaultListingsUsagePlans() */
  readonly plans?: ListingsUsagePlans;
  /** How long Amazon is expected to take to process a feed. @default 300_000 (5 minutes) */
  readonly feedTurnaroundMs?: number;
  /**
   * Forces the rule: from this many listings on, a feed; below it, Listings Items. When left out,
   * the estimate decides.
   */
  readonly feedThreshold?: number;
}

/** The path chosen, with the estimates behind it. */
export interface ListingsPathChoice {
  readonly path: "items" | "feed";
  /** Estimated duration of the Listings Items path, from the usage plans. */
  readonly itemsMs: number;
  /** Estimated duration of one feed (its turnaround; its few calls fit in their bursts). */
  readonly feedMs: number;
  /** The rule as applied, for logs and the audit trail. */
  readonly reason: string;
}

/** Time to make `calls` calls on a bucket of `plan`, starting full. */
function bucketMs(calls: number, p: UsagePlan): number {
  return (Math.max(0, calls - p.burst) / p.rate) * 1000;
}

/**
 * Chooses Listings Items or a feed for `count` listings (see the module's rule).
 * @example
 * chooseListingsPath({ count: 10 }).path;    // "items"
 * chooseListingsPath({ count: 5000 }).path;  // "feed"
 */
export function chooseListingsPath(input: ListingsPathInput): ListingsPathChoice {
  const plans = input.plans ?? defaultListingsUsagePlans();
  const n = Math.max(0, Math.floor(input.count));
  // The write is a put or a patch: count the slower of the two, the estimate must not flatter.
  const write = [plans.putListingsItem, plans.patchListingsItem].reduce((a, b) =>
    bucketMs(n, a) >= bucketMs(n, b) ? a : b,
  );
  const itemsMs = Math.max(bucketMs(2 * n, plans.getListingsItem), bucketMs(n, write));
  const feedMs = input.feedTurnaroundMs ?? 300_000;
  if (input.feedThreshold !== undefined) {
    const path = n >= input.feedThreshold ? "feed" : "items";
    return {
      path,
      itemsMs,
      feedMs,
      reason: `${n} listing(s) ${path === "feed" ? "≥" : "<"} listings.feedThreshold ${input.feedThreshold}`,
    };
  }
  const path = n > 0 && feedMs < itemsMs ? "feed" : "items";
  const s = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  return {
    path,
    itemsMs,
    feedMs,
    reason:
      path === "feed"
        ? `${n} listing(s) take ${s(itemsMs)} through Listings Items at Amazon's usage plans, more than a feed's expected ${s(feedMs)}`
        : `${n} listing(s) take ${s(itemsMs)} through Listings Items at Amazon's usage plans, no more than a feed's expected ${s(feedMs)}`,
  };
}
