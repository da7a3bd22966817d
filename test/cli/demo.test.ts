import { describe, expect, it } from "vitest";
import type { DemoReport } from "../../src/cli/demo.js";
import { runCli } from "../../src/cli/run.js";

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
};

describe("ml-connector demo", () => {
  it("posts every simulated settlement once through the engine, reconciled, and a re-run posts nothing", async () => {
    const { io, out, err } = capture();
    const code = await runCli(["demo", "--json"], io);
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(out.join("")) as DemoReport;
    expect(report.settlements.length).toBeGreaterThanOrEqual(4);
    for (const s of report.settlements) {
      expect(s.state).toBe("reconciled");
      expect(s.reconciled).toBe(true);
      expect(s.difference).toMatch(/^0(\.0+)?$/);
      expect(s.reconciliation?.clearingLine).toBe(s.reconciliation?.deposit);
      expect(s.journals.every((j) => j.outcome === "created")).toBe(true);
    }
    const journals = report.settlements.flatMap((s) => s.journals).length;
    expect(report.d365.journalHeaders).toBe(journals);
    expect(report.secondPass).toEqual({ created: 0, records: 0 });
    expect(report.amazonCalls.throttled).toBe(0);
  });

  it("prints usage and exits 2 on a bad option", async () => {
    const { io, err } = capture();
    expect(await runCli(["demo", "--nope"], io)).toBe(2);
    expect(err.join("")).toMatch(/Unknown option/i);
    const missing = capture();
    expect(await runCli(["demo", "--db"], missing.io)).toBe(2);
    expect(missing.err.join("")).toMatch(/--db/);
    expect(await runCli(["frobnicate"], capture().io)).toBe(2);
    expect(await runCli(["help"], capture().io)).toBe(0);
  });
});

describe("ml-connector audit", () => {
  it("lists the audit trail the demo left, filtered, without sealed bodies", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const dir = mkdtempSync(path.join(tmpdir(), "mlc-audit-cli-"));
    const db = path.join(dir, "demo.sqlite");
    try {
      expect(await runCli(["demo", "--json", "--db", db, "--out", dir], capture().io)).toBe(0);
      // --out DIR: the reconciliation page of the run, one section per settlement.
      const { readFileSync } = await import("node:fs");
      const page = readFileSync(path.join(dir, "report.html"), "utf8");
      expect(page).toMatch(/^<!doctype html>/);
      expect(page.match(/<section /g)?.length).toBeGreaterThanOrEqual(4);
      expect(await runCli(["demo", "--out", path.join(dir, "absent")], capture().io)).toBe(2);
      const listed = capture();
      expect(
        await runCli(["audit", "--db", db, "--kind", "call", "--json", "--limit", "1000"], listed.io),
      ).toBe(0);
      const entries = JSON.parse(listed.out.join("")) as {
        operation: string;
        path: string;
        status?: number;
        body?: unknown;
      }[];
      expect(entries.some((e) => e.operation === "getReports" && e.status === 200)).toBe(true);
      expect(entries.some((e) => e.path === "/data/LedgerJournalHeaders")).toBe(true);
      expect(entries.every((e) => e.body === undefined)).toBe(true);
      const text = capture();
      expect(await runCli(["audit", "--db", db, "--status", "200", "--limit", "3"], text.io)).toBe(0);
      expect(text.out.join("")).toMatch(/3 entries\n$/);
      // A store from an earlier run would disagree with the fresh simulators: refused, not overwritten.
      const reuse = capture();
      expect(await runCli(["demo", "--db", db], reuse.io)).toBe(2);
      expect(reuse.err.join("")).toMatch(/already exists/);
      const bad = capture();
      expect(await runCli(["audit", "--db", db, "--kind", "nope"], bad.io)).toBe(2);
      expect(await runCli(["audit", "--db", path.join(dir, "missing.sqlite")], capture().io)).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
