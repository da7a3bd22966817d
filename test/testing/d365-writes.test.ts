import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { paths } from "../../generated/d365/data-entities.js";
import { createD365Client, type D365Client } from "../../src/d365/client.js";
import { simulatorBearerFetch } from "../../src/testing/d365/bearer-fetch.js";
import { createD365Simulator, type D365Simulator } from "../../src/testing/d365/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

type CreateBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody: { content: { "application/json": infer B } } };
}
  ? B
  : never;
/** The generated create types require every key, even server-assigned ones; omit those, keep names checked. */
const body = <P extends keyof paths>(_path: P, values: Partial<CreateBody<P>>) => values as CreateBody<P>;

type ErrorBody = { error: { code: string; message: string; innererror: { message: string; type: string } } };
const innerMessage = (error: unknown) => (error as ErrorBody).error.innererror.message;

const LINE_KEY =
  "/LedgerJournalLines(dataAreaId='{dataAreaId}',JournalBatchNumber='{JournalBatchNumber}',LineNumber={LineNumber})" as const;
const HEADER_KEY =
  "/LedgerJournalHeaders(dataAreaId='{dataAreaId}',JournalBatchNumber='{JournalBatchNumber}')" as const;

let sim: D365Simulator;
let d365: D365Client;
let bearer: ReturnType<typeof simulatorBearerFetch>;
beforeEach(() => {
  sim = createD365Simulator();
  server.resetHandlers(...sim.handlers);
  bearer = simulatorBearerFetch(sim.state);
  d365 = createD365Client({
    environmentUrl: sim.state.environmentUrl,
    fetch: bearer,
    retry: false,
    limiter: false,
  });
});

async function newJournal(dataAreaId = "usmf"): Promise<string> {
  const { data, error } = await d365.odata.POST("/LedgerJournalHeaders", {
    body: body("/LedgerJournalHeaders", {
      dataAreaId,
      JournalName: "GenJrn",
      Description: "Amazon settlement 123",
    }),
  });
  if (error) throw new Error(JSON.stringify(error));
  return String(data?.JournalBatchNumber);
}

const line = (journal: string, extra: Partial<CreateBody<"/LedgerJournalLines">> = {}) =>
  body("/LedgerJournalLines", {
    JournalBatchNumber: journal,
    TransDate: "2026-03-01T00:00:00Z",
    CurrencyCode: "USD",
    AccountType: "Ledger",
    AccountDisplayValue: "401100-001-022",
    CreditAmount: "100.00",
    Text: "Amazon sales",
    ...extra,
  });

