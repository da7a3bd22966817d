/**
 * Post Amazon settlements into D365 with the engine: discover, download, parse, map, post and
 * reconcile, exactly once, resumable after any crash. Typechecked with the project (tsconfig
 * includes examples/). The same run on the built-in simulators is `npx ml-connector demo`.
 *
 * Before the first run, store the credentials once (they are encrypted with ML_CONNECTOR_MASTER_KEY):
 *   await vault.putCredentials("amazon:A1SELLER", { clientId, clientSecret, refreshToken });
 *   await vault.putCredentials("d365:contoso", { tenantId, clientId, clientSecret });
 */
import { consoleLogger, createConnector } from "ml-connector";
import { createCredentialVault, envKeyProvider } from "ml-connector/core";
import { sqliteStorage } from "ml-connector/storage/sqlite";

export async function postSettlements(): Promise<number> {
  const storage = sqliteStorage({ path: "ml-connector.sqlite" });
  await storage.migrate();
  const vault = createCredentialVault({ storage, keys: envKeyProvider() });
  const connector = createConnector({
    storage,
    vault,
    amazon: { sellers: [{ sellerId: "A1SELLER", region: "na", credentials: { vault: "amazon:A1SELLER" } }] },
    d365: {
      environmentUrl: "https://contoso.operations.dynamics.com",
      credentials: { vault: "d365:contoso" },
    },
    mapping: "mapping.yaml",
    posting: { mode: "summary" },
    logger: consoleLogger(),
  });
  connector.on("parked", (e) => console.warn(`${e.record} needs a person: ${e.reason} (${e.hint ?? ""})`));
  try {
    const report = await connector.run("settlements");
    for (const s of report.settlements) {
      console.log(`${s.settlementId} ${s.state} difference=${s.reconciliation?.difference ?? "n/a"}`);
    }
    // Parked settlements wait for a fix; then: await connector.replay({ state: "parked" }).
    return report.counts.parked;
  } finally {
    await storage.close();
  }
}
