/**
 * Time as a seam. Everything that waits or stamps goes through a {@link Clock}, so tests and
 * simulators run hour-long schedules in milliseconds.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds of this clock's time; rejects with the signal's reason on abort. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now()` and `setTimeout`. */
export const systemClock: Clock = Object.freeze({
  now: () => Date.now(),
  sleep: (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
});

/** A clock whose time moves only when told to, or (with `autoAdvance`) whenever everyone is asleep. */
export interface SimulatedClock extends Clock {
  /** Moves time forward by `ms`, waking every sleeper due on the way, in order. */
  advance(ms: number): Promise<void>;
  /** Sets the time (never backwards). */
  set(epochMs: number): Promise<void>;
  /** Number of sleepers waiting. */
  readonly pending: number;
  /** Milliseconds this clock has moved since it was created. */
  elapsed(): number;
}

export interface SimulatedClockOptions {
  /**
   * Start time, epoch milliseconds or a Date.
   * @default Date.UTC(2026, 0, 1)
   */
  readonly start?: number | Date;
  /**
   * When true, a sleep does not wait for `advance()`: once the event loop has nothing else to do
   * (checked with `setImmediate`), time jumps to the earliest sleeper and wakes it. This makes
   * rate-limited runs take virtual time, not real time.
   * @default true
   */
  readonly autoAdvance?: boolean;
}

interface Sleeper {
  readonly at: number;
  readonly seq: number;
  readonly resolve: () => void;
}

/**
 * Creates a {@link SimulatedClock}.
 * @example
 * const clock = createSimulatedClock({ start: new Date("2026-03-01T00:00:00Z") });
 * await clock.sleep(3_600_000); // returns at once; clock.now() is an hour later
 */
export function createSimulatedClock(options: SimulatedClockOptions = {}): SimulatedClock {
  const start =
    options.start instanceof Date ? options.start.getTime() : (options.start ?? Date.UTC(2026, 0, 1));
  const autoAdvance = options.autoAdvance ?? true;
  let now = start;
  let seq = 0;
  let sleepers: Sleeper[] = [];
  let pumping = false;

  const wakeDue = () => {
    const due = sleepers.filter((s) => s.at <= now).sort((a, b) => a.at - b.at || a.seq - b.seq);
    sleepers = sleepers.filter((s) => s.at > now);
    for (const s of due) s.resolve();
  };

  // Several macrotask turns let in-flight I/O (msw handlers, streams) settle before time jumps.
  const settle = () =>
    new Promise<void>((resolve) => setImmediate(() => setImmediate(() => setImmediate(resolve))));

  const pump = () => {
    if (pumping || !autoAdvance) return;
    pumping = true;
    void (async () => {
      while (sleepers.length > 0) {
        await settle();
        if (sleepers.length === 0) break;
        const next = sleepers.reduce((a, b) => (a.at < b.at || (a.at === b.at && a.seq < b.seq) ? a : b));
        if (next.at > now) now = next.at;
        wakeDue();
      }
      pumping = false;
    })();
  };

  const clock: SimulatedClock = {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const sleeper: Sleeper = {
          // Whole milliseconds, like Date.now() and setTimeout: a fractional back-off must not
          // move time to a fraction, which storage refuses as a time stamp.
          at: now + Math.ceil(Math.max(0, ms)),
          seq: seq++,
          resolve: () => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          sleepers = sleepers.filter((s) => s !== sleeper);
          reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        sleepers.push(sleeper);
        pump();
      });
    },
    async advance(ms) {
      await clock.set(now + ms);
    },
    async set(epochMs) {
      const target = Math.max(now, Math.ceil(epochMs));
      // Wake sleepers in time order, letting each one's continuation run before moving on.
      for (;;) {
        const due = sleepers.filter((s) => s.at <= target);
        if (due.length === 0) break;
        const next = due.reduce((a, b) => (a.at < b.at || (a.at === b.at && a.seq < b.seq) ? a : b));
        now = Math.max(now, next.at);
        wakeDue();
        await settle();
      }
      now = target;
    },
    get pending() {
      return sleepers.length;
    },
    elapsed: () => now - start,
  };
  return clock;
}
