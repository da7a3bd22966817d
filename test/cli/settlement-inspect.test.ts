import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type SettlementInspectJson, settlementInspect } from "../../src/cli/settlement-inspect.js";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");
const samples = path.resolve(repoRoot, "..", "shared", "samples", "settlements");
const tmp = mkdtempSync(path.join(tmpdir(), "settlement-inspect-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await settlementInspect(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe("ml-connector settlement inspect", () => {
  it.each(readdirSync(samples).filter((f) => f.endsWith(".txt")))(
    "%s: --json reports a reconciled settlement",
    async (file) => {
      const { code, stdout, stderr } = await run(path.join(samples, file), "--json");
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as SettlementInspectJson;
      expect(Object.keys(out)).toEqual(
        expect.arrayContaining([
          "settlementId",
          "currency",
          "startDate",
          "endDate",
          "depositDate",
          "totalAmount",
          "computedTotal",
          "lineCount",
          "reconciled",
          "totals",
        ]),
      );
      expect(out.settlementId).toBe(file.match(/(\d+)\.txt$/)![1]);
      expect(out.reconciled).toBe(true);
      expect(out.computedTotal).toBe(out.totalAmount);
      expect(out.totals.length).toBeGreaterThan(0);
      for (const t of out.totals) expect(t.amount).toMatch(/^-?\d+\.\d{2,}$/);
    },
  );

  it("prints a readable report of the US sample", async () => {
    const { code, stdout } = await run(path.join(samples, "v2-us-usd-21574497411.txt"));
    expect(code).toBe(0);
    expect(stdout).toContain("Settlement 21574497411  (V2, USD, utf-8)");
    expect(stdout).toContain("period          2024-10-09T14:28:38Z → 2024-10-23T14:28:39Z");
    expect(stdout).toContain("deposit date    2024-10-25T14:28:39Z");
    expect(stdout).toContain("total-amount    1977.17 USD");
    expect(stdout).toContain("computed sum    1977.17 USD");
    expect(stdout).toContain("reconciled      yes");
    expect(stdout).toContain("lines           327 (327 amounts)");
    expect(stdout).toMatch(/Order\s+ItemPrice\s+Principal\s+52\s+3449\.50/);
    expect(stdout).toMatch(/other-transaction\s+other-transaction\s+Current Reserve Amount\s+1\s+-1412\.23/);
  });

  it("exits 1 and shows the difference when a file does not reconcile", async () => {
    const text = readFileSync(path.join(samples, "v2-de-eur-22988491762.txt"), "utf8").replace(
      "\t128,84\t",
      "\t128,94\t",
    );
    const file = path.join(tmp, "off-by-ten-cents.txt");
    writeFileSync(file, text);
    const human = await run(file);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain("reconciled      NO — difference -0.10 EUR");
    expect(human.stderr).toContain("does not reconcile: difference -0.10 EUR");
    const json = await run(file, "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      reconciled: false,
      difference: "-0.10",
      totalAmount: "128.94",
      computedTotal: "128.84",
    });
  });

  it("exits 1 with a located error when the file does not parse", async () => {
    const text = readFileSync(path.join(samples, "v2-uk-gbp-23208776292.txt"), "utf8").replace(
      "\t39.99\t",
      "\t39.9.9\t",
    );
    const file = path.join(tmp, "broken.txt");
    writeFileSync(file, text);
    const human = await run(file);
    expect(human.code).toBe(1);
    expect(human.stderr).toMatch(/Malformed amount "39\.9\.9".*broken\.txt:3:15/);
    const json = await run(file, "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).error).toMatchObject({
      code: "SETTLEMENT_BAD_AMOUNT",
      where: { line: 3, column: 15 },
    });
  });

  it("exits 1 for a missing file and 2 for bad usage", async () => {
    const missing = await run(path.join(tmp, "nope.txt"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no such file");
    expect((await run()).code).toBe(2);
    expect((await run("a.txt", "b.txt")).code).toBe(2);
    expect((await run("a.txt", "--bogus")).code).toBe(2);
    expect((await run("a.txt", "--number-format", "semicolon")).code).toBe(2);
  });

  it("passes --encoding and --number-format through", async () => {
    const { code, stdout } = await run(
      path.join(samples, "v2-uk-gbp-23208776292.txt"),
      "--json",
      "--encoding",
      "windows-1252",
      "--number-format",
      "dot",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      encoding: "windows-1252",
      numberFormat: "dot",
      reconciled: true,
    });
  });
});
