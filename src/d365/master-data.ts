/**
 * Cached reads of the D365 master data a mapping refers to: main accounts, financial dimensions
 * and their values, legal entities, currencies, customer groups, customers and released products.
 * Each answer is kept for a TTL on the injected clock, per instance; a failed read is not cached.
 */
import { type Clock, systemClock } from "../core/clock.js";
import type { D365Client } from "./client.js";
import { filterFor } from "./filter.js";
import { type CallOptions, getEntity, queryAll, queryEntities } from "./query.js";

/** A main account of one chart of accounts. */
export interface MainAccountInfo {
  readonly chartOfAccounts: string;
  readonly mainAccountId: string;
  readonly name: string;
  readonly suspended: boolean;
}

/** A financial dimension value; `legalEntityId` is empty for values shared by all companies. */
export interface DimensionValueInfo {
  readonly dimension: string;
  readonly value: string;
  readonly legalEntityId: string;
  readonly suspended: boolean;
}

/** A released product of one company. */
export interface ReleasedProductInfo {
  readonly dataAreaId: string;
  readonly itemNumber: string;
  readonly name: string;
  readonly salesUnitSymbol: string;
}

/** Whether a journal name exists; `unknown` when the metadata holds no entity to check it. */
export type JournalNameCheck = "exists" | "unknown";

/** What is known of a bank account: `missing` only from a source that lists every bank account. */
export type BankAccountCheck = "exists" | "missing" | "unknown";

/** The master data reads; {@link createMasterData} is the D365 implementation. */
export interface MasterData {
  /** Main accounts by id; an id may exist in several charts. */
  mainAccount(mainAccountId: string): Promise<readonly MainAccountInfo[]>;
  /** Names of the financial dimensions (`DimensionAttributes`). */
  dimensions(): Promise<ReadonlySet<string>>;
  /** The value as the legal entity sees it: its own value first, then a shared one. */
  dimensionValue(
    dimension: string,
    value: string,
    legalEntity: string,
  ): Promise<DimensionValueInfo | undefined>;
  /** Legal entity ids, upper case. */
  legalEntities(): Promise<ReadonlySet<string>>;
  /** ISO currency codes, upper case. */
  currencies(): Promise<ReadonlySet<string>>;
  customerGroups(dataAreaId: string): Promise<ReadonlySet<string>>;
  /** True when the customer account exists in the company. */
  customerExists(dataAreaId: string, customerAccount: string): Promise<boolean>;
  /** Companies (upper case) that hold a customer account of this id. */
  customerCompanies(customerAccount: string): Promise<readonly string[]>;
  releasedProduct(dataAreaId: string, itemNumber: string): Promise<ReleasedProductInfo | undefined>;
  /**
   * D365 publishes no journal-name entity in the generated metadata; a name counts as existing when
   * a journal of this company already uses it, otherwise the answer is `unknown`.
   */
  journalName(dataAreaId: string, journalName: string): Promise<JournalNameCheck>;
  /**
   * The pinned D365 metadata has no bank account entity either: a bank account counts as existing
   * when a general journal line of the company uses it (as account or offset), otherwise `unknown`.
   * A host with its own list of bank accounts answers `missing` through its own lookup.
   */
  bankAccount(dataAreaId: string, bankAccountId: string): Promise<BankAccountCheck>;
  /** Drops every cached answer. */
  invalidate(): void;
}

/** Options of {@link createMasterData}. */
export interface MasterDataOptions extends CallOptions {
  /**
   * How long an answer is kept.
   * @default 900_000 (15 minutes)
   */
  readonly ttlMs?: number;
  /** @default systemClock */
  readonly clock?: Clock;
}

/**
 * Creates cached master-data reads over a D365 client.
 * @example
 * const md = createMasterData(d365, { ttlMs: 60_000 });
 * (await md.currencies()).has("EUR");
 */
