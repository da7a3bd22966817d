/**
 * `ml-connector demo`: the settlement job end to end through `createConnector`, on the built-in
 * simulators and SQLite. No accounts, no network: Amazon and D365 are msw simulators in this
 * process, on a simulated clock. The demo arranges the simulators and prints; the engine does the job.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createSimulatedClock } from "../core/clock.js";
import { isConnectorError } from "../core/errors.js";
import { envKeyProvider, staticKeyProvider } from "../core/key-provider.js";
import { createCredentialVault } from "../core/vault.js";
import type { SettlementReportEntry } from "../sync/connector.js";
import { createConnector } from "../sync/connector.js";
import type { CliIo } from "./run.js";

const DEMO_MARKETPLACES = ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"] as const;
const USAGE = "usage: ml-connector demo [--json] [--db FILE] [--settlements DIR] [--out DIR]";

/** One settlement as the demo reports it. */
export interface DemoSettlement {
  readonly settlementId: string | null;
  readonly marketplaceId: string | null;
  readonly legalEntity: string | null;
  readonly currency: string | null;
  readonly state: string;
  readonly reconciled: boolean;
  readonly difference: string | null;
  readonly lines: number | null;
  readonly journals: SettlementReportEntry["journals"];
  readonly reconciliation: SettlementReportEntry["reconciliation"];
  readonly reason: string | null;
}

/** A settlement file given with `--settlements`, and what became of it. */
export interface DemoFile {
  readonly name: string;
  readonly settlementId: string | null;
  readonly marketplaceId: string | null;
  /** Why the file could not be loaded; the other files still run. */
  readonly error: string | null;
}

/** What `ml-connector demo --json` prints. */
export interface DemoReport {
  readonly database: string;
  /** The files of `--settlements DIR`, when given. */
  readonly files?: readonly DemoFile[];
  readonly simulatedHours: number;
  readonly wallSeconds: number;
  readonly settlements: readonly DemoSettlement[];
  readonly secondPass: { readonly created: number; readonly records: number };
  readonly d365: { readonly journalHeaders: number; readonly journalLines: number };
  readonly amazonCalls: { readonly total: number; readonly throttled: number };
}

/** Loads an optional peer, or explains how to install it. */
async function optionalPeer<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    throw new Error(`the demo needs the optional dependency "${name}": npm install ${name}`, { cause });
  }
}

