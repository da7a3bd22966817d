import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidationError } from "../../src/core/errors.js";
import { Money } from "../../src/core/money.js";
import { ensureSettlementJournals, type JournalLineInput } from "../../src/d365/entities/general-journals.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { arrange, holdings, server } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const usd = (a: string) => Money.of(a, "USD");

/** Five vouchers of two balancing lines each. */
function voucherLines(): JournalLineInput[] {
  const lines: JournalLineInput[] = [];
  for (let v = 1; v <= 5; v++) {
    lines.push({
      account: "618100-004-025",
      amount: usd(`${v}.00`),
      transDate: "2026-03-01",
      voucher: `V${v}`,
    });
    lines.push({ account: "110180", amount: usd(`-${v}.00`), transDate: "2026-03-01", voucher: `V${v}` });
  }
  return lines;
}

describe("ensureSettlementJournals", () => {
  it("posts a settlement's journal in parts, each part once under its numbered marker", async () => {
    const { d365, sim } = await arrange();
    const journal = { dataAreaId: "USMF", journalName: "AmzStl", lines: voucherLines() };

    const first = await ensureSettlementJournals(d365, journal, "21574497411", { maxLines: 4 });
    expect(first.map((p) => [p.outcome, p.value.marker, p.value.lineCount])).toEqual([
      ["created", "AMZ-SETTLEMENT 21574497411 usmf part 1", 4],
      ["created", "AMZ-SETTLEMENT 21574497411 usmf part 2", 4],
      ["created", "AMZ-SETTLEMENT 21574497411 usmf part 3", 2],
    ]);
    const headers = sim.state.rows("LedgerJournalHeaders", "usmf");
    expect(headers.map((h) => [h.Description, h.JournalName])).toEqual(
      first.map((p) => [p.value.marker, "AmzStl"]),
    );
    // Every voucher stays whole inside one journal.
    const lines = sim.state.rows("LedgerJournalLines", "usmf");
    expect(lines).toHaveLength(10);
    for (let v = 1; v <= 5; v++) {
      expect(new Set(lines.filter((l) => l.Voucher === `V${v}`).map((l) => l.JournalBatchNumber)).size).toBe(
        1,
      );
    }

    const before = holdings(sim);
    const again = await ensureSettlementJournals(d365, journal, "21574497411", { maxLines: 4 });
    expect(again.map((p) => p.outcome)).toEqual(["found", "found", "found"]);
    expect(again.map((p) => p.value.journalBatchNumber)).toEqual(
      first.map((p) => p.value.journalBatchNumber),
    );
    expect(holdings(sim)).toBe(before);
  });

  it("answers from the dedup store on a re-run after one read by key, and keeps 1000 lines per journal by default", async () => {
    const { d365, sim } = await arrange();
    const storage = memoryStorage();
    const journal = { dataAreaId: "USMF", journalName: "AmzStl", lines: voucherLines() };
    const first = await ensureSettlementJournals(d365, journal, "7", { dedup: storage.dedup });
    expect(first.map((p) => [p.outcome, p.value.marker])).toEqual([
      ["created", "AMZ-SETTLEMENT 7 usmf part 1"],
    ]);
    const requests = sim.state.requests.length;
    const again = await ensureSettlementJournals(d365, journal, "7", { dedup: storage.dedup });
    expect(again.map((p) => p.outcome)).toEqual(["cached"]);
    // "Done" is believed only once D365 confirms it still holds the journal: one GET by key, no write.
    expect(sim.state.requests.slice(requests).map((r) => `${r.method} ${r.target}`)).toEqual([
      "GET LedgerJournalHeaders",
    ]);
  });

  it("names the settlement as the record of its errors, unless told another", async () => {
    const { d365, sim } = await arrange();
    const unbalanced = {
      dataAreaId: "USMF",
      journalName: "AmzStl",
      lines: [{ account: "618100", amount: usd("1.00"), transDate: "2026-03-01", voucher: "V1" }],
    };
    const error = await ensureSettlementJournals(d365, unbalanced, "99").catch((e: unknown) => e);
    expect(isValidationError(error) && error.where?.record).toBe("settlement:99");
    const named = await ensureSettlementJournals(d365, unbalanced, "99", { record: "job:42" }).catch(
      (e: unknown) => e,
    );
    expect(isValidationError(named) && named.where?.record).toBe("job:42");
    expect(sim.state.rows("LedgerJournalHeaders", "usmf")).toHaveLength(0);
  });

  it("writes nothing for a journal without lines", async () => {
    const { d365, sim } = await arrange();
    const before = sim.state.requests.length;
    const empty = { dataAreaId: "USMF", journalName: "AmzStl", lines: [] };
    expect(await ensureSettlementJournals(d365, empty, "1")).toEqual([]);
    expect(sim.state.requests.length).toBe(before);
  });
});
