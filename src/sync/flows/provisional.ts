/**
 * The provisional flow: the open Finances event groups (what Amazon owes between settlements),
 * totalled by event kind, amount type and description for the host, and optionally posted to D365
 * as a provisional general journal that is reversed, once, after the group's settlement has posted.
 *
 * One record per event group (`provisional:<sellerId>/<region>:<groupId>`), moved by the same
 * runner as settlements. Each run reads every open group again:
 * - the view (totals) is kept on the record, for `connector.provisional.view()`;
 * - with `provisional.post`, the amounts are mapped with the mapping's Finances rules (the same
 *   resolution the settlement flow uses), summed per account, kind and amount type, and planned as
 *   revision n of the group's journal. An unchanged plan posts nothing; a changed one is posted as
 *   the reversal of revision n−1 followed by revision n, so D365 never holds two live revisions.
 * - Once Amazon closes the group and the settlement flow has reconciled its settlement, the live
 *   revision is reversed, and the group rests: the settlement alone remains on every account.
 *
 * Every journal is found or created by a marker derived from the group and revision
 * (`AMZ-PROV <hash> <company> r<n>`; its reversal `AMZ-PROV-REV …`), under the record's lease as
 * fence, so a crash or a lost answer at any point finds the journal again instead of posting it twice.
 * The plan of a revision is fixed (stored) before its first write, so a retry posts the same lines.
 */
import { createHash } from "node:crypto";
import { listFinancialEventGroups, listFinancialEventsByGroupId } from "../../amazon/finances/finances.js";
import {
  type FinancialEventGroupSummary,
  findEventGroupsForSettlement,
} from "../../amazon/settlement/event-groups.js";
import type { SettlementSummary } from "../../amazon/settlement/types.js";
import { ConnectorError, type Issue, isConnectorError, MappingError } from "../../core/errors.js";
import type { Fence } from "../../core/lease.js";
import { Money } from "../../core/money.js";
import { createRecord, type JsonValue, type StorageAdapter, type StoredRecord } from "../../core/storage.js";
import { ensureGeneralJournal, type JournalLineInput } from "../../d365/entities/general-journals.js";
import { ledgerDisplayValue } from "../../mapping/display-value.js";
import { findMarketplace, type ResolvedMarketplace } from "../../mapping/resolve.js";
import { type AmountInput, resolveAmounts } from "../../mapping/settlement-lines.js";
import { type FlowContext, type FlowSeller, sellerKey } from "../context.js";
import type { ResolvedProvisionalOptions } from "../options.js";
import { isInvoicedAmount } from "../posting.js";
import {
  type FlowDefinition,
  type RecordRunOutcome,
  type RunnerContext,
  reopenRecord,
  runRecord,
  type StepResult,
} from "../runner.js";
import { SETTLEMENT_KIND, type SettlementData } from "./settlements.js";

/** The record kind of provisional (open event group) records. */
export const PROVISIONAL_KIND = "provisional";

/** States of a provisional record. */
export const ProvisionalState = {
  /** The group is open: read its events again. */
  open: "open",
  /** A new revision is planned: reverse the previous one, post the new one. */
  posting: "posting",
  /** Read (and posted) as of the last run; read again on the next one while the group is open. */
  current: "current",
  /** Amazon closed the group: look for its reconciled settlement. */
  closed: "closed",
  /** Closed, its settlement not reconciled yet: looked for again on the next run. */
  awaitingSettlement: "awaiting-settlement",
  /** The settlement is reconciled: reverse the live revision. */
  reversing: "reversing",
  /** Final: the provisional journal is reversed; the settlement alone remains. */
  reversed: "reversed",
  /** Final: the group closed with nothing provisional left in D365 (view only, or nothing to post). */
  settled: "settled",
  parked: "parked",
  failed: "failed",
} as const;
export type ProvisionalState = (typeof ProvisionalState)[keyof typeof ProvisionalState];

/** The record id of a seller's financial event group. */
export function provisionalRecordId(sellerId: string, region: string, groupId: string): string {
  return `provisional:${sellerKey(sellerId, region)}:${groupId}`;
}

/** One total of the view: a (kind, amount type, description) of the group's events. */
export interface ProvisionalAmount {
  /** The event kind (`Shipment`, `Refund`, `ServiceFee`, `Adjustment`, …). */
  readonly kind: string;
  /** `Charge`, `Fee`, `Promotion`, `TaxWithheld`, `Adjustment`, `Total` or `Amount`. */
  readonly amountType: string;
  /** `Principal`, `FBAPerUnitFulfillmentFee`, … */
  readonly amountDescription: string;
  readonly currency: string;
  /** Exact decimal text, Amazon's sign (positive: owed to the seller). */
  readonly amount: string;
  /** How many event amounts were added up. */
  readonly count: number;
}

