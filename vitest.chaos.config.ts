import { defineConfig } from "vitest/config";

/**
 * `npm run test:chaos` (through test/chaos/run.ts, which sets the seed, the number of inputs and
 * the figures directory): fuzzing, canaries and fault schedules. Kept apart from `npm test`
 * because it runs for minutes, not seconds.
 */
export default defineConfig({
  test: {
    include: ["test/chaos/**/*.chaos.ts"],
    setupFiles: ["./test/chaos/support/setup.ts"],
    // PostgreSQL for the pg-boss schedules (started only when they run; see the file).
    globalSetup: ["./test/chaos/support/postgres-setup.ts"],
    reporters: ["default", "./test/chaos/support/chaos-reporter.ts"],
    // A property runs many inputs; each input has its own time box (test/chaos/support/fuzz.ts).
    testTimeout: 15 * 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // CI has two cores; more workers would only fight over them.
    maxWorkers: 2,
  },
});
