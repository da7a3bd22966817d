import { listFinancialEventGroups } from "../../amazon/finances/finances.js";
import {
  fetchSettlementDocument,
  listSettlementReports,
  settlementCursorKey,
  settlementRecord,
} from "../../amazon/reports/settlements.js";
import { findEventGroupsForSettlement } from "../../amazon/settlement/event-groups.js";
import { parseSettlement } from "../../amazon/settlement/parse-settlement.js";
import type { SettlementRow, SettlementSummary } from "../../amazon/settlement/types.js";
import { ConnectorError, type Issue, MappingError } from "../../core/errors.js";
import type { Fence } from "../../core/lease.js";
import { Money } from "../../core/money.js";
import {
  advanceCursor,
  compareInstants,
  createRecord,
  type JsonValue,
  type StoredRecord,
} from "../../core/storage.js";
import {
  ensureGeneralJournal,
  type JournalLineInput,
  settlementJournalMarker,
} from "../../d365/entities/general-journals.js";
import { filterFor } from "../../d365/filter.js";
import { queryAll } from "../../d365/query.js";
import { findMarketplace } from "../../mapping/resolve.js";
import { resolveSettlementLines } from "../../mapping/settlement-lines.js";
import { type FlowContext, type FlowSeller, type ReadSettlement, sellerKey } from "../context.js";
import { buildSettlementPosting, type SettlementPosting, splitVouchersIntoJournals } from "../posting.js";
import type { FlowDefinition, StepResult } from "../runner.js";

/** The record kind of settlement records. */
export const SETTLEMENT_KIND = "settlement";

/** States of a settlement record. */
export const SettlementState = {
  discovered: "discovered",
  downloaded: "downloaded",
  parsed: "parsed",
  mapped: "mapped",
  posting: "posting",
  posted: "posted",
  reconciled: "reconciled",
  duplicate: "duplicate",
  parked: "parked",
  failed: "failed",
} as const;
export type SettlementState = (typeof SettlementState)[keyof typeof SettlementState];

/** The record id of a settlement report of a seller. */
export function settlementRecordId(sellerId: string, reportId: string): string {
  return `settlement:${sellerId}:${reportId}`;
}

/** One figure set of the three-way reconciliation, as exact decimal strings. */
export interface Reconciliation {
  readonly currency: string;
  /** The settlement's `total-amount`: what Amazon paid out (negative: what the seller owes). */
  readonly deposit: string;
  /** The closing (deposit or carried-balance) line as read back from D365. */
  readonly clearingLine: string;
  /** The sum of the activity lines as read back from D365, in the settlement's sign. */
  readonly postedLines: string;
  /** The Finances API event-group total of the same settlement; null when Amazon has none (yet). */
  readonly finances: string | null;
  /** Largest gap between the deposit and the other figures; "0" when all agree. */
  readonly difference: string;
  /** Why a figure is missing or differs, when one does. */
  readonly explained: string | null;
}

/** A journal of a settlement in D365. */
export interface PostedJournal {
  readonly journalBatchNumber: string;
  readonly marker: string;
  readonly lines: number;
  /** created now, found in D365, completed (header existed), cached (local store, verified). */
  readonly outcome: string;
}

/** What a settlement record keeps. */
export interface SettlementData {
  readonly sellerId: string;
  /** The SP-API region the report was listed in. */
  readonly region?: "na" | "eu" | "fe";
  readonly reportId: string;
  readonly createdTime?: string;
  readonly reportMarketplaceIds?: string;
  readonly archiveKey?: string;
  readonly sha256?: string;
  readonly settlementId?: string;
  readonly currency?: string;
  readonly totalAmount?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly depositDate?: string;
  readonly lineCount?: number;
  readonly marketplaceId?: string;
  readonly dataAreaId?: string;
  readonly planKey?: string;
  readonly planLines?: number;
  readonly notes?: readonly { readonly code: string; readonly message: string; readonly amount?: string }[];
  readonly journals?: readonly PostedJournal[];
  readonly reconciliation?: Reconciliation;
  readonly duplicateOf?: string;
  readonly attempts?: number;
}

