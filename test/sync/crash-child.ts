/**
 * A connector process for the crash tests: runs the settlement flow against the simulator server
 * named in CRASH_SIM and kills itself with SIGKILL at the point named in CRASH_AT:
 *   transition:N             right after the N-th record transition was written
 *   before|after:METHOD:RE:K just before the K-th request whose method and URL match, or right
 *                            after its response arrived (the remote side has committed)
 * Without CRASH_AT it runs to the end and prints the run report as JSON.
 */

import { staticKeyProvider } from "../../src/core/key-provider.js";
import { createCredentialVault } from "../../src/core/vault.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { createConnector } from "../../src/sync/connector.js";

interface SimInfo {
  readonly amazon: {
    baseUrl: string;
    lwaEndpoint: string;
    sellerId: string;
    clientId: string;
    clientSecret: string;
    refreshToken: string;
  };
  readonly d365: {
    environmentUrl: string;
    authority: string;
    tenantId: string;
    clientId: string;
    clientSecret: string;
  };
}

const sim = JSON.parse(process.env.CRASH_SIM ?? "{}") as SimInfo;
const db = process.env.CRASH_DB ?? "";
const at = process.env.CRASH_AT ?? "";
const die = () => process.kill(process.pid, "SIGKILL");

if (at.startsWith("before:") || at.startsWith("after:")) {
  const [phase, method, pattern, nth] = at.split(":") as [string, string, string, string];
  const re = new RegExp(pattern);
  let seen = 0;
  const inner = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const hit = request.method === method && re.test(request.url) && ++seen === Number(nth);
    if (hit && phase === "before") die();
    const response = await inner(request);
    if (hit && phase === "after") {
      await response.clone().arrayBuffer();
      die();
    }
    return response;
  };
}

const storage = sqliteStorage({ path: db });
await storage.migrate();
const vault = createCredentialVault({
  storage,
  keys: staticKeyProvider({ keys: { 1: Buffer.alloc(32, 7) }, current: 1 }),
});
await vault.putCredentials(`amazon:${sim.amazon.sellerId}`, {
  clientId: sim.amazon.clientId,
  clientSecret: sim.amazon.clientSecret,
  refreshToken: sim.amazon.refreshToken,
});
await vault.putCredentials("d365:sim", {
  tenantId: sim.d365.tenantId,
  clientId: sim.d365.clientId,
  clientSecret: sim.d365.clientSecret,
});
const connector = createConnector({
  storage,
  vault,
  leaseMs: 2_000,
  // A lease must outlast one remote call: with 2-second leases, each attempt is given 1.5 seconds.
  timeouts: { amazonMs: 1_500, d365Ms: 1_500 },
  amazon: {
    sellers: [
      {
        sellerId: sim.amazon.sellerId,
        region: "na",
        credentials: { vault: `amazon:${sim.amazon.sellerId}` },
        endpoints: { spApi: sim.amazon.baseUrl, lwa: sim.amazon.lwaEndpoint },
      },
    ],
  },
  d365: {
    environmentUrl: sim.d365.environmentUrl,
    authority: sim.d365.authority,
    credentials: { vault: "d365:sim" },
  },
  mapping: JSON.parse(process.env.CRASH_MAPPING ?? "{}"),
  posting: { maxLinesPerJournal: Number(process.env.CRASH_MAX_LINES ?? 1000) },
});
if (at.startsWith("transition:")) {
  let n = 0;
  const target = Number(at.slice("transition:".length));
  connector.on("transition", () => {
    if (++n === target) die();
  });
}
const report = await connector.run("settlements");
await storage.close();
process.stdout.write(`${JSON.stringify(report)}\n`);
