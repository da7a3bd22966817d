import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { flattenEventAmounts } from "../../src/amazon/finances/events.js";
import { financeAmounts } from "../../src/mapping/finance-amounts.js";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");
const samples = path.resolve(repoRoot, "..", "shared", "samples", "finances");

const key = (a: { amountType: string; amountDescription: string; amount: { toString(): string } }) =>
  `${a.amountType}/${a.amountDescription}/${a.amount.toString()}`;

describe("financeAmounts", () => {
  it("regression: keeps a deal's TaxAmount beside its typed FeeAmount when the event has no total (MWS SellerDealPayment)", () => {
    const xml = new XMLParser({ parseTagValue: false, ignoreAttributes: true }).parse(
      readFileSync(path.join(samples, "mws-docs-ListFinancialEvents-example.xml"), "utf8"),
    ) as { ListFinancialEventsResponse: { ListFinancialEventsResult: { FinancialEvents: unknown } } };
    const amounts = financeAmounts(xml.ListFinancialEventsResponse.ListFinancialEventsResult.FinancialEvents);
    const deal = amounts.filter((a) => a.transactionType === "SellerDealPayment");
    expect(deal.map(key).sort()).toEqual(["Amount/TaxAmount/3.18", "Fee/RunLightningDealFee/16.38"]);
    expect(deal.every((a) => a.postedDate === "2016-11-21")).toBe(true);
  });

  it("reads each event through the Amazon layer's flattening (one set of rules)", () => {
    const event = {
      PostedDate: "2026-11-02T10:00:00Z",
      AmazonOrderId: "111-0000000-0000001",
      ShipmentItemList: [
        {
          SellerSKU: "SKU-1",
          ItemChargeList: [
            { ChargeType: "Principal", ChargeAmount: { CurrencyCode: "USD", CurrencyAmount: 10.5 } },
          ],
          ItemFeeList: [{ FeeType: "Commission", FeeAmount: { CurrencyCode: "USD", CurrencyAmount: -1.58 } }],
        },
      ],
    };
    const amounts = financeAmounts({ ShipmentEventList: [event] });
    expect(amounts).toEqual(flattenEventAmounts("Shipment", event));
    expect(amounts.map(key)).toEqual(["Charge/Principal/10.50", "Fee/Commission/-1.58"]);
    expect(amounts[0]).toMatchObject({
      sku: "SKU-1",
      orderId: "111-0000000-0000001",
      postedDate: "2026-11-02",
    });
  });

  it("keeps only an event's own total, not its parts", () => {
    const amounts = financeAmounts({
      ProductAdsPaymentEventList: [
        {
          transactionType: "Charge",
          baseValue: { CurrencyCode: "USD", CurrencyAmount: 115.34 },
          taxValue: { CurrencyCode: "USD", CurrencyAmount: 21.91 },
          transactionValue: { CurrencyCode: "USD", CurrencyAmount: 137.25 },
        },
      ],
    });
    expect(amounts.map(key)).toEqual(["Total/Charge/137.25"]);
  });

  it("returns nothing for input that is not a FinancialEvents object", () => {
    expect(financeAmounts(undefined)).toEqual([]);
    expect(financeAmounts([1, 2])).toEqual([]);
  });
});
