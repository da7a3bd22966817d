// ---------------------------------------------------------------------------------------
// GENERATED FILE: DO NOT EDIT. Written by `npm run generate` (scripts/generate.mjs) from:
//   amazon/listings-feed-schema-v2.json (sha256 9f6c00a109f086c2)
//   amazon/listings-feed-processing-report-schema-v2.json (sha256 03daac9d3fa97d72)
// Change the generator or the pinned inputs, never this file.
// ---------------------------------------------------------------------------------------
/* eslint-disable */
// biome-ignore-all lint: generated

/** Amazon's listings-feed-schema-v2.json (JSON Schema draft-07). */
export const listingsFeedSchema: Readonly<Record<string, unknown>> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$comment": "JSON Schema describing the document format for JSON Selling Partner Listings Feeds (v2).",
  "title": "Selling Partner Listings Feed (v2)",
  "properties": {
    "header": {
      "title": "Feed Header",
      "description": "Header information about the feed submission.",
      "properties": {
        "sellerId": {
          "title": "Selling Partner Identifier",
          "description": "Identifier for the Selling Partner, such as the Merchant Account or Vendor Code.",
          "type": "string"
        },
        "version": {
          "title": "Feed Version",
          "description": "Version of the JSON Selling Partner Listings Feeds specification used for the feed submission.",
          "const": "2.0",
          "type": "string"
        },
        "issueLocale": {
          "title": "Issue Locale",
          "description": "Locale for issue localization. When not provided, the default language code of the first marketplace is used. Examples: \"en_US\", \"fr_CA\", \"fr_FR\". Localized messages default to \"en_US\" when a localization is not available in the specified locale.",
          "type": "string"
        },
        "report": {
          "title": "Report",
          "description": "The report information for the feed submission.",
          "properties": {
            "includedData": {
              "title": "Included Data",
              "description": "When \"includedData\" elements are in the feed submission, the processing report that generates for the feed submission includes the listings items output from the Selling Partner Listings Items API with the \"includedData\" elements from the request. The report includes issues that prevent the acceptance of messages regardless of the \"includedData\" elements in the feed request.",
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "string",
                "enum": [
                  "summaries",
                  "attributes",
                  "issues",
                  "offers",
                  "fulfillmentAvailability",
                  "procurement",
                  "relationships",
                  "productTypes"
                ]
              }
            },
            "apiVersion": {
              "title": "Selling Partner Listings Items API Version",
              "description": "The version of the Selling Partner Listings Items API to use to retrieve the listing items.",
              "type": "string",
              "enum": [
                "2021-08-01"
              ]
            }
          },
          "required": [
            "includedData",
            "apiVersion"
          ],
          "type": "object"
        }
      },
      "required": [
        "sellerId",
        "version"
      ],
      "type": "object"
    },
    "messages": {
      "title": "Feed Messages",
      "description": "Messages containing listings data submissions for the Selling Partner.",
      "minItems": 1,
      "maxItems": 25000,
      "items": {
        "title": "Feed Message",
        "description": "Message containing an individual listings data submission.",
        "properties": {
          "messageId": {
            "title": "Message Identifier",
            "description": "Identifier for the message that is unique within this feed submission. Response messages are correlated to this identifier.",
            "examples": [
              1
            ],
            "minimum": 1,
            "type": "integer",
            "maximum": 2147483647
          },
          "sku": {
            "title": "SKU (Stock Keeping Unit)",
            "description": "Selling Partner SKU (stock keeping unit) identifier for the listing. SKU uniquely identifies a listing for a Selling Partner.",
            "examples": [
              "ABC123"
            ],
            "minLength": 1,
            "type": "string"
          },
          "operationType": {
            "title": "Operation Type",
            "description": "Type of operation to perform for the listings data submission in this message. \"UPDATE\" indicates the full set of item attributes are provided and any existing attributes data will be replaced with the provided attributes. \"PARTIAL_UPDATE\" indicates only the provided item attributes will be updated with the provided attribute data. \"PATCH\" indicates the provided JSON Patch operations will be used to update the applicable attributes. \"DELETE\" indicates the listings item will be deleted. \"PARTIAL_UPDATE\" is equivalent to using \"PATCH\" with the \"replace\" op.",
            "enum": [
              "UPDATE",
              "PARTIAL_UPDATE",
              "PATCH",
              "DELETE"
            ],
            "type": "string"
          },
          "productType": {
            "title": "Amazon Product Type",
            "description": "Amazon product type of the listings data submission in this message.",
            "examples": [
              "LUGGAGE",
              "SHOES"
            ],
            "minLength": 1,
            "type": "string"
          },
          "requirements": {
            "title": "Requirements",
            "description": "Name of the requirements type for the listings data submission in this message. \"LISTING\" indicates requirements inclusive of product facts and sales terms. \"LISTING_PRODUCT_ONLY\" indicates requirements inclusive of product facts only. \"LISTING_OFFER_ONLY\" indicates requirements inclusive of sales terms only.",
            "default": "LISTING",
            "enum": [
              "LISTING",
              "LISTING_PRODUCT_ONLY",
              "LISTING_OFFER_ONLY"
            ],
            "type": "string"
          },
          "attributes": {
            "title": "Listings Item Attributes",
            "description": "Attributes data for the listings data submission.",
            "additionalProperties": true,
            "minProperties": 1,
            "type": "object"
          },
          "patches": {
            "title": "Listings Item JSON Patch Operations",
            "description": "Attributes data in the form of JSON Patch operations to update or delete.",
            "minItems": 1,
            "items": {
              "description": "Individual JSON Patch operation.",
              "properties": {
                "op": {
                  "description": "Type of JSON Patch operation. Supported JSON Patch operations include add, replace, merge, and delete. See https://tools.ietf.org/html/rfc6902.",
                  "example": "replace",
                  "enum": [
                    "add",
                    "replace",
                    "merge",
                    "delete"
                  ],
                  "type": "string"
                },
                "path": {
                  "description": "JSON Pointer path of the attribute to patch. See https://tools.ietf.org/html/rfc6902.",
                  "example": "/attributes/fulfillment_availability",
                  "type": "string"
                },
                "value": {
                  "description": "JSON value to add, replace, or delete.",
                  "example": [
                    {
                      "fulfillment_channel_code": "DEFAULT",
                      "quantity": 10
                    }
                  ],
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": true
                  }
                }
              },
              "required": [
                "op",
                "path"
              ],
              "type": "object"
            },
            "type": "array"
          }
        },
        "required": [
          "messageId",
          "sku",
          "operationType"
        ],
        "oneOf": [
          {
            "$comment": "\"UPDATE\" operations require a \"productType\" and \"attributes\"; \"patches\" are not applicable to \"UPDATE\" operations.",
            "properties": {
              "operationType": {
                "const": "UPDATE",
                "type": "string"
              },
              "patches": false
            },
            "required": [
              "productType",
              "attributes"
            ]
          },
          {
            "$comment": "\"requirements\", \"attributes\", \"productType\", and \"patches\" are not applicable to \"DELETE\" operations.",
            "properties": {
              "operationType": {
                "const": "DELETE",
                "type": "string"
              },
              "requirements": false,
              "attributes": false,
              "productType": false,
              "patches": false
            }
          },
          {
            "$comment": "\"PARTIAL_UPDATE\" operations require a \"productType\" and \"attributes\"; \"requirements\" and \"patches\" are not applicable to \"PARTIAL_UPDATE\" operations.",
            "properties": {
              "operationType": {
                "const": "PARTIAL_UPDATE",
                "type": "string"
              },
              "requirements": false,
              "patches": false
            },
            "required": [
              "productType",
              "attributes"
            ]
          },
          {
            "$comment": "\"PATCH\" operations require a \"productType\" and \"patches\"; \"requirements\" and \"attributes\" are not applicable to \"PATCH\" operations.",
            "properties": {
              "operationType": {
                "const": "PATCH",
                "type": "string"
              },
              "requirements": false,
              "attributes": false
            },
            "required": [
              "productType",
              "patches"
            ]
          }
        ],
        "type": "object"
      },
      "type": "array"
    }
  },
  "required": [
    "header",
    "messages"
  ],
  "type": "object"
};

