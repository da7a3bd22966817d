/**
 * The shipped default template: account roles and the rules that send every amount type seen in
 * Amazon's settlement reports (V1 and V2) and the Finances API to a role. A mapping document maps
 * roles to main accounts (`accounts: { sales: "401100", … }`); a role without an account falls back
 * to its parent (`storageFees` → `fbaFees` → `fees`). Unknown combinations are deliberately not
 * caught by any wildcard: a new Amazon fee parks the settlement instead of being guessed.
 *
 * Tax: `Tax`/`ShippingTax` go to `salesTax`, withheld marketplace-facilitator tax and VAT to
 * `facilitatorTax` (which falls back to `salesTax`). Where Amazon withholds the tax (US, EU deemed
 * supplier) the pair nets to zero; where the seller keeps it (UK) the balance is the tax owed.
 */
import type { MappingRule } from "./schema.js";

/** One account role: what it holds and which role it falls back to when unmapped. */
export interface AccountRole {
  readonly description: string;
  readonly fallback?: string;
}

/** The roles the default template uses. */
export const defaultAccountRoles: Readonly<Record<string, AccountRole>> = Object.freeze({
  sales: { description: "Product sales (Order Principal)" },
  shipping: { description: "Shipping charged to buyers", fallback: "sales" },
  giftWrap: { description: "Gift wrap charged to buyers", fallback: "sales" },
  promotions: { description: "Promotion rebates and discounts", fallback: "sales" },
  refunds: { description: "Refunded sales (contra revenue)", fallback: "sales" },
  liquidations: { description: "FBA liquidation proceeds", fallback: "sales" },
  chargebacks: { description: "Chargebacks and A-to-z guarantee claims", fallback: "refunds" },
  salesTax: { description: "Sales tax / VAT collected" },
  facilitatorTax: { description: "Tax withheld by Amazon as marketplace facilitator", fallback: "salesTax" },
  fees: { description: "Amazon fees (parent of every fee role)" },
  referralFees: {
    description: "Referral commission, refund commission, closing and digital services fees",
    fallback: "fees",
  },
  fbaFees: { description: "FBA fulfilment, removal, disposal, inbound and AWD fees", fallback: "fees" },
  storageFees: { description: "FBA storage and long-term storage fees", fallback: "fbaFees" },
  advertising: { description: "Sponsored ads, deals, coupons, Vine", fallback: "fees" },
  subscription: { description: "Seller subscription", fallback: "fees" },
  otherFees: { description: "Other Amazon fees", fallback: "fees" },
  otherIncome: { description: "Other income from Amazon" },
  reimbursements: { description: "FBA inventory reimbursements and reversals", fallback: "otherIncome" },
  adjustments: { description: "Miscellaneous adjustments", fallback: "otherIncome" },
  reserve: { description: "Amazon reserved balance (current and previous reserve)" },
  carriedBalance: { description: "Negative balance carried to the next settlement (Payable to Amazon)" },
  creditCard: { description: "Card charged for a negative balance (Successful charge)" },
  transfers: { description: "Transfers, micro deposits and failed disbursements" },
  lending: { description: "Amazon Lending advances and repayments" },
});

type Source = MappingRule["source"];

function rule(source: Source, tx: string, at: string, ad: string, account: string): MappingRule {
  return {
    source,
    match: { transactionType: tx, amountType: at, amountDescription: ad },
    account,
    dimensions: {},
  };
}

const s = (tx: string, at: string, ad: string, account: string) => rule("settlement", tx, at, ad, account);
const fin = (tx: string, at: string, ad: string, account: string) => rule("finances", tx, at, ad, account);

const SELLING_FEES = [
  "Commission",
  "RefundCommission",
  "DigitalServicesFee",
  "ShippingChargeback",
  "GiftwrapChargeback",
  "VariableClosingFee",
  "FixedClosingFee",
  "SalesTaxServiceFee",
  "ShippingHB",
];

