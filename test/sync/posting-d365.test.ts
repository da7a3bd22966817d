import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSettlementFile } from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementRow } from "../../src/amazon/settlement/types.js";
import { Money } from "../../src/core/money.js";
import { ensureGeneralJournal, settlementJournalMarker } from "../../src/d365/entities/general-journals.js";
import { parseMapping } from "../../src/mapping/schema.js";
import { resolveSettlementLines } from "../../src/mapping/settlement-lines.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { buildSettlementPosting, splitVouchersIntoJournals } from "../../src/sync/posting.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { arrange, server } from "../d365/harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const CA = "A2EUQ1WTGCTBG2";
const sample = path.resolve(
  import.meta.dirname,
  "../../../shared/samples/settlements/v1-ca-cad-24391894961.txt",
);

describe("a month-end posting in the D365 simulator", () => {
  it("posts every voucher whole, with our voucher ids, dates and tax groups", async () => {
    const { d365, sim } = await arrange();
    const mapping = parseMapping({
      ...simulatorMapping,
      marketplaces: {
        ...simulatorMapping.marketplaces,
        [CA]: {
          ...simulatorMapping.marketplaces[CA],
          journalTaxGroups: { sales: { salesTaxGroup: "CA-AMZ", itemSalesTaxGroup: "ALL" } },
        },
      },
    });
    const parse = parseSettlementFile(sample);
    const rows: SettlementRow[] = [];
    for await (const r of parse) rows.push(r);
    const { summary } = await parse.result();
    const resolved = resolveSettlementLines(rows, mapping, { marketplace: CA });
    const posting = buildSettlementPosting(resolved, summary, mapping, { marketplace: CA });
    expect(posting.vouchers.map((v) => [v.kind, v.period.id])).toEqual([
      ["activity", "2025-08"],
      ["activity", "2025-09"],
      ["deposit", "2025-09"],
    ]);

    const parts = splitVouchersIntoJournals(posting, 12);
    expect(parts.map((p) => p.length)).toEqual([7, 11]);
    const dedup = memoryStorage().dedup;
    const batches: string[] = [];
    for (const [i, lines] of parts.entries()) {
      const marker = settlementJournalMarker(summary.settlementId, posting.dataAreaId, i + 1);
      const ensured = await ensureGeneralJournal(
        d365,
        { dataAreaId: posting.dataAreaId, journalName: posting.journalName, marker, lines },
        { dedup },
      );
      expect(ensured.outcome).toBe("created");
      batches.push(ensured.value.journalBatchNumber);
    }

    const stored = sim.state.rows("LedgerJournalLines", "camf");
    expect(stored).toHaveLength(posting.lines.length);
    const batchOf = new Map<string, Set<unknown>>();
    for (const l of stored) {
      const set = batchOf.get(String(l.Voucher)) ?? new Set();
      set.add(l.JournalBatchNumber);
      batchOf.set(String(l.Voucher), set);
    }
    // D365 kept our voucher ids (it draws none), and no voucher spans two journals.
    expect([...batchOf.keys()].sort()).toEqual(posting.vouchers.map((v) => v.voucher));
    for (const set of batchOf.values()) expect(set.size).toBe(1);
    expect(new Set(stored.map((l) => l.JournalBatchNumber))).toEqual(new Set(batches));

    const august = stored.filter((l) => l.Voucher === "AMZ91894961-1");
    expect(new Set(august.map((l) => String(l.TransDate).slice(0, 7)))).toEqual(new Set(["2025-08"]));
    const deposit = stored.filter((l) => l.Voucher === "AMZ91894961-3");
    expect(
      deposit.map((l) => [l.AccountDisplayValue, l.DebitAmount, String(l.TransDate).slice(0, 10)]),
    ).toEqual([["110110-004-025", "2539.66", "2025-09-13"]]);
    const sales = stored.filter((l) => String(l.AccountDisplayValue).startsWith("401100-"));
    expect(sales.map((l) => [l.SalesTaxGroup, l.ItemSalesTaxGroup])).toEqual([
      ["CA-AMZ", "ALL"],
      ["CA-AMZ", "ALL"],
    ]);
    const fees = stored.find((l) => String(l.AccountDisplayValue).startsWith("618100-"));
    expect(fees?.SalesTaxGroup ?? "").toBe("");

    // Debits equal credits over the whole settlement, to the cent.
    const sum = (field: string) =>
      Money.sum(
        stored.map((l) => Money.of(String(l[field] ?? "0"), "CAD")),
        "CAD",
      );
    expect(sum("DebitAmount").minus(sum("CreditAmount")).toString()).toBe(
      Money.sum(
        posting.lines.map((l) => l.amount),
        "CAD",
      ).toString(),
    );
  });
});
