#!/usr/bin/env node
// Packs ml-connector as npm would publish it, checks what it holds and its unpacked size, lints the
// tarball (publint, attw), installs it into a scratch project, imports every subpath from ESM and
// CJS and typechecks a consumer of each format. Exits non-zero on any problem. The `npm pack` report
// is left in .tmp/pack-smoke/pack.json for test/pack/pack.test.ts.
//
// The scratch project sits under .tmp/ inside the repository, so the tarball's dependencies and
// optional peers (pg, better-sqlite3, msw) resolve from the repository's node_modules without a
// network install: what is tested is the packed files and the exports map, exactly.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = path.join(root, ".tmp", "pack-smoke");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", ...opts });

const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const subpaths = Object.keys(pkg.exports).filter((k) => k !== "./package.json");

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const skipBuild = process.argv.includes("--no-build");
if (!skipBuild) {
  process.stdout.write("pack-smoke: building\n");
  run("npm", ["run", "build", "--silent"]);
}
const packed = JSON.parse(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work]));
writeFileSync(path.join(work, "pack.json"), JSON.stringify(packed[0], null, 2));
const tarball = path.join(work, packed[0].filename);
process.stdout.write(
  `pack-smoke: packed ${packed[0].filename} (${packed[0].entryCount} files, ${packed[0].size} bytes, ` +
    `${packed[0].unpackedSize} bytes unpacked)\n`,
);

const failures = [];
const check = (label, fn) => {
  try {
    const out = fn();
    process.stdout.write(`pack-smoke: ok   ${label}\n`);
    return out;
  } catch (e) {
    failures.push(label);
    process.stdout.write(
      `pack-smoke: FAIL ${label}\n${e.stdout ?? ""}${e.stderr ?? ""}${e.stdout || e.stderr ? "" : e.message}\n`,
    );
  }
};

/**
 * What an install costs a user: the unpacked package stays under this many bytes (≈ 0.95 MB packed
 * today). The budget catches the regressions that would each add a megabyte or more — source maps,
 * a second set of declarations, a bundled driver — not a new flow's code: it went from 5.0 to 5.5 MB
 * when the listings flow (feed schemas, product-type validation) arrived at 5.03 MB.
 */
const UNPACKED_BUDGET = 5_500_000;
check(`unpacked size under ${UNPACKED_BUDGET} bytes`, () => {
  if (packed[0].unpackedSize >= UNPACKED_BUDGET) {
    throw new Error(`unpacked size is ${packed[0].unpackedSize} bytes`);
  }
});
check("ships docs/, examples/, LICENSE and CHANGELOG.md", () => {
  const paths = packed[0].files.map((f) => f.path);
  const missing = ["docs/", "examples/", "LICENSE", "CHANGELOG.md", "README.md"].filter((p) =>
    p.endsWith("/") ? !paths.some((f) => f.startsWith(p)) : !paths.includes(p),
  );
  if (missing.length) throw new Error(`missing from the package: ${missing.join(", ")}`);
});

check("publint --strict", () => run(bin("publint"), ["run", tarball, "--strict"]));
check("attw --profile node16", () =>
  run(bin("attw"), [tarball, "--profile", "node16", "--format", "table-flipped"]),
);

const project = path.join(work, "project");
const installed = path.join(project, "node_modules", "ml-connector");
mkdirSync(installed, { recursive: true });
run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
writeFileSync(
  path.join(project, "package.json"),
  JSON.stringify({ name: "smoke", private: true, type: "module" }),
);

const specifiers = subpaths.map((s) => (s === "." ? "ml-connector" : `ml-connector/${s.slice(2)}`));
writeFileSync(
  path.join(project, "esm.mjs"),
  `${specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join("\n")}
const mods = [${specifiers.map((_, i) => `m${i}`).join(", ")}];
const empty = ${JSON.stringify(specifiers)}.filter((_, i) => Object.keys(mods[i]).length === 0);
console.log(JSON.stringify({ loaded: mods.length, empty }));
`,
);
writeFileSync(
  path.join(project, "cjs.cjs"),
  `const specs = ${JSON.stringify(specifiers)};
const root = require("ml-connector");
const loadedDrivers = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](pg|better-sqlite3|msw)[\\\\/]/.test(k));
if (loadedDrivers.length) { console.error("importing ml-connector loaded " + loadedDrivers[0]); process.exit(1); }
if (typeof root.Money !== "function" || typeof root.createSpApiClient !== "function") { console.error("root exports missing"); process.exit(1); }
for (const s of specs) require(s);
console.log(JSON.stringify({ loaded: specs.length }));
`,
);
check("import every subpath (ESM)", () => run(process.execPath, ["esm.mjs"], { cwd: project }));
check("require every subpath (CJS), root loads no driver", () =>
  run(process.execPath, ["cjs.cjs"], { cwd: project }),
);
// A consumer of each module format typechecks against the packed declarations, with the library
// checked too (skipLibCheck off): the ESM .d.ts re-export the .d.cts, so both must resolve.
const typeProbe = (
  kind,
) => `${specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join("\n")}
import { Money } from "ml-connector";
const total: Money = Money.parse("1.50", "USD").plus(Money.parse("2", "USD"));
// @ts-expect-error a number is not Money (proves the types are real, not any)
const wrong: Money = 1;
export const ${kind} = [total.toString(), wrong, ${specifiers.map((_, i) => `m${i}`).join(", ")}];
`;
writeFileSync(path.join(project, "types-esm.mts"), typeProbe("esm"));
writeFileSync(path.join(project, "types-cjs.cts"), typeProbe("cjs"));
writeFileSync(
  path.join(project, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: {
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "es2022",
      lib: ["es2022", "dom"],
      types: ["node"],
      strict: true,
      skipLibCheck: false,
      noEmit: true,
    },
    files: ["types-esm.mts", "types-cjs.cts"],
  }),
);
check("types check for ESM and CJS consumers (tsc, nodenext)", () =>
  run(bin("tsc"), ["-p", path.join(project, "tsconfig.json")], { cwd: project }),
);
check("bin runs", () => {
  const out = run(process.execPath, [path.join(installed, pkg.bin["ml-connector"]), "help"], {
    cwd: project,
  });
  if (!out.includes("ml-connector")) throw new Error(`unexpected help output: ${out}`);
  return out;
});

if (failures.length) {
  process.stdout.write(`pack-smoke: ${failures.length} check(s) failed: ${failures.join("; ")}\n`);
  process.exit(1);
}
process.stdout.write("pack-smoke: all checks passed\n");
