import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { components } from "../../generated/amazon/financesV0.js";
import { Money } from "../../src/core/money.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

type FinancialEvents = components["schemas"]["FinancialEvents"];
type Currency = components["schemas"]["Currency"] | undefined;

const US = "ATVPDKIKX0DER";
const sim = createAmazonSimulator({ seed: 41, data: { orders: 160 } });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(() => sim.state.usagePlans.reset());

const na = createSimulatorClient(sim, { region: "na" });

/** Adds every amount in a FinancialEvents payload, exactly (the API prints numbers). */
function sumEvents(events: FinancialEvents, currency: string): Money {
  const amounts: Money[] = [];
  const add = (c: Currency) => {
    if (c?.CurrencyAmount !== undefined) amounts.push(Money.of(String(c.CurrencyAmount), currency));
  };
  for (const e of [...(events.ShipmentEventList ?? []), ...(events.RefundEventList ?? [])]) {
    for (const item of [...(e.ShipmentItemList ?? []), ...(e.ShipmentItemAdjustmentList ?? [])]) {
      for (const c of [...(item.ItemChargeList ?? []), ...(item.ItemChargeAdjustmentList ?? [])])
        add(c.ChargeAmount);
      for (const f of [...(item.ItemFeeList ?? []), ...(item.ItemFeeAdjustmentList ?? [])]) add(f.FeeAmount);
      for (const p of [...(item.PromotionList ?? []), ...(item.PromotionAdjustmentList ?? [])])
        add(p.PromotionAmount);
      for (const w of item.ItemTaxWithheldList ?? [])
        for (const t of w.TaxesWithheld ?? []) add(t.ChargeAmount);
    }
  }
  for (const e of events.ServiceFeeEventList ?? []) for (const f of e.FeeList ?? []) add(f.FeeAmount);
  for (const e of events.AdjustmentEventList ?? []) add(e.AdjustmentAmount);
  for (const e of events.ProductAdsPaymentEventList ?? []) add(e.transactionValue);
  return Money.sum(amounts, currency);
}

async function allGroupEvents(groupId: string) {
  const merged: FinancialEvents = {};
  let NextToken: string | undefined;
  let pages = 0;
  do {
    const { data, error } = await na.financesV0.GET(
      "/finances/v0/financialEventGroups/{eventGroupId}/financialEvents",
      {
        params: {
          path: { eventGroupId: groupId },
          query: NextToken ? { NextToken } : { MaxResultsPerPage: 5 },
        },
      },
    );
    expect(error).toBeUndefined();
    for (const [k, v] of Object.entries(data?.payload?.FinancialEvents ?? {})) {
      const key = k as keyof FinancialEvents;
      (merged[key] as unknown[]) = [...((merged[key] as unknown[] | undefined) ?? []), ...(v as unknown[])];
    }
    NextToken = data?.payload?.NextToken;
    pages++;
  } while (NextToken);
  return { events: merged, pages };
}

