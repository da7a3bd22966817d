/**
 * The OData service of the D365 simulator, independent of msw: one request in, one response out.
 * Reads (collections, keys, navigation, $count), creates, updates, deletes and `$batch`, with
 * company scoping, paging, ETags and the business rules of `rules.ts`.
 */
import type { EntitySetInfo, EntitySetName } from "../../../generated/d365/entity-sets.js";
import { entityNamespace, entitySets } from "../../../generated/d365/entity-sets.js";
import { type BatchResponse, type BatchResponsePart, parseBatch, serializeBatchResponse } from "./batch.js";
import {
  defaultValue,
  type EntityRow,
  parseJsonExact,
  RawNumber,
  type StoredValue,
  toStoredValue,
} from "./edm.js";
import { etagOf, type StoredEntity } from "./entity-store.js";
import { NAVIGATIONS, PARENTS } from "./navigation.js";
import { ODataFault } from "./odata-fault.js";
import { formatKeyPredicate, parseResourcePath, type ResourcePath } from "./odata-path.js";
import { orderRows, parsePrefer, parseQueryOptions, serializeEntity } from "./odata-query.js";
import { type Draft, type EntityRule, entityRules, type RuleContext } from "./rules.js";

/** A request to the OData service. */
export interface ServiceRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string;
}

/** The service's answer. */
export interface ServiceResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What the service needs from the simulator. */
export interface ServiceOptions {
  readonly ctx: RuleContext;
  /** `https://<env>/data` (no trailing slash). */
  readonly serviceRoot: string;
  /** Lower-case id of the caller's default company. */
  readonly defaultCompany: string;
  readonly maxPageSize: () => number;
  /** Boundary names for batch responses, from a deterministic counter. */
  readonly nextBoundary: () => string;
  /** Maximum string lengths by property name, for properties whose metadata has none. */
  readonly fieldLengths: Readonly<Record<string, number>>;
  /** The CSDL document `GET $metadata` answers. */
  readonly metadata: () => string;
}

/** The OData service. */
export interface ODataService {
  handle(request: ServiceRequest): ServiceResponse;
}

const JSON_TYPE = "application/json; odata.metadata=minimal; odata.streaming=true";

const hasCompany = (set: EntitySetInfo) => set.keys.includes("dataAreaId");
const sameText = (a: StoredValue | undefined, b: StoredValue | undefined) =>
  typeof a === "string" && typeof b === "string"
    ? a.toLowerCase() === b.toLowerCase()
    : String(a) === String(b);

function ieee754Of(headers: Headers): boolean {
  return /IEEE754Compatible=true/i.test(
    `${headers.get("Accept") ?? ""};${headers.get("Content-Type") ?? ""}`,
  );
}

function jsonResponse(
  status: number,
  body: string,
  ieee754: boolean,
  extra: Record<string, string> = {},
): ServiceResponse {
  return {
    status,
    headers: {
      "Content-Type": `${JSON_TYPE}; IEEE754Compatible=${ieee754 ? "true" : "false"}; charset=utf-8`,
      "OData-Version": "4.0",
      ...extra,
    },
    body,
  };
}

/** The response for a fault. */
export function faultResponse(fault: ODataFault): ServiceResponse {
  return {
    status: fault.status,
    headers: { "Content-Type": "application/json; charset=utf-8", "OData-Version": "4.0", ...fault.headers },
    body: JSON.stringify(fault.body),
  };
}

