/**
 * ml-connector embedded in a plain Node service: the connector on SQLite, the settlement job on an
 * interval, and a graceful stop on SIGTERM through an AbortController (the step in hand finishes,
 * nothing half-posts, the next start goes on from there).
 *
 * `runSettlementService(options)` is the service; `main()` wires it to the environment and to
 * SIGTERM. The test (`embed-service.test.ts`) runs the same function for one cycle against the
 * shipped in-process simulators.
 *
 *   ML_CONNECTOR_MASTER_KEY=… SELLER_ID=A1SELLER D365_URL=https://contoso.operations.dynamics.com \
 *     npx tsx examples/embed-service.ts
 */
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import {
  type Clock,
  consoleLogger,
  createConnector,
  type Logger,
  type SettlementRunReport,
} from "ml-connector";
import { createCredentialVault, envKeyProvider, type KeyProvider } from "ml-connector/core";
import { sqliteStorage } from "ml-connector/storage/sqlite";
import type { ConnectorOptions } from "ml-connector/sync";

/** Options of {@link runSettlementService}. */
export interface SettlementServiceOptions {
  /** The SQLite file: records, audit trail, archive and the encrypted vault. */
  readonly dbPath: string;
  readonly amazon: ConnectorOptions["amazon"];
  readonly d365: ConnectorOptions["d365"];
  readonly mapping: ConnectorOptions["mapping"];
  /** Stops the service: the run in hand stops between steps, then the storage closes. */
  readonly signal: AbortSignal;
  /** Time between the end of one run and the start of the next. @default 15 minutes */
  readonly intervalMs?: number;
  /** The vault's master key. @default envKeyProvider() (ML_CONNECTOR_MASTER_KEY) */
  readonly keys?: KeyProvider;
  /** @default the system clock */
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Called after every run, e.g. to export metrics. */
  readonly onRun?: (report: SettlementRunReport) => void;
}

/** Runs the settlement job every `intervalMs` until `signal` aborts; resolves the number of runs. */
export async function runSettlementService(options: SettlementServiceOptions): Promise<number> {
  const storage = sqliteStorage({ path: options.dbPath });
  await storage.migrate();
  const vault = createCredentialVault({ storage, keys: options.keys ?? envKeyProvider() });
  const connector = createConnector({
    storage,
    vault,
    amazon: options.amazon,
    d365: options.d365,
    mapping: options.mapping,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  connector.on("parked", (e) =>
    options.logger?.warn("settlement parked", { record: e.record, reason: e.reason }),
  );
  let runs = 0;
  try {
    while (!options.signal.aborted) {
      const report = await connector.run("settlements", { signal: options.signal });
      runs += 1;
      options.onRun?.(report);
      // The wait ends early on abort; an abort is the normal way out, not an error.
      await sleep(options.intervalMs ?? 15 * 60_000, undefined, { signal: options.signal }).catch(() => {});
    }
    return runs;
  } finally {
    await storage.close();
  }
}

/** The service as a process: configuration from the environment, SIGTERM and SIGINT stop it. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const stop = new AbortController();
  process.once("SIGTERM", () => stop.abort());
  process.once("SIGINT", () => stop.abort());
  const sellerId = env.SELLER_ID ?? "A1SELLER";
  const runs = await runSettlementService({
    dbPath: env.ML_CONNECTOR_DB ?? "ml-connector.sqlite",
    amazon: { sellers: [{ sellerId, region: "na", credentials: { vault: `amazon:${sellerId}` } }] },
    d365: {
      environmentUrl: env.D365_URL ?? "https://contoso.operations.dynamics.com",
      credentials: { vault: "d365:contoso" },
    },
    mapping: env.ML_CONNECTOR_MAPPING ?? "mapping.yaml",
    signal: stop.signal,
    logger: consoleLogger(),
    onRun: (r) => console.log(`run: ${r.counts.total} settlement(s), ${r.counts.parked} parked`),
  });
  console.log(`stopped after ${runs} run(s)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
