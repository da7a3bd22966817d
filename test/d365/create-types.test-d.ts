import { describe, expectTypeOf, it } from "vitest";
import type { D365Client } from "../../src/d365/client.js";
import type { D365Create, GeneratedCreate, WritableEntitySet } from "../../src/d365/create-types.js";
import type { PropertyOf } from "../../src/d365/filter.js";
import type { createEntity } from "../../src/d365/write.js";

describe("create types", () => {
  it("make server-assigned keys optional and keep the company required", () => {
    expectTypeOf<{ dataAreaId: string; CustomerAccount: string }>().toExtend<
      D365Create<"FreeTextInvoiceHeaders">
    >();
    expectTypeOf<{ dataAreaId: string; JournalName: string }>().toExtend<
      D365Create<"LedgerJournalHeaders">
    >();
    expectTypeOf<{ dataAreaId: string; SalesOrderNumber: string; ItemNumber: string }>().toExtend<
      D365Create<"SalesOrderLines">
    >();
    expectTypeOf<{ dataAreaId: string; JournalBatchNumber: string }>().toExtend<
      D365Create<"LedgerJournalLines">
    >();
    // The generated type alone would demand them.
    expectTypeOf<{ dataAreaId: string; CustomerAccount: string }>().not.toExtend<
      GeneratedCreate<"FreeTextInvoiceHeaders">
    >();
    expectTypeOf<{ JournalName: string }>().not.toExtend<D365Create<"LedgerJournalHeaders">>();
    // Keys D365 does not assign stay required.
    expectTypeOf<{ dataAreaId: string }>().not.toExtend<D365Create<"CustomersV3">>();
  });

  it("keep posted entity sets out of the writers", () => {
    expectTypeOf<"SalesInvoiceHeadersV2">().not.toExtend<WritableEntitySet>();
    expectTypeOf<"LedgerJournalLines">().toExtend<WritableEntitySet>();
    type Sets = Parameters<typeof createEntity>[1];
    expectTypeOf<"SalesInvoiceV2Lines">().not.toExtend<Sets>();
    expectTypeOf<D365Client>().toHaveProperty("serviceRoot");
  });

  it("check property names of filters and selects", () => {
    expectTypeOf<"IsPosted">().toExtend<PropertyOf<"LedgerJournalHeaders">>();
    expectTypeOf<"NoSuchProperty">().not.toExtend<PropertyOf<"LedgerJournalHeaders">>();
  });
});
