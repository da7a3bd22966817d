/**
 * Group 4, D365 writes: what it costs D365 to receive a settlement of N lines.
 *
 * Subjects, each in a process of its own, at N = 1,000, 10,000 and 100,000 settlement lines (a
 * generated US settlement, published by the Amazon simulator), against the D365 simulator with
 * D365's service-protection limit (6,000 requests per 5 minutes) on the simulated clock:
 *
 * - `summary`: `createConnector({ posting: { mode: "summary" } }).run("settlements")`: download,
 *   parse, map, post, read back and reconcile;
 * - `detail`: the same with `posting: { mode: "detail" }` (lines per order);
 * - `per-line` (the baseline every naive integration reduces to): the same settlement lines, each
 *   mapped to its account and posted as its own `POST LedgerJournalLines` (offset to the clearing
 *   account, so each line balances itself) by the D365 client, after one journal header. It waits
 *   out every 429 as Retry-After says (the client's retry policy), on the simulated clock.
 *
 * Figures: D365 requests (every request the simulator answered: token, reads, writes, $batch, 429s),
 * requests ÷ lines, 429s, simulated minutes (what the service-protection window costs: wall time on
 * a real D365, before network latency), and wall/CPU/peak RSS of the process. Requests and simulated
 * time are deterministic; repetitions (`BENCH_REPS`, default 1) only change the wall figures.
 *
 * The per-line baseline at 100,000 lines and above is 100,000+ in-process requests (minutes of CPU):
 * by default it runs up to 10,000 lines only, and larger sizes show its figures scaled from
 * it (marked "scaled"); `--per-line=all` measures it at every size.
 *
 *   npx tsx bench/d365-writes.ts [--json] [--sizes=1000,10000,100000] [--per-line=all]
 */
import { parseSettlement } from "../src/amazon/settlement/parse-settlement.js";
import type { SettlementRow } from "../src/amazon/settlement/types.js";
import { entraTokenProvider } from "../src/d365/auth/entra.js";
import { createD365Client } from "../src/d365/client.js";
import { literal } from "../src/d365/filter.js";
import { createEntity } from "../src/d365/write.js";
import { ledgerDisplayValue } from "../src/mapping/display-value.js";
import { loadMapping } from "../src/mapping/schema.js";
import { resolveSettlementLines } from "../src/mapping/settlement-lines.js";
import { emitResult, jsonMode, minMedian, reps, runSubject, say, subjectArgs, table } from "./lib/harness.js";
import { arrange, cpuMs, D365_LIMIT, peakRssMiB, settlementText, US } from "./lib/sync.js";

type Subject = "summary" | "detail" | "per-line";

interface Measured {
  readonly lines: number;
  readonly requests: number;
  readonly status429: number;
  readonly writes: number;
  readonly simulatedMs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly state: string;
  readonly peakRssMiB: number;
}

// ---------------------------------------------------------------- subject side

async function subject(name: Subject, lines: number): Promise<never> {
  const text = settlementText(lines);
  const h = await arrange(name === "per-line" ? {} : { posting: { mode: name } });
  const before = h.d365.state.requests.length;
  const t0 = performance.now();
  const c0 = cpuMs();
  const s0 = h.clock.now();
  let state = "";
  if (name === "per-line") {
    state = await perLine(h, text);
  } else {
    h.amazon.state.publishSettlement({ text, marketplaceId: US });
    const report = await h.connector.run("settlements");
    const big = report.settlements.find((x) => x.lines === lines);
    state = big?.state ?? "missing";
    if (state !== "reconciled")
      throw new Error(`the ${lines}-line settlement ended ${state}: ${big?.reason}`);
  }
  const requests = h.d365.state.requests.slice(before);
  const result: Measured = {
    lines,
    requests: requests.length,
    status429: requests.filter((r) => r.status === 429).length,
    writes: requests.filter((r) => r.method !== "GET" && r.target !== "token").length,
    simulatedMs: h.clock.now() - s0,
    wallMs: performance.now() - t0,
    cpuMs: cpuMs() - c0,
    state,
    peakRssMiB: peakRssMiB(),
  };
  h.close();
  emitResult(result as unknown as Record<string, unknown>);
}

/** One header, then one POST LedgerJournalLines per settlement line, eight at a time (the client's limit). */
async function perLine(h: Awaited<ReturnType<typeof arrange>>, text: string): Promise<string> {
  const parse = parseSettlement(new TextEncoder().encode(text), { reconcile: "report" });
  const rows: SettlementRow[] = [];
  for await (const row of parse) rows.push(row);
  const mapping = await loadMapping(h.options.mapping as Parameters<typeof loadMapping>[0]);
  const resolved = resolveSettlementLines(rows, mapping, { marketplace: US });
  const sim = h.d365.state;
  const client = createD365Client({
    environmentUrl: sim.environmentUrl,
    clock: h.clock,
    tokens: entraTokenProvider({
      tenantId: sim.tenantId,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      environmentUrl: sim.environmentUrl,
      clock: h.clock,
    }),
  });
  const marketplace = mapping.marketplaces[US];
  if (!marketplace) throw new Error(`the simulator mapping has no marketplace ${US}`);
  const company = marketplace.legalEntity.toLowerCase();
  const clearing = ledgerDisplayValue(
    mapping.segmentFormat,
    marketplace.clearingAccount,
    marketplace.dimensions,
  );
  const header = await createEntity(client, "LedgerJournalHeaders", {
    dataAreaId: company,
    JournalName: marketplace.journalName,
    Description: "per-line baseline",
  } as never);
  const number = String((header as Record<string, unknown>).JournalBatchNumber);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      const r = resolved[i];
      if (r === undefined) return;
      if (r.input.amount.isZero()) continue;
      const amount = r.input.amount.negate();
      await createEntity(client, "LedgerJournalLines", {
        dataAreaId: company,
        JournalBatchNumber: number,
        AccountType: "Ledger",
        AccountDisplayValue: r.accountDisplayValue,
        OffsetAccountType: "Ledger",
        OffsetAccountDisplayValue: clearing,
        ...(amount.isNegative() ? { CreditAmount: amount.negate() } : { DebitAmount: amount }),
        CurrencyCode: amount.currency,
        TransDate: literal.dateTime(r.input.postedDate ?? "2026-01-02").text,
        Text: r.text.slice(0, 60),
      } as never);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return "posted";
}

