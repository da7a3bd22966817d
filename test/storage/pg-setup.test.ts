/**
 * The PostgreSQL server the tests use reaches child processes too: a process a test spawns finds
 * ML_CONNECTOR_PG_URL in its environment and talks to the very server the test talks to.
 */
import { execFileSync } from "node:child_process";
import pg from "pg";
import { expect, test } from "vitest";
import { PG_URL, probePostgres, SKIP_POSTGRES } from "./pg-env.js";

const ask = "SELECT inet_server_port() AS port, pg_postmaster_start_time()::text AS started";

test.skipIf(SKIP_POSTGRES)("a spawned child process reaches the same PostgreSQL server", async () => {
  const problem = await probePostgres();
  if (problem) throw new Error(problem);
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  const here = (await client.query(ask)).rows[0] as { port: number; started: string };
  await client.end();

  // The child is told nothing: it must find the URL in the environment it inherits.
  const child = `
    const pg = require("pg");
    const c = new pg.Client({ connectionString: process.env.ML_CONNECTOR_PG_URL });
    c.connect().then(() => c.query(${JSON.stringify(ask)})).then((r) => {
      process.stdout.write(JSON.stringify(r.rows[0]));
      return c.end();
    }).catch((e) => { console.error(e.message); process.exit(1); });`;
  const out = execFileSync(process.execPath, ["-e", child], { encoding: "utf8" });
  expect(JSON.parse(out)).toEqual(here);
});
