/**
 * The audit seam. The pipeline and the sync engine write to an {@link AuditSink}; every storage
 * adapter's `audit` part is one, so `createSpApiClient({ audit: storage.audit })` makes the trail
 * durable. {@link createMemoryAuditSink} keeps it in memory, for tests and short scripts.
 */
import type {
  AuditCallEntry,
  AuditCallInput,
  AuditEntry,
  AuditQuery,
  AuditSink,
  AuditStore,
  AuditTransitionEntry,
  AuditTransitionInput,
} from "./storage.js";

export type {
  AuditCallEntry,
  AuditCallInput,
  AuditEntry,
  AuditQuery,
  AuditSink,
  AuditStore,
  AuditTransitionEntry,
  AuditTransitionInput,
};

/** An in-memory audit store with direct access to its entries. */
export interface MemoryAuditSink extends AuditStore {
  readonly entries: readonly AuditEntry[];
  calls(): AuditCallEntry[];
  transitions(record?: string): AuditTransitionEntry[];
}

/**
 * Creates an in-memory audit store.
 * @example
 * const audit = createMemoryAuditSink();
 * const amazon = createSpApiClient({ region: "na", audit });
 * // ... audit.calls() lists every outbound call
 */
export function createMemoryAuditSink(options: { readonly now?: () => number } = {}): MemoryAuditSink {
  const now = options.now ?? Date.now;
  const entries: AuditEntry[] = [];
  let seq = 0;
  const matches = (e: AuditEntry, q: AuditQuery): boolean => {
    if (q.kind && e.kind !== q.kind) return false;
    if (q.record !== undefined && e.record !== q.record) return false;
    if (q.since !== undefined && e.at < q.since) return false;
    if (q.until !== undefined && e.at >= q.until) return false;
    if (q.after !== undefined && BigInt(e.id) <= BigInt(q.after)) return false;
    if (q.status !== undefined) {
      const want = String(q.status);
      const got = e.kind === "transition" ? e.state : e.status === undefined ? "error" : String(e.status);
      if (got !== want) return false;
    }
    return true;
  };
  return {
    entries,
    async appendCall(input: AuditCallInput) {
      const { at, ...rest } = input;
      const entry: AuditCallEntry = { ...rest, kind: "call", id: String(++seq), at: at ?? now() };
      entries.push(entry);
      return entry;
    },
    async appendTransition(input: AuditTransitionInput) {
      const { at, ...rest } = input;
      const entry: AuditTransitionEntry = { ...rest, kind: "transition", id: String(++seq), at: at ?? now() };
      entries.push(entry);
      return entry;
    },
    async query(q = {}) {
      return entries.filter((e) => matches(e, q)).slice(0, q.limit ?? 100);
    },
    async get(id) {
      return entries.find((e) => e.id === id);
    },
    calls: () => entries.filter((e): e is AuditCallEntry => e.kind === "call"),
    transitions: (record) =>
      entries.filter(
        (e): e is AuditTransitionEntry => e.kind === "transition" && (!record || e.record === record),
      ),
  };
}