// ---------------------------------------------------------------- orchestrator side

interface Row {
  readonly subject: Subject;
  readonly lines: number;
  /** True when the figures are scaled from a smaller measured size, not measured. */
  readonly scaled: boolean;
  readonly requests: number;
  readonly requestsPerLine: number;
  readonly status429: number;
  readonly simulatedMinutes: number;
  readonly wallMs: { min: number; median: number } | null;
  readonly cpuMs: { min: number; median: number } | null;
  readonly peakRssMiB: number | null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const sizes = (option("sizes") ?? "1000,10000,100000").split(",").map(Number);
  const perLineAll = option("per-line") === "all";
  const n = reps(1);
  const started = performance.now();
  const rows: Row[] = [];
  const measure = async (name: Subject, lines: number): Promise<Row> => {
    const runs: Measured[] = [];
    for (let i = 0; i < n; i++) {
      runs.push((await runSubject(import.meta.filename, name, { lines }, 1_800_000)) as unknown as Measured);
    }
    const first = runs[0] as Measured;
    return {
      subject: name,
      lines,
      scaled: false,
      requests: first.requests,
      requestsPerLine: first.requests / lines,
      status429: first.status429,
      simulatedMinutes: first.simulatedMs / 60_000,
      wallMs: minMedian(runs.map((r) => r.wallMs)),
      cpuMs: minMedian(runs.map((r) => r.cpuMs)),
      peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    };
  };
  let perLineBase: Row | undefined;
  for (const lines of sizes) {
    rows.push(await measure("summary", lines));
    rows.push(await measure("detail", lines));
    if (perLineAll || perLineBase === undefined || lines <= 10_000) {
      perLineBase = await measure("per-line", lines);
      rows.push(perLineBase);
    } else {
      // One request per line plus the same fixed requests (token, header); the limit then costs
      // one full window per 6,000 requests after the first 6,000, which is what the measured size
      // shows (10,010 requests: one window, 5 simulated minutes), and ~8 refusals (the client's
      // concurrency) each time a window fills.
      const requests = lines + (perLineBase.requests - perLineBase.lines);
      const windows = Math.floor((requests - 1) / D365_LIMIT.requests);
      const measuredWindows = Math.floor((perLineBase.requests - 1) / D365_LIMIT.requests);
      rows.push({
        ...perLineBase,
        lines,
        scaled: true,
        requests,
        requestsPerLine: requests / lines,
        status429: measuredWindows > 0 ? Math.round((perLineBase.status429 / measuredWindows) * windows) : 0,
        simulatedMinutes: (windows * D365_LIMIT.windowMs) / 60_000,
        wallMs: null,
        cpuMs: null,
        peakRssMiB: null,
      });
    }
  }
  const fix = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  say(`\nD365 writes: a settlement of N lines, D365 limit 6,000 requests / 5 min, ${n} run(s) each`);
  say(
    table(
      rows.map((r) => ({
        subject: r.subject + (r.scaled ? " (scaled)" : ""),
        lines: r.lines.toLocaleString("en-US"),
        requests: r.requests.toLocaleString("en-US"),
        "% of lines": `${fix(r.requestsPerLine * 100, 2)} %`,
        "429s": r.status429,
        "simulated min": fix(r.simulatedMinutes),
        "wall s min/med": r.wallMs ? `${fix(r.wallMs.min / 1000)} / ${fix(r.wallMs.median / 1000)}` : "-",
        "cpu s min/med": r.cpuMs ? `${fix(r.cpuMs.min / 1000)} / ${fix(r.cpuMs.median / 1000)}` : "-",
        "peak RSS MiB": r.peakRssMiB ?? "-",
      })),
    ),
  );
  const at100k = rows.find((r) => r.subject === "summary" && r.lines === 100_000);
  if (at100k) {
    say(
      `summary at 100,000 lines: ${at100k.requests} requests = ${fix(at100k.requestsPerLine * 100, 2)} % of lines (goal ≤ 1 %)`,
    );
  }
  const seconds = fix((performance.now() - started) / 1000);
  if (jsonMode) {
    process.stdout.write(`${JSON.stringify({ bench: "d365-writes", reps: n, seconds, rows })}\n`);
  } else say(`(${seconds} s in all)`);
}

const asSubject = subjectArgs();
if (asSubject) await subject(asSubject.name as Subject, Number(asSubject.params.lines));
else await main();
