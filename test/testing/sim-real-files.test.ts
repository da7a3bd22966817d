/**
 * Real settlement files in the simulator: every public sample loads, is listed by the Reports API,
 * downloads byte for byte, has a closed Finances event group that matches it (same window, total
 * = its total-amount, settlement id in the 2024 Finances identifiers), and maps completely with
 * the simulator mapping against the simulated D365.
 */
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSpApiClient,
  downloadReportDocument,
  type FinancialEventGroupSummary,
  findEventGroupsForSettlement,
  listFinancialEventGroups,
  listReports,
  lwaTokenProvider,
  parseSettlement,
  type SpApiClient,
  type SpApiRegion,
} from "../../src/amazon/index.js";
import { isSettlementParseError } from "../../src/core/errors.js";
import { Money } from "../../src/core/money.js";
import { createD365Client, entraTokenProvider } from "../../src/d365/index.js";
import {
  parseMapping,
  resolveSettlementLines,
  settlementJournal,
  validateMapping,
} from "../../src/mapping/index.js";
import {
  createAmazonSimulator,
  type LoadedSettlementFile,
  SETTLEMENT_REPORT_TYPE,
  type SimulatorServer,
  simMarketplaces,
  simulatorMapping,
  startSimulatorServer,
} from "../../src/testing/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const samplesDir = resolve(here, "..", "..", "..", "shared", "samples", "settlements");
const sampleNames = readdirSync(samplesDir)
  .filter((n) => n.endsWith(".txt"))
  .sort();
const mapping = parseMapping(simulatorMapping, "simulator mapping");

let server: SimulatorServer;
const loaded = new Map<string, LoadedSettlementFile>();
const clients = new Map<SpApiRegion, SpApiClient>();
const groups = new Map<SpApiRegion, FinancialEventGroupSummary[]>();

function amazon(region: SpApiRegion): SpApiClient {
  let client = clients.get(region);
  if (!client) {
    client = createSpApiClient({
      region,
      sellerId: server.amazon.sellerId,
      baseUrl: server.amazon.baseUrls[region],
      tokens: lwaTokenProvider({ ...server.amazon, endpoint: server.amazon.lwaEndpoint }),
    });
    clients.set(region, client);
  }
  return client;
}

const regionOf = (marketplaceId: string) =>
  simMarketplaces.find((m) => m.id === marketplaceId)?.region as SpApiRegion;

beforeAll(async () => {
  // The samples load at start, as `ml-connector simulate --settlements DIR` loads them.
  server = await startSimulatorServer({ settlements: [samplesDir] });
  for (const l of server.loaded) loaded.set(l.name.slice(samplesDir.length + 1), l);
  for (const region of ["na", "eu"] as const) {
    const list: FinancialEventGroupSummary[] = [];
    for await (const g of listFinancialEventGroups(amazon(region), {
      startedAfter: Date.UTC(2020, 0, 1),
      windowMs: 180 * 86_400_000,
      clock: server.clock,
    }))
      list.push(g);
    groups.set(region, list);
  }
});
afterAll(async () => {
  await server?.close();
});

it("loads every sample (V1 and V2) into the marketplace its rows name", () => {
  expect(sampleNames.length).toBeGreaterThanOrEqual(11);
  expect([...loaded.keys()].sort()).toEqual(sampleNames);
  for (const [name, l] of loaded) {
    const country = name.split("-")[1]?.toUpperCase();
    expect(simMarketplaces.find((m) => m.id === l.marketplaceId)?.countryCode, name).toBe(country);
    expect(l.layout, name).toBe(name.slice(0, 2));
    expect(l.reconciled, name).toBe(true);
  }
});

