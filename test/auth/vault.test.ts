import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { isVaultError } from "../../src/core/errors.js";
import { envKeyProvider, parseMasterKey, staticKeyProvider, vaultKey } from "../../src/core/key-provider.js";
import type { EncryptedBlob, StorageAdapter } from "../../src/core/storage.js";
import { createCredentialVault } from "../../src/core/vault.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";

const key1 = randomBytes(32);
const key2 = randomBytes(32);
const CREDS = {
  clientId: "amzn1.application-oa2-client.vaulttest",
  clientSecret: "amzn1.oa2-cs.v1.vaulttestsecretvalue0001",
  refreshToken: "Atzr|vault-test-refresh-token-0001",
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

const adapters: [string, () => StorageAdapter][] = [
  ["memory", () => memoryStorage()],
  [
    "sqlite",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "vault-"));
      const storage = sqliteStorage({ path: join(dir, "vault.db") });
      cleanups.push(() => {
        void storage.close();
        rmSync(dir, { recursive: true, force: true });
      });
      return storage;
    },
  ],
];

const vaultError = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isVaultError(error)).toBe(true);
  return error as Error & { code: string };
};

const flip = (bytes: Uint8Array, bit = 0): Uint8Array => {
  const copy = Uint8Array.from(bytes);
  copy[Math.floor(bit / 8)]! ^= 1 << (bit % 8);
  return copy;
};