describe("Finances v0", () => {
  it("lists event groups: closed ones with a transfer date and end, the current one open", async () => {
    const { data } = await na.financesV0.GET("/finances/v0/financialEventGroups", {
      params: { query: { MaxResultsPerPage: 100 } },
    });
    const groups = data?.payload?.FinancialEventGroupList ?? [];
    expect(groups).toHaveLength(6); // US and CA: two closed, one open each
    const closed = groups.filter((g) => g.ProcessingStatus === "Closed");
    const open = groups.filter((g) => g.ProcessingStatus === "Open");
    expect(closed).toHaveLength(4);
    expect(closed.every((g) => g.FundTransferDate && g.FinancialEventGroupEnd)).toBe(true);
    expect(open.every((g) => !g.FundTransferDate && !g.FinancialEventGroupEnd)).toBe(true);
  });

  it("the events of a closed group plus its reserve lines add up to its OriginalTotal", async () => {
    const group = sim.state.groupsOf(US).find((g) => g.processingStatus === "Closed")!;
    const { events, pages } = await allGroupEvents(group.groupId);
    expect(pages).toBeGreaterThan(1);
    const reserves = Money.sum(
      (group.lines ?? []).filter((l) => /Reserve/.test(l.amountDescription)).map((l) => l.amount),
      "USD",
    );
    const { data } = await na.financesV0.GET("/finances/v0/financialEventGroups", {
      params: { query: { MaxResultsPerPage: 100 } },
    });
    const listed = data?.payload?.FinancialEventGroupList?.find(
      (g) => g.FinancialEventGroupId === group.groupId,
    );
    const original = Money.of(String(listed?.OriginalTotal?.CurrencyAmount), "USD");
    expect(sumEvents(events, "USD").plus(reserves).equals(original)).toBe(true);
    expect(original.equals(group.total!)).toBe(true);
    expect(events.ShipmentEventList?.length).toBeGreaterThan(5);
  });

  it("an event group goes from Open to Closed", async () => {
    const open = sim.state.groupsOf(US).find((g) => g.processingStatus === "Open")!;
    const before = sim.state.balanceOf(open.groupId);
    const report = sim.state.closeEventGroup(open.groupId);
    expect(report.settlementId).toBe(open.settlementId);
    const { data } = await na.financesV0.GET("/finances/v0/financialEventGroups", {
      params: { query: { MaxResultsPerPage: 100 } },
    });
    const listed = data?.payload?.FinancialEventGroupList?.find(
      (g) => g.FinancialEventGroupId === open.groupId,
    );
    expect(listed?.ProcessingStatus).toBe("Closed");
    expect(listed?.FundTransferStatus).toBeDefined();
    // Closing adds the reserve Amazon holds back, which an open group does not show yet.
    const reserve = open.lines?.find((l) => l.amountDescription === "Current Reserve Amount")?.amount;
    expect(Money.of(String(listed?.OriginalTotal?.CurrencyAmount), "USD").equals(before.plus(reserve!))).toBe(
      true,
    );
  });

  it("listFinancialEvents filters on PostedAfter and refuses a PostedBefore too close to now", async () => {
    const after = sim.clock.now() - 5 * 86_400_000;
    const { data } = await na.financesV0.GET("/finances/v0/financialEvents", {
      params: { query: { PostedAfter: new Date(after).toISOString() } },
    });
    const posted = (data?.payload?.FinancialEvents?.ShipmentEventList ?? []).map((e) =>
      Date.parse(e.PostedDate ?? ""),
    );
    expect(posted.length).toBeGreaterThan(0);
    expect(posted.every((t) => t >= after)).toBe(true);
    const tooLate = await na.financesV0.GET("/finances/v0/financialEvents", {
      params: {
        query: {
          PostedAfter: new Date(after).toISOString(),
          PostedBefore: new Date(sim.clock.now()).toISOString(),
        },
      },
    });
    expect(tooLate.response.status).toBe(400);
  });

  it("listFinancialEventsByOrderId returns the order's shipment", async () => {
    const order = [...sim.state.orders.values()].find(
      (o) => o.marketplaceId === US && o.status === "Shipped",
    )!;
    const { data } = await na.financesV0.GET("/finances/v0/orders/{orderId}/financialEvents", {
      params: { path: { orderId: order.orderId } },
    });
    expect(data?.payload?.FinancialEvents?.ShipmentEventList?.[0]?.AmazonOrderId).toBe(order.orderId);
  });
});

describe("Finances 2024-06-19", () => {
  it("listTransactions for an event group totals the group minus its reserves", async () => {
    const group = sim.state.groupsOf(US).find((g) => g.processingStatus === "Closed")!;
    const totals: Money[] = [];
    let nextToken: string | undefined;
    do {
      const { data, error } = await na.finances.GET("/finances/2024-06-19/transactions", {
        params: {
          query: nextToken
            ? { nextToken }
            : { relatedIdentifierName: "FINANCIAL_EVENT_GROUP_ID", relatedIdentifierValue: group.groupId },
        },
      });
      expect(error).toBeUndefined();
      for (const t of data?.payload?.transactions ?? []) {
        expect(t.transactionStatus).toBe("RELEASED");
        totals.push(Money.of(String(t.totalAmount?.currencyAmount), "USD"));
      }
      nextToken = data?.payload?.nextToken;
    } while (nextToken);
    const reserves = Money.sum(
      (group.lines ?? []).filter((l) => /Reserve/.test(l.amountDescription)).map((l) => l.amount),
      "USD",
    );
    expect(Money.sum(totals, "USD").plus(reserves).equals(group.total!)).toBe(true);
  });

  it("listTransactions filters on postedAfter and ORDER_ID", async () => {
    const order = [...sim.state.orders.values()].find(
      (o) => o.marketplaceId === US && o.status === "Shipped",
    )!;
    const { data } = await na.finances.GET("/finances/2024-06-19/transactions", {
      params: { query: { relatedIdentifierName: "ORDER_ID", relatedIdentifierValue: order.orderId } },
    });
    const shipment = data?.payload?.transactions?.find((t) => t.transactionType === "Shipment");
    expect(shipment?.relatedIdentifiers?.some((r) => r.relatedIdentifierValue === order.orderId)).toBe(true);
    const missing = await na.finances.GET("/finances/2024-06-19/transactions", { params: { query: {} } });
    expect(missing.response.status).toBe(400);
  });
});
