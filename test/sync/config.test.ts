import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { isConnectorError } from "../../src/core/errors.js";
import { loadConnectorConfig } from "../../src/sync/config.js";
import { createConnector } from "../../src/sync/connector.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { freshSchema, PG_URL, SKIP_POSTGRES } from "../storage/pg-env.js";

const KEY = Buffer.alloc(32, 7).toString("base64");
const ENV = {
  LWA_CLIENT_ID: "amzn1.application-oa2-client.test",
  LWA_CLIENT_SECRET: "lwa-secret-value",
  LWA_REFRESH_TOKEN: "Atzr|refresh-token-value",
  D365_TENANT_ID: "tenant",
  D365_CLIENT_ID: "client",
  D365_CLIENT_SECRET: "d365-secret-value",
  ML_CONNECTOR_MASTER_KEY: KEY,
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "mlc-config-"));
  mkdirSync(path.join(dir, "conf"));
  mkdirSync(path.join(dir, "data"));
  writeFileSync(path.join(dir, "conf", "mapping.json"), JSON.stringify(simulatorMapping));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function goodConfig(): Record<string, unknown> {
  return {
    storage: { sqlite: { path: "../data/connector.db" } },
    vault: { keyEnv: "ML_CONNECTOR_MASTER_KEY" },
    amazon: {
      sellers: [
        {
          sellerId: "A1SELLER",
          region: "na",
          marketplaceIds: ["ATVPDKIKX0DER"],
          credentials: {
            clientIdEnv: "LWA_CLIENT_ID",
            clientSecretEnv: "LWA_CLIENT_SECRET",
            refreshTokenEnv: "LWA_REFRESH_TOKEN",
          },
          endpoints: { spApi: "http://127.0.0.1:9/amazon/na", lwa: "http://127.0.0.1:9/lwa/auth/o2/token" },
        },
        { sellerId: "A1SELLER", region: "eu", credentials: { vault: "amazon:A1SELLER:eu" } },
      ],
    },
    d365: {
      environmentUrl: "https://contoso.operations.dynamics.com",
      credentials: {
        tenantIdEnv: "D365_TENANT_ID",
        clientIdEnv: "D365_CLIENT_ID",
        clientSecretEnv: "D365_CLIENT_SECRET",
      },
    },
    mapping: "mapping.json",
    posting: { mode: "summary", maxLinesPerJournal: 500 },
  };
}

function write(config: unknown, name = "ml-connector.yaml"): string {
  const file = path.join(dir, "conf", name);
  writeFileSync(file, name.endsWith(".json") ? JSON.stringify(config) : stringify(config));
  return file;
}