describe.each(sampleNames)("%s", (name) => {
  it("is listed by getReports and downloads byte-identical", async () => {
    const l = loaded.get(name);
    if (!l) throw new Error(`${name} was not loaded`);
    const client = amazon(regionOf(l.marketplaceId));
    const reports = [];
    for await (const r of listReports(client, {
      reportTypes: [SETTLEMENT_REPORT_TYPE],
      marketplaceIds: [l.marketplaceId],
      processingStatuses: ["DONE"],
    }))
      reports.push(r);
    const report = reports.find((r) => r.reportId === l.report.reportId);
    expect(report?.dataStartTime?.slice(0, 19)).toBe(l.summary.startDate.slice(0, 19));
    const download = await downloadReportDocument(client, report?.reportDocumentId ?? "");
    const original = await readFile(join(samplesDir, name));
    expect(Buffer.from(download.body).equals(original)).toBe(true);
  });

  it("has one closed event group whose total is the total-amount", () => {
    const l = loaded.get(name);
    if (!l) throw new Error(`${name} was not loaded`);
    const matches = findEventGroupsForSettlement(l.summary, groups.get(regionOf(l.marketplaceId)) ?? []);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.id).toBe(l.group.groupId);
    expect(matches[0]?.processingStatus).toBe("Closed");
    expect(matches[0]?.originalTotal?.equals(l.summary.totalAmount)).toBe(true);
  });

  it("maps completely with the simulator mapping, into a balanced journal of its legal entity", async () => {
    const l = loaded.get(name);
    if (!l) throw new Error(`${name} was not loaded`);
    const parse = parseSettlement(await readFile(join(samplesDir, name)), { file: name });
    const rows = [];
    for await (const row of parse) rows.push(row);
    const { summary } = await parse.result();
    const resolved = resolveSettlementLines(rows, mapping, { marketplace: l.marketplaceId });
    expect(resolved).toHaveLength(rows.length);
    const journal = settlementJournal(resolved, summary, mapping, { marketplace: l.marketplaceId });
    expect(journal.dataAreaId.toUpperCase()).toBe(mapping.marketplaces[l.marketplaceId]?.legalEntity);
    expect(journal.currency).toBe(summary.currency);
  });
});

it("pairs each event group with its settlement id in the 2024 Finances identifiers", async () => {
  const l = loaded.get("v2-us-usd-21574497411.txt");
  if (!l) throw new Error("the US sample was not loaded");
  const { data } = await amazon("na").finances.GET("/finances/2024-06-19/transactions", {
    params: {
      query: { relatedIdentifierName: "FINANCIAL_EVENT_GROUP_ID", relatedIdentifierValue: l.group.groupId },
    },
  });
  const transactions = data?.payload?.transactions ?? [];
  expect(transactions.length).toBeGreaterThan(0);
  for (const t of transactions) {
    expect(t.relatedIdentifiers).toContainEqual({
      relatedIdentifierName: "SETTLEMENT_ID",
      relatedIdentifierValue: "21574497411",
    });
  }
});

it("validates the simulator mapping against the simulated D365: nine marketplaces, nine legal entities, no error", async () => {
  const d365 = createD365Client({
    environmentUrl: server.d365.environmentUrl,
    tokens: entraTokenProvider(server.d365),
  });
  const issues = await validateMapping(mapping, d365);
  expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  const byCountry = Object.fromEntries(
    Object.entries(mapping.marketplaces).map(([id, m]) => [
      simMarketplaces.find((s) => s.id === id)?.countryCode,
      m.legalEntity,
    ]),
  );
  expect(byCountry).toEqual({
    US: "USMF",
    CA: "CAMF",
    MX: "MXMF",
    UK: "GBSI",
    DE: "DEMF",
    FR: "FRRT",
    IT: "ITCO",
    ES: "ESMF",
    JP: "JPMF",
  });
});