/** Creates the OData service over the simulator's store and rules. */
export function createODataService(options: ServiceOptions): ODataService {
  const { ctx, serviceRoot } = options;
  const store = ctx.store;
  const rootPath = new URL(serviceRoot).pathname;

  const ruleOf = (setName: EntitySetName): EntityRule => entityRules[setName] ?? {};
  const decorate = (setName: EntitySetName, row: EntityRow): EntityRow =>
    ruleOf(setName).decorate?.(ctx, row) ?? row;
  const entityUrl = (setName: EntitySetName, row: EntityRow) =>
    `${serviceRoot}/${setName}${formatKeyPredicate(entitySets[setName], row)}`;
  const writeType = (set: EntitySetInfo) => `${set.entityType}Entity`;

  const find = (path: ResourcePath): StoredEntity => {
    const found = path.key ? store.get(path.setName, path.key) : undefined;
    if (!found) {
      throw ODataFault.odata(
        404,
        `No ${path.set.entityType} with key ${formatKeyPredicate(path.set, path.key ?? {})} was found in '${path.setName}'.`,
      );
    }
    return found;
  };

  /** Converts a JSON payload to stored values, rejecting unknown properties. */
  const readPayload = (set: EntitySetInfo, body: string, ieee754: boolean) => {
    const parsed = body.trim() === "" ? undefined : parseJsonExact(body);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed) || parsed instanceof RawNumber) {
      throw ODataFault.odata(400, "The request body must be a JSON object with the entity's properties.");
    }
    const values: Draft = {};
    let etag: string | undefined;
    for (const [name, raw] of Object.entries(parsed as Record<string, unknown>)) {
      if (name === "@odata.etag" && typeof raw === "string") {
        etag = raw;
        continue;
      }
      if (name.startsWith("@") || name.includes("@odata.")) continue;
      const prop = set.properties[name];
      if (!prop) {
        throw ODataFault.odata(
          400,
          `The property '${name}' does not exist on type '${entityNamespace}.${set.entityType}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        );
      }
      const maxLength = prop.maxLength ?? options.fieldLengths[name];
      values[name] = toStoredValue(
        name,
        maxLength === undefined ? prop : { ...prop, maxLength },
        raw,
        ieee754,
      );
    }
    return { values, etag };
  };

  const checkEtag = (entity: StoredEntity, ifMatch: string | null, payloadEtag: string | undefined) => {
    const expected = ifMatch ?? payloadEtag;
    if (expected === undefined || expected.trim() === "*") return;
    const current = etagOf(entity);
    const offered = expected.split(",").map((s) => s.trim());
    if (!offered.includes(current)) {
      throw ODataFault.odata(
        412,
        "The ETag value in the request header does not match with the current ETag value of the object. The record was changed after it was read; read it again and reapply the change.",
      );
    }
  };

  const create = (
    setName: EntitySetName,
    body: string,
    ieee754: boolean,
    bound: Readonly<Record<string, StoredValue>> = {},
  ) => {
    const set = entitySets[setName];
    const rule = ruleOf(setName);
    if (rule.readOnly)
      throw ODataFault.write(`Entity '${setName}' is read-only; records cannot be created through it.`);
    const { values } = readPayload(set, body, ieee754);
    for (const [k, v] of Object.entries(bound)) {
      if (k in values && !sameText(values[k], v)) {
        throw ODataFault.odata(400, `Property '${k}' conflicts with the navigation it was posted to.`);
      }
      values[k] = v;
    }
    const provided = new Set(Object.keys(values));
    for (const field of rule.serverFields ?? []) {
      delete values[field];
      provided.delete(field);
    }
    const draft: Draft = {};
    for (const [name, prop] of Object.entries(set.properties)) draft[name] = defaultValue(prop);
    Object.assign(draft, values);
    if (hasCompany(set)) {
      draft.dataAreaId = (
        provided.has("dataAreaId") ? String(draft.dataAreaId) : options.defaultCompany
      ).toLowerCase();
      if (!ctx.companies.has(String(draft.dataAreaId))) {
        throw ODataFault.write(`Company '${String(draft.dataAreaId)}' does not exist.`, writeType(set));
      }
    }
    const serverKeys = new Set(rule.serverKeys ?? []);
    const missing = [
      ...set.keys.filter((k) => k !== "dataAreaId" && !serverKeys.has(k)),
      ...(rule.required ?? []),
    ].filter((k) => !provided.has(k) || draft[k] === "" || draft[k] === null);
    if (missing.length > 0) {
      throw ODataFault.write(missing.map((k) => `Field '${k}' must be filled in.`).join(" "), writeType(set));
    }
    try {
      rule.prepareCreate?.(ctx, draft, provided);
      for (const k of set.keys) {
        if (draft[k] === "" || draft[k] === null) throw ODataFault.write(`Field '${k}' must be filled in.`);
      }
      if (store.get(setName, draft)) {
        throw ODataFault.write(
          `Cannot create a record in ${set.entityType} ${formatKeyPredicate(set, draft)}. The record already exists.`,
        );
      }
      rule.validate?.(ctx, draft);
    } catch (e) {
      throw e instanceof ODataFault ? e.withEntityType(writeType(set)) : e;
    }
    const recId = setName === "FreeTextInvoiceHeaders" ? Number(draft.InvoiceIdentifier) : undefined;
    return store.insert(setName, draft, recId);
  };

  const update = (path: ResourcePath, req: ServiceRequest, replace: boolean) => {
    const { setName, set } = path;
    const rule = ruleOf(setName);
    const existing = find(path);
    const ieee754 = ieee754Of(req.headers);
    const { values, etag } = readPayload(set, req.body, ieee754);
    checkEtag(existing, req.headers.get("If-Match"), etag);
    if (rule.readOnly)
      throw ODataFault.write(`Entity '${setName}' is read-only; records cannot be changed through it.`);
    try {
      rule.assertWritable?.(ctx, existing.row);
      for (const k of set.keys) {
        if (k in values && !sameText(values[k], existing.row[k])) {
          throw ODataFault.write(`Key field '${k}' cannot be changed.`);
        }
        delete values[k];
      }
      for (const field of rule.serverFields ?? []) delete values[field];
      const base: Draft = { ...existing.row };
      if (replace) {
        for (const [name, prop] of Object.entries(set.properties)) {
          if (!set.keys.includes(name) && !(rule.serverFields ?? []).includes(name))
            base[name] = defaultValue(prop);
        }
      }
      const merged: Draft = { ...base, ...values };
      rule.validate?.(ctx, merged);
      return store.update(setName, merged);
    } catch (e) {
      throw e instanceof ODataFault ? e.withEntityType(writeType(set)) : e;
    }
  };

  const remove = (path: ResourcePath, req: ServiceRequest) => {
    const { setName, set } = path;
    const rule = ruleOf(setName);
    const existing = find(path);
    checkEtag(existing, req.headers.get("If-Match"), undefined);
    if (rule.readOnly) throw ODataFault.delete(`Entity '${setName}' is read-only.`, writeType(set));
    try {
      rule.assertWritable?.(ctx, existing.row);
    } catch (e) {
      if (e instanceof ODataFault) throw ODataFault.delete(e.body.error.innererror.message, writeType(set));
      throw e;
    }
    rule.cascadeDelete?.(ctx, existing.row);
    store.delete(setName, existing.row);
  };

  /** Writes `"Nav":[…]` / `"Nav":{…}` members for a row's first-level `$expand`. */
  const expandMembers = (
    setName: EntitySetName,
    row: EntityRow,
    expand: readonly string[] | undefined,
    ieee754: boolean,
  ): string[] => {
    if (!expand) return [];
    const names = expand.includes("*")
      ? [...Object.keys(NAVIGATIONS), ...Object.keys(PARENTS)]
          .filter((k) => k.startsWith(`${setName}/`))
          .map((k) => k.slice(setName.length + 1))
      : expand;
    return names.map((name) => {
      const many = NAVIGATIONS[`${setName}/${name}`];
      const one = PARENTS[`${setName}/${name}`];
      const nav = many ?? one;
      if (!nav) {
        throw ODataFault.odata(501, `The simulator does not implement $expand of '${name}' on '${setName}'.`);
      }
      const target: EntitySetInfo = entitySets[nav.target];
      const related = many
        ? store.listBy(
            nav.target,
            Object.keys(nav.bind),
            Object.fromEntries(Object.entries(nav.bind).map(([c, p]) => [c, row[p] ?? ""])),
          )
        : [
            store.get(
              nav.target,
              Object.fromEntries(Object.entries(nav.bind).map(([p, c]) => [p, row[c] ?? ""])),
            ),
          ].filter((e): e is StoredEntity => e !== undefined);
      const items = related.map((e) =>
        serializeEntity(target, decorate(nav.target, e.row), etagOf(e), undefined, ieee754),
      );
      return `${JSON.stringify(name)}:${many ? `[${items.join(",")}]` : (items[0] ?? "null")}`;
    });
  };

  const entityResponse = (
    status: number,
    setName: EntitySetName,
    entity: StoredEntity,
    ieee754: boolean,
    select: readonly string[] | undefined,
    extra: Record<string, string> = {},
    expand?: readonly string[],
  ) => {
    const etag = etagOf(entity);
    const row = decorate(setName, entity.row);
    const body = serializeEntity(
      entitySets[setName],
      row,
      etag,
      select,
      ieee754,
      `${serviceRoot}/$metadata#${setName}${select ? `(${select.join(",")})` : ""}/$entity`,
      expandMembers(setName, row, expand, ieee754),
    );
    return jsonResponse(status, body, ieee754, { ETag: etag, ...extra });
  };

  const readCollection = (req: ServiceRequest, path: ResourcePath): ServiceResponse => {
    const ieee754 = ieee754Of(req.headers);
    let setName = path.setName;
    let entities: readonly StoredEntity[];
    let scoped = false;
    if (path.navigation) {
      const nav = NAVIGATIONS[`${path.setName}/${path.navigation}`];
      if (!nav)
        throw ODataFault.odata(
          501,
          `The simulator does not implement navigation '${path.navigation}' of '${path.setName}'.`,
        );
      const parent = find(path);
      setName = nav.target;
      entities = store
        .list(setName)
        .filter((e) =>
          Object.entries(nav.bind).every(([child, parentProp]) =>
            sameText(e.row[child], parent.row[parentProp]),
          ),
        );
      scoped = true;
    } else {
      entities = store.list(setName);
    }
    const set = entitySets[setName];
    const q = parseQueryOptions(req.url.searchParams, set, true);
    if (hasCompany(set) && !q.crossCompany && !scoped) {
      entities = entities.filter((e) => sameText(e.row.dataAreaId, options.defaultCompany));
    }
    const etags = new Map<EntityRow, string>();
    let rows = entities.map((e) => {
      const row = decorate(setName, e.row);
      etags.set(row, etagOf(e));
      return row;
    });
    if (q.filter) rows = rows.filter(q.filter);
    rows = orderRows(rows, set, q.orderBy);

    if (path.count) {
      return {
        status: 200,
        headers: { "Content-Type": "text/plain; charset=utf-8", "OData-Version": "4.0" },
        body: String(rows.length),
      };
    }
    const total = rows.length;
    const skip = q.skip ?? 0;
    const windowRows = rows.slice(skip, q.top === undefined ? undefined : skip + q.top);
    const prefer = parsePrefer(req.headers.get("Prefer"));
    const pageSize = Math.min(options.maxPageSize(), prefer.maxPageSize ?? Number.POSITIVE_INFINITY);
    const page = windowRows.slice(0, pageSize);
    const extra: Record<string, string> = {};
    // The preference is applied (and echoed) only when it does not exceed the server's own page size.
    if (prefer.maxPageSize !== undefined && prefer.maxPageSize <= options.maxPageSize())
      extra["Preference-Applied"] = `odata.maxpagesize=${prefer.maxPageSize}`;

    const parts: string[] = [
      `"@odata.context":${JSON.stringify(`${serviceRoot}/$metadata#${setName}${q.select ? `(${q.select.join(",")})` : ""}`)}`,
    ];
    if (q.count) parts.push(`"@odata.count":${total}`);
    parts.push(
      `"value":[${page.map((r) => serializeEntity(set, r, etags.get(r), q.select, ieee754, undefined, expandMembers(setName, r, q.expand, ieee754))).join(",")}]`,
    );
    if (windowRows.length > page.length) {
      const next = new URL(req.url.href);
      next.searchParams.set("$skip", String(skip + page.length));
      if (q.top !== undefined) next.searchParams.set("$top", String(q.top - page.length));
      parts.push(`"@odata.nextLink":${JSON.stringify(next.href)}`);
    }
    return jsonResponse(200, `{${parts.join(",")}}`, ieee754, extra);
  };

  const dispatch = (req: ServiceRequest, inBatch: boolean): ServiceResponse => {
    const pathname = req.url.pathname;
    if (!pathname.startsWith(`${rootPath}/`))
      throw ODataFault.odata(
        404,
        `No HTTP resource was found that matches the request URI '${req.url.href}'.`,
      );
    let resource: string;
    try {
      resource = decodeURIComponent(pathname.slice(rootPath.length + 1));
    } catch {
      throw ODataFault.odata(400, "The request URI is not valid: it contains a malformed percent-encoding.");
    }
    const method = req.method.toUpperCase();
    if (resource === "$batch") {
      if (inBatch || method !== "POST")
        throw ODataFault.odata(400, "$batch requests must be POSTed to the service root and may not nest.");
      return batch(req);
    }
    if (resource === "$metadata") {
      if (method !== "GET") throw ODataFault.odata(405, "$metadata is read with GET.");
      return {
        status: 200,
        headers: { "Content-Type": "application/xml", "OData-Version": "4.0" },
        body: options.metadata(),
      };
    }
    const path = parseResourcePath(resource);
    const ieee754 = ieee754Of(req.headers);
    const prefer = parsePrefer(req.headers.get("Prefer"));

    if (method === "GET") {
      if (path.key && !path.navigation) {
        const q = parseQueryOptions(req.url.searchParams, path.set, false);
        return entityResponse(200, path.setName, find(path), ieee754, q.select, {}, q.expand);
      }
      return readCollection(req, path);
    }
    if (method === "POST") {
      let setName = path.setName;
      let bound: Record<string, StoredValue> = {};
      if (path.key) {
        const nav = path.navigation ? NAVIGATIONS[`${path.setName}/${path.navigation}`] : undefined;
        if (!nav)
          throw ODataFault.odata(
            405,
            `POST is not allowed on a single ${path.set.entityType}; POST to the entity set.`,
          );
        const parent = find(path);
        setName = nav.target;
        bound = Object.fromEntries(
          Object.entries(nav.bind).map(([child, parentProp]) => [child, parent.row[parentProp] ?? null]),
        );
      }
      const entity = snapshotOnFailure(() => create(setName, req.body, ieee754, bound));
      const location = entityUrl(setName, entity.row);
      if (prefer.returnMinimal) {
        return {
          status: 204,
          headers: {
            Location: location,
            "OData-EntityId": location,
            ETag: etagOf(entity),
            "OData-Version": "4.0",
            "Preference-Applied": "return=minimal",
          },
          body: "",
        };
      }
      return entityResponse(201, setName, entity, ieee754, undefined, { Location: location });
    }
    if (!path.key || path.navigation)
      throw ODataFault.odata(405, `${method} needs the key of one ${path.set.entityType}.`);
    if (method === "PATCH" || method === "PUT" || method === "MERGE") {
      const entity = snapshotOnFailure(() => update(path, req, method === "PUT"));
      if (prefer.returnRepresentation) {
        return entityResponse(200, path.setName, entity, ieee754, undefined, {
          "Preference-Applied": "return=representation",
        });
      }
      return { status: 204, headers: { ETag: etagOf(entity), "OData-Version": "4.0" }, body: "" };
    }
    if (method === "DELETE") {
      snapshotOnFailure(() => remove(path, req));
      return { status: 204, headers: { "OData-Version": "4.0" }, body: "" };
    }
    throw ODataFault.odata(405, `Method ${method} is not allowed.`);
  };

  /** One write is one transaction: cascades and sequence draws vanish if it fails. */
  const snapshotOnFailure = <T>(fn: () => T): T => store.transaction(fn);

  const safeDispatch = (req: ServiceRequest, inBatch: boolean): ServiceResponse => {
    try {
      return dispatch(req, inBatch);
    } catch (e) {
      if (e instanceof ODataFault) return faultResponse(e);
      throw e;
    }
  };

  const resolveUrl = (raw: string, ids: ReadonlyMap<string, string>): URL => {
    const ref = /^\$([A-Za-z0-9_-]+)(.*)$/.exec(raw);
    if (ref) {
      const target = ids.get(ref[1] ?? "");
      if (!target)
        throw ODataFault.odata(
          400,
          `Content-ID reference '$${ref[1]}' does not name an earlier request of this change set.`,
        );
      return new URL(`${target}${ref[2] ?? ""}`);
    }
    if (/^https?:\/\//i.test(raw)) return new URL(raw);
    return new URL(raw.startsWith("/") ? raw : `${serviceRoot}/${raw}`, `${serviceRoot}/`);
  };

  const toBatchResponse = (r: ServiceResponse, contentId: string | undefined): BatchResponse => ({
    ...(contentId !== undefined ? { contentId } : {}),
    status: r.status,
    headers: r.headers,
    body: r.body,
  });

  const batch = (req: ServiceRequest): ServiceResponse => {
    const parts = parseBatch(req.body, req.headers.get("Content-Type"));
    const out: BatchResponsePart[] = [];
    for (const part of parts) {
      if (part.kind === "request") {
        const r = part.request;
        let res: ServiceResponse;
        try {
          res = safeDispatch(
            { method: r.method, url: resolveUrl(r.url, new Map()), headers: r.headers, body: r.body },
            true,
          );
        } catch (e) {
          if (!(e instanceof ODataFault)) throw e;
          res = faultResponse(e);
        }
        out.push({ kind: "response", response: toBatchResponse(res, r.contentId) });
        continue;
      }
      const ids = new Map<string, string>();
      const responses: BatchResponse[] = [];
      let failed: BatchResponse | undefined;
      store.transaction(
        () => {
          for (const r of part.requests) {
            let res: ServiceResponse;
            try {
              const url = resolveUrl(r.url, ids);
              res = safeDispatch({ method: r.method, url, headers: r.headers, body: r.body }, true);
              if (r.contentId !== undefined && res.status < 400) {
                ids.set(r.contentId, res.headers.Location ?? url.href.split("?")[0] ?? url.href);
              }
            } catch (e) {
              if (!(e instanceof ODataFault)) throw e;
              res = faultResponse(e);
            }
            if (res.status >= 400) {
              failed = toBatchResponse(res, r.contentId);
              return false;
            }
            responses.push(toBatchResponse(res, r.contentId));
          }
          return true;
        },
        // All or nothing: a failed change set is undone, and answered with its one failing response.
        (ok) => !ok,
      );
      out.push(failed ? { kind: "response", response: failed } : { kind: "changeset", responses });
    }
    const boundary = `batchresponse_${options.nextBoundary()}`;
    const body = serializeBatchResponse(out, boundary, () => `changesetresponse_${options.nextBoundary()}`);
    return {
      status: 200,
      headers: { "Content-Type": `multipart/mixed; boundary=${boundary}`, "OData-Version": "4.0" },
      body,
    };
  };

  return {
    handle(request) {
      return safeDispatch(request, false);
    },
  };
}
