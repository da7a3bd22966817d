/**
 * Every factory checks its options when it is called: a wrong or missing option is a ConfigError
 * naming the option, never a TypeError later, `undefined` sent to a token endpoint, or a 403.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { createSimulatedClock } from "../../src/core/clock.js";
import {
  type ConfigError,
  type Issue,
  isConfigError,
  isConnectorError,
  isValidationError,
} from "../../src/core/errors.js";
import { staticKeyProvider } from "../../src/core/key-provider.js";
import { parseOptions, secretTextOption } from "../../src/core/options.js";
import { createConcurrencyLimiter, createTokenBucketLimiter } from "../../src/core/rate-limiter.js";
import { Secret } from "../../src/core/redact.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { createCredentialVault } from "../../src/core/vault.js";
import { entraTokenProvider } from "../../src/d365/auth/entra.js";
import { createD365Client } from "../../src/d365/client.js";
import { loadMapping, parseMapping } from "../../src/mapping/schema.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { postgresStorage } from "../../src/storage/postgres/postgres-storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";

/** Runs `fn`, expects a ConfigError, and returns it. */
function configError(fn: () => unknown): ConfigError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(isConfigError(thrown), `expected a ConfigError, got ${String(thrown)}`).toBe(true);
  const error = thrown as ConfigError;
  expect(error.code).toBe("CONFIG_INVALID");
  expect(error.retryable).toBe(false);
  return error;
}

async function configErrorAsync(fn: () => Promise<unknown>): Promise<ConfigError> {
  const thrown = await fn().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isConfigError(thrown), `expected a ConfigError, got ${String(thrown)}`).toBe(true);
  return thrown as ConfigError;
}

const paths = (e: { issues: readonly Issue[] }) => e.issues.map((i) => i.path.join("."));
const issueAt = (e: { issues: readonly Issue[] }, path: string) =>
  e.issues.find((i) => i.path.join(".") === path);

const lwaBase = {
  clientId: "amzn1.application-oa2-client.x",
  clientSecret: "s3cret",
  refreshToken: "Atzr|x",
};

