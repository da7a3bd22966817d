/**
 * `ml-connector sync --config FILE [--flow FLOW] [--seller SELLER_ID] [--json]`: one run of one
 * flow of the engine, as the configuration file describes it, for every seller or one. Prints a
 * line per record and a summary; exits 1 when any record is parked or failed (or a listing
 * invalid), so a scheduler notices.
 */

import type { RunOptions, SettlementRunReport } from "../sync/connector.js";
import { type FlowName, flowNames } from "../sync/events.js";
import type { InventoryRunReport } from "../sync/flows/inventory.js";
import type { ListingReportEntry, ListingsRunReport } from "../sync/flows/listings.js";
import type { OrderReportEntry, OrderRunReport } from "../sync/flows/orders.js";
import type { ProvisionalGroup, ProvisionalRunReport } from "../sync/flows/provisional.js";
import { type CommandSpec, ExitCode, runCommand, usageError } from "./args.js";
import { configOption, progressReporter, settlementLine, withConfiguredConnector } from "./connector-cli.js";
import type { CliIo } from "./run.js";

const flowList = flowNames.join(", ");

/** `ml-connector sync`: its options and help. */
export const syncCommand: CommandSpec = {
  name: "sync",
  summary: "Run one flow of the connector once: every record it finds, as far as it goes.",
  options: {
    config: configOption,
    flow: {
      type: "string",
      value: "FLOW",
      description: `the flow to run: ${flowList} (default settlements)`,
    },
    seller: {
      type: "string",
      value: "SELLER_ID",
      description:
        "run for this seller only: a sellerId of the configuration's amazon.sellers (default every seller)",
    },
    json: { type: "boolean", description: "print the run report as JSON" },
  },
  required: ["config"],
  notes: [
    "settlements: post and reconcile settlement reports; orders: invoice orders and credit refunds",
    "(needs orders.enabled); inventory: store an FBA inventory snapshot per marketplace; provisional:",
    "read open Finances event groups (posted with provisional.post); listings: publish released",
    "products (needs listings.enabled). Exit code 1 when any record is parked or failed (or a listing",
    "invalid); `ml-connector replay` tries parked settlements again. --seller takes a seller in every",
    "region the configuration lists it; other sellers' records wait for their own run.",
  ].join("\n"),
};

/** Prints a settlements run report the way `sync` and `replay` do; returns the exit code it implies. */
export function printRunReport(report: SettlementRunReport, json: boolean, io: CliIo): number {
  const { counts } = report;
  if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const s of report.settlements) io.stdout(`${settlementLine(s)}\n`);
    io.stdout(
      `${counts.total} settlement(s): ${counts.reconciled} reconciled, ${counts.duplicate} duplicate, ${counts.parked} parked, ${counts.failed} failed${busy(counts.busy)}${report.discovered ? `; ${report.discovered} new report(s) found` : ""}${stopped(report.stopped)}\n`,
    );
  }
  return counts.parked + counts.failed > 0 ? ExitCode.failed : ExitCode.ok;
}

const busy = (n: number) => (n ? `, ${n} held by another worker` : "");
const stopped = (s: boolean) => (s ? "; stopped before the end" : "");
const resting = (state: string) => state === "parked" || state === "failed";
const problem = (
  mark: string,
  what: string,
  e: { state: string; reason: string | null; hint?: string | null },
) =>
  `${mark} ${what}: ${e.state} — ${e.reason ?? "no reason recorded"}${e.hint ? `\n    what to do: ${e.hint}` : ""}`;

function orderLine(o: OrderReportEntry): string {
  const what = `order ${o.amazonOrderId} (${o.marketplaceId})`;
  if (resting(o.state)) return problem("✗", what, o);
  const docs = [
    o.invoice ? `invoice ${o.invoice.number} (${o.invoice.outcome})` : "",
    o.creditNote ? `credit note ${o.creditNote.number} (${o.creditNote.outcome})` : "",
  ].filter(Boolean);
  const mark = o.state === "invoiced" || o.state === "credited" ? "✓" : "•";
  return `${mark} ${what}: ${o.state}${docs.length ? `; ${docs.join(", ")}` : ""}${o.reason && o.state === "skipped" ? ` — ${o.reason}` : ""}`;
}

function printOrders(r: OrderRunReport, io: CliIo): number {
  for (const o of r.orders) io.stdout(`${orderLine(o)}\n`);
  const c = r.counts;
  io.stdout(
    `${c.total} order(s): ${c.invoiced} invoiced, ${c.credited} credited, ${c.skipped} skipped, ${c.parked} parked, ${c.failed} failed${busy(c.busy)}${r.discovered ? `; ${r.discovered} new or changed order(s) found` : ""}${stopped(r.stopped)}\n`,
  );
  return c.parked + c.failed > 0 ? ExitCode.failed : ExitCode.ok;
}

function printInventory(r: InventoryRunReport, io: CliIo): number {
  for (const m of r.marketplaces) {
    const what = `inventory ${m.sellerId} ${m.marketplaceId}`;
    io.stdout(
      `${resting(m.state) ? problem("✗", what, m) : `${m.state === "stored" ? "✓" : "•"} ${what}: ${m.state}${m.skus !== null ? `, ${m.skus} SKU(s)` : ""}${m.takenAt ? ` at ${m.takenAt}` : ""}`}\n`,
    );
  }
  const c = r.counts;
  io.stdout(
    `${c.total} marketplace(s): ${c.stored} stored, ${c.parked} parked, ${c.failed} failed${busy(c.busy)}${stopped(r.stopped)}\n`,
  );
  return c.parked + c.failed > 0 ? ExitCode.failed : ExitCode.ok;
}

