import { writeFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";
import { chaosSettings } from "./settings.js";
import { buildSummary, collectFigures, type FailedTest, formatSummary } from "./summary.js";

/** Where the JSON summary goes unless `CHAOS_RESULTS` says otherwise. */
export const RESULTS_FILE = "test/chaos/results.json";

/**
 * Adds up the figures every worker left, counts the failed tests, writes `test/chaos/results.json`
 * and prints the summary (and, with `--json`, the JSON on stdout).
 */
export default class ChaosReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const settings = chaosSettings();
    const failed: FailedTest[] = [];
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      for (const test of tests) {
        const result = test.result();
        if (result.state !== "failed") continue;
        failed.push({
          file: module.moduleId.replace(`${process.cwd()}/`, ""),
          name: test.fullName,
          message: (result.errors?.[0]?.message ?? "").slice(0, 2000),
        });
      }
      if (module.state() === "failed" && tests.length === 0) {
        failed.push({
          file: module.moduleId.replace(`${process.cwd()}/`, ""),
          name: "(file failed to load)",
          message: (module.errors()[0]?.message ?? "").slice(0, 2000),
        });
      }
    }
    const { figures, failures } = settings.figuresDir
      ? collectFigures(settings.figuresDir)
      : { figures: {}, failures: [] };
    const summary = buildSummary(figures, failures, failed, settings);
    const out = process.env.CHAOS_RESULTS || RESULTS_FILE;
    writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
    process.stdout.write(`\n${formatSummary(summary)}\n  JSON: ${out}\n`);
    if (process.env.CHAOS_JSON === "1") process.stdout.write(`${JSON.stringify(summary)}\n`);
  }
}
