// ---------------------------------------------------------------------------------------
// GENERATED FILE: DO NOT EDIT. Written by `npm run generate` (scripts/generate.mjs) from:
//   amazon/transfers_2024-06-01.json (sha256 06fac707d3cf8b82)
// Change the generator or the pinned inputs, never this file.
// ---------------------------------------------------------------------------------------
/* eslint-disable */
// biome-ignore-all lint: generated

export interface paths {
    "/finances/transfers/2024-06-01/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Retrieve a list of payouts for the selling partner's account. You can filter results by `marketplaceIds`, `accountType`, date range (`createdAfter` and `createdBefore`), or a specific `payoutId`. By default, the response includes payouts for all available marketplaces and account types. Results are grouped by the seller's account groups. Within each account group results are sorted by their creation date, with the most recent appearing first.
         *
         *     **Usage Plan:**
         *
         *     | Rate (requests per second) | Burst |
         *     | ---- | ---- |
         *     | 0.5 | 10 |
         *
         *     The `x-amzn-RateLimit-Limit` response header contains the usage plan rate limits for the operation, when available. The preceding table contains the default rate and burst values for this operation. Selling partners whose business demands require higher throughput might have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
         */
        get: operations["listPayouts"];
        put?: never;
        /**
         * @description Initiates an on-demand payout to the seller's default deposit method in Seller Central for the given `marketplaceId` and `accountType`, if eligible. You can only initiate one on-demand payout for each marketplace and account type within a 24-hour period.
         *
         *     **Usage Plan:**
         *
         *     | Rate (requests per second) | Burst |
         *     | ---- | ---- |
         *     | 0.017 | 2 |
         *
         *     The `x-amzn-RateLimit-Limit` response header contains the usage plan rate limits for the operation, when available. The preceding table contains the default rate and burst values for this operation. Selling partners whose business demands require higher throughput might have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
         */
        post: operations["initiatePayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finances/transfers/2024-06-01/paymentMethods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Returns the list of payment methods for the seller, which can be filtered by method type.
         *
         *     **Usage Plan:**
         *
         *     | Rate (requests per second) | Burst |
         *     | ---- | ---- |
         *     | .5 | 30 |
         *
         *     The `x-amzn-RateLimit-Limit` response header contains the usage plan rate limits for the operation, when available. The preceding table contains the default rate and burst values for this operation. Selling partners whose business demands require higher throughput might have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
         */
        get: operations["getPaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finances/transfers/2024-06-01/payouts/expected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Returns the upcoming expected payouts from Amazon associated with a partner's account for the specified parameters.
         *
         *     **Usage Plan:**
         *
         *     | Rate (requests per second) | Burst |
         *     | ---- | ---- |
         *     | 0.5 | 10 |
         *
         *     The `x-amzn-RateLimit-Limit` response header contains the usage plan rate limits for the operation, when available. The preceding table contains the default rate and burst values for this operation. Selling partners whose business demands require higher throughput might have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
         */
        get: operations["listExpectedPayouts"];
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
        /**
         * @description The request schema for the `initiatePayout` operation.
         * @example {
         *       "marketplaceId": "APJ6JRA9NG5V4",
         *       "accountType": "Standard Orders"
         *     }
         */
        InitiatePayoutRequest: {
            marketplaceId: components["schemas"]["MarketplaceId"];
            /** @description The account type in the selected marketplace for which a payout must be initiated. For supported EU marketplaces, the only account type is `Standard Orders`. */
            accountType: string;
        };
        /**
         * @description The response schema for the `initiatePayout` operation.
         * @example {
         *       "payoutReferenceId": "3DM7DQi8DPAMOLOSaN5HxT0q2waNwH95fopx3AD2Lgc"
         *     }
         */
        InitiatePayoutResponse: {
            /** @description The financial event group ID for a successfully initiated payout. You can use this ID to track payout information. */
            payoutReferenceId: string;
        };
        /** @description The response schema for the `listPayouts` operation. */
        ListPayoutsResponse: {
            /** @description A list of payouts matching the request criteria. */
            payouts?: components["schemas"]["Payout"][];
            /** @description The response includes `nextToken` when the number of results exceeds the specified page size. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. To get a complete list, call this operation until `nextToken` is null. Note that this operation can return empty pages. */
            nextToken?: string;
        };
        /** @description The response schema for the `listExpectedPayouts` operation. */
        ListExpectedPayoutsResponse: {
            /** @description A list of expected payouts for all of the selling partner's accounts matching the filters. */
            expectedPayouts?: components["schemas"]["ExpectedPayout"][];
            /** @description The response includes `nextToken` when the number of results exceeds the specified page size. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. To get a complete list, call this operation until `nextToken` is null. Note that this operation can return empty pages. */
            nextToken?: string;
        };
        /** @description All the information related to an expected payout. */
        ExpectedPayout: {
            partnerMetadata: components["schemas"]["PartnerMetadata"];
            amount?: components["schemas"]["Currency"];
            status: components["schemas"]["ExpectedPayoutStatusName"];
            period?: components["schemas"]["Period"];
            scheduledDate?: components["schemas"]["Date"];
            /** @description The last few digits of the payment instrument. */
            accountTail?: string;
            paymentMethod?: components["schemas"]["PaymentMethodName"];
            relatedIdentifiers?: components["schemas"]["RelatedIdentifiers"];
        };
        /**
         * @description Enumerated set of expected payout status names.
         * @enum {string}
         */
        ExpectedPayoutStatusName: "SCHEDULED" | "DISABLED" | "AT_RISK" | "NO_PAYOUT_EXPECTED";
        /** @description All the information related to a payout. */
        Payout: {
            /** @description The unique identifier of the payout. */
            id: string;
            partnerMetadata: components["schemas"]["PartnerMetadata"];
            currentStatus: components["schemas"]["PayoutStatusName"];
            /** @description A chronological list of payout status updates. */
            statusHistory: components["schemas"]["PayoutStatusEntry"][];
            type?: components["schemas"]["PayoutTypeName"];
            amount?: components["schemas"]["Currency"];
            /** @description The last few digits of the payment instrument. May be omitted when the configured payment instrument is invalid. */
            accountTail?: string;
            paymentMethod?: components["schemas"]["PaymentMethodName"];
            creationDate?: components["schemas"]["Date"];
            /** @description The underlying payment network or clearing system used to transmit the payout. */
            paymentRail?: string;
            /**
             * @description The banking network's unique identifier for a fund transfer request.
             * @example 4B03616UONXSAWP
             */
            traceId?: string;
            period?: components["schemas"]["Period"];
            relatedIdentifiers?: components["schemas"]["RelatedIdentifiers"];
        };
        /** @description A record of a payout's status at a specific point in time. */
        PayoutStatusEntry: {
            status: components["schemas"]["PayoutStatusName"];
            lastUpdatedDate: components["schemas"]["Date"];
            /**
             * @description The reason the payout failed.
             * @example Insufficient funds
             */
            failureReason?: string;
        };
        /**
         * @description Enumerated set of payout status names.
         * @enum {string}
         */
        PayoutStatusName: "STARTED" | "IN_TRANSIT" | "PAID" | "FAILED" | "CANCELLED" | "NO_PAYOUT";
        /**
         * @description Enumerated set of payout type names.
         * @enum {string}
         */
        PayoutTypeName: "SCHEDULED" | "ON_DEMAND";
        /**
         * @description Enumerated set of payment methods for payout transfers.
         * @enum {string}
         */
        PaymentMethodName: "BANK_ACCOUNT" | "DEBIT_CARD";
        /** @description A currency type and amount. */
        Currency: {
            /** @description The three-digit currency code in ISO 4217 format. */
            currencyCode?: string;
            currencyAmount?: components["schemas"]["BigDecimal"];
        };
        /** @description Metadata that describes the selling partner. */
        PartnerMetadata: {
            /** @description A unique selling partner identifier. */
            partnerId: string;
            /** @description The type of the selling partner's account in the payout. */
            accountType: string;
            /** @description The identifier of the store associated with the payout. To find the ID for your store, refer to [Store Identifiers](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids). */
            marketplaceId: string;
        };
        /** @description The time interval for calculating the payout amount. */
        Period: {
            startDate: components["schemas"]["Date"];
            endDate?: components["schemas"]["Date"];
        };
        /** @description Related business identifier of the payout. */
        RelatedIdentifier: {
            relatedIdentifierName: components["schemas"]["RelatedIdentifierName"];
            /** @description Corresponding value of `RelatedIdentifierName`. */
            relatedIdentifierValue: string;
        };
        /**
         * @description Enumerated set of related business identifier names.
         * @enum {string}
         */
        RelatedIdentifierName: "SETTLEMENT_ID";
        /** @description Related business identifiers of the payout. */
        RelatedIdentifiers: components["schemas"]["RelatedIdentifier"][];
        /** @description A signed decimal number. */
        BigDecimal: number;
        /**
         * Format: date-time
         * @description A date in [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date-time format.
         */
        Date: string;
        /**
         * @description The response schema for the `getPaymentMethods` operation.
         * @example {
         *       "paymentMethods": [
         *         {
         *           "accountHolderName": "John Doe",
         *           "paymentMethodId": "0h_TU_CUS_4058fe2a-da6b-4b82-8e48-b20ff2eb4f6d",
         *           "paymentMethodType": "BANK_ACCOUNT",
         *           "tail": "677",
         *           "assignmentType": "DEFAULT_DEPOSIT_METHOD"
         *         },
         *         {
         *           "countryCode": "US",
         *           "accountHolderName": "John Doe",
         *           "paymentMethodId": "0h_TU_CUS_4058fe2a-da6b-4b82-8e48-b20ff2eb4f6d",
         *           "paymentMethodType": "CARD",
         *           "expiryDate": {
         *             "month": "3",
         *             "year": "2029"
         *           },
         *           "tail": "677"
         *         }
         *       ]
         *     }
         */
        GetPaymentMethodsResponse: {
            paymentMethods?: components["schemas"]["PaymentMethodList"];
        };
        /** @description The list of payment methods with payment method details. */
        PaymentMethodList: components["schemas"]["PaymentMethodDetails"][];
        /** @description The details of a payment method. */
        PaymentMethodDetails: {
            /** @description The name of the account holder who is registered for the payment method. */
            accountHolderName?: string;
            /**
             * @description The payment method identifier.
             * @example 0h_TU_CUS_4058fe2a-da6b-4b82-8e48-b20ff2eb4f6d
             */
            paymentMethodId?: string;
            /**
             * @description The last three or four digits of the payment method.
             * @example 321
             */
            tail?: string;
            expiryDate?: components["schemas"]["ExpiryDate"];
            /**
             * @description The two-letter country code in ISO 3166-1 alpha-2 format. For payment methods in the `card` category, the code is for the country where the card was issued. For payment methods in the `bank account` category, the code is for the country where the account is located.
             * @example US
             */
            countryCode?: string;
            paymentMethodType?: components["schemas"]["PaymentMethodType"];
            assignmentType?: components["schemas"]["AssignmentType"];
        };
        /** @description The expiration date of the card used for payment. If the payment method is not `card`, the expiration date is `null`. */
        ExpiryDate: {
            /**
             * @description The month the card expires expressed as a number from `1` to `12`.
             * @example 3
             */
            month?: string;
            /**
             * @description Year
             * @example 2024
             */
            year?: string;
        };
        /**
         * @description The list of payment method types that are present.
         * @example [
         *       "BANK_ACCOUNT, CARD"
         *     ]
         */
        PaymentMethodTypeList: components["schemas"]["PaymentMethodType"][];
        /**
         * @description The type of payment method.
         * @enum {string}
         */
        PaymentMethodType: "BANK_ACCOUNT" | "CARD" | "SELLER_WALLET";
        /**
         * @description The default payment method type.
         * @enum {string}
         */
        AssignmentType: "DEFAULT_DEPOSIT_METHOD";
        /**
         * @description The identifier of the Amazon marketplace. For the list of all marketplace IDs, refer to [Marketplace IDs](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids).
         * @example A1PA6795UKMFR9
         */
        MarketplaceId: string;
        /** @description A list of error responses returned when a request is unsuccessful. */
        ErrorList: {
            /**
             * @description array of errors
             * @example [
             *       {
             *         "code": "InvalidInput",
             *         "message": "The input request had one or more invalid input parameters."
             *       }
             *     ]
             */
            errors: components["schemas"]["Error"][];
        };
        /**
         * @description Error response returned when the request is unsuccessful.
         * @example {
         *       "code": "InvalidInput",
         *       "message": "The input request had one or more invalid input parameters."
         *     }
         */
        Error: {
            /**
             * @description An error code that identifies the type of error that occurred.
             * @example InvalidInput
             */
            code: string;
            /**
             * @description A message that describes the error condition.
             * @example The input request had one or more invalid input parameters.
             */
            message: string;
            /**
             * @description Additional details that can help the caller understand or fix the issue.
             * @example The following input parameters are invalid : [ marketplaceId ].
             */
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
    listPayouts: {
        parameters: {
            query?: {
                /**
                 * @description The Amazon stores from which to retrieve payouts. The Amazon store ID is a globally unique identifier assigned to each Amazon store. If omitted, the response includes payouts from all applicable stores. To find the Amazon store ID for your region, refer to [Store Identifiers](https://developer-docs.amazon/sp-api/docs/store-identifiers).
                 * @example [
                 *       "ATVPDKIKX0DER"
                 *     ]
                 */
                marketplaceIds?: string[];
                /**
                 * @description The response only includes payouts created on or after this date-time. The value must be formatted in [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date-time format. If omitted, no start date filter is applied.
                 * @example 2024-06-01T00:00:00Z
                 */
                createdAfter?: string;
                /**
                 * @description The response only includes payouts created before this date-time. The value must be formatted in [ISO 8601](https://developer-docs.amazon.com/sp-api/docs/iso-8601) date-time format. If omitted, no end date filter is applied.
                 * @example 2024-06-30T00:00:00Z
                 */
                createdBefore?: string;
                /**
                 * @description The response only includes the payout matching the specified identifier.
                 * @example 11888387941
                 */
                payoutId?: string;
                /**
                 * @description The response only includes payouts associated with the specified account type.
                 * @example STANDARD_ORDERS
                 */
                accountType?: string;
                /**
                 * @description The response includes `nextToken` when the number of results exceeds the page size. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. To get a complete list, call this operation until `nextToken` is null. Note that this operation can return empty pages.
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
                    "application/json": components["schemas"]["ListPayoutsResponse"];
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
    initiatePayout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body for the `initiatePayout` operation. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InitiatePayoutRequest"];
            };
        };
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
                    "application/json": components["schemas"]["InitiatePayoutResponse"];
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
    getPaymentMethods: {
        parameters: {
            query: {
                /**
                 * @description The identifier of the Amazon store from which you want to retrieve payment methods. For the list of store identifiers, refer to [Store Identifiers](https://developer-docs.amazon.com/sp-api/docs/marketplace-ids).
                 * @example ATVPDKIKX0DER
                 */
                marketplaceId: string;
                /**
                 * @description A comma-separated list of the payment method types you want to include in the response.
                 * @example BANK_ACCOUNT,CARD
                 */
                paymentMethodTypes?: ("BANK_ACCOUNT" | "CARD" | "SELLER_WALLET")[];
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
                    "application/json": components["schemas"]["GetPaymentMethodsResponse"];
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
    listExpectedPayouts: {
        parameters: {
            query?: {
                /**
                 * @description The Amazon stores from which to retrieve payouts. The Amazon store ID is a globally unique identifier assigned to each Amazon store. If omitted, the response includes payouts from all applicable stores. To find the Amazon store ID for your region, refer to [Store Identifiers](https://developer-docs.amazon/sp-api/docs/store-identifiers).
                 * @example [
                 *       "ATVPDKIKX0DER"
                 *     ]
                 */
                marketplaceIds?: string[];
                /**
                 * @description The response only includes the accounts of the specified account type.
                 * @example STANDARD_ORDERS
                 */
                accountType?: string;
                /**
                 * @description The response includes `nextToken` when the number of results exceeds the specified page size. To get the next page of results, call the operation with this token and include the same arguments as the call that produced the token. To get a complete list, call this operation until `nextToken` is null. Note that this operation can return empty pages.
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
                    "application/json": components["schemas"]["ListExpectedPayoutsResponse"];
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
