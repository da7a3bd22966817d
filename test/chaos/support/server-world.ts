/**
 * A connector in this process on the simulator server (real HTTP), for the schedules whose workers
 * run in child processes: the fault-free reference and the quiet pass after the faults.
 */
import type { StorageAdapter } from "../../../src/core/storage.js";
import { type Connector, createConnector } from "../../../src/sync/connector.js";
import type { ConnectorOptions } from "../../../src/sync/options.js";
import { simulatorMapping } from "../../../src/testing/data/sim-mapping.js";
import type { SimulatorServer } from "../../../src/testing/server.js";
import { type SimSellerCredentials, simConnections, simVault } from "../../support/sim-connector.js";

/**
 * A connector over `storage` (migrated here) for every seller of `server`, as the child workers
 * (test/support/boss-worker.ts with BOSS_CHAOS, test/support/crash-child.ts) build it: the same
 * vault key, mapping, lease and journal size.
 */
export async function serverConnector(
  server: SimulatorServer,
  sellers: readonly SimSellerCredentials[],
  storage: StorageAdapter,
  overrides: Partial<ConnectorOptions> = {},
): Promise<Connector> {
  await storage.migrate();
  const vault = await simVault(storage, server, sellers);
  return createConnector({
    storage,
    vault,
    leaseMs: 2_000,
    // A lease must outlast one remote call: with 2-second leases, each attempt is given 1.5 seconds.
    timeouts: { amazonMs: 1_500, d365Ms: 1_500 },
    ...simConnections(server, sellers),
    mapping: simulatorMapping,
    posting: { maxLinesPerJournal: 8 },
    ...overrides,
  });
}