/** A provisional journal (or its reversal) in D365. */
export interface ProvisionalJournal {
  /** 1 for the first posting of the group, one more for each re-post after a change. */
  readonly revision: number;
  readonly type: "provisional" | "reversal";
  readonly marker: string;
  readonly dataAreaId: string;
  readonly journalBatchNumber: string;
  readonly lines: number;
  /** created now, found in D365, completed (header existed), cached (local store, verified). */
  readonly outcome: string;
  /** When the connector wrote (or found) it, ISO 8601. */
  readonly at: string;
}

/** One event group as `connector.provisional.view()` returns it. */
export interface ProvisionalGroup {
  readonly record: string;
  readonly sellerId: string;
  readonly region: "na" | "eu" | "fe";
  readonly groupId: string;
  /** Amazon's `ProcessingStatus` when last read. */
  readonly status: "Open" | "Closed";
  /** The record's state (`current`, `awaiting-settlement`, `reversed`, `parked`…). */
  readonly state: string;
  /** ISO 8601. */
  readonly start: string | null;
  readonly end: string | null;
  readonly currency: string | null;
  /** Amazon's `OriginalTotal` (includes reserve movements, which are not events). */
  readonly originalTotal: string | null;
  /** When the events were last read, ISO 8601. */
  readonly readAt: string | null;
  readonly events: number;
  /** Events of lists this SDK does not know (kept in the totals under their list name). */
  readonly unknownEvents: number;
  /** Sum of the events; null when they mix currencies. */
  readonly eventTotal: string | null;
  /** The events summed by kind, amount type and description, in first-seen order. */
  readonly totals: readonly ProvisionalAmount[];
  /** The revision live in D365 (posted, not reversed), when posting is on. */
  readonly journal: ProvisionalJournal | null;
  /** Every provisional and reversing journal of the group, in the order written. */
  readonly journals: readonly ProvisionalJournal[];
  /** The settlement record whose reconciliation reversed the provisional journal. */
  readonly settlementRecord: string | null;
  readonly reason: string | null;
  readonly hint: string | null;
}

/** What `connector.provisional.view` takes. */
export interface ProvisionalViewQuery {
  readonly sellerId?: string;
  /** `"Open"` (the default), `"Closed"`, or `"all"`. @default "Open" */
  readonly status?: "Open" | "Closed" | "all";
}

/** The host's reads of the provisional view (`connector.provisional`). */
export interface ProvisionalReader {
  /** The groups as of the last `run("provisional")`, oldest first. */
  view(query?: ProvisionalViewQuery): Promise<ProvisionalGroup[]>;
}

/** What `connector.run("provisional")` did. */
export interface ProvisionalRunReport {
  readonly flow: "provisional";
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Groups seen for the first time. */
  readonly discovered: number;
  /** Every group the run touched. */
  readonly groups: readonly ProvisionalGroup[];
  readonly counts: {
    readonly total: number;
    readonly open: number;
    readonly reversed: number;
    readonly parked: number;
    readonly failed: number;
    readonly busy: number;
  };
  readonly stopped: boolean;
}

/** The provisional flow's context: the shared one and the `provisional` options. */
export interface ProvisionalFlowContext extends FlowContext {
  readonly provisional: ResolvedProvisionalOptions;
}

/** A planned revision, stored before its first write. */
export interface ProvisionalRevision {
  readonly revision: number;
  readonly marker: string;
  readonly reversalMarker: string;
  readonly dataAreaId: string;
  readonly journalName: string;
  readonly fingerprint: string;
  readonly planKey: string;
}

/** The plan document: the lines of one revision exactly as posted. */
interface PlanDocument {
  readonly dataAreaId: string;
  readonly journalName: string;
  readonly currency: string;
  readonly lines: readonly (Omit<JournalLineInput, "amount"> & { readonly amount: string })[];
}

/** What a provisional record keeps. */
export interface ProvisionalData {
  readonly sellerId: string;
  readonly region: "na" | "eu" | "fe";
  readonly groupId: string;
  readonly status: "Open" | "Closed";
  readonly start?: string;
  readonly end?: string;
  readonly currency?: string;
  readonly originalTotal?: string;
  readonly readAt?: string;
  readonly events?: number;
  readonly unknownEvents?: number;
  readonly eventTotal?: string | null;
  readonly totals?: readonly ProvisionalAmount[];
  /** The revision live in D365. */
  readonly live?: ProvisionalRevision | null;
  /** The revision being written, and the one it replaces. */
  readonly pending?: {
    readonly post: ProvisionalRevision | null;
    readonly reverse: ProvisionalRevision | null;
  } | null;
  /** The highest revision number ever planned (never reused, so a marker always means one content). */
  readonly lastRevision?: number;
  readonly journals?: readonly ProvisionalJournal[];
  readonly settlementRecord?: string;
}

const DAY = 86_400_000;

function data(record: StoredRecord): ProvisionalData {
  return record.data as unknown as ProvisionalData;
}

function withData(record: StoredRecord, patch: Partial<ProvisionalData>): JsonValue {
  return { ...(record.data as Record<string, JsonValue>), ...(patch as Record<string, JsonValue>) };
}

