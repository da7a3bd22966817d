/**
 * Option validation at construction: every factory checks its options against a zod schema before
 * it builds anything, so a wrong or missing option fails at once as a {@link ConfigError} naming
 * the option, never as a `TypeError` deep inside, a 403 at the first call, or `undefined` sent to a
 * remote service. The schemas never echo a value back, so a secret passed in the wrong place
 * cannot end up in an error message or a log.
 * @packageDocumentation
 */
import { z } from "zod";
import { ConfigError, type ErrorLocation, type Issue } from "./errors.js";

/**
 * Checks `value` against `schema` and returns the parsed value. Opaque values (functions, Secrets,
 * clocks, pools) come back as the very same objects.
 * @param where - the factory's name (e.g. `"createSpApiClient"`), or a full location.
 * @throws ConfigError (code `CONFIG_INVALID`) listing every problem, each with its option path.
 * @example
 * const options = parseOptions(lwaOptionsSchema, input, "lwaTokenProvider");
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string | ErrorLocation,
): z.output<S> {
  const location: ErrorLocation = typeof where === "string" ? { system: "local", operation: where } : where;
  // A factory called with nothing at all gets the same issues as one called with `{}`.
  const result = schema.safeParse(value === undefined ? {} : value);
  if (result.success) return result.data;
  const issues: Issue[] = result.error.issues.map((i) => ({
    code: i.code,
    path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: i.message.replace(/^Invalid input: expected (.+), received undefined$/, "required ($1)"),
  }));
  const name = location.operation ?? "this factory";
  throw new ConfigError(`Invalid options for ${name}`, {
    issues,
    where: location,
    hint: `fix the listed options of ${name} (its documentation lists each one); nothing was sent anywhere`,
  });
}

/** Custom-check helper: "required" for a missing value, `message` for a wrong one. */
function check<T>(test: (v: unknown) => boolean, message: string) {
  return z.custom<T>(test, {
    error: (issue) => (issue.input === undefined ? `required: ${message}` : message),
  });
}

/** True for a {@link Secret} (or a Secret from another copy of the package): it has `reveal()`. */
function isSecretLike(v: unknown): boolean {
  return typeof v === "object" && v !== null && typeof (v as { reveal?: unknown }).reveal === "function";
}

/** A credential: a non-empty string or a `Secret`. The message never repeats the value. */
export const secretTextOption = check<string | { reveal(): string }>(
  (v) =>
    (typeof v === "string" && v.trim().length > 0) ||
    (isSecretLike(v) && String((v as { reveal(): unknown }).reveal()).length > 0),
  "must be a non-empty string or a Secret",
);

/** A non-empty string (ids, names). */
export const textOption = z.string({ error: "must be a string" }).trim().min(1, "must not be empty");

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * An absolute `https://` URL. Plain `http://` is allowed for loopback hosts only (127.0.0.1,
 * localhost, [::1]), where the shipped simulators and local proxies listen.
 */
export const httpsUrlOption = check<string>((v) => {
  if (typeof v !== "string") return false;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return false;
  }
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
}, "must be an absolute https:// URL (http:// only for 127.0.0.1, localhost or [::1])");

/** A function (fetch, random, hooks): passed through untouched. */
export const functionOption = check<(...args: never[]) => unknown>(
  (v) => typeof v === "function",
  "must be a function",
);

/** An object with the given methods (a duck-typed seam: clock, logger, store, provider). */
export function objectWith<T>(what: string, ...methods: readonly string[]) {
  return check<T>(
    (v) =>
      (typeof v === "object" || typeof v === "function") &&
      v !== null &&
      methods.every((m) => typeof (v as Record<string, unknown>)[m] === "function"),
    `must be ${what} (an object with ${methods.map((m) => `${m}()`).join(", ")})`,
  );
}

/** An object of any shape (a driver's pool, a database handle, shared state). */
export function objectOption<T>(what: string) {
  return check<T>((v) => typeof v === "object" && v !== null, `must be ${what}`);
}

/** A whole number ≥ `min`. */
export function intOption(min: number) {
  return z
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`);
}

/** A finite number ≥ 0 (durations in milliseconds, ratios). */
export const nonNegativeOption = z
  .number({ error: "must be a number" })
  .finite("must be finite")
  .min(0, "must not be negative");

export const clockOption = objectWith<unknown>("a Clock", "now", "sleep");
export const loggerOption = objectWith<unknown>("a Logger", "debug", "info", "warn", "error");
export const auditOption = objectWith<unknown>("an AuditSink", "appendCall", "appendTransition");
export const tokensOption = objectWith<unknown>("a TokenProvider", "getToken", "middleware");
/** A retry policy, or `false` to turn retries off. */
export const retryOption = z.union([z.literal(false), objectWith<unknown>("a RetryPolicy", "middleware")], {
  error: "must be a RetryPolicy (from createRetryPolicy()) or false",
});
/** A rate limiter, or `false` to turn pacing off. */
export const limiterOption = z.union([z.literal(false), objectWith<unknown>("a RateLimiter", "middleware")], {
  error: "must be a RateLimiter (from createTokenBucketLimiter()) or false",
});

/** The transport options every client takes ({@link TransportOptions}). */
export const transportOptionsShape = {
  fetch: functionOption.optional(),
  tokens: tokensOption.optional(),
  limiter: limiterOption.optional(),
  retry: retryOption.optional(),
  audit: auditOption.optional(),
  sealer: objectWith<unknown>("a ReplaySealer (e.g. the credential vault)", "encrypt", "decrypt").optional(),
  logger: loggerOption.optional(),
  clock: clockOption.optional(),
  middleware: z.array(functionOption, { error: "must be an array of middleware functions" }).optional(),
  timeoutMs: intOption(1).optional(),
};

/** The options every storage adapter factory takes ({@link StorageOptions}). */
export const storageOptionsShape = {
  clock: clockOption.optional(),
  owner: textOption.optional(),
};
