/**
 * Service protection and fault injection for the D365 simulator: a sliding-window request limit
 * answered with 429 + Retry-After (on the simulated clock), forced 429 storms, and per-entity/
 * per-operation faults (500, 503, network errors) drawn from a seeded generator.
 */
import type { Clock } from "../../core/clock.js";

/** A request as the throttle sees it. */
export interface ThrottleRequest {
  readonly method: string;
  /** Entity set, `$batch`, or `token` for the Entra endpoint. */
  readonly target: string;
}

/** A fault to inject. */
export interface FaultRule {
  /** Entity set, `$batch` or `token`; omitted = every target. */
  readonly target?: string;
  /** HTTP method; omitted = every method. */
  readonly method?: string;
  /**
   * What happens to a matching request. `commit-network` lets the request through (D365 commits
   * it, a `$batch` change set included) and then drops the connection before the answer arrives:
   * the client sees a network error for a write that happened, as when a reset or a timeout falls
   * after the remote side committed. Never applies to the token endpoint.
   */
  readonly kind: "500" | "503" | "429" | "network" | "commit-network";
  /** Probability per matching request, 0..1. @default 1 */
  readonly rate?: number;
  /** Stop after this many injections. @default unlimited */
  readonly times?: number;
  /** Retry-After seconds for `429`. @default 5 */
  readonly retryAfterSeconds?: number;
}

/**
 * Fault rates for one target, in the same shape as the Amazon simulator's `FaultSettings`.
 * Rates are probabilities in [0, 1].
 */
export interface FaultSettings {
  /** Share of calls answered 500. @default 0 */
  readonly error500Rate?: number;
  /** Share of calls answered 503. @default 0 */
  readonly error503Rate?: number;
  /** Share of calls that fail as a network error (`fetch` rejects). @default 0 */
  readonly timeoutRate?: number;
  /** Answer the next N calls 429 whatever the budget; `true` until cleared. */
  readonly storm429?: number | boolean;
  /** Retry-After seconds of storm answers. @default 5 */
  readonly retryAfterSeconds?: number;
}

/** Sliding-window limit, like D365's user-based service protection (6,000 requests per 5 minutes). */
export interface RateLimit {
  readonly requests: number;
  readonly windowMs: number;
}

/** Throttling options of the simulator. */
export interface ThrottleOptions {
  /** Limit on data requests; omitted = unlimited. */
  readonly limit?: RateLimit;
  /** Faults active from the start. */
  readonly faults?: readonly FaultRule[];
  /** Seed of the fault generator. @default 1 */
  readonly seed?: number;
}

/** What the throttle decided for one request. */
export type ThrottleVerdict =
  | { readonly kind: "pass" }
  | { readonly kind: "429"; readonly retryAfterSeconds: number; readonly reason: "limit" | "storm" | "fault" }
  | { readonly kind: "500" | "503" | "network" }
  /** Let the request through, then drop the connection instead of answering. */
  | { readonly kind: "commit-network" };

/** Controls of the throttle, exposed on the simulator state. */
export interface Throttle {
  check(request: ThrottleRequest): ThrottleVerdict;
  /** Adds a fault rule; returns a function that removes it. */
  inject(rule: FaultRule): () => void;
  /** The next `count` data requests get 429 with `Retry-After: retryAfterSeconds`. */
  storm(count: number, retryAfterSeconds?: number): void;
  /**
   * Sets (replaces) the fault rates of a target: `"POST LedgerJournalLines"`, `"LedgerJournalLines"`
   * (every method), `"token"`, `"$batch"`, or `"*"` for every data request. The most specific wins.
   */
  set(target: string, settings: FaultSettings): void;
  /** Removes all faults and storms (the limit stays). */
  clear(): void;
  setLimit(limit: RateLimit | undefined): void;
  /** Counts of verdicts other than pass, by kind. */
  readonly injected: Readonly<Record<string, number>>;
}

