/**
 * Schedules: each flow runs for each seller on its own cron expression. In process, croner only
 * computes the next due time and the loop sleeps on the connector's clock, so a simulated week
 * runs in seconds. With `workers: "pg-boss"`, each (flow, seller) is a singleton pg-boss queue with
 * the same cron, and N processes share the work (see docs/scale-out.md).
 *
 * Single flight: a trigger that finds the same flow and seller still running is skipped (and
 * logged), never queued behind it: the next run picks up whatever the skipped one would have.
 */
import { Cron } from "croner";
import type { Clock } from "../core/clock.js";
import { ConfigError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { importPeer } from "../core/peer.js";
import type { EventHub, FlowName } from "./events.js";

/** One flow's schedule. */
export interface FlowSchedule {
  /** A cron expression (5 fields, or 6 with seconds), e.g. `"0 *\/6 * * *"`. */
  readonly cron: string;
  /** Each trigger waits a random 0..jitterMs after its due time, so many sellers do not start at once. @default 0 */
  readonly jitterMs?: number;
  /** IANA time zone the expression is read in. @default "UTC" */
  readonly timezone?: string;
}

/** `schedules` option of `createConnector`: a cron expression or a {@link FlowSchedule} per flow. */
export type SchedulesOption = Readonly<Partial<Record<FlowName, string | FlowSchedule>>>;

/** Options of `connector.start`. */
export interface StartOptions {
  /** Stops the schedules like `connector.stop()`: runs in hand finish their record, nothing half-posts. */
  readonly signal?: AbortSignal;
  /**
   * `"in-process"` runs the schedules in this process. `"pg-boss"` (PostgreSQL storage) shares
   * them among every process started the same way, one worker per job.
   * @default "in-process"
   */
  readonly workers?: "in-process" | "pg-boss";
  /** PostgreSQL connection string pg-boss uses (its own schema, `pgboss` unless `bossSchema`). */
  readonly connectionString?: string;
  /** pg-boss's schema. @default "pgboss" */
  readonly bossSchema?: string;
  /**
   * Seconds a pg-boss job may run before it is expired and retried on another worker: keep it
   * above the longest run (a worker killed mid-run is retried after this long). @default 3600
   */
  readonly expireInSeconds?: number;
  /**
   * How often pg-boss looks for expired jobs (a killed worker's) to retry. @default pg-boss's (120)
   */
  readonly maintenanceIntervalSeconds?: number;
  /** Also run every scheduled flow for every seller once now, then on schedule. @default false */
  readonly runNow?: boolean;
}

/** A scheduled (flow, seller) pair as the scheduler sees it. @internal */
export interface ScheduledTarget {
  readonly flow: FlowName;
  readonly sellerId: string;
  readonly region: string;
}

/** What the scheduler needs from the connector. @internal */
export interface SchedulerHost {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly hub: EventHub;
  readonly schedules: SchedulesOption | undefined;
  readonly sellers: readonly { readonly sellerId: string; readonly region: string }[];
  /** Whether the storage is PostgreSQL (pg-boss needs it: the runner's leases live there too). */
  readonly storageKind: string | undefined;
  /** Runs one flow for one seller. */
  run(target: ScheduledTarget, signal: AbortSignal): Promise<unknown>;
  /** Random in [0, 1): jitter. */
  readonly random?: () => number;
}

/** A started scheduler. @internal */
export interface SchedulerHandle {
  stop(): Promise<void>;
}

function normalize(s: string | FlowSchedule): Required<FlowSchedule> {
  const o = typeof s === "string" ? { cron: s } : s;
  return { cron: o.cron, jitterMs: o.jitterMs ?? 0, timezone: o.timezone ?? "UTC" };
}

/**
 * Checks a schedules option (used by option validation): every expression parses.
 * @returns a message per bad flow.
 */
export function scheduleIssues(schedules: SchedulesOption): { flow: string; message: string }[] {
  const out: { flow: string; message: string }[] = [];
  for (const [flow, s] of Object.entries(schedules)) {
    if (!s) continue;
    const { cron, timezone } = normalize(s);
    try {
      new Cron(cron, { paused: true, timezone });
    } catch (e) {
      out.push({ flow, message: `not a cron expression: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return out;
}

function entries(host: SchedulerHost): [FlowName, Required<FlowSchedule>][] {
  const list = Object.entries(host.schedules ?? {})
    .filter((e): e is [FlowName, string | FlowSchedule] => e[1] !== undefined)
    .map(([flow, s]) => [flow, normalize(s)] as [FlowName, Required<FlowSchedule>]);
  if (list.length === 0) {
    throw new ConfigError("connector.start() has nothing to schedule", {
      issues: [{ code: "missing", path: ["schedules"], message: "no flow has a schedule" }],
      where: { system: "local", operation: "connector.start", field: "schedules" },
      hint: 'pass schedules: { settlements: "0 */6 * * *" } to createConnector',
    });
  }
  return list;
}

const key = (t: ScheduledTarget) => `${t.flow}:${t.region}:${t.sellerId}`;

/**
 * Starts the schedules of `host` in this process or on pg-boss.
 * @internal connector.start calls it.
 */
export async function startScheduler(
  host: SchedulerHost,
  options: StartOptions = {},
): Promise<SchedulerHandle> {
  const list = entries(host);
  if ((options.workers ?? "in-process") === "pg-boss") return startPgBoss(host, list, options);
  return startInProcess(host, list, options);
}

function startInProcess(
  host: SchedulerHost,
  list: readonly [FlowName, Required<FlowSchedule>][],
  options: StartOptions,
): SchedulerHandle {
  const { clock, logger, hub } = host;
  const random = host.random ?? Math.random;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  if (options.signal?.aborted) controller.abort(options.signal.reason);
  const signal = controller.signal;
  const inFlight = new Map<string, Promise<void>>();

  const fire = (target: ScheduledTarget, due: number) => {
    const k = key(target);
    if (inFlight.has(k)) {
      logger.info("schedule: skipped, the previous run of this flow and seller is still running", {
        flow: target.flow,
        sellerId: target.sellerId,
        due: new Date(due).toISOString(),
      });
      hub.emit({ type: "scheduled", ...target, outcome: "skipped", due, at: clock.now() });
      return;
    }
    hub.emit({ type: "scheduled", ...target, outcome: "started", due, at: clock.now() });
    const run = (async () => {
      let outcome: "finished" | "failed" = "finished";
      try {
        await host.run(target, signal);
      } catch (e) {
        outcome = "failed";
        // A failed run must not end the schedule: the next trigger tries again.
        logger.warn("schedule: run failed", {
          flow: target.flow,
          sellerId: target.sellerId,
          error: e instanceof Error ? e.message : String(e),
        });
      } finally {
        inFlight.delete(k);
      }
      hub.emit({ type: "scheduled", ...target, outcome, due, at: clock.now() });
    })();
    inFlight.set(k, run);
  };

  const loop = async (target: ScheduledTarget, s: Required<FlowSchedule>) => {
    const cron = new Cron(s.cron, { paused: true, timezone: s.timezone });
    if (options.runNow) fire(target, clock.now());
    let cursor = new Date(clock.now());
    while (!signal.aborted) {
      const next = cron.nextRun(cursor);
      if (!next) return;
      // The next due time follows the last due time, not the jittered wake-up: no drift.
      cursor = next;
      const wake = next.getTime() + Math.floor(random() * s.jitterMs);
      try {
        await clock.sleep(Math.max(0, wake - clock.now()), signal);
      } catch {
        return;
      }
      if (signal.aborted) return;
      fire(target, next.getTime());
    }
  };

  const loops = list.flatMap(([flow, s]) =>
    host.sellers.map((seller) => loop({ flow, sellerId: seller.sellerId, region: seller.region }, s)),
  );
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        controller.abort();
        options.signal?.removeEventListener("abort", onAbort);
        await Promise.all(loops);
        await Promise.all([...inFlight.values()]);
      })();
      return stopping;
    },
  };
}

// pg-boss queue names allow letters, digits, `_`, `-`, `.` and `/`.
const queueName = (t: ScheduledTarget) => `ml-connector.${t.flow}.${t.region}.${t.sellerId}`;

type Boss = InstanceType<typeof import("pg-boss")>;

/** PostgreSQL's deadlock (40P01) and serialization failure (40001): the transaction may simply be tried again. */
const RETRYABLE = new Set(["40P01", "40001"]);

/**
 * Runs one pg-boss call, tried again (up to 10 times, with a short random wait) when PostgreSQL
 * aborts it as a deadlock or serialization failure, or with one of `alsoRetry`'s codes. pg-boss's
 * own job updates cross one another when several processes create queues, fetch, complete, fail
 * and expire jobs at once; the aborted side is meant to be retried.
 */
export async function retryPgBoss<T>(call: () => Promise<T>, alsoRetry: readonly string[] = []): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      const retryable = typeof code === "string" && (RETRYABLE.has(code) || alsoRetry.includes(code));
      if (!retryable || attempt >= 10) throw e;
      await new Promise((r) => setTimeout(r, 20 * attempt + Math.floor(Math.random() * 50)));
    }
  }
}

/**
 * Creates the queue unless it exists. pg-boss 10's create_queue deadlocks (40P01) when several
 * processes create queues at the same moment, as N workers starting together do, or meets the
 * queue another process just created (23505): look again.
 */
async function ensureQueue(
  boss: Boss,
  name: string,
  options: Parameters<Boss["createQueue"]>[1],
): Promise<void> {
  await retryPgBoss(async () => {
    if (await boss.getQueue(name)) return;
    await boss.createQueue(name, options);
  }, ["23505"]);
}

/**
 * Completes or fails a job, awaited and tried again on a deadlock. pg-boss 10 completes or fails a
 * handler's job without awaiting the query, so a deadlock there is an unhandled rejection, which
 * ends the host's process (Node's default). Settled here first, the job is no longer active when
 * pg-boss's own update follows, and that update changes nothing.
 */
async function settleJob(boss: Boss, name: string, id: string, failure: unknown): Promise<void> {
  if (failure === undefined) {
    await retryPgBoss(() => boss.complete(name, id));
    return;
  }
  // What pg-boss keeps as the job's output: the typed error's code and message (never secrets:
  // the connector's errors are redacted), not the stack.
  const output = {
    message: failure instanceof Error ? failure.message : String(failure),
    ...(typeof (failure as { code?: unknown }).code === "string"
      ? { code: (failure as { code: string }).code }
      : {}),
  };
  await retryPgBoss(() => boss.fail(name, id, output));
}

async function startPgBoss(
  host: SchedulerHost,
  list: readonly [FlowName, Required<FlowSchedule>][],
  options: StartOptions,
): Promise<SchedulerHandle> {
  if (host.storageKind !== "postgres" || !options.connectionString) {
    throw new ConfigError('workers: "pg-boss" needs PostgreSQL storage and a connectionString', {
      issues: [
        {
          code: "invalid",
          path: [host.storageKind !== "postgres" ? "storage" : "connectionString"],
          message:
            host.storageKind !== "postgres"
              ? `storage is ${host.storageKind ?? "not PostgreSQL"}; the runner's leases must be shared`
              : "no connectionString",
        },
      ],
      where: { system: "local", operation: "connector.start" },
      hint: 'use postgresStorage({ pool }) and start({ workers: "pg-boss", connectionString }), or the in-process scheduler',
    });
  }
  const { default: PgBoss } = await importPeer("pg-boss", () => import("pg-boss"));
  const { logger, hub, clock } = host;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.bossSchema ?? "pgboss",
    ...(options.maintenanceIntervalSeconds
      ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds }
      : {}),
  });
  boss.on("error", (e: Error) => logger.warn("pg-boss error", { error: e.message }));
  await boss.start();
  const controller = new AbortController();
  const onAbort = () => void handle.stop();
  // The runs in hand, awaited by stop(): pg-boss's graceful stop gives up on its handlers after its
  // timeout, and a process that exits then would cut a D365 write (and its audit entry) in half.
  const inFlight = new Set<Promise<unknown>>();
  const expireInSeconds = options.expireInSeconds ?? 3600;
  for (const [flow, s] of list) {
    for (const seller of host.sellers) {
      const target: ScheduledTarget = { flow, sellerId: seller.sellerId, region: seller.region };
      const name = queueName(target);
      // Stately: at most one job of this flow and seller active (single flight across every
      // process) and one waiting behind it; further triggers are dropped. Jitter is left to the
      // spread of the workers' polling.
      await ensureQueue(boss, name, {
        name,
        policy: "stately",
        expireInSeconds,
        retryLimit: 3,
        retryDelay: 5,
      });
      await boss.schedule(name, s.cron, target, { tz: s.timezone });
      if (options.runNow) await boss.send(name, target);
      await boss.work<ScheduledTarget>(name, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) {
          const due = clock.now();
          hub.emit({ type: "scheduled", ...target, outcome: "started", due, at: due, job: job.id });
          // Settled here, not by throwing to pg-boss (see settleJob); a failed job is retried by
          // pg-boss (retryLimit) as before. stop() waits for the run and its settling.
          const handled = (async () => {
            let failure: unknown;
            try {
              await host.run(target, controller.signal);
            } catch (e) {
              failure = e ?? new Error("the run failed");
            }
            await settleJob(boss, name, job.id, failure);
            return failure;
          })();
          inFlight.add(handled);
          let failure: unknown;
          try {
            failure = await handled;
          } finally {
            inFlight.delete(handled);
          }
          const outcome = failure === undefined ? "finished" : "failed";
          hub.emit({ type: "scheduled", ...target, outcome, due, at: clock.now(), job: job.id });
        }
      });
    }
  }
  let stopping: Promise<void> | undefined;
  const handle: SchedulerHandle = {
    stop() {
      stopping ??= (async () => {
        options.signal?.removeEventListener("abort", onAbort);
        controller.abort();
        // The runs in hand see the abort and finish their record (every remote call has its
        // transport timeout, so this ends); only then is pg-boss stopped, gracefully, for handlers
        // that fetched a job in between (their run sees the abort at once).
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
        await boss.stop({ graceful: true, wait: true, timeout: expireInSeconds * 1000 });
      })();
      return stopping;
    },
  };
  options.signal?.addEventListener("abort", onAbort, { once: true });
  if (options.signal?.aborted) await handle.stop();
  return handle;
}
