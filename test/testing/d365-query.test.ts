import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createD365Client, type D365Client } from "../../src/d365/client.js";
import { simulatorBearerFetch } from "../../src/testing/d365/bearer-fetch.js";
import { createD365Simulator, type D365Simulator } from "../../src/testing/d365/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

/** `cross-company` is not in the typed query of the generated paths; it rides along untyped. */
const crossCompany: object = { "cross-company": true };

let sim: D365Simulator;
let d365: D365Client;
beforeEach(() => {
  sim = createD365Simulator({
    rows: {
      CustomersV3: [
        {
          dataAreaId: "usmf",
          CustomerAccount: "US-002",
          OrganizationName: "O'Brien Hardware",
          CustomerGroupId: "10",
          SalesCurrencyCode: "USD",
          CreditLimit: "2500.50",
          CredManCustomerSince: "2024-05-01T00:00:00Z",
        },
        {
          dataAreaId: "usmf",
          CustomerAccount: "US-003",
          OrganizationName: "Fabrikam Retail",
          CustomerGroupId: "10",
          SalesCurrencyCode: "USD",
          CreditLimit: "10000",
          CredManCustomerSince: "2025-11-15T00:00:00Z",
        },
        {
          dataAreaId: "camf",
          CustomerAccount: "CA-001",
          OrganizationName: "Maple Stores",
          CustomerGroupId: "30",
          SalesCurrencyCode: "CAD",
          CreditLimit: "750.25",
        },
      ],
      LedgerJournalHeaders: [
        { dataAreaId: "usmf", JournalBatchNumber: "J-0001", JournalName: "GenJrn", IsPosted: "Yes" },
        { dataAreaId: "usmf", JournalBatchNumber: "J-0002", JournalName: "GenJrn", IsPosted: "No" },
        { dataAreaId: "camf", JournalBatchNumber: "J-0001", JournalName: "GenJrn", IsPosted: "Yes" },
      ],
      SalesOrderHeadersV2: [
        {
          dataAreaId: "usmf",
          SalesOrderNumber: "SO-1",
          OrderingCustomerAccountNumber: "AMZ-US",
          TransportationDocumentLineId: "0f8fad5b-d9cb-469f-a165-70867728950e",
        },
        { dataAreaId: "usmf", SalesOrderNumber: "SO-2", OrderingCustomerAccountNumber: "AMZ-US" },
      ],
    },
  });
  server.resetHandlers(...sim.handlers);
  d365 = createD365Client({
    environmentUrl: sim.state.environmentUrl,
    fetch: simulatorBearerFetch(sim.state),
    retry: false,
    limiter: false,
  });
});

async function customers(filter: string): Promise<string[]> {
  const { data, error, response } = await d365.odata.GET("/CustomersV3", {
    params: { query: { $filter: filter, $select: ["CustomerAccount"], ...crossCompany } },
  });
  if (error) throw new Error(`${response.status} ${JSON.stringify(error)}`);
  return (data?.value ?? []).map((c) => String(c.CustomerAccount)).sort();
}

async function filterError(filter: string) {
  const { error, response } = await d365.odata.GET("/CustomersV3", {
    params: { query: { $filter: filter } },
  });
  return {
    status: response.status,
    error: error as { error: { code: string; message: string; innererror: { type: string } } },
  };
}

