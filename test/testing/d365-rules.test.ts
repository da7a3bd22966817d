import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { paths } from "../../generated/d365/data-entities.js";
import { createD365Client, type D365Client } from "../../src/d365/client.js";
import { simulatorBearerFetch } from "../../src/testing/d365/bearer-fetch.js";
import {
  createD365Simulator,
  type D365Simulator,
  type D365SimulatorOptions,
} from "../../src/testing/d365/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

type CreateBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody: { content: { "application/json": infer B } } };
}
  ? B
  : never;
const body = <P extends keyof paths>(_path: P, values: Partial<CreateBody<P>>) => values as CreateBody<P>;
type ErrorBody = { error: { innererror: { message: string } } };
const inner = (error: unknown) => (error as ErrorBody | undefined)?.error.innererror.message ?? "";

const HEADER_KEY =
  "/LedgerJournalHeaders(dataAreaId='{dataAreaId}',JournalBatchNumber='{JournalBatchNumber}')" as const;
const LINE_KEY =
  "/LedgerJournalLines(dataAreaId='{dataAreaId}',JournalBatchNumber='{JournalBatchNumber}',LineNumber={LineNumber})" as const;
const FTI_KEY =
  "/FreeTextInvoiceHeaders(dataAreaId='{dataAreaId}',InvoiceIdentifier={InvoiceIdentifier})" as const;

function setup(options: D365SimulatorOptions = {}): { sim: D365Simulator; d365: D365Client } {
  const sim = createD365Simulator(options);
  server.resetHandlers(...sim.handlers);
  const d365 = createD365Client({
    environmentUrl: sim.state.environmentUrl,
    fetch: simulatorBearerFetch(sim.state),
    retry: false,
    limiter: false,
  });
  return { sim, d365 };
}

async function journal(d365: D365Client): Promise<string> {
  const { data } = await d365.odata.POST("/LedgerJournalHeaders", {
    body: body("/LedgerJournalHeaders", { JournalName: "GenJrn" }),
  });
  return String(data?.JournalBatchNumber);
}

const jline = (batch: string, extra: Partial<CreateBody<"/LedgerJournalLines">> = {}) =>
  body("/LedgerJournalLines", {
    JournalBatchNumber: batch,
    TransDate: "2026-03-01T00:00:00Z",
    CurrencyCode: "USD",
    AccountDisplayValue: "618100-004-025",
    DebitAmount: "15.00",
    ...extra,
  });

