/**
 * A connector process for the crash tests (test/sync/crash-points.test.ts and the kill schedules,
 * test/chaos/schedules-kill.chaos.ts, through test/support/crash-run.ts): runs the settlement flow against the simulator server
 * named in CRASH_SIM and kills itself with SIGKILL at the point named in CRASH_AT:
 *   transition:N             right after the N-th record transition was written
 *   before|after:METHOD:RE:K just before the K-th request whose method and URL match, or right
 *                            after its response arrived (the remote side has committed)
 * Without CRASH_AT it runs to the end and prints the run report as JSON. With CRASH_PROVISIONAL=1
 * it also runs the provisional flow (posting on) after the settlements, and its report is printed
 * under `provisional`; a point prefixed `provisional/` counts only what that second run does.
 */

import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { createConnector } from "../../src/sync/connector.js";
import { type SimConnection, type SimSellerCredentials, simConnections, simVault } from "./sim-connector.js";

/** The server's connection; its one simulated seller's credentials come with its Amazon endpoints. */
const sim = JSON.parse(process.env.CRASH_SIM ?? "{}") as SimConnection & {
  readonly amazon: SimSellerCredentials;
};
const db = process.env.CRASH_DB ?? "";
const provisional = process.env.CRASH_PROVISIONAL === "1";
const point = process.env.CRASH_AT ?? "";
const at = point.replace(/^provisional\//, "");
// A `provisional/` point arms once the settlements are done: it falls inside the provisional run.
let armed = at === point;
const die = () => process.kill(process.pid, "SIGKILL");

if (at.startsWith("before:") || at.startsWith("after:")) {
  const [phase, method, pattern, nth] = at.split(":") as [string, string, string, string];
  const re = new RegExp(pattern);
  let seen = 0;
  const inner = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const hit = armed && request.method === method && re.test(request.url) && ++seen === Number(nth);
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
const vault = await simVault(storage, sim, [sim.amazon]);
const connector = createConnector({
  storage,
  vault,
  leaseMs: 2_000,
  // A lease must outlast one remote call: with 2-second leases, each attempt is given 1.5 seconds.
  timeouts: { amazonMs: 1_500, d365Ms: 1_500 },
  ...simConnections(sim, [sim.amazon]),
  mapping: JSON.parse(process.env.CRASH_MAPPING ?? "{}"),
  posting: { maxLinesPerJournal: Number(process.env.CRASH_MAX_LINES ?? 1000) },
  ...(provisional ? { provisional: { post: true } } : {}),
});
if (at.startsWith("transition:")) {
  let n = 0;
  const target = Number(at.slice("transition:".length));
  connector.on("transition", () => {
    if (armed && ++n === target) die();
  });
}
const report = await connector.run("settlements");
// After the settlements: a closed group's provisional journal is reversed once its settlement is reconciled.
armed = true;
const provisionalReport = provisional ? await connector.run("provisional") : undefined;
await storage.close();
process.stdout.write(
  `${JSON.stringify({ ...report, ...(provisionalReport ? { provisional: provisionalReport } : {}) })}\n`,
);