/** mulberry32: a small deterministic generator, so fault runs repeat exactly. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Creates a throttle on the given clock. */
export function createThrottle(clock: Clock, options: ThrottleOptions = {}): Throttle {
  const random = createRandom(options.seed ?? 1);
  let limit = options.limit;
  let rules: { rule: FaultRule; used: number }[] = (options.faults ?? []).map((rule) => ({ rule, used: 0 }));
  let storm = { left: 0, retryAfterSeconds: 5 };
  const settings = new Map<string, FaultSettings & { stormLeft?: number | boolean }>();
  const decideSettings = (key: string): ThrottleVerdict | undefined => {
    const s = settings.get(key);
    if (!s) return undefined;
    if (s.stormLeft === true || (typeof s.stormLeft === "number" && s.stormLeft > 0)) {
      if (typeof s.stormLeft === "number") s.stormLeft--;
      count("429");
      return { kind: "429", retryAfterSeconds: s.retryAfterSeconds ?? 5, reason: "storm" };
    }
    const draw = random();
    let edge = s.error500Rate ?? 0;
    const verdict = (kind: "500" | "503" | "network"): ThrottleVerdict => {
      count(kind);
      return { kind };
    };
    if (draw < edge) return verdict("500");
    edge += s.error503Rate ?? 0;
    if (draw < edge) return verdict("503");
    edge += s.timeoutRate ?? 0;
    if (draw < edge) return verdict("network");
    return undefined;
  };
  let accepted: number[] = [];
  const injected: Record<string, number> = {};
  const count = (kind: string) => {
    injected[kind] = (injected[kind] ?? 0) + 1;
  };

  return {
    check(request) {
      if (storm.left > 0 && request.target !== "token") {
        storm.left--;
        count("429");
        return { kind: "429", retryAfterSeconds: storm.retryAfterSeconds, reason: "storm" };
      }
      const keys = [`${request.method.toUpperCase()} ${request.target}`, request.target];
      if (request.target !== "token") keys.push("*");
      for (const key of keys) {
        if (!settings.has(key)) continue;
        const decided = decideSettings(key);
        if (decided) return decided;
        break;
      }
      for (const entry of rules) {
        const { rule } = entry;
        if (rule.target !== undefined && rule.target !== request.target) continue;
        if (rule.method !== undefined && rule.method.toUpperCase() !== request.method.toUpperCase()) continue;
        if (rule.times !== undefined && entry.used >= rule.times) continue;
        if (rule.kind === "commit-network" && request.target === "token") continue;
        if (random() >= (rule.rate ?? 1)) continue;
        entry.used++;
        count(rule.kind);
        if (rule.kind === "commit-network") return { kind: "commit-network" };
        if (rule.kind === "429")
          return { kind: "429", retryAfterSeconds: rule.retryAfterSeconds ?? 5, reason: "fault" };
        return { kind: rule.kind };
      }
      if (limit && request.target !== "token") {
        const now = clock.now();
        accepted = accepted.filter((t) => t > now - limit!.windowMs);
        if (accepted.length >= limit.requests) {
          const oldest = accepted[0] ?? now;
          count("429");
          return {
            kind: "429",
            retryAfterSeconds: Math.max(1, Math.ceil((oldest + limit.windowMs - now) / 1000)),
            reason: "limit",
          };
        }
        accepted.push(now);
      }
      return { kind: "pass" };
    },
    inject(rule) {
      const entry = { rule, used: 0 };
      rules.push(entry);
      return () => {
        rules = rules.filter((e) => e !== entry);
      };
    },
    storm(n, retryAfterSeconds = 5) {
      storm = { left: n, retryAfterSeconds };
    },
    set(target, value) {
      settings.set(target, {
        ...value,
        ...(value.storm429 !== undefined ? { stormLeft: value.storm429 } : {}),
      });
    },
    clear() {
      settings.clear();
      rules = [];
      storm = { left: 0, retryAfterSeconds: 5 };
    },
    setLimit(next) {
      limit = next;
      accepted = [];
    },
    get injected() {
      return { ...injected };
    },
  };
}
