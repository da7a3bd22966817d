/**
 * The Amazon customer of a marketplace in one legal entity (`CustomersV3`): found by its stable
 * account (or, when none is configured, by organization name and customer group), created when
 * missing. CustomersV3 is "single thread only" in D365: call this once per marketplace at setup,
 * not per order.
 */
import { dedupKeys } from "../../core/dedup.js";
import { ValidationError } from "../../core/errors.js";
import type { JsonValue } from "../../core/storage.js";
import type { D365Client } from "../client.js";
import type { D365Create } from "../create-types.js";
import { filterFor } from "../filter.js";
import { type CallOptions, getEntity, queryAll } from "../query.js";
import { createEntity } from "../write.js";
import { type Ensured, ensureOnce, fieldOf, type NaturalKeyOptions } from "./natural-key.js";

/** The customer to find or create. */
export interface AmazonCustomerInput {
  /** Legal entity, e.g. `USMF`. */
  readonly dataAreaId: string;
  /**
   * Stable account per marketplace, e.g. `AMZ-US`. When left out, the customer is looked up by
   * `organizationName` + `customerGroupId`, and a new one takes its account from D365's number
   * sequence [unverified for OData: set one where D365 refuses].
   */
  readonly customerAccount?: string;
  /** e.g. `Amazon.com customers`. */
  readonly organizationName: string;
  readonly customerGroupId: string;
  /** ISO 4217, e.g. `USD`. */
  readonly salesCurrencyCode: string;
  /** Further properties for a new customer (payment terms, tax group…). */
  readonly extra?: Partial<D365Create<"CustomersV3">>;
}

/** A customer in D365. */
export interface CustomerRef {
  readonly [key: string]: string;
  readonly dataAreaId: string;
  readonly customerAccount: string;
}

const SELECT = ["dataAreaId", "CustomerAccount", "OrganizationName", "CustomerGroupId"] as const;

/**
 * Finds or creates the Amazon customer of a marketplace in one legal entity.
 * @example
 * const { value } = await ensureCustomer(d365, {
 *   dataAreaId: "USMF", customerAccount: "AMZ-US", organizationName: "Amazon.com customers",
 *   customerGroupId: "AMZ", salesCurrencyCode: "USD",
 * });
 */
export async function ensureCustomer(
  client: D365Client,
  input: AmazonCustomerInput,
  options: CallOptions & NaturalKeyOptions = {},
): Promise<Ensured<CustomerRef>> {
  const company = input.dataAreaId.toLowerCase();
  const natural = input.customerAccount
    ? { CustomerAccount: input.customerAccount }
    : { OrganizationName: input.organizationName, CustomerGroupId: input.customerGroupId };
  const key = dedupKeys.d365("CustomersV3", company, natural);
  const record = options.record ?? key;
  const reads = { ...options, record };
  // A done key is believed only while D365 still holds the customer it names (one read by key).
  const verify = async (done: JsonValue): Promise<boolean> => {
    const account = fieldOf(done, "customerAccount");
    if (account === undefined) return false;
    const hit = await getEntity(
      client,
      "CustomersV3",
      { dataAreaId: company, CustomerAccount: account },
      { ...reads, select: ["CustomerAccount"] },
    );
    return hit !== undefined;
  };
  return ensureOnce(key, { ...options, verify }, async (fence) => {
    const found = await findCustomer(client, input, reads);
    if (found) return { value: found, outcome: "found" };
    const created = await createEntity(
      client,
      "CustomersV3",
      {
        ...input.extra,
        dataAreaId: company,
        ...(input.customerAccount ? { CustomerAccount: input.customerAccount } : {}),
        OrganizationName: input.organizationName,
        PartyType: "Organization",
        CustomerGroupId: input.customerGroupId,
        SalesCurrencyCode: input.salesCurrencyCode,
      } as D365Create<"CustomersV3">,
      { ...reads, ...(fence ? { fence } : {}) },
    );
    return {
      value: { dataAreaId: company, customerAccount: String(created.CustomerAccount) },
      outcome: "created",
    };
  });
}

/** Looks the customer up by account, or by organization name and group. */
export async function findCustomer(
  client: D365Client,
  input: Pick<AmazonCustomerInput, "dataAreaId" | "customerAccount" | "organizationName" | "customerGroupId">,
  options: CallOptions = {},
): Promise<CustomerRef | undefined> {
  const company = input.dataAreaId.toLowerCase();
  if (input.customerAccount) {
    const hit = await getEntity(
      client,
      "CustomersV3",
      { dataAreaId: company, CustomerAccount: input.customerAccount },
      { ...options, select: SELECT },
    );
    return hit ? { dataAreaId: company, customerAccount: String(hit.CustomerAccount) } : undefined;
  }
  const q = filterFor("CustomersV3");
  const hits = await queryAll(client, "CustomersV3", {
    ...options,
    company,
    select: SELECT,
    filter: q.and(
      q.eq("OrganizationName", input.organizationName),
      q.eq("CustomerGroupId", input.customerGroupId),
    ),
    top: 2,
  });
  if (hits.length > 1) {
    throw new ValidationError(`Several customers named '${input.organizationName}' in ${company}`, {
      issues: [
        {
          code: "ambiguous_customer",
          path: ["customerAccount"],
          message: `${hits.map((h) => h.CustomerAccount).join(", ")} all match; configure the account explicitly`,
        },
      ],
      where: { system: "d365", operation: "CustomersV3" },
    });
  }
  const hit = hits[0];
  return hit ? { dataAreaId: company, customerAccount: String(hit.CustomerAccount) } : undefined;
}
