/**
 * Reading D365 entity sets: query strings (`$filter`, `$select`, `$orderby`, `$top`, `$skip`,
 * `$count`, `cross-company`), an async iterator over server-driven pages (`Prefer:
 * odata.maxpagesize`, `@odata.nextLink`), reads by key, and the shared request plumbing of the
 * entity helpers. Every call goes through the client's pipeline (auth, throttling, retry, audit).
 */
import type { EntitySetName } from "../../generated/d365/entity-sets.js";
import { entitySets } from "../../generated/d365/entity-sets.js";
import { D365ODataError } from "../core/errors.js";
import type { Fence } from "../core/lease.js";
import { readRequestIds } from "../core/pipeline.js";
import type { D365Client } from "./client.js";
import type { D365Entity } from "./create-types.js";
import {
  encodeKeyPredicate,
  encodeText,
  type FilterExpression,
  filterFor,
  keyPredicate,
  type ODataValue,
  type PropertyOf,
} from "./filter.js";
import { badResponse, readODataObject, responseError } from "./odata-error.js";

/** Per-call options every read and write accepts. */
export interface CallOptions {
  /** The record the call works for (`settlement:usmf:123`), for the audit trail and errors. */
  readonly record?: string;
  readonly signal?: AbortSignal;
  /**
   * The lease the call writes under (`acquireLease`). Every write and delete checks it right before
   * each attempt, retries included; a worker that lost its lease sends nothing and gets a
   * StorageError `STORAGE_LEASE_LOST`. Reads are not fenced.
   */
  readonly fence?: Fence;
}

/** Content type of JSON bodies: decimals and Int64 travel as strings, so no amount is a float. */
export const JSON_CONTENT_TYPE = "application/json;IEEE754Compatible=true";

/** Headers of an OData request. */
export function odataHeaders(extra: Readonly<Record<string, string>> = {}): Headers {
  const headers = new Headers({
    accept: JSON_CONTENT_TYPE,
    "odata-version": "4.0",
    "odata-maxversion": "4.0",
  });
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  return headers;
}

/** Sends one request through the client's pipeline with the call's record and signal. */
export function send(client: D365Client, request: Request, options: CallOptions = {}): Promise<Response> {
  return client.fetchFor({
    ...(options.record !== undefined ? { record: options.record } : {}),
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
    ...(options.fence !== undefined ? { fence: options.fence } : {}),
  })(request);
}

/** True when the entity set is company-specific (has `dataAreaId` in its key). */
export function isCompanySpecific(setName: EntitySetName): boolean {
  return (entitySets[setName].keys as readonly string[]).includes("dataAreaId");
}

/** Options of a collection read. */
export interface QueryOptions<S extends EntitySetName> extends CallOptions {
  readonly filter?: FilterExpression;
  readonly select?: readonly PropertyOf<S>[];
  /** `$orderby` items, e.g. `["LineNumber", "TransDate desc"]`. */
  readonly orderBy?: readonly string[];
  readonly top?: number;
  readonly skip?: number;
  /** Ask for `@odata.count`. */
  readonly count?: boolean;
  /**
   * Read one company, whatever the service user's default company is: adds `cross-company=true`
   * and `dataAreaId eq '<company>'` (lower case, as D365 stores it). Ignored for shared entities.
   */
  readonly company?: string;
  /** Read every company the user may see (`cross-company=true`) without a dataAreaId filter. */
  readonly crossCompany?: boolean;
  /**
   * `Prefer: odata.maxpagesize`. D365 pages at 10,000 at most.
   * @default 1000
   */
  readonly maxPageSize?: number;
}

const enc = encodeText;

/**
 * Builds the query string (with leading `?`, or empty) of a collection read. Values are
 * percent-encoded with `encodeURIComponent`, so `+`, `&`, `#` and non-ASCII text survive.
 * @example buildQuery("CustomersV3", { company: "USMF", select: ["CustomerAccount"] })
 * // "?cross-company=true&$filter=dataAreaId%20eq%20'usmf'&$select=CustomerAccount"
 */
export function buildQuery<S extends EntitySetName>(setName: S, options: QueryOptions<S> = {}): string {
  const parts: string[] = [];
  let filter = options.filter;
  if (options.company !== undefined && isCompanySpecific(setName)) {
    const q = filterFor(setName);
    const byCompany = q.eq("dataAreaId" as PropertyOf<S>, options.company.toLowerCase());
    filter = filter ? q.and(byCompany, filter) : byCompany;
    parts.push("cross-company=true");
  } else if (options.crossCompany) {
    parts.push("cross-company=true");
  }
  if (filter) parts.push(`$filter=${enc(filter.text)}`);
  if (options.select?.length) parts.push(`$select=${options.select.map(enc).join(",")}`);
  if (options.orderBy?.length) parts.push(`$orderby=${options.orderBy.map(enc).join(",")}`);
  if (options.top !== undefined) parts.push(`$top=${options.top}`);
  if (options.skip !== undefined) parts.push(`$skip=${options.skip}`);
  if (options.count) parts.push("$count=true");
  return parts.length ? `?${parts.join("&")}` : "";
}

/** One page of a collection read. */
export interface Page<S extends EntitySetName> {
  readonly value: D365Entity<S>[];
  /** `@odata.count`, when asked for. */
  readonly count: number | undefined;
  readonly nextLink: string | undefined;
}

function assertSameService(client: D365Client, url: string, setName: string, status: number): void {
  // A nextLink is followed with the bearer token: never to another host.
  if (!url.startsWith(`${client.serviceRoot}/`)) {
    let origin = "an unreadable URL";
    try {
      origin = new URL(url).origin;
    } catch {}
    throw new D365ODataError(`D365 sent a nextLink outside the service root: ${origin}`, {
      status,
      where: { system: "d365", operation: setName },
      hint: "check the environment URL; the SDK does not follow links to other hosts",
    });
  }
}