/** Amazon's listings-feed-processing-report-schema-v2.json (JSON Schema draft-07). */
export const listingsFeedProcessingReportSchema: Readonly<Record<string, unknown>> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$comment": "JSON Schema describing the document format for JSON Selling Partner Listings Feeds Processing Report (v2).",
  "title": "Selling Partner JSON Listings Feed Processing Report (v2)",
  "properties": {
    "header": {
      "title": "Processing Report Header",
      "description": "Header information about the feed submission.",
      "properties": {
        "sellerId": {
          "title": "Selling Partner Identifier",
          "description": "Identifier for the Selling Partner, such as the Merchant Account or Vendor Code.",
          "type": "string"
        },
        "version": {
          "title": "Feed Version",
          "description": "Version of the JSON Selling Partner Listings Feeds specification used for the feed submission.",
          "const": "2.0",
          "type": "string"
        },
        "feedId": {
          "title": "Feed Identifier",
          "description": "The identifier for the feed. This identifier is unique only in combination with a seller ID.",
          "type": "string"
        },
        "report": {
          "title": "Report",
          "description": "The report information for the feed submission.",
          "properties": {
            "includedData": {
              "title": "Included Data",
              "description": "When \"includedData\" elements are in the feed submission, the processing report that generates for the feed submission includes the listings items output from the Selling Partner Listings Items API with the \"includedData\" elements from the request. The report includes issues that prevent the acceptance of messages regardless of the \"includedData\" elements in the feed request.",
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "string",
                "enum": [
                  "summaries",
                  "attributes",
                  "issues",
                  "offers",
                  "fulfillmentAvailability",
                  "procurement",
                  "relationships",
                  "productTypes"
                ]
              }
            },
            "apiVersion": {
              "title": "Selling Partner Listings Items API Version",
              "description": "The version of the Selling Partner Listings Items API to use to retrieve the listing items.",
              "type": "string",
              "enum": [
                "2021-08-01"
              ]
            }
          },
          "required": [
            "includedData",
            "apiVersion"
          ],
          "type": "object"
        }
      },
      "required": [
        "sellerId",
        "version",
        "feedId"
      ],
      "type": "object"
    },
    "issues": {
      "title": "Issues Encountered Processing Messages",
      "description": "Issues containing message processing information for the Selling Partner.",
      "minItems": 0,
      "items": {
        "title": "Issue",
        "description": "Issue containing message processing information corresponding to an individual listings data submission.",
        "properties": {
          "messageId": {
            "title": "Message Identifier",
            "description": "Identifier for the message that is unique within this feed submission. Correlated to Identifiers provided in the submitted feed. Not provided if the error is not related to a message (e.g. feed formatting issue).",
            "examples": [
              1
            ],
            "minimum": 1,
            "type": "integer"
          },
          "sku": {
            "title": "SKU (Stock Keeping Unit)",
            "description": "Selling Partner SKU (stock keeping unit) identifier for the listing. SKU uniquely identifies a listing for a Selling Partner.",
            "examples": [
              "ABC123"
            ],
            "minLength": 1,
            "type": "string"
          },
          "code": {
            "title": "Error Code",
            "description": "An Optional error code that maps to documentation.",
            "examples": [
              "ABC123"
            ],
            "minLength": 1,
            "type": "string"
          },
          "severity": {
            "title": "Error Severity",
            "description": "The severity of the issue.",
            "enum": [
              "ERROR",
              "WARNING",
              "INFO"
            ],
            "type": "string"
          },
          "message": {
            "title": "Localized Error Message",
            "description": "Localized Error Message Associated with the issue encountered.",
            "examples": [
              "'[batteries_required]' is required but not supplied."
            ],
            "minLength": 1,
            "type": "string"
          },
          "attributeName": {
            "description": "Name of the attribute associated with the issue, if applicable.",
            "examples": [
              "item_type_name"
            ],
            "type": "string"
          }
        },
        "required": [
          "severity",
          "message"
        ],
        "type": "object"
      },
      "type": "array"
    },
    "summary": {
      "title": "Processing Report Summary",
      "description": "Aggregate counts of errors, warnings, and statuses related to the acceptance of feed messages. When requested, Item Summary includes aggregate counts of items, errors, and warnings related to the listing items created or updated by this feed submission.",
      "properties": {
        "errors": {
          "title": "Errors",
          "description": "Number of errors encountered processing the feed.",
          "examples": [
            1
          ],
          "minimum": 0,
          "type": "integer"
        },
        "warnings": {
          "title": "Warnings",
          "description": "Number of warnings encountered processing the feed.",
          "examples": [
            1
          ],
          "minimum": 0,
          "type": "integer"
        },
        "messagesProcessed": {
          "title": "Messages Processed",
          "description": "Number of messages processed.",
          "examples": [
            1
          ],
          "minimum": 0,
          "type": "integer"
        },
        "messagesAccepted": {
          "title": "Messages Accepted",
          "description": "Number of messages that were accepted, the associated updates are being applied.",
          "examples": [
            1
          ],
          "minimum": 0,
          "type": "integer"
        },
        "messagesInvalid": {
          "title": "Messages Invalid",
          "description": "Number of messages that were invalid, the associated updates will not be applied.",
          "examples": [
            1
          ],
          "minimum": 0,
          "type": "integer"
        },
        "itemSummary": {
          "title": "Item Summary",
          "description": "Aggregate counts of items, errors, and warnings related to the listing items created or updated by this feed submission and included in the Items section of this report.",
          "type": "object",
          "properties": {
            "items": {
              "title": "Items",
              "description": "Number of listing items created or updated by this feed submission and included in the Items section of this report.",
              "examples": [
                1
              ],
              "minimum": 0,
              "type": "integer"
            },
            "errors": {
              "title": "Errors",
              "description": "Number of errors across all listing items created or updated by this feed submission.",
              "examples": [
                1
              ],
              "minimum": 0,
              "type": "integer"
            },
            "warnings": {
              "title": "Warnings",
              "description": "Number of warnings across all listing items created or updated by this feed submission.",
              "examples": [
                1
              ],
              "minimum": 0,
              "type": "integer"
            }
          },
          "required": [
            "items",
            "errors",
            "warnings"
          ]
        }
      },
      "required": [
        "errors",
        "warnings",
        "messagesProcessed",
        "messagesAccepted",
        "messagesInvalid"
      ],
      "type": "object"
    },
    "items": {
      "title": "Listings Items",
      "description": "A set of listings items and their specific data sets that originates from the feed request’s \"includedData\" header parameter.",
      "type": "array",
      "items": {
        "title": "Item",
        "description": "A listings item.",
        "additionalProperties": true,
        "minProperties": 1,
        "type": "object"
      }
    }
  },
  "required": [
    "header",
    "issues",
    "summary"
  ],
  "type": "object"
};