/**
 * Order-like transaction types share one pattern of price, tax, fee, withheld-tax and promotion
 * rows. Descriptions are listed one by one (globs only for tax and FBA families), so a fee type
 * Amazon introduces later parks instead of landing on a guessed account.
 */
function orderLike(tx: string, price: string): MappingRule[] {
  return [
    ...["Principal", "Shipping", "GiftWrap", "Goodwill", "ReturnShipping"].map((d) =>
      s(tx, "ItemPrice", d, price),
    ),
    s(tx, "ItemPrice", "*Tax", "salesTax"),
    s(tx, "ItemPrice", "TaxDiscount", "salesTax"),
    s(tx, "ItemWithheldTax", "MarketplaceFacilitator*", "facilitatorTax"),
    s(tx, "ItemWithheldTax", "LowValueGoodsTax*", "facilitatorTax"),
    ...SELLING_FEES.map((d) => s(tx, "ItemFees", d, "referralFees")),
    s(tx, "ItemFees", "FBA*", "fbaFees"),
    ...["Principal", "Shipping", "GiftWrap"].map((d) => s(tx, "Promotion", d, "promotions")),
    s(tx, "Promotion", "TaxDiscount", "salesTax"),
  ];
}

const REIMBURSEMENTS = [
  "WAREHOUSE_LOST",
  "WAREHOUSE_LOST_MANUAL",
  "WAREHOUSE_DAMAGE",
  "WAREHOUSE_DAMAGE_EXCEPTION",
  "MISSING_FROM_INBOUND",
  "MISSING_FROM_INBOUND_CLAWBACK",
  "COMPENSATED_CLAWBACK",
  "CS_ERROR_ITEMS",
  "FREE_REPLACEMENT_REFUND_ITEMS",
  "RE_EVALUATION",
  "REVERSAL_REIMBURSEMENT",
  "INCORRECT_FEES_ITEMS",
  "INCORRECT_FEES_NON_ITEMIZED",
  "CUSTOMER_SERVICE_ISSUE",
];

/** V1 files name account-level rows by transaction type, with the same text as description. */
function accountLevel(name: string, account: string): MappingRule[] {
  return [s(name, "*", "*", account), s("other-transaction", "*", name, account)];
}

