/**
 * The pieces a fault schedule runs on: a storage adapter that can fail on its N-th write or die
 * with its process. The D365 fingerprint every run must end in and the invariants checked after
 * every schedule are in test/support/d365-state.ts (the crash-point tests check them too).
 */
import { StorageError } from "../../../src/core/errors.js";
import type { AuditCallInput, StorageAdapter } from "../../../src/core/storage.js";

/** Methods of the storage stores that only read; every other method writes. */
const READS = /^(get|list|query|find|read|load|count|has|peek|due|stats)/;

/** What the wrapped storage reports, and how a test drives it. */
export interface FaultyStorage {
  /** The adapter a connector "life" uses. */
  readonly adapter: StorageAdapter;
  /** Makes the N-th write from now (1 = the next) throw a StorageError, once. */
  failWrite(n: number): void;
  /** The process is gone: every later call throws, nothing more reaches the store. */
  kill(): void;
  readonly dead: boolean;
  /** Writes refused so far (injected failures, not kills). */
  readonly failedWrites: number;
  /** D365 write calls whose audit entry was lost because the process died before writing it. */
  readonly lostD365Audit: number;
}

const isD365Write = (e: AuditCallInput) => e.system === "d365" && e.method.toUpperCase() !== "GET";

/**
 * Wraps `inner` for one connector life. The audit trail is left out of the injected write
 * failures on purpose: an audit write that fails is reported through `onAuditError` while the call
 * completes (decision in src/core/pipeline.ts), so a gap there is by design, not a defect.
 */
export function faultyStorage(inner: StorageAdapter): FaultyStorage {
  let dead = false;
  let failIn = 0;
  let failedWrites = 0;
  let lostD365Audit = 0;
  const killed = () =>
    new StorageError("the process was killed (chaos schedule)", { retryable: true, code: "STORAGE_KILLED" });
  const wrapStore = <T extends object>(name: string, store: T): T =>
    new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== "function" || typeof prop !== "string") return value;
        return async (...args: unknown[]) => {
          if (dead) {
            if (name === "audit" && prop === "appendCall" && isD365Write(args[0] as AuditCallInput))
              lostD365Audit++;
            throw killed();
          }
          if (name !== "audit" && !READS.test(prop) && failIn > 0 && --failIn === 0) {
            failedWrites++;
            throw new StorageError(`injected failure of ${name}.${prop} (chaos schedule)`, {
              retryable: true,
              code: "STORAGE_UNAVAILABLE",
            });
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  const adapter: StorageAdapter = {
    name: inner.name,
    capabilities: inner.capabilities,
    migrate: () => inner.migrate(),
    // A life never closes the shared store; the schedule does at the end.
    close: async () => {},
    credentials: wrapStore("credentials", inner.credentials),
    cursors: wrapStore("cursors", inner.cursors),
    dedup: wrapStore("dedup", inner.dedup),
    audit: wrapStore("audit", inner.audit),
    records: wrapStore("records", inner.records),
    rateLimits: wrapStore("rateLimits", inner.rateLimits),
    documents: wrapStore("documents", inner.documents),
  };
  return {
    adapter,
    failWrite(n) {
      failIn = Math.max(1, n);
    },
    kill() {
      dead = true;
    },
    get dead() {
      return dead;
    },
    get failedWrites() {
      return failedWrites;
    },
    get lostD365Audit() {
      return lostD365Audit;
    },
  };
}
