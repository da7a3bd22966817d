import { z } from "zod";
import {
  AmazonApiError,
  type ConnectorError,
  D365ODataError,
  isConnectorError,
  type ODataErrorBody,
  ThrottledError,
  TransportError,
} from "./errors.js";
import { isLeaseLost } from "./lease.js";
import { functionOption, intOption, nonNegativeOption, parseOptions } from "./options.js";
import type { CallContext, Middleware } from "./pipeline.js";
import { FENCE_REFUSED, readRequestIds } from "./pipeline.js";
import { parseRetryAfter } from "./rate-limiter.js";

/** How a failed attempt is classified. Only the first three are ever retried. */
export type FailureClass = "throttling" | "transient" | "server" | "client";

/** Classifies an HTTP status (or a network failure, `undefined`). */
export function classifyStatus(status: number | undefined): FailureClass | "success" {
  if (status === undefined) return "transient";
  if (status === 429) return "throttling";
  if (status === 408) return "transient";
  if (status >= 500) return "server";
  if (status >= 400) return "client";
  return "success";
}

/** The single layer where retries happen. */
export interface RetryPolicy {
  middleware(): Middleware;
  /** Retries still affordable right now (the budget's balance). */
  readonly budgetBalance: number;
  /** Retries made so far by this policy. */
  readonly retries: number;
}

export interface RetryPolicyOptions {
  /**
   * Attempts per call, the first included.
   * @default 6
   */
  readonly maxAttempts?: number;
  /**
   * Base of the exponential backoff; the wait before retry n is a random value in
   * [0, min(maxDelayMs, baseDelayMs * 2^(n-1))] ("full jitter").
   * @default 500
   */
  readonly baseDelayMs?: number;
  /** @default 30_000 */
  readonly maxDelayMs?: number;
  /**
   * Longest `Retry-After` we will wait. A longer one fails the call at once with `ThrottledError`,
   * carrying `retryAfterMs` so the scheduler can come back later.
   * @default 300_000
   */
  readonly maxRetryAfterMs?: number;
  /**
   * Retry budget: every first attempt earns `ratio` retry tokens, up to `max`; every retry spends one.
   * When the budget is empty, failures surface at once instead of feeding a storm.
   * @default { ratio: 0.5, max: 50, initial: 20 }
   */
  readonly budget?: { readonly ratio?: number; readonly max?: number; readonly initial?: number };
  /**
   * Operations that may be retried after a 5xx or a network failure although their method is POST or
   * PATCH, because repeating them cannot create anything twice.
   * @default ["createRestrictedDataToken", "createFeedDocument"]
   */
  readonly idempotentOperations?: readonly string[];
  /** Source of jitter in [0, 1). @default Math.random */
  readonly random?: () => number;
}