/** Runs the demo. Returns the exit code. */
export async function demo(argv: string[], io: CliIo): Promise<number> {
  let values: { json?: boolean; db?: string; settlements?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: "boolean" },
        db: { type: "string" },
        settlements: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    io.stderr(`ml-connector demo: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(
      `${USAGE}\n\nRuns the settlement job through createConnector on the built-in simulators and SQLite.\n`,
    );
    return 0;
  }
  if (values.settlements !== undefined && !existsSync(values.settlements)) {
    io.stderr(`ml-connector demo: --settlements ${values.settlements} does not exist\n${USAGE}\n`);
    return 2;
  }
  if (values.out !== undefined && !(existsSync(values.out) && statSync(values.out).isDirectory())) {
    io.stderr(`ml-connector demo: --out ${values.out} is not a folder; create it first\n${USAGE}\n`);
    return 2;
  }
  if (values.db === "") {
    io.stderr(`ml-connector demo: --db needs a file path\n${USAGE}\n`);
    return 2;
  }
  // The simulators start empty on every run; a store from an earlier run would disagree with them.
  if (values.db !== undefined && existsSync(values.db)) {
    io.stderr(
      `ml-connector demo: ${values.db} already exists; the demo starts from an empty store: choose a new file or remove it\n`,
    );
    return 2;
  }
  const say = values.json ? () => {} : (line: string) => io.stdout(`${line}\n`);
  const started = performance.now();
  try {
    const report = await runDemo(values.db, values.settlements, say, values.out);
    const out = { ...report, wallSeconds: Math.round((performance.now() - started) / 100) / 10 };
    if (values.json) io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    else printSummary(out, say);
    const ok =
      out.settlements.every((s) => s.reconciled) &&
      out.secondPass.created === 0 &&
      (out.files ?? []).every((f) => f.error === null);
    return ok ? 0 : 1;
  } catch (e) {
    io.stderr(`ml-connector demo failed: ${e instanceof Error ? e.message : String(e)}\n`);
    if (isConnectorError(e) && e.hint === undefined)
      io.stderr("  (see the error's `where` for the call or record)\n");
    return 1;
  }
}

async function runDemo(
  dbPath: string | undefined,
  settlementsDir: string | undefined,
  say: (line: string) => void,
  outDir?: string,
): Promise<DemoReport> {
  const { setupServer } = await optionalPeer("msw", () => import("msw/node"));
  const { sqliteStorage } = await optionalPeer(
    "better-sqlite3",
    () => import("../storage/sqlite/sqlite-storage.js"),
  );
  const { createAmazonSimulator } = await import("../testing/amazon/simulator.js");
  const { createD365Simulator } = await import("../testing/d365/simulator.js");
  const { simulatorMapping } = await import("../testing/data/sim-mapping.js");

  const clock = createSimulatedClock({ start: Date.UTC(2026, 9, 1) });
  const amazonSim = createAmazonSimulator({
    clock,
    seed: 2026,
    // With the user's own files, the simulator generates no settlements of its own.
    data: settlementsDir
      ? { orders: 0, marketplaces: [] }
      : { orders: 400, marketplaces: [...DEMO_MARKETPLACES] },
  });
  const d365Sim = createD365Simulator({ clock });
  const server = setupServer(...amazonSim.handlers, ...d365Sim.handlers);
  server.listen({ onUnhandledRequest: "error" });

  // Without --db the store lives in a temporary folder that is removed at the end.
  const tempDir = dbPath === undefined ? mkdtempSync(path.join(tmpdir(), "ml-connector-demo-")) : undefined;
  const database = dbPath ?? path.join(tempDir as string, "demo.sqlite");
  const storage = sqliteStorage({ path: database, clock });
  try {
    await storage.migrate();
    say(`• storage: SQLite at ${dbPath ?? "(temporary; --db FILE keeps it)"}`);

    // Credentials go into the vault, encrypted; the demo key lives only in this process unless
    // ML_CONNECTOR_MASTER_KEY is set.
    const keys = process.env.ML_CONNECTOR_MASTER_KEY
      ? envKeyProvider()
      : staticKeyProvider({ keys: { 1: randomBytes(32) }, current: 1 });
    const vault = createCredentialVault({ storage, keys });
    const seller = amazonSim.state.seller;
    await vault.putCredentials(`amazon:${seller.sellerId}`, {
      clientId: seller.clientId,
      clientSecret: seller.clientSecret,
      refreshToken: seller.refreshToken,
    });
    await vault.putCredentials("d365:sim", {
      tenantId: d365Sim.state.tenantId,
      clientId: d365Sim.state.clientId,
      clientSecret: d365Sim.state.clientSecret,
    });
    say("• credentials stored in the vault (AES-256-GCM)");

    const files: DemoFile[] = [];
    if (settlementsDir) {
      for (const file of settlementFiles(settlementsDir)) {
        const name = path.basename(file);
        try {
          const loaded = await amazonSim.state.loadSettlementFile(readFileSync(file), { name });
          files.push({
            name,
            settlementId: loaded.settlementId,
            marketplaceId: loaded.marketplaceId,
            error: null,
          });
          say(
            `• loaded ${name}: settlement ${loaded.settlementId} (${loaded.marketplaceId}, ${loaded.summary.currency})`,
          );
        } catch (e) {
          files.push({
            name,
            settlementId: null,
            marketplaceId: null,
            error: e instanceof Error ? e.message : String(e),
          });
          say(`  ! ${name} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    } else {
      // Amazon publishes settlements on its own schedule; two closed periods per marketplace.
      for (const marketplaceId of DEMO_MARKETPLACES) {
        amazonSim.state.publishSettlement({ marketplaceId });
        await clock.advance(14 * 86_400_000);
        amazonSim.state.publishSettlement({ marketplaceId });
      }
    }

    const connector = createConnector({
      storage,
      vault,
      clock,
      amazon: {
        // One authorization per region: a seller in North America, Europe and Japan has three.
        sellers: (settlementsDir ? (["na", "eu", "fe"] as const) : (["na"] as const)).map((region) => ({
          sellerId: seller.sellerId,
          region,
          credentials: { vault: `amazon:${seller.sellerId}` },
        })),
      },
      d365: { environmentUrl: d365Sim.state.environmentUrl, credentials: { vault: "d365:sim" } },
      mapping: simulatorMapping,
    });
    connector.on("parked", (e) => say(`  ! ${e.record} parked: ${e.reason}`));

    const first = await connector.run("settlements");
    const settlements = first.settlements.map(toDemoSettlement);
    for (const s of settlements) say(describe(s));
    if (outDir !== undefined) {
      const { loadReconciliationEntries, renderReconciliationReport } = await import(
        "../sync/report-html.js"
      );
      const page = path.join(outDir, "report.html");
      const entries = await loadReconciliationEntries(storage, first.settlements);
      writeFileSync(page, renderReconciliationReport(entries, { source: "the demo's simulators" }));
      say(`• reconciliation page: ${page}`);
    }

    say("• second run (must find nothing new to post):");
    const second = await connector.run("settlements");
    const created = second.settlements
      .flatMap((s) => s.journals)
      .filter((j) => j.outcome === "created").length;
    say(`  ${second.settlements.length} record(s) to work on, ${created} journal(s) created`);

    const calls = amazonSim.state.calls;
    return {
      database: dbPath ?? "(temporary)",
      ...(settlementsDir ? { files } : {}),
      simulatedHours: Math.round(clock.elapsed() / 360_000) / 10,
      wallSeconds: 0,
      settlements,
      secondPass: { created, records: second.settlements.length },
      d365: {
        journalHeaders: d365Sim.state.rows("LedgerJournalHeaders").length,
        journalLines: d365Sim.state.rows("LedgerJournalLines").length,
      },
      amazonCalls: { total: calls.length, throttled: calls.filter((c) => c.status === 429).length },
    };
  } finally {
    await storage.close();
    server.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/** The settlement files of a folder (or the one file given): `.txt`, `.tsv`, `.csv`, `.gz`, sorted. */
function settlementFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .filter((n) => /\.(txt|tsv|csv|gz)$/i.test(n))
    .sort()
    .map((n) => path.join(target, n));
}

