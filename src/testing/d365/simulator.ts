/**
 * `createD365Simulator()`: msw handlers for Microsoft Entra ID's token endpoint and a D365 F&O OData
 * service built from the generated entity-set table, with inspectable state.
 *
 * Where the simulator chooses a behaviour Microsoft does not document (see research/d365.md), it
 * picks the stricter one, so code that passes here does not rely on leniency:
 * - string comparison in `$filter` and keys is case-insensitive (SQL Server collation);
 * - decimals/Int64 as JSON strings only under `IEEE754Compatible=true`; dates must be full ISO date-times;
 * - over-long strings are refused (lengths from common D365 EDTs, see `defaultFieldLengths`);
 * - a PATCH without `If-Match` is accepted; with a stale one it gets 412;
 * - inside a change set, `$<Content-ID>` works as a URL prefix (`$1`, `$1/LedgerJournalLine`), not in values;
 * - a wrong client secret gets 401 `invalid_client` (as Entra answers), other credential errors 400.
 */
import type { HttpHandler } from "msw";
import type { EntitySetInfo, EntitySetName } from "../../../generated/d365/entity-sets.js";
import { entitySets } from "../../../generated/d365/entity-sets.js";
import { type Clock, createSimulatedClock } from "../../core/clock.js";
import { ValidationError } from "../../core/errors.js";
import { type D365Seed, defaultD365Seed } from "../data/d365-seed.js";
import { msw } from "../msw.js";
import {
  defaultValue,
  type EntityRow,
  formatDateTime,
  RawNumber,
  type StoredValue,
  toStoredValue,
} from "./edm.js";
import { createEntityStore, etagOf } from "./entity-store.js";
import { createEntraDirectory } from "./entra.js";
import { buildMetadataXml } from "./metadata.js";
import { ODataFault } from "./odata-fault.js";
import { invoiceSalesOrder } from "./posting.js";
import { defaultFieldLengths, entityRules, type RuleContext, type SegmentFormat } from "./rules.js";
import { loadSeed } from "./seed-loader.js";
import { createODataService, faultResponse, type ServiceResponse } from "./service.js";
import { createThrottle, type Throttle, type ThrottleOptions } from "./throttle.js";

/** Options of {@link createD365Simulator}. */
export interface D365SimulatorOptions {
  /** @default "https://ml-connector-sim.operations.dynamics.com" */
  readonly environmentUrl?: string;
  /**
   * The Entra authority clients use (`entraTokenProvider({ authority })`): the token endpoint is
   * served at `<authority>/<tenant>/oauth2/v2.0/token`, and client assertions must name it.
   * @default "https://login.microsoftonline.com"
   */
  readonly authority?: string;
  /** @default "00000000-0000-4000-8000-00000000d365" */
  readonly tenantId?: string;
  /** @default "11111111-2222-4333-8444-555555555555" */
  readonly clientId?: string;
  /** @default "sim-client-secret" */
  readonly clientSecret?: string;
  /** Token lifetime in seconds. @default 3600 */
  readonly tokenLifetimeSeconds?: number;
  /** A certificate credential (public key + SHA-1 thumbprint hex) accepted as RS256 client assertions. */
  readonly certificate?: { readonly publicKeyPem: string; readonly thumbprint: string };
  /** @default createSimulatedClock() */
  readonly clock?: Clock;
  /** The calling user's default company, used when a query has no `cross-company=true`. @default "USMF" */
  readonly defaultCompany?: string;
  /** Server page size; `Prefer: odata.maxpagesize` may lower it. D365 pages at 10,000. @default 1000 */
  readonly maxPageSize?: number;
  /** Display-value format for accounts and dimensions. @default { delimiter: "-", dimensions: ["BusinessUnit", "Department"] } */
  readonly segmentFormat?: SegmentFormat;
  /** Replaces parts of {@link defaultD365Seed}. */
  readonly seed?: Partial<D365Seed>;
  /** Extra rows to load after the seed, by entity set (stored form: decimals as strings). */
  readonly rows?: Partial<Record<EntitySetName, readonly Record<string, StoredValue>[]>>;
  /** Service protection and fault injection. */
  readonly throttle?: ThrottleOptions;
  /** Maximum string lengths by property name (the metadata has none). @default defaultFieldLengths */
  readonly fieldLengths?: Readonly<Record<string, number>>;
}

