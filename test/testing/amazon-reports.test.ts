import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Money } from "../../src/core/money.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";
const DE = "A1PA6795UKMFR9";
const SETTLEMENT = "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2";
const ORDERS = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
const shared = path.resolve(import.meta.dirname, "..", "..", "..", "shared");

const sim = createAmazonSimulator({ seed: 31, data: { orders: 120 } });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(() => sim.state.usagePlans.reset());

const na = createSimulatorClient(sim, { region: "na" });
const eu = createSimulatorClient(sim, { region: "eu" });

async function settlementReports(client = na, query: Record<string, unknown> = {}) {
  const { data, error } = await client.reports.GET("/reports/2021-06-30/reports", {
    params: { query: { reportTypes: [SETTLEMENT], ...query } },
  });
  expect(error).toBeUndefined();
  return data?.reports ?? [];
}

async function download(client: typeof na, reportDocumentId: string) {
  const { data } = await client.reports.GET("/reports/2021-06-30/documents/{reportDocumentId}", {
    params: { path: { reportDocumentId } },
  });
  const response = await fetch(data!.url);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { doc: data!, status: response.status, bytes };
}

/** Sums every amount cell of a V2 settlement and returns it with the summary total. */
function reconcile(text: string, currency: string, comma: boolean) {
  const [header, summary, ...rows] = text.trimEnd().split("\n");
  const cols = header!.split("\t");
  const at = cols.indexOf("amount");
  const totalAt = cols.indexOf("total-amount");
  const format = comma ? "comma" : "dot";
  const sum = Money.sum(
    rows.map((r) => Money.parse(r.split("\t")[at]!, currency, { format })),
    currency,
  );
  return { sum, total: Money.parse(summary!.split("\t")[totalAt]!, currency, { format }), rows: rows.length };
}

