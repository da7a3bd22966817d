/**
 * `ml-connector/core`: the seams and shared mechanics every layer builds on: exact money, typed
 * errors, clocks, logging and redaction, and the transport pipeline with its default layers.
 * @packageDocumentation
 */
export {
  type AuditCallEntry,
  type AuditCallInput,
  type AuditEntry,
  type AuditQuery,
  type AuditSink,
  type AuditStore,
  type AuditTransitionEntry,
  type AuditTransitionInput,
  createMemoryAuditSink,
  type MemoryAuditSink,
} from "./audit.js";
export {
  createTokenCache,
  type IssuedToken,
  type TokenCache,
  type TokenCacheGetOptions,
  type TokenCacheOptions,
} from "./cached-token.js";
export {
  type Clock,
  createSimulatedClock,
  type SimulatedClock,
  type SimulatedClockOptions,
  systemClock,
} from "./clock.js";
export { dedupKeys } from "./dedup.js";
export {
  AmazonApiError,
  AuthError,
  ConnectorError,
  type ConnectorErrorOptions,
  D365ODataError,
  describeLocation,
  type ErrorLocation,
  type Issue,
  isAmazonApiError,
  isAuthError,
  isConnectorError,
  isD365ODataError,
  isMappingError,
  isSettlementParseError,
  isStorageError,
  isThrottledError,
  isTransportError,
  isValidationError,
  isVaultError,
  MappingError,
  MoneyError,
  type ODataErrorBody,
  type RequestIds,
  SettlementParseError,
  StorageError,
  ThrottledError,
  TransportError,
  ValidationError,
  VaultError,
} from "./errors.js";
export {
  type EnvKeyProviderOptions,
  envKeyProvider,
  type KeyProvider,
  parseMasterKey,
  type StaticKeyProviderOptions,
  staticKeyProvider,
  type VaultKey,
  vaultKey,
} from "./key-provider.js";
export {
  consoleLogger,
  type LogFields,
  type Logger,
  type LogLevel,
  redactingLogger,
  silentLogger,
} from "./logger.js";
export { currencyDigits, Money, type MoneyFormat, type MoneyParseOptions } from "./money.js";
export {
  type AttemptRecord,
  type CallContext,
  type CallOptions,
  type ClientPipelineSpec,
  compose,
  createClientPipeline,
  createPipeline,
  type Handler,
  type Middleware,
  type OperationRef,
  type Pipeline,
  type PipelineOptions,
  type RemoteSystem,
  type ReplayEnvelope,
  type ReplaySealer,
  readRequestIds,
  type TransportOptions,
} from "./pipeline.js";
export {
  type BucketState,
  type BucketStore,
  createConcurrencyLimiter,
  createMemoryBucketStore,
  createTokenBucketLimiter,
  parseRetryAfter,
  type RateLimiter,
  type RateObservation,
  storageBucketStore,
  type TokenBucketLimiterOptions,
  type UsagePlan,
} from "./rate-limiter.js";
export { redactText, registerSecret, Secret, toSecret } from "./redact.js";
export { createReplayer, type Replayer, type ReplayerOptions, type ReplayOutcome } from "./replay.js";
export {
  classifyStatus,
  createRetryPolicy,
  type FailureClass,
  type RetryPolicy,
  type RetryPolicyOptions,
} from "./retry.js";
export {
  type AuditSystem,
  type ClaimOptions,
  type ClaimResult,
  type CredentialInfo,
  type CredentialStore,
  type CursorEntry,
  type CursorSetOptions,
  type CursorStore,
  type DedupEntry,
  type DedupStore,
  type DocumentInfo,
  type DocumentMeta,
  type DocumentQuery,
  type DocumentStore,
  type EncryptedBlob,
  type JsonValue,
  type RateLimitState,
  type RateLimitStore,
  type RecordInput,
  type RecordQuery,
  type RecordStore,
  type StorageAdapter,
  type StorageCapabilities,
  StorageErrorCode,
  type StorageOptions,
  type StoredCredential,
  type StoredDocument,
  type StoredRecord,
  type TransitionDetail,
} from "./storage.js";
export {
  type AuthLayerOptions,
  authLayer,
  defaultIsTokenRefusal,
  staticTokenProvider,
  type TokenPlacement,
  type TokenProvider,
  type TokenRequest,
} from "./token-provider.js";
export {
  type CredentialVault,
  type CredentialVaultOptions,
  createCredentialVault,
  type VaultRotation,
} from "./vault.js";
