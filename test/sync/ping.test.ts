import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { staticKeyProvider } from "../../src/core/key-provider.js";
import { createCredentialVault } from "../../src/core/vault.js";
import { memoryStorage } from "../../src/storage/memory/index.js";
import type { ConnectorOptions } from "../../src/sync/options.js";
import { type ConnectionReport, checkConnection, parseCsdl } from "../../src/sync/ping.js";
import { createSimulatorControl } from "../../src/testing/control.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { type SimulatorServer, startSimulatorServer } from "../../src/testing/server.js";

const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";
const UK = "A1F83G8C2ARO7P";

let server: SimulatorServer;
beforeAll(async () => {
  server = await startSimulatorServer({ seed: 3, start: Date.now() - 60_000 });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await createSimulatorControl(server.url).restoreD365Metadata();
});

async function options(
  change: {
    secret?: string;
    marketplaceIds?: string[];
    environmentUrl?: string;
    mapping?: ConnectorOptions["mapping"];
  } = {},
): Promise<ConnectorOptions> {
  const storage = memoryStorage();
  const vault = createCredentialVault({
    storage,
    keys: staticKeyProvider({ keys: { 1: Buffer.alloc(32, 5) }, current: 1 }),
  });
  const { amazon, d365 } = server;
  await vault.putCredentials(`amazon:${amazon.sellerId}`, {
    clientId: amazon.clientId,
    clientSecret: change.secret ?? amazon.clientSecret,
    refreshToken: amazon.refreshToken,
  });
  await vault.putCredentials("d365:sim", {
    tenantId: d365.tenantId,
    clientId: d365.clientId,
    clientSecret: d365.clientSecret,
  });
  return {
    storage,
    vault,
    amazon: {
      sellers: [
        {
          sellerId: amazon.sellerId,
          region: "na",
          credentials: { vault: `amazon:${amazon.sellerId}` },
          marketplaceIds: change.marketplaceIds ?? [US, CA],
          endpoints: { spApi: amazon.baseUrls.na, lwa: amazon.lwaEndpoint },
        },
      ],
    },
    d365: {
      environmentUrl: change.environmentUrl ?? d365.environmentUrl,
      authority: d365.authority,
      credentials: { vault: "d365:sim" },
    },
    mapping: change.mapping ?? simulatorMapping,
  };
}

