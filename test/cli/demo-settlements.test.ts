/**
 * `ml-connector demo --settlements DIR`: a seller's own settlement files, posted through the engine
 * into the simulators. Every real sample reconciles with difference 0 and a second run creates
 * nothing; files of MX, FR, IT, ES and JP land in their own legal entities; an unreadable file is
 * reported by name and the others still run.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import type { DemoReport } from "../../src/cli/demo.js";
import { runCli } from "../../src/cli/run.js";
import { generateSettlement } from "../../src/testing/data/amazon-data.js";
import { writeSettlement } from "../../src/testing/data/settlement-writer.js";

const samples = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples", "settlements");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function demo(args: string[]): Promise<{ code: number; report: DemoReport; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["demo", "--json", ...args], {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  });
  return { code, report: JSON.parse(out.join("")) as DemoReport, err: err.join("") };
}

/** A generated settlement file, re-labelled for another marketplace of the same number format. */
function generated(format: "US" | "DE" | "JP", id: string, relabel: [string, string][] = []): string {
  const s = generateSettlement({ seed: Number(id.slice(-4)), format, lines: 400, settlementId: id });
  let text = [...writeSettlement(s.summary, s.lines(), { format })].join("");
  for (const [from, to] of relabel) text = text.split(from).join(to);
  return text;
}

describe("ml-connector demo --settlements DIR", () => {
  it("posts every real sample once: all reconcile with difference 0, a second run creates nothing", async () => {
    const { code, report, err } = await demo(["--settlements", samples]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const files = readdirSync(samples).filter((n) => n.endsWith(".txt"));
    expect(report.files?.map((f) => f.name).sort()).toEqual(files.sort());
    expect(report.files?.every((f) => f.error === null)).toBe(true);
    expect(report.settlements).toHaveLength(files.length);
    for (const s of report.settlements) {
      expect(s.state, `${s.settlementId}: ${s.reason}`).toBe("reconciled");
      expect(s.difference).toMatch(/^0(\.0+)?$/);
    }
    expect(new Set(report.settlements.map((s) => s.currency))).toEqual(new Set(["USD", "CAD", "GBP", "EUR"]));
    expect(report.secondPass.created).toBe(0);
  });

  it("lands MX, FR, IT, ES and JP files (gzipped too) in their own legal entities, and reports an unreadable file by name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mlc-demo-files-"));
    dirs.push(dir);
    copyFileSync(path.join(samples, "v2-us-usd-21574497411.txt"), path.join(dir, "us.txt"));
    writeFileSync(
      path.join(dir, "mx.txt"),
      generated("US", "61000000001", [
        ["Amazon.com", "Amazon.com.mx"],
        ["\tUSD\t", "\tMXN\t"],
      ]),
    );
    writeFileSync(
      path.join(dir, "fr.txt.gz"),
      gzipSync(generated("DE", "61000000002", [["Amazon.de", "Amazon.fr"]])),
    );
    writeFileSync(path.join(dir, "it.txt"), generated("DE", "61000000003", [["Amazon.de", "Amazon.it"]]));
    writeFileSync(path.join(dir, "es.txt"), generated("DE", "61000000004", [["Amazon.de", "Amazon.es"]]));
    writeFileSync(path.join(dir, "jp.txt"), generated("JP", "61000000005"));
    writeFileSync(path.join(dir, "broken.txt"), "this is not a settlement report\n");
    const { code, report } = await demo(["--settlements", dir]);
    expect(code).toBe(1);
    const broken = report.files?.find((f) => f.name === "broken.txt");
    expect(broken?.error).toMatch(/\S/);
    const entities = Object.fromEntries(
      report.settlements.map((s) => [s.settlementId, [s.legalEntity, s.state]]),
    );
    expect(entities).toMatchObject({
      "21574497411": ["USMF", "reconciled"],
      "61000000001": ["MXMF", "reconciled"],
      "61000000002": ["FRRT", "reconciled"],
      "61000000003": ["ITCO", "reconciled"],
      "61000000004": ["ESMF", "reconciled"],
      "61000000005": ["JPMF", "reconciled"],
    });
    expect(report.secondPass.created).toBe(0);
  });
});