describe("POST", () => {
  it("creates a row, returns it with Location and ETag, and assigns keys from number sequences per company", async () => {
    const first = await d365.odata.POST("/LedgerJournalHeaders", {
      body: body("/LedgerJournalHeaders", { JournalName: "GenJrn" }),
    });
    expect(first.response.status).toBe(201);
    expect(first.data).toMatchObject({
      dataAreaId: "usmf",
      JournalBatchNumber: "000001",
      Description: "General journal",
      IsPosted: "No",
    });
    expect(first.response.headers.get("Location")).toBe(
      `${sim.state.environmentUrl}/data/LedgerJournalHeaders(dataAreaId='usmf',JournalBatchNumber='000001')`,
    );
    expect(first.response.headers.get("ETag")).toMatch(/^W\/"/);
    expect(await newJournal()).toBe("000002");
    expect(await newJournal("camf")).toBe("000001");
    expect(sim.state.rows("LedgerJournalHeaders", "USMF").map((h) => h.JournalBatchNumber)).toEqual([
      "000001",
      "000002",
    ]);

    const invoice = await d365.odata.POST("/FreeTextInvoiceHeaders", {
      body: body("/FreeTextInvoiceHeaders", { CustomerAccount: "AMZ-US" }),
    });
    expect(String(invoice.data?.InvoiceIdentifier)).toMatch(/^\d{10}$/);
    expect(invoice.data).toMatchObject({
      CurrencyCode: "USD",
      InvoiceAccount: "AMZ-US",
      InvoiceDate: "2026-01-01T00:00:00Z",
    });

    const order = await d365.odata.POST("/SalesOrderHeadersV2", {
      body: body("/SalesOrderHeadersV2", {
        OrderingCustomerAccountNumber: "AMZ-US",
        CustomersOrderReference: "113-1234567-1234567",
      }),
    });
    expect(order.data?.SalesOrderNumber).toBe("000001");
    const orderLine = await d365.odata.POST("/SalesOrderLines", {
      body: body("/SalesOrderLines", {
        SalesOrderNumber: "000001",
        ItemNumber: "A0001",
        OrderedSalesQuantity: "3",
      }),
    });
    expect(orderLine.data).toMatchObject({
      InventoryLotId: "000001USMF",
      SalesPrice: "14.99",
      LineAmount: "44.97",
      LineNumber: "1",
    });
  });

  it("keeps decimals exact from request to state to response", async () => {
    const journal = await newJournal();
    const created = await d365.odata.POST("/LedgerJournalLines", {
      body: line(journal, { CreditAmount: "12345678901234.5678" }),
    });
    expect(created.data?.CreditAmount).toBe("12345678901234.5678");
    expect(sim.state.rows("LedgerJournalLines")[0]?.CreditAmount).toBe("12345678901234.5678");

    // Without IEEE754Compatible the number travels as a JSON number literal, still exact on the wire.
    const raw = await bearer(
      new Request(`${sim.state.environmentUrl}/data/LedgerJournalLines`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: `{"JournalBatchNumber":"${journal}","TransDate":"2026-03-01T00:00:00Z","CurrencyCode":"USD","AccountDisplayValue":"618100-004-025","DebitAmount":0.10000000000000000001}`,
      }),
    );
    expect(raw.status).toBe(201);
    expect(await raw.text()).toContain('"DebitAmount":0.10000000000000000001');
    const header = await d365.odata.GET(HEADER_KEY, {
      params: { path: { dataAreaId: "usmf", JournalBatchNumber: journal } },
    });
    expect(header.data).toMatchObject({
      JournalTotalCredit: "12345678901234.5678",
      JournalTotalDebit: "0.10000000000000000001",
    });

    // A decimal as a JSON string is only accepted under IEEE754Compatible=true.
    const strict = await bearer(
      new Request(`${sim.state.environmentUrl}/data/LedgerJournalLines`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ ...line(journal), CreditAmount: "1.00" }),
      }),
    );
    expect(strict.status).toBe(400);
  });

  it("rejects unknown properties, wrong types, over-long strings and missing required fields with D365 error bodies", async () => {
    const journal = await newJournal();
    const unknown = await d365.odata.POST("/LedgerJournalLines", {
      body: { ...line(journal), Foo: "x" } as never,
    });
    expect(unknown.response.status).toBe(400);
    expect((unknown.error as ErrorBody).error.message).toMatch(
      /^The property 'Foo' does not exist on type 'Microsoft.Dynamics.DataEntities.LedgerJournalLine'/,
    );

    const badEnum = await d365.odata.POST("/LedgerJournalLines", {
      body: line(journal, { AccountType: "Ledgr" as "Ledger" }),
    });
    expect(badEnum.response.status).toBe(400);
    const dateOnly = await d365.odata.POST("/LedgerJournalLines", {
      body: line(journal, { TransDate: "2026-03-01" }),
    });
    expect(dateOnly.response.status).toBe(400);
    const notText = await d365.odata.POST("/LedgerJournalLines", {
      body: line(journal, { Text: 42 as unknown as string }),
    });
    expect(notText.response.status).toBe(400);
    const tooLong = await d365.odata.POST("/LedgerJournalLines", {
      body: line(journal, { Text: "x".repeat(61) }),
    });
    expect(tooLong.response.status).toBe(400);
    expect(innerMessage(tooLong.error)).toContain("maximum is 60");

    const missing = await d365.odata.POST("/LedgerJournalHeaders", {
      body: body("/LedgerJournalHeaders", { Description: "no name" }),
    });
    expect(missing.response.status).toBe(400);
    expect(missing.error).toMatchObject({
      error: {
        code: "",
        message: "An error has occurred.",
        innererror: {
          type: "Microsoft.Dynamics.Platform.Integration.Services.OData.AxODataWriteException",
          message:
            "Write failed for table row of type 'LedgerJournalHeaderEntity'. Infolog: Error: Field 'JournalName' must be filled in.",
        },
      },
    });
    expect(sim.state.rows("LedgerJournalLines")).toHaveLength(0);
  });

  it("refuses duplicate keys and writes to read-only entities", async () => {
    const dup = await d365.odata.POST("/CustomersV3", {
      body: body("/CustomersV3", {
        CustomerAccount: "AMZ-US",
        CustomerGroupId: "AMZ",
        SalesCurrencyCode: "USD",
      }),
    });
    expect(dup.response.status).toBe(400);
    expect(innerMessage(dup.error)).toContain("already exists");
    const readOnly = await d365.odata.POST("/SalesInvoiceHeadersV2", {
      body: body("/SalesInvoiceHeadersV2", {
        InvoiceNumber: "CIV-1",
        InvoiceDate: "2026-01-01T00:00:00Z",
        LedgerVoucher: "V1",
      }),
    });
    expect(readOnly.response.status).toBe(400);
  });

  it("answers 204 with Location on Prefer: return=minimal", async () => {
    const { response } = await d365.odata.POST("/CustomerGroups", {
      body: body("/CustomerGroups", { CustomerGroupId: "NEW", Description: "New group" }),
      headers: { Prefer: "return=minimal" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Location")).toContain(
      "CustomerGroups(dataAreaId='usmf',CustomerGroupId='NEW')",
    );
    expect(
      sim.state.find("CustomerGroups", { dataAreaId: "USMF", CustomerGroupId: "new" })?.Description,
    ).toBe("New group");
  });
});

