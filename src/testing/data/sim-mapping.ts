import type { MappingInput } from "../../mapping/schema.js";

/**
 * A mapping that fits the D365 simulator's default seed: one legal entity per simulated marketplace
 * (US → USMF, CA → CAMF, MX → MXMF, UK → GBSI, DE → DEMF, FR → FRRT, IT → ITCO, ES → ESMF,
 * JP → JPMF) on the "Shared" chart of accounts, segment format MainAccount-BusinessUnit-Department.
 * Every real settlement sample maps with it completely. The demo posts with it; host tests can
 * start from it.
 */
export const simulatorMapping: MappingInput = {
  version: 1,
  segmentFormat: {
    delimiter: "-",
    dimensions: ["BusinessUnit", "Department"],
  },
  chartOfAccounts: "Shared",
  accounts: {
    sales: "401100",
    shipping: "401200",
    giftWrap: "401300",
    promotions: "401500",
    refunds: "401600",
    chargebacks: "401800",
    salesTax: "222100",
    facilitatorTax: "222150",
    fees: "618600",
    referralFees: "618100",
    fbaFees: "618200",
    storageFees: "618300",
    advertising: "618400",
    subscription: "618500",
    otherIncome: "401700",
    reimbursements: "401700",
    reserve: "130700",
    carriedBalance: "130800",
    creditCard: "110110",
    transfers: "110110",
    lending: "110110",
  },
  marketplaces: {
    ATVPDKIKX0DER: {
      name: "Amazon.com",
      aliases: ["Non-Amazon US"],
      legalEntity: "USMF",
      currency: "USD",
      customerAccount: "AMZ-US",
      customer: {
        organizationName: "Amazon.com customers",
        customerGroupId: "AMZ",
      },
      dimensions: {
        BusinessUnit: "004",
        Department: "025",
      },
      journalName: "AmzStl",
      clearingAccount: "110180",
      bank: {
        type: "Bank",
        account: "USMFOPER",
      },
    },
    A2EUQ1WTGCTBG2: {
      name: "Amazon.ca",
      aliases: ["Non-Amazon CA"],
      legalEntity: "CAMF",
      currency: "CAD",
      customerAccount: "AMZ-CA",
      dimensions: {
        BusinessUnit: "004",
        Department: "025",
      },
      journalName: "AmzStl",
      clearingAccount: "110180",
      bank: {
        type: "Ledger",
        mainAccount: "110110",
      },
    },
    A1F83G8C2ARO7P: {
      name: "Amazon.co.uk",
      aliases: ["Non-Amazon UK"],
      legalEntity: "GBSI",
      currency: "GBP",
      customerAccount: "AMZ-UK",
      dimensions: {
        BusinessUnit: "004",
        Department: "025",
      },
      journalName: "AmzStl",
      clearingAccount: "110180",
      bank: {
        type: "Bank",
        account: "GBSIOPER",
      },
    },
    A1PA6795UKMFR9: {
      name: "Amazon.de",
      aliases: ["Non-Amazon DE"],
      legalEntity: "DEMF",
      currency: "EUR",
      customerAccount: "AMZ-DE",
      dimensions: {
        BusinessUnit: "004",
        Department: "025",
      },
      journalName: "AmzStl",
      clearingAccount: "110180",
      bank: {
        type: "Bank",
        account: "DEMFOPER",
      },
    },
    A1AM78C64UM0Y8: {
      name: "Amazon.com.mx",
      aliases: ["Non-Amazon MX"],
      legalEntity: "MXMF",
      currency: "MXN",
      customerAccount: "AMZ-MX",
      dimensions: {
        BusinessUnit: "004",
        Department: "025",
      },
      journalName: "AmzStl",
      clearingAccount: "110180",
      bank: {
        type: "Bank",
        account: "MXMFOPER",
      },
    },
    A13V1IB3VIYZZH: {
      name: "Amazon.fr",
      aliases: ["Non-Amazon FR"],
      legalEntity: "FRRT",
      currency: "EUR",
      customerAccount: "AMZ-FR",
      dimensions: {
        BusinessUnit: "004",
        Department: "025",
      },
      journalName: "AmzStl",
      clearingAccount: "110180",
      bank: {
        type: "Bank",
        account: "FRRTOPER",
      },
    },
    APJ6JRA9NG5V4: {
      name: "Amazon.it",
      aliases: ["Non-Amazon IT"],
      legalEntity: "ITCO",
      currency: "EUR",
      customerAccount: "AMZ-IT",
      dimensions: {
        BusinessUnit: "004",
        Department: "025",
      },
      journalName: "AmzStl",
      clearingAccount: "110180",
      bank: {
        type: "Bank",
        account: "ITCOOPER",
      },
    },
    A1RKKUPIHCS9HS: {
      name: "Amazon.es",
      aliases: ["Non-Amazon ES"],
      legalEntity: "ESMF",
      currency: "EUR",
      customerAccount: "AMZ-ES",
      dimensions: {
        BusinessUnit: "004",
        Department: "025",
      },
      journalName: "AmzStl",
      clearingAccount: "110180",
      bank: {
        type: "Bank",
        account: "ESMFOPER",
      },
    },
    A1VC38T7YXB528: {
      name: "Amazon.co.jp",
      aliases: ["Non-Amazon JP"],
      legalEntity: "JPMF",
      currency: "JPY",
      customerAccount: "AMZ-JP",
      dimensions: {
        BusinessUnit: "004",
        Department: "025",
      },
      journalName: "AmzStl",
      clearingAccount: "110180",
      bank: {
        type: "Bank",
        account: "JPMFOPER",
      },
    },
  },
  items: {
    bySku: {
      "HDMI-6FT": "A0001",
      "SPK-WL": "A0002",
    },
    byAsin: {
      B000SPEAKR: "D0001",
    },
    onMissing: "error",
    legalEntities: ["USMF", "CAMF"],
  },
};
