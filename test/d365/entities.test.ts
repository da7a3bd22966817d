import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isD365ODataError, isValidationError } from "../../src/core/errors.js";
import { Money } from "../../src/core/money.js";
import { ensureCustomerInvoice } from "../../src/d365/entities/customer-invoices.js";
import { ensureCustomer } from "../../src/d365/entities/customers.js";
import {
  ensureFreeTextInvoice,
  type FreeTextInvoiceInput,
  type FreeTextInvoiceLineInput,
} from "../../src/d365/entities/free-text-invoices.js";
import {
  assertBalanced,
  ensureGeneralJournal,
  type JournalLineInput,
  settlementJournalMarker,
  splitJournalLines,
} from "../../src/d365/entities/general-journals.js";
import { ensureSalesOrder } from "../../src/d365/entities/sales-orders.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { arrange, holdings, server } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const usd = (a: string) => Money.of(a, "USD");

function invoice(
  lines: readonly FreeTextInvoiceLineInput[] = [
    { mainAccountDisplayValue: "401100-004-025", amount: usd("19.99"), description: "SKU-1" },
  ],
): FreeTextInvoiceInput {
  return {
    dataAreaId: "USMF",
    customerAccount: "AMZ-US",
    reference: "111-2223334-5556667",
    invoiceDate: "2026-03-01",
    currencyCode: "USD",
    lines,
  };
}

const journalLines: JournalLineInput[] = [
  {
    account: "401100-004-025",
    offsetAccount: "110180",
    amount: usd("-120.00"),
    transDate: "2026-03-01",
    text: "Order ItemPrice Principal",
  },
  {
    account: "618100-004-025",
    offsetAccount: "110180",
    amount: usd("18.00"),
    transDate: "2026-03-01",
    text: "Order ItemFees Commission",
  },
  {
    account: "110110",
    offsetAccount: "110180",
    amount: usd("102.00"),
    transDate: "2026-03-03",
    text: "Deposit",
  },
];

describe("natural-key dedup survives a wiped local store", () => {
  it("free text invoice: one header, one set of lines", async () => {
    const { d365, sim } = await arrange();
    const first = await ensureFreeTextInvoice(d365, invoice(), { dedup: memoryStorage().dedup });
    expect(first.outcome).toBe("created");
    const storage = memoryStorage();
    const second = await ensureFreeTextInvoice(d365, invoice(), { dedup: storage.dedup });
    expect(second.outcome).toBe("found");
    expect(second.value.invoiceIdentifier).toBe(first.value.invoiceIdentifier);
    expect((await ensureFreeTextInvoice(d365, invoice(), { dedup: storage.dedup })).outcome).toBe("cached");
    expect(sim.state.rows("FreeTextInvoiceHeaders", "usmf")).toHaveLength(1);
    const lines = sim.state.rows("FreeTextInvoiceLines", "usmf");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.ParentRecId).toBe(first.value.invoiceIdentifier);
    expect(lines[0]?.TransactionCurrencyAmount).toBe("19.99");
  });

  it("sales order: one order per Amazon order id", async () => {
    const { d365, sim } = await arrange();
    const input = {
      dataAreaId: "USMF",
      customerAccount: "AMZ-US",
      amazonOrderId: "111-0000000-0000001",
      currencyCode: "USD",
      lines: [
        { itemNumber: "A0001", quantity: "2", salesPrice: usd("14.99") },
        { itemNumber: "A0002", quantity: "1", salesPrice: usd("89.50"), lineAmount: usd("89.50") },
      ],
    };
    const first = await ensureSalesOrder(d365, input, { dedup: memoryStorage().dedup });
    const second = await ensureSalesOrder(d365, input, { dedup: memoryStorage().dedup });
    expect([first.outcome, second.outcome]).toEqual(["created", "found"]);
    expect(second.value.salesOrderNumber).toBe(first.value.salesOrderNumber);
    const headers = sim.state.rows("SalesOrderHeadersV2", "usmf");
    expect(headers).toHaveLength(1);
    expect(headers[0]?.CustomersOrderReference).toBe("111-0000000-0000001");
    const lines = sim.state.rows("SalesOrderLines", "usmf");
    expect(lines.map((l) => [l.ItemNumber, l.LineAmount])).toEqual([
      ["A0001", "29.98"],
      ["A0002", "89.5"],
    ]);
  });

  it("customer: found by account, created once per marketplace and legal entity", async () => {
    const { d365, sim } = await arrange();
    const existing = await ensureCustomer(d365, {
      dataAreaId: "USMF",
      customerAccount: "AMZ-US",
      organizationName: "Amazon.com customers",
      customerGroupId: "AMZ",
      salesCurrencyCode: "USD",
    });
    expect(existing.outcome).toBe("found");
    const input = {
      dataAreaId: "CAMF",
      customerAccount: "AMZ-CA2",
      organizationName: "Amazon.ca business customers",
      customerGroupId: "AMZ",
      salesCurrencyCode: "CAD",
    };
    const a = await ensureCustomer(d365, input, { dedup: memoryStorage().dedup });
    const b = await ensureCustomer(d365, input, { dedup: memoryStorage().dedup });
    expect([a.outcome, b.outcome]).toEqual(["created", "found"]);
    expect(sim.state.rows("CustomersV3", "camf").filter((c) => c.CustomerAccount === "AMZ-CA2")).toHaveLength(
      1,
    );
    expect(
      sim.state.find("CustomersV3", { dataAreaId: "camf", CustomerAccount: "AMZ-CA2" })?.CustomerGroupId,
    ).toBe("AMZ");
    // Without an account: by organization name and group.
    const byName = await ensureCustomer(d365, { ...input, customerAccount: undefined as never });
    expect(byName).toEqual({ value: { dataAreaId: "camf", customerAccount: "AMZ-CA2" }, outcome: "found" });
  });

  it("general journal: one journal per marker, never written once posted", async () => {
    const { d365, sim } = await arrange();
    const input = {
      dataAreaId: "USMF",
      journalName: "AmzStl",
      marker: settlementJournalMarker("12345678901", "USMF", 1),
      lines: journalLines,
    };
    const first = await ensureGeneralJournal(d365, input, { dedup: memoryStorage().dedup });
    expect(first.outcome).toBe("created");
    const header = sim.state.find("LedgerJournalHeaders", {
      dataAreaId: "usmf",
      JournalBatchNumber: first.value.journalBatchNumber,
    });
    expect(header?.JournalName).toBe("AmzStl");
    expect(header?.Description).toBe("AMZ-SETTLEMENT 12345678901 usmf part 1");
    expect(header?.JournalTotalDebit).toBe("120");
    const lines = sim.state.rows("LedgerJournalLines", "usmf");
    expect(
      lines.map((l) => [l.AccountDisplayValue, l.DebitAmount, l.CreditAmount, l.OffsetAccountDisplayValue]),
    ).toEqual([
      ["401100-004-025", "0", "120", "110180"],
      ["618100-004-025", "18", "0", "110180"],
      ["110110", "102", "0", "110180"],
    ]);
    sim.state.postJournal("usmf", first.value.journalBatchNumber);
    const before = holdings(sim);
    const again = await ensureGeneralJournal(d365, input, { dedup: memoryStorage().dedup });
    expect(again.outcome).toBe("found");
    expect(holdings(sim)).toBe(before);
    expect(sim.state.requests.filter((r) => r.method !== "GET" && r.path.includes("Ledger")).length).toBe(1);
  });
});

