/**
 * `ml-connector sync --seller SELLER_ID`: with two sellers configured, a run for one posts only that
 * seller's settlements; the other's wait for their own run. An unknown seller is a usage error.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCli } from "../../src/cli/run.js";
import type { SettlementRunReport } from "../../src/sync/connector.js";
import { defaultSimSeller } from "../../src/testing/amazon/simulator.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { type SimulatorServer, startSimulatorServer } from "../../src/testing/server.js";
import { capture, closeSimConfig, simConfig } from "./support/sim-config.js";

const US = "ATVPDKIKX0DER";
const first = { ...defaultSimSeller, marketplaces: [US] };
const second = {
  sellerId: "ASIMSELLER00002",
  clientId: "amzn1.application-oa2-client.simulator0000000000000000000002",
  clientSecret: "amzn1.oa2-cs.v1.simulatedclientsecret0000000000000000000000000002",
  refreshToken: "Atzr|IwEBISimulatedRefreshToken0000000000000000000000000000000002",
  marketplaces: [US],
};

let server: SimulatorServer;
let dir: string;
let config: string;
const journals = () => server.d365Sim.state.rows("LedgerJournalHeaders").length;

beforeAll(async () => {
  server = await startSimulatorServer({
    seed: 17,
    start: Date.now() - 60_000,
    amazon: { sellers: [first, second], data: { orders: 4, marketplaces: [US] } },
  });
  dir = mkdtempSync(path.join(tmpdir(), "mlc-sync-seller-"));
  writeFileSync(path.join(dir, "mapping.json"), JSON.stringify(simulatorMapping));
  config = path.join(dir, "ml-connector.yaml");
  const sellers = [first, second].map((s) => ({ ...s, marketplaceIds: [US] }));
  writeFileSync(config, stringify(simConfig(server, {}, { sellers })));
});

afterAll(() => closeSimConfig(server, dir));

describe("ml-connector sync --seller", () => {
  it("refuses a seller the configuration does not list (exit 2), naming the ones it does; nothing posts", async () => {
    const run = capture();
    expect(await runCli(["sync", "--config", config, "--seller", "A0NOSUCHSELLER"], run.io)).toBe(2);
    expect(run.err()).toContain('unknown seller "A0NOSUCHSELLER"');
    expect(run.err()).toContain(`${first.sellerId}, ${second.sellerId}`);
    expect(run.err()).toContain("usage: ml-connector sync");
    expect(run.out()).toBe("");
    expect(journals()).toBe(0);
  });

  it("posts only the chosen seller's settlements; a run without --seller then posts the other's", async () => {
    const chosen = capture();
    expect(await runCli(["sync", "--config", config, "--seller", second.sellerId, "--json"], chosen.io)).toBe(
      0,
    );
    const report = JSON.parse(chosen.out()) as SettlementRunReport;
    expect(report.counts.reconciled).toBeGreaterThan(0);
    expect(new Set(report.settlements.map((s) => s.sellerId))).toEqual(new Set([second.sellerId]));
    const posted = journals();
    expect(posted).toBe(report.settlements.flatMap((s) => s.journals).length);

    const rest = capture();
    expect(await runCli(["sync", "--config", config, "--json"], rest.io)).toBe(0);
    const after = JSON.parse(rest.out()) as SettlementRunReport;
    expect(after.counts.reconciled).toBeGreaterThan(0);
    expect(new Set(after.settlements.map((s) => s.sellerId))).toEqual(new Set([first.sellerId]));
    expect(journals()).toBe(posted + after.settlements.flatMap((s) => s.journals).length);
  });

  it("--help documents --seller", async () => {
    const help = capture();
    expect(await runCli(["sync", "--help"], help.io)).toBe(0);
    expect(help.out()).toMatch(/--seller SELLER_ID\s+run for this seller only/);
  });
});