function sellerOf(ctx: FlowContext, d: ProvisionalData): FlowSeller {
  const s = ctx.sellers.get(sellerKey(d.sellerId, d.region));
  if (!s) {
    throw new ConnectorError(`Seller ${d.sellerId} (${d.region}) is not configured on this connector`, {
      code: "CONFIG_INVALID",
      where: { system: "local", operation: "provisional", record: d.groupId },
      hint: "add the seller to amazon.sellers, then replay",
    });
  }
  return s;
}

/** A short, stable tag of a group for journal markers (D365 keeps 60 characters; group ids run to 50). */
function groupTag(sellerId: string, groupId: string): string {
  return createHash("sha256").update(`${sellerId}\u0000${groupId}`).digest("hex").slice(0, 12);
}

/**
 * The markers of revision `n` of a group's provisional journal and of its reversal: the natural
 * keys D365 is searched by before every create.
 * @example provisionalJournalMarkers("A1SELLER", "fnixtLzd…", "USMF", 2) // { post: "AMZ-PROV 3f… usmf r2", reversal: "AMZ-PROV-REV 3f… usmf r2" }
 */
export function provisionalJournalMarkers(
  sellerId: string,
  groupId: string,
  dataAreaId: string,
  revision: number,
): { readonly post: string; readonly reversal: string } {
  const tail = `${groupTag(sellerId, groupId)} ${dataAreaId.toLowerCase()} r${revision}`;
  return { post: `AMZ-PROV ${tail}`, reversal: `AMZ-PROV-REV ${tail}` };
}

function planKey(recordId: string, revision: number): string {
  return `sync/provisional-plans/${encodeURIComponent(recordId)}/r${revision}.json`;
}

// ------------------------------------------------------------------------------------------------
// Discovery

function groupData(g: FinancialEventGroupSummary): Partial<ProvisionalData> {
  return {
    status: g.processingStatus?.toLowerCase() === "open" ? "Open" : "Closed",
    ...(g.start ? { start: g.start } : {}),
    ...(g.end ? { end: g.end } : {}),
    ...(g.originalTotal
      ? { currency: g.originalTotal.currency, originalTotal: g.originalTotal.toString() }
      : {}),
  };
}

async function moveTo(
  ctx: FlowContext,
  record: StoredRecord,
  to: ProvisionalState,
  next: JsonValue,
  reason: string,
): Promise<void> {
  try {
    await ctx.storage.records.transition(record.id, record.state, to, {
      data: next,
      reason,
      expectedVersion: record.version,
    });
  } catch (e) {
    // Another worker's run moved it first: it has the record now.
    if (isConnectorError(e) && e.code === "STORAGE_CONFLICT") return;
    throw e;
  }
  ctx.hub.emit({
    type: "transition",
    flow: "provisional",
    record: record.id,
    from: record.state,
    to,
    reason,
    at: ctx.clock.now(),
  });
}

/**
 * Lists a seller's event groups and creates an `open` record for each open group not seen before;
 * records resting between runs are moved on: `current` back to `open` (read again) or to `closed`
 * when Amazon closed the group, `awaiting-settlement` back to `closed` (look for the settlement).
 * Records in work keep their state. A group first seen closed gets no record: nothing provisional
 * was ever shown or posted for it.
 * @returns how many records were created.
 */
export async function discoverProvisional(ctx: ProvisionalFlowContext, s: FlowSeller): Promise<number> {
  let created = 0;
  const seen = new Set<string>();
  for await (const g of listFinancialEventGroups(s.amazon, {
    startedAfter: ctx.clock.now() - ctx.provisional.lookbackDays * DAY,
    clock: ctx.clock,
    logger: ctx.logger,
  })) {
    const id = provisionalRecordId(s.sellerId, s.region, g.id);
    seen.add(id);
    const fields = groupData(g);
    const existing = await ctx.storage.records.get(id);
    if (!existing) {
      if (fields.status !== "Open") continue;
      const initial: ProvisionalData = {
        sellerId: s.sellerId,
        region: s.region,
        groupId: g.id,
        ...fields,
      } as ProvisionalData;
      // Only if still absent: a concurrent run may have created (and posted) it since the look-up.
      const made = await createRecord(ctx.storage.records, {
        id,
        kind: PROVISIONAL_KIND,
        state: ProvisionalState.open,
        data: initial as unknown as JsonValue,
      });
      if (made) created++;
      continue;
    }
    if (existing.state === ProvisionalState.current) {
      const to = fields.status === "Open" ? ProvisionalState.open : ProvisionalState.closed;
      await moveTo(
        ctx,
        existing,
        to,
        withData(existing, fields),
        fields.status === "Open" ? "read the open group again" : "Amazon closed the group",
      );
    } else if (existing.state === ProvisionalState.awaitingSettlement) {
      await moveTo(
        ctx,
        existing,
        ProvisionalState.closed,
        withData(existing, fields),
        "look for the settlement again",
      );
    }
  }
  // A group waiting for its settlement may have left the listing window: it still waits.
  for (const r of await listProvisionalRecords(ctx.storage, { state: ProvisionalState.awaitingSettlement })) {
    if (seen.has(r.id) || data(r).sellerId !== s.sellerId || data(r).region !== s.region) continue;
    await moveTo(ctx, r, ProvisionalState.closed, r.data as JsonValue, "look for the settlement again");
  }
  return created;
}

