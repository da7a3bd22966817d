/**
 * Where the credential vault's master key comes from. The default reads `ML_CONNECTOR_MASTER_KEY`;
 * a host plugs in its KMS or Key Vault by implementing {@link KeyProvider}.
 * @packageDocumentation
 */
import { inspect } from "node:util";
import { VaultError } from "./errors.js";

/** One version of the master key: 32 bytes for AES-256-GCM. Prints as `[redacted]`. */
export interface VaultKey {
  /** Version number stored beside every record it encrypts; lets the vault rotate keys. */
  readonly version: number;
  /** The 32 key bytes. Never log them. */
  readonly material: Uint8Array;
}

/**
 * Supplies master keys. A KMS-backed provider typically unwraps a data key once and caches it.
 * @example
 * const keys: KeyProvider = {
 *   current: async () => vaultKey(3, await kms.decrypt(wrappedKeyV3)),
 *   get: async (version) => (version === 3 ? vaultKey(3, await kms.decrypt(wrappedKeyV3)) : undefined),
 * };
 */
export interface KeyProvider {
  /** The key new records are encrypted with. */
  current(): Promise<VaultKey>;
  /** The key of a given version, to read records written with it; undefined when not held. */
  get(version: number): Promise<VaultKey | undefined>;
}

/** Options of {@link envKeyProvider}. */
export interface EnvKeyProviderOptions {
  /**
   * The environment variable holding the key: 32 bytes as base64 (44 characters) or hex (64).
   * @default "ML_CONNECTOR_MASTER_KEY"
   */
  readonly variable?: string;
  /**
   * Version number of that key; raise it when you rotate.
   * @default 1
   */
  readonly version?: number;
  /** @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const GENERATE = `node -e "console.log(require('node:crypto').randomBytes(32).toString('base64'))"`;

/**
 * Wraps key bytes as a {@link VaultKey} that never prints its material (`util.inspect`, `JSON.stringify`).
 * @throws VaultError when the key is not 32 bytes or the version is not a positive integer
 */
export function vaultKey(version: number, material: Uint8Array): VaultKey {
  if (!Number.isInteger(version) || version < 1) {
    throw new VaultError(`key version ${version} is not a positive integer`, {
      code: "VAULT_KEY_INVALID",
      where: { system: "local" },
      hint: "number key versions 1, 2, 3, …",
    });
  }
  if (material.length !== 32) {
    throw new VaultError(`the master key must be 32 bytes, got ${material.length}`, {
      code: "VAULT_KEY_INVALID",
      where: { system: "local" },
      hint: `generate one with: ${GENERATE}`,
    });
  }
  const bytes = Buffer.from(material);
  const key = {
    version,
    toJSON: () => ({ version, material: "[redacted]" }),
    [inspect.custom]: () => `VaultKey { version: ${version}, material: [redacted] }`,
  };
  Object.defineProperty(key, "material", { value: bytes, enumerable: false });
  return Object.freeze(key) as unknown as VaultKey;
}

/**
 * Decodes a master key given as base64 (standard or url-safe) or hex. Never echoes the value.
 * @throws VaultError when it is missing or does not decode to 32 bytes
 */
export function parseMasterKey(text: string | undefined, source = "the master key"): Uint8Array {
  const value = text?.trim() ?? "";
  if (value === "") {
    throw new VaultError(`${source} is not set`, {
      code: "VAULT_KEY_MISSING",
      where: { system: "local" },
      hint: `set it to 32 random bytes in base64 or hex, e.g. the output of: ${GENERATE}`,
    });
  }
  let bytes: Buffer | undefined;
  if (/^[0-9a-f]+$/i.test(value) && value.length === 64) bytes = Buffer.from(value, "hex");
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) bytes = Buffer.from(value, "base64");
  if (bytes?.length !== 32) {
    throw new VaultError(
      `${source} must be 32 bytes as base64 (44 characters) or hex (64 characters); it decodes to ${bytes ? `${bytes.length} bytes` : "nothing (not base64 or hex)"}`,
      {
        code: "VAULT_KEY_INVALID",
        where: { system: "local" },
        hint: `generate one with: ${GENERATE}`,
      },
    );
  }
  return bytes;
}

/**
 * The default key provider: one key from an environment variable, read when the provider is made.
 * @example
 * // ML_CONNECTOR_MASTER_KEY=base64-of-32-random-bytes
 * const vault = createCredentialVault({ storage, keys: envKeyProvider() });
 * @throws VaultError (`VAULT_KEY_MISSING` / `VAULT_KEY_INVALID`) when the variable is unset or not 32 bytes
 */
export function envKeyProvider(options: EnvKeyProviderOptions = {}): KeyProvider {
  const variable = options.variable ?? "ML_CONNECTOR_MASTER_KEY";
  const env = options.env ?? process.env;
  const key = vaultKey(
    options.version ?? 1,
    parseMasterKey(env[variable], `environment variable ${variable}`),
  );
  return {
    current: async () => key,
    get: async (version) => (version === key.version ? key : undefined),
  };
}

/** Options of {@link staticKeyProvider}. */
export interface StaticKeyProviderOptions {
  /** Keys by version: bytes, or base64/hex text. */
  readonly keys: Readonly<Record<number, Uint8Array | string>>;
  /** The version new records use. */
  readonly current: number;
}

/**
 * A provider holding several key versions in memory: the current one for writing, older ones for
 * reading what they wrote (e.g. audit replay bodies) after a rotation.
 * @example
 * const keys = staticKeyProvider({ keys: { 1: oldKeyBase64, 2: newKeyBase64 }, current: 2 });
 */
export function staticKeyProvider(options: StaticKeyProviderOptions): KeyProvider {
  const keys = new Map<number, VaultKey>();
  for (const [version, material] of Object.entries(options.keys)) {
    const n = Number(version);
    keys.set(
      n,
      vaultKey(n, typeof material === "string" ? parseMasterKey(material, `key version ${n}`) : material),
    );
  }
  const current = keys.get(options.current);
  if (!current) {
    throw new VaultError(`staticKeyProvider has no key for its current version ${options.current}`, {
      code: "VAULT_KEY_MISSING",
      where: { system: "local" },
      hint: "add that version to keys",
    });
  }
  return {
    current: async () => current,
    get: async (version) => keys.get(version),
  };
}
