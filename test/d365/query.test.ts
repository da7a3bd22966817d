import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isD365ODataError } from "../../src/core/errors.js";
import { executeChangeSet } from "../../src/d365/batch.js";
import { f, filterFor, literal } from "../../src/d365/filter.js";
import { buildQuery, countEntities, getEntity, queryAll, queryPages } from "../../src/d365/query.js";
import { createEntity } from "../../src/d365/write.js";
import { arrange, holdings, server } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("filter literals", () => {
  it("escapes strings, qualifies enums, leaves dates and GUIDs unquoted", () => {
    expect(literal.string("O'Brien").text).toBe("'O''Brien'");
    expect(literal.enum("NoYes", "Yes").text).toBe("Microsoft.Dynamics.DataEntities.NoYes'Yes'");
    expect(literal.dateTime("2026-03-01").text).toBe("2026-03-01T00:00:00Z");
    expect(literal.dateTime(new Date(Date.UTC(2026, 2, 1, 12))).text).toBe("2026-03-01T12:00:00Z");
    expect(literal.guid("AAAAAAAA-0000-4000-8000-000000000001").text).toBe(
      "aaaaaaaa-0000-4000-8000-000000000001",
    );
    expect(() => literal.enum("NoYes", "Maybe")).toThrow(/not a member of NoYes/);
    expect(() => f.eq("X", 0.1)).toThrow(/safe integer/);
    const q = filterFor("LedgerJournalHeaders");
    expect(q.and(q.eq("IsPosted", "No"), q.eq("Description", "a'b")).text).toBe(
      "(IsPosted eq Microsoft.Dynamics.DataEntities.NoYes'No') and (Description eq 'a''b')",
    );
    expect(() => q.eq("Nope" as never, "x")).toThrow(/has no property 'Nope'/);
    // The property's type decides: a number for a string property is still quoted.
    expect(filterFor("CustomersV3").eq("CustomerAccount", 1001).text).toBe("CustomerAccount eq '1001'");
    expect(filterFor("LedgerJournalLines").ge("DebitAmount", "10.50").text).toBe("DebitAmount ge 10.50");
    expect(() => filterFor("LedgerJournalLines").ge("DebitAmount", "ten")).toThrow(/not a decimal/);
    expect(() => buildQuery("CustomersV3", { filter: f.eq("OrganizationName", "\ud83d") })).toThrow(
      /lone UTF-16 surrogate/,
    );
  });

  it("builds cross-company queries for one company", () => {
    expect(buildQuery("CustomersV3", { company: "USMF", select: ["CustomerAccount"] })).toBe(
      "?cross-company=true&$filter=dataAreaId%20eq%20'usmf'&$select=CustomerAccount",
    );
    expect(buildQuery("MainAccounts", { company: "USMF" })).toBe("");
  });
});