describe("concurrent workers", () => {
  it("share a dedup store: one writes, the other is told the key is in flight", async () => {
    const { d365, sim } = await arrange();
    const storage = memoryStorage();
    const input = {
      dataAreaId: "USMF",
      journalName: "AmzStl",
      marker: "AMZ-SETTLEMENT 7 usmf part 1",
      lines: journalLines,
    };
    const [a, b] = await Promise.allSettled([
      ensureGeneralJournal(d365, input, { dedup: storage.dedup }),
      ensureGeneralJournal(d365, input, { dedup: storage.dedup }),
    ]);
    const outcomes = [a, b].map((r) =>
      r.status === "fulfilled" ? r.value.outcome : (r.reason as { code: string }).code,
    );
    expect(outcomes.sort()).toEqual(["STORAGE_CONFLICT", "created"]);
    expect(sim.state.rows("LedgerJournalHeaders", "usmf")).toHaveLength(1);
    expect((await ensureGeneralJournal(d365, input, { dedup: storage.dedup })).outcome).toBe("cached");
  });
});

describe("header before lines", () => {
  it("removes the header when its lines fail, and names the line and field", async () => {
    const { d365, sim } = await arrange();
    const bad = invoice([
      { mainAccountDisplayValue: "401100-004-025", amount: usd("10.00"), description: "ok" },
      { mainAccountDisplayValue: "401100-004-999", amount: usd("5.00"), description: "bad dimension" },
    ]);
    const error = await ensureFreeTextInvoice(d365, bad).catch((e: unknown) => e);
    expect(isD365ODataError(error)).toBe(true);
    if (!isD365ODataError(error)) return;
    expect(error.where).toMatchObject({
      line: 2,
      field: "MainAccountDisplayValue",
      operation: "FreeTextInvoiceLines",
    });
    expect(sim.state.rows("FreeTextInvoiceHeaders", "usmf")).toHaveLength(0);
    expect(sim.state.rows("FreeTextInvoiceLines", "usmf")).toHaveLength(0);
    const fixed = await ensureFreeTextInvoice(d365, invoice());
    expect(fixed.outcome).toBe("created");
    expect(sim.state.rows("FreeTextInvoiceHeaders", "usmf")).toHaveLength(1);
  });

  it("completes a header left without lines by a failed run, never duplicating it", async () => {
    const { d365, sim } = await arrange({ retry: { maxAttempts: 1 } });
    const stopDelete = sim.state.throttle.inject({
      target: "FreeTextInvoiceHeaders",
      method: "DELETE",
      kind: "500",
    });
    const bad = invoice([{ mainAccountDisplayValue: "999999", amount: usd("10.00") }]);
    await expect(ensureFreeTextInvoice(d365, bad)).rejects.toSatisfy(isD365ODataError);
    expect(sim.state.rows("FreeTextInvoiceHeaders", "usmf")).toHaveLength(1);
    expect(sim.state.rows("FreeTextInvoiceLines", "usmf")).toHaveLength(0);
    stopDelete();
    const retried = await ensureFreeTextInvoice(d365, invoice());
    expect(retried.outcome).toBe("completed");
    expect(sim.state.rows("FreeTextInvoiceHeaders", "usmf")).toHaveLength(1);
    expect(sim.state.rows("FreeTextInvoiceLines", "usmf")).toHaveLength(1);
  });

  it("refuses a document D365 holds in another shape", async () => {
    const { d365 } = await arrange();
    await ensureFreeTextInvoice(d365, invoice());
    const twoLines = invoice([
      { mainAccountDisplayValue: "401100", amount: usd("1.00") },
      { mainAccountDisplayValue: "401100", amount: usd("2.00") },
    ]);
    const error = await ensureFreeTextInvoice(d365, twoLines).catch((e: unknown) => e);
    expect(isValidationError(error) && error.issues[0]?.code).toBe("document_mismatch");
  });
});

