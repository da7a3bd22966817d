/**
 * Single-entity writes (POST, PATCH, DELETE) over the client's pipeline. Bodies go out as
 * `application/json;IEEE754Compatible=true`, with {@link Money} written as exact decimal strings.
 * Read-only (posted) entity sets are refused before any request is made. With `fence` in the call
 * options, each attempt (retries included) is sent only while the caller's lease still holds.
 */
import type { EntitySetName } from "../../generated/d365/entity-sets.js";
import { ValidationError } from "../core/errors.js";
import { Money } from "../core/money.js";
import type { D365Client } from "./client.js";
import {
  type D365Create,
  type D365Entity,
  readOnlyEntitySets,
  type WritableEntitySet,
} from "./create-types.js";
import type { ODataValue, PropertyOf } from "./filter.js";
import { readODataObject, responseError } from "./odata-error.js";
import { type CallOptions, entityUrl, JSON_CONTENT_TYPE, odataHeaders, send } from "./query.js";

/**
 * Converts a body to JSON-ready values: Money → `"12.30"`, bigint → string, Date → ISO instant.
 * Undefined properties are left out, as D365 wants only the properties a caller sets.
 */
export function toODataBody(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (v === undefined) continue;
    if (Money.isMoney(v)) out[k] = v.toString();
    else if (typeof v === "bigint") out[k] = v.toString();
    else if (v instanceof Date) out[k] = v.toISOString().replace(/\.000Z$/, "Z");
    else out[k] = v;
  }
  return out;
}

/**
 * Throws before any request when `setName` is read-only (posted sales invoices): the SDK never writes
 * posted documents.
 */
export function assertWritable(setName: string): void {
  if ((readOnlyEntitySets as readonly string[]).includes(setName)) {
    throw new ValidationError(`${setName} holds posted documents and is never written`, {
      issues: [{ code: "read_only_entity", path: [setName], message: "posted entities are read-only" }],
      where: { system: "d365", operation: setName },
    });
  }
}

/** A body with Money allowed wherever a decimal goes. */
export type WithMoney<T> = { [K in keyof T]: T[K] extends number | string | undefined ? T[K] | Money : T[K] };

/**
 * Creates one entity (`Prefer: return=representation`) and returns it as D365 stored it, with
 * server-assigned keys filled in.
 * @throws D365ODataError naming the entity set, record and (when it can be told) the field.
 */
export async function createEntity<S extends WritableEntitySet>(
  client: D365Client,
  setName: S,
  body: WithMoney<D365Create<S>>,
  options: CallOptions = {},
): Promise<D365Entity<S>> {
  assertWritable(setName);
  const json = toODataBody(body as Record<string, unknown>);
  const request = new Request(`${client.serviceRoot}/${setName}`, {
    method: "POST",
    headers: odataHeaders({ "content-type": JSON_CONTENT_TYPE, prefer: "return=representation" }),
    body: JSON.stringify(json),
  });
  const response = await send(client, request, options);
  if (!response.ok) {
    throw await responseError(response, {
      entitySet: setName,
      method: "POST",
      body: json,
      ...(options.record !== undefined ? { record: options.record } : {}),
    });
  }
  return (await readODataObject(response, {
    entitySet: setName,
    method: "POST",
    write: true,
    ...(options.record !== undefined ? { record: options.record } : {}),
  })) as D365Entity<S>;
}

/** Options of a PATCH or DELETE. */
export interface ConditionalOptions extends CallOptions {
  /** `If-Match`: the entity's `@odata.etag`, for optimistic concurrency. @default "*" */
  readonly etag?: string;
}

/** Updates properties of one entity (PATCH). */
export async function updateEntity<S extends WritableEntitySet>(
  client: D365Client,
  setName: S,
  key: Readonly<Partial<Record<PropertyOf<S>, ODataValue>>>,
  changes: Partial<WithMoney<D365Create<S>>>,
  options: ConditionalOptions = {},
): Promise<void> {
  assertWritable(setName);
  const json = toODataBody(changes as Record<string, unknown>);
  const request = new Request(entityUrl(client, setName as EntitySetName, key), {
    method: "PATCH",
    headers: odataHeaders({ "content-type": JSON_CONTENT_TYPE, "if-match": options.etag ?? "*" }),
    body: JSON.stringify(json),
  });
  const response = await send(client, request, options);
  if (!response.ok) {
    throw await responseError(response, {
      entitySet: setName,
      method: "PATCH",
      body: json,
      ...(options.record !== undefined ? { record: options.record } : {}),
    });
  }
  void response.body?.cancel().catch(() => {});
}

/** Deletes one entity. Resolves `false` when it was already gone (404). */
export async function deleteEntity<S extends WritableEntitySet>(
  client: D365Client,
  setName: S,
  key: Readonly<Partial<Record<PropertyOf<S>, ODataValue>>>,
  options: ConditionalOptions = {},
): Promise<boolean> {
  assertWritable(setName);
  const request = new Request(entityUrl(client, setName as EntitySetName, key), {
    method: "DELETE",
    headers: odataHeaders({ "if-match": options.etag ?? "*" }),
  });
  const response = await send(client, request, options);
  if (response.ok || response.status === 404) {
    void response.body?.cancel().catch(() => {});
    return response.ok;
  }
  throw await responseError(response, {
    entitySet: setName,
    method: "DELETE",
    ...(options.record !== undefined ? { record: options.record } : {}),
  });
}