// ------------------------------------------------------------------------------------------------
// Steps

/** The group's marketplace: the one its events name, else the only mapped one in its currency. */
function marketplaceOf(
  ctx: FlowContext,
  names: Iterable<string>,
  currency: string | undefined,
): ResolvedMarketplace | undefined {
  for (const name of names) {
    const m = findMarketplace(ctx.mapping, name);
    if (m) return m;
  }
  const same = Object.keys(ctx.mapping.marketplaces).filter(
    (id) => ctx.mapping.marketplaces[id]?.currency.toUpperCase() === currency,
  );
  return same.length === 1 && same[0] ? findMarketplace(ctx.mapping, same[0]) : undefined;
}

async function read(record: StoredRecord, ctx: ProvisionalFlowContext): Promise<StepResult> {
  const d = data(record);
  const s = sellerOf(ctx, d);
  const totals = new Map<
    string,
    { -readonly [K in keyof ProvisionalAmount]: ProvisionalAmount[K] } & { sum: Money }
  >();
  const amounts: AmountInput[] = [];
  const names = new Set<string>();
  let events = 0;
  let unknownEvents = 0;
  let eventTotal: Money | undefined;
  let mixed = false;
  for await (const e of listFinancialEventsByGroupId(s.amazon, d.groupId, { logger: ctx.logger })) {
    events++;
    if (!e.known) unknownEvents++;
    if (e.marketplaceName?.trim()) names.add(e.marketplaceName.trim());
    for (const a of e.amounts) {
      amounts.push(a);
      const key = [e.kind, a.amountType, a.amountDescription, a.amount.currency].join("\u0000");
      const t = totals.get(key);
      if (t) {
        t.count++;
        t.sum = t.sum.plus(a.amount);
      } else {
        totals.set(key, {
          kind: e.kind,
          amountType: a.amountType,
          amountDescription: a.amountDescription,
          currency: a.amount.currency,
          amount: "",
          count: 1,
          sum: a.amount,
        });
      }
      if (eventTotal === undefined) eventTotal = a.amount;
      else if (eventTotal.currency === a.amount.currency) eventTotal = eventTotal.plus(a.amount);
      else mixed = true;
    }
  }
  const view: Partial<ProvisionalData> = {
    readAt: new Date(ctx.clock.now()).toISOString(),
    events,
    unknownEvents,
    eventTotal: mixed || !eventTotal ? null : eventTotal.toString(),
    totals: [...totals.values()].map(({ sum, ...t }) => ({ ...t, amount: sum.toString() })),
  };
  if (!ctx.provisional.post) return { to: ProvisionalState.current, data: withData(record, view) };

  const marketplace = marketplaceOf(ctx, names, d.currency);
  // A seller limited to some marketplaces posts only theirs (as its settlements); the rest is view only.
  if (
    marketplace &&
    s.marketplaceIds?.length &&
    !s.marketplaceIds.includes(marketplace.marketplaceId) &&
    !d.live
  ) {
    return { to: ProvisionalState.current, data: withData(record, view) };
  }
  const plan = marketplace ? planLines(ctx, record, amounts, marketplace) : undefined;
  if (amounts.length > 0 && !marketplace) {
    throw new MappingError(`Event group ${d.groupId}: no marketplace of the mapping fits it`, {
      issues: [
        {
          code: "unknown_marketplace",
          path: ["marketplaces"],
          message: `its events name ${[...names].join(", ") || "no marketplace"}, currency ${d.currency ?? "unknown"}`,
        },
      ],
      where: { system: "local", operation: "provisional.map", record: record.id },
      hint: "add the marketplace (or an alias of its name) to the mapping, then replay",
    });
  }
  const live = d.live ?? null;
  const fingerprint = plan && plan.lines.length > 0 ? fingerprintOf(plan) : null;
  if (fingerprint === (live?.fingerprint ?? null)) {
    return { to: ProvisionalState.current, data: withData(record, view) };
  }
  let next: ProvisionalRevision | null = null;
  if (plan && fingerprint) {
    await checkMasterData(ctx, plan, record.id);
    const revision = (d.lastRevision ?? 0) + 1;
    const markers = provisionalJournalMarkers(d.sellerId, d.groupId, plan.dataAreaId, revision);
    const key = planKey(record.id, revision);
    // The plan is fixed before the first write: a retry of this revision posts exactly these lines.
    await ctx.storage.documents.put(key, JSON.stringify(plan), {
      contentType: "application/json",
      record: record.id,
      attributes: { kind: "provisional-plan", revision: String(revision) },
    });
    next = {
      revision,
      marker: markers.post,
      reversalMarker: markers.reversal,
      dataAreaId: plan.dataAreaId,
      journalName: plan.journalName,
      fingerprint,
      planKey: key,
    };
  }
  return {
    to: ProvisionalState.posting,
    data: withData(record, {
      ...view,
      pending: { post: next, reverse: live },
      ...(next ? { lastRevision: next.revision } : {}),
    }),
    reason: live
      ? `the group's amounts changed: reverse revision ${live.revision}${next ? `, post revision ${next.revision}` : ""}`
      : `post revision ${next?.revision ?? 0}`,
  };
}

