#!/usr/bin/env node
// Writes docs/errors.md, the reference of every error code ml-connector throws, from the source:
// the error classes of src/core/errors.ts (their TSDoc says what each kind means), the
// StorageErrorCode table, and every place an error is built with a literal code (its message says
// what happened, its hint what to do). `--check` writes nothing and exits 1 when the file is stale.
//
//   node scripts/errors-doc.mjs           regenerate docs/errors.md
//   node scripts/errors-doc.mjs --check   fail if docs/errors.md is not what the source says
//   … --out FILE                          another file in place of docs/errors.md
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outAt = process.argv.indexOf("--out");
const target = outAt === -1 ? path.join(root, "docs", "errors.md") : path.resolve(process.argv[outAt + 1]);
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
// Fields that only an error's options carry; an object with `code` and none of them is data (a marketplace).
const ERROR_FIELDS = new Set(["where", "hint", "cause", "retryable", "message"]);

/** Source files that build errors users can meet: not the simulators (they fake remote errors). */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "testing" ? [] : sourceFiles(full);
      return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [full] : [];
    })
    .sort();
}

/** The text of a string or template literal, `${…}` parts shown as `…`; undefined for anything else. */
function literalText(node) {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((s) => `…${s.literal.text}`).join("");
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = literalText(node.left);
    const right = literalText(node.right);
    return left !== undefined || right !== undefined ? `${left ?? "…"}${right ?? "…"}` : undefined;
  }
  if (ts.isConditionalExpression(node)) return literalText(node.whenTrue) ?? literalText(node.whenFalse);
  return undefined;
}

function docComment(node) {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? "").join(" ");
  return text
    .replace(/\{@link ([^}]+)\}/g, "`$1`")
    .replace(/\s+/g, " ")
    .trim();
}

function enclosing(node, test) {
  for (let p = node.parent; p; p = p.parent) if (test(p)) return p;
  return undefined;
}

const classes = new Map(); // name -> { doc, base, code }
const codes = new Map(); // code -> { classes:Set, messages:[], hints:[], files:Set, retryable:Set }

function entry(code) {
  if (!codes.has(code)) {
    codes.set(code, { classes: new Set(), messages: [], hints: [], files: new Set(), retryable: new Set() });
  }
  return codes.get(code);
}

function note(code, { file, className, message, hint, retryable }) {
  const e = entry(code);
  e.files.add(path.relative(root, file).split(path.sep).join("/"));
  if (className) e.classes.add(className);
  if (message && !e.messages.includes(message)) e.messages.push(message);
  if (hint && !e.hints.includes(hint)) e.hints.push(hint);
  if (retryable !== undefined) e.retryable.add(retryable);
}

function property(object, name) {
  return object.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name);
}

function retryableOf(object) {
  const p = property(object, "retryable");
  if (!p) return undefined;
  if (p.initializer.kind === ts.SyntaxKind.TrueKeyword) return "yes";
  if (p.initializer.kind === ts.SyntaxKind.FalseKeyword) return "no";
  return "depends";
}

/** The error class a file constructs most often: what its positional helpers throw. */
function mainClass(source) {
  const counts = new Map();
  const walk = (n) => {
    if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) {
      counts.set(n.expression.getText(), (counts.get(n.expression.getText()) ?? 0) + 1);
    }
    ts.forEachChild(n, walk);
  };
  walk(source);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

