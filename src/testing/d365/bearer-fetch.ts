/**
 * A minimal authenticated `fetch` for talking to the D365 simulator in tests: gets a
 * client-credentials token from the simulator's Entra endpoint and sets `Authorization: Bearer`.
 * Production code uses the SDK's Entra token provider instead.
 */
import type { Clock } from "../../core/clock.js";
import { AuthError } from "../../core/errors.js";

/** Where and how to get the token. */
export interface SimulatorCredentials {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scope: string;
  readonly clock: Clock;
}

/** An authenticated fetch plus the number of tokens it fetched. */
export interface BearerFetch {
  (request: Request): Promise<Response>;
  readonly tokensFetched: number;
}

/**
 * Creates a fetch that adds a bearer token from the simulator, cached until a minute before it
 * expires on the simulator's clock. Looks up `globalThis.fetch` on each call so msw intercepts it.
 * @example
 * const d365 = createD365Client({ environmentUrl: sim.state.environmentUrl, fetch: simulatorBearerFetch(sim.state) });
 */
export function simulatorBearerFetch(credentials: SimulatorCredentials): BearerFetch {
  let token: { value: string; refreshAt: number } | undefined;
  let fetched = 0;
  const getToken = async (): Promise<string> => {
    if (token && credentials.clock.now() < token.refreshAt) return token.value;
    const res = await globalThis.fetch(credentials.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        scope: credentials.scope,
      }),
    });
    const body = (await res.json()) as {
      access_token?: string;
      expires_in?: number;
      error_description?: string;
    };
    if (!res.ok || !body.access_token) {
      throw new AuthError(`the simulator's Entra endpoint refused the token request (${res.status})`, {
        code: "ENTRA_REFUSED",
        where: { system: "entra", path: "/{tenant}/oauth2/v2.0/token" },
        hint: body.error_description?.split(/\r?\n/)[0] ?? "check the simulator's credentials",
      });
    }
    fetched++;
    token = {
      value: body.access_token,
      refreshAt: credentials.clock.now() + ((body.expires_in ?? 3599) - 60) * 1000,
    };
    return token.value;
  };
  const bearer = async (request: Request): Promise<Response> => {
    const authorized = new Request(request);
    authorized.headers.set("Authorization", `Bearer ${await getToken()}`);
    return globalThis.fetch(authorized);
  };
  return Object.defineProperty(bearer, "tokensFetched", { get: () => fetched }) as BearerFetch;
}