/** What the settlement steps work with: the connector's shared context. */
export type SettlementFlowContext = FlowContext;

const DAY = 86_400_000;
const RETENTION_MS = 90 * DAY;

function data(record: StoredRecord): SettlementData {
  return record.data as unknown as SettlementData;
}

function withData(record: StoredRecord, patch: Partial<SettlementData>): JsonValue {
  return { ...(record.data as Record<string, JsonValue>), ...(patch as Record<string, JsonValue>) };
}

function parked(reason: string, patch: JsonValue, code: string, hint: string): StepResult {
  return {
    to: "parked",
    reason,
    data: { ...(patch as Record<string, JsonValue>), error: { code, message: reason, hint } },
  };
}

function seller(ctx: SettlementFlowContext, d: SettlementData): FlowSeller {
  const s = ctx.sellers.get(sellerKey(d.sellerId, d.region ?? "na"));
  if (!s) {
    throw new ConnectorError(
      `Seller ${d.sellerId} (${d.region ?? "na"}) is not configured on this connector`,
      {
        code: "CONFIG_INVALID",
        where: { system: "local", operation: "settlements", record: d.reportId },
        hint: "add the seller to amazon.sellers, then replay",
      },
    );
  }
  return s;
}

// ------------------------------------------------------------------------------------------------
// Discovery (not a record step: it creates records)

/**
 * Lists the seller's settlement reports since the cursor and creates a `discovered` record for each
 * report not seen before. The cursor moves only after every record exists, so a crash re-lists.
 * @returns the ids of the records created now.
 */
export async function discoverSettlements(
  ctx: SettlementFlowContext,
  s: FlowSeller,
  createdSince: string | undefined,
): Promise<string[]> {
  const cursorKey = settlementCursorKey(sellerKey(s.sellerId, s.region));
  const cursor = await ctx.storage.cursors.get(cursorKey);
  const now = ctx.clock.now();
  const since = cursor?.value ?? createdSince ?? new Date(now - RETENTION_MS + 60_000).toISOString();
  const created: string[] = [];
  let newest = Date.parse(since);
  for await (const report of listSettlementReports(s.amazon, {
    createdSince: since,
    ...(s.marketplaceIds ? { marketplaceIds: s.marketplaceIds } : {}),
  })) {
    newest = Math.max(newest, Date.parse(report.createdTime));
    if (!report.reportDocumentId) continue;
    const id = settlementRecordId(s.sellerId, report.reportId);
    if (await ctx.storage.records.get(id)) continue;
    const initial: SettlementData = {
      sellerId: s.sellerId,
      region: s.region,
      reportId: report.reportId,
      createdTime: report.createdTime,
      ...(report.marketplaceIds?.length ? { reportMarketplaceIds: report.marketplaceIds.join(",") } : {}),
    };
    // Created only if still absent: a concurrent run of this seller may have created it (and
    // moved it on) since the look-up above; its record is left as it is.
    const made = await createRecord(ctx.storage.records, {
      id,
      kind: SETTLEMENT_KIND,
      state: SettlementState.discovered,
      data: initial as unknown as JsonValue,
    });
    if (made) created.push(id);
  }
  // Re-list two days behind the newest report: Amazon may publish out of order.
  const next = new Date(Math.max(now - RETENTION_MS + 60_000, newest - 2 * DAY)).toISOString();
  // A concurrent run of this seller may have moved the cursor meanwhile: keep the later one (both
  // runs created their records first, so neither loses a report).
  if (next !== cursor?.value)
    await advanceCursor(ctx.storage.cursors, cursorKey, next, {
      expected: cursor?.value ?? null,
      compare: compareInstants,
    });
  return created;
}

// ------------------------------------------------------------------------------------------------
// Steps