describe("free text invoices", () => {
  it("needs the header (ParentRecId) before a line, and defaults the line amount exactly", async () => {
    const { sim, d365 } = setup();
    const orphan = await d365.odata.POST("/FreeTextInvoiceLines", {
      body: body("/FreeTextInvoiceLines", {
        ParentRecId: 1234,
        MainAccountDisplayValue: "401100-001-022",
        Quantity: "1",
        UnitPrice: "10",
      }),
    });
    expect(orphan.response.status).toBe(400);
    expect(inner(orphan.error)).toContain("ParentRecId");

    const header = await d365.odata.POST("/FreeTextInvoiceHeaders", {
      body: body("/FreeTextInvoiceHeaders", {
        CustomerAccount: "AMZ-US",
        CustomerReference: "113-1234567-1234567",
      }),
    });
    const id = String(header.data?.InvoiceIdentifier);
    const lineRes = await d365.odata.POST("/FreeTextInvoiceLines", {
      body: body("/FreeTextInvoiceLines", {
        ParentRecId: id,
        MainAccountDisplayValue: "401100-004-025",
        Quantity: "3",
        UnitPrice: "19.99",
        Description: "Widget",
      }),
    });
    expect(lineRes.response.status).toBe(201);
    expect(lineRes.data).toMatchObject({
      LineNumber: "1",
      TransactionCurrencyAmount: "59.97",
      CurrencyCode: "USD",
    });

    // The header's navigation binds ParentRecId for you.
    const viaNav = await d365.odata.POST(
      "/FreeTextInvoiceHeaders(dataAreaId='{dataAreaId}',InvoiceIdentifier={InvoiceIdentifier})/CustFreeTextInvoiceHeader",
      {
        params: { path: { dataAreaId: "usmf", InvoiceIdentifier: id } },
        body: body("/FreeTextInvoiceLines", {
          MainAccountDisplayValue: "401200-004-025",
          Quantity: "1",
          UnitPrice: "4.99",
        }) as never,
      },
    );
    expect(viaNav.response.status).toBe(201);
    expect(sim.state.rows("FreeTextInvoiceLines").map((l) => [l.ParentRecId, l.LineNumber])).toEqual([
      [id, "1"],
      [id, "2"],
    ]);
  });

  it("makes a posted invoice and its lines read-only", async () => {
    const { sim, d365 } = setup();
    const header = await d365.odata.POST("/FreeTextInvoiceHeaders", {
      body: body("/FreeTextInvoiceHeaders", { CustomerAccount: "AMZ-US" }),
    });
    const id = String(header.data?.InvoiceIdentifier);
    sim.state.postFreeTextInvoice("USMF", id);
    const patch = await d365.odata.PATCH(FTI_KEY, {
      params: { path: { dataAreaId: "usmf", InvoiceIdentifier: id } },
      body: { CustomerReference: "x" },
    });
    expect(patch.response.status).toBe(400);
    expect(inner(patch.error)).toContain("posted");
    const addLine = await d365.odata.POST("/FreeTextInvoiceLines", {
      body: body("/FreeTextInvoiceLines", {
        ParentRecId: id,
        MainAccountDisplayValue: "401100",
        Quantity: "1",
        UnitPrice: "1",
      }),
    });
    expect(addLine.response.status).toBe(400);
    const del = await d365.odata.DELETE(FTI_KEY, {
      params: { path: { dataAreaId: "usmf", InvoiceIdentifier: id } },
    });
    expect(del.response.status).toBe(400);
    expect(sim.state.rows("FreeTextInvoiceHeaders")).toHaveLength(1);
  });
});

describe("general journals", () => {
  it("needs an existing journal header and a known journal name", async () => {
    const { d365 } = setup();
    const noHeader = await d365.odata.POST("/LedgerJournalLines", { body: jline("999999") });
    expect(noHeader.response.status).toBe(400);
    expect(inner(noHeader.error)).toContain("Journal batch number '999999' does not exist");
    const badName = await d365.odata.POST("/LedgerJournalHeaders", {
      body: body("/LedgerJournalHeaders", { JournalName: "NoSuch" }),
    });
    expect(badName.response.status).toBe(400);
    expect(inner(badName.error)).toContain("Journal names");
  });

  it("numbers lines and vouchers, and sums totals exactly on the header", async () => {
    const { d365 } = setup();
    const batch = await journal(d365);
    for (const amount of ["0.10", "0.20", "0.30"]) {
      await d365.odata.POST("/LedgerJournalLines", { body: jline(batch, { DebitAmount: amount }) });
    }
    await d365.odata.POST("/LedgerJournalLines", {
      body: jline(batch, {
        DebitAmount: "0",
        CreditAmount: "0.60",
        AccountType: "Bank",
        AccountDisplayValue: "USMFOPER",
      }),
    });
    const lines = await d365.odata.GET(
      "/LedgerJournalHeaders(dataAreaId='{dataAreaId}',JournalBatchNumber='{JournalBatchNumber}')/LedgerJournalLine",
      {
        params: {
          path: { dataAreaId: "usmf", JournalBatchNumber: batch },
          query: { $select: ["LineNumber", "Voucher"] },
        },
      },
    );
    expect(lines.data?.value?.map((l) => [l.LineNumber, l.Voucher])).toEqual([
      ["1", "GNJL000001"],
      ["2", "GNJL000002"],
      ["3", "GNJL000003"],
      ["4", "GNJL000004"],
    ]);
    const header = await d365.odata.GET(HEADER_KEY, {
      params: { path: { dataAreaId: "usmf", JournalBatchNumber: batch } },
    });
    expect(header.data).toMatchObject({ JournalTotalDebit: "0.6", JournalTotalCredit: "0.6" });
  });

  it("refuses every change to a posted journal", async () => {
    const { sim, d365 } = setup();
    const batch = await journal(d365);
    await d365.odata.POST("/LedgerJournalLines", { body: jline(batch) });
    sim.state.postJournal("USMF", batch);
    const before = sim.state.fingerprint();

    const add = await d365.odata.POST("/LedgerJournalLines", { body: jline(batch) });
    const edit = await d365.odata.PATCH(LINE_KEY, {
      params: { path: { dataAreaId: "usmf", JournalBatchNumber: batch, LineNumber: 1 } },
      body: { Text: "changed" },
    });
    const remove = await d365.odata.DELETE(LINE_KEY, {
      params: { path: { dataAreaId: "usmf", JournalBatchNumber: batch, LineNumber: 1 } },
    });
    const editHeader = await d365.odata.PATCH(HEADER_KEY, {
      params: { path: { dataAreaId: "usmf", JournalBatchNumber: batch } },
      body: { Description: "changed" },
    });
    const removeHeader = await d365.odata.DELETE(HEADER_KEY, {
      params: { path: { dataAreaId: "usmf", JournalBatchNumber: batch } },
    });
    for (const r of [add, edit, remove, editHeader, removeHeader]) {
      expect(r.response.status).toBe(400);
      expect(inner(r.error)).toContain("has been posted");
    }
    expect(sim.state.fingerprint()).toBe(before);
  });

  it("checks customer and bank accounts of non-ledger account types", async () => {
    const { d365 } = setup();
    const batch = await journal(d365);
    const cust = await d365.odata.POST("/LedgerJournalLines", {
      body: jline(batch, { AccountType: "Cust", AccountDisplayValue: "AMZ-US" }),
    });
    expect(cust.response.status).toBe(201);
    const badCust = await d365.odata.POST("/LedgerJournalLines", {
      body: jline(batch, { AccountType: "Cust", AccountDisplayValue: "NOPE" }),
    });
    expect(badCust.response.status).toBe(400);
    const badBank = await d365.odata.POST("/LedgerJournalLines", {
      body: jline(batch, { OffsetAccountType: "Bank", OffsetAccountDisplayValue: "CAMFOPER" }),
    });
    expect(badBank.response.status).toBe(400);
  });
});

