/**
 * The reconciliation page in a real browser: headless Chromium (from npm, `@sparticuz/chromium`, or
 * the system's `chromium` when one is installed) opens the page written from a real run, with no
 * network. The figures on screen must be the run report's, nothing may log to the console, and the
 * page must make no request but its own file. A screenshot is kept under test/.artifacts/.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SettlementRunReport } from "../../src/sync/connector.js";
import {
  loadReconciliationEntries,
  type ReconciliationReportEntry,
  renderReconciliationReport,
  summarizePlan,
} from "../../src/sync/report-html.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { arrangeSync, CA, publish, server, US } from "./harness.js";

const ARTIFACTS = path.resolve("test/.artifacts");

async function launch(userDataDir: string): Promise<{ browser: Browser; launchMs: number; from: string }> {
  const puppeteer = (await import("puppeteer-core")).default;
  let executablePath: string;
  let from: string;
  try {
    executablePath = execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
    from = "system chromium";
  } catch {
    const chromium = (await import("@sparticuz/chromium")).default;
    executablePath = await chromium.executablePath();
    from = "@sparticuz/chromium";
  }
  const started = performance.now();
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      // The npm build is made for serverless hosts, where it runs as one process.
      ...(from === "@sparticuz/chromium" ? ["--single-process", "--no-zygote"] : []),
    ],
  });
  return { browser, launchMs: Math.round(performance.now() - started), from };
}

let report: SettlementRunReport;
let entries: ReconciliationReportEntry[];
let dir: string;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
  // Canada is not in the mapping: its settlements park, so the page shows a parked item too.
  const { [CA]: _, ...marketplaces } = simulatorMapping.marketplaces as Record<string, never>;
  const h = await arrangeSync({ mapping: { ...simulatorMapping, marketplaces }, orders: 80 });
  await publish(h, [US, CA], 2);
  report = await h.connector.run("settlements");
  entries = await loadReconciliationEntries(h.storage, report.settlements);
  dir = mkdtempSync(path.join(tmpdir(), "mlc-report-html-"));
  server.close();
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("renderReconciliationReport", () => {
  it("sums each posting plan to the posted lines the engine read back from D365", () => {
    const reconciled = entries.filter((e) => e.settlement.state === "reconciled");
    expect(reconciled.length).toBeGreaterThanOrEqual(2);
    for (const e of reconciled) {
      expect(e.plan).not.toBeNull();
      const plan = summarizePlan(e.plan as NonNullable<typeof e.plan>);
      expect(plan.total).toBe(e.settlement.reconciliation?.postedLines);
      expect(plan.closing?.amount).toBe(e.settlement.reconciliation?.clearingLine);
    }
  });

  it("escapes what it prints: a reason with markup stays text", () => {
    const [first] = entries;
    if (!first) throw new Error("no entries");
    const html = renderReconciliationReport(
      [
        {
          ...first,
          settlement: { ...first.settlement, state: "parked", reason: "<script>alert(1)</script>" },
        },
      ],
      { generatedAt: "2026-01-01T00:00:00Z" },
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shows the run report's figures in Chromium, with no console errors and no requests", async () => {
    const file = path.join(dir, "report.html");
    writeFileSync(file, renderReconciliationReport(entries, { source: "test store" }));
    const { browser, launchMs, from } = await launch(path.join(dir, "profile"));
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warn") problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`pageerror: ${String(e)}`));
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      const shown = await page.$$eval("section[data-record]", (sections) =>
        sections.map((s) => ({
          record: s.getAttribute("data-record"),
          state: s.querySelector(".state")?.textContent,
          marketplace: s.querySelector('[data-field="marketplace"]')?.textContent,
          legalEntity: s.querySelector('[data-field="legalEntity"]')?.textContent,
          parked: s.querySelector('[data-field="parked"]')?.textContent ?? null,
          figures: Object.fromEntries(
            ["deposit", "clearingLine", "postedLines", "finances", "difference"].map((f) => [
              f,
              // biome-ignore lint/performance/useDomNodeTextContent: what is rendered on screen is the point
              (s.querySelector(`table.figures [data-figure="${f}"]`) as HTMLElement | null)?.innerText,
            ]),
          ),
          align: getComputedStyle(s.querySelector('[data-figure="deposit"]') as Element).textAlign,
        })),
      );
      expect(shown.map((s) => s.record)).toEqual(report.settlements.map((s) => s.record));
      for (const [i, s] of report.settlements.entries()) {
        const on = shown[i];
        expect(on?.state).toBe(s.state);
        expect(on?.marketplace).toBe(s.marketplaceId ?? "—");
        expect(on?.legalEntity).toBe(s.legalEntity ?? "—");
        expect(on?.align).toBe("right");
        const r = s.reconciliation;
        expect(on?.figures).toEqual({
          deposit: r?.deposit ?? "—",
          clearingLine: r?.clearingLine ?? "—",
          postedLines: r?.postedLines ?? "—",
          finances: r?.finances ?? "—",
          difference: r?.difference ?? "—",
        });
        if (s.state === "parked") {
          expect(on?.parked).toContain(s.reason as string);
          expect(on?.parked).toContain(s.hint as string);
        } else expect(on?.parked).toBeNull();
      }
      expect(report.counts.parked).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, "reconciliation-report.png"), fullPage: true });
      // Launch time depends on the machine; it is reported, never asserted.
      console.info(`chromium (${from}) launched in ${launchMs} ms`);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
