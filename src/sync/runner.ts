/**
 * The one runner every flow goes through: claim (lease + fence) → load state → run the next step →
 * write the transition (with its audit entry, in the adapter's transaction) → repeat, until the
 * record is in a resting state (done, parked or failed). Nothing else changes a record's state.
 *
 * A step is a function of the record and the flow's context that returns the next state and the
 * record's new data; the runner owns every effect on the record itself. A retryable failure moves
 * the record to `failed` (tried again on the next run, up to `maxAttempts`); any other failure
 * parks it with the error's code, message and hint. A lost lease stops the worker without writing:
 * another worker has the record.
 */
import type { Clock } from "../core/clock.js";
import { isConnectorError } from "../core/errors.js";
import { acquireLease, type Fence } from "../core/lease.js";
import type { Logger } from "../core/logger.js";
import type { JsonValue, StorageAdapter, StoredRecord } from "../core/storage.js";
import type { EventHub, FlowName } from "./events.js";

/** What a step returns: the state to move to, and what to keep on the record. */
export interface StepResult {
  readonly to: string;
  /** Replaces the record's data (merge it yourself from `record.data`). */
  readonly data?: JsonValue;
  /** What the step produced remotely (journal number…), for the audit entry. */
  readonly ref?: string;
  readonly reason?: string;
}

/** One edge of a flow's state machine. */
export interface FlowStep<C> {
  readonly from: string;
  /** States the step may move to; the runner refuses any other. */
  readonly to: readonly string[];
  /** What the step does, for the transition table in the docs. */
  readonly does: string;
  run(record: StoredRecord, ctx: C, fence: Fence): Promise<StepResult>;
}

/** A flow: its record kind, states and steps. */
export interface FlowDefinition<C> {
  readonly name: FlowName;
  readonly kind: string;
  /** Done states: nothing more to do. */
  readonly done: readonly string[];
  readonly steps: readonly FlowStep<C>[];
  /**
   * The state a parked or failed record goes back to on replay or retry, from the state it was in
   * when it stopped. @default that state
   */
  resumeFrom?(state: string): string;
}

/** The transition table of a flow: every edge, for tests and the docs. */
export function transitionTable<C>(flow: FlowDefinition<C>): { from: string; to: string; does: string }[] {
  const rows = flow.steps.flatMap((s) => s.to.map((to) => ({ from: s.from, to, does: s.does })));
  const active = flow.steps.map((s) => s.from);
  rows.push(
    { from: active.join("|"), to: "parked", does: "a person must act: reason and hint on the record" },
    { from: active.join("|"), to: "failed", does: "retryable failure; tried again on the next run" },
    { from: "failed", to: "(resume state)", does: "next run, while attempts < maxAttempts" },
    { from: "parked", to: "(resume state)", does: "replay, once the cause is fixed" },
  );
  return rows;
}

/** Record data the runner itself keeps. */
interface RunnerData {
  readonly resumeState?: string;
  readonly attempts?: number;
  readonly error?: { readonly code: string; readonly message: string; readonly hint?: string };
}

export interface RunnerContext {
  readonly storage: StorageAdapter;
  readonly clock: Clock;
  /** What lease heartbeats sleep on (real time, unless a test drives time by hand). */
  readonly heartbeatClock: Clock;
  readonly logger: Logger;
  readonly hub: EventHub;
  readonly leaseMs: number;
  readonly maxAttempts: number;
  readonly owner?: string;
}

/** How a record's run ended. */
export type RecordRunOutcome = "done" | "parked" | "failed" | "busy" | "stopped" | "lease-lost";

function dataOf(record: StoredRecord): Record<string, JsonValue> {
  return typeof record.data === "object" && record.data !== null && !Array.isArray(record.data)
    ? { ...(record.data as Record<string, JsonValue>) }
    : {};
}

/** The lease key of a record. */
export function recordLeaseKey(id: string): string {
  return `sync:lease:${id}`;
}

