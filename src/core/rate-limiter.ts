import { z } from "zod";
import { type Clock, systemClock } from "./clock.js";
import { clockOption, intOption, objectWith, parseOptions } from "./options.js";
import type { Middleware, OperationRef } from "./pipeline.js";
import type { RateLimitState, RateLimitStore, RateLimitTakeRequest, RateLimitTakeResult } from "./storage.js";

/**
 * `ctx.meta` key under which the throttle layer leaves a function that paces one send inside an
 * operation's usage plan. The pipeline's terminal step runs every send through it, so the token is
 * taken right before the request leaves; a sub-request of the same call (the Restricted Data Token
 * fetch) is paced through it under its own operation.
 */
export const THROTTLE_META = "throttle.run";

/** Paces `send` as a call to `operation` on the current partition, learning from its response. */
export type ThrottleRun = (
  operation: OperationRef | undefined,
  send: () => Promise<Response>,
) => Promise<Response>;

/** A usage plan: tokens added per second, and the bucket size. */
export interface UsagePlan {
  readonly rate: number;
  readonly burst: number;
}

/** Persisted state of one bucket. Times are epoch ms of the limiter's clock. */
export interface BucketState {
  tokens: number;
  updatedAt: number;
  /** Rate learnt from `x-amzn-RateLimit-Limit`, overriding the published default. */
  rate?: number;
  /** No request before this time (after a 429 with Retry-After). */
  blockedUntil?: number;
}

/**
 * Where bucket state lives. The default keeps it in memory; the PostgreSQL storage adapter shares
 * it across processes so several workers for one seller stay inside one budget.
 */
export interface BucketStore {
  /** Atomically reads, transforms and writes one bucket's state; returns what `fn` returns. */
  update<T>(
    key: string,
    fn: (state: BucketState | undefined) => { state: BucketState; result: T },
  ): Promise<T>;
  /**
   * Optional: one token take in one atomic step of the backend, exactly as
   * {@link takeRateLimitToken} computes it. The limiter uses it for every take when it is there
   * (else it runs {@link takeRateLimitToken} through `update`).
   */
  take?(key: string, request: RateLimitTakeRequest): Promise<RateLimitTakeResult>;
}

// Float drift: a bucket refilled for exactly 1/rate seconds holds a token.
const TOKEN_EPSILON = 1e-9;
// Float noise (0.05 / 0.5 × 1000 = 100.00000000000001) must not add a millisecond to a wait.
const WAIT_EPSILON_MS = 1e-6;

/**
 * The refill rate a bucket runs at: the rate learnt from `x-amzn-RateLimit-Limit` when there is
 * one (a stored rate that is not positive counts as none), else the published one, times the
 * utilisation.
 */
function effectiveRate(state: RateLimitState | undefined, request: RateLimitTakeRequest): number {
  const learnt = state?.rate;
  return (learnt !== undefined && learnt > 0 ? learnt : request.rate) * request.utilisation;
}

/** The bucket refilled up to `request.now` (a new bucket is full). */
function refilled(state: RateLimitState | undefined, request: RateLimitTakeRequest): RateLimitState {
  const { now, burst } = request;
  if (!state) return { tokens: burst, refilledAt: now };
  return {
    ...state,
    tokens: Math.min(
      burst,
      state.tokens + (Math.max(0, now - state.refilledAt) / 1000) * effectiveRate(state, request),
    ),
    // Never moves backwards: it may lie ahead (refill held back for the margin), and a second
    // process whose clock lags a little must not refill twice.
    refilledAt: Math.max(state.refilledAt, now),
  };
}