describe("account and dimension display values", () => {
  it("accepts main accounts and dimension values of the chart, in the segment format", async () => {
    const { d365 } = setup();
    const batch = await journal(d365);
    for (const account of ["401100-001-022", "401100-001", "401100", "222150--024"]) {
      const r = await d365.odata.POST("/LedgerJournalLines", {
        body: jline(batch, { AccountDisplayValue: account }),
      });
      expect(r.response.status, account).toBe(201);
    }
  });

  it("names the unknown main account or dimension value", async () => {
    const { d365 } = setup();
    const batch = await journal(d365);
    const cases: [string, string][] = [
      ["999999-001-022", "main account '999999'"],
      ["401100-009-022", "Value '009' for dimension 'BusinessUnit'"],
      ["401100-001-777", "Value '777' for dimension 'Department'"],
      ["618900-001-022", "Main account '618900' is suspended"],
      ["401100-001-099", "'099' for dimension 'Department' in '401100-001-099' is suspended"],
    ];
    for (const [account, message] of cases) {
      const r = await d365.odata.POST("/LedgerJournalLines", {
        body: jline(batch, { AccountDisplayValue: account }),
      });
      expect(r.response.status, account).toBe(400);
      expect(inner(r.error), account).toContain(message);
    }
    const dims = await d365.odata.POST("/LedgerJournalLines", {
      body: jline(batch, {
        AccountType: "Cust",
        AccountDisplayValue: "AMZ-US",
        DefaultDimensionDisplayValue: "004-777",
      }),
    });
    expect(dims.response.status).toBe(400);
    const headerDims = await d365.odata.POST("/FreeTextInvoiceHeaders", {
      body: body("/FreeTextInvoiceHeaders", {
        CustomerAccount: "AMZ-US",
        DefaultDimensionDisplayValue: "004-025",
      }),
    });
    expect(headerDims.response.status).toBe(201);
  });

  it("follows a configured format: other delimiter, other dimensions and order", async () => {
    const { d365 } = setup({
      segmentFormat: { delimiter: "|", dimensions: ["BusinessUnit", "SalesChannel", "Department"] },
    });
    const batch = await journal(d365);
    const ok = await d365.odata.POST("/LedgerJournalLines", {
      body: jline(batch, { AccountDisplayValue: "401100|004|AMAZON-US|025" }),
    });
    expect(ok.response.status).toBe(201);
    const bad = await d365.odata.POST("/LedgerJournalLines", {
      body: jline(batch, { AccountDisplayValue: "401100|004|AMAZON-XX|025" }),
    });
    expect(bad.response.status).toBe(400);
    expect(inner(bad.error)).toContain("dimension 'SalesChannel'");
    const oldFormat = await d365.odata.POST("/LedgerJournalLines", {
      body: jline(batch, { AccountDisplayValue: "401100-004-025" }),
    });
    expect(oldFormat.response.status).toBe(400);
  });
});