/** The journal lines of the group: each (account, kind, amount type) sum, offset against the receivable. */
function planLines(
  ctx: ProvisionalFlowContext,
  record: StoredRecord,
  amounts: readonly AmountInput[],
  marketplace: ResolvedMarketplace,
): PlanDocument {
  const resolved = resolveAmounts(amounts, ctx.mapping, {
    source: "finances",
    marketplace: marketplace.marketplaceId,
    record: record.id,
  });
  const offsetMain = ctx.provisional.offsetAccount ?? marketplace.clearingAccount;
  const offset = ledgerDisplayValue(ctx.mapping.segmentFormat, offsetMain, marketplace.dimensions);
  const invoiced = ctx.posting.orderRevenue === "invoiced";
  const sums = new Map<string, { account: string; cust: boolean; text: string; sum: Money }>();
  for (const r of resolved) {
    // Invoiced order amounts sit on the Amazon customer already (the invoice): as in settlements.
    const cust = invoiced && isInvoicedAmount(r.input);
    const account = cust ? marketplace.customerAccount : r.accountDisplayValue;
    const text = `Provisional ${r.input.transactionType} ${r.input.amountType}`;
    const key = `${cust ? "C" : "L"}\u0000${account}\u0000${text}\u0000${r.input.amount.currency}`;
    const entry = sums.get(key);
    if (entry) entry.sum = entry.sum.plus(r.input.amount);
    else sums.set(key, { account, cust, text, sum: r.input.amount });
  }
  const transDate = new Date(ctx.clock.now()).toISOString().slice(0, 10);
  const lines: PlanDocument["lines"] = [...sums.values()]
    .filter((e) => !e.sum.isZero())
    .map((e) => ({
      ...(e.cust ? { accountType: "Cust" as const } : {}),
      account: e.account,
      // The settlement's sign: what Amazon owes is credited to the activity account.
      amount: e.sum.negate().toString(),
      offsetAccount: offset,
      transDate,
      text: e.text.slice(0, 60),
    }));
  return {
    dataAreaId: marketplace.legalEntity.toUpperCase(),
    journalName: ctx.provisional.journalName ?? marketplace.journalName,
    currency: resolved[0]?.input.amount.currency ?? marketplace.currency.toUpperCase(),
    lines,
  };
}

/** What the revision says, without its date: re-reading unchanged amounts on a later day posts nothing. */
function fingerprintOf(plan: PlanDocument): string {
  const lines = plan.lines.map(({ transDate: _t, ...l }) => l);
  return createHash("sha256")
    .update(JSON.stringify({ d: plan.dataAreaId, j: plan.journalName, c: plan.currency, lines }))
    .digest("hex");
}

/** Every ledger account and dimension value of the plan must exist in D365 before anything is written. */
async function checkMasterData(ctx: FlowContext, plan: PlanDocument, record: string): Promise<void> {
  const md = ctx.masterData;
  const company = plan.dataAreaId.toUpperCase();
  const format = ctx.mapping.segmentFormat;
  const issues: Issue[] = [];
  if (!(await md.legalEntities()).has(company)) {
    issues.push({
      code: "missing_legal_entity",
      path: ["marketplaces"],
      message: `legal entity ${company} does not exist in D365`,
    });
  }
  const values = new Set<string>();
  for (const l of plan.lines) {
    if ((l.accountType ?? "Ledger") === "Ledger") values.add(l.account);
    if (l.offsetAccount) values.add(l.offsetAccount);
  }
  for (const value of values) {
    const [main, ...dims] = value.split(format.delimiter);
    if (!main) continue;
    const accounts = (await md.mainAccount(main)).filter(
      (a) =>
        !ctx.mapping.chartOfAccounts ||
        !a.chartOfAccounts ||
        a.chartOfAccounts === ctx.mapping.chartOfAccounts,
    );
    if (accounts.length === 0) {
      issues.push({
        code: "missing_main_account",
        path: ["accounts", main],
        message: `main account ${main} (used by ${value}) does not exist in D365`,
      });
    }
    for (const [i, dimValue] of dims.entries()) {
      const dim = format.dimensions[i];
      if (dim && dimValue && !(await md.dimensionValue(dim, dimValue, company))) {
        issues.push({
          code: "missing_dimension_value",
          path: ["dimensions", dim, dimValue],
          message: `${dim} value ${dimValue} (used by ${value}) does not exist for ${company}`,
        });
      }
    }
  }
  if (issues.length) {
    throw new MappingError(`The provisional journal of ${record} does not fit D365 master data`, {
      issues,
      where: { system: "d365", operation: "master data", record },
      hint: "create the missing master data in D365 or fix the mapping (or provisional.offsetAccount), then replay; nothing was posted",
    });
  }
}