async function download(record: StoredRecord, ctx: SettlementFlowContext): Promise<StepResult> {
  const d = data(record);
  const s = seller(ctx, d);
  const fetched = await fetchSettlementDocument(
    s.amazon,
    { reportId: d.reportId },
    { storage: ctx.storage, sellerId: s.sellerId, logger: ctx.logger, rows: true },
  );
  if (fetched.settlement && fetched.rows) {
    // The rows were read as the document was archived: the parse step takes them from here, and
    // reads the archive only when they are gone (another process, a restart).
    keepRead(ctx, record.id, {
      sha256: fetched.archived.sha256,
      rows: fetched.rows,
      summary: fetched.settlement.summary,
      reconciled: fetched.settlement.reconciled,
      difference: fetched.settlement.difference.toString(),
      attributes: fetched.archived.attributes,
    });
  }
  const patch: Partial<SettlementData> = {
    archiveKey: fetched.archiveKey,
    sha256: fetched.archived.sha256,
    ...(fetched.settlement ? { settlementId: fetched.settlement.summary.settlementId } : {}),
  };
  if (!fetched.settlement) {
    const e = fetched.parseError;
    return parked(
      `the settlement report cannot be read: ${e instanceof Error ? e.message : String(e)}`,
      withData(record, patch),
      "SETTLEMENT_UNREADABLE",
      "the raw file is archived under archiveKey; ask Amazon for a corrected report, then replay",
    );
  }
  return { to: SettlementState.downloaded, data: withData(record, patch), ref: fetched.archiveKey };
}

/**
 * At most this many files stay read in memory. The runner drives a record from download to map
 * under one lease, so an entry lives one record's run; the bound only keeps records whose run
 * broke off (a lost lease) from piling up. Dropping an entry costs a read of the archive, never
 * a wrong result.
 */
const KEPT_READS = 4;

function keepRead(ctx: SettlementFlowContext, id: string, read: ReadSettlement): void {
  ctx.rows.delete(id);
  ctx.rows.set(id, read);
  for (const oldest of ctx.rows.keys()) {
    if (ctx.rows.size <= KEPT_READS) break;
    ctx.rows.delete(oldest);
  }
}

/**
 * The settlement file of a record: as read in this process when the archive is still the one it
 * was read from, else read from the archive (never from Amazon: a replay reads what was archived).
 */
async function readRows(record: StoredRecord, ctx: SettlementFlowContext): Promise<ReadSettlement> {
  const d = data(record);
  const kept = ctx.rows.get(record.id);
  if (kept && kept.sha256 === d.sha256) return kept;
  if (!d.archiveKey) throw new Error(`record ${record.id} has no archive key`);
  const archived = await ctx.storage.documents.get(d.archiveKey);
  if (!archived) {
    throw new ConnectorError(`The archive lost settlement report ${d.reportId}`, {
      code: "ARCHIVE_MISSING",
      where: { system: "storage", operation: "documents.get", record: record.id },
      hint: "the record goes back to discovered on replay and downloads the report again while Amazon keeps it (90 days)",
    });
  }
  const parse = parseSettlement(archived.body, { reconcile: "report", file: d.archiveKey });
  const rows: SettlementRow[] = [];
  // A chunk's rows at a time: the engine keeps every row, so it needs no promise per row.
  for await (const batch of parse.batches()) for (const row of batch) rows.push(row);
  const result = await parse.result();
  const read: ReadSettlement = {
    sha256: archived.sha256,
    rows,
    summary: result.summary,
    reconciled: result.reconciled,
    difference: result.difference.toString(),
    attributes: archived.attributes,
  };
  keepRead(ctx, record.id, read);
  return read;
}