const retryOptionsSchema = z.looseObject(
  {
    maxAttempts: intOption(1).optional(),
    baseDelayMs: nonNegativeOption.optional(),
    maxDelayMs: nonNegativeOption.optional(),
    maxRetryAfterMs: nonNegativeOption.optional(),
    budget: z
      .looseObject(
        {
          ratio: nonNegativeOption.optional(),
          max: nonNegativeOption.optional(),
          initial: nonNegativeOption.optional(),
        },
        { error: "must be an object { ratio, max, initial }" },
      )
      .optional(),
    idempotentOperations: z.array(z.string(), { error: "must be an array of operation ids" }).optional(),
    random: functionOption.optional(),
  },
  { error: "options must be an object" },
);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/**
 * Creates the retry layer: classify, back off with full jitter, honour Retry-After, stay within a
 * budget, and retry a non-idempotent POST only under a dedup key. When it gives up it throws a typed
 * error carrying the request ids: `ThrottledError`, `AmazonApiError`, `D365ODataError` or `TransportError`.
 * A client error (4xx other than 408/429) is not retried and its response is returned as is.
 * @example
 * const retry = createRetryPolicy({ maxAttempts: 4 });
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  parseOptions(retryOptionsSchema, options, "createRetryPolicy");
  const maxAttempts = Math.max(1, options.maxAttempts ?? 6);
  const base = options.baseDelayMs ?? 500;
  const cap = options.maxDelayMs ?? 30_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 300_000;
  const ratio = options.budget?.ratio ?? 0.5;
  const budgetMax = options.budget?.max ?? 50;
  const random = options.random ?? Math.random;
  const idempotentOps = new Set(
    options.idempotentOperations ?? ["createRestrictedDataToken", "createFeedDocument"],
  );
  let balance = Math.min(budgetMax, options.budget?.initial ?? 20);
  let retries = 0;

  const mayRepeat = (request: Request, ctx: CallContext, cls: FailureClass): boolean => {
    // A 429 means the request was refused before any work: repeating it is always safe.
    if (cls === "throttling") return true;
    if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
    if (ctx.dedupKey !== undefined) return true;
    return ctx.operation !== undefined && idempotentOps.has(ctx.operation.operationId);
  };

  const middleware: Middleware = async (template, ctx, next) => {
    balance = Math.min(budgetMax, balance + ratio);
    for (let attempt = 1; ; attempt++) {
      ctx.attempt = attempt;
      const startedAt = ctx.clock.now();
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await next(template.clone(), ctx);
      } catch (e) {
        // An abort, a typed verdict from an inner layer (e.g. AuthError), or a lost lease is final:
        // a refused fence sent nothing, and no later attempt may be sent under that lease.
        if (ctx.signal?.aborted || (isConnectorError(e) && !e.retryable) || isLeaseLost(e)) throw e;
        if (ctx.meta.get(FENCE_REFUSED) === e) throw e;
        failure = e;
      }
      const status = response?.status;
      const ids = response ? readRequestIds(response) : {};
      ctx.requestIds = ids;
      const cls = classifyStatus(status);
      const record = {
        attempt,
        startedAt,
        latencyMs: ctx.clock.now() - startedAt,
        status,
        error: failure === undefined ? undefined : describe(failure),
        requestIds: ids,
      };
      if (cls === "success" || cls === "client") {
        ctx.attempts.push(record);
        return response as Response;
      }
      const retryAfterMs = response
        ? parseRetryAfter(response.headers.get("Retry-After"), ctx.clock.now())
        : undefined;
      const canRepeat = mayRepeat(template, ctx, cls);
      const exhausted = attempt >= maxAttempts || balance < 1;
      const tooLong = retryAfterMs !== undefined && retryAfterMs > maxRetryAfter;
      if (!canRepeat || exhausted || tooLong) {
        ctx.attempts.push(record);
        throw await giveUp(ctx, response, failure, cls, retryAfterMs, {
          attempts: attempt,
          reason: !canRepeat ? "not-idempotent" : tooLong ? "retry-after-too-long" : "budget",
        });
      }
      const backoff = random() * Math.min(cap, base * 2 ** (attempt - 1));
      const delayMs = Math.max(retryAfterMs ?? 0, backoff);
      ctx.attempts.push({ ...record, delayMs });
      balance -= 1;
      retries += 1;
      ctx.logger.debug("retrying", {
        callId: ctx.callId,
        operation: ctx.operation?.operationId,
        attempt,
        status,
        delayMs: Math.round(delayMs),
      });
      // Release the body so the connection is freed; not awaited, as a teed body's cancel waits on its twin.
      void response?.body?.cancel().catch(() => {});
      await ctx.clock.sleep(delayMs, ctx.signal);
    }
  };

  return {
    middleware: () => middleware,
    get budgetBalance() {
      return balance;
    },
    get retries() {
      return retries;
    },
  };
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

async function giveUp(
  ctx: CallContext,
  response: Response | undefined,
  failure: unknown,
  cls: FailureClass,
  retryAfterMs: number | undefined,
  why: { attempts: number; reason: "not-idempotent" | "retry-after-too-long" | "budget" },
): Promise<ConnectorError> {
  const where = {
    system: ctx.system,
    ...(ctx.operation ? { operation: ctx.operation.operationId, path: ctx.operation.path } : {}),
    ...(ctx.record ? { record: ctx.record } : {}),
  } as const;
  const after = `after ${why.attempts} attempt${why.attempts === 1 ? "" : "s"}`;
  const requestIds = ctx.requestIds;
  if (!response) {
    return new TransportError(`no answer from ${ctx.system} ${after}`, {
      where,
      cause: failure,
      hint:
        why.reason === "not-idempotent"
          ? "the request may or may not have been processed; it is not retried without a dedup key — check the remote side, then replay"
          : "check connectivity to the remote host; the call can be replayed",
    });
  }
  const text = await response.text().catch(() => "");
  if (cls === "throttling") {
    return new ThrottledError(`${ctx.system} kept answering 429 ${after}`, {
      where,
      requestIds,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      hint:
        why.reason === "retry-after-too-long"
          ? `the server asked to wait ${Math.round((retryAfterMs ?? 0) / 1000)} s; schedule the call for later`
          : "the usage plan is exhausted; lower concurrency or wait, then replay",
    });
  }
  const hint =
    why.reason === "not-idempotent"
      ? "a non-idempotent request is not retried without a dedup key; check the remote side, then replay"
      : "the remote service is failing; the call can be replayed later";
  if (ctx.system === "d365" || ctx.system === "entra") {
    let odata: ODataErrorBody = {};
    try {
      odata = (JSON.parse(text) as { error?: ODataErrorBody }).error ?? {};
    } catch {}
    return new D365ODataError(
      `D365 answered ${response.status}${odata.message ? `: ${odata.message}` : ""} ${after}`,
      {
        status: response.status,
        requestIds,
        odata,
        where,
        hint,
      },
    );
  }
  let errors: { code: string; message: string; details?: string }[] = [];
  try {
    errors = (JSON.parse(text) as { errors?: typeof errors }).errors ?? [];
  } catch {}
  const first = errors[0];
  return new AmazonApiError(
    `Amazon answered ${response.status}${first ? ` ${first.code}: ${first.message}` : ""} ${after}`,
    { status: response.status, requestIds, errors, where, hint },
  );
}
