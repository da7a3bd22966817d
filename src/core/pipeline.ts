import { randomUUID } from "node:crypto";
import type { AuditCallEntry, AuditSink } from "./audit.js";
import { type Clock, systemClock } from "./clock.js";
import { AuditError, isConnectorError } from "./errors.js";
import { type Fence, isLeaseLost } from "./lease.js";
import { type Logger, silentLogger } from "./logger.js";
import { type RateLimiter, THROTTLE_META, type ThrottleRun } from "./rate-limiter.js";
import { redactText } from "./redact.js";
import type { RetryPolicy } from "./retry.js";
import type { EncryptedBlob } from "./storage.js";
import type { TokenProvider } from "./token-provider.js";

/** The remote systems the pipeline talks to. */
export type RemoteSystem = "amazon" | "d365" | "lwa" | "entra";

/** Usage-plan facts of one operation, as far as the pipeline needs them. */
export interface OperationRef {
  /** API or entity-set family, e.g. `orders_2026-01-01` or `LedgerJournalLines`. */
  readonly api: string;
  readonly operationId: string;
  /** Path template, e.g. `/orders/v0/orders/{orderId}`: safe to log, holds no ids or PII. */
  readonly path: string;
  /** Requests per second and bucket size; null where no plan is published. */
  readonly rate: number | null;
  readonly burst: number | null;
  /** Restricted operations need a Restricted Data Token (Amazon). */
  readonly restricted: false | "always" | "dataElements" | "reportType";
}

/**
 * What travels with one logical call through the middleware. Created by the pipeline's `fetch`,
 * enriched by each layer, read by the audit layer at the end.
 */
export interface CallContext {
  readonly callId: string;
  readonly system: RemoteSystem;
  /** Partition of rate-limit state: seller + region for Amazon, environment for D365. */
  readonly partition: string;
  readonly operation: OperationRef | undefined;
  /** Record the call works for (settlement id, order id), for the audit trail. */
  readonly record: string | undefined;
  /**
   * Natural key under which a non-idempotent call may be retried: the caller has made sure a
   * repeat cannot double-post (see `DedupStore`).
   */
  readonly dedupKey: string | undefined;
  /** 1 for the first attempt. Updated by the retry layer. */
  attempt: number;
  /** Outcome of every attempt so far, for the audit trail. */
  readonly attempts: AttemptRecord[];
  /** Request ids the remote side returned on the last response. */
  requestIds: { requestId?: string; activityId?: string };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly signal: AbortSignal | undefined;
  /** Free-form values a middleware wants to hand to another (e.g. the RDT data elements). */
  readonly meta: Map<string, unknown>;
  /** Per-call options as the caller gave them. */
  readonly call: CallOptions;
}

export interface AttemptRecord {
  readonly attempt: number;
  readonly startedAt: number;
  readonly latencyMs: number;
  readonly status: number | undefined;
  readonly error: string | undefined;
  readonly requestIds: { requestId?: string; activityId?: string };
  /** Delay the retry layer waited after this attempt. */
  readonly delayMs?: number;
}

/** The innermost function: sends one request, returns one response. */
export type Handler = (request: Request, ctx: CallContext) => Promise<Response>;

/** One layer of the onion. Calls `next` zero or more times (retry calls it again, with a fresh request). */
export type Middleware = (request: Request, ctx: CallContext, next: Handler) => Promise<Response>;

/** Composes middleware into one handler. The first middleware is the outermost. */
export function compose(middleware: readonly Middleware[], terminal: Handler): Handler {
  return middleware.reduceRight<Handler>(
    (next, layer) => (request, ctx) => layer(request, ctx, next),
    terminal,
  );
}

/** Per-call options a domain wrapper passes to `pipeline.fetchFor(...)`. */
export interface CallOptions {
  readonly record?: string;
  readonly dedupKey?: string;
  readonly signal?: AbortSignal;
  /** Audit id of the failed call this call replays (set by `createReplayer`). */
  readonly replayOf?: string;
  /** Told the audit entry written for this call, once written. */
  readonly onAudited?: (entry: AuditCallEntry) => void;
  /** Initial `ctx.meta` entries, e.g. `{ "rdt.dataElements": ["buyerInfo"] }` for a PII read. */
  readonly meta?: Readonly<Record<string, unknown>>;
  /**
   * Proof of the lease the call writes under. Checked right before every attempt of a request that
   * changes data (any method but GET, HEAD and OPTIONS), after throttling and auth and however long
   * the retry layer waited; a failed check sends nothing and fails the call at once with
   * `STORAGE_LEASE_LOST` (see `acquireLease`).
   */
  readonly fence?: Fence;
}