async function parse(record: StoredRecord, ctx: SettlementFlowContext): Promise<StepResult> {
  const d = data(record);
  const { summary, reconciled, difference, rows } = await readRows(record, ctx);
  const patch: Partial<SettlementData> = {
    settlementId: summary.settlementId,
    currency: summary.currency,
    totalAmount: summary.totalAmount.toString(),
    startDate: summary.startDate,
    endDate: summary.endDate,
    ...(summary.depositDate ? { depositDate: summary.depositDate } : {}),
    lineCount: rows.length,
  };
  // A re-issued report: the first archived report of a settlement id is the one it is known by.
  const siblings = (
    await ctx.storage.documents.list({
      record: settlementRecord(d.sellerId, summary.settlementId),
      limit: 1000,
    })
  ).sort((a, b) => reportTime(a) - reportTime(b) || a.createdAt - b.createdAt || a.key.localeCompare(b.key));
  const first = siblings[0];
  if (first && first.key !== d.archiveKey) {
    if (first.sha256 === d.sha256) {
      ctx.rows.delete(record.id);
      return {
        to: SettlementState.duplicate,
        data: withData(record, { ...patch, duplicateOf: first.attributes.reportId ?? first.key }),
        reason: `Amazon issued settlement ${summary.settlementId} again with the same content`,
      };
    }
    ctx.rows.delete(record.id);
    return parked(
      `Amazon re-issued settlement ${summary.settlementId} with different content (first report ${first.attributes.reportId ?? first.key})`,
      withData(record, { ...patch, duplicateOf: first.attributes.reportId ?? first.key }),
      "SETTLEMENT_REISSUED_CHANGED",
      "compare the two archived reports; if the new one is right, reverse the posted journal in D365 and replay this record",
    );
  }
  if (!reconciled) {
    ctx.rows.delete(record.id);
    return parked(
      `settlement ${summary.settlementId}: the file's lines differ from its total-amount by ${difference} ${summary.currency}`,
      withData(record, patch),
      "SETTLEMENT_NOT_RECONCILED",
      "the report is inconsistent; ask Amazon for a corrected report, then replay",
    );
  }
  return { to: SettlementState.parsed, data: withData(record, patch) };
}

/** When Amazon created the report of an archived document (its archive time as a fallback). */
function reportTime(doc: {
  readonly createdAt: number;
  readonly attributes: Readonly<Record<string, string>>;
}): number {
  const t = Date.parse(doc.attributes.createdTime ?? "");
  return Number.isNaN(t) ? doc.createdAt : t;
}

function marketplaceOf(
  ctx: SettlementFlowContext,
  d: SettlementData,
  rows: readonly SettlementRow[],
  attributes: Readonly<Record<string, string>>,
): string | undefined {
  const fromReport = (attributes.marketplaceIds ?? d.reportMarketplaceIds)?.split(",")[0];
  if (fromReport && findMarketplace(ctx.mapping, fromReport)) return fromReport;
  for (const r of rows) {
    const name = r.marketplaceName?.trim();
    const m = name ? findMarketplace(ctx.mapping, name) : undefined;
    if (m) return m.marketplaceId;
  }
  const sameCurrency = Object.entries(ctx.mapping.marketplaces).filter(
    ([, m]) => m.currency.toUpperCase() === d.currency,
  );
  return sameCurrency.length === 1 ? sameCurrency[0]?.[0] : undefined;
}

/** The plan document: the journal parts exactly as they are posted. */
interface PlanDocument {
  readonly settlementId: string;
  readonly dataAreaId: string;
  readonly journalName: string;
  readonly currency: string;
  readonly closingAccount: string | null;
  readonly parts: readonly (readonly PlanLine[])[];
}
type PlanLine = Omit<JournalLineInput, "amount"> & { readonly amount: string };

function planKey(recordId: string): string {
  return `sync/settlement-plans/${encodeURIComponent(recordId)}.json`;
}

