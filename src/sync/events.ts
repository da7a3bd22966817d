/**
 * Typed events of a connector: record transitions, postings, parked records, throttling and
 * progress. Hosts subscribe with `connector.on(type, listener)` (returns an unsubscribe function)
 * or iterate `connector.events()` (an `AsyncIterable` that ends when its `signal` aborts or the
 * iterator is returned). A listener that throws is logged and never stops the run.
 */
import type { Logger } from "../core/logger.js";

/** The flows a connector runs. */
export type FlowName = "settlements" | "orders" | "inventory" | "provisional" | "listings";

/** Every flow `connector.run` runs, in the order the docs list them. */
export const flowNames: readonly FlowName[] = [
  "settlements",
  "orders",
  "inventory",
  "provisional",
  "listings",
];

/** A record moved from one state to another (written with its audit entry first). */
export interface TransitionEvent {
  readonly type: "transition";
  readonly flow: FlowName;
  readonly record: string;
  readonly from: string;
  readonly to: string;
  readonly reason?: string;
  readonly at: number;
}

/** A settlement's journals are in D365 (created now, or found there). */
export interface PostedEvent {
  readonly type: "posted";
  readonly flow: FlowName;
  readonly record: string;
  readonly settlementId: string;
  readonly journals: readonly { readonly journalBatchNumber: string; readonly outcome: string }[];
  readonly at: number;
}

/** A record needs a person: `reason` says why, `hint` what to fix before `replay`. */
export interface ParkedEvent {
  readonly type: "parked";
  readonly flow: FlowName;
  readonly record: string;
  readonly reason: string;
  readonly hint: string | undefined;
  readonly at: number;
}

/** A remote system answered 429 (the retry layer waits and tries again). */
export interface ThrottledEvent {
  readonly type: "throttled";
  readonly system: string;
  readonly operation: string | undefined;
  readonly at: number;
}

/** Counts of a flow's run so far. */
export interface ProgressEvent {
  readonly type: "progress";
  readonly flow: FlowName;
  readonly total: number;
  readonly done: number;
  readonly parked: number;
  readonly failed: number;
  readonly at: number;
}

/** A schedule's trigger for one flow and seller: a run started, finished or failed, or was skipped (still running). */
export interface ScheduledEvent {
  readonly type: "scheduled";
  readonly flow: FlowName;
  readonly sellerId: string;
  readonly region: string;
  readonly outcome: "started" | "finished" | "failed" | "skipped";
  /** When the trigger was due (the cron time, before jitter). */
  readonly due: number;
  /** The pg-boss job id, with `workers: "pg-boss"`. */
  readonly job?: string;
  readonly at: number;
}

export type ConnectorEvent =
  | TransitionEvent
  | PostedEvent
  | ParkedEvent
  | ThrottledEvent
  | ProgressEvent
  | ScheduledEvent;
export type ConnectorEventType = ConnectorEvent["type"];
export type EventOf<T extends ConnectorEventType> = Extract<ConnectorEvent, { type: T }>;
export type Listener<T extends ConnectorEventType> = (event: EventOf<T>) => void;

/** @internal The connector's event hub. */
export interface EventHub {
  emit(event: ConnectorEvent): void;
  on<T extends ConnectorEventType | "*">(
    type: T,
    listener: T extends ConnectorEventType ? Listener<T> : (event: ConnectorEvent) => void,
  ): () => void;
  stream(options?: { readonly signal?: AbortSignal }): AsyncIterableIterator<ConnectorEvent>;
}

/** @internal */
export function createEventHub(logger: Logger): EventHub {
  const listeners = new Map<string, Set<(event: ConnectorEvent) => void>>();
  const on = (type: string, listener: (event: ConnectorEvent) => void) => {
    const set = listeners.get(type) ?? new Set();
    listeners.set(type, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };
  const emit = (event: ConnectorEvent) => {
    for (const type of [event.type, "*"]) {
      for (const listener of listeners.get(type) ?? []) {
        try {
          listener(event);
        } catch (e) {
          // A host's listener must not break a posting; say so once per failure.
          logger.warn("event listener threw; the run goes on", {
            event: event.type,
            error: e instanceof Error ? e.message : String(e),
          });
        }
      }
    }
  };
  const stream = (options: { readonly signal?: AbortSignal } = {}): AsyncIterableIterator<ConnectorEvent> => {
    const queue: ConnectorEvent[] = [];
    let wake: (() => void) | undefined;
    let ended = false;
    const off = on("*", (e) => {
      queue.push(e);
      wake?.();
    });
    const end = () => {
      ended = true;
      off();
      wake?.();
    };
    options.signal?.addEventListener("abort", end, { once: true });
    const iterator: AsyncIterableIterator<ConnectorEvent> = {
      async next() {
        for (;;) {
          const value = queue.shift();
          if (value) return { value, done: false };
          if (ended) return { value: undefined, done: true };
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = undefined;
        }
      },
      async return() {
        end();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  };
  return { emit, on: on as EventHub["on"], stream };
}
