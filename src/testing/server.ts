/**
 * `startSimulatorServer()`: the Amazon and D365 simulators behind one loopback HTTP port, so a
 * connector in another process (one a test may SIGKILL) talks to them over real HTTP while the
 * simulated state lives on in this process.
 *
 * URL scheme on `http://127.0.0.1:<port>`:
 *
 * | path | answers as |
 * |---|---|
 * | `/amazon/{na,eu,fe}/…` | `https://sellingpartnerapi-{region}.amazon.com/…` (SP-API, Tokens API included) |
 * | `/amazon/{na,eu,fe}-sandbox/…` | the region's sandbox host |
 * | `/lwa/auth/o2/token` | `https://api.amazon.com/auth/o2/token` (Login with Amazon) |
 * | `/s3/{na,eu,fe}/…` | the region's report/feed document host (pre-signed URLs point here) |
 * | `/entra/{tenant}/oauth2/v2.0/token` | Microsoft Entra ID (the D365 simulator's authority) |
 * | `/data/…` | D365 F&O OData: the environment URL is the server's root, since D365 clients take a host without a path |
 * | `/__sim/…` | the control API ({@link createSimulatorControl}) |
 *
 * Requests are answered by the simulators' own msw handlers through msw's `getResponse`, so the
 * server and the in-process simulators are the same code; a simulated network failure resets the
 * connection.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { RequestHandler } from "msw";
import type { EntitySetInfo, EntitySetName } from "../../generated/d365/entity-sets.js";
import { entitySets } from "../../generated/d365/entity-sets.js";
import { spApiHosts } from "../amazon/regions.js";
import type { Clock } from "../core/clock.js";
import { isConnectorError } from "../core/errors.js";
import { documentHosts } from "./amazon/documents.js";
import type { FaultSettings as AmazonFaultSettings } from "./amazon/faults.js";
import { lwaTokenUrl } from "./amazon/lwa.js";
import type { LoadedSettlementFile } from "./amazon/settlement-files.js";
import {
  type AmazonSimulator,
  type AmazonSimulatorOptions,
  createAmazonSimulator,
} from "./amazon/simulator.js";
import type { StoredValue } from "./d365/edm.js";
import { createD365Simulator, type D365Simulator, type D365SimulatorOptions } from "./d365/simulator.js";
import type { FaultSettings as D365FaultSettings, FaultRule } from "./d365/throttle.js";
import type { SimRegion } from "./data/marketplaces.js";
import { msw } from "./msw.js";

/** A clock the control API can move forward. {@link SimulatedClock} is one. */
export interface AdvancingClock extends Clock {
  /** Moves time forward by `ms`. */
  advance(ms: number): Promise<void>;
}

/**
 * Simulated time that flows with the wall clock from `start`, plus every `advance()`. Flowing
 * time is what clients in other processes expect: their own limiters and token caches run on real
 * time, so the simulator's usage-plan buckets must refill and its tokens expire at the same pace.
 */
export function createFlowingClock(start: number): AdvancingClock {
  const origin = performance.now();
  let offset = 0;
  return {
    now: () => start + Math.floor(performance.now() - origin) + offset,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = setTimeout(resolve, Math.max(0, ms));
        signal?.addEventListener(
          "abort",
          () => {
            clearTimeout(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      }),
    async advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`advance takes a non-negative number of milliseconds, got ${ms}`);
      offset += ms;
    },
  };
}

/** Options of {@link startSimulatorServer}. */
export interface SimulatorServerOptions {
  /** @default 0 (a free port) */
  readonly port?: number;
  /** Seed of both simulators' generated data. @default 1 */
  readonly seed?: number;
  /**
   * The simulated time at start (epoch ms or Date); time then flows with the wall clock.
   * @default 2026-01-01T00:00:00Z
   */
  readonly start?: number | Date;
  /** Replaces the flowing clock, e.g. with `createSimulatedClock()` for a fully controlled run in one process. */
  readonly clock?: AdvancingClock;
  /** Settlement flat files, or directories of them, to load at start (see `loadSettlementFile`). */
  readonly settlements?: readonly string[];
  /** Further Amazon simulator options (its clock, seed and URLs are the server's). */
  readonly amazon?: Omit<AmazonSimulatorOptions<AdvancingClock>, "clock" | "seed" | "publicUrl">;
  /** Further D365 simulator options (its clock, environment URL and authority are the server's). */
  readonly d365?: Omit<D365SimulatorOptions, "clock" | "environmentUrl" | "authority">;
}