function groupLine(g: ProvisionalGroup): string {
  const what = `event group ${g.groupId} (${g.sellerId}, ${g.currency ?? "no currency"})`;
  if (resting(g.state)) return problem("✗", what, g);
  const journal = g.journal ? `; journal ${g.journal.journalBatchNumber}` : "";
  return `• ${what}: ${g.state}, ${g.status}, ${g.events} event(s), total ${g.eventTotal ?? "mixed currencies"}${journal}`;
}

function printProvisional(r: ProvisionalRunReport, io: CliIo): number {
  for (const g of r.groups) io.stdout(`${groupLine(g)}\n`);
  const c = r.counts;
  io.stdout(
    `${c.total} event group(s): ${c.open} open, ${c.reversed} reversed, ${c.parked} parked, ${c.failed} failed${busy(c.busy)}${r.discovered ? `; ${r.discovered} new group(s) found` : ""}${stopped(r.stopped)}\n`,
  );
  return c.parked + c.failed > 0 ? ExitCode.failed : ExitCode.ok;
}

function listingLine(l: ListingReportEntry): string {
  const what = `listing ${l.sku ?? l.itemNumber} (${l.marketplaceId}, ${l.legalEntity})`;
  if (resting(l.state)) return problem("✗", what, l);
  const via = l.path ? ` via ${l.path === "feed" ? `feed ${l.feedId ?? ""}`.trim() : "Listings Items"}` : "";
  const op = l.operation ? ` (${l.operation})` : "";
  if (l.state === "invalid") {
    const issues = l.issues.map((i) => `\n    ${i.severity} ${i.code}: ${i.message}`).join("");
    return `✗ ${what}: invalid${via}${op}${issues}`;
  }
  return `${l.state === "accepted" ? "✓" : "•"} ${what}: ${l.state}${via}${op}`;
}

function printListings(r: ListingsRunReport, io: CliIo): number {
  for (const p of r.paths) {
    io.stdout(`  ${p.sellerId} ${p.marketplaceId}: ${p.count} listing(s) by ${p.path} — ${p.reason}\n`);
  }
  for (const l of r.listings) io.stdout(`${listingLine(l)}\n`);
  const c = r.counts;
  io.stdout(
    `${c.total} listing(s): ${c.submitted} submitted, ${c.accepted} accepted, ${c.invalid} invalid, ${c.parked} parked, ${c.failed} failed${busy(c.busy)}${r.discovered ? `; ${r.discovered} new or changed product(s) found` : ""}${stopped(r.stopped)}\n`,
  );
  return c.parked + c.failed + c.invalid > 0 ? ExitCode.failed : ExitCode.ok;
}

type AnyRunReport =
  | SettlementRunReport
  | OrderRunReport
  | InventoryRunReport
  | ProvisionalRunReport
  | ListingsRunReport;

/** Prints the run report of any flow; returns the exit code it implies. */
export function printFlowReport(report: AnyRunReport, json: boolean, io: CliIo): number {
  if (report.flow === "settlements") return printRunReport(report, json, io);
  if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  // JSON or text, the exit code says the same thing.
  const sink: CliIo = json ? { stdout: () => {}, stderr: io.stderr } : io;
  switch (report.flow) {
    case "orders":
      return printOrders(report, sink);
    case "inventory":
      return printInventory(report, sink);
    case "provisional":
      return printProvisional(report, sink);
    case "listings":
      return printListings(report, sink);
  }
}

function isFlow(value: string): value is FlowName {
  return (flowNames as readonly string[]).includes(value);
}

/** Runs `ml-connector sync`. Returns the exit code. */
export function sync(argv: string[], io: CliIo): Promise<number> {
  return runCommand(syncCommand, argv, io, async ({ values }) => {
    const flow = String(values.flow ?? "settlements");
    if (!isFlow(flow)) {
      return usageError(
        syncCommand,
        io,
        `unknown flow ${JSON.stringify(flow)}; --flow takes one of ${flowList}`,
      );
    }
    const json = values.json === true;
    const seller = values.seller === undefined ? undefined : String(values.seller);
    return withConfiguredConnector(String(values.config), async (connector, _storage, _label, options) => {
      if (seller !== undefined) {
        const known = [...new Set(options.amazon.sellers.map((s) => s.sellerId))];
        if (!known.includes(seller)) {
          return usageError(
            syncCommand,
            io,
            `unknown seller ${JSON.stringify(seller)}; the configuration's sellers are ${known.join(", ")}`,
          );
        }
      }
      const progress = await progressReporter(io, json, flow);
      const off = connector.on("progress", progress.update);
      // Ctrl-C stops between steps: nothing half-posts, the next sync goes on from there.
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      try {
        const run = connector.run as (flow: FlowName, options: RunOptions) => Promise<AnyRunReport>;
        const report = await run(flow, {
          signal: stop.signal,
          ...(seller !== undefined ? { seller: { sellerId: seller } } : {}),
        });
        progress.done();
        return printFlowReport(report, json, io);
      } finally {
        progress.done();
        off();
        process.off("SIGINT", onSignal);
      }
    });
  });
}
