import { describe, expectTypeOf, it } from "vitest";
import type { components as D365 } from "../../generated/d365/data-entities.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { createD365Client } from "../../src/d365/client.js";

const amazon = createSpApiClient({ region: "na" });
const d365 = createD365Client({ environmentUrl: "https://contoso.operations.dynamics.com" });

describe("SP-API typed clients", () => {
  it("accepts a well-formed searchOrders call and types its result", () => {
    const call = () =>
      amazon.orders.GET("/orders/2026-01-01/orders", {
        params: { query: { marketplaceIds: ["ATVPDKIKX0DER"], lastUpdatedAfter: "2026-11-01T00:00:00Z" } },
      });
    expectTypeOf(call).returns.resolves.toHaveProperty("data");
  });

  it("rejects a wrong path", () => {
    // @ts-expect-error: no such path in Orders 2026-01-01
    amazon.orders.GET("/orders/2026-01-01/order", {});
  });

  it("rejects a searchOrders call without marketplaceIds", () => {
    amazon.orders.GET("/orders/2026-01-01/orders", {
      // @ts-expect-error: marketplaceIds is required
      params: { query: { lastUpdatedAfter: "2026-11-01T00:00:00Z" } },
    });
  });

  it("rejects a v0 getOrders call without MarketplaceIds (required by the model itself)", () => {
    amazon.ordersV0.GET("/orders/v0/orders", {
      // @ts-expect-error: MarketplaceIds is required
      params: { query: { CreatedAfter: "2026-11-01T00:00:00Z" } },
    });
  });

  it("rejects a path of one API on another API's client", () => {
    // @ts-expect-error: the v0 path is not on the 2026-01-01 client
    amazon.orders.GET("/orders/v0/orders", {});
  });
});

describe("D365 typed client", () => {
  it("accepts a journal line body", () => {
    type Line = D365["schemas"]["Microsoft.Dynamics.DataEntities.LedgerJournalLine-create"];
    expectTypeOf<Line>().toHaveProperty("AccountDisplayValue");
  });

  it("rejects a wrong body type on a LedgerJournalLines POST", () => {
    d365.odata.POST("/LedgerJournalLines", {
      // @ts-expect-error: DebitAmount is a number, not an object, and the line is no customer
      body: { CustomerAccount: "US-001", DebitAmount: { value: 1 } },
    });
  });
});