describe("against the simulator", () => {
  it("round-trips filter values with quotes, &, #, + and non-ASCII text", async () => {
    const { d365, sim } = await arrange();
    const names = [
      "O'Brien & Sons",
      "Shop #1 + more",
      "Müller Straße ÄÖÜ",
      "日本のお客様",
      "100% 'quoted' ''twice''",
      "a+b=c&d=e?f/g",
    ];
    for (const [i, name] of names.entries()) {
      sim.state.put("CustomersV3", {
        dataAreaId: "usmf",
        CustomerAccount: `ESC-${i}`,
        OrganizationName: name,
        CustomerGroupId: "30",
        SalesCurrencyCode: "USD",
      });
    }
    const q = filterFor("CustomersV3");
    for (const [i, name] of names.entries()) {
      const found = await queryAll(d365, "CustomersV3", {
        company: "usmf",
        filter: q.eq("OrganizationName", name),
        select: ["CustomerAccount", "OrganizationName"],
      });
      expect(found.map((c) => c.CustomerAccount)).toEqual([`ESC-${i}`]);
      expect(found[0]?.OrganizationName).toBe(name);
    }
    // Keys with the same characters address the entity by path.
    sim.state.put("CustomersV3", {
      dataAreaId: "usmf",
      CustomerAccount: "K'#&+ü",
      OrganizationName: "key test",
      CustomerGroupId: "30",
      SalesCurrencyCode: "USD",
    });
    const byKey = await getEntity(d365, "CustomersV3", { dataAreaId: "usmf", CustomerAccount: "K'#&+ü" });
    expect(byKey?.OrganizationName).toBe("key test");
    expect(
      await getEntity(d365, "CustomersV3", { dataAreaId: "usmf", CustomerAccount: "nope" }),
    ).toBeUndefined();
  });

  it("filters on enums, dates and GUID-free numbers the way D365 parses them", async () => {
    const { d365, sim } = await arrange();
    const header = await createEntity(d365, "LedgerJournalHeaders", {
      dataAreaId: "usmf",
      JournalName: "GenJrn",
    });
    sim.state.postJournal("usmf", String(header.JournalBatchNumber));
    await createEntity(d365, "LedgerJournalHeaders", { dataAreaId: "usmf", JournalName: "GenJrn" });
    const q = filterFor("LedgerJournalHeaders");
    const posted = await queryAll(d365, "LedgerJournalHeaders", {
      company: "USMF",
      filter: q.eq("IsPosted", "Yes"),
    });
    expect(posted.map((h) => h.JournalBatchNumber)).toEqual([header.JournalBatchNumber]);
    const lines = filterFor("FreeTextInvoiceHeaders");
    const none = await queryAll(d365, "FreeTextInvoiceHeaders", {
      company: "USMF",
      filter: lines.and(lines.ge("InvoiceDate", "2026-01-01"), lines.eq("InvoiceIdentifier", 5637144576n)),
    });
    expect(none).toEqual([]);
  });

  it("follows @odata.nextLink with Prefer: odata.maxpagesize, and scopes companies", async () => {
    const { d365, sim } = await arrange();
    for (let i = 0; i < 23; i++) {
      sim.state.put("CustomersV3", {
        dataAreaId: i % 2 ? "usmf" : "camf",
        CustomerAccount: `P-${String(i).padStart(2, "0")}`,
        OrganizationName: `Paged ${i}`,
        CustomerGroupId: "30",
        SalesCurrencyCode: "USD",
      });
    }
    const q = filterFor("CustomersV3");
    const sizes: number[] = [];
    for await (const page of queryPages(d365, "CustomersV3", {
      crossCompany: true,
      filter: q.startswith("CustomerAccount", "P-"),
      maxPageSize: 5,
      count: true,
    })) {
      sizes.push(page.value.length);
      expect(page.count).toBe(23);
    }
    expect(sizes).toEqual([5, 5, 5, 5, 3]);
    const prefer = sim.state.requests.filter((r) => r.target === "CustomersV3");
    expect(prefer).toHaveLength(5);
    expect(
      await countEntities(d365, "CustomersV3", {
        company: "CAMF",
        filter: q.startswith("CustomerAccount", "P-"),
      }),
    ).toBe(12);
    // Without company or cross-company, D365 reads the user's default company only.
    const usmfOnly = await queryAll(d365, "CustomersV3", {
      filter: q.startswith("CustomerAccount", "P-"),
      maxPageSize: 100,
    });
    expect(usmfOnly).toHaveLength(11);
  });
});

