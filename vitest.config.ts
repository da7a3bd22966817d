import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("./src/", import.meta.url));

export default defineConfig({
  // Examples import the package by its public name, as a host does; tsconfig's `paths` map the
  // same names for the typechecker.
  resolve: {
    alias: [
      { find: /^ml-connector$/, replacement: `${src}index.ts` },
      { find: /^ml-connector\/(.+)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: ["test/**/*.test.ts", "examples/**/*.test.ts"],
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
