/**
 * A small seeded pseudo-random generator (mulberry32) so simulators and data generators produce the
 * same data on every run. Never use it for anything secret.
 */

/** Deterministic random source. */
export interface Prng {
  /** Next float in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** `n` decimal digits as text (leading zeros allowed). */
  digits(n: number): string;
  /** `n` characters from `alphabet`. */
  chars(n: number, alphabet?: string): string;
  /** A version-4-shaped UUID. */
  uuid(): string;
  /** A new generator seeded from this one, for an independent stream. */
  fork(label: number): Prng;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/**
 * Creates a {@link Prng} from a 32-bit seed.
 * @example
 * const rng = createPrng(42);
 * rng.int(1, 6); // same value on every run
 */
export function createPrng(seed: number): Prng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const chars = (n: number, alphabet = ALNUM): string => {
    let out = "";
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  const hex = (n: number) => chars(n, "0123456789abcdef");
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError("pick() needs a non-empty array");
      return item;
    },
    digits: (n) => chars(n, "0123456789"),
    chars,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${chars(1, "89ab")}${hex(3)}-${hex(12)}`,
    fork: (label) => createPrng((Math.imul(seed ^ 0x9e3779b9, 31) + Math.imul(label, 0x85ebca6b)) >>> 0),
  };
}
