import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadReportDocument, requestReport, waitForReport } from "../../src/amazon/reports/reports.js";
import {
  fetchSettlementDocument,
  listSettlementReports,
  settlementArchiveKey,
  settlementCursorKey,
  syncSettlements,
} from "../../src/amazon/reports/settlements.js";
import type { LogFields, Logger } from "../../src/core/logger.js";
import { Money } from "../../src/core/money.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";
const DAY = 86_400_000;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

function arrange(seed = 51) {
  const sim = createAmazonSimulator({ seed, data: { orders: 60, marketplaces: [US, CA] } });
  server.resetHandlers(...sim.handlers);
  const amazon = createSimulatorClient(sim);
  const storage = memoryStorage({ clock: sim.clock });
  const logs: { level: string; message: string; fields: LogFields | undefined }[] = [];
  const at = (level: string) => (message: string, fields?: LogFields) =>
    logs.push({ level, message, fields });
  const logger: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  const sellerId = sim.state.seller.sellerId;
  const sync = () => syncSettlements({ amazon, storage, sellerId, clock: sim.clock, logger, pageSize: 1 });
  const count = (operationId: string) => sim.state.calls.filter((c) => c.operationId === operationId).length;
  return { sim, amazon, storage, logs, logger, sellerId, sync, count };
}

