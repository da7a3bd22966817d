import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSettlementFile } from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementRow } from "../../src/amazon/settlement/types.js";
import { Money } from "../../src/core/money.js";
import { ensureGeneralJournal, ensureSettlementJournals } from "../../src/d365/entities/general-journals.js";
import { createMasterData } from "../../src/d365/master-data.js";
import { loadMapping, type Mapping, parseMapping } from "../../src/mapping/schema.js";
import {
  resolveSettlementLines,
  settlementJournal,
  UnmappedAmountsError,
} from "../../src/mapping/settlement-lines.js";
import { validateMapping } from "../../src/mapping/validate.js";
import { arrange, holdings, server } from "../d365/harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const shared = path.resolve(import.meta.dirname, "..", "..", "..", "shared");
const fixture = path.resolve(import.meta.dirname, "fixtures", "mapping.yaml");

describe("validateMapping against D365", () => {
  it("finds nothing wrong with a sound mapping (journal names can only be flagged as unverified)", async () => {
    const { d365, clock } = await arrange();
    const issues = await validateMapping(await loadMapping(fixture), createMasterData(d365, { clock }));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(new Set(issues.map((i) => i.code))).toEqual(
      new Set(["journal_name_unverified", "bank_account_unverified"]),
    );
  });

  it("names the marketplace and the bank account when the bank account is missing", async () => {
    const { d365, clock } = await arrange();
    const mapping = await loadMapping(fixture);
    const md = createMasterData(d365, { clock });
    const issues = await validateMapping(mapping, {
      ...md,
      bankAccount: async (company, id) => (company === "USMF" && id === "USMFOPER" ? "missing" : "exists"),
    });
    const errors = issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => `${i.code} @ ${i.path.join(".")}`)).toEqual([
      "bank_account_missing @ marketplaces.ATVPDKIKX0DER.bank.account",
    ]);
    expect(errors[0]?.message).toMatch(
      /bank account 'USMFOPER' of marketplace Amazon\.com \(ATVPDKIKX0DER\) does not exist in USMF/,
    );
  });

  it("counts a bank account as existing once a journal line of its company uses it", async () => {
    const { d365, clock } = await arrange();
    const md = createMasterData(d365, { clock });
    expect(await md.bankAccount("USMF", "USMFOPER")).toBe("unknown");
    await ensureGeneralJournal(d365, {
      dataAreaId: "USMF",
      journalName: "AmzStl",
      marker: "bank account probe",
      lines: [
        {
          accountType: "Bank",
          account: "USMFOPER",
          offsetAccount: "110180-004-025",
          amount: Money.of("1.00", "USD"),
          transDate: "2026-03-01",
        },
      ],
    });
    md.invalidate();
    expect(await md.bankAccount("USMF", "USMFOPER")).toBe("exists");
    expect(await md.bankAccount("CAMF", "USMFOPER")).toBe("unknown");
  });

  it("catches a missing main account, a missing dimension value and a customer in the wrong company", async () => {
    const { d365 } = await arrange();
    const good = await loadMapping(fixture);
    const us = good.marketplaces.ATVPDKIKX0DER;
    if (!us) throw new Error("fixture lacks Amazon.com");
    const broken: Mapping = parseMapping({
      ...good,
      accounts: { ...good.accounts, sales: "499999", fees: "618900" },
      marketplaces: {
        ...good.marketplaces,
        ATVPDKIKX0DER: {
          ...us,
          customerAccount: "AMZ-CA",
          dimensions: { BusinessUnit: "004", Department: "999" },
        },
      },
      settlement: {
        ...good.settlement,
        rules: [
          {
            match: { transactionType: "Order", amountType: "ItemPrice", amountDescription: "Principal" },
            mainAccount: "401100",
            dimensions: { SalesChannel: "AMAZON-US" },
          },
        ],
      },
      items: { ...good.items, bySku: { ...good.items.bySku, "NEW-SKU": "Z9999" } },
    });
    const issues = await validateMapping(broken, d365);
    const found = issues.filter((i) => i.severity === "error").map((i) => `${i.code} @ ${i.path.join(".")}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "main_account_missing @ accounts.sales",
        "main_account_suspended @ accounts.fees",
        "dimension_value_missing @ marketplaces.ATVPDKIKX0DER.dimensions.Department",
        "customer_wrong_company @ marketplaces.ATVPDKIKX0DER.customerAccount",
        "dimension_not_in_format @ settlement.rules.0.dimensions.SalesChannel",
        "item_missing @ items.bySku.NEW-SKU",
      ]),
    );
    const wrongCompany = issues.find((i) => i.code === "customer_wrong_company");
    expect(wrongCompany?.message).toMatch(/exists in CAMF, not in USMF/);
  });
});

async function usSettlement() {
  const parse = parseSettlementFile(path.join(shared, "samples", "settlements", "v2-us-usd-21574497411.txt"));
  const rows: SettlementRow[] = [];
  for await (const r of parse) rows.push(r);
  return { rows, summary: (await parse.result()).summary };
}

describe("a settlement with unmapped combinations", () => {
  it("parks with every combination listed, posts nothing, and posts exactly once after the fix", async () => {
    const { d365, sim } = await arrange();
    const complete = await loadMapping(fixture);
    const { reserve: _dropped, ...withoutReserve } = complete.accounts;
    const incomplete = parseMapping({ ...complete, accounts: withoutReserve });
    const { rows, summary } = await usSettlement();
    const commission = rows.find(
      (r) => r.transactionType === "Order" && r.amountDescription === "Commission",
    );
    if (!commission) throw new Error("sample lacks a commission row");
    // A fee type Amazon introduced after the template was written: it takes part of one commission.
    const cut = Money.of("-0.10", "USD");
    const split: SettlementRow[] = rows.flatMap((r) =>
      r === commission
        ? [
            { ...r, amount: r.amount.minus(cut) },
            { ...r, amountDescription: "AmazonInnovationFee", amount: cut },
          ]
        : [r],
    );
    const record = "settlement:usmf:21574497411";
    const before = holdings(sim);

    // The sync engine resolves before any write; the MappingError parks the settlement.
    const park = (mapping: Mapping) => {
      try {
        resolveSettlementLines(split, mapping, { record });
        return undefined;
      } catch (e) {
        if (e instanceof UnmappedAmountsError) return e;
        throw e;
      }
    };
    const parked = park(incomplete);
    expect(parked?.where.record).toBe(record);
    expect(
      parked?.combinations
        .map((c) => `${c.reason}: ${c.transactionType}/${c.amountType}/${c.amountDescription}`)
        .sort(),
    ).toEqual([
      "no_account: other-transaction/other-transaction/Current Reserve Amount",
      "no_account: other-transaction/other-transaction/Previous Reserve Amount Balance",
      "no_rule: Order/ItemFees/AmazonInnovationFee",
    ]);
    expect(parked?.combinations.find((c) => c.reason === "no_rule")?.examples[0]).toMatchObject({
      line: commission.line,
      orderId: commission.orderId,
      amount: "-0.10 USD",
    });
    expect(holdings(sim)).toBe(before);
    expect(sim.state.requests.filter((r) => r.method !== "GET" && r.target !== "token")).toEqual([]);

    // Fix the mapping, replay: the settlement posts, once.
    const fixed = parseMapping({
      ...complete,
      settlement: {
        ...complete.settlement,
        rules: [
          {
            match: {
              transactionType: "Order",
              amountType: "ItemFees",
              amountDescription: "AmazonInnovationFee",
            },
            account: "referralFees",
          },
        ],
      },
    });
    expect(park(fixed)).toBeUndefined();
    const post = async () => {
      const resolved = resolveSettlementLines(split, fixed, { record });
      const journal = settlementJournal(resolved, summary, fixed, { marketplace: "ATVPDKIKX0DER" });
      const results = await ensureSettlementJournals(d365, journal, summary.settlementId, {
        record,
        maxLines: 1000,
      });
      return { journal, results };
    };
    const first = await post();
    expect(first.results.map((r) => r.outcome)).toEqual(["created"]);
    const headers = sim.state.rows("LedgerJournalHeaders", "usmf");
    expect(headers).toHaveLength(1);
    expect(headers[0]).toMatchObject({
      JournalName: "AmzStl",
      Description: "AMZ-SETTLEMENT 21574497411 usmf part 1",
    });
    const lines = sim.state.rows("LedgerJournalLines", "usmf");
    expect(lines).toHaveLength(first.journal.lines.length);
    const deposit = lines.find((l) => l.AccountType === "Bank");
    expect(deposit).toMatchObject({
      AccountDisplayValue: "USMFOPER",
      DebitAmount: "1977.17",
      OffsetAccountDisplayValue: "110180-004-025",
    });
    expect(lines.find((l) => String(l.AccountDisplayValue).startsWith("618100"))?.Text).toBe(
      "AMZ 21574497411 Order Commission",
    );
    // D365 keeps 60 characters of a line text.
    expect(lines.filter((l) => l.AccountDisplayValue === "130700-004-025").map((l) => l.Text)).toEqual([
      "AMZ 21574497411 other-transaction Previous Reserve Amount Ba",
      "AMZ 21574497411 other-transaction Current Reserve Amount",
    ]);

    const again = await post();
    expect(again.results.map((r) => r.outcome)).toEqual(["found"]);
    expect(sim.state.rows("LedgerJournalHeaders", "usmf")).toHaveLength(1);
  });
});
