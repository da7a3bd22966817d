/**
 * The reconciliation page: one self-contained HTML document (inline CSS, no scripts, no external
 * requests) an accountant can open, print or attach. Per settlement: the deposit, the posted
 * clearing line, the posted lines by account with the amount types they came from, the Finances
 * API total and the difference; parked settlements with their reason and what to do. Every amount
 * is the exact decimal string the engine computed; nothing is re-derived with floating point.
 * @packageDocumentation
 */
import { Money } from "../core/money.js";
import type { StorageAdapter } from "../core/storage.js";
import type { SettlementReportEntry } from "./connector.js";

/** One line of the posting plan the engine archives (`data.planKey` of a settlement record). */
export interface PostingPlanLine {
  readonly account: string;
  readonly accountType?: string;
  readonly offsetAccount?: string;
  /** Signed amount on `account` (positive debit), exact decimal string. */
  readonly amount: string;
  readonly transDate?: string;
  readonly text?: string;
}

/** The posting plan document: the journal parts exactly as they are posted. */
export interface PostingPlan {
  readonly settlementId: string;
  readonly dataAreaId: string;
  readonly journalName: string;
  readonly currency: string;
  /** The account of the closing line (bank deposit or carried balance); null for a zero settlement. */
  readonly closingAccount: string | null;
  readonly parts: readonly (readonly PostingPlanLine[])[];
}

/** One settlement on the page: the run report's entry and, when it was mapped, its posting plan. */
export interface ReconciliationReportEntry {
  readonly settlement: SettlementReportEntry;
  readonly plan: PostingPlan | null;
}

/** Options of {@link renderReconciliationReport}. */
export interface ReconciliationReportOptions {
  /** @default "Amazon settlements — reconciliation" */
  readonly title?: string;
  /** When the page was made (ISO 8601), shown in its header. @default now */
  readonly generatedAt?: string;
  /** Where the figures come from, e.g. the store's description (never a URL with credentials). */
  readonly source?: string;
}

/** One account on the page: the posted amount in the settlement's sign and the amount types behind it. */
export interface AccountTotal {
  readonly account: string;
  /** Sum of the account's lines, in the settlement's sign (what Amazon owes the seller is positive). */
  readonly amount: string;
  readonly sources: readonly string[];
  readonly lines: number;
}

/** What the page shows of a plan: the closing line and the activity lines by account. */
export interface PlanSummary {
  readonly closing: { readonly account: string; readonly amount: string; readonly text: string } | null;
  /** The Amazon clearing account the lines are offset against. */
  readonly clearingAccount: string | null;
  readonly accounts: readonly AccountTotal[];
  /** The sum of `accounts`, in the settlement's sign: equals the reconciliation's `postedLines`. */
  readonly total: string;
}

const CLOSING_TEXT = / (deposit|carried balance)$/;

/**
 * Sums a posting plan by account, the way the reconciliation reads the journal back: the closing
 * line apart, the activity lines negated into the settlement's sign.
 */
export function summarizePlan(plan: PostingPlan): PlanSummary {
  const currency = plan.currency;
  let closing: PlanSummary["closing"] = null;
  let clearing: string | null = null;
  const byAccount = new Map<string, { amount: Money; sources: Set<string>; lines: number }>();
  const prefix = `AMZ ${plan.settlementId} `;
  for (const line of plan.parts.flat()) {
    const text = line.text ?? "";
    const amount = Money.of(line.amount, currency);
    if (plan.closingAccount !== null && line.account === plan.closingAccount && CLOSING_TEXT.test(text)) {
      closing = {
        account: line.account,
        amount: closing ? Money.of(closing.amount, currency).plus(amount).toString() : amount.toString(),
        text,
      };
      clearing ??= line.offsetAccount ?? null;
      continue;
    }
    clearing ??= line.offsetAccount ?? null;
    const a = byAccount.get(line.account) ?? { amount: Money.zero(currency), sources: new Set(), lines: 0 };
    // Activity lines credit their accounts with the settlement's amounts: negate to compare.
    a.amount = a.amount.plus(amount.negate());
    a.sources.add(text.startsWith(prefix) ? text.slice(prefix.length) : text);
    a.lines++;
    byAccount.set(line.account, a);
  }
  const accounts = [...byAccount.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([account, a]) => ({
      account,
      amount: a.amount.toString(),
      sources: [...a.sources].sort(),
      lines: a.lines,
    }));
  const total = Money.sum(
    accounts.map((a) => Money.of(a.amount, currency)),
    currency,
  );
  return { closing, clearingAccount: clearing, accounts, total: total.toString() };
}