/**
 * Drives one record through its flow until it rests. Safe to call from any number of workers at
 * once: the record's lease lets one of them work, the others answer `busy`.
 */
export async function runRecord<C>(
  flow: FlowDefinition<C>,
  id: string,
  ctx: C,
  rc: RunnerContext,
  signal?: AbortSignal,
): Promise<RecordRunOutcome> {
  const acquired = await acquireLease(rc.storage.dedup, recordLeaseKey(id), {
    leaseMs: rc.leaseMs,
    clock: rc.heartbeatClock,
    logger: rc.logger,
    ...(rc.owner ? { owner: rc.owner } : {}),
  });
  if (acquired.status !== "claimed") return "busy";
  const lease = acquired.lease;
  try {
    for (;;) {
      const record = await rc.storage.records.get(id);
      if (!record) return "done";
      if (flow.done.includes(record.state)) return "done";
      if (record.state === "parked") return "parked";
      if (record.state === "failed") {
        const data = dataOf(record) as RunnerData;
        if ((data.attempts ?? 0) >= rc.maxAttempts) {
          await move(flow, rc, record, "parked", {
            reason: `gave up after ${data.attempts} attempts: ${data.error?.message ?? "retryable failure"}`,
          });
          return "parked";
        }
        await move(flow, rc, record, data.resumeState ?? flow.steps[0]?.from ?? "discovered", {});
        continue;
      }
      if (signal?.aborted) return "stopped";
      const step = flow.steps.find((s) => s.from === record.state);
      if (!step) {
        await move(flow, rc, record, "parked", {
          reason: `no step leads out of state '${record.state}'`,
          error: {
            code: "UNKNOWN_STATE",
            message: `state '${record.state}' is not part of the ${flow.name} flow`,
          },
        });
        return "parked";
      }
      let result: StepResult;
      try {
        await lease.check(`${flow.name}:${step.from}`);
        result = await step.run(record, ctx, lease);
      } catch (e) {
        if (lease.lost || (isConnectorError(e) && e.code === "STORAGE_LEASE_LOST")) {
          rc.logger.warn("lease lost; another worker has the record", { record: id, state: record.state });
          return "lease-lost";
        }
        return await stopOn(flow, rc, record, e);
      }
      if (!step.to.includes(result.to) && result.to !== "parked") {
        throw new Error(
          `step ${step.from} of ${flow.name} returned '${result.to}', not one of ${step.to.join(", ")}`,
        );
      }
      // The fence again: a worker that lost its lease while the step ran writes nothing.
      await lease.check(`${flow.name}:${step.from}->${result.to}`);
      await move(flow, rc, record, result.to, {
        ...(result.data !== undefined ? { data: result.data } : {}),
        ...(result.ref !== undefined ? { ref: result.ref } : {}),
        ...(result.reason !== undefined ? { reason: result.reason } : {}),
      });
      if (result.to === "parked") return "parked";
    }
  } finally {
    await lease.release();
  }
}

async function stopOn<C>(
  flow: FlowDefinition<C>,
  rc: RunnerContext,
  record: StoredRecord,
  e: unknown,
): Promise<RecordRunOutcome> {
  const data = dataOf(record) as Record<string, JsonValue> & RunnerData;
  const code = isConnectorError(e) ? e.code : "UNEXPECTED";
  // Validation and mapping errors list their issues: the reason carries them, so a person sees what to fix.
  const issues = (e as { issues?: readonly { path: readonly (string | number)[]; message: string }[] })
    .issues;
  const listed =
    Array.isArray(issues) && !(e instanceof Error && issues.every((i) => e.message.includes(i.message)))
      ? issues.map((i) => `\n  - ${i.path.join(".")}: ${i.message}`).join("")
      : "";
  const message = `${e instanceof Error ? e.message : String(e)}${listed}`;
  const hint = isConnectorError(e) ? e.hint : undefined;
  const error = { code, message, ...(hint ? { hint } : {}) };
  if (isConnectorError(e) && e.retryable) {
    // Same inputs, same step: a retry resumes where it failed.
    const resumeState = record.state;
    const attempts = (data.attempts ?? 0) + 1;
    rc.logger.warn("record failed; it is tried again on the next run", {
      record: record.id,
      state: record.state,
      code,
      attempts,
    });
    await move(flow, rc, record, "failed", {
      reason: `${code}: ${message}`,
      data: { ...data, resumeState, attempts, error },
    });
    return "failed";
  }
  const resumeState = flow.resumeFrom?.(record.state) ?? record.state;
  if (!isConnectorError(e))
    rc.logger.error("unexpected error in a step", { record: record.id, error: message });
  await move(flow, rc, record, "parked", {
    reason: `${code}: ${message}`,
    data: { ...data, resumeState, error },
  });
  return "parked";
}