const check = (report: ConnectionReport, id: string) => {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id} in ${report.checks.map((c) => c.id).join(", ")}`);
  return found;
};

describe("checkConnection against the simulator server", () => {
  it("passes a good configuration, every check ok", async () => {
    const report = await checkConnection(await options());
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    const sellerKey = `${server.amazon.sellerId}/na`;
    expect(report.checks.map((c) => c.id)).toEqual([
      `lwa:${sellerKey}`,
      `marketplaces:${sellerKey}`,
      "entra",
      "d365-metadata",
      "mapping",
    ]);
    expect(check(report, "d365-metadata").detail).toMatch(/all 10 entity sets/);
  });

  it("names the client secret and where it is stored when LWA refuses it", async () => {
    const report = await checkConnection(await options({ secret: "amzn1.oa2-cs.v1.wrong" }));
    expect(report.ok).toBe(false);
    const lwa = check(report, `lwa:${server.amazon.sellerId}/na`);
    expect(lwa.ok).toBe(false);
    expect(lwa.fix).toContain("LWA refused the client secret (or client id) in the vault entry");
    expect(lwa.fix).toContain(`vault.putCredentials("amazon:${server.amazon.sellerId}"`);
    expect(lwa.fix).not.toContain("wrong");
    const market = check(report, `marketplaces:${server.amazon.sellerId}/na`);
    expect(market).toMatchObject({ ok: false, detail: "not checked: no LWA token" });
    // D365 is still checked.
    expect(check(report, "entra").ok).toBe(true);
  });

  it("names a marketplace the seller does not have, and lists the ones it has", async () => {
    const report = await checkConnection(await options({ marketplaceIds: [US, UK] }));
    const market = check(report, `marketplaces:${server.amazon.sellerId}/na`);
    expect(market.ok).toBe(false);
    expect(market.fix).toContain(
      `remove ${UK} (UK) from amazon.sellers.0.marketplaceIds (the account has ${US} (US)`,
    );
    expect(market.fix).toContain(`${UK} (UK) is served by region eu`);
    expect(report.ok).toBe(false);
  });

  it("explains a scope Entra refuses (environment URL spelled differently)", async () => {
    const wrong = server.d365.environmentUrl.replace("127.0.0.1", "localhost");
    const report = await checkConnection(await options({ environmentUrl: wrong }));
    const entra = check(report, "entra");
    expect(entra.ok).toBe(false);
    expect(entra.detail).toContain("AADSTS500011");
    expect(entra.fix).toContain(
      `Entra refused the scope '${wrong}/.default', which is built from d365.environmentUrl`,
    );
    expect(check(report, "d365-metadata")).toMatchObject({
      ok: false,
      fix: "fix the Microsoft Entra ID check first",
    });
  });

  it("names an entity set missing from $metadata", async () => {
    const control = createSimulatorControl(server.url);
    await control.hideD365Metadata("LedgerJournalLines");
    await control.hideD365Metadata("MainAccounts", "IsSuspended");
    const report = await checkConnection(await options());
    const metadata = check(report, "d365-metadata");
    expect(metadata.ok).toBe(false);
    expect(metadata.detail).toContain(
      "entity sets missing: LedgerJournalLines; properties missing: MainAccounts.IsSuspended",
    );
    expect(metadata.fix).toContain("publish LedgerJournalLines, MainAccounts.IsSuspended in D365");
    expect(metadata.fix).toContain("Data management › Data entities");
  });

  it("names a mapped main account D365 does not have", async () => {
    const mapping = {
      ...simulatorMapping,
      accounts: { ...(simulatorMapping.accounts as Record<string, string>), fees: "999999" },
    };
    const report = await checkConnection(await options({ mapping }));
    const m = check(report, "mapping");
    expect(m.ok).toBe(false);
    expect(m.fix).toContain(
      "accounts.fees: main account '999999' does not exist in chart of accounts 'Shared': create it in General ledger › Chart of accounts › Main accounts, or map an existing account",
    );
    expect(report.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(["mapping"]);
  });

  it("takes a token provider of the host in place of vault credentials", async () => {
    const base = await options();
    const tokens = lwaTokenProvider({
      clientId: server.amazon.clientId,
      clientSecret: "amzn1.oa2-cs.v1.rotated",
      refreshToken: server.amazon.refreshToken,
      endpoint: server.amazon.lwaEndpoint,
    });
    const seller = { ...base.amazon.sellers[0]!, credentials: { tokens } };
    const report = await checkConnection({ ...base, amazon: { sellers: [seller] } });
    expect(check(report, `lwa:${server.amazon.sellerId}/na`).fix).toContain(
      "the token provider at amazon.sellers.0.credentials.tokens",
    );
  });

  it("refuses invalid options as createConnector does (CONFIG_INVALID)", async () => {
    const base = await options();
    await expect(
      checkConnection({ ...base, d365: { ...base.d365, environmentUrl: "http://example.com" } }),
    ).rejects.toMatchObject({ code: "CONFIG_INVALID" });
  });
});

describe("parseCsdl", () => {
  it("reads entity sets and properties through their entity types", () => {
    const xml = `<?xml version="1.0"?><edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
      <Schema Namespace="N" xmlns="http://docs.oasis-open.org/odata/ns/edm"><EntityType Name="A"><Property Name="X" Type="Edm.String"/><Property Name="Y" Type="Edm.String"/></EntityType>
      <EntityContainer Name="C"><EntitySet Name="As" EntityType="N.A"/></EntityContainer></Schema></edmx:DataServices></edmx:Edmx>`;
    const { sets } = parseCsdl(xml);
    expect([...sets.keys()]).toEqual(["As"]);
    expect([...(sets.get("As") ?? [])]).toEqual(["X", "Y"]);
  });
});
