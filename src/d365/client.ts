import createClient, { type Client } from "openapi-fetch";
import { z } from "zod";
import type { paths } from "../../generated/d365/data-entities.js";
import { entitySets } from "../../generated/d365/entity-sets.js";
import { httpsUrlOption, parseOptions, transportOptionsShape } from "../core/options.js";
import {
  type CallOptions,
  createClientPipeline,
  type OperationRef,
  type Pipeline,
  type TransportOptions,
} from "../core/pipeline.js";
import { createConcurrencyLimiter, type RateLimiter } from "../core/rate-limiter.js";
import { createRetryPolicy } from "../core/retry.js";
import type { TokenProvider } from "../core/token-provider.js";

export type D365Paths = paths;

export interface D365ClientOptions extends TransportOptions {
  /** The environment URL, e.g. `https://contoso.operations.dynamics.com`. */
  readonly environmentUrl: string;
  /** Supplies the Entra ID bearer token. */
  readonly tokens?: TokenProvider;
  /**
   * Limits concurrent requests to the environment (service protection counts them).
   * @default createConcurrencyLimiter({ maxConcurrent: 8 })
   */
  readonly limiter?: RateLimiter | false;
}

/** The typed OData client rooted at `<environment>/data`, plus its pipeline. */
export interface D365Client {
  readonly odata: Client<D365Paths>;
  readonly pipeline: Pipeline;
  /** `https://host/data` without a trailing slash. */
  readonly serviceRoot: string;
  readonly environmentUrl: string;
  fetchFor(options: CallOptions): (request: Request) => Promise<Response>;
}

/** Finds the entity set a D365 request addresses: `/data/LedgerJournalLines(...)` → `LedgerJournalLines`. */
export function resolveD365Operation(request: Request): OperationRef | undefined {
  const { pathname } = new URL(request.url);
  const match = /\/data\/(\$batch|[A-Za-z0-9_]+)/.exec(pathname);
  if (!match?.[1]) return undefined;
  const set = match[1];
  const known = set === "$batch" || Object.hasOwn(entitySets, set);
  return {
    api: "d365",
    operationId: `${request.method.toUpperCase()} ${known ? set : "(unknown)"}`,
    path: `/data/${known ? set : "(unknown)"}`,
    rate: null,
    burst: null,
    restricted: false,
  };
}

const environmentUrlOption = httpsUrlOption;

const d365OptionsSchema = z.looseObject(
  { ...transportOptionsShape, environmentUrl: environmentUrlOption },
  { error: "options must be an object" },
);

/**
 * Checks and normalizes an environment URL: https (http only on loopback), no path, no trailing slash.
 * @throws ConfigError naming `environmentUrl`, e.g. for `http://contoso.operations.dynamics.com`.
 */
export function normalizeEnvironmentUrl(environmentUrl: string): string {
  parseOptions(
    z.object({ environmentUrl: environmentUrlOption }),
    { environmentUrl },
    {
      system: "d365",
      operation: "normalizeEnvironmentUrl",
    },
  );
  const url = new URL(environmentUrl);
  return `${url.protocol}//${url.host}`;
}

/**
 * Creates the typed D365 F&O OData client rooted at `/data/`, on the transport pipeline
 * (audit → retry → concurrency limit → auth → fetch).
 * @example
 * const d365 = createD365Client({ environmentUrl: "https://contoso.operations.dynamics.com", tokens });
 * const { data } = await d365.odata.GET("/LegalEntities", { params: { query: { $select: ["LegalEntityId"] } } });
 */
export function createD365Client(options: D365ClientOptions): D365Client {
  parseOptions(d365OptionsSchema, options, { system: "d365", operation: "createD365Client" });
  const environmentUrl = normalizeEnvironmentUrl(options.environmentUrl);
  const serviceRoot = `${environmentUrl}/data`;
  const pipeline = createClientPipeline(options, {
    system: "d365",
    partition: new URL(environmentUrl).host,
    resolveOperation: resolveD365Operation,
    defaultLimiter: () => createConcurrencyLimiter({ maxConcurrent: 8 }),
    defaultRetry: () => createRetryPolicy(),
  });
  const odata = createClient<D365Paths>({
    baseUrl: serviceRoot,
    fetch: pipeline.fetch,
    // OData wants $select=A,B, not $select=A&$select=B.
    querySerializer: { array: { style: "form", explode: false } },
    // Decimals travel as strings both ways, so no amount ever passes through a JS number.
    headers: { accept: "application/json;IEEE754Compatible=true", "odata-version": "4.0" },
  });
  return { odata, pipeline, serviceRoot, environmentUrl, fetchFor: pipeline.fetchFor };
}
