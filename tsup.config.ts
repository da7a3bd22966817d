import { defineConfig } from "tsup";

/** One entry per subpath of the `exports` map; keep the two in step (the pack smoke test checks). */
export const entries = {
  index: "src/index.ts",
  "core/index": "src/core/index.ts",
  "amazon/index": "src/amazon/index.ts",
  "d365/index": "src/d365/index.ts",
  "mapping/index": "src/mapping/index.ts",
  "sync/index": "src/sync/index.ts",
  "storage/memory/index": "src/storage/memory/index.ts",
  "storage/sqlite/index": "src/storage/sqlite/index.ts",
  "storage/postgres/index": "src/storage/postgres/index.ts",
  "testing/index": "src/testing/index.ts",
  "cli/index": "src/cli/index.ts",
};

export default defineConfig({
  entry: entries,
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
  splitting: true,
  treeshake: true,
  // src/core/peer.ts loads optional peers with createRequire(import.meta.url); the shim gives the
  // CommonJS build an import.meta.url.
  shims: true,
  // Drivers and msw are optional peers: never bundle them, load them only from the subpaths that need them.
  external: ["better-sqlite3", "pg", "msw", /^msw\//],
});
