import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderExample } from "./posting-example.js";

const doc = path.resolve(import.meta.dirname, "../../docs/posting-model.md");

/** The fenced block tagged `posting-example`, lines trimmed and runs of blanks made one. */
function exampleBlock(markdown: string): string[] {
  const match = /```text posting-example\n([\s\S]*?)```/.exec(markdown);
  if (!match?.[1]) throw new Error("docs/posting-model.md has no ```text posting-example block");
  return tidy(match[1]);
}

const tidy = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim().replace(/\s+/g, " "))
    .filter(Boolean);

describe("docs/posting-model.md", () => {
  it("the worked example's figures are the ones buildSettlementPosting computes from the real sample", async () => {
    const written = exampleBlock(await readFile(doc, "utf8"));
    const computed = tidy(await renderExample());
    expect(written).toEqual(computed);
    // The example is the month-end case the doc claims it is.
    expect(written.filter((l) => l.startsWith("voucher"))).toEqual([
      "voucher AMZ91894961-1 activity 2025-08",
      "voucher AMZ91894961-2 activity 2025-09",
      "voucher AMZ91894961-3 deposit 2025-09",
    ]);
    expect(written).toContain("clearing 110180-004-025 balance 138.00");
  });
});