describe("sales orders and customers", () => {
  it("needs an open order header and a released product for a line", async () => {
    const { sim, d365 } = setup();
    const noOrder = await d365.odata.POST("/SalesOrderLines", {
      body: body("/SalesOrderLines", { SalesOrderNumber: "NOPE", ItemNumber: "A0001" }),
    });
    expect(noOrder.response.status).toBe(400);
    const order = await d365.odata.POST("/SalesOrderHeadersV2", {
      body: body("/SalesOrderHeadersV2", { OrderingCustomerAccountNumber: "AMZ-US" }),
    });
    const so = String(order.data?.SalesOrderNumber);
    const noItem = await d365.odata.POST("/SalesOrderLines", {
      body: body("/SalesOrderLines", { SalesOrderNumber: so, ItemNumber: "ZZZ" }),
    });
    expect(noItem.response.status).toBe(400);
    expect(inner(noItem.error)).toContain("Item number 'ZZZ'");
    sim.state.put("SalesOrderHeadersV2", {
      ...sim.state.find("SalesOrderHeadersV2", { dataAreaId: "usmf", SalesOrderNumber: so }),
      SalesOrderStatus: "Invoiced",
    });
    const invoiced = await d365.odata.POST("/SalesOrderLines", {
      body: body("/SalesOrderLines", { SalesOrderNumber: so, ItemNumber: "A0001" }),
    });
    expect(invoiced.response.status).toBe(400);
    expect(inner(invoiced.error)).toContain("Invoiced");
  });

  it("invoices an order into read-only SalesInvoiceHeadersV2, findable by the customer's order reference", async () => {
    const { sim, d365 } = setup();
    const order = await d365.odata.POST("/SalesOrderHeadersV2", {
      body: body("/SalesOrderHeadersV2", {
        OrderingCustomerAccountNumber: "AMZ-US",
        CustomersOrderReference: "113-0000001-0000001",
      }),
    });
    const so = String(order.data?.SalesOrderNumber);
    for (const [item, qty] of [
      ["A0001", "2"],
      ["A0002", "1"],
    ] as const) {
      await d365.odata.POST("/SalesOrderLines", {
        body: body("/SalesOrderLines", { SalesOrderNumber: so, ItemNumber: item, OrderedSalesQuantity: qty }),
      });
    }
    sim.state.invoiceSalesOrder("USMF", so);
    const invoices = await d365.odata.GET("/SalesInvoiceHeadersV2", {
      params: { query: { $filter: "CustomersOrderReference eq '113-0000001-0000001'" } },
    });
    expect(invoices.data?.value).toMatchObject([
      { SalesOrderNumber: so, TotalInvoiceAmount: "119.48", CurrencyCode: "USD" },
    ]);
    const lines = await d365.odata.GET("/SalesInvoiceV2Lines", {
      params: { query: { $select: ["LineAmount", "InvoicedQuantity"] } },
    });
    expect(lines.data?.value?.map((l) => [l.LineAmount, l.InvoicedQuantity])).toEqual([
      ["29.98", "2"],
      ["89.5", "1"],
    ]);
    const edit = await d365.odata.PATCH(
      "/SalesOrderHeadersV2(dataAreaId='{dataAreaId}',SalesOrderNumber='{SalesOrderNumber}')",
      {
        params: { path: { dataAreaId: "usmf", SalesOrderNumber: so } },
        body: { CustomerRequisitionNumber: "late" },
      },
    );
    expect(edit.response.status).toBe(400);
  });

  it("checks a new customer's group and currency", async () => {
    const { d365 } = setup();
    const bad = await d365.odata.POST("/CustomersV3", {
      body: body("/CustomersV3", {
        CustomerAccount: "AMZ-JP",
        CustomerGroupId: "ZZ",
        SalesCurrencyCode: "JPY",
        OrganizationName: "Amazon.co.jp",
      }),
    });
    expect(bad.response.status).toBe(400);
    expect(inner(bad.error)).toContain("Customer groups");
    const good = await d365.odata.POST("/CustomersV3", {
      body: body("/CustomersV3", {
        CustomerAccount: "AMZ-JP",
        CustomerGroupId: "AMZ",
        SalesCurrencyCode: "JPY",
        OrganizationName: "Amazon.co.jp",
      }),
    });
    expect(good.response.status).toBe(201);
    expect(good.data).toMatchObject({ dataAreaId: "usmf", PartyType: "Organization" });
  });
});

