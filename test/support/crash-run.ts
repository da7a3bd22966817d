/**
 * The crash-point world, shared by the crash-point tests (test/sync/crash-points.test.ts) and the
 * kill schedules (test/chaos/schedules-kill.chaos.ts): a simulator server with two settlements
 * closed, the connector in a child process (test/support/crash-child.ts) on a SQLite store of its
 * own, SIGKILLed at a named point, and rerun on the same store.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { type SimulatorServer, startSimulatorServer } from "../../src/testing/server.js";
import { type ChildRun, runToExit } from "./child-workers.js";

const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";

/** What the child prints when it runs to the end (its run report, as much as the tests read). */
export interface CrashReport {
  readonly settlements: readonly { state: string; reason: string | null; journals: readonly unknown[] }[];
  /** The provisional run's report, when the child ran it (`provisional: true`). */
  readonly provisional?: { readonly groups: readonly { state: string; reason: string | null }[] };
}

/**
 * A simulator server starting at `start` (the same for every server of a test file, so every run
 * sees the same settlement dates) with `orders` orders in the US and CA marketplaces and one
 * settlement published in each (unless `publish: false`: then {@link publishCrashSettlements} does).
 */
export async function crashServer(
  start: number,
  orders: number,
  options: { readonly publish?: boolean } = {},
): Promise<SimulatorServer> {
  const server = await startSimulatorServer({
    seed: 11,
    start,
    amazon: { data: { orders, marketplaces: [US, CA] } },
  });
  if (options.publish ?? true) publishCrashSettlements(server);
  return server;
}

/** Amazon closes the US and CA periods: one settlement published in each. */
export function publishCrashSettlements(server: SimulatorServer): void {
  server.amazonSim.state.publishSettlement({ marketplaceId: US });
  server.amazonSim.state.publishSettlement({ marketplaceId: CA });
}

/**
 * Runs the connector process (`args`: node's arguments that start `CRASH_CHILD`) on the store
 * at `db` against `server`, SIGKILLed at `at` (see crash-child.ts; "" runs to the end);
 * `provisional: true` also runs the provisional flow (posting on) after the settlements.
 */
export function runCrashChild(
  args: readonly string[],
  server: SimulatorServer,
  db: string,
  at: string,
  options: { readonly provisional?: boolean } = {},
): Promise<ChildRun> {
  return runToExit(args, {
    ...(options.provisional ? { CRASH_PROVISIONAL: "1" } : {}),
    CRASH_SIM: JSON.stringify({ amazon: server.amazon, d365: server.d365 }),
    CRASH_DB: db,
    CRASH_AT: at,
    CRASH_MAPPING: JSON.stringify(simulatorMapping),
    // Small journals, so a settlement posts in several parts and a crash can fall between them.
    CRASH_MAX_LINES: "8",
  });
}

/** Fresh SQLite store paths, each in a temporary directory of its own, removed by `removeAll`. */
export function tempStores(prefix: string): { next(): string; removeAll(): void } {
  const dirs: string[] = [];
  return {
    next() {
      const dir = mkdtempSync(path.join(tmpdir(), prefix));
      dirs.push(dir);
      return path.join(dir, "store.sqlite");
    },
    removeAll() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}
