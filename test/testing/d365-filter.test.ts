import { describe, expect, it } from "vitest";
import { entitySets } from "../../generated/d365/entity-sets.js";
import { ODataFault } from "../../src/testing/d365/odata-fault.js";
import { compileFilter, parseFilter } from "../../src/testing/d365/odata-filter.js";

const lines = entitySets.LedgerJournalLines;
const row = {
  dataAreaId: "usmf",
  JournalBatchNumber: "000042",
  LineNumber: "3",
  Text: "Amazon 'fees' 2026",
  AccountType: "Ledger",
  DebitAmount: "0.10",
  CreditAmount: "0",
  TransDate: "2026-03-01T00:00:00Z",
};

const matches = (filter: string) => compileFilter(filter, lines)(row);

describe("odata-filter", () => {
  it("binds and before or, and not tighter than both", () => {
    expect(parseFilter("a eq 1 or b eq 2 and c eq 3")).toMatchObject({ kind: "or", right: { kind: "and" } });
    expect(parseFilter("not a eq 1 and b eq 2")).toMatchObject({ kind: "and", left: { kind: "not" } });
    expect(matches("not (LineNumber eq 3) or LineNumber eq 3")).toBe(true);
    expect(matches("not LineNumber eq 3")).toBe(false);
  });

  it("compares decimals exactly, not as floats", () => {
    expect(matches("DebitAmount eq 0.1")).toBe(true);
    expect(matches("DebitAmount gt 0.09999999999999999999")).toBe(true);
    expect(matches("DebitAmount lt 0.10000000000000000001")).toBe(true);
    expect(matches("DebitAmount eq 1e-1")).toBe(true);
  });

  it("handles doubled quotes inside function arguments", () => {
    expect(matches("contains(Text, '''fees''')")).toBe(true);
    expect(matches("endswith(Text, '2026') and startswith(Text, 'AMAZON')")).toBe(true);
  });

  it("compares date-times across offsets", () => {
    expect(matches("TransDate eq 2026-02-28T19:00:00-05:00")).toBe(true);
    expect(matches("TransDate gt 2026-02-28")).toBe(true);
  });

  it("allows only eq and ne on enums, and only the same enum type", () => {
    expect(matches("AccountType eq Microsoft.Dynamics.DataEntities.LedgerJournalACType'Ledger'")).toBe(true);
    expect(() =>
      matches("AccountType gt Microsoft.Dynamics.DataEntities.LedgerJournalACType'Ledger'"),
    ).toThrow(ODataFault);
    expect(() => matches("AccountType eq Microsoft.Dynamics.DataEntities.NoYes'Yes'")).toThrow(
      /incompatible types/,
    );
    expect(() => matches("AccountType eq 'Ledger'")).toThrow(/incompatible types/);
  });

  it("rejects non-boolean filters, unknown functions and trailing tokens", () => {
    expect(() => matches("Text")).toThrow(/boolean/);
    expect(() => matches("substringof('a', Text)")).toThrow(/unknown function/);
    expect(() => matches("Text eq 'a' 'b'")).toThrow(/unexpected token/);
    expect(() => matches("Text eq")).toThrow(ODataFault);
  });
});