describe("loadSettlementFile", () => {
  it("serves a gzip file as GZIP and a client reads the original text", async () => {
    const sim = createAmazonSimulator();
    const original = await readFile(join(samplesDir, "v2-uk-gbp-23208776292.txt"));
    const l = await sim.state.loadSettlementFile(gzipSync(original), { name: "uk.txt.gz" });
    const doc = sim.state.documents.get(l.report.reportDocumentId ?? "");
    expect(doc?.compressionAlgorithm).toBe("GZIP");
    expect(sim.state.settlementText("23208776292")).toBe(original.toString("utf8"));
    // Loading it again is Amazon re-issuing the report: a new report, the same group.
    const again = await sim.state.loadSettlementFile(original, { name: "uk.txt" });
    expect(again.report.reportId).not.toBe(l.report.reportId);
    expect(again.group).toBe(l.group);
  });

  it("puts a seller into a marketplace it settles in (Mexico) and lists it there", async () => {
    const sim = createAmazonSimulator();
    expect(sim.state.seller.marketplaces).not.toContain("A1AM78C64UM0Y8");
    const text = [
      "settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount\tcurrency\ttransaction-type\torder-id\tmerchant-order-id\tadjustment-id\tshipment-id\tmarketplace-name\tamount-type\tamount-description\tamount\tfulfillment-id\tposted-date\tposted-date-time\torder-item-code\tmerchant-order-item-id\tmerchant-adjustment-item-id\tsku\tquantity-purchased\tpromotion-id",
      "11111111111\t2025-12-01 00:00:00 UTC\t2025-12-15 00:00:00 UTC\t2025-12-17 00:00:00 UTC\t90.00\tMXN\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
      "11111111111\t\t\t\t\t\tOrder\t701-1234567-1234567\t\t\t\tAmazon.com.mx\tItemPrice\tPrincipal\t100.00\tAFN\t2025-12-05\t2025-12-05 10:00:00 UTC\t1\t\t\tSKU-1\t1\t",
      "11111111111\t\t\t\t\t\tOrder\t701-1234567-1234567\t\t\t\tAmazon.com.mx\tItemFees\tCommission\t-10.00\tAFN\t2025-12-05\t2025-12-05 10:00:00 UTC\t1\t\t\tSKU-1\t1\t",
    ].join("\n");
    const l = await sim.state.loadSettlementFile(text, { name: "mx.txt" });
    expect(l.marketplaceId).toBe("A1AM78C64UM0Y8");
    expect(l.summary.totalAmount.equals(Money.parse("90.00", "MXN"))).toBe(true);
    expect(sim.state.seller.marketplaces).toContain("A1AM78C64UM0Y8");
    const parse = parseSettlement(text, { file: "mx.txt" });
    const rows = [];
    for await (const row of parse) rows.push(row);
    const journal = settlementJournal(resolveSettlementLines(rows, mapping), l.summary, mapping, {
      marketplace: l.marketplaceId,
    });
    expect(journal.dataAreaId.toUpperCase()).toBe("MXMF");
  });

  it("refuses a file whose marketplace cannot be told, naming the file and what to pass", async () => {
    const sim = createAmazonSimulator();
    const de = (await readFile(join(samplesDir, "v2-de-eur-22988491762.txt"), "utf8")).split("\n");
    // Header and summary row only: no row names a marketplace, and EUR is used by four.
    const error = await sim.state
      .loadSettlementFile(`${de[0]}\n${de[1]}\n`, { name: "eur-summary-only.txt" })
      .catch((e: unknown) => e);
    expect(isSettlementParseError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("SETTLEMENT_MARKETPLACE_UNKNOWN");
    expect((error as Error).message).toContain("eur-summary-only.txt");
    expect((error as Error).message).toContain("marketplaceId");
    const ok = await sim.state.loadSettlementFile(`${de[0]}\n${de[1]}\n`, {
      name: "eur-summary-only.txt",
      marketplaceId: "A13V1IB3VIYZZH",
    });
    expect(ok.reconciled).toBe(false);
    const wrong = await sim.state
      .loadSettlementFile(`${de[0]}\n${de[1]}\n`, { name: "eur.txt", marketplaceId: "ATVPDKIKX0DER" })
      .catch((e: unknown) => e);
    expect((wrong as { code: string }).code).toBe("SETTLEMENT_CURRENCY_MISMATCH");
  });
});
