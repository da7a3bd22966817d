import { inspect } from "node:util";

const REDACTED = "[redacted]";

// Values registered here are scrubbed from every string that passes through redactText(). The set is
// process-wide on purpose: redaction is a last line of defence and must hold across instances.
const known = new Set<string>();
// Long-lived credentials are few; short-lived tokens are many (one RDT per order path) and already
// match TOKEN_PATTERNS, so the set is capped and the oldest entries go first.
const MAX_KNOWN = 2_000;

// Shapes of credentials that must never be printed even if nobody registered them.
const TOKEN_PATTERNS: readonly RegExp[] = [
  /Atz[ar]\|[A-Za-z0-9\-_.|=+/]+/g, // LWA access and refresh tokens
  /Atz\.[A-Za-z0-9\-_.|=+/]{8,}/g, // Restricted Data Tokens
  /eyJ[A-Za-z0-9\-_]{8,}\.[A-Za-z0-9\-_]{8,}\.[A-Za-z0-9\-_]*/g, // JWTs (Entra access tokens)
  /amzn1\.oa2-cs\.v1\.[A-Za-z0-9]+/g, // LWA client secrets
  /(?<=[?&](?:client_secret|refresh_token|access_token|X-Amz-Signature)=)[^&\s"']+/gi,
  /(?<=\b(?:Bearer|bearer)\s)[A-Za-z0-9\-_.~+/]+=*/g,
];

/** Registers a value that must never appear in logs, errors or audit records. Short values are ignored. */
export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < 8 || known.has(value)) return;
  known.add(value);
  if (known.size > MAX_KNOWN) known.delete(known.values().next().value as string);
}

/** Replaces every registered secret and every token-shaped substring with `[redacted]`. */
export function redactText(text: string): string {
  let out = text;
  for (const secret of known) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, REDACTED);
  return out;
}

/**
 * A secret value that prints as `[redacted]` through `String()`, `JSON.stringify` and
 * `util.inspect`. Only {@link Secret.reveal} gives the value, and only code that sends it should call it.
 * @example
 * const secret = new Secret(process.env.LWA_CLIENT_SECRET!);
 * console.log({ secret }); // { secret: Secret [redacted] }
 */
export class Secret {
  readonly #value: string;

  /**
   * @param options.register - add the value to the process-wide scrub list (default true). Pass
   *   false for short-lived tokens that already match a token pattern, to keep the list small.
   */
  constructor(value: string, options: { readonly register?: boolean } = {}) {
    this.#value = value;
    if (options.register !== false) registerSecret(value);
  }

  /** The clear value. Call only at the point of sending it. */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return `Secret ${REDACTED}`;
  }
}

/** Accepts a plain string or a {@link Secret}; returns a Secret. */
export function toSecret(value: string | Secret): Secret {
  return value instanceof Secret ? value : new Secret(value);
}
