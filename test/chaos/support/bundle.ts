/**
 * Child-process workers bundled once per run. Starting a worker through `node --import tsx` makes
 * tsx load and transform the whole source tree on every start, which costs seconds of CPU on a
 * loaded two-core CI machine; the kill and pg-boss schedules start dozens of workers. One esbuild
 * bundle per worker script (dependencies left to node_modules) starts in a fraction of that.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const bundles = new Map<string, Promise<string>>();

/**
 * The path of a runnable ESM bundle of `entry` (a .ts file), built on first use in this process.
 * It sits under node_modules/.cache so that its bare imports resolve to the repository's packages.
 */
export function bundledWorker(entry: string): Promise<string> {
  let out = bundles.get(entry);
  if (!out) {
    out = (async () => {
      const dir = path.join(root, "node_modules", ".cache", "ml-connector-chaos", String(process.pid));
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${path.basename(entry, ".ts")}.mjs`);
      await build({
        entryPoints: [entry],
        outfile: file,
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        packages: "external",
        sourcemap: "inline",
        logLevel: "error",
      });
      return file;
    })();
    bundles.set(entry, out);
  }
  return out;
}
