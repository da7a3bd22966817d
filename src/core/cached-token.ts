/**
 * The token cache every token provider shares: caches tokens until shortly before they expire,
 * keeps one fetch in flight per key however many callers wait, and after a refusal fetches once
 * for all the callers that saw the same refused token.
 * @packageDocumentation
 */
import type { Clock } from "./clock.js";
import type { Secret } from "./redact.js";

/** A token and how long it lives, as a fetch returns it. */
export interface IssuedToken {
  readonly token: Secret;
  /** Lifetime in milliseconds from the moment the answer came. */
  readonly expiresInMs: number;
}

/** Options of {@link createTokenCache}. */
export interface TokenCacheOptions {
  /** Time source for expiry. */
  readonly clock: Clock;
  /**
   * How long before expiry a token stops being handed out, so a call never starts with a token
   * about to lapse. Capped at half a token's lifetime.
   * @default 60_000
   */
  readonly skewMs?: number;
  /**
   * Most keys held at once; the entries closest to expiry go first. One key per provider for
   * LWA and Entra; one per (method, path, data elements) for Restricted Data Tokens.
   * @default 1000
   */
  readonly maxEntries?: number;
}

/** Options of one {@link TokenCache.get}. */
export interface TokenCacheGetOptions {
  /** Skip a cached token unless it was fetched after the last refusal. */
  readonly forceRefresh?: boolean;
  /** Stops this caller's wait; the shared fetch goes on for the others. */
  readonly signal?: AbortSignal | undefined;
}

/** A cache of tokens by key. */
export interface TokenCache {
  /** The cached token for `key`, or the result of `fetch` (one fetch per key at a time). */
  get(key: string, fetch: () => Promise<IssuedToken>, options?: TokenCacheGetOptions): Promise<Secret>;
  /** Forgets `token` wherever it is cached, after the remote side refused it. */
  invalidate(token: Secret): void;
  /** Drops every cached token. */
  clear(): void;
  /** Number of keys holding a token. */
  readonly size: number;
}

interface Entry {
  readonly token: Secret;
  readonly expiresAt: number;
  readonly freshAt: number;
  /** Refusal epoch when the fetch started: a token newer than the last refusal is reused on force. */
  readonly epoch: number;
}

interface Flight {
  readonly promise: Promise<Secret>;
  epoch: number;
}

/**
 * Creates a {@link TokenCache}.
 * @example
 * const cache = createTokenCache({ clock, skewMs: 60_000 });
 * const token = await cache.get("lwa", () => exchangeRefreshToken());
 */
export function createTokenCache(options: TokenCacheOptions): TokenCache {
  const { clock } = options;
  const skewMs = Math.max(0, options.skewMs ?? 60_000);
  const maxEntries = Math.max(1, options.maxEntries ?? 1000);
  const entries = new Map<string, Entry>();
  const flights = new Map<string, Flight>();
  let epoch = 0;

  const evict = (now: number) => {
    for (const [key, entry] of entries) if (now >= entry.expiresAt) entries.delete(key);
    if (entries.size < maxEntries) return;
    const byExpiry = [...entries].sort((a, b) => a[1].expiresAt - b[1].expiresAt);
    for (const [key] of byExpiry.slice(0, entries.size - maxEntries + 1)) entries.delete(key);
  };

  const start = (key: string, fetch: () => Promise<IssuedToken>): Flight => {
    const state = { epoch };
    const flight: Flight = {
      get epoch() {
        return state.epoch;
      },
      set epoch(value: number) {
        state.epoch = value;
      },
      promise: (async () => {
        try {
          // Deferred a tick, so the flight is registered before a fetch that fails at once settles.
          const issued = await Promise.resolve().then(fetch);
          const now = clock.now();
          const lifetime = Math.max(0, issued.expiresInMs);
          // A token shorter-lived than twice the skew would never be fresh; keep half its life.
          const skew = Math.min(skewMs, lifetime / 2);
          if (entries.size >= maxEntries) evict(now);
          entries.set(key, {
            token: issued.token,
            expiresAt: now + lifetime,
            freshAt: now + lifetime - skew,
            epoch: state.epoch,
          });
          return issued.token;
        } finally {
          flights.delete(key);
        }
      })(),
    };
    flights.set(key, flight);
    return flight;
  };

  return {
    get(key, fetch, getOptions = {}) {
      const now = clock.now();
      const entry = entries.get(key);
      const flight = flights.get(key);
      let promise: Promise<Secret>;
      if (flight) {
        promise = flight.promise;
      } else if (
        entry &&
        now < entry.freshAt &&
        (!getOptions.forceRefresh || (epoch > 0 && entry.epoch === epoch))
      ) {
        return Promise.resolve(entry.token);
      } else {
        promise = start(key, fetch).promise;
      }
      if (entry && !getOptions.forceRefresh && now < entry.expiresAt) {
        // An early refresh that fails must not fail a call the current token can still make.
        const fallback = entry;
        promise = promise.catch((error: unknown) => {
          if (entries.get(key) === fallback && clock.now() < fallback.expiresAt) return fallback.token;
          throw error;
        });
      }
      return raceAbort(promise, getOptions.signal);
    },

    invalidate(token) {
      const value = token.reveal();
      let hit = false;
      for (const [key, entry] of entries) {
        if (entry.token.reveal() === value) {
          entries.delete(key);
          hit = true;
        }
      }
      if (!hit) return;
      epoch++;
      // A fetch already under way will bring a token other than the refused one.
      for (const flight of flights.values()) flight.epoch = epoch;
    },

    clear() {
      entries.clear();
    },

    get size() {
      return entries.size;
    },
  };
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
