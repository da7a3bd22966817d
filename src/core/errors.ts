/**
 * One error base for everything a user of ml-connector can hit. Every error says what happened,
 * where (call, record, file/line), and what to do about it.
 */

import { redactText } from "./redact.js";

const BRAND = Symbol.for("ml-connector.error");
const KINDS = Symbol.for("ml-connector.error.kinds");

/** Where a failure happened: the call, record or file position involved. */
export interface ErrorLocation {
  /** Remote system of the call, e.g. `amazon` or `d365`. */
  readonly system?: "amazon" | "d365" | "lwa" | "entra" | "storage" | "local";
  /** Operation id or entity set, e.g. `searchOrders` or `LedgerJournalLines`. */
  readonly operation?: string;
  /** HTTP method and path, with no query string and no PII. */
  readonly method?: string;
  readonly path?: string;
  /** A record the failure concerns: settlement id, order id, journal number. */
  readonly record?: string;
  readonly field?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface ConnectorErrorOptions {
  readonly code: string;
  /** What the user should do about it; appended to the message. */
  readonly hint?: string;
  readonly retryable?: boolean;
  readonly cause?: unknown;
  readonly where?: ErrorLocation;
}

/**
 * Base of every error ml-connector throws. Use {@link isConnectorError} rather than `instanceof`:
 * it works across realms and duplicate installs.
 */
export class ConnectorError extends Error {
  /** Stable machine-readable code, e.g. `AMAZON_API_ERROR`. */
  readonly code: string;
  /** True when the same call may succeed if tried again later. */
  readonly retryable: boolean;
  readonly hint: string | undefined;
  readonly where: ErrorLocation;

  constructor(message: string, options: ConnectorErrorOptions) {
    // Remote systems echo what they were sent (a token in a 401 body, a signed URL); every message
    // passes the redactor, so no error a host logs or stores carries a credential.
    super(redactText(composeMessage(message, options.where, options.hint)), { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.retryable = options.retryable ?? false;
    this.hint = options.hint;
    this.where = options.where ?? {};
    Object.defineProperty(this, BRAND, { value: true });
    // Class names along the prototype chain, so guards work across realms and duplicate installs.
    const kinds: string[] = [];
    for (let p = new.target.prototype; p && p !== Error.prototype; p = Object.getPrototypeOf(p)) {
      kinds.push(p.constructor.name);
    }
    Object.defineProperty(this, KINDS, { value: kinds });
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      where: this.where,
    };
  }
}

function composeMessage(message: string, where: ErrorLocation | undefined, hint: string | undefined): string {
  const at = where ? describeLocation(where) : "";
  return `${message}${at ? ` [${at}]` : ""}${hint ? ` — ${hint}` : ""}`;
}

/** Formats a location as `amazon searchOrders GET /orders/2026-01-01/orders record=… file:line:col`. */
export function describeLocation(where: ErrorLocation): string {
  const parts: string[] = [];
  if (where.system) parts.push(where.system);
  if (where.operation) parts.push(where.operation);
  if (where.method || where.path) parts.push([where.method, where.path].filter(Boolean).join(" "));
  if (where.record) parts.push(`record=${where.record}`);
  if (where.field) parts.push(`field=${where.field}`);
  if (where.file) {
    const pos = [where.file, where.line, where.column].filter((x) => x !== undefined).join(":");
    parts.push(pos);
  } else if (where.line !== undefined) {
    parts.push(`line ${where.line}${where.column !== undefined ? `, column ${where.column}` : ""}`);
  }
  return parts.join(" ");
}

/** True for any error thrown by ml-connector, across realms and duplicate copies of the package. */
export function isConnectorError(value: unknown): value is ConnectorError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

function isKind<T extends ConnectorError>(name: string) {
  return (value: unknown): value is T =>
    isConnectorError(value) && ((value as unknown as Record<symbol, string[]>)[KINDS] ?? []).includes(name);
}

/** Request ids a remote system returned, for support tickets and the audit trail. */
export interface RequestIds {
  /** `x-amzn-RequestId` (Amazon), `ms-request-id` / activity id (D365). */
  readonly requestId?: string;
  readonly activityId?: string;
}

export interface HttpErrorOptions extends Omit<ConnectorErrorOptions, "code"> {
  readonly status: number;
  readonly requestIds?: RequestIds;
  readonly code?: string;
}

/** A non-success answer from an SP-API operation. `errors` is Amazon's `errors[]` body. */
export class AmazonApiError extends ConnectorError {
  readonly status: number;
  readonly requestIds: RequestIds;
  readonly errors: readonly { code: string; message: string; details?: string }[];