/**
 * Reads the posting plans the engine archived for `settlements` (from each record's `planKey`).
 * A settlement parked before it was mapped has no plan; it is shown with its reason only.
 */
export async function loadReconciliationEntries(
  storage: StorageAdapter,
  settlements: readonly SettlementReportEntry[],
): Promise<ReconciliationReportEntry[]> {
  const out: ReconciliationReportEntry[] = [];
  for (const settlement of settlements) {
    const record = await storage.records.get(settlement.record);
    const key = (record?.data as { planKey?: unknown } | undefined)?.planKey;
    const doc = typeof key === "string" ? await storage.documents.get(key) : undefined;
    out.push({
      settlement,
      plan: doc ? (JSON.parse(new TextDecoder().decode(doc.body)) as PostingPlan) : null,
    });
  }
  return out;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
function esc(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function amountCell(value: string | null | undefined, name: string, extra = ""): string {
  return value === null || value === undefined
    ? `<td class="num muted" data-figure="${name}">—</td>`
    : `<td class="num${extra}" data-figure="${name}">${esc(value)}</td>`;
}

const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1b1f24; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-top: 2px solid #d0d7de; padding-top: 1rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.meta { color: #57606a; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 .75rem; }
th, td { border-bottom: 1px solid #d8dee4; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; font-family: ui-monospace, "SF Mono", Consolas, monospace; white-space: nowrap; }
.muted { color: #6e7781; }
.ok { color: #1a7f37; font-weight: 600; }
.bad { color: #cf222e; font-weight: 600; }
.state { display: inline-block; padding: 0 .4rem; border-radius: .25rem; background: #eaeef2; }
.state.parked, .state.failed { background: #ffebe9; color: #82071e; }
.state.reconciled { background: #dafbe1; color: #116329; }
.parked { border-left: 4px solid #cf222e; background: #fff8f7; padding: .5rem .75rem; margin: .5rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .25rem 0; }
dt { color: #57606a; }
dd { margin: 0; }
tfoot td { font-weight: 600; border-top: 2px solid #8c959f; }
@media print { body { margin: 0; max-width: none; } h2 { break-before: auto; } }
`;

function settlementSection(e: ReconciliationReportEntry, index: number): string {
  const s = e.settlement;
  const r = s.reconciliation;
  const currency = s.currency ?? e.plan?.currency ?? "";
  const plan = e.plan ? summarizePlan(e.plan) : null;
  const differenceZero = r ? Money.of(r.difference, r.currency).isZero() : null;
  const id = `settlement-${index}`;
  const journals = s.journals.length
    ? s.journals.map((j) => `${esc(j.journalBatchNumber)} (${j.lines} lines)`).join(", ")
    : "—";
  const parts: string[] = [];
  parts.push(
    `<section id="${id}" data-record="${esc(s.record)}" data-settlement="${esc(s.settlementId ?? "")}">`,
    `<h2>Settlement ${esc(s.settlementId ?? `report ${s.reportId}`)} · ${esc(currency)} <span class="state ${esc(s.state)}">${esc(s.state)}</span></h2>`,
    "<dl>",
    `<dt>Marketplace</dt><dd data-field="marketplace">${esc(s.marketplaceId ?? "—")}</dd>`,
    `<dt>Legal entity</dt><dd data-field="legalEntity">${esc(s.legalEntity ?? "—")}</dd>`,
    `<dt>Journals</dt><dd data-field="journals">${journals}</dd>`,
    e.plan ? `<dt>Journal name</dt><dd>${esc(e.plan.journalName)}</dd>` : "",
    plan?.clearingAccount ? `<dt>Amazon clearing account</dt><dd>${esc(plan.clearingAccount)}</dd>` : "",
    `<dt>Seller · report</dt><dd>${esc(s.sellerId)} · ${esc(s.reportId)}</dd>`,
    "</dl>",
  );
  if (s.state === "parked" || s.state === "failed") {
    parts.push(
      `<div class="parked" data-field="parked"><strong>${s.state === "parked" ? "Parked" : "Failed (will be retried)"}:</strong> ${esc(s.reason ?? "no reason recorded")}`,
      s.hint ? `<br><strong>What to do:</strong> ${esc(s.hint)}` : "",
      "</div>",
    );
  }
  parts.push(
    "<h3>Reconciliation</h3>",
    `<table class="figures"><thead><tr><th>Figure</th><th class="num">Amount (${esc(currency)})</th></tr></thead><tbody>`,
    `<tr><td>Deposit (settlement total-amount)</td>${amountCell(r?.deposit ?? null, "deposit")}</tr>`,
    `<tr><td>Posted clearing line${plan?.closing ? ` (${esc(plan.closing.account)})` : ""}</td>${amountCell(r?.clearingLine ?? null, "clearingLine")}</tr>`,
    `<tr><td>Posted lines (sum of the accounts below)</td>${amountCell(r?.postedLines ?? null, "postedLines")}</tr>`,
    `<tr><td>Finances API event group total</td>${amountCell(r?.finances ?? null, "finances")}</tr>`,
    `<tr><td>Difference</td>${amountCell(r?.difference ?? null, "difference", differenceZero === null ? "" : differenceZero ? " ok" : " bad")}</tr>`,
    "</tbody></table>",
  );
  if (r?.explained) parts.push(`<p class="muted" data-field="explained">${esc(r.explained)}</p>`);
  if (!r) parts.push(`<p class="muted">Not reconciled yet: the journals were not read back from D365.</p>`);
  if (plan) {
    parts.push(
      "<h3>Posted lines by account</h3>",
      `<table class="accounts"><thead><tr><th>Account</th><th>From amount types</th><th class="num">Lines</th><th class="num">Amount (${esc(currency)})</th></tr></thead><tbody>`,
      ...plan.accounts.map(
        (a) =>
          `<tr><td>${esc(a.account)}</td><td>${a.sources.map(esc).join("<br>")}</td><td class="num">${a.lines}</td>${amountCell(a.amount, "account")}</tr>`,
      ),
      `</tbody><tfoot><tr><td colspan="3">Total posted lines</td>${amountCell(plan.total, "planTotal")}</tr></tfoot></table>`,
    );
  } else {
    parts.push(`<p class="muted">No posting plan: the settlement stopped before it was mapped.</p>`);
  }
  if (s.notes.length) {
    parts.push(
      "<h3>Notes</h3><ul>",
      ...s.notes.map(
        (n) =>
          `<li>${esc(n.message)}${n.amount ? ` <span class="num">(${esc(n.amount)} ${esc(currency)})</span>` : ""}</li>`,
      ),
      "</ul>",
    );
  }
  parts.push("</section>");
  return parts.filter(Boolean).join("\n");
}

/**
 * Renders the reconciliation page. Pure: the same entries give the same page. The page holds no
 * secrets and no buyer data: only ids, accounts, amount types and amounts.
 * @example
 * const entries = await loadReconciliationEntries(storage, report.settlements);
 * writeFileSync("report.html", renderReconciliationReport(entries, { source: "SQLite connector.db" }));
 */
export function renderReconciliationReport(
  entries: readonly ReconciliationReportEntry[],
  options: ReconciliationReportOptions = {},
): string {
  const title = options.title ?? "Amazon settlements — reconciliation";
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  const count = (state: string) => entries.filter((e) => e.settlement.state === state).length;
  const open = entries.length - count("reconciled") - count("duplicate");
  const rows = entries.map((e, i) => {
    const s = e.settlement;
    const r = s.reconciliation;
    return `<tr><td><a href="#settlement-${i}">${esc(s.settlementId ?? s.reportId)}</a></td><td>${esc(s.marketplaceId ?? "—")}</td><td>${esc(s.legalEntity ?? "—")}</td><td>${esc(s.currency ?? "")}</td><td><span class="state ${esc(s.state)}">${esc(s.state)}</span></td>${amountCell(r?.deposit, "deposit")}${amountCell(r?.difference, "difference")}</tr>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">Generated ${esc(generatedAt)}${options.source ? ` from ${esc(options.source)}` : ""}. ${entries.length} settlement(s): ${count("reconciled")} reconciled, ${count("duplicate")} duplicate, <span class="${open ? "bad" : "ok"}">${open} needing attention</span>. Amounts are exact, in each settlement's currency; positive is owed to the seller.</p>
</header>
<table class="overview"><thead><tr><th>Settlement</th><th>Marketplace</th><th>Legal entity</th><th>Currency</th><th>State</th><th class="num">Deposit</th><th class="num">Difference</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>
${entries.map(settlementSection).join("\n")}
</body>
</html>
`;
}