for (const file of sourceFiles(path.join(root, "src"))) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      const base = node.heritageClauses?.[0]?.types[0]?.expression.getText();
      if (base && (base === "Error" || classes.has(base) || /Error$/.test(base))) {
        classes.set(node.name.text, { doc: docComment(node), base, code: undefined, file });
      }
    }
    // `export const StorageErrorCode = { Conflict: "STORAGE_CONFLICT", … }`, each with its TSDoc.
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText() === "StorageErrorCode" &&
      node.initializer &&
      ts.isAsExpression(node.initializer) &&
      ts.isObjectLiteralExpression(node.initializer.expression)
    ) {
      for (const p of node.initializer.expression.properties) {
        const code = literalText(p.initializer);
        if (code && CODE.test(code)) note(code, { file, className: "StorageError", message: docComment(p) });
      }
    }
    // `options.code ?? "AUTH_ERROR"`: a class's default code.
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken &&
      /\.code$/.test(node.left.getText()) &&
      ts.isStringLiteral(node.right) &&
      CODE.test(node.right.text)
    ) {
      const cls = enclosing(node, ts.isClassDeclaration);
      if (cls?.name && classes.has(cls.name.text)) {
        classes.get(cls.name.text).code = node.right.text;
        note(node.right.text, { file, className: cls.name.text });
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      const codeProp = property(node, "code");
      const code =
        codeProp && ts.isStringLiteral(codeProp.initializer) ? codeProp.initializer.text : undefined;
      const call =
        ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent) ? node.parent : undefined;
      const isSuper =
        call && ts.isCallExpression(call) && call.expression.kind === ts.SyntaxKind.SuperKeyword;
      const looksLikeError =
        node.properties.some((p) => p.name && ERROR_FIELDS.has(p.name.getText())) ||
        (call !== undefined && ts.isNewExpression(call) && /Error$/.test(call.expression.getText()));
      if (code && CODE.test(code) && (isSuper || looksLikeError)) {
        const cls = enclosing(node, ts.isClassDeclaration);
        const className = isSuper
          ? cls?.name?.text
          : call && ts.isNewExpression(call)
            ? call.expression.getText()
            : undefined;
        if (isSuper && cls?.name && classes.has(cls.name.text)) classes.get(cls.name.text).code ??= code;
        note(code, {
          file,
          className,
          message: isSuper
            ? undefined
            : (literalText(call?.arguments?.[0]) ?? literalText(property(node, "message")?.initializer)),
          hint: literalText(property(node, "hint")?.initializer),
          retryable: retryableOf(node),
        });
      }
    }
    // Positional codes: `this.fail("SETTLEMENT_BAD_AMOUNT", message, line, hint)`, `make(message, "ENTRA_…", hint)`.
    if (
      ts.isCallExpression(node) &&
      node.arguments.length >= 2 &&
      /(fail|error|make|refus)\w*$/i.test(node.expression.getText())
    ) {
      const at = node.arguments.findIndex(
        (a) => ts.isStringLiteral(a) && CODE.test(a.text) && a.text.includes("_"),
      );
      if (at !== -1) {
        const texts = node.arguments.map(literalText);
        const message = at === 0 ? texts[1] : texts[at - 1];
        const hint = texts
          .slice(at + 1)
          .find((t, i) => t !== undefined && (at !== 0 || i > 0) && t.length > 20);
        if (message !== undefined)
          note(node.arguments[at].text, { file, className: mainClass(source), message, hint });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

// A code seen only as a class default takes its meaning from the class's TSDoc.
for (const [name, info] of classes) {
  if (info.code && codes.has(info.code)) {
    const e = codes.get(info.code);
    e.classes.add(name);
    if (e.messages.length === 0 && info.doc) e.messages.push(info.doc);
  }
}
// What to do, for codes whose source gives no hint of its own (class defaults, the storage table).
// A code without a hint falls back to its class's entry here.
const ACTIONS = {
  AMAZON_API_ERROR:
    "read `errors[]` and the request id on the error: a 4xx needs the request, the marketplace or the app's roles fixed; 5xx and 429 were already retried, so replay the call later",
  AUTH_ERROR:
    "check the credential the message names; a revoked or expired grant needs the seller or admin to authorize again",
  CONFIG_INVALID:
    "fix each option listed in `issues` (its `path` names it); nothing was sent anywhere, so simply construct again",
  D365_ODATA_ERROR:
    "read `odata.message` and the line or field the message names; fix the data or the mapping in D365, then replay",
  FILE_NOT_READABLE: "check the path and that this process may read the file",
  MAPPING_ERROR: "add the entries listed in `issues` to the mapping document, then replay the parked records",
  MONEY_ERROR:
    "pass amounts as decimal strings in one currency; a bug if it comes from ml-connector's own arithmetic",
  PEER_MISSING:
    "run the `npm install` command the message gives (the package is an optional peer dependency)",
  SETTLEMENT_PARSE_ERROR:
    "the line and column are in `where`; download the original report again (an edited or truncated file fails here), and report the file if it still fails",
  STORAGE_ERROR:
    "check the database is reachable and migrated (`storage.migrate()`); retry when `retryable` is true",
  STORAGE_CLOSED: "do not use a storage adapter after `close()`; create a new one",
  STORAGE_LEASE_LOST:
    "another worker took the record over after this lease expired: stop working on it; raise the lease time if work takes longer",
  STORAGE_MIGRATION_FAILED:
    "check the database user may create tables in the schema, then run `storage.migrate()` again",
  STORAGE_NOT_FOUND: "check the id; the record may have been removed",
  STORAGE_UNAVAILABLE:
    "the database could not be reached or was busy: retry, and check its connection settings",
  THROTTLED: "lower concurrency or wait until `retryAfterMs` has passed, then replay the call",
  TRANSPORT_ERROR: "check connectivity to the host in the message; the call can be replayed",
  UNEXPECTED:
    "an audit-trail code: the call failed with an error that is not a ConnectorError; its message is in the audit entry",
  VALIDATION_ERROR: "fix each problem listed in `issues` (its `path` names the field)",
  VAULT_ERROR: "check the master key (ML_CONNECTOR_MASTER_KEY) is the one the record was written with",
};

const clean = (text) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
const sentence = (text) => {
  const t = clean(text);
  return t ? `${t[0].toUpperCase()}${t.slice(1)}${/[.!?)]$/.test(t) ? "" : "."}` : "";
};

const lines = [];
lines.push("# Error codes");
lines.push("");
lines.push(
  "<!-- Generated by `node scripts/errors-doc.mjs` from the source; do not edit. A test fails when it is stale. -->",
);
lines.push("");
lines.push(
  "Every error ml-connector throws is a `ConnectorError`: `code` (below), `retryable`, `where` (system,",
  "operation, record, file/line) and `hint` (what to do, also the end of the message). Test for kinds with",
  "the realm-safe guards (`isConnectorError`, `isConfigError`, `isAuthError`, …), not `instanceof`. The",
  "command line exits 3 on `CONFIG_INVALID` and `PEER_MISSING`, 1 on the others (see [cli.md](cli.md)).",
);
lines.push("");
lines.push("## Kinds");
lines.push("");
lines.push("| class | extends | default code | what it means |");
lines.push("|---|---|---|---|");
for (const [name, info] of [...classes].sort(([a], [b]) => a.localeCompare(b))) {
  if (!info.file.includes(`${path.sep}core${path.sep}errors.ts`) && !info.code) continue;
  lines.push(
    `| \`${name}\` | \`${info.base}\` | ${info.code ? `\`${info.code}\`` : "—"} | ${clean(info.doc)} |`,
  );
}
lines.push("");
lines.push("## Codes");
for (const [code, e] of [...codes].sort(([a], [b]) => a.localeCompare(b))) {
  lines.push("");
  lines.push(`### \`${code}\``);
  lines.push("");
  const facts = [];
  if (e.classes.size > 0)
    facts.push(
      `Thrown as ${[...e.classes]
        .sort()
        .map((c) => `\`${c}\``)
        .join(", ")}`,
    );
  if (e.retryable.size === 1) facts.push(`retryable: ${[...e.retryable][0]}`);
  facts.push(
    `from ${[...e.files]
      .sort()
      .map((f) => `\`${f}\``)
      .join(", ")}`,
  );
  lines.push(`${facts.join(" · ")}.`);
  lines.push("");
  const messages = e.messages.slice(0, 4).map(sentence).filter(Boolean);
  lines.push(`- **What happened:** ${messages.length ? messages.join(" / ") : "see the message."}`);
  const classCode = [...e.classes].map((c) => classes.get(c)?.code).find((c) => c && ACTIONS[c]);
  const fallback = ACTIONS[code] ?? (classCode ? ACTIONS[classCode] : undefined);
  const hints = (
    e.hints.length ? e.hints.slice(0, 4) : [fallback ?? "read the message; it names what failed and where"]
  )
    .map(sentence)
    .filter(Boolean);
  lines.push(`- **What to do:** ${hints.join(" / ")}`);
}
lines.push("");
const text = lines.join("\n");

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== text) {
    process.stderr.write(
      "docs/errors.md is stale: run `node scripts/errors-doc.mjs` and commit the result\n",
    );
    process.exit(1);
  }
  process.stdout.write(`docs/errors.md is up to date (${codes.size} codes)\n`);
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote docs/errors.md (${codes.size} codes)\n`);
}