async function move<C>(
  flow: FlowDefinition<C>,
  rc: RunnerContext,
  record: StoredRecord,
  to: string,
  detail: { data?: JsonValue; ref?: string; reason?: string; error?: RunnerData["error"] },
): Promise<StoredRecord> {
  let data = detail.data;
  if (to === "parked" && detail.error && data === undefined) {
    data = {
      ...dataOf(record),
      resumeState: flow.resumeFrom?.(record.state) ?? record.state,
      error: detail.error,
    };
  }
  if (to !== "parked" && to !== "failed" && (record.state === "failed" || record.state === "parked")) {
    // Leaving a resting state: keep the attempt count, drop the error.
    const { error: _e, resumeState: _r, ...rest } = dataOf(record) as Record<string, JsonValue>;
    data = data ?? rest;
  }
  const moved = await rc.storage.records.transition(record.id, record.state, to, {
    ...(data !== undefined ? { data } : {}),
    ...(detail.ref !== undefined ? { ref: detail.ref } : {}),
    ...(detail.reason !== undefined ? { reason: detail.reason } : {}),
    expectedVersion: record.version,
  });
  const at = rc.clock.now();
  rc.hub.emit({
    type: "transition",
    flow: flow.name,
    record: record.id,
    from: record.state,
    to,
    ...(detail.reason !== undefined ? { reason: detail.reason } : {}),
    at,
  });
  if (to === "parked") {
    const err = (dataOf(moved) as RunnerData).error;
    rc.hub.emit({
      type: "parked",
      flow: flow.name,
      record: record.id,
      reason: detail.reason ?? err?.message ?? "parked",
      hint: err?.hint,
      at,
    });
  }
  return moved;
}

/**
 * Moves a parked (or failed) record back to the state it stopped in, so the next `runRecord`
 * tries it again. Resolves false when the record is not parked or failed.
 */
export async function reopenRecord<C>(
  flow: FlowDefinition<C>,
  rc: RunnerContext,
  id: string,
): Promise<boolean> {
  const record = await rc.storage.records.get(id);
  if (!record || (record.state !== "parked" && record.state !== "failed")) return false;
  const data = dataOf(record) as Record<string, JsonValue> & RunnerData;
  const to = data.resumeState ?? flow.steps[0]?.from ?? "discovered";
  const { error: _e, resumeState: _r, ...rest } = data;
  await move(flow, rc, record, to, { data: { ...rest, attempts: 0 }, reason: "replay" });
  return true;
}

/**
 * Every record of one kind in a store (optionally in one state), in id order, read page by page so
 * a store of any size is listed without one unbounded query.
 */
export async function listRecords(
  storage: RunnerContext["storage"],
  kind: string,
  filter: { readonly state?: string } = {},
): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await storage.records.list({
      kind,
      ...(filter.state ? { state: filter.state } : {}),
      ...(after ? { after } : {}),
      limit: LIST_PAGE,
    });
    out.push(...page);
    if (page.length < LIST_PAGE) return out;
    after = page[page.length - 1]?.id;
  }
}

const LIST_PAGE = 1000;