describe.each(adapters)("credential vault on %s storage", (_name, make) => {
  it("round-trips a credential set, every value a Secret", async () => {
    const storage = make();
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    await vault.putCredentials("amazon:A1SELLER", CREDS);
    const back = await vault.getCredentials("amazon:A1SELLER");
    expect(Object.fromEntries(Object.entries(back!).map(([k, v]) => [k, v.reveal()]))).toEqual(CREDS);
    expect(JSON.stringify(back)).not.toContain(CREDS.clientSecret);
    expect(inspect(back)).not.toContain(CREDS.refreshToken);
    const stored = await storage.credentials.get("amazon:A1SELLER");
    expect(stored?.keyVersion).toBe(1);
    expect(stored?.iv).toHaveLength(12);
    expect(stored?.tag).toHaveLength(16);
    expect(Buffer.from(stored!.ciphertext).toString("latin1")).not.toContain("Atzr|");
    expect(await vault.getCredentials("nobody")).toBeUndefined();
  });

  it("uses a fresh IV for every record", async () => {
    const storage = make();
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    await vault.putCredentials("a", CREDS);
    await vault.putCredentials("b", CREDS);
    const a = await storage.credentials.get("a");
    const b = await storage.credentials.get("b");
    expect(Buffer.from(a!.iv).equals(Buffer.from(b!.iv))).toBe(false);
    expect(Buffer.from(a!.ciphertext).equals(Buffer.from(b!.ciphertext))).toBe(false);
  });

  it("rotates every record to the new key, and can resume", async () => {
    const storage = make();
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    for (let i = 0; i < 5; i++)
      await vault.putCredentials(`seller:${i}`, { ...CREDS, clientId: `client-${i}` });
    const result = await vault.rotate(staticKeyProvider({ keys: { 2: key2 }, current: 2 }));
    expect(result).toEqual({ rotated: 5, skipped: 0, keyVersion: 2 });
    expect((await storage.credentials.list()).map((c) => c.keyVersion)).toEqual([2, 2, 2, 2, 2]);
    // A vault opened with only the new key reads everything.
    const reopened = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 2: key2 }, current: 2 }),
    });
    expect((await reopened.getCredentials("seller:3"))?.clientId?.reveal()).toBe("client-3");
    // And a vault with only the old key cannot.
    const stale = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    expect((await vaultError(stale.getCredentials("seller:3"))).code).toBe("VAULT_KEY_MISSING");
    // Running it again (after an interruption) skips what is done.
    const again = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    expect(await again.rotate(staticKeyProvider({ keys: { 2: key2 }, current: 2 }))).toEqual({
      rotated: 0,
      skipped: 5,
      keyVersion: 2,
    });
  });

  it("refuses a rotation to a version that is not higher", async () => {
    const storage = make();
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 2: key1 }, current: 2 }),
    });
    const error = await vaultError(vault.rotate(staticKeyProvider({ keys: { 2: key2 }, current: 2 })));
    expect(error.code).toBe("VAULT_ROTATION_VERSION");
  });

  it.each([
    ["ciphertext", (b: EncryptedBlob) => ({ ...b, ciphertext: flip(b.ciphertext, 13) }), "VAULT_TAMPERED"],
    ["IV", (b: EncryptedBlob) => ({ ...b, iv: flip(b.iv, 77) }), "VAULT_TAMPERED"],
    ["tag", (b: EncryptedBlob) => ({ ...b, tag: flip(b.tag, 127) }), "VAULT_TAMPERED"],
    ["key version", (b: EncryptedBlob) => ({ ...b, keyVersion: 7 }), "VAULT_KEY_MISSING"],
  ])("detects a flipped bit in the %s", async (_part, tamper, code) => {
    const storage = make();
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    await vault.putCredentials("amazon:A1SELLER", CREDS);
    const stored = (await storage.credentials.get("amazon:A1SELLER"))!;
    await storage.credentials.put("amazon:A1SELLER", tamper(stored));
    const error = await vaultError(vault.getCredentials("amazon:A1SELLER"));
    expect(error.code).toBe(code);
    expect(error.message).not.toContain(CREDS.clientSecret);
  });

  it("detects every single-bit flip in the IV and tag", async () => {
    const storage = make();
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    await vault.putCredentials("x", CREDS);
    const stored = (await storage.credentials.get("x"))!;
    for (let bit = 0; bit < 96; bit++) {
      await expect(vault.decrypt("x", { ...stored, iv: flip(stored.iv, bit) })).rejects.toSatisfy(
        isVaultError,
      );
    }
    for (let bit = 0; bit < 128; bit++) {
      const tampered = { ...stored, tag: flip(stored.tag, bit) };
      await storage.credentials.put("x", tampered);
      await expect(vault.getCredentials("x")).rejects.toSatisfy(isVaultError);
    }
  });

  it("detects a record copied under another id", async () => {
    const storage = make();
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    await vault.putCredentials("seller:a", CREDS);
    await storage.credentials.put("seller:b", (await storage.credentials.get("seller:a"))!);
    const error = await vaultError(vault.getCredentials("seller:b"));
    expect(error.code).toBe("VAULT_TAMPERED");
    // Even with the clear AAD stripped, GCM still binds the id.
    const { aad: _aad, ...bare } = (await storage.credentials.get("seller:a"))!;
    await storage.credentials.put("seller:b", bare);
    expect((await vaultError(vault.getCredentials("seller:b"))).code).toBe("VAULT_TAMPERED");
  });

  it("detects a wrong key", async () => {
    const storage = make();
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    await vault.putCredentials("amazon:A1SELLER", CREDS);
    const wrong = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key2 }, current: 1 }),
    });
    const error = await vaultError(wrong.getCredentials("amazon:A1SELLER"));
    expect(error.code).toBe("VAULT_WRONG_KEY");
    expect(error.message).toContain("not the key it was written with");
  });
});