describe("lwaTokenProvider", () => {
  it("refuses a missing refresh token, naming it", () => {
    const { refreshToken: _, ...withoutRefresh } = lwaBase;
    const error = configError(() => lwaTokenProvider(withoutRefresh as never));
    expect(paths(error)).toEqual(["refreshToken"]);
    expect(issueAt(error, "refreshToken")?.message).toMatch(/^required/);
    expect(error.message).toMatch(/Invalid options for lwaTokenProvider/);
    expect(error.message).toContain("refreshToken");
    expect(error.where).toMatchObject({ system: "lwa", operation: "lwaTokenProvider" });
  });

  it("refuses { clientId: 42 } before anything is sent (it used to send refresh_token=undefined)", () => {
    const fetch = vi.fn(async () => new Response("{}"));
    const error = configError(() => lwaTokenProvider({ clientId: 42, fetch } as never));
    expect(paths(error).sort()).toEqual(["clientId", "clientSecret", "refreshToken"]);
    expect(issueAt(error, "clientId")?.message).toBe("must be a non-empty string or a Secret");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("accepts Secrets where strings go, and functions and clocks pass through", () => {
    const clock = createSimulatedClock();
    const provider = lwaTokenProvider({
      clientId: new Secret("amzn1.application-oa2-client.y"),
      clientSecret: new Secret("another-secret"),
      refreshToken: "Atzr|y",
      fetch: async () => new Response("{}"),
      clock,
      retry: false,
    });
    expect(provider.clock).toBe(clock);
  });

  it("refuses an empty string, an http endpoint and a negative skew", () => {
    const error = configError(() =>
      lwaTokenProvider({
        ...lwaBase,
        clientSecret: "  ",
        endpoint: "http://api.amazon.com/auth/o2/token",
        skewMs: -1,
      }),
    );
    expect(paths(error).sort()).toEqual(["clientSecret", "endpoint", "skewMs"]);
  });
});

describe("createSpApiClient", () => {
  it('refuses a region of "__proto__" (it used to crash reading Object.prototype)', () => {
    const error = configError(() => createSpApiClient({ region: "__proto__" as never }));
    expect(paths(error)).toEqual(["region"]);
    expect(error.message).toContain('must be one of "na", "eu", "fe"');
  });

  it("refuses a missing region and no options at all, with a ConfigError not a TypeError", () => {
    expect(paths(configError(() => createSpApiClient({} as never)))).toEqual(["region"]);
    expect(paths(configError(() => createSpApiClient(undefined as never)))).toEqual(["region"]);
  });

  it("refuses an http:// base URL except on loopback, where the simulator server listens", () => {
    const error = configError(() =>
      createSpApiClient({ region: "na", baseUrl: "http://sellingpartnerapi-na.amazon.com" }),
    );
    expect(paths(error)).toEqual(["baseUrl"]);
    for (const baseUrl of ["http://127.0.0.1:8787", "http://localhost:3000", "http://[::1]:9000/"]) {
      expect(createSpApiClient({ region: "na", baseUrl }).baseUrl).toBe(baseUrl.replace(/\/$/, ""));
    }
    expect(paths(configError(() => createSpApiClient({ region: "na", baseUrl: "not a url" })))).toEqual([
      "baseUrl",
    ]);
  });

  it("refuses a retry policy or limiter that is not one, naming the option", () => {
    const error = configError(() =>
      createSpApiClient({ region: "eu", retry: { maxAttempts: 3 } as never, limiter: true as never }),
    );
    expect(paths(error).sort()).toEqual(["limiter", "retry"]);
    expect(issueAt(error, "retry")?.message).toMatch(/createRetryPolicy/);
  });
});

describe("createD365Client and entraTokenProvider", () => {
  it("refuse an http:// environment URL except on loopback", () => {
    const http = "http://contoso.operations.dynamics.com";
    expect(paths(configError(() => createD365Client({ environmentUrl: http })))).toEqual(["environmentUrl"]);
    expect(createD365Client({ environmentUrl: "http://127.0.0.1:4010" }).serviceRoot).toBe(
      "http://127.0.0.1:4010/data",
    );
    expect(createD365Client({ environmentUrl: "http://[::1]:4010" }).environmentUrl).toBe(
      "http://[::1]:4010",
    );
    const entra = { tenantId: "t", clientId: "c", clientSecret: "s" };
    expect(paths(configError(() => entraTokenProvider({ ...entra, environmentUrl: http })))).toEqual([
      "environmentUrl",
    ]);
    expect(
      paths(
        configError(() =>
          entraTokenProvider({
            ...entra,
            environmentUrl: "https://contoso.operations.dynamics.com",
            authority: "http://login.microsoftonline.com",
          }),
        ),
      ),
    ).toEqual(["authority"]);
  });

  it("entraTokenProvider names clientSecret when neither a secret nor a certificate is given", () => {
    const error = configError(() =>
      entraTokenProvider({
        tenantId: "t",
        clientId: "c",
        environmentUrl: "https://x.operations.dynamics.com",
      }),
    );
    expect(paths(error)).toEqual(["clientSecret"]);
    expect(error.message).toMatch(/certificate/);
  });
});

describe("core factories", () => {
  it('createRetryPolicy refuses maxAttempts: "x" and a negative budget ratio, with their paths', () => {
    const error = configError(() => createRetryPolicy({ maxAttempts: "x" as never, budget: { ratio: -1 } }));
    expect(paths(error).sort()).toEqual(["budget.ratio", "maxAttempts"]);
    expect(error.message).toContain("maxAttempts: must be a number");
    expect(error.message).toContain("budget.ratio: must not be negative");
    expect(() => createRetryPolicy({ maxAttempts: 1, random: () => 0 })).not.toThrow();
  });

  it("the limiters refuse impossible plans", () => {
    expect(
      paths(
        configError(() => createTokenBucketLimiter({ utilisation: 2, fallbackPlan: { rate: 0, burst: 1 } })),
      ).sort(),
    ).toEqual(["fallbackPlan.rate", "utilisation"]);
    expect(paths(configError(() => createConcurrencyLimiter({ maxConcurrent: 0 })))).toEqual([
      "maxConcurrent",
    ]);
  });

  it("createCredentialVault needs a storage adapter and a key provider", () => {
    expect(paths(configError(() => createCredentialVault({} as never)))).toEqual(["storage"]);
    const storage = memoryStorage();
    expect(paths(configError(() => createCredentialVault({ storage, keys: "k" as never })))).toEqual([
      "keys",
    ]);
    const keys = staticKeyProvider({ keys: { 1: new Uint8Array(32).fill(7) }, current: 1 });
    expect(() => createCredentialVault({ storage, keys })).not.toThrow();
  });
});

describe("storage factories", () => {
  it("memoryStorage refuses an empty owner and a clock that is not one", () => {
    const error = configError(() => memoryStorage({ owner: "", clock: Date as never }));
    expect(paths(error).sort()).toEqual(["clock", "owner"]);
    expect(error.where).toMatchObject({ system: "storage", operation: "memoryStorage" });
  });

  it("sqliteStorage refuses a path that is a directory, in a missing directory, or none", () => {
    const dir = mkdtempSync(join(tmpdir(), "mlc-options-"));
    const folder = configError(() => sqliteStorage({ path: dir }));
    expect(paths(folder)).toEqual(["path"]);
    expect(folder.message).toContain("is a directory");
    const missing = configError(() => sqliteStorage({ path: join(dir, "nope", "x.sqlite") }));
    expect(missing.message).toContain("directory does not exist");
    expect(paths(configError(() => sqliteStorage({})))).toEqual(["path"]);
    expect(paths(configError(() => sqliteStorage({ path: ":memory:", busyTimeoutMs: -5 })))).toEqual([
      "busyTimeoutMs",
    ]);
  });

  it("postgresStorage refuses no pool nor connection string, a bad schema and a non-postgres URL, before connecting", () => {
    expect(paths(configError(() => postgresStorage({})))).toEqual(["pool"]);
    const error = configError(() =>
      postgresStorage({ connectionString: "mysql://localhost/db", schema: "Bad-Name", poolSize: 0 }),
    );
    expect(paths(error).sort()).toEqual(["connectionString", "poolSize", "schema"]);
    // Still a ValidationError for code that checks the older, wider kind.
    expect(isValidationError(error)).toBe(true);
  });
});

describe("mapping documents", () => {
  it("loadMapping names a path that does not exist, or is a folder, as a ConfigError (never ENOENT)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mlc-mapping-"));
    const missing = await configErrorAsync(() => loadMapping(join(dir, "mapping.yaml")));
    expect(paths(missing)).toEqual(["mapping"]);
    expect(missing.message).toContain("no file at this path");
    expect(missing.where.file).toBe(join(dir, "mapping.yaml"));
    const folder = await configErrorAsync(() => loadMapping(dir));
    expect(folder.message).toContain("is a directory");
    writeFileSync(join(dir, "bad.yaml"), "version: 7\n");
    const invalid = await configErrorAsync(() => loadMapping(join(dir, "bad.yaml")));
    expect(invalid.issues.length).toBeGreaterThan(0);
  });

  it("parseMapping lists every problem with its path", () => {
    const error = configError(() => parseMapping({ version: 1, marketplaces: 5 }));
    expect(paths(error)).toContain("marketplaces");
  });
});

