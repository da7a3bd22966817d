/** A connector on both simulators (in-process msw), a vault and a storage adapter. */
import { randomBytes } from "node:crypto";
import { setupServer } from "msw/node";
import { createSimulatedClock, type SimulatedClock } from "../../src/core/clock.js";
import { staticKeyProvider } from "../../src/core/key-provider.js";
import type { StorageAdapter } from "../../src/core/storage.js";
import { type CredentialVault, createCredentialVault } from "../../src/core/vault.js";
import type { MappingInput } from "../../src/mapping/schema.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { type Connector, createConnector } from "../../src/sync/connector.js";
import type { ConnectorOptions } from "../../src/sync/options.js";
import type { SimSeller } from "../../src/testing/amazon/core.js";
import { type AmazonSimulator, createAmazonSimulator } from "../../src/testing/amazon/simulator.js";
import { createD365Simulator, type D365Simulator } from "../../src/testing/d365/simulator.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";

export const server = setupServer();

export const US = "ATVPDKIKX0DER";
export const CA = "A2EUQ1WTGCTBG2";

export interface SyncHarness {
  readonly clock: SimulatedClock;
  readonly amazon: AmazonSimulator;
  readonly d365: D365Simulator;
  readonly storage: StorageAdapter;
  readonly vault: CredentialVault;
  readonly options: ConnectorOptions;
  readonly connector: Connector;
}

/** Fresh simulators installed on `server`, credentials in a vault, and a connector over them. */
export async function arrangeSync(
  options: {
    readonly storage?: StorageAdapter;
    readonly mapping?: MappingInput;
    readonly orders?: number;
    readonly start?: number;
    /** A clock to share with a storage adapter built outside (leases run on it). */
    readonly clock?: SimulatedClock;
    readonly overrides?: Partial<ConnectorOptions>;
    /** Amazon sellers of the simulator, each also a seller of the connector. @default one */
    readonly sellers?: readonly SimSeller[];
  } = {},
): Promise<SyncHarness> {
  const clock = options.clock ?? createSimulatedClock({ start: options.start ?? Date.UTC(2026, 9, 1) });
  const amazon = createAmazonSimulator({
    clock,
    seed: 7,
    data: { orders: options.orders ?? 120, marketplaces: [US, CA] },
    ...(options.sellers ? { sellers: options.sellers } : {}),
  });
  const d365 = createD365Simulator({ clock });
  server.resetHandlers(...amazon.handlers, ...d365.handlers);
  const storage = options.storage ?? memoryStorage({ clock });
  await storage.migrate();
  const vault = createCredentialVault({
    storage,
    keys: staticKeyProvider({ keys: { 1: randomBytes(32) }, current: 1 }),
  });
  const sellers = options.sellers ?? [amazon.state.seller];
  for (const seller of sellers) {
    await vault.putCredentials(`amazon:${seller.sellerId}`, {
      clientId: seller.clientId,
      clientSecret: seller.clientSecret,
      refreshToken: seller.refreshToken,
    });
  }
  await vault.putCredentials("d365:sim", {
    tenantId: d365.state.tenantId,
    clientId: d365.state.clientId,
    clientSecret: d365.state.clientSecret,
  });
  const connectorOptions: ConnectorOptions = {
    storage,
    vault,
    clock,
    amazon: {
      sellers: sellers.map((seller) => ({
        sellerId: seller.sellerId,
        region: "na" as const,
        credentials: { vault: `amazon:${seller.sellerId}` },
      })),
    },
    d365: { environmentUrl: d365.state.environmentUrl, credentials: { vault: "d365:sim" } },
    mapping: options.mapping ?? simulatorMapping,
    ...options.overrides,
  };
  return {
    clock,
    amazon,
    d365,
    storage,
    vault,
    options: connectorOptions,
    connector: createConnector(connectorOptions),
  };
}

/** Publishes `n` settlements per marketplace, two weeks apart. */
export async function publish(
  h: SyncHarness,
  marketplaces: readonly string[] = [US, CA],
  n = 1,
): Promise<void> {
  for (let i = 0; i < n; i++) {
    for (const m of marketplaces) h.amazon.state.publishSettlement({ marketplaceId: m });
    await h.clock.advance(14 * 86_400_000);
  }
}

/** Debit − credit per journal and currency, as D365 holds them: every value must be "0". */
export function journalBalances(sim: D365Simulator): Record<string, string> {
  const out: Record<string, bigint> = {};
  for (const row of sim.state.rows("LedgerJournalLines")) {
    const key = `${String(row.dataAreaId)}/${String(row.JournalBatchNumber)}/${String(row.CurrencyCode)}`;
    const cents = (v: unknown) => {
      const [w = "0", f = ""] = String(v ?? "0").split(".");
      return BigInt(w) * 10_000n + (w.startsWith("-") ? -1n : 1n) * BigInt(`${f}0000`.slice(0, 4));
    };
    // Each line with an offset account balances itself; without one, the journal must net to zero.
    const net = row.OffsetAccountDisplayValue ? 0n : cents(row.DebitAmount) - cents(row.CreditAmount);
    out[key] = (out[key] ?? 0n) + net;
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.toString()]));
}

/** Rewrites a settlement flat file: a new settlement id, and optionally one row's types changed. */
export function alterSettlement(
  text: string,
  change: {
    readonly settlementId?: string;
    readonly retype?: readonly [string, string, string];
    readonly bumpFirstAmount?: boolean;
  },
): string {
  const lines = text.split("\n");
  const header = (lines[0] ?? "").split("\t");
  const col = (name: string) => header.indexOf(name);
  let retyped = false;
  let bumped = false;
  return lines
    .map((line, i) => {
      if (i === 0 || line.trim() === "") return line;
      const cells = line.split("\t");
      if (change.settlementId) cells[col("settlement-id")] = change.settlementId;
      const isDetail = (cells[col("amount")] ?? "") !== "";
      if (isDetail && change.retype && !retyped) {
        [cells[col("transaction-type")], cells[col("amount-type")], cells[col("amount-description")]] =
          change.retype;
        retyped = true;
      }
      if (isDetail && change.bumpFirstAmount && !bumped) {
        // Same total, different content: move a cent between the first two detail amounts.
        cells[col("posted-date")] = "2026-01-01";
        bumped = true;
      }
      return cells.join("\t");
    })
    .join("\n");
}
