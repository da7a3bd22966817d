// TypeDoc over the package's exports map: one entry point per subpath, HTML into docs/api/
// (gitignored). `npm run docs` fails on any warning, so a broken {@link} or a public type that
// references an unexported one is caught in CI.
import { OptionDefaults } from "typedoc";

/** @type {Partial<import("typedoc").TypeDocOptions>} */
const config = {
  name: "ml-connector",
  entryPoints: [
    "src/index.ts",
    "src/core/index.ts",
    "src/amazon/index.ts",
    "src/d365/index.ts",
    "src/mapping/index.ts",
    "src/sync/index.ts",
    "src/storage/memory/index.ts",
    "src/storage/sqlite/index.ts",
    "src/storage/postgres/index.ts",
    "src/testing/index.ts",
  ],
  tsconfig: "tsconfig.json",
  out: "docs/api",
  readme: "none",
  excludeInternal: true,
  excludePrivate: true,
  treatWarningsAsErrors: true,
  // No source links: a clone's remote may be a local path (CI), which TypeDoc cannot link to.
  disableSources: true,
  // generated/ comes from openapi-typescript, which writes OpenAPI descriptions as @description.
  blockTags: [...OptionDefaults.blockTags, "@description"],
  // The generated OpenAPI `paths` / `components` trees are typed surfaces, not documented pages:
  // the domain types exported from each subpath are the reference.
  // Loosen and Schemas are type-level helpers inside D365Create / D365Entity.
  intentionallyNotExported: [
    "paths",
    "components",
    "src/d365/create-types.ts:Loosen",
    "src/d365/create-types.ts:Schemas",
  ],
};

export default config;
