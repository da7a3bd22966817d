import type { AttemptRecord } from "./pipeline.js";

/** One outbound call, as the audit trail keeps it: no query strings, no bodies, no PII. */
export interface CallAuditEntry {
  readonly kind: "call";
  readonly callId: string;
  /** Epoch ms when the call started. */
  readonly at: number;
  readonly system: string;
  readonly api: string | undefined;
  readonly operation: string | undefined;
  readonly method: string;
  /** Path template (e.g. `/orders/v0/orders/{orderId}`), never the concrete path. */
  readonly path: string;
  /** Final HTTP status, or undefined when no answer came. */
  readonly status: number | undefined;
  readonly attempts: number;
  readonly latencyMs: number;
  readonly requestIds: { readonly requestId?: string; readonly activityId?: string };
  readonly error: string | undefined;
  readonly record: string | undefined;
  readonly attemptLog: readonly AttemptRecord[];
  /** The call this one replays, when it is a replay. */
  readonly replayOf?: string;
}

/** One step in a record's life: discovered, fetched, parsed, mapped, posted, reconciled, parked. */
export interface TransitionAuditEntry {
  readonly kind: "transition";
  readonly at: number;
  /** Record kind and id, e.g. `settlement` / `21574497411`. */
  readonly recordKind: string;
  readonly record: string;
  readonly from: string | undefined;
  readonly to: string;
  /** Why: the journal number it posted as, the reason it parked. Never PII. */
  readonly detail?: string;
}

export type AuditEntry = CallAuditEntry | TransitionAuditEntry;

/**
 * Where the audit trail goes. The storage adapters implement it durably; {@link createMemoryAuditSink}
 * keeps it in memory.
 */
export interface AuditSink {
  recordCall(entry: CallAuditEntry): Promise<void>;
  recordTransition(entry: TransitionAuditEntry): Promise<void>;
}

/** An in-memory audit sink, handy in tests and as the default. */
export interface MemoryAuditSink extends AuditSink {
  readonly entries: readonly AuditEntry[];
  calls(): CallAuditEntry[];
  transitions(record?: string): TransitionAuditEntry[];
}

/**
 * Creates an in-memory audit sink.
 * @example
 * const audit = createMemoryAuditSink();
 * const amazon = createSpApiClient({ region: "na", audit });
 */
export function createMemoryAuditSink(): MemoryAuditSink {
  const entries: AuditEntry[] = [];
  return {
    entries,
    async recordCall(entry) {
      entries.push(entry);
    },
    async recordTransition(entry) {
      entries.push(entry);
    },
    calls: () => entries.filter((e): e is CallAuditEntry => e.kind === "call"),
    transitions: (record) =>
      entries.filter(
        (e): e is TransitionAuditEntry => e.kind === "transition" && (!record || e.record === record),
      ),
  };
}