/** One request the simulator answered. */
export interface RecordedRequest {
  readonly method: string;
  /** Decoded path and query below the host, e.g. `/data/LedgerJournalLines?$top=1`. */
  readonly path: string;
  /** Entity set, `$batch`, or `token`. */
  readonly target: string;
  readonly status: number;
  readonly requestId: string;
}

/** What D365 holds, and the knobs tests turn. */
export interface D365SimulatorState {
  readonly environmentUrl: string;
  /** The Entra authority, e.g. `https://login.microsoftonline.com`. */
  readonly authority: string;
  /** `<authority>/<tenant>/oauth2/v2.0/token` */
  readonly tokenUrl: string;
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** `<environmentUrl>/.default` */
  readonly scope: string;
  /** Upper-case id, e.g. `USMF`. */
  readonly defaultCompany: string;
  readonly clock: Clock;
  readonly segmentFormat: SegmentFormat;
  /** Rows of an entity set as a GET would show them (computed fields included), optionally of one company. */
  rows(setName: EntitySetName, company?: string): EntityRow[];
  /** One row by key values, or undefined. */
  find(setName: EntitySetName, key: Readonly<Record<string, StoredValue>>): EntityRow | undefined;
  /** Current ETag of a row. */
  etag(setName: EntitySetName, key: Readonly<Record<string, StoredValue>>): string | undefined;
  /** Adds a row directly (no business rules), filling unset properties with D365's empty values. */
  put(setName: EntitySetName, values: Readonly<Record<string, StoredValue>>): EntityRow;
  /** Marks a general journal posted, as the Post button would; its header and lines become read-only. */
  postJournal(company: string, journalBatchNumber: string): void;
  /** Marks a customer payment journal posted. */
  postPaymentJournal(company: string, journalBatchNumber: string): void;
  /** Marks a free text invoice posted. */
  postFreeTextInvoice(company: string, invoiceIdentifier: string | number): void;
  /**
   * Invoices a sales order as D365's posting would: writes the read-only SalesInvoiceHeadersV2 and
   * SalesInvoiceV2Lines rows (amounts summed exactly) and sets the order to Invoiced, after which it
   * and its lines refuse changes. Returns the invoice header.
   */
  invoiceSalesOrder(company: string, salesOrderNumber: string): EntityRow;
  /** A stable text of everything stored (rows, versions, number sequences), for "nothing changed" checks. */
  fingerprint(): string;
  /** Requests answered so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Tokens issued by the Entra endpoint. */
  readonly tokensIssued: number;
  /** Invalidates every token issued so far. */
  revokeTokens(): void;
  /** Throttling and fault injection. */
  readonly throttle: Throttle;
  /** Changes the server page size. */
  setMaxPageSize(size: number): void;
  /**
   * Hides an entity set, or one property of it, from `$metadata` (the data is still served), to
   * play an environment whose metadata drifted from the pinned one.
   */
  hideFromMetadata(entitySet: EntitySetName, property?: string): void;
  /** Shows everything in `$metadata` again. */
  restoreMetadata(): void;
}

/** A D365 simulator: msw handlers plus state. */
export interface D365Simulator {
  readonly handlers: readonly HttpHandler[];
  readonly state: D365SimulatorState;
}