async function loadPlan(
  storage: StorageAdapter,
  rev: ProvisionalRevision,
  record: string,
): Promise<PlanDocument> {
  const doc = await storage.documents.get(rev.planKey);
  if (!doc) {
    throw new ConnectorError(`The plan of provisional revision ${rev.revision} of ${record} is missing`, {
      code: "PLAN_MISSING",
      where: { system: "storage", operation: "documents.get", record },
      hint: `the journal '${rev.marker}' cannot be reversed without it: reverse it in D365 by hand, then remove the record`,
    });
  }
  return JSON.parse(new TextDecoder().decode(doc.body)) as PlanDocument;
}

async function ensure(
  ctx: FlowContext,
  record: StoredRecord,
  fence: Fence,
  rev: ProvisionalRevision,
  type: "provisional" | "reversal",
): Promise<ProvisionalJournal> {
  const plan = await loadPlan(ctx.storage, rev, record.id);
  const transDate = new Date(ctx.clock.now()).toISOString().slice(0, 10);
  const lines: JournalLineInput[] = plan.lines.map((l) => {
    const amount = Money.of(l.amount, plan.currency);
    return type === "provisional"
      ? { ...l, amount }
      : // The reversal: the same lines with the opposite sign, dated when it is written.
        { ...l, amount: amount.negate(), transDate, text: `Reversal ${l.text ?? ""}`.slice(0, 60) };
  });
  const marker = type === "provisional" ? rev.marker : rev.reversalMarker;
  const ensured = await ensureGeneralJournal(
    ctx.d365,
    { dataAreaId: plan.dataAreaId, journalName: plan.journalName, marker, lines },
    {
      record: record.id,
      dedup: ctx.storage.dedup,
      leaseMs: ctx.leaseMs,
      clock: ctx.heartbeatClock,
      logger: ctx.logger,
      fence,
    } as Parameters<typeof ensureGeneralJournal>[2],
  );
  return {
    revision: rev.revision,
    type,
    marker,
    dataAreaId: plan.dataAreaId,
    journalBatchNumber: ensured.value.journalBatchNumber,
    lines: ensured.value.lineCount,
    outcome: ensured.outcome,
    at: new Date(ctx.clock.now()).toISOString(),
  };
}

function appendJournal(
  list: readonly ProvisionalJournal[] | undefined,
  j: ProvisionalJournal,
): ProvisionalJournal[] {
  // A retry finds a journal written before: it is listed once.
  return [...(list ?? []).filter((x) => x.marker !== j.marker), j];
}

async function post(record: StoredRecord, ctx: ProvisionalFlowContext, fence: Fence): Promise<StepResult> {
  const d = data(record);
  const pending = d.pending ?? { post: null, reverse: null };
  let journals = d.journals ?? [];
  // Reverse first: at no point does D365 hold two live revisions of one group.
  if (pending.reverse)
    journals = appendJournal(journals, await ensure(ctx, record, fence, pending.reverse, "reversal"));
  if (pending.post)
    journals = appendJournal(journals, await ensure(ctx, record, fence, pending.post, "provisional"));
  return {
    to: ProvisionalState.current,
    data: withData(record, { journals, live: pending.post, pending: null }),
    ref: journals
      .slice(-(pending.reverse && pending.post ? 2 : 1))
      .map((j) => j.journalBatchNumber)
      .join(","),
  };
}

/** The reconciled settlement of a closed group (same currency and window; total too, when both have one). */
async function settlementOf(ctx: FlowContext, d: ProvisionalData): Promise<StoredRecord | undefined> {
  if (!d.start || !d.end || !d.currency) return undefined;
  const group: FinancialEventGroupSummary = {
    id: d.groupId,
    processingStatus: "Closed",
    fundTransferStatus: undefined,
    originalTotal: d.originalTotal ? Money.of(d.originalTotal, d.currency) : undefined,
    convertedTotal: undefined,
    beginningBalance: undefined,
    start: d.start,
    end: d.end,
    fundTransferDate: undefined,
    traceId: undefined,
    accountTail: undefined,
  };
  const second = (iso: string) => Math.floor(Date.parse(iso) / 1000);
  let sameWindow: StoredRecord | undefined;
  for (const r of await listRecords(ctx.storage, SETTLEMENT_KIND, "reconciled")) {
    const s = r.data as unknown as SettlementData;
    if (s.sellerId !== d.sellerId || (s.region ?? "na") !== d.region) continue;
    if (!s.startDate || !s.endDate || s.currency !== d.currency) continue;
    const summary = {
      settlementId: s.settlementId ?? "",
      startDate: s.startDate,
      endDate: s.endDate,
      depositDate: s.depositDate,
      currency: s.currency,
      totalAmount: Money.of(s.totalAmount ?? "0", s.currency),
    } as SettlementSummary;
    if (findEventGroupsForSettlement(summary, [group]).length > 0) return r;
    // Amazon's group total may differ from the report's (reserve movements): the window decides then.
    if (second(s.startDate) === second(d.start) && second(s.endDate) === second(d.end)) sameWindow ??= r;
  }
  return sameWindow;
}

