import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { type SimulatorServer, startSimulatorServer } from "../../src/testing/server.js";

const config = path.join(import.meta.dirname, "fixtures", "ping-config.ts");

let server: SimulatorServer;
beforeAll(async () => {
  server = await startSimulatorServer({ seed: 4, start: Date.now() - 60_000 });
  process.env.PING_SIM = JSON.stringify({
    amazon: server.amazon,
    d365: {
      environmentUrl: server.d365.environmentUrl,
      authority: server.d365.authority,
      tenantId: server.d365.tenantId,
      clientId: server.d365.clientId,
      clientSecret: server.d365.clientSecret,
    },
  });
});
afterAll(async () => {
  delete process.env.PING_SIM;
  await server.close();
});
afterEach(() => {
  delete process.env.PING_SECRET;
});

async function cli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return { code, stdout, stderr };
}

describe("ml-connector ping", () => {
  it("prints a passing checklist and exits 0", async () => {
    const r = await cli(["ping", "--config", config]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^All 5 checks passed\.\n/);
    expect(r.stdout.match(/^✓ /gm)).toHaveLength(5);
  });

  it("prints ✗ with the fix and exits 1 when a check fails", async () => {
    process.env.PING_SECRET = "amzn1.oa2-cs.v1.bad";
    const r = await cli(["ping", "--config", config]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^2 of 5 checks failed\.\n/);
    expect(r.stdout).toMatch(
      /^✗ Login with Amazon token for seller .+\n {4}fix: LWA refused the client secret/m,
    );
  });

  it("--json prints the report object", async () => {
    const r = await cli(["ping", "--config", config, "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; checks: { id: string; ok: boolean }[] };
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.id)).toContain("d365-metadata");
  });

  it("needs --config (exit 2) and names a config it cannot load (exit 3)", async () => {
    const missing = await cli(["ping"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--config FILE is required");
    const bad = await cli(["ping", "--config", "/nonexistent/connector.config.mjs"]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain("Cannot load the configuration /nonexistent/connector.config.mjs");
  });
});