async function refusal(file: string, env: Record<string, string> = ENV) {
  try {
    await loadConnectorConfig(file, { env });
  } catch (e) {
    if (isConnectorError(e) && e.code === "CONFIG_INVALID") {
      return e as typeof e & { issues: { code: string; path: (string | number)[]; message: string }[] };
    }
    throw e;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConnectorConfig", () => {
  it("turns a YAML file into createConnector options: SQLite next to the file, env token providers, the vault, the mapping path", async () => {
    const loaded = await loadConnectorConfig(write(goodConfig()), { env: ENV });
    try {
      const o = loaded.options;
      expect(loaded.storageLabel).toBe(`SQLite ${path.join(dir, "data", "connector.db")}`);
      expect(o.mapping).toBe(path.join(dir, "conf", "mapping.json"));
      expect(o.vault).toBeDefined();
      const [na, eu] = o.amazon.sellers;
      expect(na && "tokens" in na.credentials && typeof na.credentials.tokens.getToken).toBe("function");
      expect(na?.endpoints).toEqual({
        spApi: "http://127.0.0.1:9/amazon/na",
        lwa: "http://127.0.0.1:9/lwa/auth/o2/token",
      });
      expect(eu?.credentials).toEqual({ vault: "amazon:A1SELLER:eu" });
      expect("tokens" in o.d365.credentials).toBe(true);
      expect(o.posting).toEqual({ mode: "summary", maxLinesPerJournal: 500 });
      // The engine accepts them as they are, and nothing printable holds a secret.
      expect(() => createConnector(o)).not.toThrow();
      const printed = JSON.stringify({ ...o, storage: undefined, vault: undefined });
      for (const secret of [ENV.LWA_CLIENT_SECRET, ENV.LWA_REFRESH_TOKEN, ENV.D365_CLIENT_SECRET, KEY]) {
        expect(printed).not.toContain(secret);
      }
    } finally {
      await loaded.options.storage.close();
    }
  });

  it("reads the same configuration as JSON", async () => {
    const loaded = await loadConnectorConfig(write(goodConfig(), "c.json"), { env: ENV });
    await loaded.options.storage.close();
    expect(loaded.options.amazon.sellers).toHaveLength(2);
  });

  it("refuses an inline secret, says how to reference it, and never echoes the value", async () => {
    const c = goodConfig();
    (c.d365 as Record<string, unknown>).credentials = {
      tenantId: "tenant",
      clientId: "client",
      clientSecret: "s3cr3t-inline-value",
    };
    const e = await refusal(write(c));
    const issue = e.issues.find((i) => i.path.join(".") === "d365.credentials.clientSecret");
    expect(issue?.code).toBe("inline_secret");
    expect(issue?.message).toMatch(/clientSecretEnv: CLIENT_SECRET/);
    expect(issue?.message).toMatch(/vault: "d365:contoso"/);
    expect(e.message).not.toContain("s3cr3t-inline-value");
  });

  it("refuses a PostgreSQL URL holding a password: urlEnv instead", async () => {
    const c = { ...goodConfig(), storage: { postgres: { url: "postgres://u:pw-in-file@localhost/db" } } };
    const e = await refusal(write(c));
    expect(e.issues[0]).toMatchObject({ code: "inline_secret", path: ["storage", "postgres", "url"] });
    expect(e.message).not.toContain("pw-in-file");
  });

  it("names each environment variable that is not set", async () => {
    const { LWA_REFRESH_TOKEN: _, ML_CONNECTOR_MASTER_KEY: __, ...env } = ENV;
    const e = await refusal(write(goodConfig()), env);
    expect(e.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["amazon.sellers.0.credentials.refreshTokenEnv", "environment variable LWA_REFRESH_TOKEN is not set"],
      ["vault.keyEnv", "environment variable ML_CONNECTOR_MASTER_KEY is not set"],
    ]);
  });

  it("refuses paths that do not exist, relative to the configuration file", async () => {
    const c = { ...goodConfig(), mapping: "nope.yaml", storage: { sqlite: { path: "missing/x.db" } } };
    const e = await refusal(write(c));
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["mapping", "storage.sqlite.path"]);
    expect(e.issues[0]?.message).toContain(path.join(dir, "conf", "nope.yaml"));
    const none = await refusal(path.join(dir, "absent.yaml"));
    expect(none.issues[0]?.code).toBe("not_found");
  });

  it("refuses unknown keys at their path, and says where a file does not parse", async () => {
    const c = goodConfig();
    (c.amazon as { sellers: Record<string, unknown>[] }).sellers[0] = {
      ...(c.amazon as { sellers: Record<string, unknown>[] }).sellers[0],
      marketplace: "US",
    };
    const e = await refusal(write({ ...c, retries: 3 }));
    expect(e.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "unknown_key", path: [], message: 'unknown key "retries"' }),
        expect.objectContaining({ code: "unknown_key", path: ["amazon", "sellers", 0] }),
      ]),
    );
    const file = path.join(dir, "conf", "broken.yaml");
    writeFileSync(file, "storage: [unclosed\n");
    expect((await refusal(file)).issues[0]?.code).toBe("syntax");
  });

  it("refuses a vault key that is set but malformed", async () => {
    const e = await refusal(write(goodConfig()), { ...ENV, ML_CONNECTOR_MASTER_KEY: "short" });
    expect(e.issues[0]?.path).toEqual(["vault", "keyEnv"]);
    expect(e.message).not.toContain("short\n");
  });
});

describe.skipIf(SKIP_POSTGRES)("loadConnectorConfig with PostgreSQL", () => {
  it("opens postgresStorage from a URL in an environment variable, in the schema named", async () => {
    const schemaName = freshSchema("mlc_config");
    const c = { ...goodConfig(), storage: { postgres: { urlEnv: "DATABASE_URL", schema: schemaName } } };
    const loaded = await loadConnectorConfig(write(c), { env: { ...ENV, DATABASE_URL: PG_URL } });
    const storage = loaded.options.storage;
    try {
      expect(loaded.storageLabel).not.toContain("postgres:postgres@");
      await storage.migrate();
      await storage.documents.put("probe", "ok");
      expect(new TextDecoder().decode((await storage.documents.get("probe"))?.body)).toBe("ok");
    } finally {
      await storage.close();
      const pg = (await import("pg")).default;
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schemaName} CASCADE`);
      await client.end();
    }
  });
});
