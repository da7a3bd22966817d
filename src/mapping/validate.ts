/**
 * `validateMapping`: checks every reference of a mapping against D365 in the right legal entity:
 * legal entities, currencies, customers (and whether a missing one lives in another company), main
 * accounts (existing, not suspended, in the chart), dimensions (in the integration format, existing,
 * value existing for the company and not suspended), items (released to each company), journal
 * names (as far as D365 lets them be checked) and account roles of every rule.
 */
import type { Issue } from "../core/errors.js";
import type { D365Client } from "../d365/client.js";
import { createMasterData, type MasterData } from "../d365/master-data.js";
import { defaultRules } from "./default-template.js";
import { displayValueIssues } from "./display-value.js";
import { resolveAccountRole } from "./resolve.js";
import type { Mapping } from "./schema.js";

/** One finding of {@link validateMapping}: zod's issue shape plus a severity. */
export interface MappingIssue extends Issue {
  /** `error`: posting would fail; `warning`: could not be verified, or probably wrong. */
  readonly severity: "error" | "warning";
}

/** What {@link validateMapping} reads from D365; {@link createMasterData} implements it. */
export type MappingLookup = Pick<
  MasterData,
  | "mainAccount"
  | "dimensions"
  | "dimensionValue"
  | "legalEntities"
  | "currencies"
  | "customerExists"
  | "customerCompanies"
  | "releasedProduct"
  | "journalName"
> &
  Partial<Pick<MasterData, "bankAccount">>;

function isClient(value: MappingLookup | D365Client): value is D365Client {
  return (
    typeof (value as D365Client).fetchFor === "function" &&
    typeof (value as D365Client).serviceRoot === "string"
  );
}

type Path = readonly (string | number)[];

/**
 * Checks a mapping against D365. Returns every issue found (an empty list means the mapping is
 * sound); never throws for a bad mapping.
 * @param d365 a D365 client (read through a fresh {@link createMasterData}) or master-data reads
 * @example
 * const issues = await validateMapping(mapping, createMasterData(d365));
 * for (const i of issues) console.log(i.severity, i.path.join("."), i.message);
 */
