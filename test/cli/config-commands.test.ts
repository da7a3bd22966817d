/**
 * `sync`, `replay`, `report` and `audit --config` as a user runs them: a configuration file that
 * points at the simulators over loopback HTTP, credentials in environment variables.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import { runCli } from "../../src/cli/run.js";
import type { SettlementRunReport } from "../../src/sync/connector.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { type SimulatorServer, startSimulatorServer } from "../../src/testing/server.js";
import { capture, closeSimConfig, simConfig } from "./support/sim-config.js";

const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";

let server: SimulatorServer;
let dir: string;
let config: string;
/** Settlements the first sync found; the later tests read the same store. */
let total = 0;
const mappingFile = () => path.join(dir, "mapping.json");

beforeAll(async () => {
  server = await startSimulatorServer({
    seed: 5,
    start: Date.now() - 60_000,
    amazon: { data: { orders: 60, marketplaces: [US, CA] } },
  });
  server.amazonSim.state.publishSettlement({ marketplaceId: US });
  server.amazonSim.state.publishSettlement({ marketplaceId: CA });
  dir = mkdtempSync(path.join(tmpdir(), "mlc-config-cli-"));
  // Canada is missing from the first mapping: its settlement parks until the mapping is fixed.
  const { [CA]: _, ...marketplaces } = simulatorMapping.marketplaces as Record<string, unknown>;
  writeFileSync(mappingFile(), JSON.stringify({ ...simulatorMapping, marketplaces }));
  config = path.join(dir, "ml-connector.yaml");
  writeFileSync(config, stringify(simConfig(server)));
});

afterAll(() => closeSimConfig(server, dir));

describe("ml-connector sync / replay / report / audit --config", () => {
  it("syncs: US settlements reconciled, the unmapped Canadian ones parked (exit 1); replay after the fix reconciles it", async () => {
    const first = capture();
    expect(await runCli(["sync", "--config", config, "--json"], first.io)).toBe(1);
    const report = JSON.parse(first.out()) as SettlementRunReport;
    const { counts } = report;
    total = counts.total;
    expect(counts.parked).toBeGreaterThan(0);
    expect(counts).toMatchObject({ reconciled: total - counts.parked, failed: 0 });
    for (const s of report.settlements) expect(s.state).toBe(s.currency === "CAD" ? "parked" : "reconciled");
    const parked = report.settlements.find((s) => s.state === "parked");
    expect(parked?.reason).toMatch(/marketplace/);
    expect(parked?.hint).toMatch(/mapping/);

    // Nothing new: the parked one waits for a replay, so a plain sync is clean. Text output.
    const again = capture();
    expect(await runCli(["sync", "--config", config], again.io)).toBe(0);
    expect(again.out()).toMatch(/^0 settlement\(s\): 0 reconciled/m);

    const none = capture();
    expect(await runCli(["replay", "--config", config, "--settlement", "000000"], none.io)).toBe(1);
    expect(none.err()).toMatch(/No settlement record/);

    writeFileSync(mappingFile(), JSON.stringify(simulatorMapping));
    const replayed = capture();
    expect(await runCli(["replay", "--config", config, "--parked"], replayed.io)).toBe(0);
    expect(replayed.out()).toMatch(new RegExp(`✓ ${parked?.settlementId} \\(${CA}, `));
    const n = total - report.counts.reconciled;
    expect(replayed.out()).toContain(`${n} settlement(s): ${n} reconciled, 0 duplicate, 0 parked, 0 failed`);
    expect(replayed.err()).toContain(`replay: ${n}/${n} (0 parked, 0 failed)`);
  });

  it("writes the reconciliation page of the store and lists its audit trail", async () => {
    const out = path.join(dir, "report.html");
    const written = capture();
    expect(await runCli(["report", "--config", config, "--out", out, "--json"], written.io)).toBe(0);
    expect(JSON.parse(written.out())).toEqual({ out, settlements: total, needingAttention: 0 });
    const page = readFileSync(out, "utf8");
    expect(page.match(/<section /g)).toHaveLength(total);
    expect(page).toContain(`>${CA}<`);
    for (const secret of [server.amazon.clientSecret, server.amazon.refreshToken, server.d365.clientSecret]) {
      expect(page).not.toContain(secret);
    }
    const missingDir = capture();
    expect(
      await runCli(["report", "--config", config, "--out", path.join(dir, "no", "r.html")], missingDir.io),
    ).toBe(1);

    const audit = capture();
    expect(
      await runCli(["audit", "--config", config, "--kind", "call", "--limit", "1000", "--json"], audit.io),
    ).toBe(0);
    const entries = JSON.parse(audit.out()) as { operation: string; status?: number }[];
    expect(entries.some((e) => e.operation === "getReports" && e.status === 200)).toBe(true);
  });

  it("answers --help, refuses bad usage (2) and a bad configuration (3)", async () => {
    for (const command of ["sync", "replay", "report"]) {
      const help = capture();
      expect(await runCli([command, "--help"], help.io)).toBe(0);
      expect(help.out()).toMatch(new RegExp(`Usage: ml-connector ${command} --config FILE`));
    }
    expect(await runCli(["sync"], capture().io)).toBe(2);
    const flow = capture();
    expect(await runCli(["sync", "--config", config, "--flow", "refunds"], flow.io)).toBe(2);
    expect(flow.err()).toMatch(/--flow takes one of settlements, orders, inventory, provisional, listings/);
    const target = capture();
    expect(await runCli(["replay", "--config", config, "--parked", "--failed"], target.io)).toBe(2);
    expect(target.err()).toMatch(/exactly one of/);
    expect(await runCli(["report", "--config", config], capture().io)).toBe(2);
    expect(await runCli(["audit"], capture().io)).toBe(2);
    const missing = capture();
    expect(await runCli(["sync", "--config", path.join(dir, "absent.yaml")], missing.io)).toBe(3);
    expect(missing.err()).toMatch(/no configuration file at/);
    vi.stubEnv("SIM_LWA_REFRESH_TOKEN", "");
    const env = capture();
    expect(await runCli(["sync", "--config", config], env.io)).toBe(3);
    expect(env.err()).toMatch(/environment variable SIM_LWA_REFRESH_TOKEN is not set/);
    vi.stubEnv("SIM_LWA_REFRESH_TOKEN", server.amazon.refreshToken);
  });
});
