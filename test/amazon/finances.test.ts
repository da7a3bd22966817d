import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeFinancialEvents, normalizeTransaction } from "../../src/amazon/finances/events.js";
import {
  listFinancialEventGroups,
  listFinancialEventsByGroupId,
  listTransactions,
  readProvisionalView,
} from "../../src/amazon/finances/finances.js";
import { readFinancialEventGroups } from "../../src/amazon/settlement/event-groups.js";
import { Money } from "../../src/core/money.js";
import { financeAmounts } from "../../src/mapping/finance-amounts.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const samples = path.resolve(repoRoot, "..", "shared", "samples", "finances");
const sample = (name: string) => readFileSync(path.join(samples, name), "utf8");
const json = (name: string) => JSON.parse(sample(name)) as Record<string, unknown>;

const US = "ATVPDKIKX0DER";
const CA = "A2EUQ1WTGCTBG2";
const DAY = 86_400_000;
const HOST = "https://sellingpartnerapi-na.amazon.com";

describe("Finances samples", () => {
  it("sandbox listFinancialEvents: every list normalizes, lower-camel ProductAds included", () => {
    const events = normalizeFinancialEvents(json("sandbox-financesV0-listFinancialEvents_200.json"));
    expect(events.map((e) => e.kind).sort()).toEqual([
      "PayWithAmazon",
      "ProductAdsPayment",
      "RentalTransaction",
      "ServiceProviderCredit",
    ]);
    for (const e of events) {
      expect(e.known).toBe(true);
      expect(e.amounts.length).toBeGreaterThan(0);
      expect(e.total?.currency).toBe("USD");
    }
    const ads = events.find((e) => e.kind === "ProductAdsPayment")!;
    expect(ads.total?.toString()).toBe("25.37");
    expect(ads.postedDate).toBe("2020-02-05T13:56:00.363Z");
    expect(events.find((e) => e.kind === "PayWithAmazon")?.orderId).toBe("454645645656456");
  });

  it("sandbox listFinancialEventsByOrderId: retrocharge and service fee (no date) with exact sums", () => {
    const events = normalizeFinancialEvents(json("sandbox-financesV0-listFinancialEventsByOrderId_200.json"));
    const retro = events.find((e) => e.kind === "Retrocharge")!;
    expect(retro.orderId).toBe("444-555-3343433");
    const byDescription = Object.fromEntries(
      retro.amounts.map((a) => [a.amountDescription, a.amount.toString()]),
    );
    expect(byDescription).toMatchObject({ BaseTax: "25.37", ShippingTax: "25.37" });
    const fee = events.find((e) => e.kind === "ServiceFee")!;
    expect(fee.postedDate).toBeUndefined();
    expect(fee.amounts).toMatchObject([{ amountType: "Fee", amountDescription: "FixedClosingFee" }]);
    expect(fee.total?.toString()).toBe("25.37");
  });

  it("sandbox groups and transactions read exactly; the sandbox's statuses stay open strings", () => {
    const [group] = readFinancialEventGroups(json("sandbox-financesV0-listFinancialEventGroups_200.json"));
    expect(group).toMatchObject({ processingStatus: "PROCESSED", fundTransferStatus: "TRANSFERED" });
    expect(group?.originalTotal?.toString()).toBe("10.34");
    const payload = json("sandbox-finances2024-06-19-listTransactions_200.json").payload as {
      transactions: Parameters<typeof normalizeTransaction>[0][];
    };
    const [t] = payload.transactions.map(normalizeTransaction);
    expect(t?.related.FINANCIAL_EVENT_GROUP_ID).toBe("4MVaHcsAfaYAlwlaPWrXJxrfUiKfYZ2ooWtY7528FUA");
    expect(t?.related.ORDER_ID).toBe("8129762527551");
    expect(t?.total).toBeInstanceOf(Money);
  });

  it("the MWS ListFinancialEvents example (XML) normalizes with the same code", () => {
    const xml = new XMLParser({ parseTagValue: false, removeNSPrefix: true }).parse(
      sample("mws-docs-ListFinancialEvents-example.xml"),
    ) as { ListFinancialEventsResponse: { ListFinancialEventsResult: { FinancialEvents: unknown } } };
    const events = normalizeFinancialEvents(
      xml.ListFinancialEventsResponse.ListFinancialEventsResult.FinancialEvents,
    );
    const kinds = new Set(events.map((e) => e.kind));
    for (const k of ["Shipment", "ProductAdsPayment", "SellerDealPayment"]) expect(kinds).toContain(k);
    const deal = events.find((e) => e.kind === "SellerDealPayment")!;
    expect(deal.amounts.map((a) => a.amount.toString()).sort()).toEqual(["16.38", "3.18"]);
    const shipment = events.find((e) => e.kind === "Shipment")!;
    expect(shipment.orderId).toBeDefined();
    expect(shipment.amounts.some((a) => a.amountDescription === "Principal")).toBe(true);
    for (const e of events) expect(e.amounts.length).toBeGreaterThan(0);
  });

  it("amounts are keyed as the mapping layer's financeAmounts keys them (same rules, one source)", () => {
    for (const name of [
      "sandbox-financesV0-listFinancialEvents_200.json",
      "sandbox-financesV0-listFinancialEventsByOrderId_200.json",
    ]) {
      const body = json(name) as { payload: { FinancialEvents: unknown } };
      const ours = normalizeFinancialEvents(body).flatMap((e) => e.amounts);
      expect(JSON.parse(JSON.stringify(ours))).toEqual(
        JSON.parse(JSON.stringify(financeAmounts(body.payload.FinancialEvents))),
      );
    }
  });

  it("an event list newer than the model is kept, flagged unknown", () => {
    const events = normalizeFinancialEvents({
      FinancialEvents: {
        SomeNewProgramEventList: [
          {
            PostedDate: "2026-11-01T00:00:00Z",
            FeeAmount: { CurrencyCode: "EUR", CurrencyAmount: -1.5 },
            FeeType: "X",
          },
        ],
      },
    });
    expect(events).toMatchObject([{ kind: "SomeNewProgram", known: false }]);
    expect(events[0]?.total?.toString()).toBe("-1.50");
  });
});