  constructor(
    message: string,
    options: HttpErrorOptions & { errors?: readonly { code: string; message: string; details?: string }[] },
  ) {
    super(message, {
      ...options,
      code: options.code ?? "AMAZON_API_ERROR",
      retryable: options.retryable ?? (options.status === 429 || options.status >= 500),
    });
    this.status = options.status;
    this.requestIds = options.requestIds ?? {};
    this.errors = (options.errors ?? []).map((e) => ({
      code: e.code,
      message: redactText(e.message),
      ...(e.details !== undefined ? { details: redactText(e.details) } : {}),
    }));
  }
}

/** The OData error body D365 returns: `{ error: { code, message, innererror } }`. */
export interface ODataErrorBody {
  readonly code?: string;
  readonly message?: string;
  readonly innererror?: { readonly message?: string; readonly type?: string; readonly stacktrace?: string };
}

/** A non-success answer from the D365 OData service. */
export class D365ODataError extends ConnectorError {
  readonly status: number;
  readonly requestIds: RequestIds;
  readonly odata: ODataErrorBody;

  constructor(message: string, options: HttpErrorOptions & { odata?: ODataErrorBody }) {
    super(message, {
      ...options,
      code: options.code ?? "D365_ODATA_ERROR",
      retryable: options.retryable ?? (options.status === 429 || options.status >= 500),
    });
    this.status = options.status;
    this.requestIds = options.requestIds ?? {};
    this.odata = redactODataBody(options.odata ?? {});
  }
}

function redactODataBody(odata: ODataErrorBody): ODataErrorBody {
  const inner = odata.innererror;
  return {
    ...(odata.code !== undefined ? { code: odata.code } : {}),
    ...(odata.message !== undefined ? { message: redactText(odata.message) } : {}),
    ...(inner
      ? {
          innererror: {
            ...(inner.message !== undefined ? { message: redactText(inner.message) } : {}),
            ...(inner.type !== undefined ? { type: inner.type } : {}),
            ...(inner.stacktrace !== undefined ? { stacktrace: redactText(inner.stacktrace) } : {}),
          },
        }
      : {}),
  };
}

/** Credentials were refused, a token could not be had, or a restricted call lacked the opt-in. */
export class AuthError extends ConnectorError {
  constructor(message: string, options: Omit<ConnectorErrorOptions, "code"> & { code?: string }) {
    super(message, { ...options, code: options.code ?? "AUTH_ERROR", retryable: options.retryable ?? false });
  }
}

/** The retry budget ran out while the remote side kept answering 429. */
export class ThrottledError extends ConnectorError {
  readonly status: number;
  readonly requestIds: RequestIds;
  /** Milliseconds the remote side asked us to wait, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(
    message: string,
    options: Omit<ConnectorErrorOptions, "code"> & {
      status?: number;
      requestIds?: RequestIds;
      retryAfterMs?: number;
    },
  ) {
    super(message, { ...options, code: "THROTTLED", retryable: true });
    this.status = options.status ?? 429;
    this.requestIds = options.requestIds ?? {};
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** The network failed or the call timed out before an answer came. */
export class TransportError extends ConnectorError {
  constructor(message: string, options: Omit<ConnectorErrorOptions, "code"> & { code?: string }) {
    super(message, {
      ...options,
      code: options.code ?? "TRANSPORT_ERROR",
      retryable: options.retryable ?? true,
    });
  }
}

/** One problem found while validating input: the zod-style issue shape. */
export interface Issue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Invalid configuration or input; `issues` lists every problem, not just the first. */
export class ValidationError extends ConnectorError {
  readonly issues: readonly Issue[];
  constructor(
    message: string,
    options: Omit<ConnectorErrorOptions, "code"> & { issues: readonly Issue[]; code?: string },
  ) {
    const list = options.issues
      .map((i) => `\n  - ${i.path.join(".") || "(root)"}: ${i.message} (${i.code})`)
      .join("");
    super(`${message}${list}`, { ...options, code: options.code ?? "VALIDATION_ERROR", retryable: false });
    this.issues = options.issues;
  }
}

/**
 * Options given to a factory (or a configuration file it reads) are wrong or missing, found at
 * construction, before any call leaves. `issues[].path` names the option (`clientSecret`,
 * `retry.maxAttempts`). A {@link ValidationError}, so `isValidationError` matches it too.
 */
export class ConfigError extends ValidationError {
  constructor(message: string, options: Omit<ConnectorErrorOptions, "code"> & { issues: readonly Issue[] }) {
    super(message, { ...options, code: "CONFIG_INVALID" });
  }
}

/**
 * A record lease (`leaseMs`) that does not outlast one remote call (`timeouts.amazonMs`,
 * `timeouts.d365Ms`): such a lease could lapse while a D365 write is in flight and let a second
 * worker create the same invoice or journal, since D365 has no conditional create. Refused by
 * `createConnector`; a {@link ConfigError} (code `CONFIG_INVALID`), whose `issues` name `leaseMs`
 * and each timeout at fault.
 */
export class LeaseTooShortError extends ConfigError {
  /** The lease that was refused, in milliseconds. */
  readonly leaseMs: number;
  /** The longest one remote call may take under the options given, in milliseconds. */
  readonly longestCallMs: number;
  constructor(
    message: string,
    options: Omit<ConnectorErrorOptions, "code"> & {
      issues: readonly Issue[];
      leaseMs: number;
      longestCallMs: number;
    },
  ) {
    super(message, options);
    this.leaseMs = options.leaseMs;
    this.longestCallMs = options.longestCallMs;
  }
}

/** An optional peer dependency a feature needs is not installed. */
export class PeerMissingError extends ConnectorError {
  /** The npm package to install, e.g. `better-sqlite3`. */
  readonly peer: string;
  /** The command that installs it, e.g. `npm install better-sqlite3@12`. */
  readonly install: string;
  constructor(
    message: string,
    options: Omit<ConnectorErrorOptions, "code"> & { peer: string; install: string },
  ) {
    super(message, { ...options, code: "PEER_MISSING", retryable: false });
    this.peer = options.peer;
    this.install = options.install;
  }
}

/** A mapping is missing for one or more records; the record is parked until the mapping is fixed. */
export class MappingError extends ConnectorError {
  readonly issues: readonly Issue[];
  constructor(message: string, options: Omit<ConnectorErrorOptions, "code"> & { issues: readonly Issue[] }) {
    super(message, { ...options, code: "MAPPING_ERROR", retryable: false });
    this.issues = options.issues;
  }
}

/** A settlement report could not be read, or did not add up. */
export class SettlementParseError extends ConnectorError {
  constructor(message: string, options: Omit<ConnectorErrorOptions, "code"> & { code?: string }) {
    super(message, { ...options, code: options.code ?? "SETTLEMENT_PARSE_ERROR", retryable: false });
  }
}

/** An amount could not be parsed or combined (mixed currencies, malformed text). */
export class MoneyError extends ConnectorError {
  constructor(message: string, options: Omit<ConnectorErrorOptions, "code"> & { code?: string } = {}) {
    super(message, { ...options, code: options.code ?? "MONEY_ERROR", retryable: false });
  }
}

/** The credential vault could not decrypt a record: wrong key, or the record was tampered with. */
export class VaultError extends ConnectorError {
  constructor(message: string, options: Omit<ConnectorErrorOptions, "code"> & { code?: string }) {
    super(message, { ...options, code: options.code ?? "VAULT_ERROR", retryable: false });
  }
}

/** A storage adapter failed or its data is not in the expected shape. */
export class StorageError extends ConnectorError {
  constructor(message: string, options: Omit<ConnectorErrorOptions, "code"> & { code?: string }) {
    super(message, {
      ...options,
      code: options.code ?? "STORAGE_ERROR",
      retryable: options.retryable ?? false,
    });
  }
}

/**
 * The audit sink failed to record a call. The call itself completed: its response was returned to
 * the caller, because losing a remote write's result would be worse than a gap in the trail.
 * Handed to the `onAuditError` option of a client (or logged and raised as a process warning).
 */
export class AuditError extends ConnectorError {
  /** Pipeline id of the call whose audit entry is missing. */
  readonly callId: string;
  /** Operation of that call, e.g. `POST LedgerJournalLines`. */
  readonly operation: string;
  /** HTTP status the call ended with, when it got an answer. */
  readonly status: number | undefined;

