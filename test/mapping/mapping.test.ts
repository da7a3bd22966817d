import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseSettlementFile } from "../../src/amazon/settlement/parse-settlement.js";
import type { SettlementRow, SettlementSummary } from "../../src/amazon/settlement/types.js";
import { isMappingError, isValidationError } from "../../src/core/errors.js";
import { Money } from "../../src/core/money.js";
import { assertBalanced } from "../../src/d365/entities/general-journals.js";
import { defaultRules } from "../../src/mapping/default-template.js";
import { defaultDimensionDisplayValue, ledgerDisplayValue } from "../../src/mapping/display-value.js";
import { financeAmounts } from "../../src/mapping/finance-amounts.js";
import {
  findMarketplace,
  marketplaceCustomer,
  resolveAccountRole,
  resolveItem,
} from "../../src/mapping/resolve.js";
import { findRule, rankRules } from "../../src/mapping/rules.js";
import {
  loadMapping,
  type Mapping,
  type MappingRule,
  parseMapping,
  parseMappingText,
} from "../../src/mapping/schema.js";
import {
  resolveAmounts,
  resolveSettlementLines,
  settlementJournal,
  UnmappedAmountsError,
} from "../../src/mapping/settlement-lines.js";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");
const shared = path.resolve(repoRoot, "..", "shared");
const fixture = path.resolve(import.meta.dirname, "fixtures", "mapping.yaml");

async function readSample(file: string): Promise<{ rows: SettlementRow[]; summary: SettlementSummary }> {
  const parse = parseSettlementFile(path.join(shared, "samples", "settlements", file));
  const rows: SettlementRow[] = [];
  for await (const r of parse) rows.push(r);
  return { rows, summary: (await parse.result()).summary };
}

const rule = (tx: string, at: string, ad: string, mainAccount: string): MappingRule => ({
  source: "settlement",
  match: { transactionType: tx, amountType: at, amountDescription: ad },
  mainAccount,
  dimensions: {},
});

describe("the mapping document", () => {
  it("loads from YAML, JSON text and objects alike", async () => {
    const fromYaml = await loadMapping(fixture);
    const fromJson = parseMappingText(JSON.stringify(fromYaml));
    const fromObject = await loadMapping(JSON.parse(JSON.stringify(fromYaml)) as Mapping);
    expect(fromJson).toEqual(fromYaml);
    expect(fromObject).toEqual(fromYaml);
    expect(fromYaml.settlement.useDefaultTemplate).toBe(true);
    expect(fromYaml.marketplaces.ATVPDKIKX0DER?.dimensions).toEqual({
      BusinessUnit: "004",
      Department: "025",
    });
  });

  it("lists every problem with its path", () => {
    let error: unknown;
    try {
      parseMapping({
        version: 1,
        segmentFormat: {},
        marketplaces: {
          X: {
            name: "x",
            legalEntity: "USMF",
            currency: "DOLLARS",
            journalName: "J",
            clearingAccount: "1",
            bank: { type: "Cash" },
          },
        },
        settlement: { rules: [{ match: {}, account: "sales", mainAccount: "401100" }] },
      });
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    if (!isValidationError(error)) return;
    const paths = error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "marketplaces.X.currency",
        "marketplaces.X.customerAccount",
        "marketplaces.X.bank",
        "settlement.rules.0",
      ]),
    );
    expect(() => parseMappingText("version: [1", "broken.yaml")).toThrow(/not JSON or YAML/);
  });
});

