/**
 * The configuration file a user writes for the CLI, pointing at a simulator server over loopback
 * HTTP, shared by the tests that run `ml-connector sync | replay | report | audit --config`.
 * Credentials go through environment variables, as the configuration requires (it refuses inline
 * secrets), so {@link simConfig} stubs the variables it names; {@link closeSimConfig} undoes that.
 */
import { rmSync } from "node:fs";
import { vi } from "vitest";
import type { SimulatorServer } from "../../../src/testing/server.js";

/** A seller of the simulator to configure: its id, its LWA app and, optionally, its marketplaces. */
export interface SimConfigSeller {
  readonly sellerId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly refreshToken: string;
  /** `marketplaceIds` of the seller's entry; left out, the connector asks Amazon. */
  readonly marketplaceIds?: readonly string[];
}

/** Options of {@link simConfig}. */
export interface SimConfigOptions {
  /** @default [server.amazon]: the server's first seller, marketplaces left to Amazon */
  readonly sellers?: readonly SimConfigSeller[];
}

/**
 * A configuration (the object a YAML file holds) for the simulators of `server`: SQLite storage
 * in `connector.db`, every seller of `options.sellers` in region `na`, the simulated D365 app and
 * the mapping in `mapping.json` beside the file. Top-level keys of `extra` are added or replace
 * the defaults. Stubs `SIM_LWA_*` (with a `_2`, `_3`… suffix from the second seller on) and
 * `SIM_D365_*`.
 * @example
 * writeFileSync(config, stringify(simConfig(server, { listings: { enabled: true } })));
 */
export function simConfig(
  server: SimulatorServer,
  extra: Record<string, unknown> = {},
  options: SimConfigOptions = {},
): Record<string, unknown> {
  const sellers: readonly SimConfigSeller[] = options.sellers ?? [server.amazon];
  const env = (name: string, value: string) => {
    vi.stubEnv(name, value);
    return name;
  };
  vi.stubEnv("SIM_D365_TENANT", server.d365.tenantId);
  vi.stubEnv("SIM_D365_CLIENT_ID", server.d365.clientId);
  vi.stubEnv("SIM_D365_CLIENT_SECRET", server.d365.clientSecret);
  return {
    storage: { sqlite: { path: "connector.db" } },
    amazon: {
      sellers: sellers.map((s, i) => {
        const suffix = i === 0 ? "" : `_${i + 1}`;
        return {
          sellerId: s.sellerId,
          region: "na",
          ...(s.marketplaceIds ? { marketplaceIds: s.marketplaceIds } : {}),
          credentials: {
            clientIdEnv: env(`SIM_LWA_CLIENT_ID${suffix}`, s.clientId),
            clientSecretEnv: env(`SIM_LWA_CLIENT_SECRET${suffix}`, s.clientSecret),
            refreshTokenEnv: env(`SIM_LWA_REFRESH_TOKEN${suffix}`, s.refreshToken),
          },
          endpoints: { spApi: server.amazon.baseUrls.na, lwa: server.amazon.lwaEndpoint },
        };
      }),
    },
    d365: {
      environmentUrl: server.d365.environmentUrl,
      authority: server.d365.authority,
      credentials: {
        tenantIdEnv: "SIM_D365_TENANT",
        clientIdEnv: "SIM_D365_CLIENT_ID",
        clientSecretEnv: "SIM_D365_CLIENT_SECRET",
      },
    },
    mapping: "mapping.json",
    ...extra,
  };
}

/** Undoes a test's set-up: the variables {@link simConfig} stubbed, the server, the test's folder. */
export async function closeSimConfig(
  server: SimulatorServer | undefined,
  dir: string | undefined,
): Promise<void> {
  vi.unstubAllEnvs();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** A CLI `io` that keeps what the command printed, for the test to read. */
export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}
