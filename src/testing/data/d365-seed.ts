/**
 * Default master data for the D365 simulator: legal entities and their currencies, a chart of
 * main accounts that covers Amazon settlement postings, financial dimensions and their values,
 * customer groups, customers, journal names and released products. Amounts are decimal strings.
 */

/** A legal entity (company) and its accounting currency. */
export interface D365SeedCompany {
  /** Company id as users type it, e.g. `USMF`; D365 stores it lower-case as `dataAreaId`. */
  readonly id: string;
  readonly name: string;
  /** Accounting currency, e.g. `USD`. */
  readonly currency: string;
  /** ISO 3166 alpha-3 country, e.g. `USA`. */
  readonly country: string;
  /** Chart of accounts the company uses. */
  readonly chartOfAccounts: string;
}

/** One main account of a chart of accounts. */
export interface D365SeedMainAccount {
  readonly chartOfAccounts: string;
  readonly id: string;
  readonly name: string;
  /** A `DimensionLedgerAccountType` member. */
  readonly type: "Revenue" | "Expense" | "Asset" | "Liability" | "Equity" | "BalanceSheet" | "ProfitAndLoss";
  /** True when postings are blocked (`IsSuspended = Yes`). */
  readonly suspended?: boolean;
}

/** A financial dimension and its values. */
export interface D365SeedDimension {
  readonly name: string;
  readonly values: readonly {
    readonly value: string;
    readonly description: string;
    /** Legal entity that owns the value; omitted = shared by all companies. */
    readonly legalEntity?: string;
    readonly suspended?: boolean;
  }[];
}

/** A journal name (template) of a company. */
export interface D365SeedJournalName {
  readonly company: string;
  readonly name: string;
  readonly description: string;
  /** Prefix of the vouchers this journal name draws, e.g. `GNJL`. */
  readonly voucherSeries: string;
  readonly journalType: "Daily" | "CustPayment";
}

/** The data a D365 simulator starts with. */
export interface D365Seed {
  readonly companies: readonly D365SeedCompany[];
  readonly currencies: readonly { readonly code: string; readonly name: string; readonly symbol: string }[];
  readonly exchangeRates: readonly {
    readonly rateType: string;
    readonly from: string;
    readonly to: string;
    readonly startDate: string;
    readonly rate: string;
  }[];
  readonly mainAccounts: readonly D365SeedMainAccount[];
  readonly dimensions: readonly D365SeedDimension[];
  readonly customerGroups: readonly {
    readonly company: string;
    readonly id: string;
    readonly description: string;
  }[];
  readonly customers: readonly {
    readonly company: string;
    readonly account: string;
    readonly name: string;
    readonly group: string;
    readonly currency: string;
  }[];
  readonly journalNames: readonly D365SeedJournalName[];
  readonly releasedProducts: readonly {
    readonly company: string;
    readonly itemNumber: string;
    readonly name: string;
    readonly salesPrice: string;
    readonly unit: string;
  }[];
  /** Bank accounts per company, for journal lines of account type `Bank`. */
  readonly bankAccounts: readonly {
    readonly company: string;
    readonly id: string;
    readonly currency: string;
  }[];
}

const CHART = "Shared";

const COMPANIES: readonly D365SeedCompany[] = [
  {
    id: "USMF",
    name: "Contoso Entertainment System USA",
    currency: "USD",
    country: "USA",
    chartOfAccounts: CHART,
  },
  {
    id: "CAMF",
    name: "Contoso Entertainment System Canada",
    currency: "CAD",
    country: "CAN",
    chartOfAccounts: CHART,
  },
  {
    id: "GBSI",
    name: "Contoso Entertainment System UK",
    currency: "GBP",
    country: "GBR",
    chartOfAccounts: CHART,
  },
  {
    id: "DEMF",
    name: "Contoso Entertainment System Germany",
    currency: "EUR",
    country: "DEU",
    chartOfAccounts: CHART,
  },
  // One company per further Amazon marketplace, so every settlement posts to its own legal entity.
  {
    id: "MXMF",
    name: "Contoso Entertainment System Mexico",
    currency: "MXN",
    country: "MEX",
    chartOfAccounts: CHART,
  },
  {
    id: "FRRT",
    name: "Contoso Entertainment System France",
    currency: "EUR",
    country: "FRA",
    chartOfAccounts: CHART,
  },
  {
    id: "ITCO",
    name: "Contoso Entertainment System Italy",
    currency: "EUR",
    country: "ITA",
    chartOfAccounts: CHART,
  },
  {
    id: "ESMF",
    name: "Contoso Entertainment System Spain",
    currency: "EUR",
    country: "ESP",
    chartOfAccounts: CHART,
  },
  {
    id: "JPMF",
    name: "Contoso Entertainment System Japan",
    currency: "JPY",
    country: "JPN",
    chartOfAccounts: CHART,
  },
];

