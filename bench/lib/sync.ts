/**
 * What the engine benchmarks (d365-writes, end-to-end) share: a connector over both in-process
 * simulators (msw), the same arrangement as test/sync/harness.ts, with D365's service-protection
 * limit switched on, and a generated settlement of an exact number of lines published by the
 * Amazon simulator.
 */
import { randomBytes } from "node:crypto";
import { setupServer } from "msw/node";
import { createSimulatedClock, type SimulatedClock } from "../../src/core/clock.js";
import { staticKeyProvider } from "../../src/core/key-provider.js";
import { createCredentialVault } from "../../src/core/vault.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { type Connector, createConnector } from "../../src/sync/connector.js";
import type { ConnectorOptions } from "../../src/sync/options.js";
import { type AmazonSimulator, createAmazonSimulator } from "../../src/testing/amazon/simulator.js";
import { createD365Simulator, type D365Simulator } from "../../src/testing/d365/simulator.js";
import { generateSettlement } from "../../src/testing/data/amazon-data.js";
import { writeSettlement } from "../../src/testing/data/settlement-writer.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";

export const US = "ATVPDKIKX0DER";

/** D365's user-based service protection: 6,000 requests per user per 5-minute sliding window. */
export const D365_LIMIT = { requests: 6000, windowMs: 300_000 } as const;

/** A generated US settlement of exactly `lines` detail lines, as the flat file Amazon serves. */
export function settlementText(lines: number, seed = 42): string {
  const s = generateSettlement({ seed, format: "US", lines, start: new Date(Date.UTC(2026, 0, 2)) });
  return [...writeSettlement(s.summary, s.lines(), { format: "US" })].join("");
}

export interface Arranged {
  readonly clock: SimulatedClock;
  readonly amazon: AmazonSimulator;
  readonly d365: D365Simulator;
  readonly options: ConnectorOptions;
  readonly connector: Connector;
  /** Stops intercepting requests. */
  close(): void;
}

/**
 * Both simulators on a simulated clock that advances whenever everyone sleeps (so a Retry-After
 * costs simulated time, not wall time), D365 with its service-protection limit, memory storage,
 * the credentials in a vault, and a connector over them. Nothing is published yet.
 */
export async function arrange(overrides: Partial<ConnectorOptions> = {}): Promise<Arranged> {
  const clock = createSimulatedClock({ start: Date.UTC(2026, 0, 20) });
  const amazon = createAmazonSimulator({ clock, seed: 7, data: { orders: 10, marketplaces: [US] } });
  const d365 = createD365Simulator({ clock, throttle: { limit: D365_LIMIT } });
  const server = setupServer(...amazon.handlers, ...d365.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const storage = memoryStorage({ clock });
  await storage.migrate();
  const vault = createCredentialVault({
    storage,
    keys: staticKeyProvider({ keys: { 1: randomBytes(32) }, current: 1 }),
  });
  const seller = amazon.state.seller;
  await vault.putCredentials(`amazon:${seller.sellerId}`, {
    clientId: seller.clientId,
    clientSecret: seller.clientSecret,
    refreshToken: seller.refreshToken,
  });
  await vault.putCredentials("d365:sim", {
    tenantId: d365.state.tenantId,
    clientId: d365.state.clientId,
    clientSecret: d365.state.clientSecret,
  });
  const options: ConnectorOptions = {
    storage,
    vault,
    clock,
    amazon: {
      sellers: [
        { sellerId: seller.sellerId, region: "na", credentials: { vault: `amazon:${seller.sellerId}` } },
      ],
    },
    d365: { environmentUrl: d365.state.environmentUrl, credentials: { vault: "d365:sim" } },
    mapping: simulatorMapping,
    ...overrides,
  };
  return { clock, amazon, d365, options, connector: createConnector(options), close: () => server.close() };
}

/** CPU time of this process so far, in milliseconds (user + system). */
export function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

export { peakRss as peakRssMiB } from "./harness.js";