/** The Amazon endpoints and simulated credentials a client needs. */
export interface SimulatorAmazonEndpoints {
  /** `createSpApiClient({ region: "na", baseUrl })`: the NA production host. */
  readonly baseUrl: string;
  /** Production base URL per region. */
  readonly baseUrls: Readonly<Record<SimRegion, string>>;
  /** Sandbox base URL per region. */
  readonly sandboxBaseUrls: Readonly<Record<SimRegion, string>>;
  /** `lwaTokenProvider({ endpoint })`. */
  readonly lwaEndpoint: string;
  /** The simulated seller's LWA app credentials: simulator values, not secrets. */
  readonly sellerId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly refreshToken: string;
}

/** The D365 endpoints and simulated credentials a client needs. */
export interface SimulatorD365Endpoints {
  /** `createD365Client({ environmentUrl })` and `entraTokenProvider({ environmentUrl })`. */
  readonly environmentUrl: string;
  /** `entraTokenProvider({ authority })`. */
  readonly authority: string;
  /** The simulated app registration: simulator values, not secrets. */
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** A running simulator server. */
export interface SimulatorServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  readonly amazon: SimulatorAmazonEndpoints;
  readonly d365: SimulatorD365Endpoints;
  /** Base URL of the control API (`<url>/__sim`), for {@link createSimulatorControl}. */
  readonly controlUrl: string;
  readonly amazonSim: AmazonSimulator<AdvancingClock>;
  readonly d365Sim: D365Simulator;
  readonly clock: AdvancingClock;
  /** The settlement files loaded at start. */
  readonly loaded: readonly LoadedSettlementFile[];
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Paths of the settlement files under `paths` (files as given; directories: their `.txt`, `.tsv`, `.gz` files, sorted). */
async function settlementPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      const names = (await readdir(p)).filter((n) => /\.(txt|tsv|csv|gz)$/i.test(n)).sort();
      out.push(...names.map((n) => join(p, n)));
    } else out.push(p);
  }
  return out;
}

/**
 * Starts both simulators behind one HTTP server on 127.0.0.1 and returns the endpoint overrides a
 * client in any process needs.
 * @example
 * const server = await startSimulatorServer({ settlements: ["./settlements"] });
 * const tokens = lwaTokenProvider({ ...server.amazon, endpoint: server.amazon.lwaEndpoint });
 * const amazon = createSpApiClient({ region: "na", baseUrl: server.amazon.baseUrl, tokens });
 * // … in another process: createSimulatorControl(server.url).state()
 * await server.close();
 */
