/**
 * Entity and create types over the generated D365 schemas. The generated `X-create` schemas
 * require every key property, including the ones D365 assigns itself (a free text invoice's
 * `InvoiceIdentifier` is the header's RecId, journal batch numbers and inventory lot ids come from
 * number sequences, line numbers are counted). {@link D365Create} makes exactly those optional.
 */
import type { components } from "../../generated/d365/data-entities.js";
import type { EntitySetName, entitySets } from "../../generated/d365/entity-sets.js";

type Schemas = components["schemas"];

/** The entity type name of an entity set, e.g. `LedgerJournalHeader` for `LedgerJournalHeaders`. */
export type EntityTypeOf<S extends EntitySetName> = (typeof entitySets)[S]["entityType"];

/** An entity as D365 returns it (every property optional: `$select` may leave any out). */
export type D365Entity<S extends EntitySetName> =
  `Microsoft.Dynamics.DataEntities.${EntityTypeOf<S>}` extends keyof Schemas
    ? Schemas[`Microsoft.Dynamics.DataEntities.${EntityTypeOf<S>}`]
    : never;

/** The generated create body of an entity set, keys all required. */
export type GeneratedCreate<S extends EntitySetName> =
  `Microsoft.Dynamics.DataEntities.${EntityTypeOf<S>}-create` extends keyof Schemas
    ? Schemas[`Microsoft.Dynamics.DataEntities.${EntityTypeOf<S>}-create`]
    : never;

/**
 * Key properties D365 assigns on insert when they are left out, per entity set.
 * Learn marks `JournalBatchNumber` as required; D365 draws it from the journal number sequence when
 * omitted and returns it in the `Prefer: return=representation` answer.
 */
export interface ServerAssignedKeys {
  FreeTextInvoiceHeaders: "InvoiceIdentifier";
  FreeTextInvoiceLines: "LineNumber";
  LedgerJournalHeaders: "JournalBatchNumber";
  LedgerJournalLines: "LineNumber";
  CustomerPaymentJournalHeaders: "JournalBatchNumber";
  CustomerPaymentJournalLines: "LineNumber";
  SalesOrderHeadersV2: "SalesOrderNumber";
  SalesOrderLines: "InventoryLotId";
}

/** The same table as data, for code that strips server-assigned keys from a body. */
export const serverAssignedKeys: Readonly<Record<keyof ServerAssignedKeys, readonly string[]>> =
  Object.freeze({
    FreeTextInvoiceHeaders: ["InvoiceIdentifier"],
    FreeTextInvoiceLines: ["LineNumber"],
    LedgerJournalHeaders: ["JournalBatchNumber"],
    LedgerJournalLines: ["LineNumber"],
    CustomerPaymentJournalHeaders: ["JournalBatchNumber"],
    CustomerPaymentJournalLines: ["LineNumber"],
    SalesOrderHeadersV2: ["SalesOrderNumber"],
    SalesOrderLines: ["InventoryLotId"],
  });

type Loosen<T, K extends PropertyKey> = Omit<T, K & keyof T> & Partial<Pick<T, K & keyof T>>;

/**
 * The body of a create: the generated create type with server-assigned keys optional.
 * `dataAreaId` stays required for company-specific entities: an integration must say which company.
 * @example
 * const header: D365Create<"FreeTextInvoiceHeaders"> = { dataAreaId: "usmf", CustomerAccount: "AMZ-US" };
 */
export type D365Create<S extends EntitySetName> = S extends keyof ServerAssignedKeys
  ? Loosen<GeneratedCreate<S>, ServerAssignedKeys[S]>
  : GeneratedCreate<S>;

/** Entity sets D365 exposes read-only (posted documents). No helper of this SDK writes to them. */
export const readOnlyEntitySets = Object.freeze(["SalesInvoiceHeadersV2", "SalesInvoiceV2Lines"] as const);

/** An entity set that may be written. */
export type WritableEntitySet = Exclude<EntitySetName, (typeof readOnlyEntitySets)[number]>;
