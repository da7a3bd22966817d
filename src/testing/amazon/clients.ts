/**
 * Typed SP-API clients wired to a simulator: the token is read on every call (so a test can swap,
 * expire or revoke it) and set as `x-amz-access-token` without the auth layer's refresh-and-retry,
 * so tests see Amazon's raw 403. Pacing and retries are off unless asked for, so tests see raw 429s.
 */
import { createSpApiClient, type SpApiClient, type SpApiClientOptions } from "../../amazon/client.js";
import type { Clock } from "../../core/clock.js";
import type { Middleware } from "../../core/pipeline.js";
import { Secret } from "../../core/redact.js";
import type { TokenProvider } from "../../core/token-provider.js";
import type { SimRegion } from "../data/marketplaces.js";
import type { AmazonSimulator } from "./simulator.js";

/** A token provider that returns whatever `current()` says and never refreshes on refusal. */
export function rawTokenProvider(current: () => string | undefined): TokenProvider {
  const getToken = async () => new Secret(current() ?? "");
  const layer: Middleware = async (request, ctx, next) => {
    const token = current();
    if (token === undefined) return next(request, ctx);
    const headers = new Headers(request.headers);
    headers.set("x-amz-access-token", token);
    return next(new Request(request, { headers }), ctx);
  };
  return { getToken, invalidate: () => {}, middleware: () => layer };
}

/** Options of {@link createSimulatorClient}. */
export interface SimulatorClientOptions extends Partial<Omit<SpApiClientOptions, "region">> {
  /** @default "na" */
  readonly region?: SimRegion;
  /** The token to send; read on every call. @default tokens issued for the simulator's first seller, renewed before they expire */
  readonly token?: () => string | undefined;
}

/**
 * Creates the typed clients (`createSpApiClient`) against a simulator.
 * @example
 * const amazon = createSimulatorClient(sim, { region: "eu" });
 * const { data } = await amazon.sellers.GET("/sellers/v1/marketplaceParticipations");
 */
export function createSimulatorClient(
  sim: AmazonSimulator<Clock>,
  options: SimulatorClientOptions = {},
): SpApiClient {
  let issued: string | undefined;
  const token =
    options.token ??
    (() => {
      // Like a real token provider: a new token once the last one has expired.
      const last = issued === undefined ? undefined : sim.state.tokens.get(issued);
      if (!last || last.expiresAt - 60_000 <= sim.clock.now()) issued = sim.state.issueAccessToken();
      return issued;
    });
  const { token: _token, region, ...rest } = options;
  return createSpApiClient({
    region: region ?? "na",
    clock: sim.clock,
    limiter: false,
    retry: false,
    sellerId: sim.state.seller.sellerId,
    ...rest,
    tokens: rest.tokens ?? rawTokenProvider(token),
  });
}