describe("seed data", () => {
  it("holds legal entities with currencies, the settlement chart of accounts, dimensions, groups, journal names and products", async () => {
    const { sim, d365 } = setup();
    const accounts = await d365.odata.GET("/MainAccounts", {
      params: { query: { $select: ["MainAccountId", "Name"] } },
    });
    const names = (accounts.data?.value ?? []).map((a) => String(a.Name).toLowerCase()).join("|");
    for (const word of [
      "sales revenue",
      "shipping",
      "gift wrap",
      "sales tax",
      "facilitator",
      "promotion",
      "referral",
      "fba",
      "storage",
      "advertising",
      "subscription",
      "refund",
      "reimbursement",
      "reserve",
      "chargeback",
      "clearing",
      "bank",
    ]) {
      expect(names, word).toContain(word);
    }
    const channels = await d365.odata.GET("/FinancialDimensionValues", {
      params: { query: { $filter: "FinancialDimension eq 'SalesChannel'", $select: ["DimensionValue"] } },
    });
    expect(channels.data?.value?.map((v) => v.DimensionValue)).toContain("AMAZON-US");
    const dims = await d365.odata.GET("/DimensionAttributes", {
      params: { query: { $select: ["DimensionName"] } },
    });
    expect(dims.data?.value?.map((d) => d.DimensionName)).toEqual([
      "BusinessUnit",
      "Department",
      "CostCenter",
      "SalesChannel",
    ]);
    expect(sim.state.rows("CustomerGroups", "CAMF").map((g) => g.CustomerGroupId)).toEqual([
      "10",
      "30",
      "AMZ",
    ]);
    expect(sim.state.rows("ReleasedProductsV2", "USMF").length).toBeGreaterThan(0);
    expect(sim.state.rows("LegalEntities").map((l) => l.LegalEntityId)).toEqual([
      "USMF",
      "CAMF",
      "GBSI",
      "DEMF",
      "MXMF",
      "FRRT",
      "ITCO",
      "ESMF",
      "JPMF",
    ]);
    const cad = await d365.odata.GET("/Currencies('{CurrencyCode}')", {
      params: { path: { CurrencyCode: "CAD" } },
    });
    expect(cad.data?.Name).toBe("Canadian Dollar");
  });
});

describe("arranging state", () => {
  it("puts rows with D365's empty values filled in, and names a bad property or value", async () => {
    const { sim } = setup();
    const row = sim.state.put("CustomersV3", {
      dataAreaId: "CAMF",
      CustomerAccount: "CA-009",
      CreditLimit: 12.5,
    });
    expect(row).toMatchObject({
      dataAreaId: "camf",
      CreditLimit: "12.5",
      OrganizationName: "",
      OnHoldStatus: "No",
    });
    expect(() => sim.state.put("CustomersV3", { CustomerAccount: "X", Nope: "x" })).toThrow(
      /no property 'Nope'/,
    );
    expect(() => sim.state.put("CustomersV3", { CustomerAccount: "X", CreditLimit: "lots" })).toThrow(
      /CustomersV3.CreditLimit/,
    );
    expect(() => sim.state.postJournal("USMF", "NOPE")).toThrow(/no LedgerJournalHeaders/);
  });
});

