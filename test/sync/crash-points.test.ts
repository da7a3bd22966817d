/**
 * Crash points: the connector runs in a child process against the simulator server (which keeps
 * D365's state), is SIGKILLed at one point, and is run again. Every rerun must end in the D365
 * state of an uninterrupted run: nothing lost, nothing posted twice.
 */
import { afterAll, describe, expect, it } from "vitest";
import { CRASH_CHILD, tsxArgs } from "../support/child-workers.js";
import { type CrashReport, crashServer, runCrashChild, tempStores } from "../support/crash-run.js";
import { d365Fingerprint } from "../support/d365-state.js";

const child = tsxArgs(CRASH_CHILD);
const stores = tempStores("ml-connector-crash-");
afterAll(() => stores.removeAll());

const START = Date.now() - 60_000;
const ORDERS = 60;

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
    const server = await crashServer(START, ORDERS);
    try {
      const run = await runCrashChild(child, server, stores.next(), "");
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as CrashReport;
      expect(report.settlements.length).toBeGreaterThanOrEqual(2);
      expect(report.settlements.every((s) => s.state === "reconciled")).toBe(true);
      expect(report.settlements.some((s) => s.journals.length > 1)).toBe(true);
      expected = d365Fingerprint(server.d365Sim);
    } finally {
      await server.close();
    }
  }, 120_000);

  it.each(points)(
    "killed at %s, the rerun ends in the same D365 state",
    async (point) => {
      expect(expected).not.toBe("");
      const server = await crashServer(START, ORDERS);
      try {
        const db = stores.next();
        const crashed = await runCrashChild(child, server, db, point);
        expect(crashed.signal, `${point} must be reached (stderr: ${crashed.stderr})`).toBe("SIGKILL");
        // The dead worker's leases (2 s here) lapse before the restart can take its records over.
        await new Promise((r) => setTimeout(r, 2_100));
        const rerun = await runCrashChild(child, server, db, "");
        expect(rerun.code, rerun.stderr).toBe(0);
        const report = JSON.parse(rerun.stdout) as CrashReport;
        expect(report.settlements.filter((s) => s.state !== "reconciled")).toEqual([]);
        expect(d365Fingerprint(server.d365Sim)).toBe(expected);
      } finally {
        await server.close();
      }
    },
    120_000,
  );
});