/**
 * Encrypts what a replay needs (the concrete URL, headers and body of a failed call), bound to an
 * id. The credential vault is one: `createCredentialVault(...)`.
 */
export interface ReplaySealer {
  encrypt(id: string, payload: string | Uint8Array): Promise<EncryptedBlob>;
  decrypt(id: string, blob: EncryptedBlob): Promise<Uint8Array>;
}

/** What a replay rebuilds a failed request from; stored only encrypted. */
export interface ReplayEnvelope {
  readonly method: string;
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  /** Body as base64, when there was one. */
  readonly body?: string;
}

/**
 * `ctx.meta` key under which the pipeline leaves the error of a refused fence check: the retry layer
 * ends the call with it, as nothing was sent and nothing may be sent under that fence.
 */
export const FENCE_REFUSED = "fence.refused";

// Requests that change nothing remotely; only the others are fenced.
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Never sealed into a replay envelope: the pipeline sets them afresh on every attempt.
const UNSEALED_HEADERS = new Set(["authorization", "x-amz-access-token", "cookie", "user-agent"]);

export interface PipelineOptions {
  readonly system: RemoteSystem;
  /** Partition key for rate-limit state, e.g. `A1SELLER:na` or the D365 host. */
  readonly partition: string;
  /** Finds the operation a request is for (by method and URL). */
  readonly resolveOperation?: (request: Request) => OperationRef | undefined;
  /**
   * The transport. Looked up at call time, never captured at construction, so msw and other
   * fetch patches work whenever they are installed.
   * @default globalThis.fetch
   */
  readonly fetch?: (request: Request) => Promise<Response>;
  readonly audit?: AuditSink;
  /**
   * Told when the audit sink fails to record a call (it threw or rejected). The call still
   * completes and returns its response: an audit failure must not lose a remote write's result.
   * Every failure is also logged through `logger` (`audit sink failed`, without secrets).
   * @default raises a Node process warning (`AuditWarning`) on the first failure of this pipeline
   * @example createD365Client({ ..., audit: storage.audit, onAuditError: (e) => alerts.push(e) })
   */
  readonly onAuditError?: (error: AuditError) => void;
  /**
   * Seals each failed call's request into its audit entry, so `createReplayer` can send it again.
   * Without it failed calls are audited but cannot be replayed.
   */
  readonly sealer?: ReplaySealer;
  readonly retry?: RetryPolicy;
  readonly limiter?: RateLimiter;
  readonly tokens?: TokenProvider;
  /** Extra layers, run between throttle and auth (e.g. request signing, test probes). */
  readonly middleware?: readonly Middleware[];
  readonly clock?: Clock;
  readonly logger?: Logger;
  /**
   * Per-attempt timeout; an attempt that takes longer fails as a transport error (retryable).
   * @default 60_000
   */
  readonly timeoutMs?: number;
}

/** The transport options every client takes (`createSpApiClient`, `createD365Client`). */
export interface TransportOptions {
  /** The transport; looked up at call time. @default globalThis.fetch */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Supplies the access token of each attempt. */
  readonly tokens?: TokenProvider;
  /** Paces or caps calls; `false` turns it off. The default depends on the client. */
  readonly limiter?: RateLimiter | false;
  /** @default createRetryPolicy() */
  readonly retry?: RetryPolicy | false;
  /** Where every call is audited (a storage adapter's `audit`). */
  readonly audit?: AuditSink;
  /**
   * Told when the audit sink fails; the call still completes. See {@link PipelineOptions.onAuditError}.
   * @default raises a Node process warning (`AuditWarning`) on the first failure of this client
   */
  readonly onAuditError?: (error: AuditError) => void;
  /** Seals failed calls' requests into the audit trail so they can be replayed (the credential vault). */
  readonly sealer?: ReplaySealer;
  readonly logger?: Logger;
  /** @default systemClock */
  readonly clock?: Clock;
  /** Extra layers, run inside throttling and outside auth. */
  readonly middleware?: readonly Middleware[];
  /**
   * Per-attempt timeout; an attempt that takes longer fails as a transport error (retryable).
   * A lease guarding writes must outlast it (`createConnector` refuses a `leaseMs` that does not).
   * @default 60_000
   */
  readonly timeoutMs?: number;
}