describe("journal balance", () => {
  it("is asserted per currency and voucher before anything is sent", async () => {
    const { d365, sim } = await arrange();
    const unbalanced: JournalLineInput[] = [
      { account: "618100", amount: usd("10.00"), transDate: "2026-03-01", voucher: "V1" },
      { account: "110180", amount: usd("-9.99"), transDate: "2026-03-01", voucher: "V1" },
      { account: "110180", amount: Money.of("5.00", "EUR"), transDate: "2026-03-01", voucher: "V2" },
    ];
    const error = await ensureGeneralJournal(d365, {
      dataAreaId: "USMF",
      journalName: "GenJrn",
      marker: "m",
      lines: unbalanced,
    }).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    if (!isValidationError(error)) return;
    expect(error.issues.map((i) => i.code).sort()).toEqual([
      "unbalanced_currency",
      "unbalanced_currency",
      "unbalanced_voucher",
      "unbalanced_voucher",
    ]);
    expect(sim.state.requests.filter((r) => r.target.startsWith("Ledger"))).toHaveLength(0);
    expect(() => assertBalanced(journalLines)).not.toThrow();
  });

  it("splits long journals without breaking a voucher", () => {
    const lines: JournalLineInput[] = [];
    for (let v = 0; v < 5; v++) {
      lines.push({ account: "618100", amount: usd("1.00"), transDate: "2026-03-01", voucher: `V${v}` });
      lines.push({ account: "110180", amount: usd("-1.00"), transDate: "2026-03-01", voucher: `V${v}` });
    }
    const parts = splitJournalLines(lines, 3);
    expect(parts.map((p) => p.length)).toEqual([2, 2, 2, 2, 2]);
    for (const p of parts) expect(() => assertBalanced(p)).not.toThrow();
  });
});

describe("customer invoices", () => {
  it("become a free text invoice or, selectable, a sales order, once per Amazon order", async () => {
    const { d365, sim } = await arrange();
    const order = {
      dataAreaId: "USMF",
      customerAccount: "AMZ-US",
      amazonOrderId: "112-9999999-0000001",
      invoiceDate: "2026-03-02",
      currencyCode: "USD",
      lines: [
        {
          amount: usd("29.98"),
          quantity: "2",
          unitPrice: usd("14.99"),
          itemNumber: "A0001",
          mainAccountDisplayValue: "401100-004-025",
          description: "HDMI-6FT",
        },
      ],
    };
    const asInvoice = await ensureCustomerInvoice(d365, order, { dedup: memoryStorage().dedup });
    const asOrder = await ensureCustomerInvoice(d365, order, {
      type: "sales-order",
      dedup: memoryStorage().dedup,
    });
    expect(asInvoice.value.type).toBe("free-text-invoice");
    expect(asOrder.value.type).toBe("sales-order");
    expect((await ensureCustomerInvoice(d365, order, { type: "sales-order" })).outcome).toBe("found");
    expect(sim.state.rows("FreeTextInvoiceHeaders", "usmf").map((h) => h.CustomerReference)).toEqual([
      "112-9999999-0000001",
    ]);
    expect(sim.state.rows("SalesOrderHeadersV2", "usmf").map((h) => h.CustomersOrderReference)).toEqual([
      "112-9999999-0000001",
    ]);
    const missingItem = await ensureCustomerInvoice(
      d365,
      { ...order, amazonOrderId: "x", lines: [{ amount: usd("1.00") }] },
      { type: "sales-order" },
    ).catch((e: unknown) => e);
    expect(isValidationError(missingItem) && missingItem.issues[0]?.path).toEqual(["lines", 0, "itemNumber"]);
  });
});
