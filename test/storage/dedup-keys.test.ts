import { describe, expect, test } from "vitest";
import { dedupKeys } from "../../src/core/dedup.js";
import { isValidationError } from "../../src/core/errors.js";

describe("dedupKeys", () => {
  test("a settlement key names the legal entity (case-insensitively) and the settlement id", () => {
    expect(dedupKeys.settlement("USMF", "12345678901")).toBe("settlement:usmf:12345678901");
    expect(dedupKeys.settlement("usmf", "12345678901")).toBe(dedupKeys.settlement("UsMf", "12345678901"));
    expect(dedupKeys.settlement("usmf", "1")).not.toBe(dedupKeys.settlement("demf", "1"));
  });

  test("report and order keys", () => {
    expect(dedupKeys.report("50017018437")).toBe("report:50017018437");
    expect(dedupKeys.order("usmf", "111-1234567-1234567")).toBe("order:usmf:111-1234567-1234567");
  });

  test("D365 natural keys do not depend on field order", () => {
    const a = dedupKeys.d365("LedgerJournalHeaders", "USMF", { JournalName: "GenJrn", Description: "AMZ 1" });
    const b = dedupKeys.d365("LedgerJournalHeaders", "usmf", { Description: "AMZ 1", JournalName: "GenJrn" });
    expect(a).toBe(b);
    expect(a).toBe("d365:LedgerJournalHeaders:usmf:Description=AMZ%201,JournalName=GenJrn");
  });

  test("separators inside a part cannot make two different keys collide", () => {
    expect(dedupKeys.order("us:mf", "1")).not.toBe(dedupKeys.order("us", "mf:1"));
    expect(dedupKeys.d365("E", "x", { A: "1,B=2" })).not.toBe(dedupKeys.d365("E", "x", { A: "1", B: "2" }));
  });

  test("empty parts are refused with a ValidationError naming the part", () => {
    for (const make of [
      () => dedupKeys.settlement("", "1"),
      () => dedupKeys.report("  "),
      () => dedupKeys.d365("E", "usmf", {}),
      () => dedupKeys.d365("E", "usmf", { A: "" }),
    ]) {
      expect(make).toThrowError();
      try {
        make();
      } catch (error) {
        expect(isValidationError(error)).toBe(true);
      }
    }
  });
});
