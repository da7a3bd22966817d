/**
 * Fuzz targets of the SP-API response side: the Finances listings (`listFinancialEventGroups`,
 * `listFinancialEventsByGroupId`, their normalizers) and the orders listing (`listOrders`, both API
 * versions, with the order normalizers), and the error path (`expectData`, `amazonErrors`), each
 * through the public functions with a fetch stub that answers the fuzzed status and body.
 */
import fc from "fast-check";
import { createSpApiClient, type SpApiClient } from "../../../src/amazon/client.js";
import {
  listFinancialEventGroups,
  listFinancialEventsByGroupId,
} from "../../../src/amazon/finances/finances.js";
import { listOrders } from "../../../src/amazon/orders/list-orders.js";
import { createSimulatedClock } from "../../../src/core/clock.js";
import { staticTokenProvider } from "../../../src/core/token-provider.js";
import type { FuzzTarget } from "../support/fuzz.js";

/** The typed errors the SP-API wrappers document. */
const documented = (code: string) =>
  ["AMAZON_API_ERROR", "AMAZON_BAD_RESPONSE", "VALIDATION_ERROR", "THROTTLED"].includes(code) ||
  code.startsWith("MONEY_");

interface Answer {
  readonly status: number;
  readonly body: string;
}

function stubbed(answers: readonly Answer[]): SpApiClient {
  let i = 0;
  return createSpApiClient({
    region: "na",
    tokens: staticTokenProvider("Atza|fuzz", { header: "x-amz-access-token" }),
    retry: false,
    limiter: false,
    fetch: async () => {
      const a = answers[i++] ?? { status: 200, body: '{"payload":{}}' };
      return new Response(a.status === 204 ? null : a.body, {
        status: a.status,
        headers: { "content-type": "application/json", "x-amzn-RequestId": "fuzz" },
      });
    },
  });
}