const MAIN_ACCOUNTS: readonly D365SeedMainAccount[] = [
  { id: "110110", name: "Bank - operating account", type: "Asset" },
  { id: "110180", name: "Amazon settlement clearing", type: "Asset" },
  { id: "130100", name: "Accounts receivable - domestic", type: "Asset" },
  { id: "130700", name: "Amazon reserve held", type: "Asset" },
  { id: "130800", name: "Amazon reimbursements receivable", type: "Asset" },
  { id: "222100", name: "Sales tax payable", type: "Liability" },
  { id: "222150", name: "Marketplace facilitator tax withheld", type: "Liability" },
  { id: "401100", name: "Sales revenue - marketplace", type: "Revenue" },
  { id: "401200", name: "Shipping revenue", type: "Revenue" },
  { id: "401300", name: "Gift wrap revenue", type: "Revenue" },
  { id: "401500", name: "Promotions and discounts", type: "Revenue" },
  { id: "401600", name: "Refunds and sales returns", type: "Revenue" },
  { id: "401700", name: "Reimbursement income", type: "Revenue" },
  { id: "401800", name: "Chargebacks", type: "Revenue" },
  { id: "618100", name: "Marketplace referral fees", type: "Expense" },
  { id: "618200", name: "FBA fulfilment fees", type: "Expense" },
  { id: "618300", name: "FBA storage fees", type: "Expense" },
  { id: "618400", name: "Advertising - sponsored products", type: "Expense" },
  { id: "618500", name: "Marketplace subscription fee", type: "Expense" },
  { id: "618600", name: "Other marketplace fees", type: "Expense" },
  { id: "618900", name: "Closed account - do not use", type: "Expense", suspended: true },
].map((a) => ({ ...a, chartOfAccounts: CHART }) as D365SeedMainAccount);

const DIMENSIONS: readonly D365SeedDimension[] = [
  {
    name: "BusinessUnit",
    values: [
      { value: "001", description: "Home" },
      { value: "002", description: "Auto" },
      { value: "003", description: "Retail" },
      { value: "004", description: "Marketplaces" },
    ],
  },
  {
    name: "Department",
    values: [
      { value: "022", description: "Sales" },
      { value: "023", description: "Operations" },
      { value: "024", description: "Finance" },
      { value: "025", description: "E-commerce" },
      { value: "099", description: "Closed department", suspended: true },
    ],
  },
  {
    name: "CostCenter",
    values: [
      { value: "007", description: "Marketing" },
      { value: "008", description: "Fulfilment" },
      { value: "009", description: "Customer service" },
    ],
  },
  {
    name: "SalesChannel",
    values: [
      { value: "AMAZON-US", description: "Amazon.com" },
      { value: "AMAZON-CA", description: "Amazon.ca" },
      { value: "AMAZON-UK", description: "Amazon.co.uk" },
      { value: "AMAZON-DE", description: "Amazon.de" },
      { value: "AMAZON-MX", description: "Amazon.com.mx" },
      { value: "AMAZON-FR", description: "Amazon.fr" },
      { value: "AMAZON-IT", description: "Amazon.it" },
      { value: "AMAZON-ES", description: "Amazon.es" },
      { value: "AMAZON-JP", description: "Amazon.co.jp" },
      { value: "RETAIL", description: "Own stores" },
      { value: "WHOLESALE", description: "Wholesale" },
    ],
  },
];

const perCompany = <T>(make: (c: D365SeedCompany) => readonly T[]): T[] => COMPANIES.flatMap((c) => make(c));

/**
 * The default seed: nine companies, one per simulated Amazon marketplace (USMF, CAMF, MXMF, GBSI,
 * DEMF, FRRT, ITCO, ESMF, JPMF), and what Amazon settlement postings need in each.
 */