/**
 * The token-bucket arithmetic of {@link createTokenBucketLimiter}, as a pure function: takes one
 * token from `state` at `request.now`, or says how long to wait. A store's
 * {@link RateLimitStore.take} must compute exactly this (the PostgreSQL adapter runs it as one SQL
 * statement; the conformance suite compares the two).
 *
 * - The bucket refills at the learnt rate (else the published one) times the utilisation, up to
 *   `burst`, from `refilledAt`, which never moves backwards.
 * - Before `pausedUntil` (a `Retry-After`) nothing is taken: wait until then.
 * - A take that starts the refill (the bucket was full or nearly so) holds the refill back until
 *   `marginMs` from now, less the time the refill has already run: the remote bucket starts
 *   refilling when the request arrives, up to `marginMs` after we send it. Held in time, not in
 *   tokens, so a higher rate learnt later cannot shrink it. Deep in debt it changes nothing.
 * - With less than a token, wait until the refill brings one (at least 1 ms).
 * @param state - The bucket as stored; `undefined` for a new bucket, which starts full.
 * @param request - The plan and the instant of the take.
 * @returns `waitMs` 0 when the token was taken, and the state to store in either case.
 * @example
 * const { waitMs, state } = takeRateLimitToken(stored, { now, rate: 0.5, burst: 30, utilisation: 1, marginMs: 150 });
 */
export function takeRateLimitToken(
  state: RateLimitState | undefined,
  request: RateLimitTakeRequest,
): RateLimitTakeResult {
  const { now, burst, marginMs } = request;
  const next = refilled(state, request);
  if (next.pausedUntil !== undefined && next.pausedUntil > now) {
    return { waitMs: next.pausedUntil - now, state: next };
  }
  const rate = effectiveRate(next, request);
  if (next.tokens >= 1 - TOKEN_EPSILON) {
    const refillFrom = now + (marginMs / 1000 - (burst - next.tokens) / rate) * 1000;
    return {
      waitMs: 0,
      state: { ...next, tokens: next.tokens - 1, refilledAt: Math.max(next.refilledAt, refillFrom) },
    };
  }
  const from = Math.max(now, next.refilledAt);
  return {
    waitMs: Math.max(1, Math.ceil(from - now + ((1 - next.tokens) / rate) * 1000 - WAIT_EPSILON_MS)),
    state: next,
  };
}

const toBucketState = (s: RateLimitState): BucketState => ({
  tokens: s.tokens,
  updatedAt: s.refilledAt,
  ...(s.pausedUntil !== undefined ? { blockedUntil: s.pausedUntil } : {}),
  ...(s.rate !== undefined ? { rate: s.rate } : {}),
});

const toRateLimitState = (s: BucketState): RateLimitState => ({
  tokens: s.tokens,
  refilledAt: s.updatedAt,
  ...(s.blockedUntil !== undefined ? { pausedUntil: s.blockedUntil } : {}),
  ...(s.rate !== undefined ? { rate: s.rate } : {}),
});

/** What a response told us about the limit. */
export interface RateObservation {
  readonly status: number;
  /** Requests per second from `x-amzn-RateLimit-Limit`, when the response carried it. */
  readonly limit?: number;
  /** Milliseconds from `Retry-After`, when present. */
  readonly retryAfterMs?: number;
}

/**
 * Paces requests so that none is sent that the remote usage plan would refuse.
 */
export interface RateLimiter {
  /** Waits until one request may go out under `plan` for `key`, then takes the token. Call it right before the send. */
  acquire(key: string, plan: UsagePlan, signal?: AbortSignal): Promise<void>;
  /** Learns from a response: a new rate from the header, or a 429 that empties the bucket. */
  observe(key: string, plan: UsagePlan, observation: RateObservation): Promise<void>;
  /** The pipeline layer that calls acquire/observe around every attempt. */
  middleware(): Middleware;
}

