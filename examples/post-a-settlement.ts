/**
 * Post one Amazon settlement report into D365 as a general journal, exactly once.
 * Typechecked with the project (tsconfig includes examples/); run it against real systems by
 * supplying credentials, or read `src/cli/demo.ts` for the same flow on the simulators.
 */
import { lwaTokenProvider, parseSettlement } from "ml-connector";
import { createSpApiClient } from "ml-connector/amazon";
import { createCredentialVault, envKeyProvider } from "ml-connector/core";
import { createD365Client, ensureSettlementJournals, entraTokenProvider } from "ml-connector/d365";
import {
  loadMapping,
  resolveSettlementLines,
  settlementJournal,
  validateMapping,
} from "ml-connector/mapping";
import { sqliteStorage } from "ml-connector/storage/sqlite";

export async function postSettlement(reportDocumentId: string, marketplaceId: string): Promise<void> {
  const storage = sqliteStorage({ path: "ml-connector.sqlite" });
  await storage.migrate();
  const vault = createCredentialVault({ storage, keys: envKeyProvider() });
  const lwa = await vault.getCredentials("amazon:A1SELLER");
  const entra = await vault.getCredentials("d365:contoso");
  if (!lwa?.clientId || !lwa.clientSecret || !lwa.refreshToken || !entra?.clientSecret) {
    throw new Error("store the credentials first: vault.putCredentials(...)");
  }

  const amazon = createSpApiClient({
    region: "na",
    sellerId: "A1SELLER",
    audit: storage.audit,
    sealer: vault,
    tokens: lwaTokenProvider({
      clientId: lwa.clientId,
      clientSecret: lwa.clientSecret,
      refreshToken: lwa.refreshToken,
    }),
  });
  const environmentUrl = "https://contoso.operations.dynamics.com";
  const d365 = createD365Client({
    environmentUrl,
    audit: storage.audit,
    sealer: vault,
    tokens: entraTokenProvider({
      tenantId: "contoso.onmicrosoft.com",
      clientId: "app-id",
      clientSecret: entra.clientSecret,
      environmentUrl,
    }),
  });

  const mapping = await loadMapping("mapping.yaml");
  const issues = await validateMapping(mapping, d365);
  if (issues.some((i) => i.severity === "error")) throw new Error("fix the mapping first");

  const { data } = await amazon.reports.GET("/reports/2021-06-30/documents/{reportDocumentId}", {
    params: { path: { reportDocumentId } },
  });
  if (!data) throw new Error("no such report document");
  const body = (await fetch(data.url)).body;
  if (!body) throw new Error("empty report document");

  const parse = parseSettlement(body);
  const rows = [];
  for await (const row of parse) rows.push(row);
  const { summary } = await parse.result(); // throws SettlementNotReconciledError if it does not add up

  const record = `settlement:${summary.settlementId}`;
  const journal = settlementJournal(resolveSettlementLines(rows, mapping, { record }), summary, mapping, {
    marketplace: marketplaceId,
  });
  // One journal per 1000 lines, each found or created once by its marker: a re-run posts nothing.
  await ensureSettlementJournals(d365, journal, summary.settlementId, { record, dedup: storage.dedup });
  await storage.close();
}