const anyJson = fc.jsonValue({ maxDepth: 3 });
const amount = fc.oneof(
  fc.record(
    {
      CurrencyCode: fc.constantFrom("USD", "EUR", "JPY", "", "usd"),
      CurrencyAmount: fc.oneof(
        fc.double({ noNaN: false }),
        fc.integer(),
        fc.constantFrom("12.34", "1e400", "abc"),
      ),
    },
    { requiredKeys: [] },
  ),
  anyJson,
);
const shipmentEvent = fc.record(
  {
    AmazonOrderId: fc.oneof(fc.constant("111-2222222-3333333"), anyJson),
    PostedDate: fc.oneof(fc.constantFrom("2026-01-05T10:00:00Z", "not a date", ""), anyJson),
    MarketplaceName: fc.oneof(fc.constant("Amazon.com"), anyJson),
    ShipmentItemList: fc.oneof(
      fc.array(
        fc.record(
          {
            SellerSKU: fc.oneof(fc.constant("SKU-1"), anyJson),
            ItemChargeList: fc.oneof(
              fc.array(
                fc.record(
                  { ChargeType: fc.oneof(fc.constant("Principal"), anyJson), ChargeAmount: amount },
                  { requiredKeys: [] },
                ),
                { maxLength: 3 },
              ),
              anyJson,
            ),
            ItemFeeList: fc.oneof(
              fc.array(
                fc.record(
                  { FeeType: fc.oneof(fc.constant("Commission"), anyJson), FeeAmount: amount },
                  { requiredKeys: [] },
                ),
                { maxLength: 3 },
              ),
              anyJson,
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
      anyJson,
    ),
  },
  { requiredKeys: [] },
);
const eventsPage = fc
  .record(
    {
      payload: fc.oneof(
        fc.record(
          {
            NextToken: fc.oneof(fc.constant("next"), anyJson),
            FinancialEvents: fc.oneof(
              fc.record(
                {
                  ShipmentEventList: fc.oneof(fc.array(shipmentEvent, { maxLength: 3 }), anyJson),
                  RefundEventList: fc.oneof(fc.array(shipmentEvent, { maxLength: 2 }), anyJson),
                  ServiceFeeEventList: fc.oneof(
                    fc.array(fc.record({ FeeList: anyJson, FeeReason: anyJson }, { requiredKeys: [] }), {
                      maxLength: 2,
                    }),
                    anyJson,
                  ),
                  AdjustmentEventList: fc.oneof(
                    fc.array(
                      fc.record({ AdjustmentType: anyJson, AdjustmentAmount: amount }, { requiredKeys: [] }),
                      { maxLength: 2 },
                    ),
                    anyJson,
                  ),
                },
                { requiredKeys: [] },
              ),
              anyJson,
            ),
          },
          { requiredKeys: [] },
        ),
        anyJson,
      ),
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

const groupsPage = fc
  .record(
    {
      payload: fc.oneof(
        fc.record(
          {
            NextToken: fc.oneof(fc.constant("next"), anyJson),
            FinancialEventGroupList: fc.oneof(
              fc.array(
                fc.record(
                  {
                    FinancialEventGroupId: fc.oneof(fc.constantFrom("g1", "g2"), anyJson),
                    ProcessingStatus: fc.oneof(fc.constantFrom("Open", "Closed"), anyJson),
                    FinancialEventGroupStart: fc.oneof(
                      fc.constantFrom("2026-01-01T00:00:00Z", "bad"),
                      anyJson,
                    ),
                    FinancialEventGroupEnd: anyJson,
                    OriginalTotal: amount,
                    ConvertedTotal: amount,
                    BeginningBalance: amount,
                  },
                  { requiredKeys: [] },
                ),
                { maxLength: 3 },
              ),
              anyJson,
            ),
          },
          { requiredKeys: [] },
        ),
        anyJson,
      ),
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

const ordersPage = fc
  .record(
    {
      payload: fc.oneof(
        fc.record(
          {
            Orders: fc.oneof(
              fc.array(
                fc.dictionary(
                  fc.constantFrom(
                    "AmazonOrderId",
                    "OrderStatus",
                    "PurchaseDate",
                    "LastUpdateDate",
                    "OrderTotal",
                    "MarketplaceId",
                    "NumberOfItemsShipped",
                  ),
                  anyJson,
                ),
                { maxLength: 3 },
              ),
              anyJson,
            ),
            NextToken: fc.oneof(fc.constant("n"), anyJson),
          },
          { requiredKeys: [] },
        ),
        anyJson,
      ),
      orders: fc.oneof(
        fc.array(
          fc.dictionary(
            fc.constantFrom(
              "orderId",
              "orderStatus",
              "createdTime",
              "lastUpdatedTime",
              "salesChannel",
              "orderItems",
              "fulfillment",
              "proceeds",
            ),
            anyJson,
          ),
          { maxLength: 3 },
        ),
        anyJson,
      ),
      pagination: fc.oneof(
        fc.record({ nextToken: fc.oneof(fc.constant("n"), anyJson) }, { requiredKeys: [] }),
        anyJson,
      ),
      errors: fc.oneof(
        fc.array(fc.record({ code: anyJson, message: anyJson, details: anyJson }, { requiredKeys: [] }), {
          maxLength: 2,
        }),
        anyJson,
      ),
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("", "null", "[]", "{", "<html>503</html>"),
);
const status = fc.oneof(
  { weight: 5, arbitrary: fc.constant(200) },
  { weight: 1, arbitrary: fc.constantFrom(204, 400, 403, 404, 429, 500) },
);
const answers = (body: fc.Arbitrary<string>) =>
  fc.array(
    fc.record({ status, body: fc.oneof({ weight: 5, arbitrary: body }, { weight: 1, arbitrary: text }) }),
    { minLength: 1, maxLength: 3 },
  );

type AmazonCase =
  | { readonly op: "groups" | "events"; readonly answers: readonly Answer[] }
  | { readonly op: "orders"; readonly api: "2026-01-01" | "v0"; readonly answers: readonly Answer[] };

const clock = createSimulatedClock({ start: Date.UTC(2026, 1, 1) });

async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

export const amazonTarget: FuzzTarget<AmazonCase> = {
  name: "sp-api",
  share: 0.2,
  arbitrary: fc.oneof(
    fc.record({ op: fc.constant("groups" as const), answers: answers(groupsPage) }),
    fc.record({ op: fc.constant("events" as const), answers: answers(eventsPage) }),
    fc.record({
      op: fc.constant("orders" as const),
      api: fc.constantFrom("2026-01-01" as const, "v0" as const),
      answers: answers(ordersPage),
    }),
  ),
  run: async (c) => {
    const amazon = stubbed(c.answers);
    switch (c.op) {
      case "groups":
        return drain(listFinancialEventGroups(amazon, { startedAfter: Date.UTC(2026, 0, 1), clock }));
      case "events":
        return (await drain(listFinancialEventsByGroupId(amazon, "g1"))).map((e) => ({
          ...e,
          raw: undefined,
        }));
      case "orders":
        return drain(
          listOrders(amazon, {
            marketplaceIds: ["ATVPDKIKX0DER"],
            lastUpdatedAfter: Date.UTC(2026, 0, 1),
            api: c.api,
            lastUpdatedBefore: Date.UTC(2026, 0, 20),
          }),
        );
    }
  },
  documented,
};