  constructor(
    message: string,
    options: Omit<ConnectorErrorOptions, "code"> & { callId: string; operation: string; status?: number },
  ) {
    super(message, { ...options, code: "AUDIT_WRITE_FAILED", retryable: true });
    this.callId = options.callId;
    this.operation = options.operation;
    this.status = options.status;
  }
}

export const isAmazonApiError = isKind<AmazonApiError>("AmazonApiError");
export const isD365ODataError = isKind<D365ODataError>("D365ODataError");
export const isAuthError = isKind<AuthError>("AuthError");
export const isThrottledError = isKind<ThrottledError>("ThrottledError");
export const isTransportError = isKind<TransportError>("TransportError");
export const isValidationError = isKind<ValidationError>("ValidationError");
export const isConfigError = isKind<ConfigError>("ConfigError");
export const isLeaseTooShortError = isKind<LeaseTooShortError>("LeaseTooShortError");
export const isPeerMissingError = isKind<PeerMissingError>("PeerMissingError");
export const isMappingError = isKind<MappingError>("MappingError");
export const isSettlementParseError = isKind<SettlementParseError>("SettlementParseError");
export const isVaultError = isKind<VaultError>("VaultError");
export const isStorageError = isKind<StorageError>("StorageError");
export const isAuditError = isKind<AuditError>("AuditError");