const settlementRules: MappingRule[] = [
  // Orders, refunds and their relatives.
  // Before orderLike("Order"): on equal specificity the earlier rule wins.
  s("Order", "ItemPrice", "Shipping", "shipping"),
  s("Order", "ItemPrice", "GiftWrap", "giftWrap"),
  ...orderLike("Order", "sales"),
  s("Order", "ShipmentFees", "*", "fbaFees"),
  s("Order", "OrderFees", "*", "referralFees"),
  ...orderLike("Refund", "refunds"),
  s("Refund", "ItemPrice", "RestockingFee", "refunds"),
  s("Refund", "ShipmentFees", "*", "fbaFees"),
  ...orderLike("A-to-z Guarantee Refund", "chargebacks"),
  ...orderLike("Chargeback Refund", "chargebacks"),
  s("*Retrocharge", "*", "*", "salesTax"),
  s("Liquidations", "ItemPrice", "Principal", "liquidations"),
  s("Liquidations", "ItemFees", "LiquidationsBrokerageFee", "otherFees"),
  // Advertising, deals and coupons.
  s("ServiceFee", "Cost of Advertising", "*", "advertising"),
  s("ServiceFee", "ItemFees", "Cost of Advertising", "advertising"),
  s("ServiceFee", "OtherFees", "TaxAmount", "advertising"),
  s("ServiceFee", "*", "Refund for Advertiser", "advertising"),
  s("Deals", "*", "*", "advertising"),
  s("*", "*", "*Deal Fee", "advertising"),
  s("*", "*", "CouponRedemptionFee", "advertising"),
  s("*", "*", "Vine Enrollment Fee", "advertising"),
  // FBA and account fees.
  s("FBAFees", "*", "*", "fbaFees"),
  s("FBAFees", "*Storage*", "*", "storageFees"),
  s("AmazonFees", "*", "*", "otherFees"),
  s("other-transaction", "*", "RemovalComplete", "fbaFees"),
  s("other-transaction", "*", "DisposalComplete", "fbaFees"),
  s("other-transaction", "*", "StorageRenewalBilling", "storageFees"),
  s("other-transaction", "*", "FBA Inbound Placement Service Fee", "fbaFees"),
  s("other-transaction", "*", "FBAInboundTransportationFee", "fbaFees"),
  s("other-transaction", "*", "Capacity Reservation Fee", "fbaFees"),
  ...accountLevel("Storage Fee", "storageFees"),
  ...accountLevel("FBA Long-Term Storage Fee", "storageFees"),
  ...accountLevel("Inbound Transportation Fee", "fbaFees"),
  ...accountLevel("Subscription Fee", "subscription"),
  ...accountLevel("Paid Services Fee", "otherFees"),
  ...accountLevel("NonSubscriptionFeeAdj", "adjustments"),
  ...accountLevel("Income tax charged", "otherFees"),
  // Reimbursements.
  s("other-transaction", "FBA Inventory Reimbursement", "*", "reimbursements"),
  s("other-transaction", "MCF Inventory Reimbursement", "*", "reimbursements"),
  ...REIMBURSEMENTS.flatMap((name) => accountLevel(name, "reimbursements")),
  ...accountLevel("SAFE-T reimbursement", "reimbursements"),
  // Reserves and cash movements.
  s("other-transaction", "other-transaction", "Current Reserve Amount", "reserve"),
  s("other-transaction", "other-transaction", "Previous Reserve Amount Balance", "reserve"),
  ...accountLevel("Payable to Amazon", "carriedBalance"),
  ...accountLevel("Successful charge", "creditCard"),
  ...accountLevel("Micro Deposit", "transfers"),
  s("Transfers", "*", "*", "transfers"),
  s("Transfer of funds unsuccessful*", "*", "*", "transfers"),
  ...accountLevel("Seller Rewards", "otherIncome"),
  // Adjustments.
  s("*", "*", "MiscAdjustment", "adjustments"),
  s("*", "*", "Goodwill", "refunds"),
  s("*", "*", "BuyerRecharge", "sales"),
  s("*", "*", "ReturnShipping", "otherFees"),
  s("*", "*", "Shipping label purchase for return", "otherFees"),
  s("*", "*", "PointsGranted", "promotions"),
  s("*", "*", "Points", "promotions"),
];

/** Shipment-like Finances events carry charges, fees, withheld taxes and promotions; types listed one by one. */
function financeShipmentLike(event: string, charge: string): MappingRule[] {
  return [
    ...["Principal", "Goodwill", "RestockingFee", "ReturnShipping", "ExportCharge", "CODItemCharge"].map(
      (d) => fin(event, "Charge", d, charge),
    ),
    // Tax globs first: `ShippingTax` matches both `*Tax` and `Shipping*`, and the earlier rule wins.
    fin(event, "Charge", "*Tax", "salesTax"),
    fin(event, "Charge", "*Tax-*", "salesTax"),
    fin(event, "Charge", "TaxDiscount", "salesTax"),
    fin(event, "Charge", "Shipping*", charge),
    fin(event, "Charge", "GiftWrap*", charge),
    ...SELLING_FEES.map((d) => fin(event, "Fee", d, "referralFees")),
    fin(event, "Fee", "FBA*", "fbaFees"),
    fin(event, "TaxWithheld", "*", "facilitatorTax"),
    // Promotion types are free text chosen by sellers and Amazon: every one is a promotion.
    fin(event, "Promotion", "*", "promotions"),
  ];
}

