/**
 * Loads a {@link D365Seed} into the simulator's entity sets: currencies, legal entities, exchange
 * rates, main accounts, financial dimensions and values, customer groups, customers and products.
 */
import type { EntitySetName } from "../../../generated/d365/entity-sets.js";
import type { D365Seed } from "../data/d365-seed.js";
import type { EntityRow, StoredValue } from "./edm.js";
import type { EntityStore } from "./entity-store.js";

/** Adds one row (no business rules), filling unset properties with D365's empty values. */
export type PutRow = (setName: EntitySetName, values: Readonly<Record<string, StoredValue>>) => EntityRow;

/** Writes the seed's master data through `put`. */
export function loadSeed(store: EntityStore, seed: D365Seed, put: PutRow): void {
  for (const c of seed.currencies)
    put("Currencies", { CurrencyCode: c.code, Name: c.name, Symbol: c.symbol });
  for (const c of seed.companies) {
    put("LegalEntities", {
      LegalEntityId: c.id,
      Name: c.name,
      CompanyName: c.name,
      AddressCountryRegionId: c.country,
    });
  }
  for (const r of seed.exchangeRates) {
    put("ExchangeRates", {
      RateTypeName: r.rateType,
      FromCurrency: r.from,
      ToCurrency: r.to,
      StartDate: r.startDate,
      Rate: r.rate,
      EndDate: "2154-12-31T00:00:00Z",
    });
  }
  for (const a of seed.mainAccounts) {
    put("MainAccounts", {
      ChartOfAccounts: a.chartOfAccounts,
      MainAccountId: a.id,
      Name: a.name,
      MainAccountType: a.type,
      IsSuspended: a.suspended ? "Yes" : "No",
      MainAccountRecId: String(store.nextRecId()),
    });
  }
  for (const d of seed.dimensions) {
    put("DimensionAttributes", { DimensionName: d.name, ReportColumnName: d.name });
    for (const v of d.values) {
      put("FinancialDimensionValues", {
        FinancialDimension: d.name,
        LegalEntityId: v.legalEntity ?? "",
        DimensionValue: v.value,
        Description: v.description,
        IsSuspended: v.suspended ? "Yes" : "No",
      });
    }
  }
  for (const g of seed.customerGroups) {
    put("CustomerGroups", { dataAreaId: g.company, CustomerGroupId: g.id, Description: g.description });
  }
  for (const c of seed.customers) {
    put("CustomersV3", {
      dataAreaId: c.company,
      CustomerAccount: c.account,
      OrganizationName: c.name,
      PartyType: "Organization",
      CustomerGroupId: c.group,
      SalesCurrencyCode: c.currency,
    });
  }
  for (const p of seed.releasedProducts) {
    const row = {
      dataAreaId: p.company,
      ItemNumber: p.itemNumber,
      ProductNumber: p.itemNumber,
      SearchName: p.name,
      SalesPrice: p.salesPrice,
      SalesUnitSymbol: p.unit,
    };
    put("ReleasedProductsV2", { ...row, ProductSearchName: p.name });
    put("ReleasedDistinctProducts", row);
  }
}