describe("change sets", () => {
  it("leave nothing behind when one line is bad, and name the line and the field", async () => {
    const { d365, sim } = await arrange();
    const header = await createEntity(d365, "LedgerJournalHeaders", {
      dataAreaId: "usmf",
      JournalName: "GenJrn",
    });
    const before = holdings(sim);
    const line = (account: string, debit: string) => ({
      method: "POST" as const,
      entitySet: "LedgerJournalLines" as const,
      body: {
        dataAreaId: "usmf",
        JournalBatchNumber: header.JournalBatchNumber,
        AccountType: "Ledger",
        AccountDisplayValue: account,
        OffsetAccountType: "Ledger",
        OffsetAccountDisplayValue: "110180",
        DebitAmount: debit,
        CurrencyCode: "USD",
        TransDate: "2026-03-01T00:00:00Z",
        Text: "test",
      },
    });
    const error = await executeChangeSet(
      d365,
      [line("618100-004-025", "1.00"), line("999999-004-025", "2.00"), line("618200", "3.00")],
      { record: "settlement:usmf:1" },
    ).catch((e: unknown) => e);
    expect(isD365ODataError(error)).toBe(true);
    if (!isD365ODataError(error)) return;
    expect(error.where.line).toBe(2);
    expect(error.where.field).toBe("AccountDisplayValue");
    expect(error.where.record).toBe("settlement:usmf:1");
    expect(error.where.operation).toBe("LedgerJournalLines");
    expect(error.message).toMatch(/999999/);
    expect(error.requestIds.activityId).toMatch(/^[0-9a-f-]{36}$/);
    expect(holdings(sim)).toBe(before);
    expect(sim.state.rows("LedgerJournalLines", "usmf")).toHaveLength(0);

    const ok = await executeChangeSet(d365, [line("618100-004-025", "1.00"), line("618200", "3.00")]);
    expect(ok.map((r) => r.status)).toEqual([201, 201]);
    expect(ok[1]?.entity?.DebitAmount).toBe("3");
    expect(sim.state.rows("LedgerJournalLines", "usmf")).toHaveLength(2);
  });

  it("names a missing required field", async () => {
    const { d365 } = await arrange();
    const header = await createEntity(d365, "LedgerJournalHeaders", {
      dataAreaId: "usmf",
      JournalName: "GenJrn",
    });
    const error = await executeChangeSet(d365, [
      {
        method: "POST",
        entitySet: "LedgerJournalLines",
        body: {
          dataAreaId: "usmf",
          JournalBatchNumber: header.JournalBatchNumber,
          AccountDisplayValue: "618100",
          TransDate: "2026-03-01T00:00:00Z",
        },
      },
    ]).catch((e: unknown) => e);
    expect(isD365ODataError(error) && error.where.field).toBe("CurrencyCode");
  });
});

describe("single-entity errors", () => {
  it("carry the entity's message, the activity id, the record and the field", async () => {
    const { d365 } = await arrange();
    const error = await createEntity(
      d365,
      "CustomersV3",
      { dataAreaId: "usmf", CustomerAccount: "AMZ-XX", CustomerGroupId: "NOPE", SalesCurrencyCode: "USD" },
      { record: "customer:usmf:AMZ-XX" },
    ).catch((e: unknown) => e);
    expect(isD365ODataError(error)).toBe(true);
    if (!isD365ODataError(error)) return;
    expect(error.status).toBe(400);
    expect(error.where).toMatchObject({
      operation: "CustomersV3",
      method: "POST",
      record: "customer:usmf:AMZ-XX",
      field: "CustomerGroupId",
    });
    expect(error.odata.innererror?.message).toMatch(/Customer groups/);
    expect(error.message).toMatch(/D365 refused POST CustomersV3: Write failed .*'NOPE'/);
    expect(error.requestIds.activityId).toBeDefined();
    expect(error.retryable).toBe(false);
  });
});

describe("escaping, property-based", () => {
  it("any text round-trips through a $filter and a key predicate", async () => {
    const { d365, sim } = await arrange();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
          .filter((s) => s.trim() === s && s.length > 0),
        async (name) => {
          const account = `FC-${++n}`;
          // Cut by code points: cutting UTF-16 units could split a surrogate pair.
          const key = Array.from(name).slice(0, 10).join("");
          sim.state.put("CustomersV3", {
            dataAreaId: "usmf",
            CustomerAccount: account,
            OrganizationName: name,
            CustomerGroupId: "30",
            SalesCurrencyCode: "USD",
          });
          const q = filterFor("CustomersV3");
          const found = await queryAll(d365, "CustomersV3", {
            company: "USMF",
            filter: q.eq("OrganizationName", name),
            select: ["CustomerAccount"],
          });
          // D365 compares case-insensitively and reads '*' in eq as a wildcard: ours must be among them.
          expect(found.map((c) => c.CustomerAccount)).toContain(account);
          sim.state.put("CustomersV3", {
            dataAreaId: "usmf",
            CustomerAccount: key,
            OrganizationName: "by key",
            CustomerGroupId: "30",
            SalesCurrencyCode: "USD",
          });
          const byKey = await getEntity(d365, "CustomersV3", { dataAreaId: "usmf", CustomerAccount: key });
          expect(byKey?.CustomerAccount).toBe(key);
        },
      ),
      { numRuns: 30, seed: 20260301 },
    );
  });
});
