/**
 * Column layouts of Amazon's settlement flat files, shared by the parser and the test-data writer.
 * Names are Amazon's header names, in file order.
 */

/** `GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2`: 24 columns (Amazon's docs list 23; real files add `promotion-id`). */
export const SETTLEMENT_V2_COLUMNS = [
  "settlement-id",
  "settlement-start-date",
  "settlement-end-date",
  "deposit-date",
  "total-amount",
  "currency",
  "transaction-type",
  "order-id",
  "merchant-order-id",
  "adjustment-id",
  "shipment-id",
  "marketplace-name",
  "amount-type",
  "amount-description",
  "amount",
  "fulfillment-id",
  "posted-date",
  "posted-date-time",
  "order-item-code",
  "merchant-order-item-id",
  "merchant-adjustment-item-id",
  "sku",
  "quantity-purchased",
  "promotion-id",
] as const;

/** `GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE` (V1): 36 columns; older accounts omit the three `promotion-*`. */
export const SETTLEMENT_V1_COLUMNS = [
  "settlement-id",
  "settlement-start-date",
  "settlement-end-date",
  "deposit-date",
  "total-amount",
  "currency",
  "transaction-type",
  "order-id",
  "merchant-order-id",
  "adjustment-id",
  "shipment-id",
  "marketplace-name",
  "shipment-fee-type",
  "shipment-fee-amount",
  "order-fee-type",
  "order-fee-amount",
  "fulfillment-id",
  "posted-date",
  "order-item-code",
  "merchant-order-item-id",
  "merchant-adjustment-item-id",
  "sku",
  "quantity-purchased",
  "price-type",
  "price-amount",
  "item-related-fee-type",
  "item-related-fee-amount",
  "misc-fee-amount",
  "other-fee-amount",
  "other-fee-reason-description",
  "promotion-id",
  "promotion-type",
  "promotion-amount",
  "direct-payment-type",
  "direct-payment-amount",
  "other-amount",
] as const;

/**
 * The nine V1 amount columns, each with the column naming its charge and the V2-style amount-type the
 * parser reports for it. `null` as description column means the row's `transaction-type` describes
 * the amount (V1 puts `Storage Fee`, `Payable to Amazon`, ... there).
 */
export const SETTLEMENT_V1_AMOUNT_COLUMNS: readonly {
  readonly amount: string;
  readonly description: string | null;
  readonly amountType: string;
}[] = [
  { amount: "shipment-fee-amount", description: "shipment-fee-type", amountType: "ShipmentFees" },
  { amount: "order-fee-amount", description: "order-fee-type", amountType: "OrderFees" },
  { amount: "price-amount", description: "price-type", amountType: "ItemPrice" },
  { amount: "item-related-fee-amount", description: "item-related-fee-type", amountType: "ItemFees" },
  { amount: "misc-fee-amount", description: null, amountType: "MiscFees" },
  { amount: "other-fee-amount", description: "other-fee-reason-description", amountType: "OtherFees" },
  { amount: "promotion-amount", description: "promotion-type", amountType: "Promotion" },
  { amount: "direct-payment-amount", description: "direct-payment-type", amountType: "DirectPayment" },
  { amount: "other-amount", description: null, amountType: "other-transaction" },
];
