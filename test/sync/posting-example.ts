/** The worked example of docs/posting-model.md, computed: the doc's block must equal {@link renderExample}. */

import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseSettlement } from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementRow } from "../../src/amazon/settlement/types.js";
import { Money } from "../../src/core/money.js";
import { parseMapping } from "../../src/mapping/schema.js";
import { resolveSettlementLines } from "../../src/mapping/settlement-lines.js";
import { buildSettlementPosting, calendarMonths, splitByPeriod } from "../../src/sync/posting.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";

export const exampleFile = "v1-ca-cad-24391894961.txt";
const samplePath = path.resolve(import.meta.dirname, "../../../shared/samples/settlements", exampleFile);

/** Renders the example block: rows per period and role, then every voucher and line. */
export async function renderExample(): Promise<string> {
  const parse = parseSettlement(await readFile(samplePath), { file: exampleFile });
  const rows: SettlementRow[] = [];
  for await (const r of parse) rows.push(r);
  const { summary } = await parse.result();
  const mapping = parseMapping(simulatorMapping);
  const marketplace = "A2EUQ1WTGCTBG2";
  const resolved = resolveSettlementLines(rows, mapping, { marketplace });
  const posting = buildSettlementPosting(resolved, summary, mapping, { marketplace });
  const out: string[] = [
    `settlement ${summary.settlementId} ${summary.currency} ${summary.startDate} .. ${summary.endDate} deposit ${summary.depositDate} total ${summary.totalAmount.toString()}`,
  ];
  const end = summary.endDate.slice(0, 10);
  for (const { period, items } of splitByPeriod(
    resolved.map((r) => ({ postedDate: r.input.postedDate, r })),
    calendarMonths,
    end,
  ).values()) {
    const byRole = new Map<string, { n: number; sum: Money }>();
    for (const { r } of items) {
      const role = r.rule.rule.account ?? r.rule.rule.mainAccount ?? "";
      const g = byRole.get(role) ?? { n: 0, sum: Money.zero(summary.currency) };
      g.n++;
      g.sum = g.sum.plus(r.input.amount);
      byRole.set(role, g);
    }
    const total = Money.sum(
      items.map((i) => i.r.input.amount),
      summary.currency,
    );
    out.push(`rows ${period.id} ${items.length} ${total.toString()}`);
    for (const [role, g] of [...byRole].sort(([a], [b]) => (a < b ? -1 : 1)))
      out.push(`  ${role} ${g.n} ${g.sum.toString()}`);
  }
  // Every line is offset against clearing: its balance moves by the negated line amounts.
  let clearing = Money.zero(summary.currency);
  for (const v of posting.vouchers) {
    out.push(`voucher ${v.voucher} ${v.kind} ${v.period.id}`);
    for (const l of v.lines) {
      out.push(`  ${l.transDate} ${l.account} ${l.amount.toString()} ${l.text ?? ""}`);
      clearing = clearing.minus(l.amount);
    }
    out.push(`  clearing ${posting.clearingAccount} balance ${clearing.toString()}`);
  }
  out.push(`notes ${posting.notes.length}`);
  return out.join("\n");
}
