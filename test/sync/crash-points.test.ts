/**
 * Crash points: the connector runs in a child process against the simulator server (which keeps
 * D365's state), is SIGKILLed at one point, and is run again. Every rerun must end in the D365
 * state of an uninterrupted run: nothing lost, nothing posted twice.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { type SimulatorServer, startSimulatorServer } from "../../src/testing/server.js";

const child = path.join(import.meta.dirname, "crash-child.ts");
const root = path.resolve(import.meta.dirname, "..", "..");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const START = Date.now() - 60_000;
const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";

async function arrangeServer(): Promise<SimulatorServer> {
  const server = await startSimulatorServer({
    seed: 11,
    start: START,
    amazon: { data: { orders: 60, marketplaces: [US, CA] } },
  });
  server.amazonSim.state.publishSettlement({ marketplaceId: US });
  server.amazonSim.state.publishSettlement({ marketplaceId: CA });
  return server;
}

function runChild(
  server: SimulatorServer,
  db: string,
  at: string,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ["--import", "tsx", child], {
      cwd: root,
      env: {
        ...process.env,
        CRASH_SIM: JSON.stringify({ amazon: server.amazon, d365: server.d365 }),
        CRASH_DB: db,
        CRASH_AT: at,
        CRASH_MAPPING: JSON.stringify(simulatorMapping),
        // Small journals, so a settlement posts in several parts and a crash can fall between them.
        CRASH_MAX_LINES: "8",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (c) => {
      stdout += c;
    });
    p.stderr.on("data", (c) => {
      stderr += c;
    });
    p.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** D365's journals by marker, with their lines; journal numbers left out (a sequence may skip). */
function fingerprint(server: SimulatorServer): string {
  const state = server.d365Sim.state;
  const lines = state.rows("LedgerJournalLines");
  const journals = state.rows("LedgerJournalHeaders").map((h) => ({
    company: h.dataAreaId,
    marker: h.Description,
    lines: lines
      .filter((l) => l.dataAreaId === h.dataAreaId && l.JournalBatchNumber === h.JournalBatchNumber)
      .map((l) =>
        [
          l.AccountDisplayValue,
          l.OffsetAccountDisplayValue,
          l.DebitAmount,
          l.CreditAmount,
          l.TransDate,
          l.Voucher,
          l.Text,
        ].join("|"),
      )
      .sort(),
  }));
  journals.sort((a, b) => `${a.company}${a.marker}`.localeCompare(`${b.company}${b.marker}`));
  return JSON.stringify(journals);
}

function tempDb(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ml-connector-crash-"));
  dirs.push(dir);
  return path.join(dir, "store.sqlite");
}

const points = [
  ...Array.from({ length: 14 }, (_, i) => `transition:${i + 1}`),
  "after:POST:/auth/o2/token:1",
  "after:GET:/reports/2021-06-30/reports\\?:1",
  "after:GET:/reports/2021-06-30/documents/:1",
  "before:POST:/oauth2/v2.0/token:1",
  "after:GET:/LedgerJournalHeaders\\?:1",
  "after:POST:/LedgerJournalHeaders$:1",
  "before:POST:/\\$batch$:1",
  "after:POST:/\\$batch$:1",
  "after:POST:/LedgerJournalHeaders$:2",
  "after:POST:/\\$batch$:2",
  "after:POST:/\\$batch$:3",
  "after:GET:/LedgerJournalLines\\?:1",
  "after:GET:/finances/v0/financialEventGroups:1",
];

describe("crash points (SIGKILL, then rerun)", () => {
  let expected = "";

  it("an uninterrupted run posts and reconciles every settlement", async () => {
    const server = await arrangeServer();
    try {
      const run = await runChild(server, tempDb(), "");
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { settlements: { state: string; journals: unknown[] }[] };
      expect(report.settlements.length).toBeGreaterThanOrEqual(2);
      expect(report.settlements.every((s) => s.state === "reconciled")).toBe(true);
      expect(report.settlements.some((s) => s.journals.length > 1)).toBe(true);
      expected = fingerprint(server);
    } finally {
      await server.close();
    }
  }, 120_000);

  it.each(points)(
    "killed at %s, the rerun ends in the same D365 state",
    async (point) => {
      expect(expected).not.toBe("");
      const server = await arrangeServer();
      try {
        const db = tempDb();
        const crashed = await runChild(server, db, point);
        expect(crashed.signal, `${point} must be reached (stderr: ${crashed.stderr})`).toBe("SIGKILL");
        // The dead worker's leases (2 s here) lapse before the restart can take its records over.
        await new Promise((r) => setTimeout(r, 2_100));
        const rerun = await runChild(server, db, "");
        expect(rerun.code, rerun.stderr).toBe(0);
        const report = JSON.parse(rerun.stdout) as { settlements: { state: string }[] };
        expect(report.settlements.filter((s) => s.state !== "reconciled")).toEqual([]);
        expect(fingerprint(server)).toBe(expected);
      } finally {
        await server.close();
      }
    },
    120_000,
  );
});