async function map(record: StoredRecord, ctx: SettlementFlowContext): Promise<StepResult> {
  const d = data(record);
  const { rows, attributes, summary } = await readRows(record, ctx);
  const marketplace = marketplaceOf(ctx, d, rows, attributes);
  if (!marketplace) {
    throw new MappingError(`Settlement ${summary.settlementId}: no marketplace of the mapping fits it`, {
      issues: [
        {
          code: "unknown_marketplace",
          path: ["marketplaces"],
          message: `the report names ${d.reportMarketplaceIds ?? "no marketplace"} and its rows name ${[...new Set(rows.map((r) => r.marketplaceName).filter(Boolean))].join(", ") || "none"}, currency ${summary.currency}`,
        },
      ],
      where: { system: "local", operation: "settlements.map", record: record.id },
      hint: "add the marketplace (or an alias of its name) to the mapping, then replay",
    });
  }
  const resolved = resolveSettlementLines(rows, ctx.mapping, { marketplace, record: record.id });
  const posting = buildSettlementPosting(resolved, summary, ctx.mapping, {
    marketplace,
    mode: ctx.posting.mode,
    period: ctx.posting.period,
    orderRevenue: ctx.posting.orderRevenue,
    // A voucher is never split across journals, so none may be longer than a journal.
    maxVoucherLines: Math.min(500, ctx.posting.maxLinesPerJournal),
  });
  await checkMasterData(posting, ctx, record.id, marketplace);
  const parts = splitVouchersIntoJournals(posting, ctx.posting.maxLinesPerJournal);
  const plan: PlanDocument = {
    settlementId: summary.settlementId,
    dataAreaId: posting.dataAreaId,
    journalName: posting.journalName,
    currency: posting.currency,
    closingAccount: posting.closingLine?.account ?? null,
    parts: parts.map((lines) => lines.map((l) => ({ ...l, amount: l.amount.toString() }))),
  };
  const key = planKey(record.id);
  await ctx.storage.documents.put(key, JSON.stringify(plan), {
    contentType: "application/json",
    record: record.id,
    attributes: { settlementId: summary.settlementId, kind: "settlement-plan" },
  });
  ctx.rows.delete(record.id);
  return {
    to: SettlementState.mapped,
    data: withData(record, {
      marketplaceId: marketplace,
      dataAreaId: posting.dataAreaId,
      planKey: key,
      planLines: posting.lines.length,
      notes: posting.notes.map((n) => ({ ...n })),
    }),
  };
}

/** Every account, dimension value and journal name the posting uses must exist in D365. */
async function checkMasterData(
  posting: SettlementPosting,
  ctx: SettlementFlowContext,
  record: string,
  marketplaceId: string,
): Promise<void> {
  const md = ctx.masterData;
  const issues: Issue[] = [];
  const company = posting.dataAreaId.toUpperCase();
  const format = ctx.mapping.segmentFormat;
  const seen = new Set<string>();
  const companies = await md.legalEntities();
  if (!companies.has(company)) {
    issues.push({
      code: "missing_legal_entity",
      path: ["marketplaces", marketplaceId, "legalEntity"],
      message: `legal entity ${company} does not exist in D365`,
    });
  }
  const ledgerValues: string[] = [];
  for (const line of posting.lines) {
    if ((line.accountType ?? "Ledger") === "Ledger") ledgerValues.push(line.account);
    if (line.offsetAccount && (line.offsetAccountType ?? "Ledger") === "Ledger")
      ledgerValues.push(line.offsetAccount);
  }
  for (const value of ledgerValues) {
    if (seen.has(value)) continue;
    seen.add(value);
    const [main, ...dims] = value.split(format.delimiter);
    if (!main) continue;
    const accounts = await md.mainAccount(main);
    const inChart = accounts.filter(
      (a) =>
        !ctx.mapping.chartOfAccounts ||
        !a.chartOfAccounts ||
        a.chartOfAccounts === ctx.mapping.chartOfAccounts,
    );
    if (inChart.length === 0) {
      issues.push({
        code: "missing_main_account",
        path: ["accounts", main],
        message: `main account ${main} (used by ${value}) does not exist in D365`,
      });
    }
    for (const [i, dimValue] of dims.entries()) {
      const dim = format.dimensions[i];
      if (!dim || !dimValue) continue;
      if (!(await md.dimensionValue(dim, dimValue, company))) {
        issues.push({
          code: "missing_dimension_value",
          path: ["dimensions", dim, dimValue],
          message: `${dim} value ${dimValue} (used by ${value}) does not exist for ${company}`,
        });
      }
    }
  }
  const closing = posting.closingLine;
  if (closing?.accountType === "Bank" && (await md.bankAccount(company, closing.account)) === "missing") {
    issues.push({
      code: "missing_bank_account",
      path: ["marketplaces", marketplaceId, "bank", "account"],
      message: `bank account ${closing.account} does not exist in ${company}`,
    });
  }
  if (issues.length) {
    throw new MappingError(`The mapping does not fit D365 master data for ${record}`, {
      issues,
      where: { system: "d365", operation: "master data", record },
      hint: "create the missing master data in D365 or fix the mapping, then replay; nothing was posted",
    });
  }
}

