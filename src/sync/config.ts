/**
 * `loadConnectorConfig`: one configuration file (JSON or YAML) turned into the options of
 * `createConnector`. The file names where things are, never what the secrets are: credentials are a
 * vault id or the names of environment variables, and an inline secret is refused. Paths in the
 * file (the SQLite database, the mapping) are relative to the file itself, so a config works from
 * any working directory. See docs/configuration.md.
 * @packageDocumentation
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { lwaTokenProvider } from "../amazon/auth/lwa.js";
import { ConfigError, type Issue, isConnectorError } from "../core/errors.js";
import { envKeyProvider } from "../core/key-provider.js";
import type { StorageAdapter } from "../core/storage.js";
import type { TokenProvider } from "../core/token-provider.js";
import { type CredentialVault, createCredentialVault } from "../core/vault.js";
import { entraTokenProvider } from "../d365/auth/entra.js";
import type {
  ConnectorOptions,
  CredentialsRef,
  ListingsOptionsInput,
  OrdersOptionsInput,
  ProvisionalOptionsInput,
} from "./options.js";

/** Options of {@link loadConnectorConfig}. */
export interface LoadConfigOptions {
  /** Where `…Env` references are looked up. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** What {@link loadConnectorConfig} read, besides the connector options themselves. */
export interface LoadedConnectorConfig {
  /** The options for `createConnector`; `storage` is open: close it when done. */
  readonly options: ConnectorOptions;
  /** The absolute path of the configuration file. */
  readonly file: string;
  /** A description of the store without credentials, e.g. `SQLite /srv/connector.db`. */
  readonly storageLabel: string;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const envName = z.string().regex(ENV_NAME, "must be the name of an environment variable, e.g. LWA_CLIENT_ID");
const url = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return (
        u.protocol === "https:" ||
        (u.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname))
      );
    } catch {
      return false;
    }
  },
  { message: "must be an https:// URL (http:// only for 127.0.0.1 or localhost)" },
);

/** Fields that hold a secret when written inline, per credential kind. */
const AMAZON_FIELDS = ["clientId", "clientSecret", "refreshToken"] as const;
const D365_FIELDS = ["tenantId", "clientId", "clientSecret"] as const;

/**
 * Credentials: `{ vault: id }` or `{ <field>Env: VARIABLE, … }`. An inline secret is its own
 * issue, so the message can say how to reference it; the value is never echoed.
 */
function credentialsSchema(fields: readonly string[], vaultExample: string) {
  const envShape = Object.fromEntries(fields.map((f) => [`${f}Env`, envName]));
  return z.unknown().superRefine((value, ctx) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      ctx.addIssue({
        code: "custom",
        message: `must be { vault: "${vaultExample}" } or { ${fields.map((f) => `${f}Env: VARIABLE`).join(", ")} }`,
      });
      return;
    }
    const v = value as Record<string, unknown>;
    let inline = false;
    for (const f of fields) {
      if (f in v) {
        inline = true;
        ctx.addIssue({
          code: "custom",
          path: [f],
          params: { code: "inline_secret" },
          message: `inline secrets are not accepted: reference an environment variable (${f}Env: ${envExample(f)}) or store the credentials in the vault and write { vault: "${vaultExample}" }`,
        });
      }
    }
    if (inline) return;
    const parsed =
      "vault" in v
        ? z.strictObject({ vault: z.string().min(1, "must name a vault id") }).safeParse(v)
        : z.strictObject(envShape).safeParse(v);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        ctx.addIssue({ code: "custom", path: i.path as (string | number)[], message: i.message });
      }
    }
  });
}

function envExample(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
}