export async function validateMapping(
  mapping: Mapping,
  d365: MappingLookup | D365Client,
): Promise<MappingIssue[]> {
  const md = isClient(d365) ? createMasterData(d365) : d365;
  const issues: MappingIssue[] = [];
  const error = (code: string, path: Path, message: string) =>
    issues.push({ severity: "error", code, path, message });
  const warn = (code: string, path: Path, message: string) =>
    issues.push({ severity: "warning", code, path, message });

  const [companies, currencies, dimensionNames] = await Promise.all([
    md.legalEntities(),
    md.currencies(),
    md.dimensions(),
  ]);
  const format = mapping.segmentFormat;
  for (const [i, name] of format.dimensions.entries()) {
    if (!dimensionNames.has(name)) {
      error(
        "dimension_missing",
        ["segmentFormat", "dimensions", i],
        `financial dimension '${name}' does not exist in D365`,
      );
    }
  }

  const checkMainAccount = async (id: string, path: Path) => {
    const found = await md.mainAccount(id);
    const inChart = mapping.chartOfAccounts
      ? found.filter((a) => a.chartOfAccounts.toLowerCase() === mapping.chartOfAccounts?.toLowerCase())
      : found;
    if (inChart.length === 0) {
      error(
        "main_account_missing",
        path,
        `main account '${id}' does not exist${mapping.chartOfAccounts ? ` in chart of accounts '${mapping.chartOfAccounts}'` : ""}`,
      );
    } else if (inChart.every((a) => a.suspended)) {
      error("main_account_suspended", path, `main account '${id}' is suspended`);
    }
  };

  const checkDimensions = async (dims: Readonly<Record<string, string>>, legalEntity: string, path: Path) => {
    for (const issue of displayValueIssues(format, dims, path)) issues.push({ ...issue, severity: "error" });
    for (const [name, value] of Object.entries(dims)) {
      if (value === "" || !dimensionNames.has(name)) continue;
      const found = await md.dimensionValue(name, value, legalEntity);
      if (!found) {
        error(
          "dimension_value_missing",
          [...path, name],
          `value '${value}' of dimension '${name}' does not exist for ${legalEntity}`,
        );
      } else if (found.suspended) {
        error(
          "dimension_value_suspended",
          [...path, name],
          `value '${value}' of dimension '${name}' is suspended`,
        );
      }
    }
  };

  const legalEntities = new Set<string>();
  for (const [id, m] of Object.entries(mapping.marketplaces)) {
    const at = ["marketplaces", id];
    const company = m.legalEntity.toUpperCase();
    if (!companies.has(company)) {
      error("legal_entity_missing", [...at, "legalEntity"], `legal entity '${m.legalEntity}' does not exist`);
      continue;
    }
    legalEntities.add(company);
    if (!currencies.has(m.currency.toUpperCase())) {
      error("currency_missing", [...at, "currency"], `currency '${m.currency}' does not exist in D365`);
    }
    if (!(await md.customerExists(company, m.customerAccount))) {
      const elsewhere = await md.customerCompanies(m.customerAccount);
      if (elsewhere.length > 0) {
        error(
          "customer_wrong_company",
          [...at, "customerAccount"],
          `customer '${m.customerAccount}' exists in ${elsewhere.join(", ")}, not in ${company}, the marketplace's legal entity`,
        );
      } else if (m.customer) {
        warn(
          "customer_will_be_created",
          [...at, "customerAccount"],
          `customer '${m.customerAccount}' does not exist in ${company} yet; ensureCustomer will create it`,
        );
      } else {
        error(
          "customer_missing",
          [...at, "customerAccount"],
          `customer '${m.customerAccount}' does not exist in ${company}`,
        );
      }
    }
    await checkDimensions(m.dimensions, company, [...at, "dimensions"]);
    await checkMainAccount(m.clearingAccount, [...at, "clearingAccount"]);
    if (m.bank.type === "Bank") {
      const found = md.bankAccount ? await md.bankAccount(company, m.bank.account) : "unknown";
      if (found === "missing") {
        error(
          "bank_account_missing",
          [...at, "bank", "account"],
          `bank account '${m.bank.account}' of marketplace ${m.name} (${id}) does not exist in ${company}; deposits would fail`,
        );
      } else if (found === "unknown") {
        warn(
          "bank_account_unverified",
          [...at, "bank", "account"],
          `bank account '${m.bank.account}' of marketplace ${m.name} (${id}) could not be verified in ${company} (no journal uses it yet); check Cash and bank management › Bank accounts`,
        );
      }
    } else {
      await checkMainAccount(m.bank.mainAccount, [...at, "bank", "mainAccount"]);
      if (m.bank.dimensions) await checkDimensions(m.bank.dimensions, company, [...at, "bank", "dimensions"]);
    }
    if ((await md.journalName(company, m.journalName)) === "unknown") {
      warn(
        "journal_name_unverified",
        [...at, "journalName"],
        `journal name '${m.journalName}' could not be verified in ${company} (no journal uses it yet); check General ledger › Journal setup › Journal names`,
      );
    }
  }

  for (const [role, account] of Object.entries(mapping.accounts)) {
    await checkMainAccount(account, ["accounts", role]);
  }
  const rules = [
    ...mapping.settlement.rules.map((rule, i) => ({ rule, path: ["settlement", "rules", i] as Path })),
    ...(mapping.settlement.useDefaultTemplate
      ? defaultRules.map((rule, i) => ({ rule, path: ["defaultTemplate", i] as Path }))
      : []),
  ];
  const unmappedRoles = new Map<string, Path>();
  for (const { rule, path } of rules) {
    if (rule.mainAccount !== undefined) await checkMainAccount(rule.mainAccount, [...path, "mainAccount"]);
    if (
      rule.account !== undefined &&
      resolveAccountRole(mapping, rule.account) === undefined &&
      !unmappedRoles.has(rule.account)
    ) {
      unmappedRoles.set(rule.account, path);
    }
    for (const company of legalEntities)
      await checkDimensions(rule.dimensions, company, [...path, "dimensions"]);
  }
  for (const [role, path] of unmappedRoles) {
    // Only a warning: a role matters only when a settlement holds such an amount, and then it parks.
    warn(
      "account_role_unmapped",
      ["accounts", role],
      `account role '${role}' (used by ${path.join(".")}) has no main account; amounts of it will park`,
    );
  }

  const itemCompanies = mapping.items.legalEntities?.map((c) => c.toUpperCase()) ?? [...legalEntities];
  const items = [
    ...Object.entries(mapping.items.bySku).map(([k, v]) => ({
      item: v,
      path: ["items", "bySku", k] as Path,
    })),
    ...Object.entries(mapping.items.byAsin).map(([k, v]) => ({
      item: v,
      path: ["items", "byAsin", k] as Path,
    })),
    ...(mapping.items.fallbackItemNumber
      ? [{ item: mapping.items.fallbackItemNumber, path: ["items", "fallbackItemNumber"] as Path }]
      : []),
  ];
  if (mapping.items.onMissing === "fallback" && !mapping.items.fallbackItemNumber) {
    error(
      "fallback_item_missing",
      ["items", "fallbackItemNumber"],
      "onMissing is 'fallback' but no fallbackItemNumber is set",
    );
  }
  for (const { item, path } of items) {
    for (const company of itemCompanies) {
      if (!(await md.releasedProduct(company, item))) {
        error("item_missing", path, `item '${item}' is not released in ${company}`);
      }
    }
  }
  return issues;
}