describe("$expand (first level)", () => {
  it("expands a journal's lines, a line's header, and refuses what the simulator does not model", async () => {
    const { d365 } = setup();
    const batch = await journal(d365);
    await d365.odata.POST("/LedgerJournalLines", { body: jline(batch, { DebitAmount: "1.25" }) });
    await d365.odata.POST("/LedgerJournalLines", { body: jline(batch, { DebitAmount: "2.50" }) });
    const headers = await d365.odata.GET("/LedgerJournalHeaders", {
      params: { query: { $filter: `JournalBatchNumber eq '${batch}'`, $expand: ["LedgerJournalLine"] } },
    });
    const expanded = headers.data?.value?.[0] as {
      LedgerJournalLine?: { DebitAmount: string; "@odata.etag": string }[];
    };
    expect(expanded.LedgerJournalLine?.map((l) => l.DebitAmount)).toEqual(["1.25", "2.5"]);
    expect(expanded.LedgerJournalLine?.[0]?.["@odata.etag"]).toMatch(/^W\//);

    const lineWithHeader = await d365.odata.GET(LINE_KEY, {
      params: {
        path: { dataAreaId: "usmf", JournalBatchNumber: batch, LineNumber: 2 },
        query: { $expand: ["LedgerJournalHeader"] },
      },
    });
    expect(
      (lineWithHeader.data as { LedgerJournalHeader?: { JournalTotalDebit: string } }).LedgerJournalHeader
        ?.JournalTotalDebit,
    ).toBe("3.75");

    const other = await d365.odata.GET("/LedgerJournalHeaders", {
      params: { query: { $expand: ["LegalEntity"] } },
    });
    expect(other.response.status).toBe(501);
  });
});

describe("customer payment journals", () => {
  it("needs a CustPayment journal name, defaults lines to customer accounts, and locks once posted", async () => {
    const { sim, d365 } = setup();
    const wrongName = await d365.odata.POST("/CustomerPaymentJournalHeaders", {
      body: body("/CustomerPaymentJournalHeaders", { JournalName: "GenJrn" }),
    });
    expect(wrongName.response.status).toBe(400);
    const header = await d365.odata.POST("/CustomerPaymentJournalHeaders", {
      body: body("/CustomerPaymentJournalHeaders", {
        JournalName: "CustPay",
        Description: "Amazon disbursement",
      }),
    });
    const batch = String(header.data?.JournalBatchNumber);
    const payment = await d365.odata.POST("/CustomerPaymentJournalLines", {
      body: body("/CustomerPaymentJournalLines", {
        JournalBatchNumber: batch,
        TransactionDate: "2026-03-05T00:00:00Z",
        CurrencyCode: "USD",
        AccountDisplayValue: "AMZ-US",
        CreditAmount: "1520.37",
        OffsetAccountType: "Bank",
        OffsetAccountDisplayValue: "USMFOPER",
      }),
    });
    expect(payment.response.status).toBe(201);
    expect(payment.data).toMatchObject({ AccountType: "Cust", Voucher: "CPAY000001", LineNumber: "1" });
    const unknownCustomer = await d365.odata.POST("/CustomerPaymentJournalLines", {
      body: body("/CustomerPaymentJournalLines", {
        JournalBatchNumber: batch,
        TransactionDate: "2026-03-05T00:00:00Z",
        CurrencyCode: "USD",
        AccountDisplayValue: "AMZ-ZZ",
        CreditAmount: "1",
      }),
    });
    expect(unknownCustomer.response.status).toBe(400);
    sim.state.postPaymentJournal("USMF", batch);
    const late = await d365.odata.PATCH(
      "/CustomerPaymentJournalLines(dataAreaId='{dataAreaId}',JournalBatchNumber='{JournalBatchNumber}',LineNumber={LineNumber})",
      {
        params: { path: { dataAreaId: "usmf", JournalBatchNumber: batch, LineNumber: 1 } },
        body: { CreditAmount: "1" },
      },
    );
    expect(late.response.status).toBe(400);
    expect(inner(late.error)).toContain("has been posted");
  });
});
