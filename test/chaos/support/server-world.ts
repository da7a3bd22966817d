/**
 * A connector in this process on the simulator server (real HTTP), for the schedules whose workers
 * run in child processes: the fault-free reference and the quiet pass after the faults.
 */
import { staticKeyProvider } from "../../../src/core/key-provider.js";
import type { StorageAdapter } from "../../../src/core/storage.js";
import { createCredentialVault } from "../../../src/core/vault.js";
import { type Connector, createConnector } from "../../../src/sync/connector.js";
import type { ConnectorOptions } from "../../../src/sync/options.js";
import type { SimSeller } from "../../../src/testing/amazon/core.js";
import { simulatorMapping } from "../../../src/testing/data/sim-mapping.js";
import type { SimulatorServer } from "../../../src/testing/server.js";

/** The vault key the child workers use (support/boss-worker.ts, test/sync/crash-child.ts): the same store opens in both. */
export const WORKER_VAULT_KEY = Buffer.alloc(32, 7);

/**
 * A connector over `storage` (migrated here) for every seller of `server`, as the child workers
 * build it: the same vault key, mapping, lease and journal size.
 */
export async function serverConnector(
  server: SimulatorServer,
  sellers: readonly Pick<SimSeller, "sellerId" | "clientId" | "clientSecret" | "refreshToken">[],
  storage: StorageAdapter,
  overrides: Partial<ConnectorOptions> = {},
): Promise<Connector> {
  await storage.migrate();
  const vault = createCredentialVault({
    storage,
    keys: staticKeyProvider({ keys: { 1: WORKER_VAULT_KEY }, current: 1 }),
  });
  for (const s of sellers) {
    await vault.putCredentials(`amazon:${s.sellerId}`, {
      clientId: s.clientId,
      clientSecret: s.clientSecret,
      refreshToken: s.refreshToken,
    });
  }
  await vault.putCredentials("d365:sim", {
    tenantId: server.d365.tenantId,
    clientId: server.d365.clientId,
    clientSecret: server.d365.clientSecret,
  });
  return createConnector({
    storage,
    vault,
    leaseMs: 2_000,
    // A lease must outlast one remote call: with 2-second leases, each attempt is given 1.5 seconds.
    timeouts: { amazonMs: 1_500, d365Ms: 1_500 },
    amazon: {
      sellers: sellers.map((s) => ({
        sellerId: s.sellerId,
        region: "na" as const,
        credentials: { vault: `amazon:${s.sellerId}` },
        endpoints: { spApi: server.amazon.baseUrl, lwa: server.amazon.lwaEndpoint },
      })),
    },
    d365: {
      environmentUrl: server.d365.environmentUrl,
      authority: server.d365.authority,
      credentials: { vault: "d365:sim" },
    },
    mapping: simulatorMapping,
    posting: { maxLinesPerJournal: 8 },
    ...overrides,
  });
}
