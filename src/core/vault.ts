/**
 * The credential vault: refresh tokens and client secrets, encrypted with AES-256-GCM before they
 * reach the storage adapter. Every record gets a random 96-bit IV, and its AAD binds the record id,
 * so a record copied under another id, altered, or read with the wrong key fails loudly
 * ({@link VaultError}) instead of decrypting to garbage.
 * @packageDocumentation
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import { VaultError } from "./errors.js";
import { envKeyProvider, type KeyProvider, type VaultKey } from "./key-provider.js";
import { objectWith, parseOptions } from "./options.js";
import { type Secret, toSecret } from "./redact.js";
import type { CredentialStore, EncryptedBlob } from "./storage.js";

/** Options of {@link createCredentialVault}. */
export interface CredentialVaultOptions {
  /** The storage adapter (or anything with its `credentials` store). */
  readonly storage: { readonly credentials: CredentialStore };
  /**
   * Source of the master key.
   * @default envKeyProvider() (reads ML_CONNECTOR_MASTER_KEY)
   */
  readonly keys?: KeyProvider;
}

/** What {@link CredentialVault.rotate} did. */
export interface VaultRotation {
  /** Records re-encrypted under the new key. */
  readonly rotated: number;
  /** Records already under the new key (a resumed rotation). */
  readonly skipped: number;
  /** The key version every record now has. */
  readonly keyVersion: number;
}

/** Encrypted credentials on top of a storage adapter. */
export interface CredentialVault {
  /**
   * Stores a credential set (e.g. `{ clientId, clientSecret, refreshToken }`) under `id`, encrypted.
   * @example
   * await vault.putCredentials("amazon:A1SELLER", { clientId, clientSecret, refreshToken });
   */
  putCredentials(id: string, fields: Readonly<Record<string, string | Secret>>): Promise<void>;
  /**
   * The credential set under `id`, every value a {@link Secret}; undefined when there is none.
   * @example
   * const creds = await vault.getCredentials("amazon:A1SELLER");
   * const tokens = lwaTokenProvider({ clientId: creds!.clientId!, clientSecret: creds!.clientSecret!, refreshToken: creds!.refreshToken! });
   */
  getCredentials(id: string): Promise<Readonly<Record<string, Secret>> | undefined>;
  /** Removes the credential set under `id`; false when there was none. */
  deleteCredentials(id: string): Promise<boolean>;
  /** Encrypts an arbitrary payload (e.g. an audit replay body) bound to `id`. Nothing is stored. */
  encrypt(id: string, payload: string | Uint8Array): Promise<EncryptedBlob>;
  /** Decrypts what {@link CredentialVault.encrypt} produced for the same `id`. */
  decrypt(id: string, blob: EncryptedBlob): Promise<Uint8Array>;
  /**
   * Re-encrypts every stored credential under the new provider's current key, which must have a
   * higher version than the current one; from then on the vault writes with it. Safe to run again
   * after an interruption: records already under the new key are skipped. Payloads from
   * {@link CredentialVault.encrypt} are not stored here; keep their key versions readable in the
   * new provider (see `staticKeyProvider`).
   */
  rotate(keys: KeyProvider): Promise<VaultRotation>;
}

const vaultOptionsSchema = z.looseObject(
  {
    storage: z.looseObject(
      { credentials: objectWith("a CredentialStore", "put", "get", "delete") },
      { error: "required: a storage adapter (memoryStorage(), sqliteStorage(), postgresStorage())" },
    ),
    keys: objectWith("a KeyProvider (envKeyProvider() or staticKeyProvider())", "current", "get").optional(),
  },
  { error: "options must be an object" },
);

type Kind = "credential" | "payload";

const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = "ml-connector/vault/1";

/**
 * Creates the credential vault.
 * @example
 * const vault = createCredentialVault({ storage: sqliteStorage({ path: "connector.db" }) });
 * await vault.putCredentials("d365:contoso", { tenantId, clientId, clientSecret });
 */
