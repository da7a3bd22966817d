// ---------------------------------------------------------------------------------------
// GENERATED FILE: DO NOT EDIT. Written by `npm run generate` (scripts/generate.mjs) from:
//   amazon/financesInvoices_2026-06-25.json (sha256 dd1191074e5703c2)
// Change the generator or the pinned inputs, never this file.
// ---------------------------------------------------------------------------------------
/* eslint-disable */
// biome-ignore-all lint: generated

export interface paths {
    "/finances/invoices/2026-06-25/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns invoice headers for all invoices matching filters that you specify. */
        get: operations["getInvoiceHeaders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finances/invoices/2026-06-25/invoices/{invoiceIdentifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns invoice details, including header and line items, for the specified invoice. */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A signed decimal number. */
        BigDecimal: number;
        /**
         * @description A monetary amount with a currency code.
         * @example {
         *       "currencyCode": "USD",
         *       "currencyAmount": 100
         *     }
         */
        Currency: {
            /** @description The three-digit currency code in ISO 4217 format. */
            currencyCode: string;
            currencyAmount: components["schemas"]["BigDecimal"];
        };
        /**
         * @description Details about the movement of money. Breakdowns are further categorized into breakdown types, breakdown amounts, and sub-breakdowns.
         * @example {
         *       "breakdownType": "Total",
         *       "breakdownAmount": {
         *         "currencyCode": "USD",
         *         "currencyAmount": 2500
         *       },
         *       "breakdowns": []
         *     }
         */
        Breakdown: {
            /**
             * @description The type of charge.
             *
             *     **Possible values for `invoiceAmountBreakdowns`:**
             *
             *     * `Total`: Total invoice amount.
             *     * `InvoiceAmountWithoutTax`: Invoice amount excluding tax.
             *     * `TaxAmount`: Tax amount on the invoice.
             *     * `MiscCharges`: Miscellaneous charges on the invoice.
             *     * `Other`: Other breakdown type.
             *
             *     **Possible values for `invoiceSettlementBreakdowns`:**
             *
             *     * `AmountPaid`: Amount that has been paid.
             *     * `QueuedForPayment`: Amount queued for payment.
             *     * `QuickPayDiscount`: Quick pay discount amount.
             *     * `QuantityVarianceAmount`: Quantity variance amount.
             *     * `PriceVariance`: Price variance amount.
             *     * `Other`: Other settlement breakdown type.
             *
             *     **Possible values for `totalAmountBreakdown` (line item level):**
             *
             *     * `ItemCostWithoutTax`: Line item cost excluding tax.
             *     * `ItemTaxAmount`: Tax amount on the line item.
             *     * `Other`: Other line item breakdown type.
             */
            breakdownType: string;
            breakdownAmount: components["schemas"]["Currency"];
            /** @description A list of breakdowns that detail how the total amount is calculated. */
            breakdowns?: components["schemas"]["Breakdown"][];
        };
        /**
         * @description The billing period for an invoice.
         * @example {
         *       "startDate": "2025-06-01T14:30:00Z",
         *       "endDate": "2025-06-30T14:30:00Z"
         *     }
         */
        BillingPeriod: {
            /**
             * Format: date-time
             * @description The start of the billing period of an invoice. In ISO 8601 format.
             */
            startDate: string;
            /**
             * Format: date-time
             * @description The end of the billing period of an invoice. In ISO 8601 format.
             */
            endDate: string;
        };
        /**
         * @description Error response returned when the request is unsuccessful.
         * @example {
         *       "code": "InvalidInputCode",
         *       "message": "Request parameters are not valid.",
         *       "details": "Field XYZ contains value which is not in correct format."
         *     }
         */
        Error: {
            /** @description An error code that identifies the type of error that occurred. */
            code: string;
            /** @description A message that describes the error condition. */
            message: string;
            /** @description Additional details that can help the caller understand or fix the issue. */
            details?: string;
        };
        /**
         * @description A list of error responses returned when a request is unsuccessful.
         * @example {
         *       "errors": [
         *         {
         *           "code": "InvalidInputCode",
         *           "message": "Request parameters are not valid.",
         *           "details": "Field XYZ contains value which is not in correct format."
         *         }
         *       ]
         *     }
         */
        ErrorList: {
            /** @description Error response returned when the request is unsuccessful. */
            errors: components["schemas"]["Error"][];
        };
        /**
         * @description Metadata about a partner (payer or payee) associated with the invoice.
         * @example {
         *       "partnerId": "PAY123456",
         *       "partnerType": "VENDOR",
         *       "partnerName": "Example Vendor",
         *       "partnerEntities": [
         *         "ABCDEF"
         *       ],
         *       "partnerAddress": "123 Main St, Seattle, WA",
         *       "taxRegistrationNumber": "TAX123456"
         *     }
         */
        PartnerMetadata: {
            /** @description The unique identifier for the partner. If the partner is a vendor, then this value is the `vendorGroupID`. */
            partnerId: string;
            /**
             * @description The type of partner.
             * @enum {string}
             */
            partnerType: "SELLER" | "VENDOR" | "AMAZON";
            /** @description The list of entities associated with a partner. */
            partnerEntities?: string[];
            /** @description The name of the partner. */
            partnerName?: string;
            /** @description The address of the partner. */
            partnerAddress?: string;
            /** @description The tax registration number of the partner. */
            taxRegistrationNumber?: string;
        };
        /**
         * @description Related business identifier of the transaction.
         * @example {
         *       "relatedIdentifierName": "PURCHASE_ORDER_IDS",
         *       "relatedIdentifierValue": [
         *         "PO123456",
         *         "PO789012"
         *       ]
         *     }
         */
        RelatedIdentifier: {
            /**
             * @description The name of the related identifier.
             * @enum {string}
             */
            relatedIdentifierName: "PAYEE_CODE" | "PURCHASE_ORDER_IDS" | "SHORTAGE_INVOICE_IDS" | "ASN_IDS" | "RETURN_IDS" | "AGREEMENT_IDS" | "PRODUCT_LINE" | "VENDOR_CODE" | "UNIQUE_PAYMENT_IDS" | "WAREHOUSE_ID";
            /** @description The corresponding related identifier values. */
            relatedIdentifierValue: string[];
        };
        /**
         * @description Represents the header-level information for an invoice, including parties involved (payer/payee), financial amounts, status, dates, and related business identifiers.
         * @example {
         *       "invoiceNumber": "INV-202505001",
         *       "invoiceIdentifier": "INV-202505001~ABCDEF",
         *       "invoiceStatus": "IN_PROGRESS",
         *       "invoiceType": "AP_INVENTORY",
         *       "billingPeriod": {
         *         "startDate": "2025-06-01T14:30:00Z",
         *         "endDate": "2025-06-30T14:30:00Z"
         *       },
         *       "payee": {
         *         "partnerId": "PAY123456",
         *         "partnerType": "VENDOR",
         *         "partnerName": "Example Vendor"
         *       },
         *       "payer": {
         *         "partnerId": "AMAZON_US",
         *         "partnerType": "AMAZON",
         *         "partnerName": "Amazon"
         *       },
         *       "issueDate": "2025-06-18T14:30:00Z",
         *       "dueDate": "2025-07-18T14:30:00Z",
         *       "paymentTerms": "NET30",
         *       "invoiceAmount": {
         *         "currencyCode": "USD",
         *         "currencyAmount": 2500
         *       },
         *       "invoiceAmountBreakdowns": [
         *         {
         *           "breakdownType": "Total",
         *           "breakdownAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 2500
         *           },
         *           "breakdowns": [
         *             {
         *               "breakdownType": "InvoiceAmountWithoutTax",
         *               "breakdownAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": 2100.84
         *               },
         *               "breakdowns": []
         *             },
         *             {
         *               "breakdownType": "TaxAmount",
         *               "breakdownAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": 399.16
         *               },
         *               "breakdowns": []
         *             }
         *           ]
         *         }
         *       ],
         *       "invoiceSettlementBreakdowns": [
         *         {
         *           "breakdownType": "AmountPaid",
         *           "breakdownAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 2490
         *           },
         *           "breakdowns": []
         *         },
         *         {
         *           "breakdownType": "QueuedForPayment",
         *           "breakdownAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 150
         *           },
         *           "breakdowns": []
         *         },
         *         {
         *           "breakdownType": "QuickPayDiscount",
         *           "breakdownAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": -25
         *           },
         *           "breakdowns": []
         *         },
         *         {
         *           "breakdownType": "QuantityVarianceAmount",
         *           "breakdownAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": -100
         *           },
         *           "breakdowns": []
         *         },
         *         {
         *           "breakdownType": "PriceVariance",
         *           "breakdownAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": -15
         *           },
         *           "breakdowns": []
         *         }
         *       ],
         *       "relatedIdentifiers": [
         *         {
         *           "relatedIdentifierName": "PURCHASE_ORDER_IDS",
         *           "relatedIdentifierValue": [
         *             "PO123456",
         *             "PO789012"
         *           ]
         *         },
         *         {
         *           "relatedIdentifierName": "UNIQUE_PAYMENT_IDS",
         *           "relatedIdentifierValue": [
         *             "PMT-98765"
         *           ]
         *         },
         *         {
         *           "relatedIdentifierName": "VENDOR_CODE",
         *           "relatedIdentifierValue": [
         *             "VC-001"
         *           ]
         *         }
         *       ],
         *       "creationDate": "2025-06-18T14:30:00Z",
         *       "lastUpdatedDate": "2025-09-27T09:00:00Z"
         *     }
         */
        InvoiceHeader: {
            /** @description The invoice number provided when the invoice was created. */
            invoiceNumber: string;
            /**
             * @description The current state of the invoice.
             * @enum {string}
             */
            invoiceStatus: "IN_PROGRESS" | "REJECTED" | "PARTIALLY_PAID" | "PARTIALLY_DEDUCTED" | "PAID" | "DEDUCTED";
            /**
             * @description The type of invoice.
             * @enum {string}
             */
            invoiceType: "AP_INVENTORY" | "OTHER";
            billingPeriod?: components["schemas"]["BillingPeriod"];
            payer: components["schemas"]["PartnerMetadata"];
            payee: components["schemas"]["PartnerMetadata"];
            /** @description The unique identifier for an invoice. For AP-Inventory invoices, this is formatted as `InvoiceNumber~PayeeCode`. This field can be used as an input to the `getInvoice` operation to fetch invoice details. */
            invoiceIdentifier: string;
            /**
             * Format: date-time
             * @description When the invoice was issued. In ISO 8601 format.
             */
            issueDate: string;
            /**
             * Format: date-time
             * @description The due date of the invoice. In ISO 8601 format.
             */
            dueDate?: string;
            /** @description Payment terms associated with the invoice. */
            paymentTerms?: string;
            invoiceAmount: components["schemas"]["Currency"];
            /**
             * @description The breakdown of the invoice amount into sub-components.
             *
             *     **Possible `breakdownType` values:**
             *
             *     * `Total`: Total invoice amount.
             *     * `InvoiceAmountWithoutTax`: Invoice amount excluding tax.
             *     * `TaxAmount`: Tax amount on the invoice.
             *     * `MiscCharges`: Miscellaneous charges on the invoice.
             *     * `Other`: Other breakdown type.
             */
            invoiceAmountBreakdowns?: components["schemas"]["Breakdown"][];
            /**
             * @description The breakdown of the invoice settlement amount into sub-components.
             *
             *     **Possible `breakdownType` values:**
             *
             *     * `AmountPaid`: Amount that has been paid.
             *     * `QueuedForPayment`: Amount queued for payment.
             *     * `QuickPayDiscount`: Quick pay discount amount.
             *     * `QuantityVarianceAmount`: Quantity variance amount.
             *     * `PriceVariance`: Price variance amount.
             *     * `Other`: Other settlement breakdown type.
             */
            invoiceSettlementBreakdowns?: components["schemas"]["Breakdown"][];
            /** @description A list of related business identifiers associated with the invoice. */
            relatedIdentifiers?: components["schemas"]["RelatedIdentifier"][];
            /**
             * Format: date-time
             * @description When the invoice was created. In ISO 8601 format.
             */
            creationDate: string;
            /**
             * Format: date-time
             * @description When the invoice was last updated. In ISO 8601 format.
             */
            lastUpdatedDate: string;
        };
        /**
         * @description Identifier for an item in the invoice line item.
         * @example {
         *       "itemIdentifierName": "ASIN",
         *       "itemIdentifierValue": "B0EXAMPLE1"
         *     }
         */
        ItemIdentifier: {
            /**
             * @description The type of item identifier.
             * @enum {string}
             */
            itemIdentifierName: "ASIN" | "EXTERNAL_ID" | "SKU" | "UPC" | "EAN" | "ISBN";
            /** @description The value of the item identifier. */
            itemIdentifierValue: string;
        };
        /**
         * @description The time period for a service charge.
         * @example {
         *       "startDate": "2025-06-01T00:00:00Z",
         *       "endDate": "2025-06-30T23:59:59Z"
         *     }
         */
        ServiceChargePeriod: {
            /**
             * Format: date-time
             * @description When the service charge period starts. In ISO 8601 format.
             */
            startDate: string;
            /**
             * Format: date-time
             * @description When the service charge period ends. In ISO 8601 format.
             */
            endDate: string;
        };
        /**
         * @description Contextual information about an invoice line item.
         * @example {
         *       "lineItemType": "GOODS",
         *       "itemIdentifiers": [
         *         {
         *           "itemIdentifierName": "ASIN",
         *           "itemIdentifierValue": "B0EXAMPLE1"
         *         }
         *       ],
         *       "itemDescription": "Widget A",
         *       "serviceChargeType": "DAMAGE_ALLOWANCE",
         *       "serviceChargePeriod": {
         *         "startDate": "2025-06-01T00:00:00Z",
         *         "endDate": "2025-06-30T23:59:59Z"
         *       },
         *       "matchingContext": {
         *         "matchedQuantity": 10,
         *         "matchedAmount": {
         *           "currencyCode": "USD",
         *           "currencyAmount": 480
         *         },
         *         "paidQuantity": 10,
         *         "paidAmount": {
         *           "currencyCode": "USD",
         *           "currencyAmount": 460
         *         },
         *         "quantityVariance": 0,
         *         "priceVariance": {
         *           "currencyCode": "USD",
         *           "currencyAmount": 20
         *         },
         *         "varianceReasons": [
         *           {
         *             "varianceType": "PPV",
         *             "defectTypes": [
         *               "PRODUCT_COST_NOT_ACTIVE"
         *             ]
         *           }
         *         ]
         *       }
         *     }
         */
        LineItemContext: {
            /**
             * @description The type of line item.
             * @enum {string}
             */
            lineItemType: "GOODS" | "SERVICES" | "OTHERS";
            /** @description A list of identifiers for the item. */
            itemIdentifiers?: components["schemas"]["ItemIdentifier"][];
            /** @description A description of the item. */
            itemDescription?: string;
            /**
             * @description The type of service charge.
             * @enum {string}
             */
            serviceChargeType?: "DAMAGE_ALLOWANCE" | "PRICE_PROTECTION" | "FBA_INVENTORY_STORAGE_FEE" | "OTHER";
            serviceChargePeriod?: components["schemas"]["ServiceChargePeriod"];
            matchingContext?: components["schemas"]["MatchingContext"];
        };
        /**
         * @description The type and underlying defect classifications explaining discrepancies between expected and actual invoice values.
         * @example {
         *       "varianceType": "PQV",
         *       "defectTypes": [
         *         "SHORTAGES_IN_TRANSIT",
         *         "OVERBILLING"
         *       ]
         *     }
         */
        VarianceReason: {
            /**
             * @description The type of variance.
             * @enum {string}
             */
            varianceType: "PQV" | "PPV" | "OTHER";
            /**
             * @description List of defect types associated with the variance. These represent root cause classifications for the variance.
             *
             *     **Possible values for PPV (Purchase Price Variance):**
             *
             *     * `DEALBUY`: Amazon raised discounted POs at vendor-accepted discount costs, but the vendor invoiced at regular costs.
             *     * `PRODUCT_COST_NOT_ACTIVE`: Vendor is using a cost that is not currently active; it may be pending approval or is a historical cost.
             *     * `PRODUCT_COST_NOT_REGISTERED`: Vendor is using a cost that is not registered in Amazon's system, often due to offline negotiations not yet updated.
             *     * `VENDOR_LOWERING_COST_AT_PO_CONFIRMATION`: Vendor confirmed the PO at a lower cost but invoiced at a different (higher) amount.
             *     * `CCOGS_PRICE_PROTECTION_AGREEMENT_PPA`: A Price Protection clause in the vendor's Terms and Conditions agreement applies to this ASIN.
             *     * `FALSE_CCOGS_PPA`: Invoiced cost exceeded the confirmed PO cost due to a cost price adjustment by Amazon, likely from a previous cost decrease within the same period.
             *     * `AMAZON_POC_LOWERING_COST_ON_PO`: Amazon's systems reduced the cost price for this ASIN post PO confirmation, most likely due to a previous cost price decrease or on request.
             *     * `REJECTED_PRICE_INCREASE_ON_PO`: Vendor submitted a cost price increase that was denied, but still invoiced at the increased cost.
             *     * `LIST_PRICE_DISCOUNT_ISSUES`: The List Price on the PO and invoice do not match, or the Discount code on the PO does not match the invoice.
             *     * `ROUNDING_ISSUES`: Price variance caused by foreign exchange currency conversion or decimal place rounding differences.
             *     * `OTHER`: Defect type not belonging to a predefined category.
             *
             *     **Possible values for PQV (Purchase Quantity Variance):**
             *
             *     * `UNRECOGNISED_ASIN`: The ASIN on the invoice is not recognized or does not match Amazon's records.
             *     * `OVERBILLING`: The invoiced quantity exceeds the quantity received or expected by Amazon.
             *     * `DUPLICATE_INVOICE_DEFECT`: The invoice is a duplicate of a previously submitted invoice.
             *     * `DELETED_APPOINTMENT`: The delivery appointment associated with this shipment was deleted.
             *     * `NO_APPOINTMENT`: No delivery appointment was found for this shipment.
             *     * `SHORTAGES_IN_TRANSIT`: Quantity shortages detected during transit — fewer units arrived than were shipped.
             *     * `ASIN_MISMATCH`: Amazon's systems received an ASIN with a different cost than the one ordered on the PO, possibly due to incorrect smart-matching or cross-matching.
             *     * `FEED_DEFECTS`: Vendor's price feed contains defects such as unrecognized UPC/EAN codes or incorrect supplier IDs for multi-supplier updates.
             *     * `REJECTED_LINE_ITEM_ON_PO`: Vendor confirmed this PO line item as Rejected or On-hold but still shipped the products.
             *     * `FAILED_PO_CONFIRMATION`: Vendor's latest PO confirmation message for this line item failed processing and was not translated correctly.
             *     * `OTHER`: Defect type not belonging to a predefined category.
             */
            defectTypes?: string[];
        };
        /**
         * @description How an invoice line item's quantity and price were matched against expected values, including any variances and their underlying reasons.
         * @example {
         *       "matchedQuantity": 10,
         *       "matchedAmount": {
         *         "currencyCode": "USD",
         *         "currencyAmount": 500
         *       },
         *       "paidQuantity": 8,
         *       "paidAmount": {
         *         "currencyCode": "USD",
         *         "currencyAmount": 400
         *       },
         *       "quantityVariance": 2,
         *       "priceVariance": {
         *         "currencyCode": "USD",
         *         "currencyAmount": 10
         *       },
         *       "varianceReasons": [
         *         {
         *           "varianceType": "PQV",
         *           "defectTypes": [
         *             "SHORTAGES_IN_TRANSIT"
         *           ]
         *         }
         *       ]
         *     }
         */
        MatchingContext: {
            /**
             * Format: int32
             * @description The quantity that was matched.
             */
            matchedQuantity: number;
            matchedAmount: components["schemas"]["Currency"];
            /**
             * Format: int32
             * @description The difference between expected and actual quantity.
             */
            quantityVariance?: number;
            priceVariance?: components["schemas"]["Currency"];
            /**
             * Format: int32
             * @description The quantity that has been paid for.
             */
            paidQuantity?: number;
            paidAmount?: components["schemas"]["Currency"];
            /** @description Reasons for the variance. */
            varianceReasons?: components["schemas"]["VarianceReason"][];
        };
        /**
         * @description A line item within an invoice, including unit costs, quantities, tax information, and contextual details about the goods or services being invoiced.
         * @example {
         *       "lineItemId": "LI-001",
         *       "unitCost": {
         *         "currencyCode": "USD",
         *         "currencyAmount": 50
         *       },
         *       "quantity": 10,
         *       "taxRateCodes": [
         *         "DE 19"
         *       ],
         *       "totalAmount": {
         *         "currencyCode": "USD",
         *         "currencyAmount": 540
         *       },
         *       "totalAmountBreakdown": [
         *         {
         *           "breakdownType": "ItemCostWithoutTax",
         *           "breakdownAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 500
         *           },
         *           "breakdowns": []
         *         },
         *         {
         *           "breakdownType": "ItemTaxAmount",
         *           "breakdownAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 40
         *           },
         *           "breakdowns": []
         *         }
         *       ],
         *       "lineItemContext": {
         *         "lineItemType": "GOODS",
         *         "itemIdentifiers": [
         *           {
         *             "itemIdentifierName": "ASIN",
         *             "itemIdentifierValue": "B0EXAMPLE1"
         *           },
         *           {
         *             "itemIdentifierName": "EXTERNAL_ID",
         *             "itemIdentifierValue": "EXT-99887"
         *           }
         *         ],
         *         "itemDescription": "Widget A",
         *         "serviceChargeType": "DAMAGE_ALLOWANCE",
         *         "serviceChargePeriod": {
         *           "startDate": "2025-06-01T00:00:00Z",
         *           "endDate": "2025-06-30T23:59:59Z"
         *         },
         *         "matchingContext": {
         *           "matchedQuantity": 8,
         *           "matchedAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 400
         *           },
         *           "paidQuantity": 8,
         *           "paidAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 385
         *           },
         *           "quantityVariance": 2,
         *           "priceVariance": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 15
         *           },
         *           "varianceReasons": [
         *             {
         *               "varianceType": "PQV",
         *               "defectTypes": [
         *                 "SHORTAGES_IN_TRANSIT"
         *               ]
         *             },
         *             {
         *               "varianceType": "PPV",
         *               "defectTypes": [
         *                 "PRODUCT_COST_NOT_ACTIVE"
         *               ]
         *             }
         *           ]
         *         }
         *       },
         *       "relatedItemIdentifiers": [
         *         {
         *           "relatedIdentifierName": "PURCHASE_ORDER_IDS",
         *           "relatedIdentifierValue": [
         *             "PO123456"
         *           ]
         *         },
         *         {
         *           "relatedIdentifierName": "ASN_IDS",
         *           "relatedIdentifierValue": [
         *             "ASN-5678"
         *           ]
         *         }
         *       ]
         *     }
         */
        InvoiceItem: {
            /** @description The unique identifier for the line item. */
            lineItemId: string;
            unitCost?: components["schemas"]["Currency"];
            /**
             * Format: int32
             * @description The number of units for the line item.
             */
            quantity?: number;
            /** @description A list of country code and tax rate combinations applied to the line item. Example: `DE 19` */
            taxRateCodes?: string[];
            totalAmount: components["schemas"]["Currency"];
            /**
             * @description The breakdown of the total amount into sub-components.
             *
             *     **Possible `breakdownType` values:**
             *
             *     * `ItemCostWithoutTax`: Line item cost excluding tax.
             *     * `ItemTaxAmount`: Tax amount on the line item.
             *     * `Other`: Other line item breakdown type.
             */
            totalAmountBreakdown?: components["schemas"]["Breakdown"][];
            lineItemContext: components["schemas"]["LineItemContext"];
            /** @description List of related item identifiers for the line item. */
            relatedItemIdentifiers?: components["schemas"]["RelatedIdentifier"][];
        };
        /**
         * @description The response to the `getInvoiceHeaders` operation.
         * @example {
         *       "invoices": [
         *         {
         *           "invoiceNumber": "INV-202505001",
         *           "invoiceIdentifier": "INV-202505001~ABCDEF",
         *           "invoiceStatus": "IN_PROGRESS",
         *           "invoiceType": "AP_INVENTORY",
         *           "billingPeriod": {
         *             "startDate": "2025-06-01T14:30:00Z",
         *             "endDate": "2025-06-30T14:30:00Z"
         *           },
         *           "payee": {
         *             "partnerId": "PAY123456",
         *             "partnerType": "VENDOR",
         *             "partnerName": "Example Vendor"
         *           },
         *           "payer": {
         *             "partnerId": "AMAZON_US",
         *             "partnerType": "AMAZON",
         *             "partnerName": "Amazon"
         *           },
         *           "issueDate": "2025-06-18T14:30:00Z",
         *           "dueDate": "2025-07-18T14:30:00Z",
         *           "paymentTerms": "NET30",
         *           "invoiceAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 2500
         *           },
         *           "invoiceAmountBreakdowns": [
         *             {
         *               "breakdownType": "Total",
         *               "breakdownAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": 2500
         *               },
         *               "breakdowns": [
         *                 {
         *                   "breakdownType": "InvoiceAmountWithoutTax",
         *                   "breakdownAmount": {
         *                     "currencyCode": "USD",
         *                     "currencyAmount": 2100.84
         *                   },
         *                   "breakdowns": []
         *                 },
         *                 {
         *                   "breakdownType": "TaxAmount",
         *                   "breakdownAmount": {
         *                     "currencyCode": "USD",
         *                     "currencyAmount": 399.16
         *                   },
         *                   "breakdowns": []
         *                 }
         *               ]
         *             }
         *           ],
         *           "invoiceSettlementBreakdowns": [
         *             {
         *               "breakdownType": "AmountPaid",
         *               "breakdownAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": 2490
         *               },
         *               "breakdowns": []
         *             },
         *             {
         *               "breakdownType": "QueuedForPayment",
         *               "breakdownAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": 150
         *               },
         *               "breakdowns": []
         *             },
         *             {
         *               "breakdownType": "QuickPayDiscount",
         *               "breakdownAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": -25
         *               },
         *               "breakdowns": []
         *             },
         *             {
         *               "breakdownType": "QuantityVarianceAmount",
         *               "breakdownAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": -100
         *               },
         *               "breakdowns": []
         *             },
         *             {
         *               "breakdownType": "PriceVariance",
         *               "breakdownAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": -15
         *               },
         *               "breakdowns": []
         *             }
         *           ],
         *           "relatedIdentifiers": [
         *             {
         *               "relatedIdentifierName": "PURCHASE_ORDER_IDS",
         *               "relatedIdentifierValue": [
         *                 "PO123456",
         *                 "PO789012"
         *               ]
         *             },
         *             {
         *               "relatedIdentifierName": "UNIQUE_PAYMENT_IDS",
         *               "relatedIdentifierValue": [
         *                 "PMT-98765"
         *               ]
         *             },
         *             {
         *               "relatedIdentifierName": "VENDOR_CODE",
         *               "relatedIdentifierValue": [
         *                 "VC-001"
         *               ]
         *             }
         *           ],
         *           "creationDate": "2025-06-18T14:30:00Z",
         *           "lastUpdatedDate": "2025-09-27T09:00:00Z"
         *         }
         *       ],
         *       "numOfRecords": 1,
         *       "nextToken": "11"
         *     }
         */
        GetInvoicesResponse: {
            /** @description A list of invoices with header-level details. */
            invoices?: components["schemas"]["InvoiceHeader"][];
            /**
             * Format: int32
             * @description The number of records returned.
             * @example 10
             */
            numOfRecords?: number;
            /**
             * @description The response includes `nextToken` when the number of invoices exceeds the default page size value. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. To get a complete list, call this operation until `nextToken` is `null`. Note that this operation can return empty pages.
             * @example 11
             */
            nextToken?: string;
        };
        /**
         * @description The response to the `getInvoice` operation.
         * @example {
         *       "invoiceHeader": {
         *         "invoiceNumber": "INV-202505001",
         *         "invoiceIdentifier": "INV-202505001~ABCDEF",
         *         "invoiceStatus": "IN_PROGRESS",
         *         "invoiceType": "AP_INVENTORY",
         *         "billingPeriod": {
         *           "startDate": "2025-06-01T14:30:00Z",
         *           "endDate": "2025-06-30T14:30:00Z"
         *         },
         *         "payee": {
         *           "partnerId": "PAY123456",
         *           "partnerType": "VENDOR",
         *           "partnerName": "Example Vendor"
         *         },
         *         "payer": {
         *           "partnerId": "AMAZON_US",
         *           "partnerType": "AMAZON",
         *           "partnerName": "Amazon"
         *         },
         *         "issueDate": "2025-06-18T14:30:00Z",
         *         "dueDate": "2025-07-18T14:30:00Z",
         *         "paymentTerms": "NET30",
         *         "invoiceAmount": {
         *           "currencyCode": "USD",
         *           "currencyAmount": 540
         *         },
         *         "invoiceAmountBreakdowns": [
         *           {
         *             "breakdownType": "Total",
         *             "breakdownAmount": {
         *               "currencyCode": "USD",
         *               "currencyAmount": 540
         *             },
         *             "breakdowns": [
         *               {
         *                 "breakdownType": "InvoiceAmountWithoutTax",
         *                 "breakdownAmount": {
         *                   "currencyCode": "USD",
         *                   "currencyAmount": 500
         *                 },
         *                 "breakdowns": []
         *               },
         *               {
         *                 "breakdownType": "TaxAmount",
         *                 "breakdownAmount": {
         *                   "currencyCode": "USD",
         *                   "currencyAmount": 40
         *                 },
         *                 "breakdowns": []
         *               }
         *             ]
         *           }
         *         ],
         *         "invoiceSettlementBreakdowns": [
         *           {
         *             "breakdownType": "AmountPaid",
         *             "breakdownAmount": {
         *               "currencyCode": "USD",
         *               "currencyAmount": 530
         *             },
         *             "breakdowns": []
         *           },
         *           {
         *             "breakdownType": "QuickPayDiscount",
         *             "breakdownAmount": {
         *               "currencyCode": "USD",
         *               "currencyAmount": -5
         *             },
         *             "breakdowns": []
         *           },
         *           {
         *             "breakdownType": "PriceVariance",
         *             "breakdownAmount": {
         *               "currencyCode": "USD",
         *               "currencyAmount": -10
         *             },
         *             "breakdowns": []
         *           },
         *           {
         *             "breakdownType": "QueuedForPayment",
         *             "breakdownAmount": {
         *               "currencyCode": "USD",
         *               "currencyAmount": 25
         *             },
         *             "breakdowns": []
         *           }
         *         ],
         *         "relatedIdentifiers": [
         *           {
         *             "relatedIdentifierName": "PURCHASE_ORDER_IDS",
         *             "relatedIdentifierValue": [
         *               "PO123456"
         *             ]
         *           },
         *           {
         *             "relatedIdentifierName": "UNIQUE_PAYMENT_IDS",
         *             "relatedIdentifierValue": [
         *               "PMT-98765"
         *             ]
         *           },
         *           {
         *             "relatedIdentifierName": "VENDOR_CODE",
         *             "relatedIdentifierValue": [
         *               "VC-001"
         *             ]
         *           }
         *         ],
         *         "creationDate": "2025-06-18T14:30:00Z",
         *         "lastUpdatedDate": "2025-09-27T09:00:00Z"
         *       },
         *       "invoiceItems": [
         *         {
         *           "lineItemId": "LI-001",
         *           "unitCost": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 50
         *           },
         *           "quantity": 10,
         *           "taxRateCodes": [
         *             "DE 19"
         *           ],
         *           "totalAmount": {
         *             "currencyCode": "USD",
         *             "currencyAmount": 540
         *           },
         *           "totalAmountBreakdown": [
         *             {
         *               "breakdownType": "ItemCostWithoutTax",
         *               "breakdownAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": 500
         *               },
         *               "breakdowns": []
         *             },
         *             {
         *               "breakdownType": "ItemTaxAmount",
         *               "breakdownAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": 40
         *               },
         *               "breakdowns": []
         *             }
         *           ],
         *           "lineItemContext": {
         *             "lineItemType": "GOODS",
         *             "itemIdentifiers": [
         *               {
         *                 "itemIdentifierName": "ASIN",
         *                 "itemIdentifierValue": "B0EXAMPLE1"
         *               },
         *               {
         *                 "itemIdentifierName": "EXTERNAL_ID",
         *                 "itemIdentifierValue": "EXT-99887"
         *               }
         *             ],
         *             "itemDescription": "Widget A",
         *             "matchingContext": {
         *               "matchedQuantity": 8,
         *               "matchedAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": 400
         *               },
         *               "paidQuantity": 8,
         *               "paidAmount": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": 385
         *               },
         *               "quantityVariance": 2,
         *               "priceVariance": {
         *                 "currencyCode": "USD",
         *                 "currencyAmount": 15
         *               },
         *               "varianceReasons": [
         *                 {
         *                   "varianceType": "PQV",
         *                   "defectTypes": [
         *                     "SHORTAGES_IN_TRANSIT"
         *                   ]
         *                 },
         *                 {
         *                   "varianceType": "PPV",
         *                   "defectTypes": [
         *                     "PRODUCT_COST_NOT_ACTIVE"
         *                   ]
         *                 }
         *               ]
         *             }
         *           },
         *           "relatedItemIdentifiers": [
         *             {
         *               "relatedIdentifierName": "PURCHASE_ORDER_IDS",
         *               "relatedIdentifierValue": [
         *                 "PO123456"
         *               ]
         *             },
         *             {
         *               "relatedIdentifierName": "ASN_IDS",
         *               "relatedIdentifierValue": [
         *                 "ASN-5678"
         *               ]
         *             }
         *           ]
         *         }
         *       ],
         *       "nextTokenForLineItems": "5"
         *     }
         */
        GetInvoiceResponse: {
            invoiceHeader?: components["schemas"]["InvoiceHeader"];
            /** @description A list of invoice line items. */
            invoiceItems?: components["schemas"]["InvoiceItem"][];
            /** @description A token you can use to retrieve the next page of line items. */
            nextTokenForLineItems?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getInvoiceHeaders: {
        parameters: {
            query: {
                /**
                 * @description The response includes `nextToken` when the number of invoices exceeds the default page size value (100). To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. To get a complete list, call this operation until `nextToken` is `null`. Note that this operation can return empty pages.
                 * @example 11
                 */
                nextToken?: string;
                /**
                 * @description The marketplace ID of the marketplace from which you want to retrieve invoice headers. The marketplace ID is a globally unique identifier used to specify which Amazon marketplace a request is targeting. For more information, refer to [Marketplace IDs](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids).
                 * @example ATVPDKIKX0XXX
                 */
                marketplaceId: string;
                /**
                 * @description Retrieve invoice headers issued after this date. The range between `fromIssueDate` and `toIssueDate` must not exceed 90 days. Either provide both dates or leave both empty. If you do not provide these dates, `fromIssueDate` defaults to 90 days before the date of the request. In [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date-time format.
                 * @example 2025-05-18T14:30:00Z
                 */
                fromIssueDate?: string;
                /**
                 * @description Retrieve invoice headers issued before this date. The range between `fromIssueDate` and `toIssueDate` must not exceed 90 days. Either provide both dates or leave both empty. If you do not provide these dates, `toIssueDate` defaults to the date of the request. In [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date-time format.
                 * @example 2025-07-18T14:30:00Z
                 */
                toIssueDate?: string;
                /**
                 * @description Retrieve invoices that were modified after this date-time. In [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date-time format.
                 * @example 2025-09-01T00:00:00Z
                 */
                invoicesModifiedAfter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Your rate limit (requests per second) for this operation. */
                    "x-amzn-RateLimit-Limit"?: string;
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetInvoicesResponse"];
                };
            };
            /** @description Request has missing or invalid parameters and cannot be parsed. */
            400: {
                headers: {
                    /** @description Your rate limit (requests per second) for this operation. */
                    "x-amzn-RateLimit-Limit"?: string;
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description Indicates that access to the resource is forbidden. Possible reasons include Access Denied, Unauthorized, Expired Token, or Invalid Signature. */
            403: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description The resource specified does not exist. */
            404: {
                headers: {
                    /** @description Your rate limit (requests per second) for this operation. */
                    "x-amzn-RateLimit-Limit"?: string;
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description The request size exceeded the maximum accepted size. */
            413: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description The request payload is in an unsupported format. */
            415: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description The frequency of requests was greater than allowed. */
            429: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description An unexpected condition occurred that prevented the server from fulfilling the request. */
            500: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description Temporary overloading or maintenance of the server. */
            503: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
        };
    };
    getInvoice: {
        parameters: {
            query: {
                /**
                 * @description The marketplace ID of the marketplace of the invoice. The marketplace ID is a globally unique identifier used to specify an Amazon marketplace. For more information, refer to [Marketplace IDs](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids).
                 * @example ATVPDKIKX0XXX
                 */
                marketplaceId: string;
                /**
                 * @description The response includes `nextTokenForLineItems` when the number of line items exceeds the default page size (600). To get the next page of line items, call the operation with this token, including the same request parameters as the call that generated the token.
                 * @example 5
                 */
                nextTokenForLineItems?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The unique identifier for an invoice. This field is also returned as part of the `InvoiceHeader` element in the response. For AP-Inventory invoices the identifier is formatted as `InvoiceNumber~PayeeCode`.
                 * @example INV-202505001~ABCDEF
                 */
                invoiceIdentifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    /** @description Your rate limit (requests per second) for this operation. */
                    "x-amzn-RateLimit-Limit"?: string;
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetInvoiceResponse"];
                };
            };
            /** @description Request has missing or invalid parameters and cannot be parsed. */
            400: {
                headers: {
                    /** @description Your rate limit (requests per second) for this operation. */
                    "x-amzn-RateLimit-Limit"?: string;
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description Indicates that access to the resource is forbidden. Possible reasons include Access Denied, Unauthorized, Expired Token, or Invalid Signature. */
            403: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description The resource specified does not exist. */
            404: {
                headers: {
                    /** @description Your rate limit (requests per second) for this operation. */
                    "x-amzn-RateLimit-Limit"?: string;
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description The request size exceeded the maximum accepted size. */
            413: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description The request payload is in an unsupported format. */
            415: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description The frequency of requests was greater than allowed. */
            429: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description An unexpected condition occurred that prevented the server from fulfilling the request. */
            500: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
            /** @description Temporary overloading or maintenance of the server. */
            503: {
                headers: {
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorList"];
                };
            };
        };
    };
}