async function closed(record: StoredRecord, ctx: ProvisionalFlowContext): Promise<StepResult> {
  const d = data(record);
  if (!d.live) return { to: ProvisionalState.settled, data: record.data as JsonValue };
  const settlement = await settlementOf(ctx, d);
  if (!settlement) {
    return {
      to: ProvisionalState.awaitingSettlement,
      data: record.data as JsonValue,
      reason: "the group's settlement is not reconciled yet; the provisional journal stays until it is",
    };
  }
  return {
    to: ProvisionalState.reversing,
    data: withData(record, { settlementRecord: settlement.id }),
    reason: `settlement ${(settlement.data as unknown as SettlementData).settlementId ?? settlement.id} is reconciled`,
  };
}

async function reverse(record: StoredRecord, ctx: ProvisionalFlowContext, fence: Fence): Promise<StepResult> {
  const d = data(record);
  if (!d.live) return { to: ProvisionalState.reversed, data: record.data as JsonValue };
  const journal = await ensure(ctx, record, fence, d.live, "reversal");
  return {
    to: ProvisionalState.reversed,
    data: withData(record, { journals: appendJournal(d.journals, journal), live: null }),
    ref: journal.journalBatchNumber,
  };
}

/** The provisional flow's state machine. */
export const provisionalFlow: FlowDefinition<ProvisionalFlowContext> = {
  name: "provisional",
  kind: PROVISIONAL_KIND,
  done: [
    ProvisionalState.current,
    ProvisionalState.awaitingSettlement,
    ProvisionalState.reversed,
    ProvisionalState.settled,
  ],
  steps: [
    {
      from: "open",
      to: ["current", "posting"],
      does: "read the open group's events and total them by kind and amount type; with provisional.post, map them (Finances rules) and plan a new revision when they changed",
      run: read,
    },
    {
      from: "posting",
      to: ["current"],
      does: "find or create the reversal of the previous revision, then the new revision, by their markers, fenced",
      run: post,
    },
    {
      from: "closed",
      to: ["reversing", "awaiting-settlement", "settled"],
      does: "Amazon closed the group: find its reconciled settlement (nothing live in D365: settled)",
      run: closed,
    },
    {
      from: "reversing",
      to: ["reversed"],
      does: "find or create the reversal of the live revision by its marker, fenced",
      run: reverse,
    },
  ],
};

// ------------------------------------------------------------------------------------------------
// Runs, reports, reads

async function listRecords(storage: StorageAdapter, kind: string, state?: string): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await storage.records.list({
      kind,
      ...(state ? { state } : {}),
      ...(after ? { after } : {}),
      limit: 1000,
    });
    out.push(...page);
    if (page.length < 1000) return out;
    after = page[page.length - 1]?.id;
  }
}

/** Every provisional record of a store (optionally in one state), by id. */
export function listProvisionalRecords(
  storage: StorageAdapter,
  filter: { readonly state?: string } = {},
): Promise<StoredRecord[]> {
  return listRecords(storage, PROVISIONAL_KIND, filter.state);
}

/** The host's view of a provisional record. */
export function provisionalGroup(record: StoredRecord): ProvisionalGroup {
  const d = record.data as unknown as ProvisionalData & { error?: { message: string; hint?: string } };
  const resting = record.state === "parked" || record.state === "failed";
  const journals = d.journals ?? [];
  const live = d.live ? (journals.find((j) => j.marker === d.live?.marker) ?? null) : null;
  return {
    record: record.id,
    sellerId: d.sellerId,
    region: d.region,
    groupId: d.groupId,
    status: d.status,
    state: record.state,
    start: d.start ?? null,
    end: d.end ?? null,
    currency: d.currency ?? null,
    originalTotal: d.originalTotal ?? null,
    readAt: d.readAt ?? null,
    events: d.events ?? 0,
    unknownEvents: d.unknownEvents ?? 0,
    eventTotal: d.eventTotal ?? null,
    totals: d.totals ?? [],
    journal: live,
    journals,
    settlementRecord: d.settlementRecord ?? null,
    reason: resting ? (record.reason ?? d.error?.message ?? null) : null,
    hint: resting ? (d.error?.hint ?? null) : null,
  };
}

function byStart(a: ProvisionalGroup, b: ProvisionalGroup): number {
  return (a.start ?? "").localeCompare(b.start ?? "") || a.record.localeCompare(b.record);
}