describe("parseOptions", () => {
  it("returns functions and Secrets as the same objects, and reports every issue", () => {
    const fetch = async () => new Response();
    const secret = new Secret("x-value");
    const parsed = parseOptions(
      z.looseObject({ secret: secretTextOption, fetch: z.custom((v) => typeof v === "function") }),
      { secret, fetch, extra: 1 },
      "example",
    );
    expect(parsed.secret).toBe(secret);
    expect(parsed.fetch).toBe(fetch);
    expect(parsed.extra).toBe(1);
    const error = configError(() =>
      parseOptions(z.looseObject({ a: secretTextOption, b: z.number() }), { b: "1" }, "example"),
    );
    expect(error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["a", "required: must be a non-empty string or a Secret"],
      ["b", "Invalid input: expected number, received string"],
    ]);
  });

  it("never puts a secret value in the message, the issues, the JSON or the cause", () => {
    const canary = "CANARY-d41d8cd98f00b204e9800998ecf8427e";
    const attempts: (() => unknown)[] = [
      () =>
        lwaTokenProvider({
          clientId: canary,
          clientSecret: 42,
          refreshToken: { canary },
          endpoint: canary,
        } as never),
      () =>
        lwaTokenProvider({ clientId: 7, clientSecret: new Secret(canary), refreshToken: canary } as never),
      () => createSpApiClient({ region: canary as never, baseUrl: `http://${canary}.example.com` }),
      () =>
        entraTokenProvider({
          tenantId: 3,
          clientId: canary,
          clientSecret: canary,
          environmentUrl: `http://user:${canary}@contoso.example.com`,
        } as never),
      () => postgresStorage({ connectionString: `mysql://u:${canary}@h/db`, schema: canary }),
      () => createRetryPolicy({ maxAttempts: canary as never }),
    ];
    for (const attempt of attempts) {
      const error = configError(attempt);
      expect(isConnectorError(error)).toBe(true);
      const everything = [
        error.message,
        error.stack ?? "",
        JSON.stringify(error),
        JSON.stringify(error.issues),
        String(error.cause ?? ""),
      ].join("\n");
      expect(everything).not.toContain(canary);
      expect(everything).not.toContain("CANARY");
    }
  });
});