describe("Finances against the simulator", () => {
  const sim = createAmazonSimulator({ seed: 61, data: { orders: 80, marketplaces: [US, CA] } });
  const server = setupServer(...sim.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());
  const amazon = createSimulatorClient(sim);

  it("lists open and closed groups in windows within the API's limits, across pages", async () => {
    const urls: URL[] = [];
    server.events.on("request:start", ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === "/finances/v0/financialEventGroups") urls.push(url);
    });
    const groups = [];
    for await (const g of listFinancialEventGroups(amazon, {
      startedAfter: sim.clock.now() - 60 * DAY,
      windowMs: 20 * DAY,
      pageSize: 1,
      clock: sim.clock,
    })) {
      groups.push(g);
    }
    server.events.removeAllListeners();
    const expected = sim.state.eventGroups.filter((g) => g.start >= sim.clock.now() - 60 * DAY);
    expect(groups.map((g) => g.id).sort()).toEqual(expected.map((g) => g.groupId).sort());
    expect(groups.some((g) => g.processingStatus === "Open")).toBe(true);
    expect(groups.some((g) => g.processingStatus === "Closed")).toBe(true);
    const windows = urls.filter((u) => u.searchParams.has("FinancialEventGroupStartedAfter"));
    expect(windows.length).toBe(3);
    for (const u of windows) {
      const span =
        Date.parse(u.searchParams.get("FinancialEventGroupStartedBefore")!) -
        Date.parse(u.searchParams.get("FinancialEventGroupStartedAfter")!);
      expect(span).toBeLessThanOrEqual(20 * DAY);
    }
    expect(urls.some((u) => u.searchParams.has("NextToken"))).toBe(true);
  });

  it("re-windows when a NextToken is rejected, without repeating or losing a group", async () => {
    let rejected = 0;
    server.use(
      http.get(`${HOST}/finances/v0/financialEventGroups`, ({ request }) => {
        if (!new URL(request.url).searchParams.has("NextToken") || rejected > 0) return undefined;
        rejected++;
        return HttpResponse.json(
          {
            errors: [
              { code: "InvalidInput", message: "Invalid NextToken", details: "The NextToken has expired" },
            ],
          },
          { status: 400 },
        );
      }),
    );
    const ids: string[] = [];
    for await (const g of listFinancialEventGroups(amazon, {
      startedAfter: sim.clock.now() - 60 * DAY,
      pageSize: 1,
      clock: sim.clock,
    })) {
      ids.push(g.id);
    }
    server.resetHandlers();
    expect(rejected).toBe(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      sim.state.eventGroups
        .filter((g) => g.start >= sim.clock.now() - 60 * DAY)
        .map((g) => g.groupId)
        .sort(),
    );
  });

  it("a group's events normalize, and their sum equals its 2024-06-19 transactions'", async () => {
    const group = sim.state.groupsOf(US).find((g) => g.processingStatus === "Closed")!;
    let events = 0;
    let eventSum = Money.zero("USD");
    const kinds = new Set<string>();
    for await (const e of listFinancialEventsByGroupId(amazon, group.groupId, { pageSize: 7 })) {
      events++;
      kinds.add(e.kind);
      eventSum = eventSum.plus(e.total ?? Money.zero("USD"));
    }
    let transactions = 0;
    let transactionSum = Money.zero("USD");
    for await (const t of listTransactions(amazon, {
      related: { name: "FINANCIAL_EVENT_GROUP_ID", value: group.groupId },
    })) {
      transactions++;
      expect(t.related.SETTLEMENT_ID).toBe(group.settlementId);
      transactionSum = transactionSum.plus(t.total ?? Money.zero("USD"));
    }
    expect(events).toBe(transactions);
    expect(events).toBeGreaterThan(7);
    expect(kinds).toContain("Shipment");
    expect(eventSum.equals(transactionSum)).toBe(true);
  });

  it("restarts a group's events when a NextToken is rejected, each event once", async () => {
    const group = sim.state.groupsOf(US).find((g) => g.processingStatus === "Closed")!;
    const all = [];
    for await (const e of listFinancialEventsByGroupId(amazon, group.groupId, { pageSize: 5 })) all.push(e);
    let rejected = 0;
    server.use(
      http.get(`${HOST}/finances/v0/financialEventGroups/:id/financialEvents`, ({ request }) => {
        if (!new URL(request.url).searchParams.has("NextToken") || rejected > 0) return undefined;
        rejected++;
        return HttpResponse.json(
          { errors: [{ code: "InvalidInput", message: "Invalid NextToken" }] },
          { status: 400 },
        );
      }),
    );
    const again = [];
    for await (const e of listFinancialEventsByGroupId(amazon, group.groupId, { pageSize: 5 })) again.push(e);
    server.resetHandlers();
    expect(rejected).toBe(1);
    expect(JSON.stringify(again.map((e) => e.raw))).toBe(JSON.stringify(all.map((e) => e.raw)));
  });

  it("the provisional view sums each open group's events by kind", async () => {
    const views = await readProvisionalView(amazon, { clock: sim.clock });
    const open = sim.state.eventGroups.filter((g) => g.processingStatus === "Open");
    expect(views.map((v) => v.group.id).sort()).toEqual(open.map((g) => g.groupId).sort());
    for (const v of views) {
      let viaTransactions: Money | undefined;
      for await (const t of listTransactions(amazon, {
        related: { name: "FINANCIAL_EVENT_GROUP_ID", value: v.group.id },
      })) {
        viaTransactions = viaTransactions ? viaTransactions.plus(t.total!) : t.total;
      }
      expect(v.events).toBeGreaterThan(0);
      expect(v.eventTotal?.equals(viaTransactions!)).toBe(true);
      const byTotals = v.totals.reduce((s, t) => s.plus(t.amount), Money.zero(v.eventTotal!.currency));
      expect(byTotals.equals(v.eventTotal!)).toBe(true);
      expect(v.totals.some((t) => t.kind === "Shipment" && t.amountDescription === "Principal")).toBe(true);
    }
  });
});