describe("display values", () => {
  const format = { delimiter: "-", dimensions: ["BusinessUnit", "Department", "CostCenter"] };
  it("write the main account and dimensions in the configured segment order", () => {
    expect(ledgerDisplayValue(format, "401100", { Department: "022", BusinessUnit: "001" })).toBe(
      "401100-001-022",
    );
    expect(ledgerDisplayValue(format, "401100", { Department: "022" })).toBe("401100--022");
    expect(ledgerDisplayValue(format, "401100", {})).toBe("401100");
    expect(ledgerDisplayValue({ delimiter: "|", dimensions: ["A", "B"] }, "4011-00", { B: "x" })).toBe(
      "4011-00||x",
    );
    expect(defaultDimensionDisplayValue(format, { CostCenter: "007" })).toBe("--007");
    expect(() => ledgerDisplayValue(format, "401100", { SalesChannel: "AMAZON-US" })).toThrow(
      /not part of the integration format/,
    );
    expect(() => ledgerDisplayValue(format, "401100", { Department: "0-22" })).toThrow(
      /contains the segment delimiter/,
    );
  });
});

describe("rule precedence", () => {
  const key = {
    transactionType: "Order",
    amountType: "ItemWithheldTax",
    amountDescription: "MarketplaceFacilitatorTax-Principal",
  };
  it("prefers transaction-type, then amount-type, then amount-description specificity; exact over glob over *", () => {
    const rules = [
      rule("*", "*", "*", "any"),
      rule("*", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal", "at+ad"),
      rule("Order", "*", "*", "tx"),
      rule("Order", "*", "MarketplaceFacilitator*", "tx+glob"),
      rule("Order", "ItemWithheldTax", "*", "tx+at"),
    ];
    const win = (rs: MappingRule[]) => findRule(rankRules(rs, []), key, "settlement")?.rule.mainAccount;
    expect(win(rules)).toBe("tx+at");
    expect(win(rules.slice(0, 4))).toBe("tx+glob");
    expect(win(rules.slice(0, 3))).toBe("tx");
    expect(win(rules.slice(0, 2))).toBe("at+ad");
    expect(win(rules.slice(0, 1))).toBe("any");
    // Case and blanks do not matter; other sources do.
    expect(
      findRule(rankRules([rule(" order ", "itemwithheldtax", "*", "x")], []), key, "settlement"),
    ).toBeDefined();
    expect(findRule(rankRules([rule("Order", "*", "*", "x")], []), key, "finances")).toBeUndefined();
  });

  it("lets the document's rules beat the defaults on a tie, and the earlier rule beat a later one", () => {
    const principal = { transactionType: "Order", amountType: "ItemPrice", amountDescription: "Principal" };
    const ranked = rankRules(
      [rule("Order", "ItemPrice", "Principal", "mine"), rule("Order", "ItemPrice", "Principal", "later")],
      defaultRules,
    );
    expect(findRule(ranked, principal, "settlement")?.rule.mainAccount).toBe("mine");
    // A catch-all of the document only catches what no default knows.
    const catchAll = rankRules([rule("*", "*", "*", "catch-all")], defaultRules);
    expect(findRule(catchAll, principal, "settlement")?.origin).toBe("default");
    expect(
      findRule(catchAll, { ...principal, transactionType: "Brand New Fee" }, "settlement")?.rule.mainAccount,
    ).toBe("catch-all");
  });

  it("falls back along account roles", async () => {
    const mapping = await loadMapping(fixture);
    expect(resolveAccountRole(mapping, "storageFees")).toBe("618300");
    const lean = parseMapping({ ...mapping, accounts: { fees: "618600", sales: "401100" } });
    expect(resolveAccountRole(lean, "storageFees")).toBe("618600");
    expect(resolveAccountRole(lean, "chargebacks")).toBe("401100");
    expect(resolveAccountRole(lean, "reserve")).toBeUndefined();
  });
});

describe("items", () => {
  it("resolve SKU first, then ASIN, then the miss policy", async () => {
    const mapping = await loadMapping(fixture);
    expect(resolveItem(mapping, { sku: "HDMI-6FT", asin: "B000SPEAKR" })).toEqual({
      itemNumber: "A0001",
      via: "sku",
    });
    expect(resolveItem(mapping, { sku: "UNKNOWN", asin: "B000SPEAKR" })).toEqual({
      itemNumber: "D0001",
      via: "asin",
    });
    expect(() => resolveItem(mapping, { sku: "UNKNOWN", asin: "B0NOPE" }, "order:usmf:1")).toThrow(
      /No D365 item for SKU UNKNOWN/,
    );
    const fallback = parseMapping({
      ...mapping,
      items: { ...mapping.items, onMissing: "fallback", fallbackItemNumber: "T0100" },
    });
    expect(resolveItem(fallback, { sku: "UNKNOWN" })).toEqual({ itemNumber: "T0100", via: "fallback" });
    const skip = parseMapping({ ...mapping, items: { ...mapping.items, onMissing: "skip" } });
    expect(resolveItem(skip, { sku: "UNKNOWN" })).toBeUndefined();
    const identity = parseMapping({ ...mapping, items: { ...mapping.items, skuIsItemNumber: true } });
    expect(resolveItem(identity, { sku: "T0100" })).toEqual({ itemNumber: "T0100", via: "sku-as-item" });
  });

  it("finds marketplaces by id, name or alias", async () => {
    const mapping = await loadMapping(fixture);
    expect(findMarketplace(mapping, "non-amazon us")?.marketplaceId).toBe("ATVPDKIKX0DER");
    expect(findMarketplace(mapping, "A2EUQ1WTGCTBG2")?.legalEntity).toBe("CAMF");
    expect(findMarketplace(mapping, "Amazon.co.jp")).toBeUndefined();
    expect(marketplaceCustomer(mapping, "Amazon.com")).toEqual({
      dataAreaId: "USMF",
      customerAccount: "AMZ-US",
      organizationName: "Amazon.com customers",
      customerGroupId: "AMZ",
      salesCurrencyCode: "USD",
    });
    expect(marketplaceCustomer(mapping, "Amazon.ca")).toBeUndefined();
  });
});

const samples = readdirSync(path.join(shared, "samples", "settlements")).filter((f) => f.endsWith(".txt"));

describe("the shipped default template", () => {
  it.each(samples)("maps every row of %s and balances to the deposit", async (file) => {
    const mapping = await loadMapping(fixture);
    const { rows, summary } = await readSample(file);
    const resolved = resolveSettlementLines(rows, mapping);
    expect(resolved).toHaveLength(rows.length);
    const marketplace = resolved[0]?.marketplace.marketplaceId ?? "";
    const journal = settlementJournal(resolved, summary, mapping, { marketplace });
    assertBalanced(journal.lines);
    if (summary.totalAmount.isPositive())
      expect(journal.closingLine?.amount.equals(summary.totalAmount)).toBe(true);
    else if (summary.totalAmount.isNegative()) expect(journal.closingLine?.account).toMatch(/^130800/);
    const grouped = settlementJournal(resolved, summary, mapping, {
      marketplace,
      vouchers: { prefix: "AMZ-", linesPerVoucher: 4 },
    });
    const sizes = new Map<string, number>();
    for (const l of grouped.lines) sizes.set(l.voucher ?? "", (sizes.get(l.voucher ?? "") ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(4);
    expect(sizes.size).toBe(Math.ceil(grouped.lines.length / 4));
    assertBalanced(grouped.lines);
    // Clearing nets to zero: every line's offset is clearing, so the account side must sum to zero.
    const net = Money.sum(
      journal.lines.map((l) => l.amount),
      summary.currency,
    );
    expect(net.isZero()).toBe(true);
  });

  it("covers every combination listed in the settlement research", async () => {
    const mapping = await loadMapping(fixture);
    const usd = Money.of("1.00", "USD");
    const combos = [
      ["Order", "ItemPrice", "Principal"],
      ["Order", "ItemPrice", "Shipping"],
      ["Order", "ItemPrice", "GiftWrap"],
      ["Order", "ItemPrice", "GiftWrapTax"],
      ["Order", "ItemPrice", "Tax"],
      ["Order", "ItemPrice", "ShippingTax"],
      ["Order", "ItemFees", "Commission"],
      ["Order", "ItemFees", "FBAPerUnitFulfillmentFee"],
      ["Order", "ItemFees", "DigitalServicesFee"],
      ["Order", "ItemFees", "ShippingChargeback"],
      ["Order", "ItemFees", "GiftwrapChargeback"],
      ["Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal"],
      ["Order", "ItemWithheldTax", "MarketplaceFacilitatorVAT-Shipping"],
      ["Order", "ItemWithheldTax", "LowValueGoodsTax-Principal"],
      ["Order", "Promotion", "Shipping"],
      ["Order", "Promotion", "TaxDiscount"],
      ["Refund", "ItemPrice", "Principal"],
      ["Refund", "ItemPrice", "RestockingFee"],
      ["Refund", "ItemFees", "RefundCommission"],
      ["Liquidations", "ItemPrice", "Principal"],
      ["Liquidations", "ItemFees", "LiquidationsBrokerageFee"],
      ["ServiceFee", "Cost of Advertising", "TransactionTotalAmount"],
      ["ServiceFee", "Cost of Advertising", "Refund for Advertiser"],
      ["other-transaction", "other-transaction", "Previous Reserve Amount Balance"],
      ["other-transaction", "other-transaction", "Current Reserve Amount"],
      ["other-transaction", "other-transaction", "RemovalComplete"],
      ["other-transaction", "other-transaction", "DisposalComplete"],
      ["other-transaction", "other-transaction", "StorageRenewalBilling"],
      ["other-transaction", "FBA Inventory Reimbursement", "WAREHOUSE_LOST"],
      ["other-transaction", "FBA Inventory Reimbursement", "REVERSAL_REIMBURSEMENT"],
      ["Storage Fee", "other-transaction", "Storage Fee"],
      ["Subscription Fee", "other-transaction", "Subscription Fee"],
      ["Inbound Transportation Fee", "other-transaction", "Inbound Transportation Fee"],
      ["WAREHOUSE_DAMAGE", "other-transaction", "WAREHOUSE_DAMAGE"],
      ["Payable to Amazon", "other-transaction", "Payable to Amazon"],
      ["Successful charge", "other-transaction", "Successful charge"],
      ["Micro Deposit", "other-transaction", "Micro Deposit"],
      ["A-to-z Guarantee Refund", "ItemPrice", "Principal"],
      ["A-to-z Guarantee Refund", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal"],
      ["Chargeback Refund", "ItemPrice", "Principal"],
      ["Chargeback Refund", "ItemFees", "Commission"],
      ["Order_Retrocharge", "ItemPrice", "Tax"],
      ["Deals", "Promotion fee", "Lightning Deal Fee"],
      ["other-transaction", "other-transaction", "CouponRedemptionFee"],
      ["other-transaction", "other-transaction", "MiscAdjustment"],
      ["Transfers", "other-transaction", "Micro Deposit"],
      ["FBAFees", "FBA Inventory Storage Fee", "Base fee"],
      ["FBAFees", "AWD Processing Fee", "Tax on fee"],
    ].map(([transactionType = "", amountType = "", amountDescription = ""]) => ({
      transactionType,
      amountType,
      amountDescription,
      amount: usd,
    }));
    const resolved = resolveAmounts(combos, mapping, { marketplace: "ATVPDKIKX0DER" });
    const accountOf = (tx: string, ad: string) =>
      resolved.find((r) => r.input.transactionType === tx && r.input.amountDescription === ad)?.mainAccount;
    expect(accountOf("Order", "Principal")).toBe("401100");
    expect(accountOf("Order", "Shipping")).toBe("401200");
    expect(accountOf("Order", "GiftWrap")).toBe("401300");
    expect(accountOf("Order", "Tax")).toBe("222100");
    expect(accountOf("Order", "MarketplaceFacilitatorTax-Principal")).toBe("222150");
    expect(accountOf("Order", "FBAPerUnitFulfillmentFee")).toBe("618200");
    expect(accountOf("Refund", "Principal")).toBe("401600");
    expect(accountOf("Storage Fee", "Storage Fee")).toBe("618300");
    expect(accountOf("A-to-z Guarantee Refund", "MarketplaceFacilitatorTax-Principal")).toBe("222150");
    expect(accountOf("other-transaction", "Current Reserve Amount")).toBe("130700");
    expect(accountOf("FBAFees", "Base fee")).toBe("618300");
  });

  it("renders each row's line text, and counts every row of an unmapped combination", async () => {
    const loaded = await loadMapping(fixture);
    const mapping = {
      ...loaded,
      settlement: {
        ...loaded.settlement,
        text: "  {transactionType}  {orderId} {nope}\t{sku} {constructor}",
      },
    };
    const usd = Money.of("1.00", "USD");
    const row = {
      transactionType: "Order",
      amountType: "ItemPrice",
      amountDescription: "Principal",
      amount: usd,
    };
    const resolved = resolveAmounts(
      [
        { ...row, orderId: "111-1", sku: "A" },
        { ...row, sku: "B" },
      ],
      mapping,
      { marketplace: "ATVPDKIKX0DER" },
    );
    // Same combination, same account; the text is each row's own, white space tidied.
    expect(resolved.map((r) => r.mainAccount)).toEqual(["401100", "401100"]);
    expect(resolved.map((r) => r.text)).toEqual([
      "Order 111-1 {nope} A {constructor}",
      "Order {nope} B {constructor}",
    ]);
    const unmapped = { ...row, transactionType: "Brand new", amountType: "Thing", amountDescription: "Fee" };
    try {
      resolveAmounts([unmapped, { ...unmapped, line: 9 }], mapping, { marketplace: "ATVPDKIKX0DER" });
      expect.unreachable();
    } catch (e) {
      expect(isMappingError(e)).toBe(true);
      const combos = (e as { combinations?: { count: number }[] }).combinations;
      expect(combos?.map((c) => c.count)).toEqual([2]);
    }
  });

  it("sends Finances charges, taxes and fees to the same roles as settlement rows", async () => {
    const mapping = await loadMapping(fixture);
    const usd = Money.of("1.00", "USD");
    const combos = [
      ["Shipment", "Charge", "Principal", "401100"],
      ["Shipment", "Charge", "ShippingCharge", "401200"],
      ["Shipment", "Charge", "ShippingTax", "222100"],
      ["Shipment", "Charge", "GiftWrapTax", "222100"],
      ["Shipment", "Fee", "FBAPerUnitFulfillmentFee", "618200"],
      ["Shipment", "Fee", "Commission", "618100"],
      ["Shipment", "TaxWithheld", "MarketplaceFacilitatorTax-Principal", "222150"],
      ["Refund", "Charge", "Principal", "401600"],
      ["Refund", "Charge", "Tax", "222100"],
      ["ServiceFee", "Fee", "FBAInboundTransportationFee", "618200"],
      ["ServiceFee", "Fee", "Subscription", "618500"],
      ["ProductAdsPayment", "Total", "Charge", "618400"],
      ["Adjustment", "Adjustment", "FBAInventoryReimbursement", "401700"],
      ["DebtRecovery", "Total", "DebtPayment", "130800"],
    ] as const;
    const resolved = resolveAmounts(
      combos.map(([transactionType, amountType, amountDescription]) => ({
        transactionType,
        amountType,
        amountDescription,
        amount: usd,
      })),
      mapping,
      { source: "finances", marketplace: "ATVPDKIKX0DER" },
    );
    expect(resolved.map((r) => r.mainAccount)).toEqual(combos.map((c) => c[3]));
    // A fee type nobody has listed parks.
    expect(() =>
      resolveAmounts(
        [{ transactionType: "ServiceFee", amountType: "Fee", amountDescription: "BrandNewFee", amount: usd }],
        mapping,
        {
          source: "finances",
          marketplace: "ATVPDKIKX0DER",
        },
      ),
    ).toThrow(/ServiceFee \/ Fee \/ BrandNewFee\) has no rule/);
  });

  it("covers every Finances event and fee type in the samples", async () => {
    const mapping = await loadMapping(fixture);
    const dir = path.join(shared, "samples", "finances");
    const amounts = [];
    for (const file of readdirSync(dir).filter((f) =>
      /ListFinancialEvents|listFinancialEvents(ByOrderId)?_200/.test(f),
    )) {
      const text = readFileSync(path.join(dir, file), "utf8");
      if (file.endsWith(".json")) {
        amounts.push(
          ...financeAmounts(
            (JSON.parse(text) as { payload: { FinancialEvents: unknown } }).payload.FinancialEvents,
          ),
        );
      } else {
        const xml = new XMLParser({ parseTagValue: false, ignoreAttributes: true }).parse(text) as {
          ListFinancialEventsResponse: { ListFinancialEventsResult: { FinancialEvents: unknown } };
        };
        amounts.push(
          ...financeAmounts(xml.ListFinancialEventsResponse.ListFinancialEventsResult.FinancialEvents),
        );
      }
    }
    const types = new Set(amounts.map((a) => a.transactionType));
    expect([...types].sort()).toEqual(
      expect.arrayContaining([
        "AffordabilityExpense",
        "PayWithAmazon",
        "ProductAdsPayment",
        "RentalTransaction",
        "Retrocharge",
        "SellerDealPayment",
        "ServiceFee",
        "ServiceProviderCredit",
        "Shipment",
      ]),
    );
    // The sandbox's MarketplaceName values are placeholders ("1"): read every amount as Amazon.com's.
    const inputs = amounts.map((a) => ({ ...a, marketplaceName: undefined }));
    const resolved = resolveAmounts(inputs, mapping, { source: "finances", marketplace: "ATVPDKIKX0DER" });
    expect(resolved).toHaveLength(amounts.length);
    const ads = amounts.filter((a) => a.transactionType === "ProductAdsPayment");
    // The total only: base and tax value are its parts.
    expect(ads.map((a) => `${a.amountType}/${a.amountDescription}/${a.amount.toString()}`)).toContain(
      "Total/Charge/137.25",
    );
    const shipment = resolved.filter((r) => r.input.transactionType === "Shipment");
    expect(shipment.map((r) => [r.input.amountDescription, r.mainAccount])).toEqual(
      expect.arrayContaining([
        ["Principal", "401100"],
        ["Tax", "222100"],
        ["VariableClosingFee", "618100"],
      ]),
    );
  });
});

describe("unmapped combinations", () => {
  it("raise one MappingError listing every combination with example rows", async () => {
    const mapping = parseMapping({
      ...(await loadMapping(fixture)),
      accounts: { sales: "401100", fees: "618600", salesTax: "222100", otherIncome: "401700" },
    });
    const { rows } = await readSample("v2-us-usd-21574497411.txt");
    const extra: SettlementRow = {
      ...(rows[5] as SettlementRow),
      transactionType: "Brand New Program",
      amountType: "Brand New Fee",
      amountDescription: "Base fee",
      line: 9999,
    };
    const error = (() => {
      try {
        resolveSettlementLines([...rows, extra], mapping);
      } catch (e) {
        return e;
      }
    })();
    expect(isMappingError(error)).toBe(true);
    expect(error).toBeInstanceOf(UnmappedAmountsError);
    if (!(error instanceof UnmappedAmountsError)) return;
    const listed = error.combinations.map(
      (c) => `${c.reason} ${c.transactionType}/${c.amountType}/${c.amountDescription}`,
    );
    expect(listed.sort()).toEqual([
      "no_account other-transaction/other-transaction/Current Reserve Amount",
      "no_account other-transaction/other-transaction/Previous Reserve Amount Balance",
      "no_rule Brand New Program/Brand New Fee/Base fee",
    ]);
    expect(error.issues).toHaveLength(3);
    expect(error.combinations.find((c) => c.missing === "reserve")?.examples[0]?.line).toBeGreaterThan(2);
    expect(error.message).toMatch(/Current Reserve Amount/);
    const unknown = error.combinations.find((c) => c.reason === "no_rule");
    expect(unknown?.examples[0]).toMatchObject({ line: 9999 });
  });
});