/**
 * Reads an entity set page by page, following `@odata.nextLink` until D365 sends none.
 * @throws D365ODataError for a refusal, and with code `D365_BAD_RESPONSE` for an answer that is not
 * an OData collection (not JSON, `value` not an array, a nextLink that is not text or repeats a page).
 * @example
 * for await (const page of queryPages(d365, "MainAccounts", { maxPageSize: 500 })) console.log(page.value.length);
 */
export async function* queryPages<S extends EntitySetName>(
  client: D365Client,
  setName: S,
  options: QueryOptions<S> = {},
): AsyncGenerator<Page<S>> {
  const pageSize = options.maxPageSize ?? 1000;
  let url: string | undefined = `${client.serviceRoot}/${setName}${buildQuery(setName, options)}`;
  const visited = new Set<string>([url]);
  while (url !== undefined) {
    const request = new Request(url, {
      method: "GET",
      headers: odataHeaders({ prefer: `odata.maxpagesize=${pageSize}` }),
    });
    const response = await send(client, request, options);
    if (!response.ok) {
      throw await responseError(response, {
        entitySet: setName,
        method: "GET",
        ...(options.record !== undefined ? { record: options.record } : {}),
      });
    }
    const context = {
      entitySet: setName,
      method: "GET",
      ...(options.record !== undefined ? { record: options.record } : {}),
    };
    const body = await readODataObject(response, context);
    const bad = (problem: string) =>
      badResponse(problem, { ...context, status: response.status, requestIds: readRequestIds(response) });
    const value = body.value ?? [];
    if (!Array.isArray(value)) throw bad("its value is not an array");
    const next = body["@odata.nextLink"];
    if (next !== undefined && typeof next !== "string") throw bad("its @odata.nextLink is not text");
    if (next !== undefined) {
      assertSameService(client, next, setName, response.status);
      // A link back to a page already read would page forever.
      if (visited.has(next)) throw bad("its @odata.nextLink repeats a page already read");
      visited.add(next);
    }
    const rawCount = body["@odata.count"];
    const count = rawCount === undefined ? undefined : Number(rawCount);
    if (count !== undefined && !(Number.isSafeInteger(count) && count >= 0)) {
      throw bad("its @odata.count is not a count");
    }
    yield { value: value as D365Entity<S>[], count, nextLink: next };
    url = next;
  }
}

/**
 * Reads an entity set entity by entity, across pages.
 * @example
 * const q = filterFor("CustomersV3");
 * for await (const c of queryEntities(d365, "CustomersV3", { company: "USMF", filter: q.eq("CustomerGroupId", "AMZ") })) { … }
 */
export async function* queryEntities<S extends EntitySetName>(
  client: D365Client,
  setName: S,
  options: QueryOptions<S> = {},
): AsyncGenerator<D365Entity<S>> {
  for await (const page of queryPages(client, setName, options)) yield* page.value;
}

/** Reads every matching entity into an array. Prefer {@link queryEntities} for large sets. */
export async function queryAll<S extends EntitySetName>(
  client: D365Client,
  setName: S,
  options: QueryOptions<S> = {},
): Promise<D365Entity<S>[]> {
  const out: D365Entity<S>[] = [];
  for await (const e of queryEntities(client, setName, options)) out.push(e);
  return out;
}

/** Counts matching entities with `$count=true&$top=0`. */
export async function countEntities<S extends EntitySetName>(
  client: D365Client,
  setName: S,
  options: Omit<QueryOptions<S>, "count" | "top" | "select"> = {},
): Promise<number> {
  for await (const page of queryPages(client, setName, { ...options, count: true, top: 0 })) {
    return page.count ?? page.value.length;
  }
  return 0;
}

/** The URL of one entity: `<root>/Set(key=…)`, key values escaped and percent-encoded. */
export function entityUrl<S extends EntitySetName>(
  client: D365Client,
  setName: S,
  key: Readonly<Partial<Record<PropertyOf<S>, ODataValue>>>,
): string {
  return `${client.serviceRoot}/${setName}${encodeKeyPredicate(keyPredicate(setName, key))}`;
}

/**
 * Reads one entity by its full key; `undefined` when D365 answers 404. Company-specific entities are
 * read with `cross-company=true`, so the key's `dataAreaId` decides, not the user's default company.
 */
export async function getEntity<S extends EntitySetName>(
  client: D365Client,
  setName: S,
  key: Readonly<Partial<Record<PropertyOf<S>, ODataValue>>>,
  options: CallOptions & { readonly select?: readonly PropertyOf<S>[] } = {},
): Promise<D365Entity<S> | undefined> {
  const query: string[] = [];
  if (isCompanySpecific(setName)) query.push("cross-company=true");
  if (options.select?.length) query.push(`$select=${options.select.map(enc).join(",")}`);
  const url = `${entityUrl(client, setName, key)}${query.length ? `?${query.join("&")}` : ""}`;
  const response = await send(client, new Request(url, { method: "GET", headers: odataHeaders() }), options);
  if (response.status === 404) {
    void response.body?.cancel().catch(() => {});
    return undefined;
  }
  if (!response.ok) {
    throw await responseError(response, {
      entitySet: setName,
      method: "GET",
      ...(options.record !== undefined ? { record: options.record } : {}),
    });
  }
  return (await readODataObject(response, {
    entitySet: setName,
    method: "GET",
    ...(options.record !== undefined ? { record: options.record } : {}),
  })) as D365Entity<S>;
}
