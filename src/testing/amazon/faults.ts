/**
 * Fault injection: per-operation rates of 500, 503 and network failures, and forced 429 storms.
 * Draws come from the simulator's seeded generator, so a failing run replays exactly.
 */
import type { Prng } from "../data/prng.js";

/** Faults for one operation (or `"*"` for all). Rates are probabilities in [0, 1]. */
export interface FaultSettings {
  /** Share of calls answered 500 InternalFailure. @default 0 */
  readonly error500Rate?: number;
  /** Share of calls answered 503 ServiceUnavailable. @default 0 */
  readonly error503Rate?: number;
  /**
   * Share of calls that fail as a network error (msw `HttpResponse.error()`: `fetch` rejects with a
   * TypeError), which is how the simulator models a timeout or a reset connection. @default 0
   */
  readonly timeoutRate?: number;
  /** Answer the next N calls 429 QuotaExceeded whatever the bucket holds; `true` until cleared. */
  readonly storm429?: number | boolean;
}

/** What the fault layer decided for a call. */
export type FaultDecision = "none" | "storm-429" | "fault-500" | "fault-503" | "fault-timeout";

/** Fault controls of one simulator. */
export interface Faults {
  /** Sets (replaces) the faults of an operation id, or `"*"` for every operation. */
  set(operationId: string, settings: FaultSettings): void;
  /** Removes faults of one operation, or all faults. */
  clear(operationId?: string): void;
  /** Decides the fate of one call. */
  decide(operationId: string): FaultDecision;
}

/** Creates the fault controls. */
export function createFaults(rng: Prng): Faults {
  const settings = new Map<string, FaultSettings & { stormLeft?: number | boolean }>();
  const decideFor = (key: string): FaultDecision => {
    const s = settings.get(key);
    if (!s) return "none";
    if (s.stormLeft === true) return "storm-429";
    if (typeof s.stormLeft === "number" && s.stormLeft > 0) {
      s.stormLeft--;
      return "storm-429";
    }
    const draw = rng.next();
    let edge = s.error500Rate ?? 0;
    if (draw < edge) return "fault-500";
    edge += s.error503Rate ?? 0;
    if (draw < edge) return "fault-503";
    edge += s.timeoutRate ?? 0;
    if (draw < edge) return "fault-timeout";
    return "none";
  };
  return {
    set(operationId, value) {
      settings.set(operationId, {
        ...value,
        ...(value.storm429 !== undefined ? { stormLeft: value.storm429 } : {}),
      });
    },
    clear(operationId) {
      if (operationId === undefined) settings.clear();
      else settings.delete(operationId);
    },
    decide(operationId) {
      const specific = decideFor(operationId);
      return specific !== "none" ? specific : decideFor("*");
    },
  };
}