export interface TokenBucketLimiterOptions {
  /** @default systemClock */
  readonly clock?: Clock;
  /** @default an in-memory store private to this limiter */
  readonly store?: BucketStore;
  /**
   * Plan for operations with none published (rate or burst null).
   * @default { rate: 1, burst: 1 }
   */
  readonly fallbackPlan?: UsagePlan;
  /**
   * Usage plans that differ from the published ones, by operation id: a plan Amazon raised for this
   * application, or a sandbox with its own. The limiter also learns the rate from
   * `x-amzn-RateLimit-Limit`, but only once the first answer is in; a plan given here paces the
   * first burst's refill right as well.
   * @example { getOrderItems: { rate: 5, burst: 30 } }
   */
  readonly plans?: Readonly<Record<string, UsagePlan>>;
  /**
   * Fraction of the published rate to use. Below 1 it trades throughput for head-room against a
   * co-consumer of the quota that does not share this limiter's store.
   * @default 1
   */
  readonly utilisation?: number;
  /**
   * How much later than our send Amazon may count a request, in milliseconds: the spread of send
   * latency (network, event-loop lag, a storage round trip between taking the token and sending).
   * Amazon refills its bucket from the moment a request *arrives*; we only know when we sent it.
   * Whenever a take starts the refill (the bucket was full or nearly so), the limiter assumes the
   * remote refill starts this much later. It costs `marginMs` once per drained burst, never per call.
   * @default 150
   */
  readonly marginMs?: number;
  /**
   * The longest, in milliseconds, the refill is held back for a take that starts it (the bucket
   * was full or nearly so) while no answer to a request taken under that hold has come back.
   *
   * Amazon starts refilling when the first request of a burst *arrives*. How long after the take
   * that is cannot be known in advance: a busy event loop, a storage round trip, a slow proxy or
   * network can make it longer than `marginMs`, and then our bucket refills ahead of Amazon's and
   * a later request, sent quickly, meets an empty bucket (a 429). What is known is that a request
   * that has been answered has arrived. So a send paced by {@link RateLimiter.middleware} holds the
   * refill until the first answer to a request taken under the hold (at least `marginMs` after its
   * take, at most `maxHoldMs`), and then lets it start from that answer, in every process sharing
   * the bucket. Waiters re-check the bucket while it is held (every tenth of a token period), so
   * an answer in another process releases them too. It costs the answer's way back (Amazon to us),
   * once per drained burst; `maxHoldMs` only when no answer comes back at all.
   *
   * A bare {@link RateLimiter.acquire} does not see answers: it holds the refill `marginMs`.
   * @default 2000
   */
  readonly maxHoldMs?: number;
}

const planSchema = z.looseObject(
  {
    rate: z.number({ error: "must be a number" }).positive("must be greater than 0"),
    burst: z.number({ error: "must be a number" }).min(1, "must be at least 1"),
  },
  { error: "must be a usage plan { rate, burst }" },
);

const tokenBucketOptionsSchema = z.looseObject(
  {
    clock: clockOption.optional(),
    store: objectWith("a BucketStore", "update").optional(),
    fallbackPlan: planSchema.optional(),
    plans: z.record(z.string(), planSchema, { error: "must map operation ids to usage plans" }).optional(),
    utilisation: z
      .number({ error: "must be a number" })
      .gt(0, "must be greater than 0")
      .max(1, "must be at most 1 (a fraction of the published rate)")
      .optional(),
    maxHoldMs: z
      .number({ error: "must be a number of milliseconds" })
      .min(0, "must be at least 0")
      .max(Number.MAX_SAFE_INTEGER, "must be finite")
      .optional(),
  },
  { error: "options must be an object" },
);

/** A bucket store in process memory. */
export function createMemoryBucketStore(): BucketStore {
  const buckets = new Map<string, RateLimitState>();
  return {
    async update(key, fn) {
      const current = buckets.get(key);
      const { state, result } = fn(current && toBucketState(current));
      buckets.set(key, toRateLimitState(state));
      return result;
    },
    async take(key, request) {
      const result = takeRateLimitToken(buckets.get(key), request);
      buckets.set(key, result.state);
      return result;
    },
  };
}

