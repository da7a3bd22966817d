/**
 * The credentials and connection options of a connector on the simulator server (real HTTP), shared
 * by the child-process workers (test/support/boss-worker.ts, test/support/crash-child.ts) and the
 * in-process connectors of the chaos schedules (test/chaos/support/server-world.ts). One vault key
 * for all of them, so a store one process wrote opens in every other.
 */
import { staticKeyProvider } from "../../src/core/key-provider.js";
import type { StorageAdapter } from "../../src/core/storage.js";
import { type CredentialVault, createCredentialVault } from "../../src/core/vault.js";
import type { ConnectorOptions } from "../../src/sync/options.js";
import type { SimSeller } from "../../src/testing/amazon/core.js";
import type { SimulatorAmazonEndpoints, SimulatorD365Endpoints } from "../../src/testing/server.js";

/** What a worker needs of a running simulator server; a child process gets it as JSON. */
export interface SimConnection {
  readonly amazon: Pick<SimulatorAmazonEndpoints, "baseUrl" | "lwaEndpoint">;
  readonly d365: Pick<
    SimulatorD365Endpoints,
    "environmentUrl" | "authority" | "tenantId" | "clientId" | "clientSecret"
  >;
}

/** A simulated seller's LWA app credentials (simulator values, not secrets). */
export type SimSellerCredentials = Pick<SimSeller, "sellerId" | "clientId" | "clientSecret" | "refreshToken">;

/** The vault key of every connector on the simulator server, in this process or a child. */
export const WORKER_VAULT_KEY = Buffer.alloc(32, 7);

/** Vault entry of the simulated D365 app registration. */
const D365_VAULT = "d365:sim";
const amazonVault = (sellerId: string) => `amazon:${sellerId}`;

/**
 * A vault over `storage` (already migrated) holding each seller's Amazon credentials and the D365
 * app's, under the names {@link simConnections} refers to.
 */
export async function simVault(
  storage: StorageAdapter,
  sim: SimConnection,
  sellers: readonly SimSellerCredentials[],
): Promise<CredentialVault> {
  const vault = createCredentialVault({
    storage,
    keys: staticKeyProvider({ keys: { 1: WORKER_VAULT_KEY }, current: 1 }),
  });
  for (const s of sellers) {
    await vault.putCredentials(amazonVault(s.sellerId), {
      clientId: s.clientId,
      clientSecret: s.clientSecret,
      refreshToken: s.refreshToken,
    });
  }
  await vault.putCredentials(D365_VAULT, {
    tenantId: sim.d365.tenantId,
    clientId: sim.d365.clientId,
    clientSecret: sim.d365.clientSecret,
  });
  return vault;
}

/** The `amazon` and `d365` connector options for `sellers` on the simulator, credentials from {@link simVault}. */
export function simConnections(
  sim: SimConnection,
  sellers: readonly Pick<SimSeller, "sellerId">[],
): Pick<ConnectorOptions, "amazon" | "d365"> {
  return {
    amazon: {
      sellers: sellers.map((s) => ({
        sellerId: s.sellerId,
        region: "na" as const,
        credentials: { vault: amazonVault(s.sellerId) },
        endpoints: { spApi: sim.amazon.baseUrl, lwa: sim.amazon.lwaEndpoint },
      })),
    },
    d365: {
      environmentUrl: sim.d365.environmentUrl,
      authority: sim.d365.authority,
      credentials: { vault: D365_VAULT },
    },
  };
}