function counterGuid(prefix: number, n: number): string {
  return `${prefix.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/**
 * Creates a D365 F&O simulator: Entra client-credentials tokens and the OData service, as msw handlers.
 * @example
 * const sim = createD365Simulator();
 * const server = setupServer(...sim.handlers);
 * server.listen({ onUnhandledRequest: "error" });
 * // … call D365 through the typed client, then:
 * expect(sim.state.rows("LedgerJournalLines", "USMF")).toHaveLength(2);
 */
export function createD365Simulator(options: D365SimulatorOptions = {}): D365Simulator {
  const { http, HttpResponse } = msw();
  const environmentUrl = (
    options.environmentUrl ?? "https://ml-connector-sim.operations.dynamics.com"
  ).replace(/\/+$/, "");
  const tenantId = options.tenantId ?? "00000000-0000-4000-8000-00000000d365";
  const clientId = options.clientId ?? "11111111-2222-4333-8444-555555555555";
  const clientSecret = options.clientSecret ?? "sim-client-secret";
  const clock = options.clock ?? createSimulatedClock();
  const defaultCompany = (options.defaultCompany ?? "USMF").toUpperCase();
  const segmentFormat = options.segmentFormat ?? {
    delimiter: "-",
    dimensions: ["BusinessUnit", "Department"],
  };
  const seed: D365Seed = { ...defaultD365Seed, ...options.seed };
  let maxPageSize = options.maxPageSize ?? 1000;
  const authority = (options.authority ?? "https://login.microsoftonline.com").replace(/\/+$/, "");
  const tokenUrl = `${authority}/${tenantId}/oauth2/v2.0/token`;

  const store = createEntityStore();
  const ctx: RuleContext = {
    store,
    companies: new Map(seed.companies.map((c) => [c.id.toLowerCase(), c])),
    journalNames: new Map(
      seed.journalNames.map((j) => [`${j.company.toLowerCase()}\u0000${j.name.toLowerCase()}`, j]),
    ),
    bankAccounts: new Set(
      seed.bankAccounts.map((b) => `${b.company.toLowerCase()}\u0000${b.id.toLowerCase()}`),
    ),
    segmentFormat,
    now: () => clock.now(),
  };
  const entra = createEntraDirectory({
    tenantId,
    clientId,
    clientSecret,
    environmentUrl,
    authority,
    clock,
    ...(options.tokenLifetimeSeconds !== undefined
      ? { tokenLifetimeSeconds: options.tokenLifetimeSeconds }
      : {}),
    ...(options.certificate ? { certificate: options.certificate } : {}),
  });
  const throttle = createThrottle(clock, options.throttle);
  const hiddenSets = new Set<string>();
  const hiddenProperties = new Set<string>();
  let boundaries = 0;
  const service = createODataService({
    ctx,
    serviceRoot: `${environmentUrl}/data`,
    defaultCompany: defaultCompany.toLowerCase(),
    maxPageSize: () => maxPageSize,
    nextBoundary: () => counterGuid(0xba7c, ++boundaries),
    fieldLengths: options.fieldLengths ?? defaultFieldLengths,
    metadata: () => buildMetadataXml({ entitySets: hiddenSets, properties: hiddenProperties }),
  });
  const requests: RecordedRequest[] = [];
  let requestCount = 0;

  const put: D365SimulatorState["put"] = (setName, values) => {
    const set: EntitySetInfo = entitySets[setName];
    const row: Record<string, StoredValue> = {};
    for (const [name, prop] of Object.entries(set.properties)) row[name] = defaultValue(prop);
    for (const [name, value] of Object.entries(values)) {
      const prop = set.properties[name];
      if (!prop) {
        throw new ValidationError(`the D365 simulator's ${setName} has no property '${name}'`, {
          issues: [{ code: "unknown_property", path: [setName, name], message: `no property '${name}'` }],
          where: { system: "d365", operation: setName, field: name },
          hint: "use a property of the entity set as generated/d365/entity-sets.ts lists it",
        });
      }
      try {
        row[name] = toStoredValue(
          name,
          prop,
          typeof value === "number" ? new RawNumber(String(value)) : value,
          true,
        );
      } catch (e) {
        if (!(e instanceof ODataFault)) throw e;
        throw new ValidationError(`the D365 simulator cannot store ${setName}.${name}: ${e.message}`, {
          issues: [{ code: "invalid_value", path: [setName, name], message: e.message }],
          where: { system: "d365", operation: setName, field: name },
          hint: "give decimals as strings or numbers, dates as ISO date-times, enums by member name",
        });
      }
    }
    if (set.keys.includes("dataAreaId"))
      row.dataAreaId = String(row.dataAreaId || defaultCompany).toLowerCase();
    return (store.get(setName, row) ? store.update(setName, row) : store.insert(setName, row)).row;
  };
  loadSeed(store, seed, put);
  for (const [setName, rows] of Object.entries(options.rows ?? {})) {
    for (const row of rows ?? []) put(setName as EntitySetName, row);
  }

  const markPosted = (setName: EntitySetName, key: Record<string, StoredValue>) => {
    const found = store.get(setName, key);
    if (!found) {
      throw new ValidationError(`the D365 simulator holds no ${setName} ${JSON.stringify(key)} to post`, {
        issues: [{ code: "not_found", path: [setName], message: "no such document" }],
        where: { system: "d365", operation: setName },
        hint: "create the document first, and pass its company and number as D365 returned them",
      });
    }
    store.update(setName, { ...found.row, IsPosted: "Yes" });
  };

  const state: D365SimulatorState = {
    environmentUrl,
    authority,
    tokenUrl,
    tenantId,
    clientId,
    clientSecret,
    scope: `${environmentUrl}/.default`,
    defaultCompany,
    clock,
    segmentFormat,
    rows(setName, company) {
      return store
        .list(setName)
        .map((e) => decorateRow(setName, e.row))
        .filter((r) => company === undefined || String(r.dataAreaId).toLowerCase() === company.toLowerCase());
    },
    find(setName, key) {
      const found = store.get(setName, normaliseKey(setName, key));
      return found ? decorateRow(setName, found.row) : undefined;
    },
    etag(setName, key) {
      const found = store.get(setName, normaliseKey(setName, key));
      return found ? etagOf(found) : undefined;
    },
    put,
    postJournal(company, number) {
      markPosted("LedgerJournalHeaders", { dataAreaId: company, JournalBatchNumber: number });
    },
    postPaymentJournal(company, number) {
      markPosted("CustomerPaymentJournalHeaders", { dataAreaId: company, JournalBatchNumber: number });
    },
    postFreeTextInvoice(company, id) {
      markPosted("FreeTextInvoiceHeaders", { dataAreaId: company, InvoiceIdentifier: String(id) });
    },
    invoiceSalesOrder(company, salesOrderNumber) {
      return invoiceSalesOrder({ store, put, now: () => clock.now() }, company, salesOrderNumber);
    },
    fingerprint() {
      const snap = store.snapshot();
      const sets = [...snap.sets]
        .filter(([, rows]) => rows.size > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, rows]) => [name, [...rows].map(([k, e]) => [k, e.version, e.recId, e.row])]);
      return JSON.stringify({ sets, sequences: [...snap.sequences].sort(), nextRecId: snap.nextRecId });
    },
    get requests() {
      return requests;
    },
    get tokensIssued() {
      return entra.issued;
    },
    revokeTokens() {
      entra.revokeAll();
    },
    throttle,
    setMaxPageSize(size) {
      maxPageSize = size;
    },
    hideFromMetadata(entitySet, property) {
      const set = entitySets[entitySet] as EntitySetInfo | undefined;
      if (!set) throw new RangeError(`D365 has no entity set ${String(entitySet)}`);
      if (property === undefined) hiddenSets.add(entitySet);
      else if (!set.properties[property]) throw new RangeError(`${entitySet} has no property ${property}`);
      else hiddenProperties.add(`${entitySet}.${property}`);
    },
    restoreMetadata() {
      hiddenSets.clear();
      hiddenProperties.clear();
    },
  };

  function normaliseKey(setName: EntitySetName, key: Readonly<Record<string, StoredValue>>) {
    return (entitySets[setName] as EntitySetInfo).keys.includes("dataAreaId") &&
      typeof key.dataAreaId === "string"
      ? { ...key, dataAreaId: key.dataAreaId.toLowerCase() }
      : key;
  }

  function decorateRow(setName: EntitySetName, row: EntityRow): EntityRow {
    return entityRules[setName]?.decorate?.(ctx, row) ?? row;
  }

  const requestIdOf = () => counterGuid(0xd365, ++requestCount);

  const respond = (res: ServiceResponse, requestId: string, clientRequestId: string | null): Response => {
    const headers = new Headers(res.headers);
    headers.set("ms-request-id", requestId);
    headers.set("x-ms-activity-id", requestId);
    if (clientRequestId) headers.set("x-ms-client-request-id", clientRequestId);
    return new HttpResponse(res.status === 204 ? null : res.body, { status: res.status, headers });
  };

  const throttled = (
    verdict: ReturnType<Throttle["check"]>,
  ): ServiceResponse | "network" | "commit-network" | undefined => {
    switch (verdict.kind) {
      case "pass":
        return undefined;
      case "commit-network":
        return "commit-network";
      case "network":
        return "network";
      case "429": {
        const message =
          verdict.reason === "limit"
            ? "Number of requests exceeded the service protection limit for this user. Wait for the time in Retry-After and try again."
            : "This request could not be processed at this time due to system experiencing high resource utilization.";
        return faultResponse(
          ODataFault.odata(429, message, { "Retry-After": String(verdict.retryAfterSeconds) }),
        );
      }
      case "500":
        return faultResponse(
          new ODataFault(500, {
            error: {
              code: "",
              message: "An error has occurred.",
              innererror: {
                message: "Simulated internal server error.",
                type: "System.Exception",
                stacktrace: "",
              },
            },
          }),
        );
      case "503":
        return {
          status: 503,
          headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "10" },
          body: "Service Unavailable",
        };
    }
  };

  const record = (method: string, url: URL, target: string, status: number, requestId: string) => {
    requests.push({
      method,
      path: decodeURIComponent(url.pathname) + (url.search ? decodeURIComponent(url.search) : ""),
      target,
      status,
      requestId,
    });
  };

  const handlers: HttpHandler[] = [
    http.post(`${authority}/:tenant/oauth2/v2.0/token`, async ({ request, params }) => {
      const url = new URL(request.url);
      const requestId = requestIdOf();
      const verdict = throttled(throttle.check({ method: "POST", target: "token" }));
      if (verdict === "network" || verdict === "commit-network") {
        record("POST", url, "token", 0, requestId);
        return HttpResponse.error();
      }
      if (verdict) {
        record("POST", url, "token", verdict.status, requestId);
        const retryAfter = verdict.headers["Retry-After"];
        return HttpResponse.json(
          {
            error: verdict.status === 500 ? "server_error" : "temporarily_unavailable",
            error_description: `AADSTS90033: A transient error has occurred. Please try again. (simulated ${verdict.status})`,
            error_codes: [90033],
          },
          {
            status: verdict.status,
            headers: { "x-ms-request-id": requestId, ...(retryAfter ? { "Retry-After": retryAfter } : {}) },
          },
        );
      }
      const form = new URLSearchParams(await request.text());
      const answer = entra.token(String(params.tenant ?? ""), form);
      record("POST", url, "token", answer.status, requestId);
      return HttpResponse.json(answer.body, {
        status: answer.status,
        headers: { "x-ms-request-id": requestId, "Cache-Control": "no-store, no-cache" },
      });
    }),

    http.all(`${environmentUrl}/data/*`, async ({ request }) => {
      const url = new URL(request.url);
      const requestId = requestIdOf();
      const clientRequestId = request.headers.get("x-ms-client-request-id");
      const target = decodeURIComponent(url.pathname.slice("/data/".length)).split(/[(/]/)[0] ?? "";
      const verdict = throttled(throttle.check({ method: request.method, target }));
      if (verdict === "network") {
        record(request.method, url, target, 0, requestId);
        return HttpResponse.error();
      }
      if (verdict && verdict !== "commit-network") {
        record(request.method, url, target, verdict.status, requestId);
        return respond(verdict, requestId, clientRequestId);
      }
      const rejection = entra.verify(request.headers.get("Authorization"));
      if (rejection) {
        record(request.method, url, target, 401, requestId);
        const description =
          rejection === "expired"
            ? "The token is expired"
            : rejection === "missing"
              ? ""
              : "The token is invalid";
        return new HttpResponse(null, {
          status: 401,
          headers: {
            "ms-request-id": requestId,
            "WWW-Authenticate": `Bearer realm="${environmentUrl}"${description ? `, error="invalid_token", error_description="${description}"` : ""}`,
          },
        });
      }
      const body = request.method === "GET" || request.method === "DELETE" ? "" : await request.text();
      const res = service.handle({ method: request.method, url, headers: request.headers, body });
      record(request.method, url, target, res.status, requestId);
      // The request is committed (or refused) above; the answer is lost on the way back.
      if (verdict === "commit-network") return HttpResponse.error();
      return respond(res, requestId, clientRequestId);
    }),
  ];

  return { handlers, state };
}

/** Formats epoch milliseconds as D365 writes dates, for arranging rows in tests. */
export const d365DateTime = formatDateTime;
