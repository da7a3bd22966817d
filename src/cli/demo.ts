/**
 * `ml-connector demo`: the whole settlement job, end to end, on the built-in simulators and SQLite.
 * No accounts, no network: Amazon and D365 are msw simulators in this process, on a simulated clock.
 *
 * Credentials go into the encrypted vault, tokens come from LWA and Entra, settlement reports are
 * discovered, downloaded, archived, parsed and reconciled, mapped to main accounts and dimensions,
 * checked against D365 master data, and posted as general journals, exactly once: the second pass
 * finds everything already posted.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lwaTokenProvider } from "../amazon/auth/lwa.js";
import { createSpApiClient, type SpApiClient } from "../amazon/client.js";
import { type NewSettlement, syncSettlements } from "../amazon/reports/settlements.js";
import { parseSettlement } from "../amazon/settlement/parse-settlement.js";
import type { SettlementRow, SettlementSummary } from "../amazon/settlement/types.js";
import { createSimulatedClock } from "../core/clock.js";
import { isConnectorError } from "../core/errors.js";
import { envKeyProvider, staticKeyProvider } from "../core/key-provider.js";
import type { StorageAdapter } from "../core/storage.js";
import { type CredentialVault, createCredentialVault } from "../core/vault.js";
import { entraTokenProvider } from "../d365/auth/entra.js";
import { createD365Client, type D365Client } from "../d365/client.js";
import { ensureSettlementJournals } from "../d365/entities/general-journals.js";
import { createMasterData } from "../d365/master-data.js";
import { type Mapping, parseMapping } from "../mapping/schema.js";
import { resolveSettlementLines, settlementJournal } from "../mapping/settlement-lines.js";
import { validateMapping } from "../mapping/validate.js";
import type { CliIo } from "./run.js";

const DEMO_MARKETPLACES = ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"] as const;

interface SettlementOutcome {
  readonly reportId: string;
  readonly settlementId: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly lines: number;
  readonly totalAmount: string;
  readonly computedTotal: string;
  readonly reconciled: boolean;
  readonly legalEntity: string;
  readonly journals: readonly {
    readonly journalBatchNumber: string;
    readonly lines: number;
    readonly outcome: string;
  }[];
}

interface DemoReport {
  readonly database: string;
  readonly simulatedHours: number;
  readonly wallSeconds: number;
  readonly firstPass: readonly SettlementOutcome[];
  readonly secondPass: { readonly created: number; readonly alreadyPosted: number };
  readonly mappingIssues: number;
  readonly d365: { readonly journalHeaders: number; readonly journalLines: number };
  readonly amazonCalls: { readonly total: number; readonly throttled: number };
}

function parseArgs(argv: readonly string[]): { json: boolean; db: string | undefined } | string {
  let json = false;
  let db: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "--db") db = argv[++i];
    else if (a?.startsWith("--db=")) db = a.slice(5);
    else return `unknown option ${JSON.stringify(a)}`;
  }
  if (db === "") return "--db needs a file path";
  return { json, db };
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
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.stderr(`ml-connector demo: ${args}\nusage: ml-connector demo [--json] [--db FILE]\n`);
    return 2;
  }
  // The simulators start empty on every run; a store from an earlier run would disagree with them.
  if (args.db !== undefined && existsSync(args.db)) {
    io.stderr(
      `ml-connector demo: ${args.db} already exists; the demo starts from an empty store: choose a new file or remove it\n`,
    );
    return 2;
  }
  const say = args.json ? () => {} : (line: string) => io.stdout(`${line}\n`);
  const started = performance.now();
  try {
    const report = await runDemo(args.db, say);
    const out = { ...report, wallSeconds: Math.round((performance.now() - started) / 100) / 10 };
    if (args.json) io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    else printSummary(out, say);
    const ok = out.firstPass.every((s) => s.reconciled) && out.secondPass.created === 0;
    return ok ? 0 : 1;
  } catch (e) {
    io.stderr(`ml-connector demo failed: ${e instanceof Error ? e.message : String(e)}\n`);
    if (isConnectorError(e) && e.hint === undefined)
      io.stderr("  (see the error's `where` for the call or record)\n");
    return 1;
  }
}

async function runDemo(dbPath: string | undefined, say: (line: string) => void): Promise<DemoReport> {
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
    data: { orders: 400, marketplaces: [...DEMO_MARKETPLACES] },
  });
  const d365Sim = createD365Simulator({ clock });
  const server = setupServer(...amazonSim.handlers, ...d365Sim.handlers);
  server.listen({ onUnhandledRequest: "error" });

  const database = dbPath ?? path.join(mkdtempSync(path.join(tmpdir(), "ml-connector-demo-")), "demo.sqlite");
  const storage = sqliteStorage({ path: database, clock });
  try {
    await storage.migrate();
    say(`• storage: SQLite at ${database}`);

    // 1. Credentials go into the vault, encrypted; the demo key lives only in this process unless
    //    ML_CONNECTOR_MASTER_KEY is set.
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

    const { amazon, d365 } = await connect(
      vault,
      storage,
      seller.sellerId,
      d365Sim.state.environmentUrl,
      clock,
    );

    // 2. Amazon publishes settlements on its own schedule; two closed periods per marketplace.
    for (const marketplaceId of DEMO_MARKETPLACES) {
      amazonSim.state.publishSettlement({ marketplaceId });
      await clock.advance(14 * 86_400_000);
      amazonSim.state.publishSettlement({ marketplaceId });
    }

    const mapping = parseMapping(simulatorMapping, "simulator mapping");
    const masterData = createMasterData(d365, { clock });
    const issues = (await validateMapping(mapping, masterData)).filter((i) => i.severity === "error");
    say(`• mapping checked against D365 master data: ${issues.length} error(s)`);
    if (issues.length > 0) {
      throw new Error(
        `the mapping does not fit D365:\n${issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
      );
    }

    // Discovery, download, gunzip and archive (compressed, outliving Amazon's 90 days) in one call.
    const { settlements } = await syncSettlements({ amazon, storage, sellerId: seller.sellerId, clock });
    const firstPass = await postSettlements(settlements, d365, storage, mapping, say);
    say("• second pass (a re-run must post nothing):");
    // A job that stopped before it recorded its work posts the same archived settlements again.
    const again = await postSettlements(settlements, d365, storage, mapping, () => {});
    const outcomes = again.flatMap((s) => s.journals.map((j) => j.outcome));
    const secondPass = {
      created: outcomes.filter((o) => o === "created").length,
      alreadyPosted: outcomes.filter((o) => o !== "created").length,
    };
    say(`  ${secondPass.created} journal(s) created, ${secondPass.alreadyPosted} found already posted`);

    const calls = amazonSim.state.calls;
    return {
      database,
      simulatedHours: Math.round(clock.elapsed() / 360_000) / 10,
      wallSeconds: 0,
      firstPass,
      secondPass,
      mappingIssues: issues.length,
      d365: {
        journalHeaders: d365Sim.state.rows("LedgerJournalHeaders").length,
        journalLines: d365Sim.state.rows("LedgerJournalLines").length,
      },
      amazonCalls: { total: calls.length, throttled: calls.filter((c) => c.status === 429).length },
    };
  } finally {
    await storage.close();
    server.close();
  }
}

async function connect(
  vault: CredentialVault,
  storage: StorageAdapter,
  sellerId: string,
  environmentUrl: string,
  clock: ReturnType<typeof createSimulatedClock>,
): Promise<{ amazon: SpApiClient; d365: D365Client }> {
  const lwa = await vault.getCredentials(`amazon:${sellerId}`);
  const entra = await vault.getCredentials("d365:sim");
  if (!lwa?.clientId || !lwa.clientSecret || !lwa.refreshToken || !entra?.tenantId || !entra.clientId) {
    throw new Error("the vault lost the demo credentials");
  }
  const amazon = createSpApiClient({
    region: "na",
    sellerId,
    clock,
    audit: storage.audit,
    sealer: vault,
    tokens: lwaTokenProvider({
      clientId: lwa.clientId,
      clientSecret: lwa.clientSecret,
      refreshToken: lwa.refreshToken,
      clock,
      audit: storage.audit,
    }),
  });
  const d365 = createD365Client({
    environmentUrl,
    clock,
    audit: storage.audit,
    sealer: vault,
    tokens: entraTokenProvider({
      tenantId: entra.tenantId.reveal(),
      clientId: entra.clientId.reveal(),
      ...(entra.clientSecret ? { clientSecret: entra.clientSecret } : {}),
      environmentUrl,
      clock,
      audit: storage.audit,
    }),
  });
  return { amazon, d365 };
}

/** Posts each settlement from its archived report, exactly once. */
async function postSettlements(
  settlements: readonly NewSettlement[],
  d365: D365Client,
  storage: StorageAdapter,
  mapping: Mapping,
  say: (line: string) => void,
): Promise<SettlementOutcome[]> {
  const outcomes: SettlementOutcome[] = [];
  for (const settlement of settlements) outcomes.push(await postOne(settlement, d365, storage, mapping, say));
  return outcomes;
}

