#!/usr/bin/env node
// Runs after tsup (`npm run build`): gives every ESM entry of the `exports` map its declaration
// file, `dist/<entry>.d.ts`, as a re-export of the CJS declarations `dist/<entry>.d.cts`. The
// package then carries one set of declarations (see tsup.config.ts). Fails when an entry's .d.cts
// is missing or has a default export, which `export *` would not carry over.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

let written = 0;
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (typeof target === "string") continue; // ./package.json
  const esmTypes = target.import?.types;
  const cjsTypes = target.require?.types;
  if (!esmTypes?.endsWith(".d.ts") || !cjsTypes?.endsWith(".d.cts")) {
    throw new Error(`exports["${subpath}"]: expected import.types *.d.ts and require.types *.d.cts`);
  }
  if (path.dirname(esmTypes) !== path.dirname(cjsTypes)) {
    throw new Error(`exports["${subpath}"]: the .d.ts and .d.cts must sit in the same folder`);
  }
  const cjsFile = path.join(root, cjsTypes);
  if (!existsSync(cjsFile)) throw new Error(`${cjsTypes} is missing: run tsup first`);
  if (/\bexport default\b|\bas default\b/.test(readFileSync(cjsFile, "utf8"))) {
    throw new Error(`${cjsTypes} has a default export, which \`export *\` does not re-export`);
  }
  const specifier = `./${path.basename(cjsTypes).replace(/\.d\.cts$/, ".cjs")}`;
  writeFileSync(path.join(root, esmTypes), `export * from ${JSON.stringify(specifier)};\n`);
  written++;
}
process.stdout.write(`esm-types: wrote ${written} .d.ts re-exports\n`);
