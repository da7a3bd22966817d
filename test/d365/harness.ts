/** Shared arrangement of the D365 tests: a simulator on a simulated clock, and a client on top. */
import { setupServer } from "msw/node";
import { createSimulatedClock, type SimulatedClock } from "../../src/core/clock.js";
import { createRetryPolicy, type RetryPolicyOptions } from "../../src/core/retry.js";
import { staticTokenProvider } from "../../src/core/token-provider.js";
import { createD365Client, type D365Client } from "../../src/d365/client.js";
import {
  createD365Simulator,
  type D365Simulator,
  type D365SimulatorOptions,
} from "../../src/testing/d365/simulator.js";

export const server = setupServer();

export interface Harness {
  readonly clock: SimulatedClock;
  readonly sim: D365Simulator;
  readonly d365: D365Client;
}

/** Gets a token from the simulator's Entra endpoint (until the SDK's Entra provider lands). */
async function simulatorToken(sim: D365Simulator): Promise<string> {
  const res = await fetch(sim.state.tokenUrl, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: sim.state.clientId,
      client_secret: sim.state.clientSecret,
      scope: sim.state.scope,
    }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token from the simulator (${res.status})`);
  return body.access_token;
}

/** Starts a fresh simulator (installed on `server`) and a client with auth, retry and a shared clock. */
export async function arrange(
  options: D365SimulatorOptions & { retry?: RetryPolicyOptions } = {},
): Promise<Harness> {
  const clock = createSimulatedClock({ start: Date.UTC(2026, 2, 1) });
  const { retry, ...simOptions } = options;
  const sim = createD365Simulator({ clock, ...simOptions });
  server.resetHandlers(...sim.handlers);
  const token = await simulatorToken(sim);
  const d365 = createD365Client({
    environmentUrl: sim.state.environmentUrl,
    tokens: staticTokenProvider(token, { header: "authorization", scheme: "Bearer" }),
    clock,
    retry: createRetryPolicy({ random: () => 0.5, ...retry }),
  });
  return { clock, sim, d365 };
}

/** What the simulator holds, minus empty tables (an empty table is not a change D365 would show). */
export function holdings(sim: D365Simulator): string {
  const snap = JSON.parse(sim.state.fingerprint()) as { sets: [string, unknown[]][] } & Record<
    string,
    unknown
  >;
  return JSON.stringify({ ...snap, sets: snap.sets.filter(([, rows]) => rows.length > 0) });
}