async function loadPlan(record: StoredRecord, ctx: SettlementFlowContext): Promise<PlanDocument> {
  const d = data(record);
  const doc = d.planKey ? await ctx.storage.documents.get(d.planKey) : undefined;
  if (!doc) {
    throw new ConnectorError(`The posting plan of ${record.id} is missing`, {
      code: "PLAN_MISSING",
      where: { system: "storage", operation: "documents.get", record: record.id },
      hint: "replay the record: it is mapped again from the archived report",
    });
  }
  return JSON.parse(new TextDecoder().decode(doc.body)) as PlanDocument;
}

function planLines(plan: PlanDocument, part: readonly PlanLine[]): JournalLineInput[] {
  return part.map((l) => ({ ...l, amount: Money.of(l.amount, plan.currency) }));
}

async function startPosting(record: StoredRecord): Promise<StepResult> {
  // Marks the intent before the first D365 write, so a crash from here on resumes by looking up.
  return { to: SettlementState.posting, data: record.data as JsonValue };
}

async function post(record: StoredRecord, ctx: SettlementFlowContext, fence: Fence): Promise<StepResult> {
  const plan = await loadPlan(record, ctx);
  const journals: PostedJournal[] = [];
  // Part n+1 is written only once part n is in D365, so a failed run leaves a prefix.
  for (const [i, part] of plan.parts.entries()) {
    const marker = settlementJournalMarker(plan.settlementId, plan.dataAreaId, i + 1);
    const ensured = await ensureGeneralJournal(
      ctx.d365,
      { dataAreaId: plan.dataAreaId, journalName: plan.journalName, marker, lines: planLines(plan, part) },
      {
        record: record.id,
        dedup: ctx.storage.dedup,
        leaseMs: ctx.leaseMs,
        clock: ctx.heartbeatClock,
        logger: ctx.logger,
        fence,
      } as Parameters<typeof ensureGeneralJournal>[2],
    );
    journals.push({
      journalBatchNumber: ensured.value.journalBatchNumber,
      marker,
      lines: ensured.value.lineCount,
      outcome: ensured.outcome,
    });
  }
  ctx.hub.emit({
    type: "posted",
    flow: "settlements",
    record: record.id,
    settlementId: plan.settlementId,
    journals: journals.map((j) => ({ journalBatchNumber: j.journalBatchNumber, outcome: j.outcome })),
    at: ctx.clock.now(),
  });
  return {
    to: SettlementState.posted,
    data: withData(record, { journals }),
    ref: journals.map((j) => j.journalBatchNumber).join(","),
  };
}