describe("settlement reports on Amazon's schedule", () => {
  it("lists the settlements Amazon generated, newest first, filtered by marketplace", async () => {
    const all = await settlementReports();
    expect(all.length).toBe(4); // two closed periods each for US and CA
    expect(all.every((r) => r.processingStatus === "DONE" && r.reportType === SETTLEMENT)).toBe(true);
    const created = all.map((r) => Date.parse(r.createdTime));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const us = await settlementReports(na, { marketplaceIds: [US] });
    expect(us.map((r) => r.marketplaceIds)).toEqual([[US], [US]]);
    expect(await settlementReports(eu)).toHaveLength(4);
  });

  it("pages getReports with nextToken", async () => {
    const first = await na.reports.GET("/reports/2021-06-30/reports", {
      params: { query: { reportTypes: [SETTLEMENT], pageSize: 3 } },
    });
    expect(first.data?.reports).toHaveLength(3);
    const next = await na.reports.GET("/reports/2021-06-30/reports", {
      params: { query: { nextToken: first.data!.nextToken! } },
    });
    expect(next.data?.reports).toHaveLength(1);
    expect(next.data?.nextToken).toBeUndefined();
  });

  it("filters on processingStatuses and createdSince", async () => {
    expect(await settlementReports(na, { processingStatuses: ["IN_QUEUE"] })).toHaveLength(0);
    const since = new Date(sim.clock.now() - 5 * 86_400_000).toISOString();
    expect(await settlementReports(na, { createdSince: since })).toHaveLength(2);
  });

  it("serves a document whose lines add up to its total-amount and to the event group total", async () => {
    for (const report of await settlementReports()) {
      const { bytes, doc, status } = await download(na, report.reportDocumentId!);
      expect(status).toBe(200);
      expect(doc.compressionAlgorithm).toBeUndefined();
      const text = new TextDecoder().decode(bytes);
      const currency = report.marketplaceIds?.[0] === CA ? "CAD" : "USD";
      const { sum, total, rows } = reconcile(text, currency, false);
      expect(rows).toBeGreaterThan(20);
      expect(sum.equals(total)).toBe(true);
      const settlementId = text.split("\n")[1]!.split("\t")[0]!;
      const group = sim.state.eventGroups.find((g) => g.settlementId === settlementId)!;
      expect(group.processingStatus).toBe("Closed");
      expect(group.total?.equals(total)).toBe(true);
    }
  });

  it("a settlement holds each order shipped in its period, with the order's principal", async () => {
    const [report] = await settlementReports(na, { marketplaceIds: [US] });
    const text = new TextDecoder().decode((await download(na, report!.reportDocumentId!)).bytes);
    const [header, , ...rows] = text.trimEnd().split("\n");
    const cols = header!.split("\t");
    const cell = (r: string[], name: string) => r[cols.indexOf(name)]!;
    const principal = new Map<string, Money>();
    for (const r of rows.map((x) => x.split("\t"))) {
      if (cell(r, "transaction-type") !== "Order" || cell(r, "amount-description") !== "Principal") continue;
      const id = cell(r, "order-id");
      principal.set(id, (principal.get(id) ?? Money.zero("USD")).plus(Money.parse(cell(r, "amount"), "USD")));
    }
    const group = sim.state.eventGroups.find((g) => g.settlementId === text.split("\n")[1]!.split("\t")[0])!;
    const shipped = [...sim.state.orders.values()].filter(
      (o) =>
        o.marketplaceId === US &&
        o.status === "Shipped" &&
        o.shippedAt! >= group.start &&
        o.shippedAt! < group.end,
    );
    expect(shipped.length).toBeGreaterThan(3);
    expect([...principal.keys()].sort()).toEqual(shipped.map((o) => o.orderId).sort());
    for (const o of shipped) {
      expect(
        principal.get(o.orderId)?.equals(
          Money.sum(
            o.items.map((i) => i.itemPrice),
            "USD",
          ),
        ),
      ).toBe(true);
    }
  });

  it("EU settlements use comma decimals and still reconcile", async () => {
    const [report] = await settlementReports(eu, { marketplaceIds: [DE] });
    const { bytes } = await download(eu, report!.reportDocumentId!);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\n")[1]).toMatch(/\t-?\d+,\d\d\tEUR/);
    const { sum, total } = reconcile(text, "EUR", true);
    expect(sum.equals(total)).toBe(true);
  });

  it("a new settlement appears when the next period ends, and its event group closes", async () => {
    const before = await settlementReports(na, { marketplaceIds: [US] });
    const open = sim.state.groupsOf(US).find((g) => g.processingStatus === "Open")!;
    await sim.clock.set(open.end + 3_600_000);
    const after = await settlementReports(na, { marketplaceIds: [US] });
    expect(after.length).toBe(before.length + 1);
    expect(open.processingStatus).toBe("Closed");
    expect(sim.state.groupsOf(US).at(-1)?.processingStatus).toBe("Open");
  });

  it("refuses createReport for settlement types, as Amazon does", async () => {
    const { response, error } = await na.reports.POST("/reports/2021-06-30/reports", {
      body: { reportType: SETTLEMENT, marketplaceIds: [US] },
    });
    expect(response.status).toBe(400);
    expect(error?.errors?.[0]).toEqual({
      code: "InvalidInput",
      message: `Request for report type ${SETTLEMENT} is not allowed at this time.`,
    });
  });

  it("pre-signed URLs expire after five minutes", async () => {
    const [report] = await settlementReports();
    const { data } = await na.reports.GET("/reports/2021-06-30/documents/{reportDocumentId}", {
      params: { path: { reportDocumentId: report!.reportDocumentId! } },
    });
    await sim.clock.advance(4 * 60_000);
    expect((await fetch(data!.url)).status).toBe(200);
    await sim.clock.advance(60_000);
    const expired = await fetch(data!.url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain("<Code>AccessDenied</Code>");
  });

  it("a re-issued report carries the same settlement id under a new report id", async () => {
    const [report] = await settlementReports(na, { marketplaceIds: [CA] });
    const original = await download(na, report!.reportDocumentId!);
    const settlementId = new TextDecoder().decode(original.bytes).split("\n")[1]!.split("\t")[0]!;
    const again = sim.state.reissueSettlement(settlementId);
    const listed = await settlementReports(na, { marketplaceIds: [CA] });
    expect(listed[0]?.reportId).toBe(again.reportId);
    expect(again.reportId).not.toBe(report!.reportId);
    const copy = await download(na, again.reportDocumentId!);
    expect(new TextDecoder().decode(copy.bytes)).toBe(new TextDecoder().decode(original.bytes));
  });

  it("can flag a plain document as GZIP", async () => {
    const [report] = await settlementReports();
    sim.state.flagPlainAsGzip(report!.reportDocumentId!);
    const { doc, bytes } = await download(na, report!.reportDocumentId!);
    expect(doc.compressionAlgorithm).toBe("GZIP");
    expect(() => gunzipSync(bytes)).toThrow();
    expect(new TextDecoder().decode(bytes)).toMatch(/^settlement-id\t/);
  });

  it("loads a real settlement flat file and serves it byte for byte", async () => {
    const file = readFileSync(path.join(shared, "samples", "settlements", "v2-de-eur-22988491762.txt"));
    const report = sim.state.publishSettlement({ marketplaceId: DE, text: file.toString("utf8") });
    const listed = await settlementReports(eu, { marketplaceIds: [DE] });
    expect(listed[0]?.reportId).toBe(report.reportId);
    expect(listed[0]?.dataStartTime).toBe("2024-09-13T08:59:52Z");
    const { bytes } = await download(eu, report.reportDocumentId!);
    expect(Buffer.from(bytes).equals(file)).toBe(true);
  });

  it("loads a real V1 file too, gzip-compressed when asked", async () => {
    const file = readFileSync(path.join(shared, "samples", "settlements", "v1-ca-cad-24288684721.txt"));
    const report = sim.state.publishSettlement({
      marketplaceId: CA,
      text: file.toString("utf8"),
      gzip: true,
    });
    expect(report.settlementId).toBe("24288684721");
    expect(report.dataStartTime).toBe(Date.parse("2025-08-14T22:07:18Z"));
    const { doc, bytes } = await download(na, report.reportDocumentId!);
    expect(doc.compressionAlgorithm).toBe("GZIP");
    expect(gunzipSync(bytes).equals(file)).toBe(true);
  });
});

describe("requested reports", () => {
  it("creates an orders report that moves IN_QUEUE → IN_PROGRESS → DONE and downloads gzip-compressed", async () => {
    const from = sim.clock.now() - 40 * 86_400_000;
    const { data: created, response } = await na.reports.POST("/reports/2021-06-30/reports", {
      body: { reportType: ORDERS, marketplaceIds: [US], dataStartTime: new Date(from).toISOString() },
    });
    expect(response.status).toBe(202);
    const status = async () =>
      (
        await na.reports.GET("/reports/2021-06-30/reports/{reportId}", {
          params: { path: { reportId: created!.reportId } },
        })
      ).data!;
    expect((await status()).processingStatus).toBe("IN_QUEUE");
    await sim.clock.advance(45_000);
    expect((await status()).processingStatus).toBe("IN_PROGRESS");
    await sim.clock.advance(120_000);
    const done = await status();
    expect(done.processingStatus).toBe("DONE");
    const { doc, bytes } = await download(na, done.reportDocumentId!);
    expect(doc.compressionAlgorithm).toBe("GZIP");
    const text = gunzipSync(bytes).toString("utf8");
    const [header, ...rows] = text.trimEnd().split("\n");
    expect(header!.split("\t").slice(0, 3)).toEqual([
      "amazon-order-id",
      "merchant-order-id",
      "purchase-date",
    ]);
    const ids = new Set(rows.map((r) => r.split("\t")[0]));
    const expected = [...sim.state.orders.values()]
      .filter((o) => o.marketplaceId === US && o.lastUpdateDate >= from)
      .map((o) => o.orderId);
    expect(expected.length).toBeGreaterThan(10);
    expect([...ids].sort()).toEqual([...new Set(expected)].sort());
  });

  it("cancels a queued report, and ends an empty one CANCELLED", async () => {
    const { data: a } = await na.reports.POST("/reports/2021-06-30/reports", {
      body: { reportType: ORDERS, marketplaceIds: [US] },
    });
    const cancel = await na.reports.DELETE("/reports/2021-06-30/reports/{reportId}", {
      params: { path: { reportId: a!.reportId } },
    });
    expect(cancel.response.status).toBe(200);
    const { data: b } = await na.reports.POST("/reports/2021-06-30/reports", {
      body: {
        reportType: ORDERS,
        marketplaceIds: [US],
        dataStartTime: "2020-01-01T00:00:00Z",
        dataEndTime: "2020-01-02T00:00:00Z",
      },
    });
    await sim.clock.advance(10 * 60_000);
    const { data } = await na.reports.GET("/reports/2021-06-30/reports/{reportId}", {
      params: { path: { reportId: b!.reportId } },
    });
    expect(data?.processingStatus).toBe("CANCELLED");
    expect(data?.reportDocumentId).toBeUndefined();
  });
});