describe("$filter", () => {
  it("compares strings with eq and ne, case-insensitively like SQL Server", async () => {
    expect(await customers("CustomerAccount eq 'us-002'")).toEqual(["US-002"]);
    expect(await customers("CustomerGroupId ne 'AMZ'")).toEqual(["CA-001", "US-001", "US-002", "US-003"]);
  });

  it("reads '' as an escaped quote inside string literals", async () => {
    expect(await customers("OrganizationName eq 'O''Brien Hardware'")).toEqual(["US-002"]);
  });

  it("compares decimals exactly with gt, ge, lt and le", async () => {
    expect(await customers("CreditLimit gt 2500.5")).toEqual(["US-003"]);
    expect(await customers("CreditLimit ge 2500.50")).toEqual(["US-002", "US-003"]);
    expect(await customers("CreditLimit lt 750.26 and CreditLimit gt 0")).toEqual(["CA-001"]);
    expect(await customers("CreditLimit le 750.25 and CreditLimit ne 0")).toEqual(["CA-001"]);
  });

  it("compares DateTimeOffset and date literals", async () => {
    expect(await customers("CredManCustomerSince ge 2025-01-01T00:00:00Z")).toEqual(["US-003"]);
    expect(
      await customers("CredManCustomerSince lt 2025-01-01 and CredManCustomerSince gt 1900-01-01"),
    ).toEqual(["US-002"]);
  });

  it("combines with and, or, not and parentheses", async () => {
    expect(
      await customers("(CustomerGroupId eq '10' or CustomerGroupId eq '30') and not (CreditLimit gt 5000)"),
    ).toEqual(["CA-001", "US-001", "US-002"]);
    expect(
      await customers("CustomerGroupId eq '10' or CustomerGroupId eq '30' and CreditLimit gt 5000"),
    ).toEqual(["US-002", "US-003"]);
  });

  it("supports contains and startswith (and D365's eq '*text*' wildcard)", async () => {
    expect(await customers("contains(OrganizationName, 'retail')")).toEqual(["US-001", "US-003"]);
    expect(await customers("startswith(CustomerAccount, 'AMZ-')")).toEqual([
      "AMZ-CA",
      "AMZ-DE",
      "AMZ-ES",
      "AMZ-FR",
      "AMZ-IT",
      "AMZ-JP",
      "AMZ-MX",
      "AMZ-MX",
      "AMZ-UK",
      "AMZ-US",
    ]);
    expect(await customers("OrganizationName eq '*hardware*'")).toEqual(["US-002"]);
  });

  it("filters enums with the qualified literal and rejects unknown members", async () => {
    const { data } = await d365.odata.GET("/LedgerJournalHeaders", {
      params: {
        query: { $filter: "IsPosted eq Microsoft.Dynamics.DataEntities.NoYes'Yes'", ...crossCompany },
      },
    });
    expect(data?.value?.map((j) => `${j.dataAreaId}/${j.JournalBatchNumber}`)).toEqual([
      "usmf/J-0001",
      "camf/J-0001",
    ]);

    const bad = await d365.odata.GET("/LedgerJournalHeaders", {
      params: { query: { $filter: "IsPosted eq Microsoft.Dynamics.DataEntities.NoYes'Maybe'" } },
    });
    expect(bad.response.status).toBe(400);
  });

  it("compares GUIDs, true/false and null", async () => {
    const { data } = await d365.odata.GET("/SalesOrderHeadersV2", {
      params: { query: { $filter: "TransportationDocumentLineId eq 0F8FAD5B-D9CB-469F-A165-70867728950E" } },
    });
    expect(data?.value?.map((s) => s.SalesOrderNumber)).toEqual(["SO-1"]);
    expect(await customers("true and CustomerAccount eq 'US-001'")).toEqual(["US-001"]);
    expect(await customers("false or CustomerAccount eq null")).toEqual([]);
    expect(await customers("CustomerAccount ne null and startswith(CustomerAccount, 'CA')")).toEqual([
      "CA-001",
    ]);
  });

  it("answers unknown properties, type clashes and syntax errors with D365's OData error body", async () => {
    const unknown = await filterError("Foo eq 'x'");
    expect(unknown.status).toBe(400);
    expect(unknown.error.error.message).toBe(
      "Could not find a property named 'Foo' on type 'Microsoft.Dynamics.DataEntities.CustomerV3'.",
    );
    expect(unknown.error.error.innererror.type).toBe("Microsoft.OData.ODataException");

    const clash = await filterError("CreditLimit eq 'lots'");
    expect(clash.status).toBe(400);
    expect(clash.error.error.message).toMatch(/incompatible types.*'Edm.Decimal' and 'Edm.String'/);

    expect((await filterError("CustomerAccount eq 'unterminated")).status).toBe(400);
    expect((await filterError("CustomerAccount has 'x'")).status).toBe(400);
    expect((await filterError("(CustomerAccount eq 'x'")).status).toBe(400);
  });
});

describe("$select, $top, $skip, $count and $orderby", () => {
  it("returns only the selected properties, each row with its @odata.etag", async () => {
    const { data } = await d365.odata.GET("/CustomersV3", {
      params: {
        query: { $select: ["CustomerAccount", "CreditLimit"], $filter: "CustomerAccount eq 'US-002'" },
      },
    });
    const row = data?.value?.[0] as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(["@odata.etag", "CreditLimit", "CustomerAccount"]);
    // The client asks for IEEE754Compatible=true, so decimals arrive as exact strings.
    expect(row.CreditLimit).toBe("2500.5");
  });

  it("skips, takes and counts the whole filtered set", async () => {
    const { data } = await d365.odata.GET("/CustomersV3", {
      params: {
        query: {
          $orderby: ["CustomerAccount desc"],
          $skip: 1,
          $top: 2,
          $count: true,
          $select: ["CustomerAccount"],
        },
      },
    });
    expect(data?.["@odata.count"]).toBe(5);
    expect(data?.value?.map((c) => c.CustomerAccount)).toEqual(["US-002", "US-001"]);
  });

  it("answers /$count with a plain number", async () => {
    const res = await fetchWithToken(
      `${sim.state.environmentUrl}/data/CustomersV3/$count?cross-company=true`,
    );
    expect(await res.text()).toBe("14");
  });

  it("rejects bad $top and unknown $select properties", async () => {
    const top = await d365.odata.GET("/CustomersV3", { params: { query: { $top: -1 } } });
    expect(top.response.status).toBe(400);
    const select = await d365.odata.GET("/CustomersV3", {
      params: { query: { $select: ["Nope" as "CustomerAccount"] } },
    });
    expect(select.response.status).toBe(400);
  });
});