export function createCredentialVault(options: CredentialVaultOptions): CredentialVault {
  parseOptions(vaultOptionsSchema, options, "createCredentialVault");
  const store = options.storage.credentials;
  let keys = options.keys ?? envKeyProvider();
  // Providers replaced by rotate(), still consulted for versions the current one lacks.
  const previous: KeyProvider[] = [];

  const keyFor = async (version: number): Promise<VaultKey | undefined> => {
    for (const provider of [keys, ...previous]) {
      const key = await provider.get(version);
      if (key) return key;
    }
    return undefined;
  };

  const seal = async (kind: Kind, id: string, plain: Uint8Array): Promise<EncryptedBlob> => {
    checkId(id);
    const key = await keys.current();
    const iv = randomBytes(IV_BYTES);
    const aad = aadFor(kind, id, key);
    const cipher = createCipheriv("aes-256-gcm", key.material, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, "utf8"));
    const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
    return { keyVersion: key.version, iv, ciphertext, tag: cipher.getAuthTag(), aad };
  };

  const open = async (kind: Kind, id: string, blob: EncryptedBlob): Promise<Buffer> => {
    checkId(id);
    const what = kind === "credential" ? `credential "${id}"` : `payload "${id}"`;
    const where = { system: "local", record: id } as const;
    if (
      !(blob.iv instanceof Uint8Array) ||
      !(blob.tag instanceof Uint8Array) ||
      !(blob.ciphertext instanceof Uint8Array) ||
      blob.iv.length !== IV_BYTES ||
      blob.tag.length !== TAG_BYTES
    ) {
      throw new VaultError(`${what} is malformed (IV or tag of the wrong size)`, {
        code: "VAULT_TAMPERED",
        where,
        hint: "the stored record was altered or truncated; store the credential again",
      });
    }
    const key = await keyFor(blob.keyVersion);
    if (!key) {
      throw new VaultError(
        `${what} was encrypted with key version ${blob.keyVersion}, which the key provider does not hold`,
        {
          code: "VAULT_KEY_MISSING",
          where,
          hint: "give the key provider that key version (rotation keeps old versions readable only if the provider has them)",
        },
      );
    }
    const aad = aadFor(kind, id, key);
    if (blob.aad !== undefined && blob.aad !== aad) {
      const stored = parseAad(blob.aad);
      const expected = parseAad(aad);
      if (stored && expected && stored.kind === expected.kind && stored.id === expected.id) {
        if (stored.check !== expected.check && stored.version === expected.version) {
          throw new VaultError(
            `${what} cannot be read: the key for version ${key.version} is not the key it was written with`,
            {
              code: "VAULT_WRONG_KEY",
              where,
              hint: "the master key changed without a rotation; restore the previous key, or store the credential again",
            },
          );
        }
      } else if (stored && expected) {
        throw new VaultError(
          `${what} holds the record of ${stored.kind} "${stored.id}": it was copied or moved`,
          {
            code: "VAULT_TAMPERED",
            where,
            hint: "a record is bound to its id; store the credential again under this id",
          },
        );
      }
    }
    try {
      const decipher = createDecipheriv("aes-256-gcm", key.material, blob.iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(aad, "utf8"));
      decipher.setAuthTag(blob.tag);
      return Buffer.concat([decipher.update(blob.ciphertext), decipher.final()]);
    } catch {
      throw new VaultError(`${what} failed its integrity check: it was altered, or the key is wrong`, {
        code: "VAULT_TAMPERED",
        where,
        hint: "restore the record from a backup or store the credential again; check the master key",
      });
    }
  };

  const readCredentials = async (id: string, blob: EncryptedBlob): Promise<Record<string, string>> => {
    const plain = await open("credential", id, blob);
    try {
      const parsed = JSON.parse(plain.toString("utf8")) as { fields?: Record<string, unknown> };
      const fields: Record<string, string> = {};
      for (const [k, v] of Object.entries(parsed.fields ?? {})) if (typeof v === "string") fields[k] = v;
      return fields;
    } catch {
      throw new VaultError(`credential "${id}" decrypted but is not a credential set`, {
        code: "VAULT_TAMPERED",
        where: { system: "local", record: id },
        hint: "it was written by something other than the vault; store the credential again",
      });
    } finally {
      plain.fill(0);
    }
  };

  const writeCredentials = async (id: string, fields: Readonly<Record<string, string | Secret>>) => {
    const clear: Record<string, string> = {};
    for (const [k, v] of Object.entries(fields)) clear[k] = typeof v === "string" ? v : v.reveal();
    const plain = Buffer.from(JSON.stringify({ fields: clear }), "utf8");
    try {
      await store.put(id, await seal("credential", id, plain));
    } finally {
      plain.fill(0);
    }
  };

  return {
    async putCredentials(id, fields) {
      for (const value of Object.values(fields)) if (typeof value === "string") toSecret(value);
      await writeCredentials(id, fields);
    },

    async getCredentials(id) {
      checkId(id);
      const blob = await store.get(id);
      if (!blob) return undefined;
      const fields = await readCredentials(id, blob);
      const out: Record<string, Secret> = {};
      for (const [k, v] of Object.entries(fields)) out[k] = toSecret(v);
      return Object.freeze(out);
    },

    deleteCredentials: (id) => store.delete(id),

    encrypt: (id, payload) =>
      seal("payload", id, typeof payload === "string" ? Buffer.from(payload, "utf8") : payload),

    decrypt: (id, blob) => open("payload", id, blob),

    async rotate(next) {
      const current = await keys.current();
      const target = await next.current();
      if (target.version <= current.version) {
        throw new VaultError(
          `the new key must have a higher version than the current one (${current.version}); it has ${target.version}`,
          {
            code: "VAULT_ROTATION_VERSION",
            where: { system: "local" },
            hint: "give the new key the next version number",
          },
        );
      }
      // Switch first, so writes made during the rotation already use the new key.
      previous.unshift(keys);
      keys = next;
      let rotated = 0;
      let skipped = 0;
      for (const info of await store.list()) {
        if (info.keyVersion === target.version) {
          skipped++;
          continue;
        }
        const blob = await store.get(info.id);
        if (!blob) continue;
        await writeCredentials(info.id, await readCredentials(info.id, blob));
        rotated++;
      }
      return { rotated, skipped, keyVersion: target.version };
    },
  };
}

function checkId(id: string): void {
  if (typeof id !== "string" || id.length === 0) {
    throw new VaultError("a vault record needs a non-empty id", {
      code: "VAULT_INVALID_ID",
      where: { system: "local" },
      hint: 'use a stable id such as "amazon:<sellerId>" or "d365:<environment>"',
    });
  }
}

/** Key-check value: tells a wrong key from an altered record without revealing anything useful. */
function keyCheck(key: VaultKey): string {
  return createHmac("sha256", key.material).update("ml-connector vault key check").digest("hex").slice(0, 8);
}

function aadFor(kind: Kind, id: string, key: VaultKey): string {
  // The id goes last: it may hold any character.
  return `${FORMAT};${kind};v=${key.version};kcv=${keyCheck(key)};id=${id}`;
}

function parseAad(aad: string): { kind: string; version: number; check: string; id: string } | undefined {
  const m = /^ml-connector\/vault\/1;([a-z]+);v=(\d+);kcv=([0-9a-f]{8});id=(.*)$/s.exec(aad);
  if (!m) return undefined;
  return { kind: m[1]!, version: Number(m[2]), check: m[3]!, id: m[4]! };
}