const schema = z.strictObject({
  storage: z.union(
    [
      z.strictObject({ sqlite: z.strictObject({ path: z.string().min(1) }) }),
      z.strictObject({
        postgres: z
          .strictObject({
            url: z
              .string()
              .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
              .optional(),
            urlEnv: envName.optional(),
            schema: z.string().optional(),
            poolSize: z.number().int().min(1).optional(),
          })
          .refine((p) => (p.url === undefined) !== (p.urlEnv === undefined), {
            message: "give url or urlEnv (one of them)",
          }),
      }),
    ],
    { error: "must be { sqlite: { path } } or { postgres: { url | urlEnv } }" },
  ),
  vault: z
    .strictObject({
      keyEnv: envName.default("ML_CONNECTOR_MASTER_KEY"),
      keyVersion: z.number().int().min(1).default(1),
    })
    .optional(),
  amazon: z.strictObject({
    sellers: z
      .array(
        z.strictObject({
          sellerId: z.string(),
          region: z.enum(["na", "eu", "fe"]).default("na"),
          marketplaceIds: z.array(z.string()).optional(),
          credentials: credentialsSchema(AMAZON_FIELDS, "amazon:A1SELLER"),
          endpoints: z.strictObject({ spApi: url.optional(), lwa: url.optional() }).optional(),
        }),
      )
      .min(1, "at least one seller"),
  }),
  d365: z.strictObject({
    environmentUrl: url,
    authority: url.optional(),
    credentials: credentialsSchema(D365_FIELDS, "d365:contoso"),
  }),
  mapping: z.string().min(1, "must be the path of a JSON or YAML mapping file"),
  posting: z
    .strictObject({
      mode: z.enum(["summary", "detail"]).optional(),
      maxLinesPerJournal: z.number().int().optional(),
      orderRevenue: z.enum(["settlement", "invoiced"]).optional(),
    })
    .optional(),
  // Plain data, passed to createConnector as is: its schema checks every field and names its path.
  orders: z.record(z.string(), z.unknown()).optional(),
  provisional: z.record(z.string(), z.unknown()).optional(),
  listings: z.record(z.string(), z.unknown()).optional(),
  settlements: z.strictObject({ createdSince: z.string().optional() }).optional(),
  leaseMs: z.number().int().optional(),
  timeouts: z
    .strictObject({ amazonMs: z.number().int().optional(), d365Ms: z.number().int().optional() })
    .optional(),
  maxAttempts: z.number().int().optional(),
});

type ConfigFile = z.output<typeof schema>;

function configError(file: string, issues: readonly Issue[], hint?: string): ConfigError {
  return new ConfigError(`Invalid configuration ${file}`, {
    issues,
    where: { system: "local", operation: "loadConnectorConfig", field: issues[0]?.path.join(".") ?? "" },
    hint: hint ?? "fix the entries named above (docs/configuration.md describes each); nothing was called",
  });
}

function readConfigFile(file: string): unknown {
  if (!existsSync(file)) {
    throw configError(file, [{ code: "not_found", path: [], message: `no configuration file at ${file}` }]);
  }
  if (!statSync(file).isFile()) {
    throw configError(file, [{ code: "not_a_file", path: [], message: `${file} is not a file` }]);
  }
  const text = readFileSync(file, "utf8");
  try {
    // YAML is a superset of JSON: one parser reads both.
    return parseYaml(text);
  } catch (e) {
    const where = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw configError(file, [
      {
        code: "syntax",
        path: [],
        message: `not valid JSON or YAML${where ? ` at line ${where.line}, column ${where.col}` : ""}: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`,
      },
    ]);
  }
}

/**
 * Reads a connector configuration file (JSON or YAML) and builds the options of `createConnector`:
 * the storage adapter (SQLite or PostgreSQL, loaded only when named), the credential vault (key
 * from an environment variable), token providers from environment-variable references, and the
 * mapping path resolved against the file's folder.
 * @throws ConfigError (`CONFIG_INVALID`) naming every wrong entry by its path: an unknown key, an
 * inline secret, an environment variable that is not set, a file that does not exist.
 * @throws PeerMissingError when the storage's driver (`better-sqlite3`, `pg`) is not installed.
 * @example
 * const { options } = await loadConnectorConfig("ml-connector.yaml");
 * const connector = createConnector(options);
 * try { await connector.run("settlements"); } finally { await options.storage.close(); }
 */
