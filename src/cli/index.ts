#!/usr/bin/env node
import { runCli } from "./run.js";

// No top-level await: the CLI is also built as CommonJS.
runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ml-connector: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