/**
 * A bucket store over a storage adapter's `rateLimits`, so every process sharing the storage (for
 * example several workers on one PostgreSQL) draws from one budget per seller and operation.
 * A rate learnt from `x-amzn-RateLimit-Limit` is shared too. Takes go through the store's
 * one-step `take` when it has one, else through `update`.
 * @example
 * const limiter = createTokenBucketLimiter({ store: storageBucketStore(storage.rateLimits) });
 */
export function storageBucketStore(rateLimits: RateLimitStore): BucketStore {
  const store: BucketStore = {
    async update(key, fn) {
      let result!: ReturnType<typeof fn>["result"];
      await rateLimits.update(key, (current) => {
        const next = fn(current && toBucketState(current));
        result = next.result;
        return toRateLimitState(next.state);
      });
      return result;
    },
  };
  if (typeof rateLimits.take === "function") {
    store.take = (key, request) => rateLimits.take!(key, request);
  }
  return store;
}

/**
 * A token-bucket limiter keyed by (partition, operation), the model Amazon's usage plans use:
 * a bucket of `burst` tokens, refilled at `rate` per second, starting full.
 *
 * It models the *remote* bucket conservatively, so that no request it lets through is refused:
 * - the token is taken as late as possible: the pipeline's last step takes it right before the send,
 *   after the access token (LWA, RDT) is in hand, so the wait for auth never counts as refill time;
 * - Amazon's refill starts when a request arrives, some time after we sent it; whenever a take
 *   starts the refill (a full or nearly full bucket), our refill is held back `marginMs`;
 * - after a 429 the refused request's token is given back, but the bucket is set just short of a
 *   token: the server had less than one, so the next send waits `marginMs`, not a whole token period.
 * @example
 * const limiter = createTokenBucketLimiter({ clock });
 * const amazon = createSpApiClient({ region: "na", limiter });
 */