export async function loadConnectorConfig(
  file: string,
  options: LoadConfigOptions = {},
): Promise<LoadedConnectorConfig> {
  const absolute = path.resolve(file);
  const env = options.env ?? process.env;
  const parsed = schema.safeParse(readConfigFile(absolute));
  if (!parsed.success) {
    throw configError(
      absolute,
      parsed.error.issues.map((i) => ({
        code:
          (i as { params?: { code?: string } }).params?.code ??
          (i.code === "unrecognized_keys" ? "unknown_key" : i.code),
        path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message:
          i.code === "unrecognized_keys"
            ? `unknown key${i.keys.length > 1 ? "s" : ""} ${i.keys.map((k) => JSON.stringify(k)).join(", ")}`
            : i.message,
      })),
    );
  }
  const c = parsed.data;
  const base = path.dirname(absolute);
  const issues: Issue[] = [];
  const fromEnv = (name: string, at: (string | number)[]): string => {
    const value = env[name];
    if (value === undefined || value.trim() === "") {
      issues.push({ code: "env_missing", path: at, message: `environment variable ${name} is not set` });
      return "";
    }
    return value;
  };

  const mapping = path.resolve(base, c.mapping);
  if (!existsSync(mapping) || !statSync(mapping).isFile()) {
    issues.push({
      code: "not_found",
      path: ["mapping"],
      message: `no mapping file at ${mapping} (paths are relative to the configuration file)`,
    });
  }
  if ("sqlite" in c.storage) {
    const dir = path.dirname(path.resolve(base, c.storage.sqlite.path));
    if (!existsSync(dir)) {
      issues.push({
        code: "not_found",
        path: ["storage", "sqlite", "path"],
        message: `the folder ${dir} does not exist (paths are relative to the configuration file)`,
      });
    }
  }
  const pgUrl =
    "postgres" in c.storage
      ? c.storage.postgres.urlEnv
        ? fromEnv(c.storage.postgres.urlEnv, ["storage", "postgres", "urlEnv"])
        : (c.storage.postgres.url ?? "")
      : "";
  if ("postgres" in c.storage && c.storage.postgres.url && hasPassword(c.storage.postgres.url)) {
    issues.push({
      code: "inline_secret",
      path: ["storage", "postgres", "url"],
      message:
        "the URL holds a password: put the whole URL in an environment variable and write urlEnv: DATABASE_URL",
    });
  }

  const sellerTokens = c.amazon.sellers.map((s, i) => {
    const ref = s.credentials as Record<string, string>;
    if ("vault" in ref) return undefined;
    const at = (f: string) => ["amazon", "sellers", i, "credentials", `${f}Env`];
    const values = Object.fromEntries(
      AMAZON_FIELDS.map((f) => [f, ref[`${f}Env`] ? fromEnv(ref[`${f}Env`] as string, at(f)) : ""]),
    );
    for (const f of AMAZON_FIELDS) {
      if (!ref[`${f}Env`]) {
        issues.push({ code: "required", path: at(f), message: `required: the variable holding ${f}` });
      }
    }
    return values as Record<(typeof AMAZON_FIELDS)[number], string>;
  });
  const d365Ref = c.d365.credentials as Record<string, string>;
  let d365Values: Record<string, string> | undefined;
  if (!("vault" in d365Ref)) {
    d365Values = {};
    for (const f of D365_FIELDS) {
      const name = d365Ref[`${f}Env`];
      const at = ["d365", "credentials", `${f}Env`];
      if (name) d365Values[f] = fromEnv(name, at);
      else {
        issues.push({ code: "required", path: at, message: `required: the variable holding ${f}` });
      }
    }
  }
  const usesVault =
    c.vault !== undefined ||
    c.amazon.sellers.some((s) => "vault" in (s.credentials as object)) ||
    "vault" in d365Ref;
  const keyEnv = c.vault?.keyEnv ?? "ML_CONNECTOR_MASTER_KEY";
  if (usesVault) fromEnv(keyEnv, ["vault", "keyEnv"]);
  if (issues.length) throw configError(absolute, issues);

  const storage = await openStorage(c, base, pgUrl);
  let vault: CredentialVault | undefined;
  try {
    if (usesVault) {
      vault = createCredentialVault({
        storage,
        keys: envKeyProvider({ variable: keyEnv, version: c.vault?.keyVersion ?? 1, env }),
      });
    }
  } catch (e) {
    await storage.close();
    // A key that is set but malformed: the vault's own message says how to generate one.
    if (isConnectorError(e)) {
      throw configError(absolute, [{ code: e.code, path: ["vault", "keyEnv"], message: e.message }]);
    }
    throw e;
  }

  const sellers = c.amazon.sellers.map((s, i) => {
    const values = sellerTokens[i];
    const credentials: CredentialsRef = values
      ? {
          tokens: lwaTokenProvider({
            ...values,
            ...(s.endpoints?.lwa ? { endpoint: s.endpoints.lwa } : {}),
          }) as TokenProvider,
        }
      : { vault: (s.credentials as { vault: string }).vault };
    return {
      sellerId: s.sellerId,
      region: s.region,
      credentials,
      ...(s.marketplaceIds ? { marketplaceIds: s.marketplaceIds } : {}),
      ...(s.endpoints
        ? {
            endpoints: {
              ...(s.endpoints.spApi ? { spApi: s.endpoints.spApi } : {}),
              ...(s.endpoints.lwa ? { lwa: s.endpoints.lwa } : {}),
            },
          }
        : {}),
    };
  });
  const d365Credentials: CredentialsRef = d365Values
    ? {
        tokens: entraTokenProvider({
          tenantId: d365Values.tenantId as string,
          clientId: d365Values.clientId as string,
          clientSecret: d365Values.clientSecret as string,
          environmentUrl: c.d365.environmentUrl,
          ...(c.d365.authority ? { authority: c.d365.authority } : {}),
        }),
      }
    : { vault: (d365Ref as { vault: string }).vault };

  const connectorOptions: ConnectorOptions = {
    storage,
    ...(vault ? { vault } : {}),
    amazon: { sellers },
    d365: {
      environmentUrl: c.d365.environmentUrl,
      credentials: d365Credentials,
      ...(c.d365.authority ? { authority: c.d365.authority } : {}),
    },
    mapping,
    ...(c.posting
      ? {
          posting: {
            ...(c.posting.mode ? { mode: c.posting.mode } : {}),
            ...(c.posting.maxLinesPerJournal !== undefined
              ? { maxLinesPerJournal: c.posting.maxLinesPerJournal }
              : {}),
            ...(c.posting.orderRevenue ? { orderRevenue: c.posting.orderRevenue } : {}),
          },
        }
      : {}),
    ...(c.settlements?.createdSince ? { settlements: { createdSince: c.settlements.createdSince } } : {}),
    ...(c.orders ? { orders: c.orders as OrdersOptionsInput } : {}),
    ...(c.provisional ? { provisional: c.provisional as ProvisionalOptionsInput } : {}),
    ...(c.listings ? { listings: c.listings as ListingsOptionsInput } : {}),
    ...(c.leaseMs !== undefined ? { leaseMs: c.leaseMs } : {}),
    ...(c.timeouts
      ? {
          timeouts: {
            ...(c.timeouts.amazonMs !== undefined ? { amazonMs: c.timeouts.amazonMs } : {}),
            ...(c.timeouts.d365Ms !== undefined ? { d365Ms: c.timeouts.d365Ms } : {}),
          },
        }
      : {}),
    ...(c.maxAttempts !== undefined ? { maxAttempts: c.maxAttempts } : {}),
  };
  return {
    options: connectorOptions,
    file: absolute,
    storageLabel:
      "sqlite" in c.storage
        ? `SQLite ${path.resolve(base, c.storage.sqlite.path)}`
        : `PostgreSQL ${redactUrl(pgUrl)}`,
  };
}

function hasPassword(text: string): boolean {
  try {
    return new URL(text).password !== "";
  } catch {
    return false;
  }
}

/** A PostgreSQL URL without its user and password, for messages. */
function redactUrl(text: string): string {
  try {
    const u = new URL(text);
    return `${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}

// The drivers are optional peers: only the one the file names is loaded.
async function openStorage(c: ConfigFile, base: string, pgUrl: string): Promise<StorageAdapter> {
  if ("sqlite" in c.storage) {
    const { sqliteStorage } = await import("../storage/sqlite/sqlite-storage.js");
    return sqliteStorage({ path: path.resolve(base, c.storage.sqlite.path) });
  }
  const { postgresStorage } = await import("../storage/postgres/postgres-storage.js");
  const p = c.storage.postgres;
  return postgresStorage({
    connectionString: pgUrl,
    ...(p.schema ? { schema: p.schema } : {}),
    ...(p.poolSize ? { poolSize: p.poolSize } : {}),
  });
}