describe("PATCH with ETags", () => {
  it("updates with a matching If-Match, refuses a stale one with 412, and accepts *", async () => {
    const journal = await newJournal();
    const created = await d365.odata.POST("/LedgerJournalLines", { body: line(journal) });
    const etag = String((created.data as Record<string, unknown>)["@odata.etag"]);
    const path = {
      dataAreaId: "usmf",
      JournalBatchNumber: journal,
      LineNumber: String(created.data?.LineNumber),
    };

    const ok = await d365.odata.PATCH(LINE_KEY, {
      params: { path },
      body: { Text: "Amazon sales 2026-03" },
      headers: { "If-Match": etag },
    });
    expect(ok.response.status).toBe(204);
    const newEtag = ok.response.headers.get("ETag");
    expect(newEtag).not.toBe(etag);
    expect(
      sim.state.find("LedgerJournalLines", {
        dataAreaId: "usmf",
        JournalBatchNumber: journal,
        LineNumber: "1",
      })?.Text,
    ).toBe("Amazon sales 2026-03");

    const stale = await d365.odata.PATCH(LINE_KEY, {
      params: { path },
      body: { Text: "lost update" },
      headers: { "If-Match": etag },
    });
    expect(stale.response.status).toBe(412);
    expect((stale.error as ErrorBody).error.message).toMatch(/ETag/);

    const stalePayload = await d365.odata.PATCH(LINE_KEY, {
      params: { path },
      body: { "@odata.etag": etag, Text: "lost update" } as never,
    });
    expect(stalePayload.response.status).toBe(412);

    const any = await d365.odata.PATCH(LINE_KEY, {
      params: { path },
      body: { CreditAmount: "99.99" },
      headers: { "If-Match": "*", Prefer: "return=representation" },
    });
    expect(any.response.status).toBe(200);
    expect(any.data).toMatchObject({ CreditAmount: "99.99", Text: "Amazon sales 2026-03" });
    expect(
      sim.state.etag("LedgerJournalLines", {
        dataAreaId: "usmf",
        JournalBatchNumber: journal,
        LineNumber: "1",
      }),
    ).toBe(any.response.headers.get("ETag"));
  });

  it("refuses to change key fields and validates the merged row", async () => {
    const journal = await newJournal();
    await d365.odata.POST("/LedgerJournalLines", { body: line(journal) });
    const path = { dataAreaId: "usmf", JournalBatchNumber: journal, LineNumber: 1 };
    const rekey = await d365.odata.PATCH(LINE_KEY, {
      params: { path },
      body: { JournalBatchNumber: "OTHER" },
    });
    expect(rekey.response.status).toBe(400);
    const both = await d365.odata.PATCH(LINE_KEY, { params: { path }, body: { DebitAmount: "5" } });
    expect(both.response.status).toBe(400);
    expect(innerMessage(both.error)).toContain("both a debit and a credit");
    const missing = await d365.odata.PATCH(LINE_KEY, {
      params: { path: { ...path, LineNumber: 9 } },
      body: { Text: "x" },
    });
    expect(missing.response.status).toBe(404);
  });
});