describe("vault payloads", () => {
  it("encrypts arbitrary payloads bound to a caller-given id", async () => {
    const vault = createCredentialVault({
      storage: memoryStorage(),
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    const body = JSON.stringify({ JournalBatchNumber: "JB-1", amount: "12.34" });
    const blob = await vault.encrypt("call:123", body);
    expect(Buffer.from(await vault.decrypt("call:123", blob)).toString("utf8")).toBe(body);
    expect((await vaultError(vault.decrypt("call:124", blob))).code).toBe("VAULT_TAMPERED");
    expect(
      (await vaultError(vault.decrypt("call:123", { ...blob, ciphertext: flip(blob.ciphertext) }))).code,
    ).toBe("VAULT_TAMPERED");
  });

  it("keeps payloads from before a rotation readable while the old version is held", async () => {
    const vault = createCredentialVault({
      storage: memoryStorage(),
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    const blob = await vault.encrypt("call:1", "replay body");
    await vault.rotate(staticKeyProvider({ keys: { 1: key1, 2: key2 }, current: 2 }));
    expect(Buffer.from(await vault.decrypt("call:1", blob)).toString()).toBe("replay body");
    expect((await vault.encrypt("call:2", "x")).keyVersion).toBe(2);
  });
});

describe("key providers", () => {
  it("reads ML_CONNECTOR_MASTER_KEY as base64 or hex", async () => {
    const b64 = envKeyProvider({ env: { ML_CONNECTOR_MASTER_KEY: key1.toString("base64") } });
    const hex = envKeyProvider({ env: { ML_CONNECTOR_MASTER_KEY: key1.toString("hex") }, version: 3 });
    expect(Buffer.from((await b64.current()).material).equals(key1)).toBe(true);
    expect((await hex.current()).version).toBe(3);
    expect(Buffer.from((await hex.current()).material).equals(key1)).toBe(true);
    expect(await hex.get(1)).toBeUndefined();
  });

  it("says clearly when the key is missing or short, without echoing it", () => {
    const missing = (() => {
      try {
        envKeyProvider({ env: {} });
      } catch (e) {
        return e as Error & { code: string };
      }
    })();
    expect(isVaultError(missing)).toBe(true);
    expect(missing?.code).toBe("VAULT_KEY_MISSING");
    expect(missing?.message).toContain("ML_CONNECTOR_MASTER_KEY");
    const short = randomBytes(16).toString("base64");
    let error: (Error & { code: string }) | undefined;
    try {
      envKeyProvider({ env: { ML_CONNECTOR_MASTER_KEY: short } });
    } catch (e) {
      error = e as Error & { code: string };
    }
    expect(error?.code).toBe("VAULT_KEY_INVALID");
    expect(error?.message).toContain("16 bytes");
    expect(error?.message).not.toContain(short);
    expect(() => parseMasterKey("not a key!")).toThrow(/32 bytes/);
  });

  it("never prints key material", () => {
    const key = vaultKey(1, key1);
    expect(inspect(key)).not.toContain(key1.toString("hex").slice(0, 8));
    expect(JSON.stringify(key)).not.toContain(key1.toString("base64").slice(0, 8));
    expect(inspect(staticKeyProvider({ keys: { 1: key1 }, current: 1 }), { showHidden: true })).not.toMatch(
      /[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}/,
    );
  });

  it("the default vault reads the key from the environment", async () => {
    const saved = process.env.ML_CONNECTOR_MASTER_KEY;
    process.env.ML_CONNECTOR_MASTER_KEY = key2.toString("base64");
    cleanups.push(() => {
      if (saved === undefined) delete process.env.ML_CONNECTOR_MASTER_KEY;
      else process.env.ML_CONNECTOR_MASTER_KEY = saved;
    });
    const storage = memoryStorage();
    const vault = createCredentialVault({ storage });
    await vault.putCredentials("d365:contoso", { clientSecret: "entra-secret-value-0001" });
    const explicit = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key2 }, current: 1 }),
    });
    expect((await explicit.getCredentials("d365:contoso"))?.clientSecret?.reveal()).toBe(
      "entra-secret-value-0001",
    );
  });
});

describe("sqlite file", () => {
  it("holds no credential in the clear", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-file-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const storage = sqliteStorage({ path: join(dir, "vault.db") });
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: key1 }, current: 1 }),
    });
    await vault.putCredentials("amazon:A1SELLER", CREDS);
    await storage.close();
    const bytes = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f)).toString("latin1"))
      .join("");
    expect(bytes.length).toBeGreaterThan(0);
    for (const value of Object.values(CREDS)) expect(bytes).not.toContain(value);
  });
});
