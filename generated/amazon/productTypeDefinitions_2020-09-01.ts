// ---------------------------------------------------------------------------------------
// GENERATED FILE: DO NOT EDIT. Written by `npm run generate` (scripts/generate.mjs) from:
//   amazon/productTypeDefinitions_2020-09-01.json (sha256 9f54478fd9c145be)
// Change the generator or the pinned inputs, never this file.
// ---------------------------------------------------------------------------------------
/* eslint-disable */
// biome-ignore-all lint: generated

export interface paths {
    "/definitions/2020-09-01/productTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Search for and return a list of Amazon product types that have definitions available.
         *
         *     **Usage Plans:**
         *
         *     | Plan type | Rate (requests per second) | Burst |
         *     | ---- | ---- | ---- |
         *     |Default| 5 | 10 |
         *     |Selling partner specific| Variable | Variable |
         *
         *     The x-amzn-RateLimit-Limit response header returns the usage plan rate limits that were applied to the requested operation. Rate limits for some selling partners will vary from the default rate and burst shown in the table above. For more information, see [Usage Plans and Rate Limits in the Selling Partner API](doc:usage-plans-and-rate-limits-in-the-sp-api).
         */
        get: operations["searchDefinitionsProductTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/definitions/2020-09-01/productTypes/{productType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Retrieve an Amazon product type definition.
         *
         *     **Usage Plans:**
         *
         *     | Plan type | Rate (requests per second) | Burst |
         *     | ---- | ---- | ---- |
         *     |Default| 5 | 10 |
         *     |Selling partner specific| Variable | Variable |
         *
         *     The x-amzn-RateLimit-Limit response header returns the usage plan rate limits that were applied to the requested operation. Rate limits for some selling partners will vary from the default rate and burst shown in the table above. For more information, see [Usage Plans and Rate Limits in the Selling Partner API](doc:usage-plans-and-rate-limits-in-the-sp-api).
         */
        get: operations["getDefinitionsProductType"];
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
        /** @description Error response returned when the request is unsuccessful. */
        Error: {
            /** @description An error code that identifies the type of error that occurred. */
            code: string;
            /** @description A message that describes the error condition. */
            message: string;
            /** @description Additional details that can help the caller understand or fix the issue. */
            details?: string;
        };
        /** @description A list of error responses returned when a request is unsuccessful. */
        ErrorList: {
            /** @description A list of error responses. */
            errors: components["schemas"]["Error"][];
        };
        /** @description A link to metadata schema. */
        SchemaLink: {
            /** @description Link to retrieve the schema. */
            link: {
                /** @description URI resource for the link. */
                resource: string;
                /**
                 * @description HTTP method for the link operation.
                 * @enum {string}
                 */
                verb: "GET";
            };
            /** @description Checksum hash of the schema (Base64 MD5). Use this to verify schema contents, identify changes between schema versions, and for caching. */
            checksum: string;
        };
        /** @description A product type definition represents the attributes and data requirements for a product type in the Amazon catalog. Product type definitions are used interchangeably between the Selling Partner API for Listings Items, Selling Partner API for Catalog Items, and JSON-based listings feeds in the Selling Partner API for Feeds. */
        ProductTypeDefinition: {
            metaSchema?: components["schemas"]["SchemaLink"];
            schema: components["schemas"]["SchemaLink"];
            /**
             * @description Name of the requirements set represented in this product type definition.
             * @enum {string}
             */
            requirements: "LISTING" | "LISTING_PRODUCT_ONLY" | "LISTING_OFFER_ONLY";
            /**
             * @description Identifies if the required attributes for a requirements set are enforced by the product type definition schema. Non-enforced requirements enable structural validation of individual attributes without all of the required attributes being present (such as for partial updates).
             * @enum {string}
             */
            requirementsEnforced: "ENFORCED" | "NOT_ENFORCED";
            /** @description Mapping of property group names to property groups. Property groups represent logical groupings of schema properties that can be used for display or informational purposes. */
            propertyGroups: {
                [key: string]: components["schemas"]["PropertyGroup"];
            };
            /** @description Locale of the display elements contained in the product type definition. */
            locale: string;
            /** @description Amazon marketplace identifiers for which the product type definition is applicable. */
            marketplaceIds: string[];
            /** @description The name of the Amazon product type that this product type definition applies to. */
            productType: string;
            /** @description Human-readable and localized description of the Amazon product type. */
            displayName: string;
            productTypeVersion: components["schemas"]["ProductTypeVersion"];
        };
        /** @description A property group represents a logical grouping of schema properties that can be used for display or informational purposes. */
        PropertyGroup: {
            /** @description The display label of the property group. */
            title?: string;
            /** @description The description of the property group. */
            description?: string;
            /** @description The names of the schema properties for the property group. */
            propertyNames?: string[];
        };
        /** @description The version details for an Amazon product type. */
        ProductTypeVersion: {
            /** @description Version identifier. */
            version: string;
            /** @description When true, the version indicated by the version identifier is the latest available for the Amazon product type. */
            latest: boolean;
            /** @description When true, the version indicated by the version identifier is the prerelease (release candidate) for the Amazon product type. */
            releaseCandidate?: boolean;
        };
        /** @description An Amazon product type with a definition available. */
        ProductType: {
            /** @description The name of the Amazon product type. */
            name: string;
            /** @description Human-readable and localized description of the Amazon product type. */
            displayName: string;
            /** @description The Amazon marketplace identifiers for which the product type definition is available. */
            marketplaceIds: string[];
        };
        /** @description A list of Amazon product types with definitions available. */
        ProductTypeList: {
            /** @description A list of product types. */
            productTypes: components["schemas"]["ProductType"][];
            /** @description Amazon product type version identifier. */
            productTypeVersion: string;
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
    searchDefinitionsProductTypes: {
        parameters: {
            query: {
                /**
                 * @description A comma-delimited list of keywords to search product types. **Note:** Cannot be used with `itemName`.
                 * @example LUGGAGE
                 */
                keywords?: string[];
                /**
                 * @description A comma-delimited list of Amazon marketplace identifiers for the request.
                 * @example ATVPDKIKX0DER
                 */
                marketplaceIds: string[];
                /**
                 * @description Title of ASIN to get product type recommendation. **Note:** Cannot be used with `keywords`.
                 * @example Running shoes
                 */
                itemName?: string;
                /**
                 * @description Locale for display names in response. Defaults to primary locale of the marketplace.
                 * @example en_US
                 */
                locale?: string;
                /**
                 * @description Language used for `keywords` or `itemName` parameters. Defaults to primary locale of the marketplace.
                 * @example en_US
                 */
                searchLocale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved a list of Amazon product types that have definitions available. */
            200: {
                headers: {
                    /** @description Your rate limit (requests per second) for this operation. */
                    "x-amzn-RateLimit-Limit"?: string;
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductTypeList"];
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
            /** @description The request exceeds the maximum size. */
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
    getDefinitionsProductType: {
        parameters: {
            query: {
                /** @description A selling partner identifier. When provided, seller-specific requirements and values are populated within the product type definition schema, such as brand names associated with the selling partner. */
                sellerId?: string;
                /**
                 * @description A comma-delimited list of Amazon marketplace identifiers for the request.
                 *     Note: This parameter is limited to one marketplaceId at this time.
                 * @example ATVPDKIKX0DER
                 */
                marketplaceIds: string[];
                /**
                 * @description The version of the Amazon product type to retrieve. Defaults to "LATEST". Prerelease versions of product type definitions may be retrieved with "RELEASE_CANDIDATE". If no prerelease version is currently available, the "LATEST" live version will be provided.
                 * @example LATEST
                 */
                productTypeVersion?: string;
                /**
                 * @description The name of the requirements set to retrieve requirements for.
                 * @example LISTING
                 */
                requirements?: "LISTING" | "LISTING_PRODUCT_ONLY" | "LISTING_OFFER_ONLY";
                /**
                 * @description Identifies if the required attributes for a requirements set are enforced by the product type definition schema. Non-enforced requirements enable structural validation of individual attributes without all the required attributes being present (such as for partial updates).
                 * @example ENFORCED
                 */
                requirementsEnforced?: "ENFORCED" | "NOT_ENFORCED";
                /**
                 * @description Locale for retrieving display labels and other presentation details. Defaults to the default language of the first marketplace in the request.
                 * @example DEFAULT
                 */
                locale?: "DEFAULT" | "ar" | "ar_AE" | "de" | "de_DE" | "en" | "en_AE" | "en_AU" | "en_CA" | "en_GB" | "en_IN" | "en_SG" | "en_US" | "es" | "es_ES" | "es_MX" | "es_US" | "fr" | "fr_CA" | "fr_FR" | "it" | "it_IT" | "ja" | "ja_JP" | "nl" | "nl_NL" | "pl" | "pl_PL" | "pt" | "pt_BR" | "pt_PT" | "sv" | "sv_SE" | "tr" | "tr_TR" | "zh" | "zh_CN" | "zh_TW";
                /**
                 * @description The parentage level of the listing to retrieve a schema for. When provided, the schema is simplified by resolving all conditional logic related to the specified parentage level, resulting in a smaller schema with fewer conditions.
                 * @example CHILD
                 */
                parentageLevel?: "NONE" | "CHILD" | "PARENT";
            };
            header?: never;
            path: {
                /**
                 * @description The Amazon product type name.
                 * @example LUGGAGE
                 */
                productType: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved an Amazon product type definition. */
            200: {
                headers: {
                    /** @description Your rate limit (requests per second) for this operation. */
                    "x-amzn-RateLimit-Limit"?: string;
                    /** @description Unique request reference identifier. */
                    "x-amzn-RequestId"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductTypeDefinition"];
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
            /** @description The request exceeds the maximum size. */
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
