/**
 * Where the PostgreSQL tests find their server. Set ML_CONNECTOR_PG_URL to point elsewhere;
 * set ML_CONNECTOR_SKIP_POSTGRES=1 to skip them explicitly. An unreachable server without that
 * variable is a test failure, never a silent pass.
 */
import pg from "pg";

/** @default postgres://postgres:postgres@127.0.0.1:5432/postgres (what `.ci/postgres.sh` sets up) */
export const PG_URL =
  process.env.ML_CONNECTOR_PG_URL ?? "postgres://postgres:postgres@127.0.0.1:5432/postgres";

export const SKIP_POSTGRES = process.env.ML_CONNECTOR_SKIP_POSTGRES === "1";

/** Resolves undefined when the server answers, else a message saying how to fix it. */
export async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (error) {
    const safeUrl = PG_URL.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
    return [
      `PostgreSQL is not reachable at ${safeUrl}: ${(error as Error).message}.`,
      "Start it with `sudo .ci/postgres.sh` (installs and starts the Debian package, prints the URL),",
      "or point ML_CONNECTOR_PG_URL at a server you own,",
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
