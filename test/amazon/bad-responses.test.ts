/**
 * Regressions found by fuzzing the SP-API response side: answers whose body is not JSON, or whose
 * fields have other types than the API documents, escaped as raw SyntaxError / TypeError. They are
 * now AmazonApiError `AMAZON_BAD_RESPONSE`, naming the operation.
 */
import { describe, expect, it } from "vitest";
import { createSpApiClient } from "../../src/amazon/client.js";
import {
  listFinancialEventGroups,
  listFinancialEventsByGroupId,
} from "../../src/amazon/finances/finances.js";
import { listOrders } from "../../src/amazon/orders/list-orders.js";
import { createSimulatedClock } from "../../src/core/clock.js";
import { isAmazonApiError } from "../../src/core/errors.js";
import { staticTokenProvider } from "../../src/core/token-provider.js";

function answering(body: string, status = 200) {
  return createSpApiClient({
    region: "na",
    tokens: staticTokenProvider("Atza|test", { header: "x-amz-access-token" }),
    retry: false,
    limiter: false,
    fetch: async () => new Response(body, { status, headers: { "content-type": "application/json" } }),
  });
}

async function failure(items: AsyncIterable<unknown>) {
  try {
    for await (const _ of items) {
    }
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure");
}

const window = {
  marketplaceIds: ["ATVPDKIKX0DER"],
  lastUpdatedAfter: Date.UTC(2026, 0, 1),
  lastUpdatedBefore: Date.UTC(2026, 0, 2),
};

describe("SP-API answers that do not match the schema are typed errors", () => {
  it("regression: searchOrders answered {} was a raw TypeError (reading 'map')", async () => {
    const e = await failure(listOrders(answering("{}"), window));
    expect(isAmazonApiError(e) && e.code).toBe("AMAZON_BAD_RESPONSE");
    expect(isAmazonApiError(e) && e.where.operation).toBe("searchOrders");
  });

  it("regression: a 200 whose body is not JSON was a raw SyntaxError", async () => {
    const e = await failure(listOrders(answering("<html>503</html>"), window));
    expect(isAmazonApiError(e) && e.code).toBe("AMAZON_BAD_RESPONSE");
    expect(isAmazonApiError(e) && e.retryable).toBe(true);
  });

  it("regression: getOrders with Orders that are not a list was a raw TypeError", async () => {
    const e = await failure(listOrders(answering('{"payload":{"Orders":5}}'), { ...window, api: "v0" }));
    expect(isAmazonApiError(e) && e.code).toBe("AMAZON_BAD_RESPONSE");
  });

  it("regression: a financial events body of null was a raw TypeError", async () => {
    const e = await failure(listFinancialEventsByGroupId(answering("null"), "g1"));
    expect(isAmazonApiError(e) && e.code).toBe("AMAZON_BAD_RESPONSE");
    expect(isAmazonApiError(e) && e.where.record).toBe("g1");
  });

  it("a well-formed empty listing still reads as empty", async () => {
    const clock = createSimulatedClock({ start: Date.UTC(2026, 1, 1) });
    const groups: unknown[] = [];
    for await (const g of listFinancialEventGroups(answering('{"payload":{"FinancialEventGroupList":[]}}'), {
      startedAfter: Date.UTC(2026, 0, 1),
      clock,
    })) {
      groups.push(g);
    }
    expect(groups).toEqual([]);
  });
});
