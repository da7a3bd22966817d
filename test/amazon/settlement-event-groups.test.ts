/** Finances event groups (real MWS CA recording, MWS docs, SP-API sandbox) and their link to settlements. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  findEventGroupsForSettlement,
  readFinancialEventGroups,
} from "../../src/amazon/settlement/event-groups.js";
import { readSettlement } from "../../src/amazon/settlement/parse-settlement.js";
import { isValidationError, type ValidationError } from "../../src/core/errors.js";

const shared = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples");
const finances = (f: string) => readFileSync(path.join(shared, "finances", f), "utf8");

describe("readFinancialEventGroups", () => {
  it("reads the real Amazon.ca MWS recording with exact amounts", () => {
    const groups = readFinancialEventGroups(finances("mws-ca-cad-ListFinancialEventGroups-2020-06.xml"));
    expect(groups.length).toBeGreaterThan(2);
    const open = groups[0]!;
    expect(open).toMatchObject({
      processingStatus: "Open",
      end: undefined,
      fundTransferStatus: undefined,
      fundTransferDate: undefined,
    });
    expect(open.beginningBalance?.toString()).toBe("-29.99");
    expect(open.start).toBe("2020-06-19T07:52:49.780Z");
    for (const closed of groups.slice(1)) {
      expect(closed.processingStatus).toBe("Closed");
      expect(closed.fundTransferStatus).toBe("Unknown");
      expect(closed.originalTotal?.currency).toBe("CAD");
    }
  });

  it("reads the MWS docs example (<Amount> instead of <CurrencyAmount>, offsets)", () => {
    const [group] = readFinancialEventGroups(finances("mws-docs-ListFinancialEventGroups-example.xml"));
    expect(group).toMatchObject({
      id: "22YgYW55IGNhcm5hbCBwbGVhEXAMPLE",
      fundTransferStatus: "Successful",
      start: "2014-09-01T07:30:00Z",
      end: "2014-09-09T07:30:00Z",
      traceId: "128311029381HSADJEXAMPLE",
    });
    expect(group!.originalTotal?.toString()).toBe("19.00");
  });

  it("reads the SP-API sandbox JSON body", () => {
    const [group] = readFinancialEventGroups(
      JSON.parse(finances("sandbox-financesV0-listFinancialEventGroups_200.json")),
    );
    expect(group!.originalTotal?.toJSON()).toEqual({ amount: "10.34", currency: "USD" });
    expect(group!.convertedTotal?.toString()).toBe("39.43");
    expect(group!.beginningBalance?.toString()).toBe("55.33");
    expect(group!.fundTransferDate).toBe("2020-02-07T14:38:42.128Z");
  });

  it("lists every unreadable field instead of guessing", () => {
    let caught: unknown;
    try {
      readFinancialEventGroups({
        FinancialEventGroupList: [
          { FinancialEventGroupId: "a", OriginalTotal: { CurrencyCode: "USD", CurrencyAmount: 0.1 + 0.2 } },
          { OriginalTotal: { CurrencyAmount: 1 }, FinancialEventGroupStart: "yesterday" },
        ],
      });
    } catch (e) {
      caught = e;
    }
    expect(isValidationError(caught)).toBe(true);
    expect((caught as ValidationError).issues.map((i) => i.path.join("."))).toEqual([
      "FinancialEventGroupList.0.OriginalTotal",
      "FinancialEventGroupList.1.FinancialEventGroupId",
      "FinancialEventGroupList.1.OriginalTotal",
      "FinancialEventGroupList.1.FinancialEventGroupStart",
    ]);
    expect(() => readFinancialEventGroups({ nope: 1 })).toThrow(/Not a list/);
    expect(() => readFinancialEventGroups("<html/>")).toThrow(/Not a list/);
  });
});

describe("findEventGroupsForSettlement", () => {
  it("links settlement 12746358451 to its real event group by currency, period (to the second) and total", async () => {
    const settlement = await readSettlement(
      readFileSync(path.join(shared, "settlements", "v1-ca-cad-12746358451.txt")),
    );
    const groups = readFinancialEventGroups(finances("mws-ca-cad-ListFinancialEventGroups-2020-06.xml"));
    const matches = findEventGroupsForSettlement(settlement.summary, groups);
    expect(matches.map((g) => g.id)).toEqual(["fnixtLzdOTM3yUrWJ-Pk_4sVNy0vTFMoMjYt15Dl9uE"]);
    expect(matches[0]!.start).toBe("2020-04-24T07:52:49.241Z");
    expect(settlement.summary.startDate).toBe("2020-04-24T07:52:49Z");
  });

  it("does not link a group whose total or period differs", async () => {
    const settlement = await readSettlement(
      readFileSync(path.join(shared, "settlements", "v1-ca-cad-12746358451.txt")),
    );
    const groups = readFinancialEventGroups(finances("mws-ca-cad-ListFinancialEventGroups-2020-06.xml"));
    const other = { ...settlement.summary, totalAmount: settlement.summary.totalAmount.negate() };
    expect(findEventGroupsForSettlement(other, groups)).toEqual([]);
    const shifted = { ...settlement.summary, endDate: "2020-05-22T07:52:50Z" };
    expect(findEventGroupsForSettlement(shifted, groups)).toEqual([]);
  });
});