describe("DELETE", () => {
  it("deletes a row (If-Match checked) and a header's lines with it", async () => {
    const journal = await newJournal();
    await d365.odata.POST("/LedgerJournalLines", { body: line(journal) });
    await d365.odata.POST("/LedgerJournalLines", {
      body: line(journal, { CreditAmount: "0", DebitAmount: "100.00", AccountDisplayValue: "110180" }),
    });
    expect(sim.state.rows("LedgerJournalLines")).toHaveLength(2);

    const stale = await d365.odata.DELETE(LINE_KEY, {
      params: { path: { dataAreaId: "usmf", JournalBatchNumber: journal, LineNumber: 2 } },
      headers: { "If-Match": 'W/"stale"' },
    });
    expect(stale.response.status).toBe(412);
    const gone = await d365.odata.DELETE(LINE_KEY, {
      params: { path: { dataAreaId: "usmf", JournalBatchNumber: journal, LineNumber: 2 } },
    });
    expect(gone.response.status).toBe(204);
    expect(sim.state.rows("LedgerJournalLines").map((l) => l.LineNumber)).toEqual(["1"]);

    await d365.odata.DELETE(HEADER_KEY, {
      params: { path: { dataAreaId: "usmf", JournalBatchNumber: journal } },
    });
    expect(sim.state.rows("LedgerJournalHeaders")).toHaveLength(0);
    expect(sim.state.rows("LedgerJournalLines")).toHaveLength(0);
  });
});

describe("PUT and key case", () => {
  it("keeps stored key values when a PATCH repeats them in another case, and PUT resets unsent fields", async () => {
    const journal = await newJournal();
    await d365.odata.POST("/LedgerJournalLines", { body: line(journal, { Text: "first" }) });
    const path = { dataAreaId: "USMF", JournalBatchNumber: journal, LineNumber: 1 };
    const patched = await d365.odata.PATCH(LINE_KEY, {
      params: { path },
      body: { dataAreaId: "USMF", Text: "second" },
    });
    expect(patched.response.status).toBe(204);
    expect(sim.state.rows("LedgerJournalLines")[0]).toMatchObject({ dataAreaId: "usmf", Text: "second" });

    const put = await bearer(
      new Request(
        `${sim.state.environmentUrl}/data/LedgerJournalLines(dataAreaId='usmf',JournalBatchNumber='${journal}',LineNumber=1)`,
        {
          method: "PUT",
          headers: { "content-type": "application/json;IEEE754Compatible=true" },
          body: JSON.stringify({
            TransDate: "2026-03-02T00:00:00Z",
            CurrencyCode: "USD",
            AccountDisplayValue: "110180",
            DebitAmount: "1.5",
          }),
        },
      ),
    );
    expect(put.status).toBe(204);
    expect(sim.state.rows("LedgerJournalLines")[0]).toMatchObject({
      Text: "",
      CreditAmount: "0",
      DebitAmount: "1.5",
      LineNumber: "1",
    });
  });
});