export function createMasterData(client: D365Client, options: MasterDataOptions = {}): MasterData {
  const ttl = options.ttlMs ?? 900_000;
  const clock = options.clock ?? systemClock;
  const call: CallOptions = {
    ...(options.record !== undefined ? { record: options.record } : {}),
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
  };
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();

  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit && clock.now() - hit.at < ttl) return hit.value as Promise<T>;
    const value = load();
    cache.set(key, { at: clock.now(), value });
    value.catch(() => {
      if (cache.get(key)?.value === value) cache.delete(key);
    });
    return value;
  };
  const lower = (s: string) => s.toLowerCase();

  const mainAccounts = () =>
    cached("main-accounts", async () => {
      const byId = new Map<string, MainAccountInfo[]>();
      for await (const a of queryEntities(client, "MainAccounts", {
        ...call,
        select: ["ChartOfAccounts", "MainAccountId", "Name", "IsSuspended"],
        maxPageSize: 5000,
      })) {
        const info: MainAccountInfo = {
          chartOfAccounts: String(a.ChartOfAccounts ?? ""),
          mainAccountId: String(a.MainAccountId ?? ""),
          name: String(a.Name ?? ""),
          suspended: a.IsSuspended === "Yes",
        };
        const id = lower(info.mainAccountId);
        byId.set(id, [...(byId.get(id) ?? []), info]);
      }
      return byId;
    });

  const dimensionValues = (dimension: string) =>
    cached(`dimension-values:${lower(dimension)}`, async () => {
      const q = filterFor("FinancialDimensionValues");
      const rows = await queryAll(client, "FinancialDimensionValues", {
        ...call,
        filter: q.eq("FinancialDimension", dimension),
        select: ["FinancialDimension", "LegalEntityId", "DimensionValue", "IsSuspended"],
        maxPageSize: 5000,
      });
      return rows.map(
        (r): DimensionValueInfo => ({
          dimension: String(r.FinancialDimension ?? ""),
          value: String(r.DimensionValue ?? ""),
          legalEntityId: String(r.LegalEntityId ?? ""),
          suspended: r.IsSuspended === "Yes",
        }),
      );
    });

  return {
    async mainAccount(id) {
      return (await mainAccounts()).get(lower(id)) ?? [];
    },
    dimensions: () =>
      cached("dimensions", async () => {
        const rows = await queryAll(client, "DimensionAttributes", { ...call, select: ["DimensionName"] });
        return new Set(rows.map((r) => String(r.DimensionName)));
      }),
    async dimensionValue(dimension, value, legalEntity) {
      const values = (await dimensionValues(dimension)).filter((v) => lower(v.value) === lower(value));
      return (
        values.find((v) => lower(v.legalEntityId) === lower(legalEntity)) ??
        values.find((v) => v.legalEntityId === "")
      );
    },
    legalEntities: () =>
      cached("legal-entities", async () => {
        const rows = await queryAll(client, "LegalEntities", { ...call, select: ["LegalEntityId"] });
        return new Set(rows.map((r) => String(r.LegalEntityId).toUpperCase()));
      }),
    currencies: () =>
      cached("currencies", async () => {
        const rows = await queryAll(client, "Currencies", { ...call, select: ["CurrencyCode"] });
        return new Set(rows.map((r) => String(r.CurrencyCode).toUpperCase()));
      }),
    customerGroups: (dataAreaId) =>
      cached(`customer-groups:${lower(dataAreaId)}`, async () => {
        const rows = await queryAll(client, "CustomerGroups", {
          ...call,
          company: dataAreaId,
          select: ["CustomerGroupId"],
        });
        return new Set(rows.map((r) => String(r.CustomerGroupId)));
      }),
    customerExists: (dataAreaId, account) =>
      cached(`customer:${lower(dataAreaId)}:${account}`, async () => {
        const hit = await getEntity(
          client,
          "CustomersV3",
          { dataAreaId: lower(dataAreaId), CustomerAccount: account },
          { ...call, select: ["CustomerAccount"] },
        );
        return hit !== undefined;
      }),
    customerCompanies: (account) =>
      cached(`customer-companies:${account}`, async () => {
        const q = filterFor("CustomersV3");
        const rows = await queryAll(client, "CustomersV3", {
          ...call,
          crossCompany: true,
          filter: q.eq("CustomerAccount", account),
          select: ["dataAreaId"],
        });
        return [...new Set(rows.map((r) => String(r.dataAreaId).toUpperCase()))];
      }),
    releasedProduct: (dataAreaId, itemNumber) =>
      cached(`product:${lower(dataAreaId)}:${itemNumber}`, async () => {
        const hit = await getEntity(
          client,
          "ReleasedProductsV2",
          { dataAreaId: lower(dataAreaId), ItemNumber: itemNumber },
          { ...call, select: ["dataAreaId", "ItemNumber", "SearchName", "SalesUnitSymbol"] },
        );
        return hit
          ? {
              dataAreaId: lower(dataAreaId),
              itemNumber: String(hit.ItemNumber),
              name: String(hit.SearchName ?? ""),
              salesUnitSymbol: String(hit.SalesUnitSymbol ?? ""),
            }
          : undefined;
      }),
    journalName: (dataAreaId, journalName) =>
      cached(`journal-name:${lower(dataAreaId)}:${lower(journalName)}`, async () => {
        const q = filterFor("LedgerJournalHeaders");
        const rows = await queryAll(client, "LedgerJournalHeaders", {
          ...call,
          company: dataAreaId,
          filter: q.eq("JournalName", journalName),
          select: ["JournalBatchNumber"],
          top: 1,
        });
        return rows.length > 0 ? "exists" : "unknown";
      }),
    bankAccount: (dataAreaId, bankAccountId) =>
      cached(`bank-account:${lower(dataAreaId)}:${lower(bankAccountId)}`, async () => {
        const q = filterFor("LedgerJournalLines");
        const rows = await queryAll(client, "LedgerJournalLines", {
          ...call,
          company: dataAreaId,
          filter: q.or(
            q.and(q.eq("AccountType", "Bank"), q.eq("AccountDisplayValue", bankAccountId)),
            q.and(q.eq("OffsetAccountType", "Bank"), q.eq("OffsetAccountDisplayValue", bankAccountId)),
          ),
          select: ["JournalBatchNumber"],
          top: 1,
        });
        return rows.length > 0 ? "exists" : "unknown";
      }),
    invalidate() {
      cache.clear();
    },
  };
}
