import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
    // Starts a throwaway PostgreSQL server unless ML_CONNECTOR_PG_URL names one (see the file).
    globalSetup: ["./test/support/postgres-global-setup.ts"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