export async function startSimulatorServer(options: SimulatorServerOptions = {}): Promise<SimulatorServer> {
  const start =
    options.start instanceof Date ? options.start.getTime() : (options.start ?? Date.UTC(2026, 0, 1));
  const clock = options.clock ?? createFlowingClock(start);
  // Set once both simulators exist; the port is known first, since their URLs contain it.
  let handlers: RequestHandler[] | undefined;

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        sendJson(res, 500, { error: { code: "SIMULATOR_SERVER_ERROR", message: errorMessage(e) } });
      } else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  const regions = Object.keys(spApiHosts) as SimRegion[];
  const routes: readonly { prefix: string; origin: string }[] = [
    { prefix: "/lwa", origin: new URL(lwaTokenUrl).origin },
    ...regions.flatMap((r) => [
      { prefix: `/amazon/${r}`, origin: spApiHosts[r].production },
      { prefix: `/amazon/${r}-sandbox`, origin: spApiHosts[r].sandbox },
      { prefix: `/s3/${r}`, origin: documentHosts[r] },
    ]),
  ];
  const publicUrl = (virtual: string) => {
    for (const r of routes) {
      if (virtual === r.origin || virtual.startsWith(`${r.origin}/`) || virtual.startsWith(`${r.origin}?`))
        return `${url}${r.prefix}${virtual.slice(r.origin.length)}`;
    }
    return virtual;
  };
  const amazon = createAmazonSimulator<AdvancingClock>({
    ...options.amazon,
    clock,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    publicUrl,
  });
  const d365 = createD365Simulator({
    ...options.d365,
    clock,
    environmentUrl: url,
    authority: `${url}/entra`,
  });
  handlers = [...amazon.handlers, ...d365.handlers];

  const loaded: LoadedSettlementFile[] = [];
  try {
    for (const path of await settlementPaths(options.settlements ?? [])) {
      loaded.push(await amazon.state.loadSettlementFile(await readFile(path), { name: path }));
    }
  } catch (e) {
    server.close();
    throw e;
  }

  /** The simulator URL a request to the server stands for. */
  const virtualUrl = (path: string, search: string): string => {
    for (const r of routes) {
      if (path === r.prefix || path.startsWith(`${r.prefix}/`))
        return `${r.origin}${path.slice(r.prefix.length) || "/"}${search}`;
    }
    return `${url}${path}${search}`;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? "/", url);
    const body = await readBody(req);
    if (target.pathname === "/__sim" || target.pathname.startsWith("/__sim/")) {
      return control(req.method ?? "GET", target, body, res);
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const method = (req.method ?? "GET").toUpperCase();
    const request = new Request(virtualUrl(target.pathname, target.search), {
      method,
      headers,
      ...(method === "GET" || method === "HEAD" ? {} : { body: new Uint8Array(body) }),
    });
    const response = handlers ? await msw().getResponse(handlers, request) : undefined;
    if (!response) {
      sendJson(res, 404, {
        error: {
          code: "SIMULATOR_NO_ROUTE",
          message: `No simulator answers ${method} ${target.pathname}`,
          hint: "Amazon is under /amazon/<region>, LWA under /lwa, Entra under /entra, D365 under /data, the control API under /__sim",
        },
      });
      return;
    }
    // A simulated network failure (msw's HttpResponse.error()) resets the connection.
    if (response.type === "error") {
      req.socket.destroy();
      return;
    }
    const out: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      out[name] = value;
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    out["content-length"] = String(bytes.length);
    res.writeHead(response.status, out);
    res.end(bytes);
  }

  async function control(method: string, target: URL, body: Buffer, res: ServerResponse): Promise<void> {
    const path = target.pathname.slice("/__sim".length);
    const json = <T>(): T => {
      try {
        return (body.length ? JSON.parse(body.toString("utf8")) : {}) as T;
      } catch {
        throw new ControlError(400, "SIMULATOR_BAD_JSON", "The request body is not JSON");
      }
    };
    try {
      const answer = await route(method, path, target.searchParams, body, json);
      sendJson(res, 200, answer);
    } catch (e) {
      if (e instanceof ControlError) {
        sendJson(res, e.status, { error: { code: e.code, message: e.message } });
      } else if (isConnectorError(e)) {
        sendJson(res, 422, { error: e.toJSON() });
      } else if (e instanceof RangeError || e instanceof TypeError) {
        sendJson(res, 400, { error: { code: "SIMULATOR_BAD_REQUEST", message: e.message } });
      } else throw e;
    }
  }

  async function route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: Buffer,
    json: <T>() => T,
  ): Promise<unknown> {
    if (!handlers) throw new ControlError(503, "SIMULATOR_STARTING", "The simulators are still starting");
    const a = amazon.state;
    const key = `${method} ${path}`;
    switch (key) {
      case "GET /state":
        return snapshot();
      case "POST /clock/advance": {
        const { ms } = json<{ ms?: unknown }>();
        if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0)
          throw new ControlError(
            400,
            "SIMULATOR_BAD_REQUEST",
            "clock/advance takes { ms: <non-negative number> }",
          );
        await clock.advance(ms);
        a.tick();
        return { now: new Date(clock.now()).toISOString() };
      }
      case "POST /amazon/settlements": {
        const input = json<{ marketplaceId?: unknown; sellerId?: unknown }>();
        if (typeof input.marketplaceId !== "string")
          throw new ControlError(400, "SIMULATOR_BAD_REQUEST", "amazon/settlements takes { marketplaceId }");
        const report = a.publishSettlement({
          marketplaceId: input.marketplaceId,
          ...(typeof input.sellerId === "string" ? { sellerId: input.sellerId } : {}),
        });
        return reportView(report.reportId);
      }
      case "POST /amazon/settlement-files": {
        const marketplaceId = query.get("marketplaceId");
        const sellerId = query.get("sellerId");
        const loadedFile = await a.loadSettlementFile(new Uint8Array(body), {
          name: query.get("name") ?? "settlement file",
          ...(marketplaceId ? { marketplaceId } : {}),
          ...(sellerId ? { sellerId } : {}),
          ...(query.get("gzip") === "true" ? { gzip: true } : {}),
        });
        return loadedView(loadedFile);
      }
      case "POST /amazon/orders": {
        const input = json<{ marketplaceId?: string; sellerId?: string; status?: "Shipped" }>();
        const order = a.addOrder({
          ...(input.marketplaceId ? { marketplaceId: input.marketplaceId } : {}),
          ...(input.sellerId ? { sellerId: input.sellerId } : {}),
          ...(input.status ? { status: input.status } : {}),
        });
        return { orderId: order.orderId, marketplaceId: order.marketplaceId, status: order.status };
      }
      case "POST /amazon/faults": {
        const input = json<{ operationId?: string; settings?: AmazonFaultSettings }>();
        a.faults.set(input.operationId ?? "*", input.settings ?? {});
        return { ok: true };
      }
      case "DELETE /amazon/faults":
        a.faults.clear(query.get("operationId") ?? undefined);
        return { ok: true };
      case "POST /d365/faults": {
        const input = json<{
          rule?: FaultRule;
          target?: string;
          settings?: D365FaultSettings;
          storm?: { count: number; retryAfterSeconds?: number };
        }>();
        if (input.rule) d365.state.throttle.inject(input.rule);
        if (input.settings) d365.state.throttle.set(input.target ?? "*", input.settings);
        if (input.storm) d365.state.throttle.storm(input.storm.count, input.storm.retryAfterSeconds);
        if (!input.rule && !input.settings && !input.storm)
          throw new ControlError(
            400,
            "SIMULATOR_BAD_REQUEST",
            "d365/faults takes { rule } or { target, settings } or { storm }",
          );
        return { ok: true };
      }
      case "DELETE /d365/faults":
        d365.state.throttle.clear();
        return { ok: true };
      case "POST /d365/metadata/hide": {
        const input = json<{ entitySet?: unknown; property?: unknown }>();
        if (typeof input.entitySet !== "string" || !Object.hasOwn(entitySets, input.entitySet))
          throw new ControlError(
            404,
            "SIMULATOR_UNKNOWN_ENTITY_SET",
            `d365/metadata/hide takes { entitySet, property? } naming an entity set of D365; got ${JSON.stringify(input.entitySet)}`,
          );
        d365.state.hideFromMetadata(
          input.entitySet as EntitySetName,
          typeof input.property === "string" ? input.property : undefined,
        );
        return { ok: true };
      }
      case "DELETE /d365/metadata/hide":
        d365.state.restoreMetadata();
        return { ok: true };
    }
    const rows = /^\/d365\/rows\/([A-Za-z0-9_]+)$/.exec(path)?.[1];
    if (rows !== undefined) {
      if (!Object.hasOwn(entitySets, rows))
        throw new ControlError(404, "SIMULATOR_UNKNOWN_ENTITY_SET", `D365 has no entity set ${rows}`);
      const set = rows as EntitySetName;
      if (method === "GET") return { value: d365.state.rows(set, query.get("company") ?? undefined) };
      if (method === "POST") {
        const values = json<Record<string, StoredValue>>();
        return { value: d365.state.put(set, values), keys: (entitySets[set] as EntitySetInfo).keys };
      }
    }
    throw new ControlError(404, "SIMULATOR_NO_ROUTE", `The control API has no ${key}`);
  }

  function reportView(reportId: string) {
    const r = amazon.state.reports.get(reportId);
    if (!r) throw new RangeError(`No report ${reportId}`);
    return {
      reportId: r.reportId,
      reportType: r.reportType,
      reportDocumentId: r.reportDocumentId,
      marketplaceIds: r.marketplaceIds,
      settlementId: r.settlementId,
      processingStatus: r.processingStatus,
      createdTime: new Date(r.createdTime).toISOString(),
    };
  }

  function loadedView(l: LoadedSettlementFile) {
    return {
      name: l.name,
      settlementId: l.settlementId,
      marketplaceId: l.marketplaceId,
      layout: l.layout,
      currency: l.summary.currency,
      totalAmount: l.summary.totalAmount.toString(),
      reconciled: l.reconciled,
      reportId: l.report.reportId,
      reportDocumentId: l.report.reportDocumentId ?? "",
      eventGroupId: l.group.groupId,
    };
  }

  function snapshot() {
    const a = amazon.state;
    a.tick();
    const counts: Record<string, number> = {};
    for (const name of Object.keys(entitySets) as EntitySetName[]) {
      const n = d365.state.rows(name).length;
      if (n > 0) counts[name] = n;
    }
    return {
      now: new Date(clock.now()).toISOString(),
      amazon: {
        sellers: a.sellers.map((s) => ({ sellerId: s.sellerId, marketplaces: s.marketplaces })),
        counters: a.counters,
        calls: a.calls.length,
        orders: a.orders.size,
        settlementReports: [...a.reports.values()]
          .filter((r) => r.settlementId !== undefined)
          .map((r) => reportView(r.reportId)),
        eventGroups: a.eventGroups.map((g) => ({
          groupId: g.groupId,
          marketplaceId: g.marketplaceId,
          settlementId: g.settlementId,
          processingStatus: g.processingStatus,
          source: g.source ?? "schedule",
          start: new Date(g.start).toISOString(),
          end: new Date(g.end).toISOString(),
          total: g.total?.toString(),
          currency: g.currency,
        })),
      },
      d365: {
        requests: d365.state.requests.length,
        tokensIssued: d365.state.tokensIssued,
        rows: counts,
      },
    };
  }

  const seller = amazon.state.seller;
  const base = (r: SimRegion, sandbox: boolean) => `${url}/amazon/${r}${sandbox ? "-sandbox" : ""}`;
  return {
    url,
    port,
    amazon: {
      baseUrl: base("na", false),
      baseUrls: { na: base("na", false), eu: base("eu", false), fe: base("fe", false) },
      sandboxBaseUrls: { na: base("na", true), eu: base("eu", true), fe: base("fe", true) },
      lwaEndpoint: `${url}/lwa${new URL(lwaTokenUrl).pathname}`,
      sellerId: seller.sellerId,
      clientId: seller.clientId,
      clientSecret: seller.clientSecret,
      refreshToken: seller.refreshToken,
    },
    d365: {
      environmentUrl: d365.state.environmentUrl,
      authority: d365.state.authority,
      tenantId: d365.state.tenantId,
      clientId: d365.state.clientId,
      clientSecret: d365.state.clientSecret,
    },
    controlUrl: `${url}/__sim`,
    amazonSim: amazon,
    d365Sim: d365,
    clock,
    loaded,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const HOP_BY_HOP = new Set([
  "host",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "upgrade",
  "expect",
]);

class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