describe("settlement reports", () => {
  it("discovers DONE settlement reports across pages, archives each compressed, and reads its summary", async () => {
    const { sim, storage, sync, count, sellerId } = arrange();
    const closed = sim.state.eventGroups.filter((g) => g.processingStatus === "Closed");
    expect(closed.length).toBe(4);
    const { settlements, repeated } = await sync();
    expect(repeated).toEqual([]);
    expect(settlements.map((s) => s.settlementId).sort()).toEqual(closed.map((g) => g.settlementId).sort());
    expect(count("getReports")).toBe(4); // pages of one
    for (const s of settlements) {
      const group = closed.find((g) => g.settlementId === s.settlementId)!;
      expect(s.result.reconciled).toBe(true);
      expect(s.result.summary.totalAmount.equals(group.total!)).toBe(true);
      const doc = await storage.documents.get(s.archiveKey);
      expect(new TextDecoder().decode(doc!.body)).toBe(sim.state.settlementText(s.settlementId));
      expect(doc!.storedSize).toBeLessThan(doc!.size);
      expect(doc!.attributes).toMatchObject({ settlementId: s.settlementId, reportId: s.reportId });
      expect(s.archiveKey).toBe(settlementArchiveKey(sellerId, s.reportId));
    }
  });

  it("a second sync fetches nothing again, and a new period's settlement is the only new one", async () => {
    const { sim, sync, count } = arrange(52);
    await sync();
    const downloads = count("getReportDocument");
    const again = await sync();
    expect(again.settlements).toEqual([]);
    // The cursor re-lists two days behind the newest report: those are known by report id.
    expect(again.alreadyArchived).toBeGreaterThan(0);
    expect(count("getReportDocument")).toBe(downloads);
    const open = sim.state.groupsOf(US).find((g) => g.processingStatus === "Open")!;
    sim.state.closeEventGroup(open.groupId);
    const third = await sync();
    expect(third.settlements.map((s) => s.settlementId)).toEqual([open.settlementId]);
  });

  it("two syncs of one seller at once both succeed, the cursor written once (regression)", async () => {
    const { storage, sellerId, sync } = arrange(53);
    const runs = await Promise.allSettled([sync(), sync()]);
    // Both read no cursor and store the same one: the second compare-and-set keeps the first's
    // value instead of failing its sync with STORAGE_CONFLICT.
    expect(runs.map((r) => (r.status === "rejected" ? r.reason : "ok"))).toEqual(["ok", "ok"]);
    const cursor = await storage.cursors.get(settlementCursorKey(sellerId));
    expect(cursor?.version).toBe(1);
  });

  it("a report Amazon issues again for the same settlement id is the same settlement", async () => {
    const { sim, storage, sync, logs } = arrange(53);
    const first = await sync();
    const target = first.settlements[0]!;
    await sim.clock.advance(60_000);
    const reissued = sim.state.reissueSettlement(target.settlementId);
    const second = await sync();
    expect(second.settlements).toEqual([]);
    expect(second.repeated).toEqual([
      {
        settlementId: target.settlementId,
        reportId: reissued.reportId,
        archiveKey: expect.stringContaining(reissued.reportId),
        firstArchiveKey: target.archiveKey,
        content: "same",
      },
    ]);
    expect(await storage.documents.get(second.repeated[0]!.archiveKey)).toBeDefined();
    expect(logs.some((l) => l.message.includes("issued again with the same content"))).toBe(true);
  });

  it("a settlement id that comes back with different content is flagged for review, not returned as new", async () => {
    const { sim, sync, logs } = arrange(57);
    const first = await sync();
    const target = first.settlements.find((s) => s.result.summary.currency === "USD")!;
    const lines = sim.state.settlementText(target.settlementId).split("\n");
    // Same settlement id, one more line of 1.00 and a total raised to match.
    const header = lines[0]!.split("\t");
    const summary = lines[1]!.split("\t");
    const totalAt = header.indexOf("total-amount");
    const amountAt = header.indexOf("amount");
    const extra = [...lines[2]!.split("\t")];
    extra[amountAt] = "1.00";
    summary[totalAt] = Money.of(summary[totalAt]!, "USD").plus(Money.of("1.00", "USD")).toString();
    const text = [lines[0], summary.join("\t"), ...lines.slice(2).filter(Boolean), extra.join("\t"), ""].join(
      "\n",
    );
    await sim.clock.advance(60_000);
    sim.state.publishSettlement({ text, marketplaceId: US });
    const second = await sync();
    expect(second.settlements).toEqual([]);
    expect(second.repeated).toMatchObject([{ settlementId: target.settlementId, content: "different" }]);
    expect(logs.some((l) => l.level === "warn" && l.message.includes("different content"))).toBe(true);
  });

  it("tolerates a GZIP flag on a plain body, and gunzips what is gzip", async () => {
    const { sim, amazon, storage, logger, logs } = arrange(54);
    const reports = [];
    for await (const r of listSettlementReports(amazon)) reports.push(r);
    const [plain, other] = reports;
    sim.state.flagPlainAsGzip(plain!.reportDocumentId!);
    const fetched = await fetchSettlementDocument(amazon, { reportId: plain!.reportId }, { storage, logger });
    expect(fetched.settlement?.reconciled).toBe(true);
    expect(logs.some((l) => l.level === "warn" && l.message.includes("flagged GZIP"))).toBe(true);
    // Requested reports come gzip-compressed; the download says so and is decompressed.
    const reportId = await requestReport(amazon, {
      reportType: "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL",
      marketplaceIds: [US],
      dataStartTime: sim.clock.now() - 30 * DAY,
    });
    const done = await waitForReport(amazon, reportId, { clock: sim.clock, pollIntervalMs: 20_000 });
    const d = await downloadReportDocument(amazon, done.reportDocumentId!);
    expect(d).toMatchObject({ compressionAlgorithm: "GZIP", gunzipped: true });
    expect(new TextDecoder().decode(d.body)).toMatch(/^amazon-order-id\t/);
    expect(other).toBeDefined();
  });

  it("asks for a fresh document when the pre-signed URL has expired", async () => {
    const { sim, amazon, storage } = arrange(55);
    const [report] = await (async () => {
      const out = [];
      for await (const r of listSettlementReports(amazon)) out.push(r);
      return out;
    })();
    let downloads = 0;
    const slow = async (request: Request) => {
      // The first download starts six minutes after its URL was signed.
      if (downloads++ === 0) await sim.clock.advance(6 * 60_000);
      return fetch(request);
    };
    const fetched = await fetchSettlementDocument(
      amazon,
      { reportId: report!.reportId },
      { storage, fetch: slow },
    );
    expect(downloads).toBe(2);
    expect(fetched.settlement?.summary.settlementId).toBe(
      report && sim.state.reports.get(report.reportId)?.settlementId,
    );
  });

  it("the archive outlives Amazon's 90-day retention", async () => {
    const { sim, amazon, storage, sync } = arrange(56);
    const { settlements } = await sync();
    await sim.clock.advance(100 * DAY);
    sim.state.tick();
    const still = [];
    for await (const r of listSettlementReports(amazon, { createdSince: sim.clock.now() - 89 * DAY }))
      still.push(r.reportId);
    for (const s of settlements) {
      expect(still).not.toContain(s.reportId);
      expect((await storage.documents.get(s.archiveKey))?.attributes.settlementId).toBe(s.settlementId);
    }
  });
});
