import { defineConfig, type Options } from "tsup";

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

/** The entries with types: every subpath; the CLI is only a `bin`. */
const typedEntries = Object.fromEntries(Object.entries(entries).filter(([name]) => name !== "cli/index"));

const shared: Options = {
  entry: entries,
  target: "node20",
  platform: "node",
  splitting: true,
  treeshake: true,
  // src/core/peer.ts loads optional peers with createRequire(import.meta.url); the shim gives the
  // CommonJS build an import.meta.url.
  shims: true,
  // No source maps: they doubled the package, and the shipped code is unminified and readable.
  sourcemap: false,
  // Whitespace and syntax minified, names kept: stack traces stay readable and the package stays under 5.5 MB.
  minifyWhitespace: true,
  minifySyntax: true,
  // Drivers and msw are optional peers: never bundle them, load them only from the subpaths that need them.
  external: ["better-sqlite3", "pg", "msw", /^msw\//],
};

// The package ships one set of declarations, not two copies of the same 2 MB (mostly the generated
// SP-API and OData types): the CJS build writes them as .d.cts, and `scripts/esm-types.mjs` (run
// after tsup by `npm run build`) gives every ESM entry a .d.ts that re-exports its .d.cts. An ES
// module may import CommonJS declarations; the reverse would need the other format's file.
// Each build cleans only its own outputs, because the two run at the same time.
export default defineConfig([
  { ...shared, format: ["esm"], dts: false, clean: ["!**/*.cjs", "!**/*.d.cts"] },
  { ...shared, format: ["cjs"], dts: { entry: typedEntries }, clean: ["!**/*.js"] },
]);