async function fetchWithToken(url: string, init: RequestInit = {}): Promise<Response> {
  return simulatorBearerFetch(sim.state)(new Request(url, init));
}

describe("companies", () => {
  it("shows only the default company without cross-company=true, every company with it", async () => {
    const home = await d365.odata.GET("/CustomersV3", {
      params: { query: { $select: ["dataAreaId", "CustomerAccount"] } },
    });
    expect(new Set(home.data?.value?.map((c) => c.dataAreaId))).toEqual(new Set(["usmf"]));
    const all = await d365.odata.GET("/CustomersV3", {
      params: { query: { $select: ["dataAreaId"], ...crossCompany } },
    });
    expect(new Set(all.data?.value?.map((c) => c.dataAreaId))).toEqual(
      new Set(["usmf", "camf", "gbsi", "demf", "mxmf", "frrt", "itco", "esmf", "jpmf"]),
    );
    const camf = await d365.odata.GET("/CustomersV3", {
      params: { query: { $filter: "dataAreaId eq 'camf'", $select: ["CustomerAccount"], ...crossCompany } },
    });
    expect(camf.data?.value?.map((c) => c.CustomerAccount)).toEqual(["AMZ-CA", "CA-001"]);
  });

  it("honours another default company", async () => {
    const gb = createD365Simulator({ defaultCompany: "GBSI" });
    server.resetHandlers(...gb.handlers);
    const client = createD365Client({
      environmentUrl: gb.state.environmentUrl,
      fetch: simulatorBearerFetch(gb.state),
      retry: false,
      limiter: false,
    });
    const { data } = await client.odata.GET("/CustomersV3", {
      params: { query: { $select: ["CustomerAccount"] } },
    });
    expect(data?.value?.map((c) => c.CustomerAccount)).toEqual(["AMZ-UK"]);
  });

  it("reads any company's row by a key that names its dataAreaId", async () => {
    const { data, response } = await d365.odata.GET(
      "/CustomersV3(dataAreaId='{dataAreaId}',CustomerAccount='{CustomerAccount}')",
      {
        params: { path: { dataAreaId: "CAMF", CustomerAccount: "CA-001" } },
      },
    );
    expect(response.status).toBe(200);
    expect(data?.OrganizationName).toBe("Maple Stores");
    expect(response.headers.get("ETag")).toBe(data?.["@odata.etag" as keyof typeof data]);
  });
});

describe("key reads", () => {
  it("reads by key with $select, escapes quotes in key strings, and 404s a missing key", async () => {
    const { data } = await d365.odata.GET(
      "/CustomersV3(dataAreaId='{dataAreaId}',CustomerAccount='{CustomerAccount}')",
      {
        params: {
          path: { dataAreaId: "usmf", CustomerAccount: "US-002" },
          query: { $select: ["OrganizationName"] },
        },
      },
    );
    expect(data).toMatchObject({ OrganizationName: "O'Brien Hardware" });
    expect(Object.keys(data ?? {})).not.toContain("CreditLimit");

    sim.state.put("CustomersV3", {
      dataAreaId: "usmf",
      CustomerAccount: "O'NEIL",
      CustomerGroupId: "10",
      SalesCurrencyCode: "USD",
    });
    const quoted = await d365.odata.GET(
      "/CustomersV3(dataAreaId='{dataAreaId}',CustomerAccount='{CustomerAccount}')",
      {
        params: { path: { dataAreaId: "usmf", CustomerAccount: "O''NEIL" } },
      },
    );
    expect(quoted.data?.CustomerAccount).toBe("O'NEIL");

    const missing = await d365.odata.GET(
      "/CustomersV3(dataAreaId='{dataAreaId}',CustomerAccount='{CustomerAccount}')",
      {
        params: { path: { dataAreaId: "usmf", CustomerAccount: "NOPE" } },
      },
    );
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({
      error: { code: "", innererror: { type: "Microsoft.OData.ODataException" } },
    });
  });

  it("reads single-key and numeric-key entities", async () => {
    const le = await d365.odata.GET("/LegalEntities('{LegalEntityId}')", {
      params: { path: { LegalEntityId: "DEMF" } },
    });
    expect(le.data?.Name).toBe("Contoso Entertainment System Germany");
    const header = await d365.odata.POST("/FreeTextInvoiceHeaders", {
      body: { CustomerAccount: "AMZ-US" } as never,
    });
    const id = String(header.data?.InvoiceIdentifier);
    const byKey = await d365.odata.GET(
      "/FreeTextInvoiceHeaders(dataAreaId='{dataAreaId}',InvoiceIdentifier={InvoiceIdentifier})",
      {
        params: { path: { dataAreaId: "usmf", InvoiceIdentifier: id } },
      },
    );
    expect(byKey.data?.CustomerAccount).toBe("AMZ-US");
  });
});