/** The host's reads of the provisional view (`connector.provisional`). */
export function provisionalReader(storage: StorageAdapter): ProvisionalReader {
  return {
    async view(query = {}) {
      const status = query.status ?? "Open";
      return (await listProvisionalRecords(storage))
        .map(provisionalGroup)
        .filter(
          (g) =>
            (status === "all" || g.status === status) && (!query.sellerId || g.sellerId === query.sellerId),
        )
        .sort(byStart);
    },
  };
}

/**
 * One run of the provisional flow: list every seller's event groups (or the one asked for), then
 * move every active record as far as it goes.
 */
export async function runProvisional(
  ctx: ProvisionalFlowContext,
  rc: () => RunnerContext,
  options: {
    readonly signal?: AbortSignal | undefined;
    readonly seller?: { readonly sellerId: string; readonly region?: string } | undefined;
  } = {},
): Promise<ProvisionalRunReport> {
  const startedAt = ctx.clock.now();
  const only = options.seller;
  const mine = (s: { sellerId: string; region: string }) =>
    !only || (s.sellerId === only.sellerId && (!only.region || s.region === only.region));
  let discovered = 0;
  for (const s of ctx.sellers.values()) {
    if (options.signal?.aborted) break;
    if (mine(s)) discovered += await discoverProvisional(ctx, s);
  }
  const active = (await listProvisionalRecords(ctx.storage))
    .filter((r) => !provisionalFlow.done.includes(r.state) && r.state !== "parked" && mine(data(r)))
    .sort((a, b) => (data(a).start ?? "").localeCompare(data(b).start ?? "") || a.id.localeCompare(b.id));
  return driveProvisional(
    active.map((r) => r.id),
    ctx,
    rc,
    options.signal,
    discovered,
    startedAt,
  );
}

/** Which provisional records `connector.replay` tries again: one group (group id or record id), or every one in a state. */
export type ProvisionalReplayTarget =
  | { readonly flow: "provisional"; readonly group: string }
  | { readonly flow: "provisional"; readonly state: "parked" | "failed" };

/** Reopens parked (or failed) provisional records, by group id, record id or state, and runs them. */
export async function replayProvisional(
  ctx: ProvisionalFlowContext,
  rc: () => RunnerContext,
  target: ProvisionalReplayTarget,
  signal: AbortSignal | undefined,
): Promise<ProvisionalRunReport> {
  const startedAt = ctx.clock.now();
  const candidates =
    "group" in target
      ? (await listProvisionalRecords(ctx.storage)).filter(
          (r) => r.id === target.group || data(r).groupId === target.group,
        )
      : await listProvisionalRecords(ctx.storage, { state: target.state });
  if ("group" in target && candidates.length === 0) {
    throw new ConnectorError(`No provisional record for '${target.group}'`, {
      code: "NOT_FOUND",
      where: { system: "local", operation: "connector.replay", record: target.group },
      hint: "replay takes a financial event group id or a record id (see connector.provisional.view({ status: 'all' }))",
    });
  }
  const reopened: string[] = [];
  for (const r of candidates) {
    if (await reopenRecord(provisionalFlow, rc(), r.id)) reopened.push(r.id);
  }
  return driveProvisional(reopened, ctx, rc, signal, 0, startedAt);
}

async function driveProvisional(
  ids: readonly string[],
  ctx: ProvisionalFlowContext,
  rc: () => RunnerContext,
  signal: AbortSignal | undefined,
  discovered: number,
  startedAt: number,
): Promise<ProvisionalRunReport> {
  const outcomes = new Map<string, RecordRunOutcome>();
  let stopped = false;
  let done = 0;
  for (const id of ids) {
    if (signal?.aborted) {
      stopped = true;
      break;
    }
    const outcome = await runRecord(provisionalFlow, id, ctx, rc(), signal);
    outcomes.set(id, outcome);
    if (outcome === "stopped") stopped = true;
    done++;
    ctx.hub.emit({
      type: "progress",
      flow: "provisional",
      total: ids.length,
      done,
      parked: [...outcomes.values()].filter((o) => o === "parked").length,
      failed: [...outcomes.values()].filter((o) => o === "failed").length,
      at: ctx.clock.now(),
    });
  }
  const groups = (await Promise.all(ids.map((id) => ctx.storage.records.get(id))))
    .filter((r): r is StoredRecord => r !== undefined)
    .map(provisionalGroup);
  return {
    flow: "provisional",
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(ctx.clock.now()).toISOString(),
    discovered,
    groups,
    counts: {
      total: groups.length,
      open: groups.filter((g) => g.status === "Open").length,
      reversed: groups.filter((g) => g.state === ProvisionalState.reversed).length,
      parked: groups.filter((g) => g.state === "parked").length,
      failed: groups.filter((g) => g.state === "failed").length,
      busy: [...outcomes.values()].filter((o) => o === "busy").length,
    },
    stopped,
  };
}