/** What a client fixes about its pipeline; the rest comes from its {@link TransportOptions}. */
export interface ClientPipelineSpec {
  readonly system: RemoteSystem;
  readonly partition: string;
  readonly resolveOperation: (request: Request) => OperationRef | undefined;
  /** The limiter used when the options give none. */
  readonly defaultLimiter: (clock: Clock) => RateLimiter;
  /** The client's own layers, run before `options.middleware`. */
  readonly middleware?: readonly Middleware[];
  /** The retry policy used when the options give none. */
  readonly defaultRetry: () => RetryPolicy;
}

/** Builds a client's pipeline from its transport options and its own defaults. */
export function createClientPipeline(options: TransportOptions, spec: ClientPipelineSpec): Pipeline {
  const clock = options.clock ?? systemClock;
  const middleware = [...(spec.middleware ?? []), ...(options.middleware ?? [])];
  return createPipeline({
    system: spec.system,
    partition: spec.partition,
    resolveOperation: spec.resolveOperation,
    clock,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.audit ? { audit: options.audit } : {}),
    ...(options.onAuditError ? { onAuditError: options.onAuditError } : {}),
    ...(options.sealer ? { sealer: options.sealer } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.tokens ? { tokens: options.tokens } : {}),
    ...(options.retry !== false ? { retry: options.retry ?? spec.defaultRetry() } : {}),
    ...(options.limiter !== false ? { limiter: options.limiter ?? spec.defaultLimiter(clock) } : {}),
    ...(middleware.length > 0 ? { middleware } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
}

/** A composed pipeline: its `fetch` plugs into openapi-fetch. */
export interface Pipeline {
  /** The fetch to hand to openapi-fetch's `createClient({ fetch })`. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** A fetch bound to per-call options (record, dedup key, abort signal). */
  fetchFor(options: CallOptions): (request: Request) => Promise<Response>;
  readonly options: PipelineOptions;
}

/**
 * Builds the transport pipeline in its fixed, documented order:
 * audit → retry → throttle → [extra middleware] → auth → fetch.
 * Every retry re-enters throttle and auth, so it takes a fresh rate token and the current access token.
 * A call's `fence` is checked in the fetch step itself, right before each attempt that writes.
 * The rate token itself is taken in the last step, right before fetch (the throttle layer hands the
 * pacing function down in `ctx.meta`), and the per-attempt timeout starts only after it.
 */
export function createPipeline(options: PipelineOptions): Pipeline {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const layers: Middleware[] = [];
  if (options.audit) layers.push(auditLayer(options.audit, options.sealer, auditFailureReporter(options)));
  if (options.retry) layers.push(options.retry.middleware());
  if (options.limiter) layers.push(options.limiter.middleware());
  if (options.middleware) layers.push(...options.middleware);
  if (options.tokens) layers.push(options.tokens.middleware());

  const terminal: Handler = (request, ctx) => {
    const sendNow = () => transmit(request, ctx);
    // The throttle layer's token is taken here, as late as possible: after auth has its access
    // token, right before the request leaves, so time spent waiting for auth is never counted as
    // refill time the remote bucket has not had.
    const paced = ctx.meta.get(THROTTLE_META) as ThrottleRun | undefined;
    return paced ? paced(ctx.operation, sendNow) : sendNow();
  };
  const transmit: Handler = async (request, ctx) => {
    const send = options.fetch ?? globalThis.fetch;
    // The fence is checked here, innermost, so nothing (a retry's wait, a throttle slot, a token
    // refresh) can come between the check and the attempt it guards.
    const fence = ctx.call.fence;
    if (fence && !READ_METHODS.has(request.method.toUpperCase())) {
      try {
        await fence.check(ctx.operation?.operationId ?? `${request.method} ${new URL(request.url).pathname}`);
      } catch (e) {
        ctx.meta.set(FENCE_REFUSED, e);
        throw e;
      }
    }
    const controller = new AbortController();
    const onAbort = () => controller.abort(ctx.signal?.reason);
    ctx.signal?.addEventListener("abort", onAbort, { once: true });
    // A real timer on purpose: a hung socket takes wall time whatever the injected clock says.
    const timer = setTimeout(
      () => controller.abort(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    timer.unref?.();
    try {
      return await send(new Request(request, { signal: controller.signal }));
    } finally {
      clearTimeout(timer);
      ctx.signal?.removeEventListener("abort", onAbort);
    }
  };
  const handler = compose(layers, terminal);

  const fetchFor =
    (call: CallOptions) =>
    (request: Request): Promise<Response> => {
      const ctx: CallContext = {
        callId: randomUUID(),
        system: options.system,
        partition: options.partition,
        operation: options.resolveOperation?.(request),
        record: call.record,
        dedupKey: call.dedupKey,
        attempt: 1,
        attempts: [],
        requestIds: {},
        clock,
        logger,
        signal: call.signal,
        meta: new Map(Object.entries(call.meta ?? {})),
        call,
      };
      return handler(request, ctx);
    };

  return { fetch: fetchFor({}), fetchFor, options };
}

/** Reads the request ids a response carries (Amazon and D365 names). */
export function readRequestIds(response: Response): { requestId?: string; activityId?: string } {
  const requestId =
    response.headers.get("x-amzn-RequestId") ??
    response.headers.get("x-amzn-requestid") ??
    response.headers.get("ms-request-id") ??
    response.headers.get("x-ms-request-id") ??
    undefined;
  const activityId =
    response.headers.get("x-ms-activity-id") ?? response.headers.get("activityid") ?? undefined;
  const ids: { requestId?: string; activityId?: string } = {};
  if (requestId) ids.requestId = requestId;
  if (activityId) ids.activityId = activityId;
  return ids;
}

/** The path of a URL with every query string dropped: the only form of a URL the audit trail keeps. */
export function safePath(request: Request, operation: OperationRef | undefined): string {
  // The template, not the concrete path: concrete paths carry order ids and SKUs.
  return operation?.path ?? new URL(request.url).pathname;
}

async function seal(sealer: ReplaySealer, id: string, request: Request, body: ArrayBuffer | undefined) {
  const envelope: ReplayEnvelope = {
    method: request.method,
    url: request.url,
    headers: [...request.headers].filter(([name]) => !UNSEALED_HEADERS.has(name.toLowerCase())),
    ...(body && body.byteLength > 0 ? { body: Buffer.from(body).toString("base64") } : {}),
  };
  return sealer.encrypt(id, JSON.stringify(envelope));
}

/**
 * `ctx.meta` key under which the audit layer leaves a function that audits a sub-request of the same
 * call (for example the Restricted Data Token fetch) as a call of its own.
 */
export const AUDIT_META = "audit.run";

/** Sends `send` and audits it as a call to `operation`; never seals a body (sub-requests are re-made, not replayed). */
export type AuditRun = (
  operation: OperationRef,
  request: Request,
  send: () => Promise<Response>,
) => Promise<Response>;

/** Reports a failed audit write: logged every time, then handed to `onAuditError` (or warned about once). */
type AuditFailureReporter = (
  ctx: CallContext,
  operation: string,
  status: number | undefined,
  failure: unknown,
) => void;

function auditFailureReporter(options: PipelineOptions): AuditFailureReporter {
  let warned = false;
  return (ctx, operation, status, failure) => {
    // Only the redacted message: a sink's error may quote the entry it failed to write.
    const reason = failure instanceof Error ? redactText(failure.message) : "unknown";
    ctx.logger.error("audit sink failed", {
      callId: ctx.callId,
      system: ctx.system,
      operation,
      ...(status !== undefined ? { status } : {}),
      error: reason,
    });
    const error = new AuditError(`The audit trail is missing call ${operation} (${ctx.callId}): ${reason}`, {
      callId: ctx.callId,
      operation,
      ...(status !== undefined ? { status } : {}),
      cause: failure,
      where: { system: ctx.system, operation, ...(ctx.record !== undefined ? { record: ctx.record } : {}) },
      hint: "the call itself completed; fix the audit store (disk, connection, permissions) so later calls are recorded",
    });
    try {
      if (options.onAuditError) options.onAuditError(error);
      else if (!warned) {
        warned = true;
        process.emitWarning(error.message, { type: "AuditWarning", code: error.code });
      }
    } catch (callbackError) {
      // The handler is the host's code; its failure must not lose the call's response either.
      ctx.logger.error("onAuditError handler failed", {
        callId: ctx.callId,
        error: callbackError instanceof Error ? redactText(callbackError.message) : "unknown",
      });
    }
  };
}

function auditLayer(
  sink: AuditSink,
  sealer: ReplaySealer | undefined,
  report: AuditFailureReporter,
): Middleware {
  return async (request, ctx, next) => {
    const sub: AuditRun = async (operation, subRequest, send) => {
      const at = ctx.clock.now();
      let status: number | undefined;
      let error: unknown;
      let ids: { requestId?: string; activityId?: string } = {};
      try {
        const response = await send();
        status = response.status;
        ids = readRequestIds(response);
        return response;
      } catch (e) {
        error = e;
        throw e;
      } finally {
        const failed = error !== undefined || status === undefined || status >= 400;
        // An async function, so a sink that throws synchronously is caught like one that rejects.
        await (async () =>
          sink.appendCall({
            at: Math.floor(at),
            system: ctx.system,
            operation: operation.operationId,
            method: subRequest.method,
            path: operation.path,
            ...(status !== undefined ? { status } : {}),
            attempt: 1,
            latencyMs: ctx.clock.now() - at,
            requestIds: ids,
            ...(failed ? { error: describeFailure(error, status) } : {}),
            ...(ctx.record !== undefined ? { record: ctx.record } : {}),
          }))().catch((auditError: unknown) => report(ctx, operation.operationId, status, auditError));
      }
    };
    ctx.meta.set(AUDIT_META, sub);
    const startedAt = ctx.clock.now();
    // Kept before sending: the body stream is consumed by then.
    const bodyCopy = sealer && request.body !== null ? await request.clone().arrayBuffer() : undefined;
    let status: number | undefined;
    let error: unknown;
    try {
      const response = await next(request, ctx);
      status = response.status;
      // Without a retry layer nobody else read the ids.
      if (ctx.attempts.length === 0) ctx.requestIds = readRequestIds(response);
      return response;
    } catch (e) {
      error = e;
      throw e;
    } finally {
      // When the retry layer gave up by throwing, the last answer it saw is the call's status.
      status ??= ctx.attempts.at(-1)?.status;
      const failed = error !== undefined || status === undefined || status >= 400;
      try {
        // A call refused by its fence was never sent, and a replay would bypass the fence: never sealed.
        const replayable = failed && sealer !== undefined && !isLeaseLost(error);
        const body = replayable ? await seal(sealer, ctx.callId, request, bodyCopy) : undefined;
        const entry = await sink.appendCall({
          // The trail stores whole epoch milliseconds and refuses anything else; a host's clock
          // (or a simulated one after a fractional back-off) may carry fractions.
          at: Math.floor(startedAt),
          system: ctx.system,
          operation: ctx.operation?.operationId ?? "(unknown)",
          method: request.method,
          path: safePath(request, ctx.operation),
          ...(status !== undefined ? { status } : {}),
          attempt: Math.max(ctx.attempt, ctx.attempts.length, 1),
          latencyMs: ctx.clock.now() - startedAt,
          requestIds: ctx.requestIds,
          ...(failed ? { error: describeFailure(error, status) } : {}),
          ...(ctx.record !== undefined ? { record: ctx.record } : {}),
          callId: ctx.callId,
          ...(ctx.dedupKey !== undefined ? { dedupKey: ctx.dedupKey } : {}),
          ...(ctx.call.replayOf !== undefined ? { replayOf: ctx.call.replayOf } : {}),
          ...(body ? { body } : {}),
        });
        ctx.call.onAudited?.(entry);
      } catch (auditError) {
        // A failing audit sink must not turn a good call into a failure; say so loudly instead.
        report(ctx, ctx.operation?.operationId ?? "(unknown)", status, auditError);
      }
    }
  };
}

function describeFailure(error: unknown, status: number | undefined): { code: string; message: string } {
  if (error === undefined)
    return { code: `HTTP_${status ?? "NONE"}`, message: `HTTP ${status ?? "no answer"}` };
  if (isConnectorError(error)) return { code: error.code, message: redactText(error.message) };
  return {
    code: "UNEXPECTED",
    message: redactText(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
  };
}