export function createTokenBucketLimiter(options: TokenBucketLimiterOptions = {}): RateLimiter {
  parseOptions(tokenBucketOptionsSchema, options, "createTokenBucketLimiter");
  const clock = options.clock ?? systemClock;
  const store = options.store ?? createMemoryBucketStore();
  const fallback = options.fallbackPlan ?? { rate: 1, burst: 1 };
  const utilisation = options.utilisation ?? 1;
  // Callers for one key queue in order, so a burst of waiters wakes one by one, not all at once.
  const queues = new Map<string, Promise<void>>();

  const marginMs = Math.max(0, options.marginMs ?? 150);
  const maxHoldMs = Math.max(marginMs, options.maxHoldMs ?? 2000);
  const takeRequest = (plan: UsagePlan, now: number, holdMs = marginMs): RateLimitTakeRequest => ({
    now,
    rate: plan.rate,
    burst: plan.burst,
    utilisation,
    marginMs: holdMs,
  });

  /** One take: the wait (0 when taken), the instant it was computed at, and the bucket after it. */
  interface Take {
    readonly waitMs: number;
    readonly now: number;
    readonly state: RateLimitState;
  }
  const takeOrWait = async (key: string, plan: UsagePlan, holdMs: number): Promise<Take> => {
    // A store that takes in one step (one SQL statement) holds the bucket for that step only;
    // `now` is read before it, so the take may run a moment later than computed: it refills
    // from `now`, never past the moment it runs, which errs on the safe side.
    if (store.take) {
      const now = clock.now();
      const { waitMs, state } = await store.take(key, takeRequest(plan, now, holdMs));
      return { waitMs, now, state };
    }
    return store.update(key, (prev) => {
      const now = clock.now();
      const { waitMs, state } = takeRateLimitToken(
        prev && toRateLimitState(prev),
        takeRequest(plan, now, holdMs),
      );
      return { state: toBucketState(state), result: { waitMs, now, state } };
    });
  };

  /** A granted token: when it was taken, and whether the refill was held back at that moment. */
  interface Grant {
    readonly at: number;
    readonly held: boolean;
  }

  // Held for an answer (`holdMs` above `marginMs`), the bucket's refill may start well before the
  // computed wait ends: an answer in any process sharing the bucket releases it. So a waiter on a
  // held bucket looks again after a tenth of a token period rather than sleeping the whole hold.
  const sleepFor = (take: Take, plan: UsagePlan, holdMs: number): number => {
    if (holdMs <= marginMs || take.state.refilledAt <= take.now) return take.waitMs;
    const learnt = take.state.rate;
    const rate = (learnt !== undefined && learnt > 0 ? learnt : plan.rate) * utilisation;
    return Math.min(take.waitMs, Math.max(1, Math.ceil(100 / rate)));
  };

  const acquireToken = async (
    key: string,
    plan: UsagePlan,
    holdMs: number,
    signal?: AbortSignal,
  ): Promise<Grant> => {
    const previous = queues.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => {
      release = r;
    });
    const tail = previous.then(() => mine);
    queues.set(key, tail);
    await previous;
    try {
      for (;;) {
        const take = await takeOrWait(key, plan, holdMs);
        if (take.waitMs <= 0) return { at: take.now, held: take.state.refilledAt > take.now };
        await clock.sleep(sleepFor(take, plan, holdMs), signal);
      }
    } finally {
      release();
      if (queues.get(key) === tail) queues.delete(key);
    }
  };

  const acquire = async (key: string, plan: UsagePlan, signal?: AbortSignal) => {
    await acquireToken(key, plan, marginMs, signal);
  };

  // The instant of this process's last release per key: answers to requests taken before it
  // belong to a hold already released (here or, no earlier than here, elsewhere).
  const releasedAt = new Map<string, number>();
  /**
   * An answer came back at `answeredAt` to a request taken at `grant.at` under a held refill: the
   * request has arrived, so Amazon's refill has started by now. Ends the hold at the answer (not
   * before `marginMs` after the take), moving it back by what was assumed beyond that.
   *
   * Two guards keep it from crediting refill twice or cutting a hold it knows nothing about:
   * - it never moves the refill before the clock read under the store's lock: a take may have
   *   credited refill up to its own instant, and `answeredAt` was read before waiting for the lock;
   * - it only touches a hold no later than the one this take assumed (`grant.at + holdMs`): a later
   *   one was started by a take after ours, for a request that may not have arrived yet.
   */
  const releaseHold = async (
    key: string,
    plan: UsagePlan,
    grant: Grant,
    answeredAt: number,
    holdMs: number,
  ) => {
    const assumed = grant.at + holdMs;
    if (answeredAt >= assumed || grant.at < (releasedAt.get(key) ?? Number.NEGATIVE_INFINITY)) return;
    releasedAt.set(key, answeredAt);
    const end = Math.max(answeredAt, grant.at + marginMs);
    await store.update(key, (prev) => {
      const floor = Math.max(end, clock.now());
      // A bucket gone from the store is a new one, full: written as such, it stays so.
      if (!prev) return { state: { tokens: plan.burst, updatedAt: floor }, result: undefined };
      if (prev.updatedAt <= floor || prev.updatedAt > assumed) return { state: prev, result: undefined };
      const state = { ...prev, updatedAt: Math.max(floor, prev.updatedAt - (assumed - end)) };
      return { state, result: undefined };
    });
  };

  // The rate each key last wrote to the store. Amazon sends x-amzn-RateLimit-Limit on every
  // answer, nearly always the same value: writing it again would cost a shared store one more
  // transaction per request (and one more wait for the bucket's row lock in every process sharing
  // it), for a state that would not change. A 429 or a new value is always written.
  const written = new Map<string, number>();
  const observe = async (key: string, plan: UsagePlan, observation: RateObservation) => {
    const { limit, retryAfterMs, status } = observation;
    if (limit === undefined && status !== 429) return;
    const validLimit = limit !== undefined && Number.isFinite(limit) && limit > 0;
    if (status !== 429 && (!validLimit || written.get(key) === limit)) return;
    await store.update(key, (prev) => {
      const now = clock.now();
      const state = toBucketState(refilled(prev && toRateLimitState(prev), takeRequest(plan, now)));
      if (limit !== undefined && Number.isFinite(limit) && limit > 0) state.rate = limit;
      if (status === 429) {
        // The refused request took no remote token: give ours back. But the server had less than
        // one, so stop just short of a token and hold the refill for the margin: the next send
        // waits `margin`, not a whole token period, and we do not run a token behind the server
        // for the rest of the run (zeroing the bucket did that).
        state.tokens = Math.min(state.tokens + 1, 1 - 1e-6);
        state.updatedAt = Math.max(state.updatedAt, now + marginMs);
        if (retryAfterMs !== undefined) state.blockedUntil = now + retryAfterMs;
      }
      return { state, result: undefined };
    });
    if (validLimit) written.set(key, limit);
  };

  const planFor = (op: OperationRef | undefined): UsagePlan => {
    const own = op && options.plans?.[op.operationId];
    if (own) return own;
    if (!op || op.rate === null || op.burst === null) return fallback;
    return { rate: op.rate, burst: op.burst };
  };

  return {
    acquire,
    observe,
    middleware: () => async (request, ctx, next) => {
      const paced: ThrottleRun = async (operation, send) => {
        const key = `${ctx.partition}|${operation?.api ?? "?"}.${operation?.operationId ?? new URL(request.url).pathname}`;
        const plan = planFor(operation);
        const grant = await acquireToken(key, plan, maxHoldMs, ctx.signal);
        const response = await send();
        if (grant.held) await releaseHold(key, plan, grant, clock.now(), maxHoldMs);
        const limitHeader = response.headers.get("x-amzn-RateLimit-Limit");
        const limit = limitHeader === null ? undefined : Number.parseFloat(limitHeader);
        const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"), clock.now());
        const observation: { status: number; limit?: number; retryAfterMs?: number } = {
          status: response.status,
        };
        if (limit !== undefined && !Number.isNaN(limit)) observation.limit = limit;
        if (retryAfterMs !== undefined) observation.retryAfterMs = retryAfterMs;
        await observe(key, plan, observation);
        return response;
      };
      // The token is not taken here but by the pipeline's last step, right before the send (after
      // auth has its access token), through this function; inner layers that send a request of
      // their own (the RDT fetch) pace it through here too.
      ctx.meta.set(THROTTLE_META, paced);
      return next(request, ctx);
    },
  };
}

/**
 * Caps concurrent requests per partition (D365's service protection counts concurrency).
 * Retry-After is honoured by the retry layer.
 */
export function createConcurrencyLimiter(options: { readonly maxConcurrent: number }): RateLimiter {
  parseOptions(
    z.looseObject({ maxConcurrent: intOption(1) }, { error: "options must be an object" }),
    options,
    "createConcurrencyLimiter",
  );
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  const enter = async (key: string) => {
    const n = active.get(key) ?? 0;
    if (n < options.maxConcurrent) {
      active.set(key, n + 1);
      return;
    }
    await new Promise<void>((resolve) => {
      const list = waiting.get(key) ?? [];
      list.push(resolve);
      waiting.set(key, list);
    });
  };
  const leave = (key: string) => {
    const next = waiting.get(key)?.shift();
    if (next) next();
    else active.set(key, (active.get(key) ?? 1) - 1);
  };
  return {
    acquire: async () => {},
    observe: async () => {},
    middleware: () => async (request, ctx, next) => {
      await enter(ctx.partition);
      try {
        return await next(request, ctx);
      } finally {
        leave(ctx.partition);
      }
    },
  };
}

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