describe("server-driven paging", () => {
  it("pages at the server's page size and follows @odata.nextLink to the end", async () => {
    for (let i = 0; i < 25; i++) {
      sim.state.put("CustomerGroups", {
        dataAreaId: "usmf",
        CustomerGroupId: `G${String(i).padStart(2, "0")}`,
      });
    }
    sim.state.setMaxPageSize(10);
    const first = await d365.odata.GET("/CustomerGroups", {
      params: { query: { $count: true, $select: ["CustomerGroupId"] } },
    });
    expect(first.data?.value).toHaveLength(10);
    expect(first.data?.["@odata.count"]).toBe(28);
    const seen = (first.data?.value ?? []).map((g) => g.CustomerGroupId);
    let next = (first.data as { "@odata.nextLink"?: string })["@odata.nextLink"];
    let pages = 1;
    while (next) {
      const res = await fetchWithToken(next);
      const body = (await res.json()) as { value: { CustomerGroupId: string }[]; "@odata.nextLink"?: string };
      seen.push(...body.value.map((g) => g.CustomerGroupId));
      next = body["@odata.nextLink"];
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(28);
  });

  it("lowers the page size on Prefer: odata.maxpagesize and echoes Preference-Applied", async () => {
    const { data, response } = await d365.odata.GET("/MainAccounts", {
      params: { query: { $top: 7, $select: ["MainAccountId"] } },
      headers: { Prefer: "odata.maxpagesize=3" },
    });
    expect(response.headers.get("Preference-Applied")).toBe("odata.maxpagesize=3");
    expect(data?.value).toHaveLength(3);
    const next = new URL(String((data as { "@odata.nextLink"?: string })["@odata.nextLink"]));
    expect(next.searchParams.get("$skip")).toBe("3");
    expect(next.searchParams.get("$top")).toBe("4");
  });
});

describe("key predicates are checked against the metadata", () => {
  it("refuses missing, extra, misnamed and mistyped key parts", async () => {
    const base = `${sim.state.environmentUrl}/data`;
    const statuses = await Promise.all(
      [
        "CustomersV3(CustomerAccount='US-001')",
        "CustomersV3(dataAreaId='usmf',CustomerAccount='US-001',Extra=1)",
        "CustomersV3(dataAreaId='usmf',Account='US-001')",
        "LedgerJournalLines(dataAreaId='usmf',JournalBatchNumber='J-0002',LineNumber='one')",
        "FreeTextInvoiceHeaders(dataAreaId='usmf',InvoiceIdentifier='12')",
        "CustomersV3(dataAreaId='usmf',CustomerAccount=US-001)",
      ].map(async (path) => (await fetchWithToken(`${base}/${path}`)).status),
    );
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400]);
    expect((await fetchWithToken(`${base}/NoSuchEntities`)).status).toBe(404);
    expect(
      (await fetchWithToken(`${base}/CustomersV3(dataAreaId='usmf',CustomerAccount='US-001')`)).status,
    ).toBe(200);
  });
});

describe("page size preference above the server's", () => {
  it("pages at the server size and does not claim the preference was applied", async () => {
    sim.state.setMaxPageSize(4);
    const { data, response } = await d365.odata.GET("/MainAccounts", {
      params: { query: { $select: ["MainAccountId"] } },
      headers: { Prefer: "odata.maxpagesize=50" },
    });
    expect(data?.value).toHaveLength(4);
    expect(response.headers.get("Preference-Applied")).toBeNull();
  });
});
