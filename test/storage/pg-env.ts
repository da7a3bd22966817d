/**
 * Where the PostgreSQL tests find their server. By default the run's global setup
 * (test/support/postgres-global-setup.ts) starts a throwaway server and provides its URL; set
 * ML_CONNECTOR_PG_URL to use a server of your own instead, or ML_CONNECTOR_SKIP_POSTGRES=1 to skip
 * the PostgreSQL tests on purpose. An unreachable server is a test failure, never a silent pass.
 */
import pg from "pg";
import { inject } from "vitest";

export const SKIP_POSTGRES = process.env.ML_CONNECTOR_SKIP_POSTGRES === "1";

const url = process.env.ML_CONNECTOR_PG_URL || inject("pgUrl");
if (url) {
  // Child processes a test spawns (workers, the CLI) inherit the environment, so they reach the
  // same server without being told.
  process.env.ML_CONNECTOR_PG_URL = url;
}

/** The server's URL; empty when neither ML_CONNECTOR_PG_URL nor the global setup supplied one. */
export const PG_URL = url ?? "";

/** Resolves undefined when the server answers, else a message saying how to fix it. */
export async function probePostgres(): Promise<string | undefined> {
  if (!PG_URL) {
    return [
      "No PostgreSQL server: ML_CONNECTOR_PG_URL is not set and the test run's global setup",
      "(test/support/postgres-global-setup.ts, listed in vitest.config.ts) provided none.",
      "Run the tests through `npm test`, point ML_CONNECTOR_PG_URL at a server you own,",
      "or set ML_CONNECTOR_SKIP_POSTGRES=1 to skip the PostgreSQL tests on purpose.",
    ].join(" ");
  }
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (error) {
    const safeUrl = PG_URL.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
    return [
      `PostgreSQL is not reachable at ${safeUrl}: ${(error as Error).message}.`,
      "Unset ML_CONNECTOR_PG_URL to let the test run start its own server,",
      "point it at a server you own that is running,",
      "or set ML_CONNECTOR_SKIP_POSTGRES=1 to skip the PostgreSQL tests on purpose.",
    ].join(" ");
  } finally {
    await client.end().catch(() => {});
  }
}

let n = 0;
/** A fresh schema name for one test, unique across processes. */
export function freshSchema(prefix = "mlc_test"): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}_${n++}`;
}