/** Reads the posted journals back from D365 and sets them against the deposit and Finances. */
async function reconcileStep(record: StoredRecord, ctx: SettlementFlowContext): Promise<StepResult> {
  const d = data(record);
  const plan = await loadPlan(record, ctx);
  const currency = plan.currency;
  const company = plan.dataAreaId.toLowerCase();
  let closing = Money.zero(currency);
  let activity = Money.zero(currency);
  const q = filterFor("LedgerJournalLines");
  for (const j of d.journals ?? []) {
    const lines = await queryAll(ctx.d365, "LedgerJournalLines", {
      company,
      filter: q.eq("JournalBatchNumber", j.journalBatchNumber),
      select: ["AccountDisplayValue", "AccountType", "DebitAmount", "CreditAmount", "CurrencyCode", "Text"],
      record: record.id,
    });
    for (const l of lines) {
      const amount = Money.of(String(l.DebitAmount ?? "0"), currency).minus(
        Money.of(String(l.CreditAmount ?? "0"), currency),
      );
      const isClosing =
        plan.closingAccount !== null &&
        l.AccountDisplayValue === plan.closingAccount &&
        typeof l.Text === "string" &&
        / (deposit|carried balance)$/.test(l.Text);
      if (isClosing) closing = closing.plus(amount);
      else activity = activity.plus(amount);
    }
  }
  const deposit = Money.of(d.totalAmount ?? "0", currency);
  // Activity lines credit their accounts with the settlement's amounts: negate to compare.
  const postedLines = activity.negate();
  let finances: Money | null = null;
  let explained: string | null = null;
  try {
    finances = await financesTotal(ctx, d);
    if (finances === null)
      explained =
        "finances_group_not_found: Amazon lists no closed event group with this settlement's period and total (yet)";
  } catch (e) {
    explained = `finances_unavailable: ${e instanceof Error ? e.message : String(e)}`;
  }
  const gaps = [
    deposit.minus(closing),
    deposit.minus(postedLines),
    ...(finances ? [deposit.minus(finances)] : []),
  ];
  const difference = gaps.reduce(
    (max, g) => (g.abs().compare(max.abs()) > 0 ? g : max),
    Money.zero(currency),
  );
  if (deposit.isZero() && closing.isZero()) {
    explained = explained ?? "zero_settlement: nothing was paid out, so no closing line";
  }
  const reconciliation: Reconciliation = {
    currency,
    deposit: deposit.toString(),
    clearingLine: closing.toString(),
    postedLines: postedLines.toString(),
    finances: finances?.toString() ?? null,
    difference: difference.toString(),
    explained,
  };
  if (!difference.isZero()) {
    return parked(
      `settlement ${plan.settlementId} does not reconcile: deposit ${reconciliation.deposit}, clearing line ${reconciliation.clearingLine}, posted lines ${reconciliation.postedLines}, Finances ${reconciliation.finances ?? "n/a"} ${currency}`,
      withData(record, { reconciliation }),
      "RECONCILIATION_DIFFERENCE",
      "compare the journal in D365 with the archived report (someone may have edited the journal), then replay",
    );
  }
  return { to: SettlementState.reconciled, data: withData(record, { reconciliation }) };
}

async function financesTotal(ctx: SettlementFlowContext, d: SettlementData): Promise<Money | null> {
  const s = seller(ctx, d);
  if (!d.startDate || !d.endDate || !d.currency) return null;
  const start = Date.parse(d.startDate);
  const groups = [];
  for await (const g of listFinancialEventGroups(s.amazon, {
    startedAfter: start - DAY,
    startedBefore: Math.min(ctx.clock.now() - 120_000, start + DAY),
    clock: ctx.clock,
    logger: ctx.logger,
  })) {
    groups.push(g);
  }
  const summary = {
    settlementId: d.settlementId ?? "",
    startDate: d.startDate,
    endDate: d.endDate,
    depositDate: d.depositDate,
    currency: d.currency,
    totalAmount: Money.of(d.totalAmount ?? "0", d.currency),
  } as SettlementSummary;
  const [group] = findEventGroupsForSettlement(summary, groups);
  return group?.originalTotal ?? null;
}

/** The settlement flow's state machine. */
export const settlementFlow: FlowDefinition<SettlementFlowContext> = {
  name: "settlements",
  kind: SETTLEMENT_KIND,
  done: [SettlementState.reconciled, SettlementState.duplicate],
  steps: [
    {
      from: "discovered",
      to: ["downloaded"],
      does: "download the report document (fresh URL, gunzip) and archive it",
      run: download,
    },
    {
      from: "downloaded",
      to: ["parsed", "duplicate"],
      does: "parse and reconcile the file; recognise a re-issued report",
      run: parse,
    },
    {
      from: "parsed",
      to: ["mapped"],
      does: "map every amount, build the posting (periods, vouchers), check D365 master data, keep the plan",
      run: map,
    },
    {
      from: "mapped",
      to: ["posting"],
      does: "mark the intent to write, before the first D365 call",
      run: startPosting,
    },
    {
      from: "posting",
      to: ["posted"],
      does: "find or create each journal part by its marker, fenced",
      run: post,
    },
    {
      from: "posted",
      to: ["reconciled"],
      does: "read the journals back and reconcile deposit, clearing line, lines and Finances",
      run: reconcileStep,
    },
  ],
  resumeFrom(state) {
    // A fixed mapping or master data must be taken into account: map again before posting again.
    if (state === "mapped" || state === "posting") return "parsed";
    return state;
  },
};