async function postOne(
  settlement: NewSettlement,
  d365: D365Client,
  storage: StorageAdapter,
  mapping: Mapping,
  say: (line: string) => void,
): Promise<SettlementOutcome> {
  const archived = await storage.documents.get(settlement.archiveKey);
  if (!archived) throw new Error(`the archive lost settlement report ${settlement.reportId}`);
  const parse = parseSettlement(archived.body, { reconcile: "report" });
  const rows: SettlementRow[] = [];
  for await (const row of parse) rows.push(row);
  const result = await parse.result();
  const summary: SettlementSummary = result.summary;
  const record = `settlement:${summary.settlementId}`;
  // The report names its marketplace; rows of fee-only settlements may not.
  const marketplace =
    archived.attributes.marketplaceIds?.split(",")[0] ??
    rows.find((r) => r.marketplaceName)?.marketplaceName ??
    "";

  const resolved = resolveSettlementLines(rows, mapping, { record });
  const journal = settlementJournal(resolved, summary, mapping, { marketplace });
  const posted = await ensureSettlementJournals(d365, journal, summary.settlementId, {
    record,
    dedup: storage.dedup,
    maxLines: 500,
  });
  const journals = posted.map((p) => ({
    journalBatchNumber: p.value.journalBatchNumber,
    lines: p.value.lineCount,
    outcome: p.outcome,
  }));
  say(
    `• settlement ${summary.settlementId} (${marketplace}, ${summary.currency}): ${result.lineCount} lines, total ${summary.totalAmount.toString()} = computed ${result.computedTotal.toString()} ${result.reconciled ? "✓ reconciled" : "✗ NOT reconciled"}; journal ${journals.map((j) => `${j.journalBatchNumber} (${j.lines} lines, ${j.outcome})`).join(", ")} in ${journal.dataAreaId}`,
  );
  return {
    reportId: settlement.reportId,
    settlementId: summary.settlementId,
    marketplace,
    currency: summary.currency,
    lines: result.lineCount,
    totalAmount: summary.totalAmount.toString(),
    computedTotal: result.computedTotal.toString(),
    reconciled: result.reconciled,
    legalEntity: journal.dataAreaId,
    journals,
  };
}

function printSummary(report: DemoReport, say: (line: string) => void): void {
  say("");
  say(
    `Posted ${report.firstPass.length} settlement(s) into D365 as ${report.d365.journalHeaders} journal(s), ${report.d365.journalLines} line(s).`,
  );
  say(
    `Every settlement reconciled to its deposit: ${report.firstPass.every((s) => s.reconciled) ? "yes" : "NO"}.`,
  );
  say(`Re-run posted nothing new: ${report.secondPass.created === 0 ? "yes" : "NO"}.`);
  say(`Amazon calls: ${report.amazonCalls.total}, throttled (429): ${report.amazonCalls.throttled}.`);
  say(
    `Simulated time: ${report.simulatedHours} h; wall time: ${report.wallSeconds} s. Audit trail and archive: ${report.database}`,
  );
}