function toDemoSettlement(s: SettlementReportEntry): DemoSettlement {
  return {
    settlementId: s.settlementId,
    marketplaceId: s.marketplaceId,
    legalEntity: s.legalEntity,
    currency: s.currency,
    state: s.state,
    reconciled: s.state === "reconciled" || s.state === "duplicate",
    difference: s.reconciliation?.difference ?? null,
    lines: s.lines,
    journals: s.journals,
    reconciliation: s.reconciliation,
    reason: s.reason,
  };
}

function describe(s: DemoSettlement): string {
  const r = s.reconciliation;
  const figures = r
    ? `deposit ${r.deposit} = clearing ${r.clearingLine} = lines ${r.postedLines}${r.finances !== null ? ` = Finances ${r.finances}` : ""}`
    : "";
  const journals = s.journals
    .map((j) => `${j.journalBatchNumber} (${j.lines} lines, ${j.outcome})`)
    .join(", ");
  return s.state === "reconciled"
    ? `• settlement ${s.settlementId} (${s.marketplaceId}, ${s.currency}): ${s.lines} lines → journal ${journals} in ${s.legalEntity}; ${figures} ✓`
    : `• settlement ${s.settlementId ?? "?"}: ${s.state}${s.reason ? ` — ${s.reason}` : ""}`;
}

function printSummary(report: DemoReport, say: (line: string) => void): void {
  say("");
  say(
    `Posted ${report.settlements.length} settlement(s) into D365 as ${report.d365.journalHeaders} journal(s), ${report.d365.journalLines} line(s).`,
  );
  say(
    `Every settlement reconciled (deposit = clearing line = posted lines = Finances): ${report.settlements.every((s) => s.reconciled) ? "yes" : "NO"}.`,
  );
  say(`Re-run posted nothing new: ${report.secondPass.created === 0 ? "yes" : "NO"}.`);
  say(`Amazon calls: ${report.amazonCalls.total}, throttled (429): ${report.amazonCalls.throttled}.`);
  say(`Simulated time: ${report.simulatedHours} h; wall time: ${report.wallSeconds} s.`);
}