const financeRules: MappingRule[] = [
  // Before financeShipmentLike("Shipment"): on equal specificity the earlier rule wins.
  fin("Shipment", "Charge", "*Tax", "salesTax"),
  fin("Shipment", "Charge", "Shipping*", "shipping"),
  fin("Shipment", "Charge", "GiftWrap*", "giftWrap"),
  ...financeShipmentLike("Shipment", "sales"),
  ...financeShipmentLike("ShipmentSettle", "sales"),
  ...financeShipmentLike("Refund", "refunds"),
  ...financeShipmentLike("GuaranteeClaim", "chargebacks"),
  ...financeShipmentLike("Chargeback", "chargebacks"),
  ...financeShipmentLike("ChargeRefund", "refunds"),
  ...financeShipmentLike("PayWithAmazon", "sales"),
  ...financeShipmentLike("RentalTransaction", "sales"),
  fin("RentalTransaction", "Amount", "RentalInitialValue", "sales"),
  fin("RentalTransaction", "Amount", "RentalReimbursement", "reimbursements"),
  fin("Retrocharge", "*", "*", "salesTax"),
  ...SELLING_FEES.map((d) => fin("ServiceFee", "Fee", d, "referralFees")),
  fin("ServiceFee", "Fee", "FBA*", "fbaFees"),
  fin("ServiceFee", "Fee", "*Storage*", "storageFees"),
  fin("ServiceFee", "Fee", "LabelingFee", "fbaFees"),
  fin("ServiceFee", "Fee", "PolybaggingFee", "fbaFees"),
  fin("ServiceFee", "Fee", "BubblewrapFee", "fbaFees"),
  fin("ServiceFee", "Fee", "TapingFee", "fbaFees"),
  fin("ServiceFee", "Fee", "Subscription", "subscription"),
  fin("ServiceFee", "Fee", "*Advertising*", "advertising"),
  fin("ProductAdsPayment", "*", "*", "advertising"),
  fin("SellerDealPayment", "*", "*", "advertising"),
  fin("CouponPayment", "*", "*", "advertising"),
  fin("SellerReviewEnrollmentPayment", "*", "*", "advertising"),
  fin("Adjustment", "*", "*", "adjustments"),
  fin("Adjustment", "*", "*Reimbursement*", "reimbursements"),
  fin("Adjustment", "*", "Reserve*", "reserve"),
  fin("SAFETReimbursement", "*", "*", "reimbursements"),
  fin("FBALiquidation", "*", "*", "liquidations"),
  fin("FBALiquidation", "Fee", "*", "otherFees"),
  fin("RemovalShipment", "*", "*", "fbaFees"),
  fin("RemovalShipmentAdjustment", "*", "*", "fbaFees"),
  fin("DebtRecovery", "*", "*", "carriedBalance"),
  fin("DebtRecovery", "ChargeInstrument", "*", "creditCard"),
  fin("LoanServicing", "*", "*", "lending"),
  fin("TaxWithholding", "*", "*", "facilitatorTax"),
  fin("TDSReimbursement", "*", "*", "facilitatorTax"),
  fin("AffordabilityExpense", "*", "*", "promotions"),
  fin("AffordabilityExpenseReversal", "*", "*", "promotions"),
  fin("ServiceProviderCredit", "*", "*", "otherIncome"),
  fin("SolutionProviderCredit", "*", "*", "otherIncome"),
  fin("CapacityReservationBilling", "*", "*", "fbaFees"),
  fin("TrialShipment", "*", "*", "fbaFees"),
  fin("ImagingServicesFee", "*", "*", "otherFees"),
  fin("ValueAddedServiceCharge", "*", "*", "otherFees"),
  fin("NetworkComminglingTransaction", "*", "*", "salesTax"),
  fin("AdhocDisbursement", "*", "*", "transfers"),
  fin("FailedAdhocDisbursement", "*", "*", "transfers"),
  fin("EBTRefundReimbursementOnly", "*", "*", "reimbursements"),
];

/** The shipped default rules (settlement and Finances), in document order. */
export const defaultRules: readonly MappingRule[] = Object.freeze([...settlementRules, ...financeRules]);