export const defaultD365Seed: D365Seed = {
  companies: COMPANIES,
  currencies: [
    { code: "USD", name: "US Dollar", symbol: "$" },
    { code: "CAD", name: "Canadian Dollar", symbol: "$" },
    { code: "GBP", name: "Pound Sterling", symbol: "£" },
    { code: "EUR", name: "Euro", symbol: "€" },
    { code: "MXN", name: "Mexican Peso", symbol: "$" },
    { code: "JPY", name: "Japanese Yen", symbol: "¥" },
  ],
  exchangeRates: [
    { rateType: "Default", from: "CAD", to: "USD", startDate: "2026-01-01T00:00:00Z", rate: "73.1500" },
    { rateType: "Default", from: "GBP", to: "USD", startDate: "2026-01-01T00:00:00Z", rate: "127.4200" },
    { rateType: "Default", from: "EUR", to: "USD", startDate: "2026-01-01T00:00:00Z", rate: "108.9100" },
    { rateType: "Default", from: "MXN", to: "USD", startDate: "2026-01-01T00:00:00Z", rate: "5.4600" },
    { rateType: "Default", from: "JPY", to: "USD", startDate: "2026-01-01T00:00:00Z", rate: "0.6700" },
  ],
  mainAccounts: MAIN_ACCOUNTS,
  dimensions: DIMENSIONS,
  customerGroups: perCompany((c) => [
    { company: c.id, id: "10", description: "Wholesale customers" },
    { company: c.id, id: "30", description: "Retail customers" },
    { company: c.id, id: "AMZ", description: "Amazon marketplace customers" },
  ]),
  customers: [
    { company: "USMF", account: "US-001", name: "Contoso Retail San Diego", group: "30", currency: "USD" },
    { company: "USMF", account: "AMZ-US", name: "Amazon.com customers", group: "AMZ", currency: "USD" },
    { company: "USMF", account: "AMZ-MX", name: "Amazon.com.mx customers", group: "AMZ", currency: "MXN" },
    { company: "CAMF", account: "AMZ-CA", name: "Amazon.ca customers", group: "AMZ", currency: "CAD" },
    { company: "GBSI", account: "AMZ-UK", name: "Amazon.co.uk customers", group: "AMZ", currency: "GBP" },
    { company: "DEMF", account: "AMZ-DE", name: "Amazon.de customers", group: "AMZ", currency: "EUR" },
    { company: "MXMF", account: "AMZ-MX", name: "Amazon.com.mx customers", group: "AMZ", currency: "MXN" },
    { company: "FRRT", account: "AMZ-FR", name: "Amazon.fr customers", group: "AMZ", currency: "EUR" },
    { company: "ITCO", account: "AMZ-IT", name: "Amazon.it customers", group: "AMZ", currency: "EUR" },
    { company: "ESMF", account: "AMZ-ES", name: "Amazon.es customers", group: "AMZ", currency: "EUR" },
    { company: "JPMF", account: "AMZ-JP", name: "Amazon.co.jp customers", group: "AMZ", currency: "JPY" },
  ],
  journalNames: perCompany((c) => [
    {
      company: c.id,
      name: "GenJrn",
      description: "General journal",
      voucherSeries: "GNJL",
      journalType: "Daily",
    },
    {
      company: c.id,
      name: "AmzStl",
      description: "Amazon settlements",
      voucherSeries: "AMZS",
      journalType: "Daily",
    },
    {
      company: c.id,
      name: "CustPay",
      description: "Customer payments",
      voucherSeries: "CPAY",
      journalType: "CustPayment",
    },
  ]),
  releasedProducts: perCompany((c) =>
    c.id === "USMF" || c.id === "CAMF"
      ? [
          { company: c.id, itemNumber: "A0001", name: "HDMI cable 6ft", salesPrice: "14.99", unit: "ea" },
          { company: c.id, itemNumber: "A0002", name: "Wireless speaker", salesPrice: "89.50", unit: "ea" },
          { company: c.id, itemNumber: "D0001", name: "Mid-range speaker", salesPrice: "249.00", unit: "ea" },
          { company: c.id, itemNumber: "T0100", name: "Television 55in", salesPrice: "1199.99", unit: "ea" },
        ]
      : [],
  ),
  bankAccounts: perCompany((c) => [{ company: c.id, id: `${c.id}OPER`, currency: c.currency }]),
};
