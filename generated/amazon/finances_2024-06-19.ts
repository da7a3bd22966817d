// ---------------------------------------------------------------------------------------
// GENERATED FILE: DO NOT EDIT. Written by `npm run generate` (scripts/generate.mjs) from:
//   amazon/finances_2024-06-19.json (sha256 54e8d2d5094c00a5)
// Change the generator or the pinned inputs, never this file.
// ---------------------------------------------------------------------------------------
/* eslint-disable */
// biome-ignore-all lint: generated

export interface paths {
    "/finances/2024-06-19/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Returns transactions for the given parameters. Financial events might not include orders from the last 48 hours. **Note:** If you want to retrieve MFN orders in the US store, do not supply the `marketplaceId` parameter.
         *
         *     **Usage plan:**
         *
         *     | Rate (requests per second) | Burst |
         *     | ---- | ---- |
         *     | 0.5 | 10 |
         *
         *     The `x-amzn-RateLimit-Limit` response header returns the usage plan rate limits that were applied to the requested operation, when available. The preceding table contains the default rate and burst values for this operation. Selling partners whose business demands require higher throughput may have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits).
         */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finances/2024-06-19/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Retrieve a balance. This balance can be a past balances at a specified date, or a current balance. Sub-balances are listed by account type and marketplace.
         *
         *     **Usage Plan:**
         *
         *     | Rate (requests per second) | Burst |
         *     | ---- | ---- |
         *     | 0.5 | 10 |
         *
         *     The `x-amzn-RateLimit-Limit` response header returns the usage plan rate limits that apply to the operation, when available. The preceding table indicates the default rate and burst values for this operation. Selling partners whose business demands require higher throughput may have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits in the Selling Partner API](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
         */
        get: operations["listBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finances/2024-06-19/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Retrieve the financial summary for the specified time period or settlement period.
         *
         *     **Usage Plan:**
         *
         *     | Rate (requests per second) | Burst |
         *     | ---- | ---- |
         *     | 0.5 | 10 |
         *
         *     The `x-amzn-RateLimit-Limit` response header returns the usage plan rate limits that apply to the operation, when available. The preceding table indicates the default rate and burst values for this operation. Selling partners whose business demands require higher throughput may have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits in the Selling Partner API](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
         */
        get: operations["listSummary"];
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
        /** @description The response to the `listTransactions` operation. */
        ListTransactionsResponse: {
            payload?: components["schemas"]["TransactionsPayload"];
        };
        /** @description The payload for the `listTransactions` operation. */
        TransactionsPayload: {
            /** @description The response includes `nextToken` when the number of results exceeds the specified `pageSize` value. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. To get a complete list, call this operation until `nextToken` is null. Note that this operation can return empty pages. */
            nextToken?: string;
            transactions?: components["schemas"]["Transactions"];
        };
        /** @description A list of transactions within the specified time period. */
        Transactions: components["schemas"]["Transaction"][];
        /**
         * @description All the information related to a transaction.
         * @example {
         *       "sellingPartnerMetadata": {
         *         "sellingPartnerId": "XXXXXXXXXXXXXX",
         *         "accountType": "PAYABLE",
         *         "marketplaceId": "ATVPDKIKX0DER"
         *       },
         *       "relatedIdentifiers": [
         *         {
         *           "relatedIdentifierName": "ORDER_ID",
         *           "relatedIdentifierValue": "8129762527551"
         *         }
         *       ],
         *       "transactionType": "Shipment",
         *       "transactionId": "b1qD0oAliFkLiqRyGbmeT0DoS2Z2kHzi7TZ92z-vARI",
         *       "transactionStatus": "Released",
         *       "description": "Order Payment",
         *       "postedDate": "2020-07-14T03:35:13.214Z",
         *       "totalAmount": {
         *         "currencyAmount": 10,
         *         "currencyCode": "USD"
         *       },
         *       "marketplaceDetails": {
         *         "marketplaceId": "ATVPDKIKX0DER",
         *         "marketplaceName": "Amazon.com"
         *       },
         *       "items": [
         *         {
         *           "description": "Item title",
         *           "totalAmount": {
         *             "currencyAmount": 10,
         *             "currencyCode": "USD"
         *           },
         *           "relatedIdentifiers": [
         *             {
         *               "itemRelatedIdentifierName": "ORDER_ADJUSTMENT_ITEM_ID",
         *               "itemRelatedIdentifierValue": "81297625-121-27551"
         *             }
         *           ],
         *           "breakdowns": [
         *             {
         *               "breakdownType": "Product Charges",
         *               "breakdownAmount": {
         *                 "currencyAmount": 10,
         *                 "currencyCode": "USD"
         *               },
         *               "breakdowns": [
         *                 {
         *                   "breakdownType": "Principle",
         *                   "breakdownAmount": {
         *                     "currencyAmount": 10,
         *                     "currencyCode": "USD"
         *                   },
         *                   "breakdowns": []
         *                 }
         *               ]
         *             }
         *           ],
         *           "contexts": [
         *             {
         *               "contextType": "ProductContext",
         *               "asin": "B07FGXZQZ1",
         *               "sku": "sku-12",
         *               "quantityShipped": 1,
         *               "fulfillmentNetwork": "MFN"
         *             }
         *           ]
         *         }
         *       ],
         *       "breakdowns": {
         *         "breakdowns": [
         *           {
         *             "breakdownType": "Sales",
         *             "breakdownAmount": {
         *               "currencyAmount": 10,
         *               "currencyCode": "USD"
         *             },
         *             "breakdowns": [
         *               {
         *                 "breakdownType": "Product Charges",
         *                 "breakdownAmount": {
         *                   "currencyAmount": 10,
         *                   "currencyCode": "USD"
         *                 },
         *                 "breakdowns": []
         *               }
         *             ]
         *           }
         *         ]
         *       },
         *       "contexts": [
         *         {
         *           "contextType": "AmazonPayContext",
         *           "storeName": "Store 1",
         *           "orderType": "Order Type",
         *           "channel": "MFN"
         *         }
         *       ]
         *     }
         */
        Transaction: {
            sellingPartnerMetadata?: components["schemas"]["SellingPartnerMetadata"];
            relatedIdentifiers?: components["schemas"]["RelatedIdentifiers"];
            /**
             * @description The type of transaction.
             *
             *     **Possible value:** `Shipment`
             */
            transactionType?: string;
            /** @description The unique identifier of the transaction. */
            transactionId?: string;
            /**
             * @description The status of the transaction.
             *
             *     **Possible values:**
             *
             *     * `DEFERRED`: the transaction is currently deferred.
             *     * `RELEASED`: the transaction is currently released.
             *     * `DEFERRED_RELEASED`: the transaction was deferred in the past, but is now released. The status of a deferred transaction is updated to `DEFERRED_RELEASED` when the transaction is released.
             */
            transactionStatus?: string;
            /**
             * @description Describes the reasons for the transaction.
             *
             *     **Example:** `Order Payment`, `Refund Order`
             */
            description?: string;
            postedDate?: components["schemas"]["Date"];
            totalAmount?: components["schemas"]["Currency"];
            marketplaceDetails?: components["schemas"]["MarketplaceDetails"];
            items?: components["schemas"]["Items"];
            contexts?: components["schemas"]["Contexts"];
            /** @description A list of breakdowns that detail how the total amount is calculated for the transaction. */
            breakdowns?: components["schemas"]["Breakdown"][];
        };
        /** @description A signed decimal number. */
        BigDecimal: number;
        /** @description A currency type and amount. */
        Currency: {
            /** @description The three-digit currency code in ISO 4217 format. */
            currencyCode?: string;
            currencyAmount?: components["schemas"]["BigDecimal"];
        };
        /** @description Metadata that describes the seller. */
        SellingPartnerMetadata: {
            /** @description The unique seller identifier. */
            sellingPartnerId?: string;
            /** @description The type of account in the transaction. */
            accountType?: string;
            /** @description The identifier of the marketplace where the transaction occurred. The marketplace ID is the globally unique identifier of a marketplace. To find the ID for a marketplace, refer to [Marketplace IDs](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids). */
            marketplaceId?: string;
        };
        /** @description Related business identifier of the transaction. */
        RelatedIdentifier: {
            /**
             * @description An enumerated set of related business identifier names.
             * @enum {string}
             */
            relatedIdentifierName?: "ORDER_ID" | "SHIPMENT_ID" | "FINANCIAL_EVENT_GROUP_ID" | "REFUND_ID" | "INVOICE_ID" | "DISBURSEMENT_ID" | "TRANSFER_ID" | "DEFERRED_TRANSACTION_ID" | "RELEASE_TRANSACTION_ID" | "SETTLEMENT_ID";
            /** @description Corresponding value of `RelatedIdentifierName`. */
            relatedIdentifierValue?: string;
        };
        /** @description Related business identifiers of the transaction. */
        RelatedIdentifiers: components["schemas"]["RelatedIdentifier"][];
        /**
         * Format: date-time
         * @description A date in [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date-time format.
         */
        Date: string;
        /**
         * @description Information about the marketplace where the transaction occurred.
         * @example {
         *       "marketplaceId": "ATVPDKIKX0DER",
         *       "marketplaceName": "Amazon.com"
         *     }
         */
        MarketplaceDetails: {
            /** @description The identifier of the marketplace where the transaction occurred. The marketplace ID is the globally unique identifier of a marketplace. To find the ID for a marketplace, refer to [Marketplace IDs](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids). */
            marketplaceId?: string;
            /** @description The name of the marketplace where the transaction occurred. For example: `Amazon.com`,`Amazon.in` */
            marketplaceName?: string;
        };
        /** @description A list of items in the transaction. */
        Items: components["schemas"]["Item"][];
        /** @description Additional information about an item in a transaction. */
        Item: {
            /** @description A description of the items in a transaction. */
            description?: string;
            relatedIdentifiers?: components["schemas"]["ItemRelatedIdentifiers"];
            totalAmount?: components["schemas"]["Currency"];
            /** @description A list of breakdowns that detail how the total amount is calculated for the transaction. */
            breakdowns?: components["schemas"]["Breakdown"][];
            contexts?: components["schemas"]["Contexts"];
        };
        /**
         * @description Related business identifiers of the item.
         * @example {
         *       "itemRelatedIdentifierName": "ORDER_ADJUSTMENT_ITEM_ID",
         *       "itemRelatedIdentifierValue": "OAI-123456789"
         *     }
         */
        ItemRelatedIdentifier: {
            /**
             * @description Enumerated set of related item identifier names for the item.
             * @enum {string}
             */
            itemRelatedIdentifierName?: "ORDER_ADJUSTMENT_ITEM_ID" | "COUPON_ID" | "REMOVAL_SHIPMENT_ITEM_ID" | "TRANSACTION_ID";
            /** @description Corresponding value to `ItemRelatedIdentifierName`. */
            itemRelatedIdentifierValue?: string;
        };
        /** @description Related business identifiers of the item in the transaction. */
        ItemRelatedIdentifiers: components["schemas"]["ItemRelatedIdentifier"][];
        /**
         * @description A list of breakdowns that detail how the total amount is calculated for the transaction.
         * @example [
         *       {
         *         "breakdownType": "Sales",
         *         "breakdownAmount": {
         *           "currencyAmount": 10,
         *           "currencyCode": "USD"
         *         },
         *         "breakdowns": [
         *           {
         *             "breakdownType": "Product Charges",
         *             "breakdownAmount": {
         *               "currencyAmount": 10,
         *               "currencyCode": "USD"
         *             },
         *             "breakdowns": []
         *           }
         *         ]
         *       }
         *     ]
         */
        Breakdowns: components["schemas"]["Breakdown"][];
        /** @description Details about the movement of money in the financial transaction. */
        Breakdown: {
            /** @description The type of charge. */
            breakdownType?: string;
            breakdownAmount?: components["schemas"]["Currency"];
            /** @description A list of breakdowns that detail how the total amount is calculated for the transaction. */
            breakdowns?: components["schemas"]["Breakdown"][];
        };
        /** @description A list of additional information about the item. */
        Contexts: components["schemas"]["Context"][];
        /** @description Additional information about the item. */
        Context: {
            /** @description The type of context. */
            contextType: string;
        } & components["schemas"]["AmazonPayContext"] & components["schemas"]["ProductContext"] & components["schemas"]["PaymentsContext"] & components["schemas"]["DeferredContext"] & components["schemas"]["BusinessContext"] & components["schemas"]["TimeRangeContext"];
        /**
         * @description Additional information related to the product.
         * @example {
         *       "asin": "B07FGXZQZ1",
         *       "sku": "sku-12",
         *       "quantityShipped": 1,
         *       "fulfillmentNetwork": "MFN"
         *     }
         */
        ProductContext: {
            /** @description The Amazon Standard Identification Number (ASIN) of the item. */
            asin?: string;
            /** @description The Stock Keeping Unit (SKU) of the item. */
            sku?: string;
            /**
             * Format: int32
             * @description The quantity of the item shipped.
             */
            quantityShipped?: number;
            /** @description The fulfillment network of the item. */
            fulfillmentNetwork?: string;
        };
        /**
         * @description Additional information related to Amazon Pay.
         * @example {
         *       "storeName": "Store 1",
         *       "orderType": "Order Type",
         *       "channel": "MFN"
         *     }
         */
        AmazonPayContext: {
            /** @description The name of the store that is related to the transaction. */
            storeName?: string;
            /** @description The order type of the transaction. */
            orderType?: string;
            /** @description The channel of the transaction. For example: `MFN`. */
            channel?: string;
        };
        /**
         * @description Additional information related to payments-related transactions.
         * @example {
         *       "paymentType": "Debit Card",
         *       "paymentMethod": "BANK",
         *       "paymentReference": "XXXXX123",
         *       "paymentDate": "2020-07-14T03:35:13.214Z"
         *     }
         */
        PaymentsContext: {
            /** @description The type of payment. */
            paymentType?: string;
            /** @description The method of payment. */
            paymentMethod?: string;
            /** @description The reference number of the payment. */
            paymentReference?: string;
            paymentDate?: components["schemas"]["Date"];
        };
        /**
         * @description Additional information related to deferred transactions.
         * @example {
         *       "deferralReason": "B2B",
         *       "maturityDate": "2024-07-14T00:00:00Z"
         *     }
         */
        DeferredContext: {
            /**
             * @description The deferral policy applied to the transaction.
             *
             *     **Examples:** `B2B` (invoiced orders), `DD7` (delivery date policy)
             */
            deferralReason?: string;
            maturityDate?: components["schemas"]["Date"];
        };
        /**
         * @description Information about the line of business associated with a transaction.
         * @example {
         *       "storeName": "AMAZON_HAUL"
         *     }
         */
        BusinessContext: {
            /**
             * @description The store name associated with the transaction.
             * @enum {string}
             */
            storeName?: "AMAZON_HAUL";
        };
        /**
         * @description Additional information that is related to the time range of the transaction.
         * @example {
         *       "startTime": "2020-07-14T03:35:13.214Z",
         *       "endTime": "2020-07-14T03:35:13.214Z"
         *     }
         */
        TimeRangeContext: {
            startTime?: components["schemas"]["Date"];
            endTime?: components["schemas"]["Date"];
        };
        /** @description The response to the `listBalances` operation. */
        ListBalancesResponse: {
            balances?: components["schemas"]["Balances"];
            /** @description A token to retrieve the next page of results. If null, no more results are available. */
            nextToken?: string;
        };
        /** @description A list of balances. */
        Balances: components["schemas"]["Balance"][];
        /**
         * @description All information relevant to a balance.
         * @example {
         *       "partnerMetadata": {
         *         "partnerId": "XXXXXXXXXXXXXX",
         *         "accountType": "Standard Orders",
         *         "marketplaceId": "AXXXXXXXXXER"
         *       },
         *       "balanceType": "TOTAL",
         *       "amount": {
         *         "currencyAmount": 15000,
         *         "currencyCode": "USD"
         *       },
         *       "balances": [
         *         {
         *           "balanceType": "AVAILABLE",
         *           "amount": {
         *             "currencyAmount": 8000,
         *             "currencyCode": "USD"
         *           }
         *         },
         *         {
         *           "balanceType": "RESERVED",
         *           "amount": {
         *             "currencyAmount": 7000,
         *             "currencyCode": "USD"
         *           },
         *           "balances": [
         *             {
         *               "balanceType": "DEFERRED",
         *               "amount": {
         *                 "currencyAmount": 9000,
         *                 "currencyCode": "USD"
         *               }
         *             },
         *             {
         *               "balanceType": "ACCOUNT_LEVEL_RESERVE",
         *               "amount": {
         *                 "currencyAmount": -2000,
         *                 "currencyCode": "USD"
         *               }
         *             }
         *           ]
         *         }
         *       ],
         *       "lastUpdatedTime": "2025-01-12T10:30:00+09:00"
         *     }
         */
        Balance: {
            partnerMetadata?: components["schemas"]["PartnerMetadata"];
            /**
             * @description The type of balance.
             * @enum {string}
             */
            balanceType?: "AVAILABLE" | "RESERVED" | "ACCOUNT_LEVEL_RESERVE" | "DEFERRED" | "TOTAL";
            amount?: components["schemas"]["Currency"];
            /** @description A list of balances that comprise this balance. */
            balances?: components["schemas"]["Balance"][];
            asOfDate?: components["schemas"]["Date"];
            /**
             * Format: date-time
             * @description The date and time when the balance was last updated, in [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date-time format. The value is in the marketplace's local time zone. This field is present for point-in-time balance queries (when no `asOfDate` query parameter is provided). Null for ending balance queries.
             */
            lastUpdatedTime?: string;
        };
        /** @description Metadata that describes the seller. */
        PartnerMetadata: {
            /** @description The unique seller identifier. */
            partnerId?: string;
            /** @description The type of account. */
            accountType?: string;
            /** @description The identifier of the marketplace where the transaction occurred. The marketplace ID is the globally unique identifier of a marketplace. To find the ID for a marketplace, refer to [Marketplace IDs](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids). */
            marketplaceId?: string;
        };
        /** @description The response to the `listSummary` operation. */
        SummaryResponse: {
            /** @description A list of financial summaries. */
            summaries?: components["schemas"]["Summary"][];
            /** @description A token to retrieve the next page of results. If null, no more results are available. */
            nextToken?: string;
        };
        /**
         * @description Contains all information related to the financial summary.
         * @example {
         *       "partnerMetadata": {
         *         "partnerId": "XXXXXXXXXXXXXX",
         *         "accountType": "Standard Orders",
         *         "marketplaceId": "AXXXXXXXXXER"
         *       },
         *       "netProceeds": {
         *         "currencyAmount": 17000,
         *         "currencyCode": "USD"
         *       },
         *       "relatedIdentifiers": [
         *         {
         *           "relatedIdentifierName": "SETTLEMENT_ID",
         *           "relatedIdentifierValue": "123456789"
         *         }
         *       ],
         *       "breakdowns": [
         *         {
         *           "breakdownType": "Sales",
         *           "amount": 20000,
         *           "breakdowns": []
         *         },
         *         {
         *           "breakdownType": "Expenses",
         *           "amount": -1000,
         *           "breakdowns": []
         *         },
         *         {
         *           "breakdownType": "Refunds",
         *           "amount": -2000,
         *           "breakdowns": []
         *         }
         *       ],
         *       "periodStart": "2026-01-01T00:00:00Z",
         *       "periodEnd": "2026-01-31T23:59:59Z"
         *     }
         */
        Summary: {
            partnerMetadata?: components["schemas"]["PartnerMetadata"];
            netProceeds?: components["schemas"]["Currency"];
            relatedIdentifiers?: components["schemas"]["RelatedIdentifiers"];
            breakdowns?: components["schemas"]["Breakdowns"];
            periodStart?: components["schemas"]["Date"];
            periodEnd?: components["schemas"]["Date"];
        };
        /** @description A list of error responses returned when a request is unsuccessful. */
        ErrorList: {
            /** @description The error responses that are returned when the request is unsuccessful. */
            errors: components["schemas"]["Error"][];
        };
        /** @description An error response returned when the request is unsuccessful. */
        Error: {
            /** @description An error code that identifies the type of error that occurred. */
            code: string;
            /** @description A message that describes the error condition. */
            message: string;
            /** @description Additional details that can help the caller understand or fix the issue. */
            details?: string;
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
    listTransactions: {
        parameters: {
            query?: {
                /**
                 * @description The response includes financial events posted on or after this date. This date must be in [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date-time format. The date-time must be more than two minutes before the time of the request.
                 *
                 *     This field is required if you do not specify a related identifier.
                 * @example 2023-01-12
                 */
                postedAfter?: string;
                /**
                 * @description The response includes financial events posted before (but not on) this date. This date must be in [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date-time format.
                 *
                 *     The date-time must be later than `PostedAfter` and more than two minutes before the request was submitted. If `PostedAfter` and `PostedBefore` are more than 180 days apart, the response is empty.
                 *
                 *     **Default:** Two minutes before the time of the request.
                 * @example 2023-02-12
                 */
                postedBefore?: string;
                /**
                 * @description The identifier of the marketplace from which you want to retrieve transactions. The marketplace ID is the globally unique identifier of a marketplace. To find the ID for a marketplace, refer to [Marketplace IDs](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids).
                 * @example ATIV93840DER
                 */
                marketplaceId?: string;
                /**
                 * @description The status of the transaction.
                 *
                 *     **Possible values:**
                 *
                 *     * `DEFERRED`: the transaction is currently deferred.
                 *     * `RELEASED`: the transaction is currently released.
                 *     * `DEFERRED_RELEASED`: the transaction was deferred in the past, but is now released. The status of a deferred transaction is updated to `DEFERRED_RELEASED` when the transaction is released.
                 * @example RELEASED
                 */
                transactionStatus?: string;
                /**
                 * @description The name of the `relatedIdentifier`.
                 *
                 *     **Possible values:**
                 *
                 *     * `FINANCIAL_EVENT_GROUP_ID`: the financial event group ID associated with the transaction.
                 *
                 *     * `ORDER_ID`: the order ID associated with the transaction.
                 *
                 *     **Note:**
                 *
                 *     `FINANCIAL_EVENT_GROUP_ID` and `ORDER_ID` are the only `relatedIdentifier` with filtering capabilities at the moment. While other `relatedIdentifier` values will be included in the response when available, they cannot be used for filtering purposes.
                 * @example FINANCIAL_EVENT_GROUP_ID
                 */
                relatedIdentifierName?: string;
                /**
                 * @description The value of the `relatedIdentifier`.
                 * @example 8129762527551
                 */
                relatedIdentifierValue?: string;
                /**
                 * @description The response includes `nextToken` when the number of results exceeds the specified `pageSize` value. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. To get a complete list, call this operation until `nextToken` is null. Note that this operation can return empty pages.
                 * @example jehgri34yo7jr9e8f984tr9i4o
                 */
                nextToken?: string;
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
                    "application/json": components["schemas"]["ListTransactionsResponse"];
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
    listBalances: {
        parameters: {
            query?: {
                /**
                 * @description The marketplaces from which to retrieve balances. If omitted, balances from all applicable marketplaces may be returned. To find the marketplace ID for a region, refer to [Marketplace IDs](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids).
                 * @example [
                 *       "AXXXXXXXXXER"
                 *     ]
                 */
                marketplaceIds?: string[];
                /**
                 * @description The type of balance to include in the response. If omitted, all balance types may be included in the response.
                 *
                 *     **Possible values:** `AVAILABLE`, `RESERVED`, `TOTAL`, `DEFERRED`, `ACCOUNT_LEVEL_RESERVE`
                 * @example TOTAL
                 */
                balanceType?: string;
                /**
                 * @description The type of account to include in the response.
                 * @example Standard Orders
                 */
                accountType?: string;
                /**
                 * @description The date from which you want to retrieve balances. If provided, the response includes historical balances at the specified date. The value must be in [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date format. If omitted, the point in time balance is provided.
                 * @example 2025-01-12
                 */
                asOfDate?: string;
                /**
                 * @description A token that you use to retrieve subsequent pages of results. When there are more than 500 results available, the response will include a `nextToken` value. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. Repeat this process until the `nextToken` value is null to retrieve all results.
                 * @example jehgri34yo7jr9e8f984tr9i4o
                 */
                nextToken?: string;
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
                    "application/json": components["schemas"]["ListBalancesResponse"];
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
    listSummary: {
        parameters: {
            query?: {
                /**
                 * @description The marketplaces from which to retrieve summaries. If omitted, summaries from all applicable marketplaces may be returned. To find the marketplace ID for a region, refer to [Marketplace IDs](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids).
                 * @example [
                 *       "AXXXXXXXXXER"
                 *     ]
                 */
                marketplaceIds?: string[];
                /**
                 * @description The type of account to include in the response.
                 * @example Standard Orders
                 */
                accountType?: string;
                /**
                 * @description The name of the `relatedIdentifier`. The only possible value is `SETTLEMENT_ID`, the settlement ID associated with the summary.
                 * @example SETTLEMENT_ID
                 */
                relatedIdentifierName?: string;
                /**
                 * @description The value of the `relatedIdentifier`.
                 * @example 8129762527551
                 */
                relatedIdentifierValue?: string;
                /**
                 * @description The start of the period for which to retrieve summaries. When provided, the response will only include summaries with transactions that occurred on or after the specified date. The value must be formatted in [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date format.
                 * @example 2025-01-12
                 */
                periodStart?: string;
                /**
                 * @description The end of the period for which to retrieve summaries. When provided, the response will only include summaries with transactions that occurred on or before the specified date. The value must be formatted in [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date format.
                 * @example 2025-01-12
                 */
                periodEnd?: string;
                /**
                 * @description A token that you use to retrieve subsequent pages of results. When there are more results available, the response will include a `nextToken` value. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. Repeat this process until the `nextToken` value is null to retrieve all results.
                 * @example jehgri34yo7jr9e8f984tr9i4o
                 */
                nextToken?: string;
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
                    "application/json": components["schemas"]["SummaryResponse"];
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
