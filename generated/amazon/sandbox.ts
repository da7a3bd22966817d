// ---------------------------------------------------------------------------------------
// GENERATED FILE: DO NOT EDIT. Written by `npm run generate` (scripts/generate.mjs) from:
//   amazon/ordersV0.json (sha256 027ac6f5c9712664)
//   amazon/orders_2026-01-01.json (sha256 4bd47126b466b94c)
//   amazon/financesV0.json (sha256 d80e881091367b0e)
//   amazon/finances_2024-06-19.json (sha256 54e8d2d5094c00a5)
//   amazon/transfers_2024-06-01.json (sha256 06fac707d3cf8b82)
//   amazon/financesInvoices_2026-06-25.json (sha256 dd1191074e5703c2)
//   amazon/reports_2021-06-30.json (sha256 d72db9e5280262a9)
//   amazon/feeds_2021-06-30.json (sha256 ab235b4a0e5ce210)
//   amazon/listingsItems_2021-08-01.json (sha256 ddba7322661a227b)
//   amazon/fbaInventory.json (sha256 7c14bcdb22de8ca2)
//   amazon/tokens_2021-03-01.json (sha256 3cd09ae7f218c83f)
//   amazon/sellers.json (sha256 497862ea32de8040)
//   amazon/productTypeDefinitions_2020-09-01.json (sha256 9f54478fd9c145be)
//   amazon/notifications.json (sha256 6a5e945f2a53a91b)
//   amazon/catalogItems_2022-04-01.json (sha256 1a029b01df1d847d)
// Change the generator or the pinned inputs, never this file.
// ---------------------------------------------------------------------------------------
/* eslint-disable */
// biome-ignore-all lint: generated

import type { AmazonApi } from "./operations.js";

/** One static request/response case from a model's `x-amzn-api-sandbox`, parameters split by location. */
export interface SandboxCase {
  readonly api: AmazonApi;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Position among the cases of the same operation and status. */
  readonly index: number;
  readonly request: {
    readonly path: Readonly<Record<string, unknown>>;
    readonly query: Readonly<Record<string, unknown>>;
    readonly header: Readonly<Record<string, unknown>>;
    readonly body?: unknown;
    /** Parameters a case names that the operation does not declare; not sent. */
    readonly ignored?: Readonly<Record<string, unknown>>;
  };
  readonly response: unknown;
}

export const sandboxCases: readonly SandboxCase[] = [
  {
    "api": "ordersV0",
    "operationId": "getOrders",
    "method": "GET",
    "path": "/orders/v0/orders",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "CreatedAfter": "TEST_CASE_200",
        "MarketplaceIds": [
          "ATVPDKIKX0DER"
        ]
      },
      "header": {}
    },
    "response": {
      "payload": {
        "CreatedBefore": "1.569521782042E9",
        "Orders": [
          {
            "AmazonOrderId": "902-1845936-5435065",
            "PurchaseDate": "1970-01-19T03:58:30Z",
            "LastUpdateDate": "1970-01-19T03:58:32Z",
            "OrderStatus": "Unshipped",
            "FulfillmentChannel": "MFN",
            "SalesChannel": "Amazon.com",
            "ShipServiceLevel": "Std US D2D Dom",
            "OrderTotal": {
              "CurrencyCode": "USD",
              "Amount": "11.01"
            },
            "NumberOfItemsShipped": 0,
            "NumberOfItemsUnshipped": 1,
            "PaymentMethod": "Other",
            "PaymentMethodDetails": [
              "Standard"
            ],
            "IsReplacementOrder": false,
            "MarketplaceId": "ATVPDKIKX0DER",
            "ShipmentServiceLevelCategory": "Standard",
            "OrderType": "StandardOrder",
            "EarliestShipDate": "1970-01-19T03:59:27Z",
            "LatestShipDate": "1970-01-19T04:05:13Z",
            "EarliestDeliveryDate": "1970-01-19T04:06:39Z",
            "LatestDeliveryDate": "1970-01-19T04:15:17Z",
            "IsBusinessOrder": false,
            "IsPrime": false,
            "IsGlobalExpressEnabled": false,
            "IsPremiumOrder": false,
            "IsSoldByAB": false,
            "IsIBA": false,
            "DefaultShipFromLocationAddress": {
              "Name": "MFNIntegrationTestMerchant",
              "AddressLine1": "2201 WESTLAKE AVE",
              "City": "SEATTLE",
              "StateOrRegion": "WA",
              "PostalCode": "98121-2778",
              "CountryCode": "US",
              "Phone": "+1 480-386-0930 ext. 73824",
              "AddressType": "Commercial"
            },
            "FulfillmentInstruction": {
              "FulfillmentSupplySourceId": "sampleSupplySourceId"
            },
            "IsISPU": false,
            "IsAccessPointOrder": false,
            "AutomatedShippingSettings": {
              "HasAutomatedShippingSettings": false
            },
            "EasyShipShipmentStatus": "PendingPickUp",
            "ElectronicInvoiceStatus": "NotRequired"
          },
          {
            "AmazonOrderId": "902-8745147-1934268",
            "PurchaseDate": "1970-01-19T03:58:30Z",
            "LastUpdateDate": "1970-01-19T03:58:32Z",
            "OrderStatus": "Unshipped",
            "FulfillmentChannel": "MFN",
            "SalesChannel": "Amazon.com",
            "ShipServiceLevel": "Std US D2D Dom",
            "OrderTotal": {
              "CurrencyCode": "USD",
              "Amount": "11.01"
            },
            "NumberOfItemsShipped": 0,
            "NumberOfItemsUnshipped": 1,
            "PaymentMethod": "Other",
            "PaymentMethodDetails": [
              "Standard"
            ],
            "IsReplacementOrder": false,
            "MarketplaceId": "ATVPDKIKX0DER",
            "ShipmentServiceLevelCategory": "Standard",
            "OrderType": "StandardOrder",
            "EarliestShipDate": "1970-01-19T03:59:27Z",
            "LatestShipDate": "1970-01-19T04:05:13Z",
            "EarliestDeliveryDate": "1970-01-19T04:06:39Z",
            "LatestDeliveryDate": "1970-01-19T04:15:17Z",
            "IsBusinessOrder": false,
            "IsPrime": false,
            "IsAccessPointOrder": false,
            "IsGlobalExpressEnabled": false,
            "IsPremiumOrder": false,
            "IsSoldByAB": false,
            "IsIBA": false,
            "EasyShipShipmentStatus": "PendingPickUp",
            "ElectronicInvoiceStatus": "NotRequired"
          }
        ]
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrders",
    "method": "GET",
    "path": "/orders/v0/orders",
    "status": 200,
    "index": 1,
    "request": {
      "path": {},
      "query": {
        "CreatedAfter": "TEST_CASE_200_NEXT_TOKEN",
        "MarketplaceIds": [
          "ATVPDKIKX0DER"
        ]
      },
      "header": {}
    },
    "response": {
      "payload": {
        "NextToken": "2YgYW55IGNhcm5hbCBwbGVhc3VyZS4",
        "Orders": [
          {
            "AmazonOrderId": "902-3159896-1390916",
            "PurchaseDate": "2017-01-20T19:49:35Z",
            "LastUpdateDate": "2017-01-20T19:49:35Z",
            "OrderStatus": "Pending",
            "FulfillmentChannel": "MFN",
            "NumberOfItemsShipped": 0,
            "NumberOfItemsUnshipped": 0,
            "PaymentMethod": "Other",
            "PaymentMethodDetails": [
              "CreditCard",
              "GiftCertificate"
            ],
            "MarketplaceId": "ATVPDKIKX0DER",
            "ShipmentServiceLevelCategory": "Standard",
            "OrderType": "StandardOrder",
            "EasyShipShipmentStatus": "PendingPickUp",
            "ElectronicInvoiceStatus": "NotRequired",
            "EarliestShipDate": "2017-01-20T19:51:16Z",
            "LatestShipDate": "2017-01-25T19:49:35Z",
            "IsBusinessOrder": false,
            "IsPrime": false,
            "IsAccessPointOrder": false,
            "IsGlobalExpressEnabled": false,
            "IsPremiumOrder": false,
            "IsSoldByAB": false,
            "IsIBA": false
          }
        ]
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrders",
    "method": "GET",
    "path": "/orders/v0/orders",
    "status": 200,
    "index": 2,
    "request": {
      "path": {},
      "query": {
        "CreatedAfter": "TEST_CASE_200_NEXT_TOKEN",
        "MarketplaceIds": [
          "ATVPDKIKX0DER"
        ],
        "NextToken": "2YgYW55IGNhcm5hbCBwbGVhc3VyZS4"
      },
      "header": {}
    },
    "response": {
      "payload": {
        "Orders": [
          {
            "AmazonOrderId": "902-3159896-1390916",
            "PurchaseDate": "2017-01-20T19:49:35Z",
            "LastUpdateDate": "2017-01-20T19:49:35Z",
            "OrderStatus": "Pending",
            "FulfillmentChannel": "MFN",
            "NumberOfItemsShipped": 0,
            "NumberOfItemsUnshipped": 0,
            "PaymentMethod": "Other",
            "PaymentMethodDetails": [
              "CreditCard",
              "GiftCertificate"
            ],
            "MarketplaceId": "ATVPDKIKX0DER",
            "ShipmentServiceLevelCategory": "Standard",
            "OrderType": "StandardOrder",
            "EasyShipShipmentStatus": "PendingPickUp",
            "ElectronicInvoiceStatus": "NotRequired",
            "EarliestShipDate": "2017-01-20T19:51:16Z",
            "LatestShipDate": "2017-01-25T19:49:35Z",
            "IsBusinessOrder": false,
            "IsPrime": false,
            "IsAccessPointOrder": false,
            "IsGlobalExpressEnabled": false,
            "IsPremiumOrder": false,
            "IsSoldByAB": false,
            "IsIBA": false
          }
        ]
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrders",
    "method": "GET",
    "path": "/orders/v0/orders",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "CreatedAfter": "TEST_CASE_400"
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrder",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_200"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "AmazonOrderId": "902-1845936-5435065",
        "PurchaseDate": "1970-01-19T03:58:30Z",
        "LastUpdateDate": "1970-01-19T03:58:32Z",
        "OrderStatus": "Unshipped",
        "FulfillmentChannel": "MFN",
        "SalesChannel": "Amazon.com",
        "ShipServiceLevel": "Std US D2D Dom",
        "OrderTotal": {
          "CurrencyCode": "USD",
          "Amount": "11.01"
        },
        "NumberOfItemsShipped": 0,
        "NumberOfItemsUnshipped": 1,
        "PaymentMethod": "Other",
        "PaymentMethodDetails": [
          "Standard"
        ],
        "IsReplacementOrder": false,
        "MarketplaceId": "ATVPDKIKX0DER",
        "ShipmentServiceLevelCategory": "Standard",
        "OrderType": "StandardOrder",
        "EarliestShipDate": "1970-01-19T03:59:27Z",
        "LatestShipDate": "1970-01-19T04:05:13Z",
        "EarliestDeliveryDate": "1970-01-19T04:06:39Z",
        "LatestDeliveryDate": "1970-01-19T04:15:17Z",
        "IsBusinessOrder": false,
        "IsPrime": false,
        "IsGlobalExpressEnabled": false,
        "IsPremiumOrder": false,
        "IsSoldByAB": false,
        "IsIBA": false,
        "DefaultShipFromLocationAddress": {
          "Name": "MFNIntegrationTestMerchant",
          "AddressLine1": "2201 WESTLAKE AVE",
          "City": "SEATTLE",
          "StateOrRegion": "WA",
          "PostalCode": "98121-2778",
          "CountryCode": "US",
          "Phone": "+1 480-386-0930 ext. 73824",
          "AddressType": "Commercial"
        },
        "FulfillmentInstruction": {
          "FulfillmentSupplySourceId": "sampleSupplySourceId"
        },
        "IsISPU": false,
        "IsAccessPointOrder": false,
        "AutomatedShippingSettings": {
          "HasAutomatedShippingSettings": false
        },
        "EasyShipShipmentStatus": "PendingPickUp",
        "ElectronicInvoiceStatus": "NotRequired"
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrder",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}",
    "status": 200,
    "index": 1,
    "request": {
      "path": {
        "orderId": "TEST_CASE_IBA_200"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "AmazonOrderId": "921-3175655-0452641",
        "PurchaseDate": "2019-05-07T15:42:57.058Z",
        "LastUpdateDate": "2019-05-08T21:59:59Z",
        "OrderStatus": "Shipped",
        "FulfillmentChannel": "AFN",
        "SalesChannel": "Amazon.de",
        "ShipServiceLevel": "Standard",
        "OrderTotal": {
          "CurrencyCode": "EUR",
          "Amount": "100.00"
        },
        "NumberOfItemsShipped": 1,
        "NumberOfItemsUnshipped": 0,
        "PaymentMethod": "Other",
        "PaymentMethodDetails": [
          "Invoice"
        ],
        "PaymentExecutionDetail": [
          {
            "Payment": {
              "CurrencyCode": "BRL",
              "Amount": "20.00"
            },
            "PaymentMethod": "Pix",
            "AcquirerId": "XX.XXX.XXX/0001-ZZ",
            "AuthorizationCode": "123456"
          }
        ],
        "IsReplacementOrder": false,
        "MarketplaceId": "A1PA6795UKMFR9",
        "ShipmentServiceLevelCategory": "Standard",
        "OrderType": "StandardOrder",
        "EarliestShipDate": "1970-01-19T03:59:27Z",
        "LatestShipDate": "2019-05-08T21:59:59Z",
        "EarliestDeliveryDate": "2019-05-10T21:59:59Z",
        "LatestDeliveryDate": "2019-05-12T21:59:59Z",
        "IsBusinessOrder": true,
        "IsPrime": false,
        "IsGlobalExpressEnabled": false,
        "IsPremiumOrder": false,
        "IsSoldByAB": true,
        "IsIBA": true,
        "DefaultShipFromLocationAddress": {
          "Name": "MFNIntegrationTestMerchant",
          "AddressLine1": "2201 WESTLAKE AVE",
          "City": "SEATTLE",
          "StateOrRegion": "WA",
          "PostalCode": "98121-2778",
          "CountryCode": "US",
          "Phone": "+1 480-386-0930 ext. 73824",
          "AddressType": "Commercial"
        },
        "FulfillmentInstruction": {
          "FulfillmentSupplySourceId": "sampleSupplySourceId"
        },
        "IsISPU": false,
        "IsAccessPointOrder": false,
        "AutomatedShippingSettings": {
          "HasAutomatedShippingSettings": false
        },
        "EasyShipShipmentStatus": "PendingPickUp",
        "ElectronicInvoiceStatus": "NotRequired"
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrder",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_400"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderBuyerInfo",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/buyerInfo",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_200"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "AmazonOrderId": "902-1845936-5435065",
        "BuyerEmail": "fzyrv6gwkhbb15c@example.com",
        "BuyerName": "MFNIntegrationTestMerchant"
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderBuyerInfo",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/buyerInfo",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_400"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderAddress",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/address",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_200"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "AmazonOrderId": "902-1845936-5435065",
        "ShippingAddress": {
          "Name": "MFNIntegrationTestMerchant",
          "AddressLine1": "2201 WESTLAKE AVE",
          "City": "SEATTLE",
          "StateOrRegion": "WA",
          "PostalCode": "98121-2778",
          "CountryCode": "US",
          "Phone": "+1 480-386-0930 ext. 73824",
          "AddressType": "Commercial"
        }
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderAddress",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/address",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_400"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderItems",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/orderItems",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_200"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "AmazonOrderId": "902-1845936-5435065",
        "OrderItems": [
          {
            "ASIN": "B00551Q3CS",
            "OrderItemId": "05015851154158",
            "SellerSKU": "NABetaASINB00551Q3CS",
            "Title": "B00551Q3CS [Card Book]",
            "QuantityOrdered": 1,
            "QuantityShipped": 0,
            "ProductInfo": {
              "NumberOfItems": "1"
            },
            "ItemPrice": {
              "CurrencyCode": "USD",
              "Amount": "10.00"
            },
            "ItemTax": {
              "CurrencyCode": "USD",
              "Amount": "1.01"
            },
            "PromotionDiscount": {
              "CurrencyCode": "USD",
              "Amount": "0.00"
            },
            "IsGift": "false",
            "ConditionId": "New",
            "ConditionSubtypeId": "New",
            "IsTransparency": false,
            "SerialNumberRequired": false,
            "IossNumber": "",
            "DeemedResellerCategory": "IOSS",
            "StoreChainStoreId": "ISPU_StoreId",
            "BuyerRequestedCancel": {
              "IsBuyerRequestedCancel": "true",
              "BuyerCancelReason": "Found cheaper somewhere else."
            }
          }
        ]
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderItems",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/orderItems",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_400"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderItemsBuyerInfo",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/orderItems/buyerInfo",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_200"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "AmazonOrderId": "902-1845936-5435065",
        "OrderItems": [
          {
            "OrderItemId": "68828574383266",
            "BuyerCustomizedInfo": {
              "CustomizedURL": "https://zme-caps.amazon.com/t/bR6qHkzSOxuB/J8nbWhze0Bd3DkajkOdY-XQbWkFralegp2sr_QZiKEE/1"
            },
            "GiftMessageText": "Et toi!",
            "GiftWrapPrice": {
              "CurrencyCode": "JPY",
              "Amount": "1.99"
            },
            "GiftWrapLevel": "Classic"
          }
        ]
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderItemsBuyerInfo",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/orderItems/buyerInfo",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_400"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "updateShipmentStatus",
    "method": "POST",
    "path": "/orders/v0/orders/{orderId}/shipment",
    "status": 204,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {}
  },
  {
    "api": "ordersV0",
    "operationId": "updateShipmentStatus",
    "method": "POST",
    "path": "/orders/v0/orders/{orderId}/shipment",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "marketplaceId": "1",
        "shipmentStatus": "ReadyForPickup"
      }
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Marketplace ID is not defined",
          "details": "1001"
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderRegulatedInfo",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "orderId": "902-3159896-1390916"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "AmazonOrderId": "902-3159896-1390916",
        "RequiresDosageLabel": false,
        "RegulatedInformation": {
          "Fields": [
            {
              "FieldId": "pet_prescription_name",
              "FieldLabel": "Name",
              "FieldType": "Text",
              "FieldValue": "Ruffus"
            },
            {
              "FieldId": "pet_prescription_species",
              "FieldLabel": "Species",
              "FieldType": "Text",
              "FieldValue": "Dog"
            }
          ]
        },
        "RegulatedOrderVerificationStatus": {
          "Status": "Pending",
          "RequiresMerchantAction": true,
          "ValidRejectionReasons": [
            {
              "RejectionReasonId": "shield_pom_vps_reject_product",
              "RejectionReasonDescription": "This medicine is not suitable for your pet."
            },
            {
              "RejectionReasonId": "shield_pom_vps_reject_age",
              "RejectionReasonDescription": "Your pet is too young for this medicine."
            },
            {
              "RejectionReasonId": "shield_pom_vps_reject_incorrect_weight",
              "RejectionReasonDescription": "Your pet's weight does not match ordered size."
            }
          ]
        }
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderRegulatedInfo",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 200,
    "index": 1,
    "request": {
      "path": {
        "orderId": "902-2592119-3531015"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "AmazonOrderId": "902-2592119-3531015",
        "RequiresDosageLabel": false,
        "RegulatedInformation": {
          "Fields": [
            {
              "FieldId": "pets_rx_scName",
              "FieldLabel": "Pet name",
              "FieldType": "Text",
              "FieldValue": "Woofer"
            },
            {
              "FieldId": "pets_rx_scType",
              "FieldLabel": "Pet type",
              "FieldType": "Text",
              "FieldValue": "Dog"
            },
            {
              "FieldId": "pets_rx_scBreed",
              "FieldLabel": "Pet breed",
              "FieldType": "Text",
              "FieldValue": "Husky"
            },
            {
              "FieldId": "pets_rx_scGender",
              "FieldLabel": "Pet gender",
              "FieldType": "Text",
              "FieldValue": "Female"
            },
            {
              "FieldId": "pets_rx_scDateOfBirth",
              "FieldLabel": "Pet Birth Date",
              "FieldType": "Text",
              "FieldValue": "2016-05-01"
            },
            {
              "FieldId": "pets_rx_scWeight",
              "FieldLabel": "Weight",
              "FieldType": "Text",
              "FieldValue": "12"
            },
            {
              "FieldId": "pets_rx_scWeightUnit",
              "FieldLabel": "Weight Unit",
              "FieldType": "Text",
              "FieldValue": "Pound"
            },
            {
              "FieldId": "pets_rx_scHasAllergies",
              "FieldLabel": "Does your pet have allergies?",
              "FieldType": "Text",
              "FieldValue": "False"
            },
            {
              "FieldId": "pets_rx_scTakesAdditionalMedications",
              "FieldLabel": "Is your pet on any other medication?",
              "FieldType": "Text",
              "FieldValue": "False"
            },
            {
              "FieldId": "pets_rx_scHasOtherProblems",
              "FieldLabel": "Any pet health problems?",
              "FieldType": "Text",
              "FieldValue": "False"
            },
            {
              "FieldId": "pets_rx_scSourceClinicId",
              "FieldLabel": "Source Clinic ID",
              "FieldType": "Text",
              "FieldValue": "Clinic-1234"
            },
            {
              "FieldId": "pets_rx_scVetClinicName",
              "FieldLabel": "Vet Clinic Name",
              "FieldType": "Text",
              "FieldValue": "Test Clinic"
            },
            {
              "FieldId": "pets_rx_scVetClinicCity",
              "FieldLabel": "Vet Clinic City",
              "FieldType": "Text",
              "FieldValue": "Seattle"
            },
            {
              "FieldId": "pets_rx_scVetClinicState",
              "FieldLabel": "Vet Clinic State",
              "FieldType": "Text",
              "FieldValue": "WA"
            },
            {
              "FieldId": "pets_rx_scVetClinicZipCode",
              "FieldLabel": "Vet Clinic Zip Code",
              "FieldType": "Text",
              "FieldValue": "98000"
            },
            {
              "FieldId": "pets_rx_scVetClinicPhoneNumber",
              "FieldLabel": "Vet Clinic Phone Number",
              "FieldType": "Text",
              "FieldValue": "2060000000"
            }
          ]
        },
        "RegulatedOrderVerificationStatus": {
          "Status": "Pending",
          "RequiresMerchantAction": true,
          "ValidRejectionReasons": [
            {
              "RejectionReasonId": "pets_rx_sc_incorrect_product",
              "RejectionReasonDescription": "Canceled order due to veterinarian indicating wrong product ordered"
            },
            {
              "RejectionReasonId": "pets_rx_sc_no_vcpr",
              "RejectionReasonDescription": "Canceled order due to veterinarian indicating they do not have you as their client"
            },
            {
              "RejectionReasonId": "pets_rx_sc_visit_required",
              "RejectionReasonDescription": "Canceled order due to veterinarian indicating they need to see your pet for an appointment"
            },
            {
              "RejectionReasonId": "pets_rx_sc_wrx_required",
              "RejectionReasonDescription": "Canceled order due to veterinarian policy requiring you pick up a written prescription and mail to pharmacy"
            },
            {
              "RejectionReasonId": "pets_rx_sc_other",
              "RejectionReasonDescription": "Canceled order due to prescription denied - contact your vetinarian"
            },
            {
              "RejectionReasonId": "pets_rx_sc_therapy_change",
              "RejectionReasonDescription": "Canceled order due to a change in therapy, follow up with your veterinarian"
            },
            {
              "RejectionReasonId": "pets_rx_sc_wrong_weight",
              "RejectionReasonDescription": "Canceled order due to incorrect pet weight on file, update weight and replace order or order correct product"
            },
            {
              "RejectionReasonId": "pets_rx_sc_early_refill",
              "RejectionReasonDescription": "Canceled due to refilling prescription order too soon"
            },
            {
              "RejectionReasonId": "pets_rx_sc_wrong_species",
              "RejectionReasonDescription": "Canceled due to ordering for wrong pet species, replace order for correct product"
            },
            {
              "RejectionReasonId": "pets_rx_sc_duplicate",
              "RejectionReasonDescription": "Canceled due to duplicate order identified"
            },
            {
              "RejectionReasonId": "pets_rx_sc_invalid_rx",
              "RejectionReasonDescription": "Canceled due to not receiving a valid prescription"
            },
            {
              "RejectionReasonId": "pets_rx_sc_address_validation_error",
              "RejectionReasonDescription": "Canceled due to a non-verified address, correct address and replace order"
            },
            {
              "RejectionReasonId": "pets_rx_sc_no_clinic_match",
              "RejectionReasonDescription": "Canceled due to no valid clinic match, provide complete and accurate details for vet clinic and replace order"
            },
            {
              "RejectionReasonId": "pets_rx_sc_pharmacist_canceled",
              "RejectionReasonDescription": "Order canceled by pharmacy"
            }
          ],
          "ValidVerificationDetails": [
            {
              "VerificationDetailType": "prescriptionDetail",
              "ValidVerificationStatuses": [
                "Approved"
              ]
            },
            {
              "VerificationDetailType": "approvedAlternativeDetails",
              "ValidVerificationStatuses": [
                "Rejected"
              ]
            },
            {
              "VerificationDetailType": "interimStatusDetail",
              "ValidVerificationStatuses": [
                "Pending"
              ]
            }
          ],
          "ValidInterimStatusCodes": [
            {
              "StatusCode": "awaiting_vet_response",
              "StatusDescription": "Vetsource is contacting your vet. Response usually takes 1-2 business days."
            },
            {
              "StatusCode": "vet_contacted_email",
              "StatusDescription": "Vetsource contacted your vet via email."
            },
            {
              "StatusCode": "vet_contacted_phone",
              "StatusDescription": "Vetsource contacted your vet via phone."
            },
            {
              "StatusCode": "vet_contacted_fax",
              "StatusDescription": "Vetsource contacted your vet via fax."
            },
            {
              "StatusCode": "communication_failure",
              "StatusDescription": "We're having trouble reaching your vet. We'll keep trying."
            },
            {
              "StatusCode": "no_vet_response",
              "StatusDescription": "Your vet didn't respond. Contact them to confirm they'll approve your next order."
            },
            {
              "StatusCode": "processing",
              "StatusDescription": "Your order has been approved and is being processed."
            }
          ]
        }
      }
    }
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderRegulatedInfo",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_400"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "updateVerificationStatus",
    "method": "PATCH",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 204,
    "index": 0,
    "request": {
      "path": {
        "orderId": "902-3159896-1390916"
      },
      "query": {},
      "header": {},
      "body": {
        "regulatedOrderVerificationStatus": {
          "status": "Rejected",
          "externalReviewerId": "reviewer1234",
          "rejectionReasonId": "shield_pom_vps_reject_incorrect_weight"
        }
      }
    },
    "response": {}
  },
  {
    "api": "ordersV0",
    "operationId": "updateVerificationStatus",
    "method": "PATCH",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 204,
    "index": 1,
    "request": {
      "path": {
        "orderId": "902-3159896-1390916"
      },
      "query": {},
      "header": {},
      "body": {
        "regulatedOrderVerificationStatus": {
          "externalReviewerId": "reviewer1234",
          "verificationDetails": {
            "prescriptionDetail": {
              "prescriptionId": "Rx-1234",
              "expirationDate": "2024-01-01T00:00:00Z",
              "writtenQuantity": 3,
              "totalRefillsAuthorized": 10,
              "usageInstructions": "Take one per day by mouth with food",
              "refillsRemaining": 10,
              "clinicId": "ABC-1234"
            }
          }
        }
      }
    },
    "response": {}
  },
  {
    "api": "ordersV0",
    "operationId": "updateVerificationStatus",
    "method": "PATCH",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "orderId": "902-3159896-1390916"
      },
      "query": {},
      "header": {},
      "body": {
        "regulatedOrderVerificationStatus": {
          "status": "Rejected"
        }
      }
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Missing request parameter: rejectionReasonId."
        },
        {
          "code": "InvalidInput",
          "message": "Missing request parameter: externalReviewerId."
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "updateVerificationStatus",
    "method": "PATCH",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 400,
    "index": 1,
    "request": {
      "path": {
        "orderId": "902-3159896-1390916"
      },
      "query": {},
      "header": {},
      "body": {
        "regulatedOrderVerificationStatus": {
          "status": "Cancelled",
          "externalReviewerId": "reviewer1234"
        }
      }
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid request parameter `status`. Must be one of [Approved, Rejected]."
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "updateVerificationStatus",
    "method": "PATCH",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 400,
    "index": 2,
    "request": {
      "path": {
        "orderId": "902-3159896-1390916"
      },
      "query": {},
      "header": {},
      "body": {
        "regulatedOrderVerificationStatus": {
          "status": "Rejected",
          "rejectionReasonId": "shield_pom_vps_reject_incorrect_weight",
          "verificationDetails": {
            "prescriptionDetail": {
              "prescriptionId": "Rx-1234",
              "expirationDate": "2024-01-01T00:00:00Z",
              "writtenQuantity": 3,
              "totalRefillsAuthorized": 10,
              "usageInstructions": "Take one per day by mouth with food",
              "refillsRemaining": 10,
              "clinicId": "ABC-1234"
            }
          }
        }
      }
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Verification Detail `prescriptionDetail` is not supported when order is in Rejected status."
        },
        {
          "code": "InvalidInput",
          "message": "Missing request parameter: externalReviewerId."
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "updateVerificationStatus",
    "method": "PATCH",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 400,
    "index": 3,
    "request": {
      "path": {
        "orderId": "902-3159896-1390916"
      },
      "query": {},
      "header": {},
      "body": {
        "regulatedOrderVerificationStatus": {
          "externalReviewerId": "reviewer1234",
          "verificationDetails": {
            "prescriptionDetail": {
              "prescriptionId": "Rx-1234",
              "expirationDate": "2024-01-01T00:00:00Z",
              "writtenQuantity": 3,
              "totalRefillsAuthorized": 10,
              "usageInstructions": "Take one per day by mouth with food",
              "refillsRemaining": 10
            }
          }
        }
      }
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Missing required parameter(s) from prescriptionDetail value: clinicId"
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "updateVerificationStatus",
    "method": "PATCH",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 400,
    "index": 4,
    "request": {
      "path": {
        "orderId": "902-2592119-3531015"
      },
      "query": {},
      "header": {},
      "body": {
        "regulatedOrderVerificationStatus": {
          "status": "Rejected",
          "externalReviewerId": "vet_clinic_12345",
          "rejectionReasonId": "pets_rx_sc_incorrect_product",
          "verificationDetails": {
            "approvedAlternativeDetails": [
              {
                "attributeName": "asin",
                "originalValue": "B00DOGMEDICINE",
                "approvedValue": "B00CATMEDICINE"
              }
            ]
          }
        }
      }
    },
    "response": {}
  },
  {
    "api": "ordersV0",
    "operationId": "updateVerificationStatus",
    "method": "PATCH",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 400,
    "index": 5,
    "request": {
      "path": {
        "orderId": "902-2592119-3531015"
      },
      "query": {},
      "header": {},
      "body": {
        "regulatedOrderVerificationStatus": {
          "status": "Pending",
          "externalReviewerId": "vetsource_system",
          "verificationDetails": {
            "interimStatusDetail": {
              "statusCode": "vet_contacted_email",
              "statusDateTime": "2026-02-26T10:00:00Z"
            }
          }
        }
      }
    },
    "response": {}
  },
  {
    "api": "ordersV0",
    "operationId": "updateVerificationStatus",
    "method": "PATCH",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "status": 400,
    "index": 6,
    "request": {
      "path": {
        "orderId": "902-2592119-3531015"
      },
      "query": {},
      "header": {},
      "body": {
        "regulatedOrderVerificationStatus": {
          "status": "Approved",
          "externalReviewerId": "vet_clinic_12345",
          "verificationDetails": {
            "approvedAlternativeDetails": [
              {
                "attributeName": "asin",
                "originalValue": "B00DOGMEDICINE",
                "approvedValue": "B00CATMEDICINE"
              }
            ]
          }
        }
      }
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Verification Detail `approvedAlternativeDetails` is not supported when order is in Approved status."
        }
      ]
    }
  },
  {
    "api": "ordersV0",
    "operationId": "confirmShipment",
    "method": "POST",
    "path": "/orders/v0/orders/{orderId}/shipmentConfirmation",
    "status": 204,
    "index": 0,
    "request": {
      "path": {
        "orderId": "902-1106328-1059050"
      },
      "query": {},
      "header": {},
      "body": {
        "marketplaceId": "ATVPDKIKX0DER",
        "packageDetail": {
          "packageReferenceId": "1",
          "carrierCode": "FedEx",
          "carrierName": "FedEx",
          "shippingMethod": "FedEx Ground",
          "trackingNumber": "112345678",
          "shipDate": "2022-02-11T01:00:00.000Z",
          "shipFromSupplySourceId": "057d3fcc-b750-419f-bbcd-4d340c60c430",
          "orderItems": [
            {
              "orderItemId": "79039765272157",
              "quantity": 1,
              "transparencyCodes": [
                "09876543211234567890"
              ]
            }
          ]
        }
      }
    },
    "response": {}
  },
  {
    "api": "ordersV0",
    "operationId": "confirmShipment",
    "method": "POST",
    "path": "/orders/v0/orders/{orderId}/shipmentConfirmation",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "orderId": "902-1106328-1059050"
      },
      "query": {},
      "header": {},
      "body": {
        "marketplaceId": "ATVPDKIKX0DER",
        "packageDetail": {
          "packageReferenceId": "1",
          "carrierCode": "FedEx",
          "carrierName": "FedEx",
          "shippingMethod": "FedEx Ground",
          "trackingNumber": "112345678",
          "shipDate": "02/21/2022",
          "shipFromSupplySourceId": "057d3fcc-b750-419f-bbcd-4d340c60c430",
          "orderItems": [
            {
              "orderItemId": "79039765272157",
              "quantity": 1,
              "transparencyCodes": [
                "09876543211234567890"
              ]
            }
          ]
        }
      }
    },
    "response": {
      "errors": [
        {
          "code": "Invalid Input",
          "message": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "orders_2026-01-01",
    "operationId": "searchOrders",
    "method": "GET",
    "path": "/orders/2026-01-01/orders",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "createdAfter": "2024-12-25T00:00:00Z",
        "marketplaceIds": [
          "A1VC38T7YXB528"
        ],
        "includedData": [
          "BUYER",
          "RECIPIENT",
          "PROCEEDS",
          "EXPENSE",
          "PROMOTION",
          "CANCELLATION",
          "FULFILLMENT",
          "PACKAGES"
        ]
      },
      "header": {}
    },
    "response": {
      "orders": [
        {
          "orderId": "250-1234567-8901234",
          "orderAliases": [
            {
              "aliasId": "JP-ORDER-2024-001",
              "aliasType": "SELLER_ORDER_ID"
            }
          ],
          "createdTime": "2024-12-25T02:30:00Z",
          "lastUpdatedTime": "2024-12-25T06:45:00Z",
          "programs": [
            "PRIME"
          ],
          "associatedOrders": [],
          "salesChannel": {
            "channelName": "AMAZON",
            "marketplaceId": "A1VC38T7YXB528",
            "marketplaceName": "Amazon.co.jp"
          },
          "buyer": {
            "buyerName": "John Smith",
            "buyerEmail": "buyer-email@marketplace.amazon.co.jp"
          },
          "recipient": {
            "deliveryAddress": {
              "name": "John Smith",
              "addressLine1": "123 Business Park",
              "addressLine2": "Suite 456",
              "city": "Tokyo",
              "postalCode": "150-0002",
              "countryCode": "JP",
              "addressType": "RESIDENTIAL"
            }
          },
          "proceeds": {
            "grandTotal": {
              "amount": "19940",
              "currencyCode": "JPY"
            }
          },
          "fulfillment": {
            "fulfillmentStatus": "SHIPPED",
            "fulfilledBy": "AMAZON",
            "fulfillmentServiceLevel": "STANDARD",
            "shipByWindow": {
              "earliestDateTime": "2024-12-25T00:00:00Z",
              "latestDateTime": "2024-12-25T23:59:59Z"
            }
          },
          "orderItems": [
            {
              "orderItemId": "25012345678901",
              "quantityOrdered": 1,
              "programs": [
                "TRANSPARENCY"
              ],
              "product": {
                "asin": "B08C1W5N87",
                "title": "Echo Dot (第4世代) スマートスピーカー with Alexa チャコール",
                "sellerSku": "ECHO-DOT-4-JP-CHARCOAL",
                "condition": {
                  "conditionType": "NEW",
                  "conditionSubtype": "NEW",
                  "conditionNote": ""
                },
                "price": {
                  "unitPrice": {
                    "amount": "5980",
                    "currencyCode": "JPY"
                  }
                },
                "serialNumbers": [
                  "ED4JP-2024-ABC123456789"
                ]
              },
              "proceeds": {
                "proceedsTotal": {
                  "amount": "5980",
                  "currencyCode": "JPY"
                },
                "breakdowns": [
                  {
                    "type": "ITEM",
                    "subtotal": {
                      "amount": "5980",
                      "currencyCode": "JPY"
                    }
                  }
                ]
              },
              "expense": {
                "pointsCost": {
                  "pointsGranted": {
                    "pointsNumber": 60,
                    "pointsMonetaryValue": {
                      "amount": "60",
                      "currencyCode": "JPY"
                    }
                  }
                }
              },
              "promotion": {
                "breakdowns": [
                  {
                    "promotionId": "JP-WINTER-SALE-2024"
                  }
                ]
              },
              "fulfillment": {
                "quantityFulfilled": 1,
                "quantityUnfulfilled": 0
              }
            },
            {
              "orderItemId": "25012345678902",
              "quantityOrdered": 2,
              "product": {
                "asin": "B07PFFMP9P",
                "title": "Fire TV Stick 4K Max ストリーミングデバイス",
                "sellerSku": "FIRE-TV-4K-MAX-JP",
                "condition": {
                  "conditionType": "NEW",
                  "conditionSubtype": "NEW",
                  "conditionNote": ""
                },
                "price": {
                  "unitPrice": {
                    "amount": "6980",
                    "currencyCode": "JPY"
                  }
                },
                "serialNumbers": [
                  "FTV4KMAXJP-2024-GHI123456789",
                  "FTV4KMAXJP-2024-JKL987654321"
                ]
              },
              "proceeds": {
                "proceedsTotal": {
                  "amount": "13960",
                  "currencyCode": "JPY"
                },
                "breakdowns": [
                  {
                    "type": "ITEM",
                    "subtotal": {
                      "amount": "13960",
                      "currencyCode": "JPY"
                    }
                  }
                ]
              },
              "expense": {
                "pointsCost": {
                  "pointsGranted": {
                    "pointsNumber": 140,
                    "pointsMonetaryValue": {
                      "amount": "140",
                      "currencyCode": "JPY"
                    }
                  }
                }
              },
              "fulfillment": {
                "quantityFulfilled": 2,
                "quantityUnfulfilled": 0
              }
            }
          ]
        }
      ],
      "pagination": {
        "nextToken": "2YgYW55IGNhcm5hbCBwbGVhc3VyZS4"
      },
      "createdBefore": "2024-12-25T03:00:00Z"
    }
  },
  {
    "api": "orders_2026-01-01",
    "operationId": "searchOrders",
    "method": "GET",
    "path": "/orders/2026-01-01/orders",
    "status": 200,
    "index": 1,
    "request": {
      "path": {},
      "query": {
        "createdAfter": "2024-12-23T00:00:00Z",
        "marketplaceIds": [
          "A1F83G8C2ARO7P"
        ],
        "includedData": [
          "BUYER",
          "RECIPIENT",
          "PROCEEDS",
          "EXPENSE",
          "PROMOTION",
          "CANCELLATION",
          "FULFILLMENT",
          "PACKAGES"
        ],
        "paginationToken": "9ZhB4RmVyc2lvbiAxLjAgb2YgdGhl"
      },
      "header": {}
    },
    "response": {
      "orders": [
        {
          "orderId": "202-7654321-1098765",
          "orderAliases": [
            {
              "aliasId": "UK-CONSUMER-ORDER-2024-002",
              "aliasType": "SELLER_ORDER_ID"
            }
          ],
          "createdTime": "2024-12-24T14:20:00Z",
          "lastUpdatedTime": "2024-12-24T18:45:00Z",
          "programs": [
            "PRIME"
          ],
          "salesChannel": {
            "channelName": "AMAZON",
            "marketplaceId": "A1F83G8C2ARO7P",
            "marketplaceName": "Amazon.co.uk"
          },
          "buyer": {
            "buyerName": "Sarah Thompson",
            "buyerEmail": "buyer-email@marketplace.amazon.co.uk"
          },
          "recipient": {
            "deliveryAddress": {
              "name": "Sarah Thompson",
              "addressLine1": "45 Oak Avenue",
              "addressLine2": "Flat 2A",
              "addressLine3": "",
              "city": "London",
              "districtOrCounty": "Greater London",
              "stateOrRegion": "England",
              "municipality": "",
              "postalCode": "SW1A 1AA",
              "countryCode": "GB",
              "phone": "+44 20 7946 0958",
              "addressType": "RESIDENTIAL"
            }
          },
          "proceeds": {
            "grandTotal": {
              "amount": "34.99",
              "currencyCode": "GBP"
            }
          },
          "fulfillment": {
            "fulfillmentStatus": "SHIPPED",
            "fulfilledBy": "MERCHANT",
            "fulfillmentServiceLevel": "STANDARD",
            "shipByWindow": {
              "earliestDateTime": "2024-12-24T00:00:00Z",
              "latestDateTime": "2024-12-25T23:59:59Z"
            },
            "deliverByWindow": {
              "earliestDateTime": "2024-12-26T00:00:00Z",
              "latestDateTime": "2024-12-28T23:59:59Z"
            }
          },
          "orderItems": [
            {
              "orderItemId": "20276543210987",
              "quantityOrdered": 1,
              "measurement": {
                "unit": "COUNT",
                "value": 1
              },
              "product": {
                "asin": "B08C1W5N87",
                "title": "Amazon Echo Dot (4th Generation) | Smart speaker with Alexa | Charcoal",
                "sellerSku": "ECHO-DOT-4-UK-CHARCOAL-SINGLE",
                "condition": {
                  "conditionType": "NEW",
                  "conditionSubtype": "NEW",
                  "conditionNote": ""
                },
                "price": {
                  "unitPrice": {
                    "amount": "34.99",
                    "currencyCode": "GBP"
                  }
                }
              },
              "proceeds": {
                "proceedsTotal": {
                  "amount": "34.99",
                  "currencyCode": "GBP"
                },
                "breakdowns": [
                  {
                    "type": "ITEM",
                    "subtotal": {
                      "amount": "34.99",
                      "currencyCode": "GBP"
                    }
                  }
                ]
              },
              "fulfillment": {
                "quantityFulfilled": 1,
                "quantityUnfulfilled": 0,
                "picking": {
                  "substitutionPreference": {
                    "substitutionType": "CUSTOMER_PREFERENCE",
                    "substitutionOptions": [
                      {
                        "asin": "B08C1W5N88",
                        "quantityOrdered": 1,
                        "sellerSku": "ECHO-DOT-4-UK-WHITE-SINGLE",
                        "title": "Amazon Echo Dot (4th Generation) | Smart speaker with Alexa | Glacier White",
                        "measurement": {
                          "unit": "COUNT",
                          "value": 1
                        }
                      },
                      {
                        "asin": "B08C1W5N89",
                        "quantityOrdered": 1,
                        "sellerSku": "ECHO-DOT-4-UK-BLUE-SINGLE",
                        "title": "Amazon Echo Dot (4th Generation) | Smart speaker with Alexa | Twilight Blue",
                        "measurement": {
                          "unit": "COUNT",
                          "value": 1
                        }
                      }
                    ]
                  }
                }
              }
            }
          ],
          "packages": [
            {
              "packageReferenceId": "UK-PKG-CONSUMER-2024-002",
              "createdTime": "2024-12-24T19:00:00Z",
              "packageStatus": {
                "status": "IN_TRANSIT",
                "detailedStatus": "OUT_FOR_DELIVERY"
              },
              "carrier": "DPD",
              "shipTime": "2024-12-25T14:00:00Z",
              "shippingService": "DPD Next Day Delivery",
              "trackingNumber": "15501234567890123456",
              "shipFromAddress": {
                "name": "SmartHome Electronics Warehouse",
                "addressLine1": "Unit 7, Technology Park",
                "addressLine2": "Innovation Drive",
                "addressLine3": "",
                "city": "Reading",
                "districtOrCounty": "Berkshire",
                "stateOrRegion": "England",
                "municipality": "",
                "postalCode": "RG6 1AZ",
                "countryCode": "GB"
              },
              "packageItems": [
                {
                  "orderItemId": "20276543210987",
                  "quantity": 1,
                  "transparencyCodes": [
                    "T98765ZYXWV43210UK"
                  ]
                }
              ]
            }
          ]
        }
      ],
      "createdBefore": "2024-12-24T15:00:00Z"
    }
  },
  {
    "api": "orders_2026-01-01",
    "operationId": "searchOrders",
    "method": "GET",
    "path": "/orders/2026-01-01/orders",
    "status": 200,
    "index": 2,
    "request": {
      "path": {},
      "query": {
        "createdAfter": "2024-12-20T00:00:00Z",
        "marketplaceIds": [
          "A2Q3Y263D00KWC"
        ],
        "includedData": [
          "BUYER",
          "RECIPIENT",
          "PROCEEDS",
          "FULFILLMENT",
          "TAX",
          "PAYMENT"
        ]
      },
      "header": {}
    },
    "response": {
      "orders": [
        {
          "orderId": "171-2345678-9012345",
          "orderAliases": [
            {
              "aliasId": "BR-BIZ-ORDER-2024-001",
              "aliasType": "SELLER_ORDER_ID"
            }
          ],
          "createdTime": "2024-12-22T15:30:00Z",
          "lastUpdatedTime": "2024-12-23T10:00:00Z",
          "programs": [
            "AMAZON_BUSINESS",
            "DELIVERY_BY_AMAZON"
          ],
          "salesChannel": {
            "channelName": "AMAZON",
            "marketplaceId": "A2Q3Y263D00KWC",
            "marketplaceName": "Amazon.com.br"
          },
          "buyer": {
            "buyerName": "Carlos Oliveira",
            "buyerEmail": "buyer-email@marketplace.amazon.com.br",
            "buyerCompanyName": "Oliveira Tecnologia Ltda",
            "buyerPurchaseOrderNumber": "PO-BR-2024-5678"
          },
          "recipient": {
            "deliveryAddress": {
              "name": "Carlos Oliveira",
              "companyName": "Oliveira Tecnologia Ltda",
              "addressLine1": "Avenida Paulista, 1000",
              "addressLine2": "Sala 301",
              "city": "São Paulo",
              "stateOrRegion": "SP",
              "postalCode": "01310-100",
              "countryCode": "BR",
              "phone": "+55 11 91234-5678",
              "extendedFields": {
                "streetName": "Avenida Paulista",
                "streetNumber": "1000",
                "complement": "Sala 301",
                "neighborhood": "Bela Vista"
              },
              "addressType": "COMMERCIAL"
            }
          },
          "proceeds": {
            "grandTotal": {
              "amount": "1599.90",
              "currencyCode": "BRL"
            }
          },
          "tax": {
            "taxRegistrations": [
              {
                "entityType": "BUYER",
                "legalName": "Oliveira Tecnologia Ltda",
                "taxRegistrationType": "VAT",
                "taxRegistrationNumber": "1234567890"
              },
              {
                "entityType": "MARKETPLACE",
                "taxRegistrationType": "CNPJ",
                "taxRegistrationNumber": "15436940"
              },
              {
                "entityType": "MERCHANT",
                "legalName": "TechStore"
              }
            ],
            "taxInvoicing": {
              "invoiceStatus": "PROCESSING"
            }
          },
          "payment": {
            "paymentExecutions": [
              {
                "paymentMethod": "CreditCard",
                "paymentAmount": {
                  "amount": "1599.90",
                  "currencyCode": "BRL"
                },
                "acquirerId": "01.027.058/0001-91",
                "cardBrand": "Visa",
                "authorizationCode": "123456"
              }
            ]
          },
          "fulfillment": {
            "fulfillmentStatus": "UNSHIPPED",
            "fulfilledBy": "MERCHANT",
            "fulfillmentServiceLevel": "STANDARD",
            "shipByWindow": {
              "earliestDateTime": "2024-12-23T00:00:00Z",
              "latestDateTime": "2024-12-24T23:59:59Z"
            },
            "deliverByWindow": {
              "earliestDateTime": "2024-12-26T00:00:00Z",
              "latestDateTime": "2024-12-30T23:59:59Z"
            }
          },
          "orderItems": [
            {
              "orderItemId": "17123456789012",
              "quantityOrdered": 1,
              "product": {
                "asin": "B09B8V1LZ3",
                "title": "Notebook Dell Inspiron 15 3000",
                "sellerSku": "DELL-I15-BR-001",
                "condition": {
                  "conditionType": "NEW",
                  "conditionSubtype": "NEW"
                },
                "price": {
                  "unitPrice": {
                    "amount": "1599.90",
                    "currencyCode": "BRL"
                  },
                  "priceDesignation": "BUSINESS_PRICE"
                }
              },
              "proceeds": {
                "proceedsTotal": {
                  "amount": "1599.90",
                  "currencyCode": "BRL"
                },
                "breakdowns": [
                  {
                    "type": "ITEM",
                    "subtotal": {
                      "amount": "1599.90",
                      "currencyCode": "BRL"
                    }
                  }
                ]
              },
              "fulfillment": {
                "quantityFulfilled": 0,
                "quantityUnfulfilled": 1
              }
            }
          ]
        }
      ],
      "createdBefore": "2024-12-22T16:00:00Z"
    }
  },
  {
    "api": "orders_2026-01-01",
    "operationId": "searchOrders",
    "method": "GET",
    "path": "/orders/2026-01-01/orders",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "createdAfter": "TEST_CASE_400"
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid Input",
          "details": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "orders_2026-01-01",
    "operationId": "getOrder",
    "method": "GET",
    "path": "/orders/2026-01-01/orders/{orderId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "orderId": "171-9876543-2109876"
      },
      "query": {
        "includedData": [
          "BUYER",
          "RECIPIENT",
          "PROCEEDS",
          "EXPENSE",
          "PROMOTION",
          "CANCELLATION",
          "FULFILLMENT",
          "PACKAGES"
        ]
      },
      "header": {}
    },
    "response": {
      "order": {
        "orderId": "171-9876543-2109876",
        "orderAliases": [
          {
            "aliasId": "BR-CONSUMER-ORDER-2024-003",
            "aliasType": "SELLER_ORDER_ID"
          }
        ],
        "createdTime": "2024-12-24T20:30:00Z",
        "lastUpdatedTime": "2024-12-25T08:15:00Z",
        "programs": [
          "PRIME"
        ],
        "salesChannel": {
          "channelName": "AMAZON",
          "marketplaceId": "A2Q3Y263D00KWC",
          "marketplaceName": "Amazon.com.br"
        },
        "buyer": {
          "buyerName": "Maria Silva Santos",
          "buyerEmail": "buyer-email@marketplace.amazon.com.br"
        },
        "recipient": {
          "deliveryAddress": {
            "name": "Maria Silva Santos",
            "addressLine1": "Rua das Flores, 123",
            "addressLine2": "Apartamento 45",
            "addressLine3": "",
            "city": "São Paulo",
            "districtOrCounty": "",
            "stateOrRegion": "SP",
            "municipality": "",
            "postalCode": "01234-567",
            "countryCode": "BR",
            "phone": "+55 11 98765-4321",
            "extendedFields": {
              "streetName": "Rua das Flores",
              "streetNumber": "123",
              "complement": "Apartamento 45",
              "neighborhood": "Vila Madalena"
            },
            "addressType": "RESIDENTIAL"
          }
        },
        "proceeds": {
          "grandTotal": {
            "amount": "299.90",
            "currencyCode": "BRL"
          }
        },
        "fulfillment": {
          "fulfillmentStatus": "UNSHIPPED",
          "fulfilledBy": "MERCHANT",
          "fulfillmentServiceLevel": "STANDARD",
          "shipByWindow": {
            "earliestDateTime": "2024-12-26T00:00:00Z",
            "latestDateTime": "2024-12-27T23:59:59Z"
          },
          "deliverByWindow": {
            "earliestDateTime": "2024-12-28T00:00:00Z",
            "latestDateTime": "2024-12-31T23:59:59Z"
          },
          "labelPrintingWindow": {
            "earliestDateTime": "2024-12-26T17:00:00Z"
          }
        },
        "orderItems": [
          {
            "orderItemId": "17198765432109",
            "quantityOrdered": 1,
            "product": {
              "asin": "B08N5WRWNW",
              "title": "Echo Dot (4ª Geração) | Smart Speaker com Alexa | Cor Preta",
              "sellerSku": "ECHO-DOT-4-BR-PRETO",
              "condition": {
                "conditionType": "NEW",
                "conditionSubtype": "NEW",
                "conditionNote": ""
              },
              "price": {
                "unitPrice": {
                  "amount": "299.90",
                  "currencyCode": "BRL"
                }
              }
            },
            "proceeds": {
              "proceedsTotal": {
                "amount": "299.90",
                "currencyCode": "BRL"
              },
              "breakdowns": [
                {
                  "type": "ITEM",
                  "subtotal": {
                    "amount": "299.90",
                    "currencyCode": "BRL"
                  }
                }
              ]
            },
            "promotion": {
              "breakdowns": [
                {
                  "promotionId": "BR-NATAL-2024"
                }
              ]
            },
            "fulfillment": {
              "quantityFulfilled": 0,
              "quantityUnfulfilled": 1,
              "packing": {
                "giftOption": {
                  "giftMessage": "Feliz Natal! Espero que goste do seu novo alto-falante inteligente!",
                  "giftWrapLevel": "STANDARD"
                }
              }
            }
          }
        ]
      }
    }
  },
  {
    "api": "orders_2026-01-01",
    "operationId": "getOrder",
    "method": "GET",
    "path": "/orders/2026-01-01/orders/{orderId}",
    "status": 200,
    "index": 1,
    "request": {
      "path": {
        "orderId": "028-1234567-8901234"
      },
      "query": {
        "includedData": [
          "BUYER",
          "RECIPIENT",
          "PROCEEDS",
          "FULFILLMENT",
          "TAX"
        ]
      },
      "header": {}
    },
    "response": {
      "order": {
        "orderId": "028-1234567-8901234",
        "orderAliases": [
          {
            "aliasId": "TR-ORDER-2025-001",
            "aliasType": "SELLER_ORDER_ID"
          }
        ],
        "createdTime": "2025-03-15T10:30:00Z",
        "lastUpdatedTime": "2025-03-15T14:20:00Z",
        "salesChannel": {
          "channelName": "AMAZON",
          "marketplaceId": "A33AVAJ2PDY3EV",
          "marketplaceName": "Amazon.com.tr"
        },
        "buyer": {
          "buyerName": "Mehmet Yilmaz",
          "buyerEmail": "buyer-email@marketplace.amazon.com.tr"
        },
        "recipient": {
          "deliveryAddress": {
            "name": "Mehmet Yilmaz",
            "addressLine1": "Istiklal Caddesi No:42",
            "addressLine2": "Kat 3",
            "addressLine3": "",
            "city": "Istanbul",
            "districtOrCounty": "Beyoglu",
            "stateOrRegion": "Istanbul",
            "municipality": "",
            "postalCode": "34430",
            "countryCode": "TR",
            "addressType": "COMMERCIAL"
          }
        },
        "proceeds": {
          "grandTotal": {
            "amount": "125.00",
            "currencyCode": "TRY"
          }
        },
        "fulfillment": {
          "fulfillmentStatus": "SHIPPED",
          "fulfilledBy": "MERCHANT",
          "fulfillmentServiceLevel": "STANDARD",
          "shipByWindow": {
            "earliestDateTime": "2025-03-16T00:00:00Z",
            "latestDateTime": "2025-03-17T23:59:59Z"
          },
          "deliverByWindow": {
            "earliestDateTime": "2025-03-18T00:00:00Z",
            "latestDateTime": "2025-03-21T23:59:59Z"
          }
        },
        "tax": {
          "taxRegistrations": [
            {
              "entityType": "BUYER",
              "taxRegistrationType": "BUSINESS",
              "taxRegistrationNumber": "TR1234567890",
              "legalName": "Test company name",
              "taxRegistrationAddress": {
                "name": "Mehmet Yilmaz",
                "companyName": "Test company name",
                "addressLine1": "Istiklal Caddesi No:42",
                "addressLine2": "Kat 3",
                "city": "Istanbul",
                "stateOrRegion": "Istanbul",
                "postalCode": "34430",
                "countryCode": "TR"
              },
              "taxRegistrationAttributes": [
                {
                  "key": "TAX_OFFICE",
                  "value": "tax office"
                }
              ]
            }
          ],
          "taxInvoicing": {
            "buyerInvoicePreference": "BUSINESS"
          }
        },
        "orderItems": [
          {
            "orderItemId": "02812345678901",
            "quantityOrdered": 2,
            "product": {
              "asin": "B09V3KXJPB",
              "title": "Fire HD 10 tablet | 10.1 inch, 1080p Full HD",
              "sellerSku": "FIRE-HD10-TR-BLK",
              "condition": {
                "conditionType": "NEW",
                "conditionSubtype": "NEW",
                "conditionNote": ""
              },
              "price": {
                "unitPrice": {
                  "amount": "62.50",
                  "currencyCode": "TRY"
                }
              }
            },
            "proceeds": {
              "proceedsTotal": {
                "amount": "125.00",
                "currencyCode": "TRY"
              },
              "breakdowns": [
                {
                  "type": "ITEM",
                  "subtotal": {
                    "amount": "125.00",
                    "currencyCode": "TRY"
                  }
                }
              ]
            },
            "fulfillment": {
              "quantityFulfilled": 2,
              "quantityUnfulfilled": 0
            },
            "tax": {
              "taxCalculationBreakdowns": [
                {
                  "reportingScheme": "IOSS"
                }
              ],
              "taxCollections": [
                {
                  "model": "MARKETPLACE_FACILITATOR",
                  "responsibleParty": "Amazon Services Europe S.a.r.L."
                }
              ]
            }
          }
        ]
      }
    }
  },
  {
    "api": "orders_2026-01-01",
    "operationId": "getOrder",
    "method": "GET",
    "path": "/orders/2026-01-01/orders/{orderId}",
    "status": 200,
    "index": 2,
    "request": {
      "path": {
        "orderId": "114-9876543-1234567"
      },
      "query": {
        "includedData": [
          "RECIPIENT",
          "PROCEEDS",
          "FULFILLMENT"
        ]
      },
      "header": {}
    },
    "response": {
      "order": {
        "orderId": "114-9876543-1234567",
        "createdTime": "2025-03-10T14:00:00Z",
        "lastUpdatedTime": "2025-03-10T14:30:00Z",
        "programs": [
          "IN_STORE_PICK_UP"
        ],
        "salesChannel": {
          "channelName": "AMAZON",
          "marketplaceId": "ATVPDKIKX0DER",
          "marketplaceName": "Amazon.com"
        },
        "recipient": {
          "deliveryAddress": {
            "name": "Test Store #1234",
            "companyName": "Test Store",
            "addressLine1": "100 Main Street",
            "addressLine2": "Suite 200",
            "addressLine3": "",
            "city": "Seattle",
            "districtOrCounty": "",
            "stateOrRegion": "WA",
            "municipality": "",
            "postalCode": "98101",
            "countryCode": "US",
            "phone": "+1 206 555 0100",
            "addressType": "COMMERCIAL"
          }
        },
        "proceeds": {
          "grandTotal": {
            "amount": "49.99",
            "currencyCode": "USD"
          }
        },
        "fulfillment": {
          "fulfillmentStatus": "UNSHIPPED",
          "fulfilledBy": "MERCHANT",
          "fulfillmentServiceLevel": "STANDARD"
        },
        "orderItems": [
          {
            "orderItemId": "11498765431234",
            "quantityOrdered": 1,
            "product": {
              "asin": "B0BSHF7WHW",
              "title": "All-new Echo Pop | Full sound compact smart speaker with Alexa",
              "sellerSku": "ECHO-POP-US-BLK",
              "condition": {
                "conditionType": "NEW",
                "conditionSubtype": "NEW",
                "conditionNote": ""
              },
              "price": {
                "unitPrice": {
                  "amount": "39.99",
                  "currencyCode": "USD"
                }
              }
            },
            "proceeds": {
              "proceedsTotal": {
                "amount": "49.99",
                "currencyCode": "USD"
              },
              "breakdowns": [
                {
                  "type": "ITEM",
                  "subtotal": {
                    "amount": "39.99",
                    "currencyCode": "USD"
                  }
                },
                {
                  "type": "TAX",
                  "subtotal": {
                    "amount": "10.00",
                    "currencyCode": "USD"
                  }
                }
              ]
            },
            "fulfillment": {
              "quantityFulfilled": 0,
              "quantityUnfulfilled": 1
            },
            "associatedOrderItems": [
              {
                "orderId": "333-1234567-7654321",
                "orderItemId": "11498765435678",
                "associationType": "VALUE_ADD_SERVICE"
              }
            ]
          }
        ]
      }
    }
  },
  {
    "api": "orders_2026-01-01",
    "operationId": "getOrder",
    "method": "GET",
    "path": "/orders/2026-01-01/orders/{orderId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "orderId": "TEST_CASE_400"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEventGroups",
    "method": "GET",
    "path": "/finances/v0/financialEventGroups",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "MaxResultsPerPage": 1,
        "FinancialEventGroupStartedBefore": "2019-10-31",
        "FinancialEventGroupStartedAfter": "2019-10-13"
      },
      "header": {}
    },
    "response": {
      "payload": {
        "NextToken": "3493805734095308457308475",
        "FinancialEventGroupList": [
          {
            "FinancialEventGroupId": "1",
            "ProcessingStatus": "PROCESSED",
            "FundTransferStatus": "TRANSFERED",
            "OriginalTotal": {
              "CurrencyCode": "USD",
              "CurrencyAmount": 10.34
            },
            "ConvertedTotal": {
              "CurrencyCode": "USD",
              "CurrencyAmount": 39.43
            },
            "FundTransferDate": "2020-02-07T14:38:42.128Z",
            "TraceId": "34550454504545",
            "AccountTail": "4854564857",
            "BeginningBalance": {
              "CurrencyCode": "USD",
              "CurrencyAmount": 55.33
            },
            "FinancialEventGroupStart": "2020-02-07T14:38:42.128Z",
            "FinancialEventGroupEnd": "2020-02-07T14:38:42.128Z"
          }
        ]
      }
    }
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEventGroups",
    "method": "GET",
    "path": "/finances/v0/financialEventGroups",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "MaxResultsPerPage": 10
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Date range is invalid."
        }
      ]
    }
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEventsByGroupId",
    "method": "GET",
    "path": "/finances/v0/financialEventGroups/{eventGroupId}/financialEvents",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "eventGroupId": "485734534857"
      },
      "query": {
        "MaxResultsPerPage": 10
      },
      "header": {}
    },
    "response": {
      "payload": {
        "NextToken": "Next token value",
        "FinancialEvents": {
          "ChargebackEventList": [
            {
              "AmazonOrderId": "444-555-3343433",
              "SellerOrderId": "454645645656456",
              "MarketplaceName": "1",
              "OrderChargeList": [
                {
                  "ChargeType": "Tax",
                  "ChargeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "OrderChargeAdjustmentList": [
                {
                  "ChargeType": "Tax",
                  "ChargeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "ShipmentFeeList": [
                {
                  "FeeType": "FixedClosingFee",
                  "FeeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "ShipmentFeeAdjustmentList": [
                {
                  "FeeType": "FixedClosingFee",
                  "FeeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "OrderFeeList": [
                {
                  "FeeType": "FixedClosingFee",
                  "FeeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "OrderFeeAdjustmentList": [
                {
                  "FeeType": "FixedClosingFee",
                  "FeeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "DirectPaymentList": [
                {
                  "DirectPaymentType": "StoredValueCardRevenue",
                  "DirectPaymentAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "PostedDate": "2020-02-05T13:56:00.363Z",
              "ShipmentItemList": [
                {
                  "SellerSKU": "456454455464",
                  "OrderItemId": "4565465645646",
                  "OrderAdjustmentItemId": "456456465464",
                  "QuantityShipped": 0,
                  "ItemChargeList": [
                    {
                      "ChargeType": "Tax",
                      "ChargeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "ItemChargeAdjustmentList": [
                    {
                      "ChargeType": "Tax",
                      "ChargeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "ItemFeeList": [
                    {
                      "FeeType": "FixedClosingFee",
                      "FeeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "ItemFeeAdjustmentList": [
                    {
                      "FeeType": "FixedClosingFee",
                      "FeeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "ItemTaxWithheldList": [
                    {
                      "TaxCollectionModel": "Free",
                      "TaxesWithheld": [
                        {
                          "ChargeType": "Tax",
                          "ChargeAmount": {
                            "CurrencyCode": "USD",
                            "CurrencyAmount": 25.37
                          }
                        }
                      ]
                    }
                  ],
                  "PromotionList": [
                    {
                      "PromotionType": "Free",
                      "PromotionId": "546564565",
                      "PromotionAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "PromotionAdjustmentList": [
                    {
                      "PromotionType": "Free",
                      "PromotionId": "546564565",
                      "PromotionAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "CostOfPointsGranted": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  },
                  "CostOfPointsReturned": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "ShipmentItemAdjustmentList": [
                {
                  "SellerSKU": "456454455464",
                  "OrderItemId": "4565465645646",
                  "OrderAdjustmentItemId": "456456465464",
                  "QuantityShipped": 0,
                  "ItemChargeList": [
                    {
                      "ChargeType": "Tax",
                      "ChargeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "ItemChargeAdjustmentList": [
                    {
                      "ChargeType": "Tax",
                      "ChargeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "ItemFeeList": [
                    {
                      "FeeType": "FixedClosingFee",
                      "FeeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "ItemFeeAdjustmentList": [
                    {
                      "FeeType": "FixedClosingFee",
                      "FeeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "ItemTaxWithheldList": [
                    {
                      "TaxCollectionModel": "Free",
                      "TaxesWithheld": [
                        {
                          "ChargeType": "Tax",
                          "ChargeAmount": {
                            "CurrencyCode": "USD",
                            "CurrencyAmount": 25.37
                          }
                        }
                      ]
                    }
                  ],
                  "PromotionList": [
                    {
                      "PromotionType": "Free",
                      "PromotionId": "546564565",
                      "PromotionAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "PromotionAdjustmentList": [
                    {
                      "PromotionType": "Free",
                      "PromotionId": "546564565",
                      "PromotionAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ],
                  "CostOfPointsGranted": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  },
                  "CostOfPointsReturned": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ]
            }
          ],
          "ImagingServicesFeeEventList": [
            {
              "ImagingRequestBillingItemID": "456456456",
              "ASIN": "4564565456456546456",
              "PostedDate": "2020-02-05T13:56:00.363Z",
              "FeeList": [
                {
                  "FeeType": "FixedClosingFee",
                  "FeeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ]
            }
          ],
          "NetworkComminglingTransactionEventList": [
            {
              "TransactionType": "Free",
              "PostedDate": "2020-02-05T13:56:00.363Z",
              "NetCoTransactionID": "4565645",
              "SwapReason": "None",
              "ASIN": "464567656576",
              "MarketplaceId": "string",
              "TaxExclusiveAmount": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "TaxAmount": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              }
            }
          ],
          "AffordabilityExpenseReversalEventList": [
            {
              "AmazonOrderId": "444-555-3343433",
              "PostedDate": "2020-02-05T13:56:00.363Z",
              "MarketplaceId": "1",
              "TransactionType": "Free",
              "BaseExpense": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "TaxTypeCGST": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "TaxTypeSGST": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "TaxTypeIGST": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "TotalExpense": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              }
            }
          ],
          "TrialShipmentEventList": [
            {
              "AmazonOrderId": "444-555-3343433",
              "FinancialEventGroupId": "1",
              "PostedDate": "2020-02-05T13:56:00.363Z",
              "SKU": "456454455464",
              "FeeList": [
                {
                  "FeeType": "FixedClosingFee",
                  "FeeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ]
            }
          ],
          "TaxWithholdingEventList": [
            {
              "PostedDate": "2020-02-05T13:56:00.363Z",
              "BaseAmount": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "WithheldAmount": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "TaxWithholdingPeriod": {
                "StartDate": "2020-02-05T13:56:00.363Z",
                "EndDate": "2020-02-05T13:56:00.363Z"
              }
            }
          ]
        }
      }
    }
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEventsByGroupId",
    "method": "GET",
    "path": "/finances/v0/financialEventGroups/{eventGroupId}/financialEvents",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "eventGroupId": "BADID"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Bad event group ID provided."
        }
      ]
    }
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEventsByOrderId",
    "method": "GET",
    "path": "/finances/v0/orders/{orderId}/financialEvents",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "orderId": "485-734-5434857"
      },
      "query": {
        "MaxResultsPerPage": 10
      },
      "header": {}
    },
    "response": {
      "payload": {
        "NextToken": "Next token value",
        "FinancialEvents": {
          "RetrochargeEventList": [
            {
              "RetrochargeEventType": "Retrocharge",
              "AmazonOrderId": "444-555-3343433",
              "PostedDate": "2020-02-05T13:56:00.363Z",
              "BaseTax": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "ShippingTax": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "MarketplaceName": "1",
              "RetrochargeTaxWithheldList": [
                {
                  "TaxCollectionModel": "Free",
                  "TaxesWithheld": [
                    {
                      "ChargeType": "Tax",
                      "ChargeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ]
                }
              ]
            }
          ],
          "RentalTransactionEventList": [
            {
              "AmazonOrderId": "444-555-3343433",
              "RentalEventType": "string",
              "ExtensionLength": 0,
              "PostedDate": "2020-02-05T13:56:00.363Z",
              "RentalChargeList": [
                {
                  "ChargeType": "Tax",
                  "ChargeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "RentalFeeList": [
                {
                  "FeeType": "FixedClosingFee",
                  "FeeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "MarketplaceName": "1",
              "RentalInitialValue": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "RentalReimbursement": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "RentalTaxWithheldList": [
                {
                  "TaxCollectionModel": "Free",
                  "TaxesWithheld": [
                    {
                      "ChargeType": "Tax",
                      "ChargeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ]
                }
              ]
            }
          ],
          "ProductAdsPaymentEventList": [
            {
              "postedDate": "2020-02-05T13:56:00.363Z",
              "transactionType": "Free",
              "invoiceId": "3454535453",
              "baseValue": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "taxValue": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "transactionValue": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              }
            }
          ],
          "ServiceFeeEventList": [
            {
              "AmazonOrderId": "444-555-3343433",
              "FeeReason": "Free",
              "FeeList": [
                {
                  "FeeType": "FixedClosingFee",
                  "FeeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "SellerSKU": "456454455464",
              "FnSKU": "Fn134",
              "FeeDescription": "FeeDescription",
              "ASIN": "KJHJ457648GHD"
            }
          ]
        }
      }
    }
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEventsByOrderId",
    "method": "GET",
    "path": "/finances/v0/orders/{orderId}/financialEvents",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "orderId": "BAD-ORDER"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Bad order ID provided."
        }
      ]
    }
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEvents",
    "method": "GET",
    "path": "/finances/v0/financialEvents",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "MaxResultsPerPage": 10,
        "NextToken": "jehgri34yo7jr9e8f984tr9i4o"
      },
      "header": {}
    },
    "response": {
      "payload": {
        "NextToken": "Next token value",
        "FinancialEvents": {
          "PayWithAmazonEventList": [
            {
              "SellerOrderId": "454645645656456",
              "TransactionPostedDate": "2020-02-05T13:56:00.363Z",
              "BusinessObjectType": "Free",
              "SalesChannel": "None",
              "Charge": {
                "ChargeType": "Tax",
                "ChargeAmount": {
                  "CurrencyCode": "USD",
                  "CurrencyAmount": 25.37
                }
              },
              "FeeList": [
                {
                  "FeeType": "FixedClosingFee",
                  "FeeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "PaymentAmountType": "Tax",
              "AmountDescription": "Tax",
              "FulfillmentChannel": "FulfillmentChannel",
              "StoreName": "Etsy"
            }
          ],
          "ServiceProviderCreditEventList": [
            {
              "ProviderTransactionType": "Free",
              "SellerOrderId": "454645645656456",
              "MarketplaceId": "1",
              "MarketplaceCountryCode": "US",
              "SellerId": "4564565546",
              "SellerStoreName": "Etsy",
              "ProviderId": "1",
              "ProviderStoreName": "Etsy",
              "TransactionAmount": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "TransactionCreationDate": "2020-02-05T13:56:00.363Z"
            }
          ],
          "RentalTransactionEventList": [
            {
              "AmazonOrderId": "444-555-3343433",
              "RentalEventType": "string",
              "ExtensionLength": 0,
              "PostedDate": "2020-02-05T13:56:00.363Z",
              "RentalChargeList": [
                {
                  "ChargeType": "Tax",
                  "ChargeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "RentalFeeList": [
                {
                  "FeeType": "FixedClosingFee",
                  "FeeAmount": {
                    "CurrencyCode": "USD",
                    "CurrencyAmount": 25.37
                  }
                }
              ],
              "MarketplaceName": "1",
              "RentalInitialValue": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "RentalReimbursement": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "RentalTaxWithheldList": [
                {
                  "TaxCollectionModel": "Free",
                  "TaxesWithheld": [
                    {
                      "ChargeType": "Tax",
                      "ChargeAmount": {
                        "CurrencyCode": "USD",
                        "CurrencyAmount": 25.37
                      }
                    }
                  ]
                }
              ]
            }
          ],
          "ProductAdsPaymentEventList": [
            {
              "postedDate": "2020-02-05T13:56:00.363Z",
              "transactionType": "Free",
              "invoiceId": "3454535453",
              "baseValue": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "taxValue": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              },
              "transactionValue": {
                "CurrencyCode": "USD",
                "CurrencyAmount": 25.37
              }
            }
          ]
        }
      }
    }
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEvents",
    "method": "GET",
    "path": "/finances/v0/financialEvents",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "MaxResultsPerPage": 2
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Input not valid."
        }
      ]
    }
  },
  {
    "api": "finances_2024-06-19",
    "operationId": "listTransactions",
    "method": "GET",
    "path": "/finances/2024-06-19/transactions",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "postedAfter": "2023-03-07",
        "nextToken": "jehgri34yo7jr9e8f984tr9i4o"
      },
      "header": {}
    },
    "response": {
      "payload": {
        "nextToken": "Next token value",
        "transactions": [
          {
            "sellingPartnerMetadata": {
              "sellingPartnerId": "A3TH9S8BH6GOGM",
              "accountType": "PAYABLE",
              "marketplaceId": "ATIV93840DER"
            },
            "relatedIdentifiers": [
              {
                "relatedIdentifierName": "FINANCIAL_EVENT_GROUP_ID",
                "relatedIdentifierValue": "4MVaHcsAfaYAlwlaPWrXJxrfUiKfYZ2ooWtY7528FUA"
              },
              {
                "relatedIdentifierName": "ORDER_ID",
                "relatedIdentifierValue": "8129762527551"
              }
            ],
            "transactionType": "Shipment",
            "postedDate": "2020-07-14T03:35:13.214Z",
            "totalAmount": {
              "currencyAmount": 10,
              "currencyCode": "USD"
            }
          }
        ]
      }
    }
  },
  {
    "api": "finances_2024-06-19",
    "operationId": "listTransactions",
    "method": "GET",
    "path": "/finances/2024-06-19/transactions",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "postedBefore": "2022-03-07"
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Start date cannot be null",
          "details": "Start date cannot be null"
        }
      ]
    }
  },
  {
    "api": "finances_2024-06-19",
    "operationId": "listBalances",
    "method": "GET",
    "path": "/finances/2024-06-19/balances",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceIds": [
          "AXXXXXXXXXER"
        ],
        "balanceType": "TOTAL"
      },
      "header": {}
    },
    "response": {
      "balances": [
        {
          "partnerMetadata": {
            "partnerId": "XXXXXXXXXXXXXX",
            "accountType": "Standard Orders",
            "marketplaceId": "AXXXXXXXXXER"
          },
          "balanceType": "TOTAL",
          "amount": {
            "currencyAmount": 15000,
            "currencyCode": "USD"
          },
          "lastUpdatedTime": "2025-01-12T10:30:00+09:00",
          "balances": [
            {
              "balanceType": "AVAILABLE",
              "amount": {
                "currencyAmount": 8000,
                "currencyCode": "USD"
              }
            },
            {
              "balanceType": "RESERVED",
              "amount": {
                "currencyAmount": 7000,
                "currencyCode": "USD"
              },
              "balances": [
                {
                  "balanceType": "DEFERRED",
                  "amount": {
                    "currencyAmount": 9000,
                    "currencyCode": "USD"
                  }
                },
                {
                  "balanceType": "ACCOUNT_LEVEL_RESERVE",
                  "amount": {
                    "currencyAmount": -2000,
                    "currencyCode": "USD"
                  }
                }
              ]
            }
          ]
        }
      ],
      "nextToken": "jehgri34yo7jr9e8f984tr9i4o"
    }
  },
  {
    "api": "finances_2024-06-19",
    "operationId": "listBalances",
    "method": "GET",
    "path": "/finances/2024-06-19/balances",
    "status": 200,
    "index": 1,
    "request": {
      "path": {},
      "query": {
        "marketplaceIds": [
          "AXXXXXXXXXER"
        ],
        "balanceType": "TOTAL",
        "asOfDate": "2025-01-12"
      },
      "header": {}
    },
    "response": {
      "balances": [
        {
          "partnerMetadata": {
            "partnerId": "XXXXXXXXXXXXXX",
            "accountType": "Standard Orders",
            "marketplaceId": "AXXXXXXXXXER"
          },
          "balanceType": "TOTAL",
          "amount": {
            "currencyAmount": 15000,
            "currencyCode": "USD"
          },
          "asOfDate": "2025-01-12",
          "balances": [
            {
              "balanceType": "AVAILABLE",
              "amount": {
                "currencyAmount": 8000,
                "currencyCode": "USD"
              }
            },
            {
              "balanceType": "RESERVED",
              "amount": {
                "currencyAmount": 7000,
                "currencyCode": "USD"
              },
              "balances": [
                {
                  "balanceType": "DEFERRED",
                  "amount": {
                    "currencyAmount": 9000,
                    "currencyCode": "USD"
                  }
                },
                {
                  "balanceType": "ACCOUNT_LEVEL_RESERVE",
                  "amount": {
                    "currencyAmount": -2000,
                    "currencyCode": "USD"
                  }
                }
              ]
            }
          ]
        }
      ],
      "nextToken": "jehgri34yo7jr9e8f984tr9i4o"
    }
  },
  {
    "api": "finances_2024-06-19",
    "operationId": "listBalances",
    "method": "GET",
    "path": "/finances/2024-06-19/balances",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceIds": [
          "INVALID_MARKETPLACE_ID"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "finances_2024-06-19",
    "operationId": "listSummary",
    "method": "GET",
    "path": "/finances/2024-06-19/summary",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceIds": [
          "AXXXXXXXXXER"
        ],
        "periodStart": "2025-01-12",
        "periodEnd": "2025-01-12"
      },
      "header": {}
    },
    "response": {
      "summaries": [
        {
          "partnerMetadata": {
            "partnerId": "XXXXXXXXXXXXXX",
            "accountType": "Standard Orders",
            "marketplaceId": "AXXXXXXXXXER"
          },
          "periodStart": "2025-01-12",
          "periodEnd": "2025-01-12",
          "netProceeds": {
            "currencyAmount": 8000,
            "currencyCode": "USD"
          },
          "breakdowns": [
            {
              "breakdownType": "Sales",
              "breakdownAmount": {
                "currencyAmount": 8000,
                "currencyCode": "USD"
              },
              "breakdowns": [
                {
                  "breakdownType": "Product Charges",
                  "breakdownAmount": {
                    "currencyAmount": 9000,
                    "currencyCode": "USD"
                  },
                  "breakdowns": []
                }
              ]
            },
            {
              "breakdownType": "Expenses",
              "breakdownAmount": {
                "currencyAmount": -1000,
                "currencyCode": "USD"
              },
              "breakdowns": [
                {
                  "breakdownType": "FBA fees",
                  "breakdownAmount": {
                    "currencyAmount": -1000,
                    "currencyCode": "USD"
                  },
                  "breakdowns": []
                }
              ]
            }
          ]
        }
      ],
      "nextToken": "jehgri34yo7jr9e8f984tr9i4o"
    }
  },
  {
    "api": "finances_2024-06-19",
    "operationId": "listSummary",
    "method": "GET",
    "path": "/finances/2024-06-19/summary",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceIds": [
          "INVALID_MARKETPLACE_ID"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "listPayouts",
    "method": "GET",
    "path": "/finances/transfers/2024-06-01/payouts",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceIds": [
          "ATVPDKIKX0DER"
        ],
        "createdAfter": "2024-06-01T00:00:00Z",
        "createdBefore": "2024-06-30T00:00:00Z"
      },
      "header": {}
    },
    "response": {
      "payouts": [
        {
          "id": "11888387941",
          "partnerMetadata": {
            "partnerId": "AXXXXXXXXXXXXX",
            "accountType": "STANDARD_ORDERS",
            "marketplaceId": "ATVPDKIKX0DER"
          },
          "currentStatus": "PAID",
          "statusHistory": [
            {
              "status": "STARTED",
              "lastUpdatedDate": "2024-06-01T00:00:00Z"
            },
            {
              "status": "IN_TRANSIT",
              "lastUpdatedDate": "2024-06-01T06:00:00Z"
            },
            {
              "status": "PAID",
              "lastUpdatedDate": "2024-06-02T12:00:00Z"
            }
          ],
          "type": "SCHEDULED",
          "amount": {
            "currencyCode": "USD",
            "currencyAmount": 1250.75
          },
          "accountTail": "1234",
          "paymentMethod": "BANK_ACCOUNT",
          "creationDate": "2024-06-01T00:00:00Z",
          "paymentRail": "ACH",
          "traceId": "4B03616UONXSAWP",
          "period": {
            "startDate": "2025-12-13T06:26:45Z",
            "endDate": "2025-12-14T06:30:45Z"
          },
          "relatedIdentifiers": [
            {
              "relatedIdentifierName": "SETTLEMENT_ID",
              "relatedIdentifierValue": "11888387941"
            }
          ]
        }
      ],
      "nextToken": "eyJhbGciOiJIUzI1NiJ9"
    }
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "listPayouts",
    "method": "GET",
    "path": "/finances/transfers/2024-06-01/payouts",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceIds": [
          "INVALID_MARKETPLACE"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "initiatePayout",
    "method": "POST",
    "path": "/finances/transfers/2024-06-01/payouts",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "marketplaceId": "A1PA6795UKMFR9",
        "accountType": "Standard Orders"
      }
    },
    "response": {
      "payoutReferenceId": "3DM7DQi8DPAMOLOSaN5HxT0q2waNwH95fopx3AD2Lgc"
    }
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "initiatePayout",
    "method": "POST",
    "path": "/finances/transfers/2024-06-01/payouts",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "marketplaceId": "A1F83G8C2ARO7P",
        "accountType": "Standard Orders"
      }
    },
    "response": {
      "errors": [
        {
          "code": "NoDepositMethod",
          "message": "No deposit method found for the selling partner. Add a valid deposit method and try again."
        },
        {
          "code": "InsufficientPayoutAmount",
          "message": "The available balance is less than the minimum permissible payout amount. No payout will be initiated."
        }
      ]
    }
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "getPaymentMethods",
    "method": "GET",
    "path": "/finances/transfers/2024-06-01/paymentMethods",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceId": "ATVPDKIKX0DER"
      },
      "header": {}
    },
    "response": {
      "paymentMethods": [
        {
          "countryCode": "US",
          "accountHolderName": "John Doe",
          "paymentMethodId": "0h_TU_CUS_4058fe2a-da6b-4b82-8e48-b20ff2eb4f6d",
          "paymentMethodType": "BANK_ACCOUNT",
          "tail": "677"
        }
      ]
    }
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "getPaymentMethods",
    "method": "GET",
    "path": "/finances/transfers/2024-06-01/paymentMethods",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceId": "ABCMARKET"
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Validation failed for: ABCMARKET"
        }
      ]
    }
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "listExpectedPayouts",
    "method": "GET",
    "path": "/finances/transfers/2024-06-01/payouts/expected",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceIds": [
          "ATVPDKIKX0DER"
        ]
      },
      "header": {}
    },
    "response": {
      "expectedPayouts": [
        {
          "partnerMetadata": {
            "partnerId": "A1B2C3D4E5F6G7",
            "accountType": "STANDARD_ORDERS",
            "marketplaceId": "ATVPDKIKX0DER"
          },
          "amount": {
            "currencyCode": "USD",
            "currencyAmount": 2547.89
          },
          "status": "SCHEDULED",
          "scheduledDate": "2024-03-22T14:00:00Z",
          "accountTail": "1234",
          "paymentMethod": "BANK_ACCOUNT",
          "period": {
            "startDate": "2024-03-08T14:00:00Z",
            "endDate": "2024-03-22T14:00:00Z"
          },
          "relatedIdentifiers": [
            {
              "relatedIdentifierName": "SETTLEMENT_ID",
              "relatedIdentifierValue": "SGI_20240308_001"
            }
          ]
        }
      ],
      "nextToken": "eyJhbGciOiJIUzI1NiJ9"
    }
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "listExpectedPayouts",
    "method": "GET",
    "path": "/finances/transfers/2024-06-01/payouts/expected",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceIds": [
          "INVALID_MARKETPLACE"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "financesInvoices_2026-06-25",
    "operationId": "getInvoiceHeaders",
    "method": "GET",
    "path": "/finances/invoices/2026-06-25/invoices",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "marketplaceId": "ATVPDKIKX0DER"
      },
      "header": {}
    },
    "response": {
      "invoices": [
        {
          "invoiceNumber": "INV-202505001",
          "invoiceIdentifier": "INV-202505001~ABCDEF",
          "invoiceStatus": "IN_PROGRESS",
          "invoiceType": "AP_INVENTORY",
          "billingPeriod": {
            "startDate": "2025-06-01T14:30:00Z",
            "endDate": "2025-06-30T14:30:00Z"
          },
          "payee": {
            "partnerId": "PAY123456",
            "partnerType": "VENDOR",
            "partnerName": "Example Vendor",
            "partnerEntities": [
              "ABCDEF",
              "GHIJKL"
            ]
          },
          "payer": {
            "partnerId": "AMAZON_US",
            "partnerType": "AMAZON",
            "partnerName": "Amazon",
            "partnerEntities": []
          },
          "issueDate": "2025-06-18T14:30:00Z",
          "dueDate": "2025-07-18T14:30:00Z",
          "paymentTerms": "NET30",
          "creationDate": "2025-06-18T14:30:00Z",
          "lastUpdatedDate": "2025-09-27T09:00:00Z",
          "invoiceAmount": {
            "currencyCode": "USD",
            "currencyAmount": 2500
          },
          "invoiceAmountBreakdowns": [
            {
              "breakdownType": "Total",
              "breakdownAmount": {
                "currencyCode": "USD",
                "currencyAmount": 2500
              },
              "breakdowns": []
            }
          ],
          "relatedIdentifiers": [
            {
              "relatedIdentifierName": "PURCHASE_ORDER_IDS",
              "relatedIdentifierValue": [
                "PO123456",
                "PO789012"
              ]
            }
          ]
        }
      ],
      "numOfRecords": 1,
      "nextToken": "1"
    }
  },
  {
    "api": "financesInvoices_2026-06-25",
    "operationId": "getInvoiceHeaders",
    "method": "GET",
    "path": "/finances/invoices/2026-06-25/invoices",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInputCode",
          "message": "Invalid input message",
          "details": "Invalid input details"
        }
      ]
    }
  },
  {
    "api": "financesInvoices_2026-06-25",
    "operationId": "getInvoice",
    "method": "GET",
    "path": "/finances/invoices/2026-06-25/invoices/{invoiceIdentifier}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "invoiceIdentifier": "INV-202505001~ABCDEF"
      },
      "query": {
        "marketplaceId": "ATVPDKIKX0DER"
      },
      "header": {}
    },
    "response": {
      "invoiceHeader": {
        "invoiceNumber": "INV-202505001",
        "invoiceIdentifier": "INV-202505001~ABCDEF",
        "invoiceStatus": "IN_PROGRESS",
        "invoiceType": "AP_INVENTORY",
        "billingPeriod": {
          "startDate": "2025-06-01T14:30:00Z",
          "endDate": "2025-06-30T14:30:00Z"
        },
        "payee": {
          "partnerId": "PAY123456",
          "partnerType": "VENDOR",
          "partnerName": "Example Vendor",
          "partnerEntities": [
            "ABCDEF",
            "GHIJKL"
          ]
        },
        "payer": {
          "partnerId": "AMAZON_US",
          "partnerType": "AMAZON",
          "partnerName": "Amazon",
          "partnerEntities": []
        },
        "issueDate": "2025-06-18T14:30:00Z",
        "dueDate": "2025-07-18T14:30:00Z",
        "paymentTerms": "NET30",
        "invoiceAmount": {
          "currencyCode": "USD",
          "currencyAmount": 540
        },
        "invoiceAmountBreakdowns": [
          {
            "breakdownType": "Total",
            "breakdownAmount": {
              "currencyCode": "USD",
              "currencyAmount": 540
            },
            "breakdowns": [
              {
                "breakdownType": "InvoiceAmountWithoutTax",
                "breakdownAmount": {
                  "currencyCode": "USD",
                  "currencyAmount": 500
                },
                "breakdowns": []
              },
              {
                "breakdownType": "TaxAmount",
                "breakdownAmount": {
                  "currencyCode": "USD",
                  "currencyAmount": 40
                },
                "breakdowns": []
              }
            ]
          }
        ],
        "invoiceSettlementBreakdowns": [
          {
            "breakdownType": "AmountPaid",
            "breakdownAmount": {
              "currencyCode": "USD",
              "currencyAmount": 540
            },
            "breakdowns": []
          }
        ],
        "creationDate": "2025-06-18T14:30:00Z",
        "lastUpdatedDate": "2025-09-27T09:00:00Z"
      },
      "invoiceItems": [
        {
          "lineItemId": "LI-001",
          "unitCost": {
            "currencyCode": "USD",
            "currencyAmount": 50
          },
          "quantity": 10,
          "taxRateCodes": [
            "DE 19"
          ],
          "totalAmount": {
            "currencyCode": "USD",
            "currencyAmount": 540
          },
          "totalAmountBreakdown": [
            {
              "breakdownType": "ItemCostWithoutTax",
              "breakdownAmount": {
                "currencyCode": "USD",
                "currencyAmount": 500
              },
              "breakdowns": []
            },
            {
              "breakdownType": "ItemTaxAmount",
              "breakdownAmount": {
                "currencyCode": "USD",
                "currencyAmount": 40
              },
              "breakdowns": []
            }
          ],
          "lineItemContext": {
            "lineItemType": "GOODS",
            "itemIdentifiers": [
              {
                "itemIdentifierName": "ASIN",
                "itemIdentifierValue": "B0EXAMPLE1"
              }
            ],
            "itemDescription": "Widget A"
          },
          "relatedItemIdentifiers": [
            {
              "relatedIdentifierName": "PURCHASE_ORDER_IDS",
              "relatedIdentifierValue": [
                "PO123456"
              ]
            }
          ]
        }
      ],
      "nextTokenForLineItems": "5"
    }
  },
  {
    "api": "financesInvoices_2026-06-25",
    "operationId": "getInvoice",
    "method": "GET",
    "path": "/finances/invoices/2026-06-25/invoices/{invoiceIdentifier}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInputCode",
          "message": "Invalid input message",
          "details": "Invalid input details"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReports",
    "method": "GET",
    "path": "/reports/2021-06-30/reports",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "reportTypes": [
          "FEE_DISCOUNTS_REPORT",
          "GET_AFN_INVENTORY_DATA"
        ],
        "processingStatuses": [
          "IN_QUEUE",
          "IN_PROGRESS"
        ]
      },
      "header": {}
    },
    "response": {
      "nextToken": "VGhpcyB0b2tlbiBpcyBvcGFxdWUgYW5kIGludGVudGlvbmFsbHkgb2JmdXNjYXRlZA==",
      "reports": [
        {
          "reportId": "ReportId1",
          "reportType": "FEE_DISCOUNTS_REPORT",
          "dataStartTime": "2024-03-11T13:47:20.677Z",
          "dataEndTime": "2024-03-12T13:47:20.677Z",
          "createdTime": "2024-03-10T13:47:20.677Z",
          "processingStatus": "IN_PROGRESS",
          "processingStartTime": "2024-03-10T13:47:20.677Z",
          "processingEndTime": "2024-03-12T13:47:20.677Z"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReports",
    "method": "GET",
    "path": "/reports/2021-06-30/reports",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "reportTypes": [
          "FEE_DISCOUNTS_REPORT",
          "GET_AFN_INVENTORY_DATA"
        ],
        "processingStatuses": [
          "BAD_VALUE",
          "IN_PROGRESS"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input in processing status"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "createReport",
    "method": "POST",
    "path": "/reports/2021-06-30/reports",
    "status": 202,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "reportType": "GET_MERCHANT_LISTINGS_ALL_DATA",
        "dataStartTime": "2024-03-10T20:11:24.000Z",
        "marketplaceIds": [
          "A1PA6795UKMFR9",
          "ATVPDKIKX0DER"
        ]
      }
    },
    "response": {
      "reportId": "ID323"
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "createReport",
    "method": "POST",
    "path": "/reports/2021-06-30/reports",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "reportType": "BAD_FEE_DISCOUNTS_REPORT",
        "dataStartTime": "2024-03-10T20:11:24.000Z",
        "marketplaceIds": [
          "A1PA6795UKMFR9",
          "ATVPDKIKX0DER"
        ]
      }
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReport",
    "method": "GET",
    "path": "/reports/2021-06-30/reports/{reportId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "reportId": "ID323"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "reportId": "ReportId1",
      "reportType": "FEE_DISCOUNTS_REPORT",
      "dataStartTime": "2024-03-11T13:47:20.677Z",
      "dataEndTime": "2024-03-12T13:47:20.677Z",
      "createdTime": "2024-03-10T13:47:20.677Z",
      "processingStatus": "IN_PROGRESS",
      "processingStartTime": "2024-03-10T13:47:20.677Z",
      "processingEndTime": "2024-03-12T13:47:20.677Z"
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReport",
    "method": "GET",
    "path": "/reports/2021-06-30/reports/{reportId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "reportId": "badReportId1"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "cancelReport",
    "method": "DELETE",
    "path": "/reports/2021-06-30/reports/{reportId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "reportId": "ID"
      },
      "query": {},
      "header": {}
    },
    "response": null
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "cancelReport",
    "method": "DELETE",
    "path": "/reports/2021-06-30/reports/{reportId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReportSchedules",
    "method": "GET",
    "path": "/reports/2021-06-30/schedules",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "reportTypes": [
          "FEE_DISCOUNTS_REPORT",
          "GET_FBA_FULFILLMENT_CUSTOMER_TAXES_DATA"
        ]
      },
      "header": {}
    },
    "response": {
      "reportSchedules": [
        {
          "reportType": "FEE_DISCOUNTS_REPORT",
          "marketplaceIds": [
            "ATVPDKIKX0DER"
          ],
          "reportScheduleId": "ID1",
          "period": "PT5M",
          "nextReportCreationTime": "2024-03-11T15:03:44.973Z"
        },
        {
          "reportType": "GET_FBA_FULFILLMENT_CUSTOMER_TAXES_DATA",
          "reportScheduleId": "ID2",
          "period": "PT5M",
          "nextReportCreationTime": "2024-03-11T15:03:44.973Z"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReportSchedules",
    "method": "GET",
    "path": "/reports/2021-06-30/schedules",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "reportTypes": [
          "BAD_FEE_DISCOUNTS_REPORT",
          "BAD_GET_FBA_FULFILLMENT_CUSTOMER_TAXES_DATA"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "createReportSchedule",
    "method": "POST",
    "path": "/reports/2021-06-30/schedules",
    "status": 201,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "reportType": "FEE_DISCOUNTS_REPORT",
        "period": "PT5M",
        "nextReportCreationTime": "2024-03-10T20:11:24.000Z",
        "marketplaceIds": [
          "A1PA6795UKMFR9",
          "ATVPDKIKX0DER"
        ]
      }
    },
    "response": {
      "reportScheduleId": "ID323"
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "createReportSchedule",
    "method": "POST",
    "path": "/reports/2021-06-30/schedules",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "reportType": "BAD_FEE_DISCOUNTS_REPORT",
        "period": "PT5M",
        "nextReportCreationTime": "2024-03-10T20:11:24.000Z"
      }
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReportSchedule",
    "method": "GET",
    "path": "/reports/2021-06-30/schedules/{reportScheduleId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "reportScheduleId": "ID323"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "reportScheduleId": "ReportScheduleId1",
      "reportType": "FEE_DISCOUNTS_REPORT",
      "period": "PT5M",
      "nextReportCreationTime": "2024-03-12T13:47:20.677Z"
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReportSchedule",
    "method": "GET",
    "path": "/reports/2021-06-30/schedules/{reportScheduleId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "reportScheduleId": "badReportId1"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "cancelReportSchedule",
    "method": "DELETE",
    "path": "/reports/2021-06-30/schedules/{reportScheduleId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "reportScheduleId": "ID"
      },
      "query": {},
      "header": {}
    },
    "response": null
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "cancelReportSchedule",
    "method": "DELETE",
    "path": "/reports/2021-06-30/schedules/{reportScheduleId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReportDocument",
    "method": "GET",
    "path": "/reports/2021-06-30/documents/{reportDocumentId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "reportDocumentId": "0356cf79-b8b0-4226-b4b9-0ee058ea5760"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "reportDocumentId": "0356cf79-b8b0-4226-b4b9-0ee058ea5760",
      "url": "https://d34o8swod1owfl.cloudfront.net/Report_47700__GET_MERCHANT_LISTINGS_ALL_DATA_.txt"
    }
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReportDocument",
    "method": "GET",
    "path": "/reports/2021-06-30/documents/{reportDocumentId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "reportDocumentId": "badDocumentId1"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "getFeeds",
    "method": "GET",
    "path": "/feeds/2021-06-30/feeds",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "feedTypes": [
          "POST_PRODUCT_DATA"
        ],
        "pageSize": 10,
        "processingStatuses": [
          "CANCELLED",
          "DONE"
        ]
      },
      "header": {}
    },
    "response": {
      "feeds": [
        {
          "feedId": "FeedId1",
          "feedType": "POST_PRODUCT_DATA",
          "createdTime": "2024-03-11T13:16:24.630Z",
          "processingStatus": "CANCELLED",
          "processingStartTime": "2024-03-11T13:16:24.630Z",
          "processingEndTime": "2024-03-11T13:16:24.630Z"
        }
      ],
      "nextToken": "VGhpcyB0b2tlbiBpcyBvcGFxdWUgYW5kIGludGVudGlvbmFsbHkgb2JmdXNjYXRlZA=="
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "getFeeds",
    "method": "GET",
    "path": "/feeds/2021-06-30/feeds",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "feedTypes": [
          "POST_PRODUCT_DATA"
        ],
        "processingStatuses": [
          "BAD_VALUE",
          "DONE"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Dates were not provided"
        }
      ]
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "createFeed",
    "method": "POST",
    "path": "/feeds/2021-06-30/feeds",
    "status": 202,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "feedType": "POST_PRODUCT_DATA",
        "marketplaceIds": [
          "ATVPDKIKX0DER",
          "A1F83G8C2ARO7P"
        ],
        "inputFeedDocumentId": "3d4e42b5-1d6e-44e8-a89c-2abfca0625bb"
      }
    },
    "response": {
      "feedId": "3485934"
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "createFeed",
    "method": "POST",
    "path": "/feeds/2021-06-30/feeds",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "marketplaceIds": [
          "ATVPDKIKX0DER",
          "A1F83G8C2ARO7P"
        ],
        "inputFeedDocumentId": "badDocumentId"
      }
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "getFeed",
    "method": "GET",
    "path": "/feeds/2021-06-30/feeds/{feedId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "feedId": "feedId1"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "feedId": "FeedId1",
      "feedType": "POST_PRODUCT_DATA",
      "createdTime": "2024-03-11T13:16:24.630Z",
      "processingStatus": "CANCELLED",
      "processingStartTime": "2024-03-11T13:16:24.630Z",
      "processingEndTime": "2024-03-11T13:16:24.630Z"
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "getFeed",
    "method": "GET",
    "path": "/feeds/2021-06-30/feeds/{feedId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "feedId": "badFeedId1"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "cancelFeed",
    "method": "DELETE",
    "path": "/feeds/2021-06-30/feeds/{feedId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "feedId": "ID1"
      },
      "query": {},
      "header": {}
    },
    "response": null
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "cancelFeed",
    "method": "DELETE",
    "path": "/feeds/2021-06-30/feeds/{feedId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "feedId": "BADID1"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "createFeedDocument",
    "method": "POST",
    "path": "/feeds/2021-06-30/documents",
    "status": 201,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "contentType": "text/tab-separated-values; charset=UTF-8"
      }
    },
    "response": {
      "feedDocumentId": "3d4e42b5-1d6e-44e8-a89c-2abfca0625bb",
      "url": "https://d34o8swod1owfl.cloudfront.net/Feed_101__POST_PRODUCT_DATA_.xml"
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "createFeedDocument",
    "method": "POST",
    "path": "/feeds/2021-06-30/documents",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "getFeedDocument",
    "method": "GET",
    "path": "/feeds/2021-06-30/documents/{feedDocumentId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "feedDocumentId": "0356cf79-b8b0-4226-b4b9-0ee058ea5760"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "feedDocumentId": "0356cf79-b8b0-4226-b4b9-0ee058ea5760",
      "url": "https://d34o8swod1owfl.cloudfront.net/Feed_101__POST_PRODUCT_DATA_.xml"
    }
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "getFeedDocument",
    "method": "GET",
    "path": "/feeds/2021-06-30/documents/{feedDocumentId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "feedDocumentId": "badDocumentId1"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "getListingsItem",
    "method": "GET",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "ignored": {
        "body": null
      }
    },
    "response": {
      "sku": "GM-ZDPI-9B4E",
      "summaries": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "asin": "B071VG5N9D",
          "productType": "LUGGAGE",
          "conditionType": "new_new",
          "status": [
            "BUYABLE"
          ],
          "itemName": "Hardside Carry-On Spinner Suitcase Luggage",
          "createdDate": "2021-02-01T00:00:00Z",
          "lastUpdatedDate": "2021-03-01T00:00:00Z",
          "mainImage": {
            "link": "https://www.example.com/luggage.png",
            "height": 500,
            "width": 500
          }
        },
        {
          "marketplaceId": "A2EUQ1WTGCTBG2",
          "asin": "B071VG5N9D",
          "productType": "LUGGAGE",
          "conditionType": "new_new",
          "status": [],
          "itemName": "Hardside Carry-On Spinner Suitcase Luggage",
          "createdDate": "2021-02-02T01:00:00Z",
          "lastUpdatedDate": "2021-03-05T00:00:00Z",
          "mainImage": {
            "link": "https://www.example.com/luggage.png",
            "height": 500,
            "width": 500
          }
        }
      ],
      "offers": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "offerType": "B2C",
          "price": {
            "currencyCode": "USD",
            "amount": "100.00"
          },
          "audience": {
            "value": "ALL",
            "displayName": "Sell on Amazon"
          }
        },
        {
          "marketplaceId": "A2EUQ1WTGCTBG2",
          "offerType": "B2C",
          "price": {
            "currencyCode": "CAD",
            "amount": "130.00"
          },
          "audience": {
            "value": "ALL",
            "displayName": "Sell on Amazon"
          }
        }
      ],
      "fulfillmentAvailability": [
        {
          "fulfillmentChannelCode": "DEFAULT",
          "quantity": 100
        }
      ],
      "issues": [
        {
          "code": "90220",
          "message": "'size' is required but not supplied.",
          "severity": "ERROR",
          "attributeNames": [
            "size"
          ],
          "categories": [
            "MISSING_ATTRIBUTE"
          ],
          "marketplaceIds": [
            "ATVPDKIKX0DER"
          ]
        },
        {
          "code": "18027",
          "message": "We believe the main image has text, logo, graphic, or watermark that is not permitted for this product type. Submit a compliant image to lift the suppression. Also refer to Product image requirements.",
          "severity": "ERROR",
          "categories": [
            "INVALID_IMAGE"
          ],
          "enforcements": {
            "actions": [
              {
                "action": "SEARCH_SUPPRESSED"
              }
            ],
            "exemption": {
              "status": "EXEMPT_UNTIL_EXPIRY_DATE",
              "expiryDate": "2025-05-28T00:36:48.914Z"
            }
          },
          "marketplaceIds": [
            "ATVPDKIKX0DER",
            "A2EUQ1WTGCTBG2"
          ]
        },
        {
          "code": "99300",
          "message": "Product Detail Page Rules Violation (Inaccurate information on product detail page).",
          "severity": "ERROR",
          "categories": [],
          "enforcements": {
            "actions": [
              {
                "action": "ATTRIBUTE_SUPPRESSED"
              }
            ],
            "exemption": {
              "status": "EXEMPT"
            }
          },
          "marketplaceIds": [
            "ATVPDKIKX0DER",
            "A2EUQ1WTGCTBG2"
          ]
        },
        {
          "code": "18155",
          "message": "The 'minimum price' is greater than the selling price (excluding shipping) for the listing. Review and update your price and/or minimum price.",
          "severity": "ERROR",
          "categories": [
            "INVALID_PRICE"
          ],
          "enforcements": {
            "actions": [
              {
                "action": "LISTING_SUPPRESSED"
              }
            ],
            "exemption": {
              "status": "NOT_EXEMPT"
            }
          },
          "marketplaceIds": [
            "ATVPDKIKX0DER"
          ]
        },
        {
          "code": "18742",
          "message": "Restricted Products Policy Violation",
          "severity": "ERROR",
          "categories": [],
          "enforcements": {
            "actions": [
              {
                "action": "CATALOG_ITEM_REMOVED"
              }
            ],
            "exemption": {
              "status": "NOT_EXEMPT"
            }
          },
          "marketplaceIds": [
            "ATVPDKIKX0DER"
          ]
        }
      ]
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "getListingsItem",
    "method": "GET",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "sku": "BadSKU"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "BAD_REQUEST",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "putListingsItem",
    "method": "PUT",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "sku": "GM-ZDPI-9B4E",
      "status": "ACCEPTED",
      "submissionId": "f1dc2914-75dd-11ea-bc55-0242ac130003",
      "issues": []
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "putListingsItem",
    "method": "PUT",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 200,
    "index": 1,
    "request": {
      "path": {
        "sku": "VALIDATION_VALID"
      },
      "query": {
        "marketplaceIds": [
          "ATVPDKIKX0DER"
        ],
        "includedData": [
          "identifiers",
          "issues"
        ],
        "mode": "VALIDATION_PREVIEW"
      },
      "header": {}
    },
    "response": {
      "sku": "VALIDATION_VALID",
      "status": "VALID",
      "submissionId": "1edc94ea-a3d7-210b-42bc-0ec72c1384762",
      "identifiers": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "asin": "B07N4M94X4"
        }
      ],
      "issues": []
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "putListingsItem",
    "method": "PUT",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 200,
    "index": 2,
    "request": {
      "path": {
        "sku": "VALIDATION_INVALID"
      },
      "query": {
        "marketplaceIds": [
          "ATVPDKIKX0DER"
        ],
        "includedData": [
          "identifiers",
          "issues"
        ],
        "mode": "VALIDATION_PREVIEW"
      },
      "header": {}
    },
    "response": {
      "sku": "VALIDATION_INVALID",
      "status": "INVALID",
      "submissionId": "a1c562c2-1695-11ee-be56-0242ac120002",
      "identifiers": [],
      "issues": [
        {
          "code": "90220",
          "message": "'condition_type' is required but not supplied.",
          "severity": "ERROR",
          "attributeNames": [
            "condition_type"
          ],
          "categories": [
            "MISSING_ATTRIBUTE"
          ],
          "enforcements": {
            "actions": [
              {
                "action": "LISTING_SUPPRESSED"
              }
            ],
            "exemption": {
              "status": "NOT_EXEMPT"
            }
          }
        },
        {
          "code": "90000900",
          "message": "The attributes are invalid.",
          "severity": "ERROR",
          "attributeNames": [
            "fake_attribute"
          ],
          "categories": []
        }
      ]
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "putListingsItem",
    "method": "PUT",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "sku": "BadSKU"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "BAD_REQUEST",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "deleteListingsItem",
    "method": "DELETE",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "sku": "GM-ZDPI-9B4E",
      "status": "ACCEPTED",
      "submissionId": "f1dc2914-75dd-11ea-bc55-0242ac130003",
      "issues": []
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "deleteListingsItem",
    "method": "DELETE",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "sku": "BadSKU"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "BAD_REQUEST",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "patchListingsItem",
    "method": "PATCH",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "sku": "GM-ZDPI-9B4E",
      "status": "ACCEPTED",
      "submissionId": "f1dc2914-75dd-11ea-bc55-0242ac130003",
      "issues": []
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "patchListingsItem",
    "method": "PATCH",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 200,
    "index": 1,
    "request": {
      "path": {
        "sku": "VALIDATION_VALID"
      },
      "query": {
        "marketplaceIds": [
          "ATVPDKIKX0DER"
        ],
        "includedData": [
          "identifiers",
          "issues"
        ],
        "mode": "VALIDATION_PREVIEW"
      },
      "header": {}
    },
    "response": {
      "sku": "VALIDATION_VALID",
      "status": "VALID",
      "submissionId": "1edc94ea-a3d7-210b-42bc-0ec72c1384762",
      "identifiers": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "asin": "B07N4M94X4"
        }
      ],
      "issues": []
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "patchListingsItem",
    "method": "PATCH",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 200,
    "index": 2,
    "request": {
      "path": {
        "sku": "VALIDATION_INVALID"
      },
      "query": {
        "marketplaceIds": [
          "ATVPDKIKX0DER"
        ],
        "includedData": [
          "identifiers",
          "issues"
        ],
        "mode": "VALIDATION_PREVIEW"
      },
      "header": {}
    },
    "response": {
      "sku": "VALIDATION_INVALID",
      "status": "INVALID",
      "submissionId": "a1c562c2-1695-11ee-be56-0242ac120002",
      "identifiers": [],
      "issues": [
        {
          "code": "90000900",
          "message": "The attributes are invalid.",
          "severity": "ERROR",
          "attributeNames": [
            "fake_attribute"
          ],
          "categories": [
            "INVALID_ATTRIBUTE"
          ],
          "enforcements": {
            "actions": [
              {
                "action": "ATTRIBUTE_SUPPRESSED"
              }
            ],
            "exemption": {
              "status": "NOT_EXEMPT"
            }
          }
        }
      ]
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "patchListingsItem",
    "method": "PATCH",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "sku": "BadSKU"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "BAD_REQUEST",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "searchListingsItems",
    "method": "GET",
    "path": "/listings/2021-08-01/items/{sellerId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "identifiersType": "SKU",
        "identifiers": [
          "GM-ZDPI-9B4E",
          "HW-ZDPI-9B4E",
          "TC-ZDPI-9B4E"
        ],
        "marketplaceIds": [
          "ATVPDKIKX0DER",
          "A2EUQ1WTGCTBG2"
        ],
        "includedData": [
          "summaries",
          "offers",
          "fulfillmentAvailability",
          "issues"
        ],
        "pageSize": 1
      },
      "header": {}
    },
    "response": {
      "numberOfResults": 3,
      "pagination": {
        "nextToken": "xsdflkj324lkjsdlkj3423klkjsdfkljlk2j34klj2l3k4jlksdjl234",
        "previousToken": "ilkjsdflkj234lkjds234234lkjl234lksjdflkj234234lkjsfsdflkj333d"
      },
      "items": [
        {
          "sku": "GM-ZDPI-9B4E",
          "summaries": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "asin": "B071VG5N9D",
              "productType": "LUGGAGE",
              "conditionType": "new_new",
              "status": [
                "BUYABLE"
              ],
              "itemName": "Hardside Carry-On Spinner Suitcase Luggage",
              "createdDate": "2021-02-01T00:00:00Z",
              "lastUpdatedDate": "2021-03-01T00:00:00Z",
              "mainImage": {
                "link": "https://www.example.com/luggage.png",
                "height": 500,
                "width": 500
              }
            },
            {
              "marketplaceId": "A2EUQ1WTGCTBG2",
              "asin": "B071VG5N9D",
              "productType": "LUGGAGE",
              "conditionType": "new_new",
              "status": [],
              "itemName": "Hardside Carry-On Spinner Suitcase Luggage",
              "createdDate": "2021-02-02T01:00:00Z",
              "lastUpdatedDate": "2021-03-05T00:00:00Z",
              "mainImage": {
                "link": "https://www.example.com/luggage.png",
                "height": 500,
                "width": 500
              }
            }
          ],
          "offers": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "offerType": "B2C",
              "price": {
                "currencyCode": "USD",
                "amount": "100.00"
              }
            },
            {
              "marketplaceId": "A2EUQ1WTGCTBG2",
              "offerType": "B2C",
              "price": {
                "currencyCode": "CAD",
                "amount": "130.00"
              }
            }
          ],
          "fulfillmentAvailability": [
            {
              "fulfillmentChannelCode": "DEFAULT",
              "quantity": 100
            }
          ],
          "issues": [
            {
              "code": "90220",
              "message": "'size' is required but not supplied.",
              "severity": "ERROR",
              "attributeNames": [
                "size"
              ],
              "categories": [
                "MISSING_ATTRIBUTE"
              ],
              "marketplaceIds": [
                "ATVPDKIKX0DER"
              ]
            },
            {
              "code": "18027",
              "message": "We believe the main image has text, logo, graphic, or watermark that is not permitted for this product type. Submit a compliant image to lift the suppression. Also refer to Product image requirements.",
              "severity": "ERROR",
              "categories": [
                "INVALID_IMAGE"
              ],
              "enforcements": {
                "actions": [
                  {
                    "action": "SEARCH_SUPPRESSED"
                  }
                ],
                "exemption": {
                  "status": "EXEMPT_UNTIL_EXPIRY_DATE",
                  "expiryDate": "2025-05-28T00:36:48.914Z"
                }
              },
              "marketplaceIds": [
                "ATVPDKIKX0DER",
                "A2EUQ1WTGCTBG2"
              ]
            },
            {
              "code": "99300",
              "message": "Product Detail Page Rules Violation (Inaccurate information on product detail page).",
              "severity": "ERROR",
              "categories": [],
              "enforcements": {
                "actions": [
                  {
                    "action": "ATTRIBUTE_SUPPRESSED"
                  }
                ],
                "exemption": {
                  "status": "EXEMPT"
                }
              },
              "marketplaceIds": [
                "ATVPDKIKX0DER",
                "A2EUQ1WTGCTBG2"
              ]
            },
            {
              "code": "18155",
              "message": "The 'minimum price' is greater than the selling price (excluding shipping) for the listing. Review and update your price and/or minimum price.",
              "severity": "ERROR",
              "categories": [
                "INVALID_PRICE"
              ],
              "enforcements": {
                "actions": [
                  {
                    "action": "LISTING_SUPPRESSED"
                  }
                ],
                "exemption": {
                  "status": "NOT_EXEMPT"
                }
              },
              "marketplaceIds": [
                "ATVPDKIKX0DER"
              ]
            },
            {
              "code": "18742",
              "message": "Restricted Products Policy Violation",
              "severity": "ERROR",
              "categories": [],
              "enforcements": {
                "actions": [
                  {
                    "action": "CATALOG_ITEM_REMOVED"
                  }
                ],
                "exemption": {
                  "status": "NOT_EXEMPT"
                }
              },
              "marketplaceIds": [
                "ATVPDKIKX0DER"
              ]
            }
          ]
        }
      ]
    }
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "searchListingsItems",
    "method": "GET",
    "path": "/listings/2021-08-01/items/{sellerId}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "sellerId": "SellerId"
      },
      "query": {
        "marketplaceIds": [
          "invalid"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "BAD_REQUEST",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "tokens_2021-03-01",
    "operationId": "createRestrictedDataToken",
    "method": "POST",
    "path": "/tokens/2021-03-01/restrictedDataToken",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "targetApplication": "amzn1.sellerapps.app.target-application",
        "restrictedResources": [
          {
            "method": "GET",
            "path": "/orders/v0/orders/{orderId}/address"
          }
        ]
      }
    },
    "response": {
      "restrictedDataToken": "Atz.sprdt|IQEBLjAsAhRmHjNgHpi0U-Dme37rR6CuUpSR",
      "expiresIn": 3600
    }
  },
  {
    "api": "tokens_2021-03-01",
    "operationId": "createRestrictedDataToken",
    "method": "POST",
    "path": "/tokens/2021-03-01/restrictedDataToken",
    "status": 200,
    "index": 1,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "restrictedResources": [
          {
            "method": "GET",
            "path": "/orders/v0/orders/943-12-123434/address"
          }
        ]
      }
    },
    "response": {
      "restrictedDataToken": "Atz.sprdt|AODFNESLjAsAhRmHjNgHpi0U-Dme37rR6CuUpSR",
      "expiresIn": 3600
    }
  },
  {
    "api": "tokens_2021-03-01",
    "operationId": "createRestrictedDataToken",
    "method": "POST",
    "path": "/tokens/2021-03-01/restrictedDataToken",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {},
      "body": {
        "targetApplication": "amzn1.sellerapps.app.target-application",
        "restrictedResources": [
          {
            "method": "",
            "path": "/orders/v1/orders/902-1845936-5435065/address"
          }
        ]
      }
    },
    "response": {
      "errors": [
        {
          "code": "InvalidRequest",
          "message": "Request is missing or has invalid parameters",
          "details": "Resource not provided."
        }
      ]
    }
  },
  {
    "api": "sellers",
    "operationId": "getMarketplaceParticipations",
    "method": "GET",
    "path": "/sellers/v1/marketplaceParticipations",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "payload": [
        {
          "marketplace": {
            "id": "ATVPDKIKX0DER",
            "countryCode": "US",
            "name": "Amazon.com",
            "defaultCurrencyCode": "USD",
            "defaultLanguageCode": "en_US",
            "domainName": "www.amazon.com"
          },
          "storeName": "BestSellerStore",
          "participation": {
            "isParticipating": true,
            "hasSuspendedListings": false
          }
        }
      ]
    }
  },
  {
    "api": "sellers",
    "operationId": "getAccount",
    "method": "GET",
    "path": "/sellers/v1/account",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "businessType": "PRIVATE_LIMITED",
        "marketplaceParticipationList": [
          {
            "marketplace": {
              "id": "ATVPDKIKX0DER",
              "name": "United States",
              "countryCode": "US",
              "domainName": "www.amazon.com"
            },
            "storeName": "BestSellerStore",
            "participation": {
              "isParticipating": true,
              "hasSuspendedListings": false
            }
          }
        ],
        "sellingPlan": "PROFESSIONAL",
        "business": {
          "name": "BestSeller Inc.",
          "nonLatinName": "ベストセラー株式会社",
          "registeredBusinessAddress": {
            "addressLine1": "123 Main St",
            "addressLine2": "Suite 500",
            "city": "Seattle",
            "stateOrProvinceCode": "WA",
            "postalCode": "98101",
            "countryCode": "US"
          },
          "companyRegistrationNumber": "123456789",
          "companyTaxIdentificationNumber": "987654321"
        },
        "primaryContact": {
          "name": "John Doe",
          "nonLatinName": "ジョン・ドゥ",
          "address": {
            "addressLine1": "456 Oak St",
            "addressLine2": "Apt 12",
            "city": "Seattle",
            "stateOrProvinceCode": "WA",
            "postalCode": "98102",
            "countryCode": "US"
          }
        }
      }
    }
  },
  {
    "api": "sellers",
    "operationId": "getAccount",
    "method": "GET",
    "path": "/sellers/v1/account",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "InvalidInput",
          "message": "Invalid Input"
        }
      ]
    }
  },
  {
    "api": "productTypeDefinitions_2020-09-01",
    "operationId": "searchDefinitionsProductTypes",
    "method": "GET",
    "path": "/definitions/2020-09-01/productTypes",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "productTypes": [
        {
          "name": "LUGGAGE",
          "displayName": "Luggage",
          "marketplaceIds": [
            "ATVPDKIKX0DER"
          ]
        }
      ],
      "productTypeVersion": "UHqSqmb4FNUk="
    }
  },
  {
    "api": "productTypeDefinitions_2020-09-01",
    "operationId": "searchDefinitionsProductTypes",
    "method": "GET",
    "path": "/definitions/2020-09-01/productTypes",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "keywords": [
          "Invalid Request"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "BAD_REQUEST",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "productTypeDefinitions_2020-09-01",
    "operationId": "getDefinitionsProductType",
    "method": "GET",
    "path": "/definitions/2020-09-01/productTypes/{productType}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "metaSchema": {
        "link": {
          "resource": "https://meta-schema-url",
          "verb": "GET"
        },
        "checksum": "c7af9479ca7261645cea9db56c5f720d"
      },
      "schema": {
        "link": {
          "resource": "https://schema-url",
          "verb": "GET"
        },
        "checksum": "c7af9479ca7261645cea9db56c5f720d"
      },
      "requirements": "LISTING",
      "requirementsEnforced": "ENFORCED",
      "propertyGroups": {
        "product_identity": {
          "title": "Product Identity",
          "description": "Information to uniquely identify your product (e.g., UPC, EAN, GTIN, Product Type, Brand)",
          "propertyNames": [
            "item_name",
            "brand",
            "external_product_id",
            "gtin_exemption_reason",
            "merchant_suggested_asin",
            "product_type",
            "product_category",
            "product_subcategory",
            "item_type_keyword"
          ]
        }
      },
      "locale": "en_US",
      "marketplaceIds": [
        "ATVPDKIKX0DER"
      ],
      "productType": "LUGGAGE",
      "displayName": "Luggage",
      "productTypeVersion": {
        "version": "UHqSqmb4FNUk=",
        "latest": true,
        "releaseCandidate": false
      }
    }
  },
  {
    "api": "productTypeDefinitions_2020-09-01",
    "operationId": "getDefinitionsProductType",
    "method": "GET",
    "path": "/definitions/2020-09-01/productTypes/{productType}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "productType": "INVALID"
      },
      "query": {},
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "BAD_REQUEST",
          "message": "Invalid input",
          "details": "Invalid input"
        }
      ]
    }
  },
  {
    "api": "notifications",
    "operationId": "getSubscriptions",
    "method": "GET",
    "path": "/notifications/v1/subscriptions",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "notificationTypes": [
          "ANY_OFFER_CHANGED"
        ]
      },
      "header": {}
    },
    "response": {
      "payload": {
        "subscriptions": [
          {
            "subscriptionId": "7fcacc7e-727b-11e9-8848-1681be663d3e",
            "payloadVersion": "1.0",
            "destinationId": "3acafc7e-121b-1329-8ae8-1571be663aa2"
          }
        ]
      }
    }
  },
  {
    "api": "notifications",
    "operationId": "getSubscription",
    "method": "GET",
    "path": "/notifications/v1/subscriptions/{notificationType}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "subscriptionId": "TEST_CASE_200_SUBSCRIPTION_ID",
        "payloadVersion": "1.0",
        "destinationId": "TEST_CASE_200_DESTINATION_ID"
      }
    }
  },
  {
    "api": "notifications",
    "operationId": "createSubscription",
    "method": "POST",
    "path": "/notifications/v1/subscriptions/{notificationType}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "subscriptionId": "TEST_CASE_200_SUBSCRIPTION_ID",
        "payloadVersion": "1.0",
        "destinationId": "TEST_CASE_200_DESTINATION_ID"
      }
    }
  },
  {
    "api": "notifications",
    "operationId": "getSubscriptionById",
    "method": "GET",
    "path": "/notifications/v1/subscriptions/{notificationType}/{subscriptionId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "subscriptionId": "TEST_CASE_200_SUBSCRIPTION_ID",
        "payloadVersion": "1.0",
        "destinationId": "TEST_CASE_200_DESTINATION_ID"
      }
    }
  },
  {
    "api": "notifications",
    "operationId": "deleteSubscriptionById",
    "method": "DELETE",
    "path": "/notifications/v1/subscriptions/{notificationType}/{subscriptionId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {}
  },
  {
    "api": "notifications",
    "operationId": "getDestinations",
    "method": "GET",
    "path": "/notifications/v1/destinations",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "payload": [
        {
          "destinationId": "TEST_CASE_200",
          "resource": {
            "sqs": {
              "arn": "arn:aws:sqs:us-east-2:444455556666:queue1"
            }
          },
          "name": "SQSDestination"
        }
      ]
    }
  },
  {
    "api": "notifications",
    "operationId": "createDestination",
    "method": "POST",
    "path": "/notifications/v1/destinations",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "destinationId": "TEST_CASE_200_DESTINATION_ID",
        "resource": {
          "sqs": {
            "arn": "arn:aws:sqs:us-east-2:444455556666:queue1"
          }
        },
        "name": "SQSDestination"
      }
    }
  },
  {
    "api": "notifications",
    "operationId": "getDestination",
    "method": "GET",
    "path": "/notifications/v1/destinations/{destinationId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {
      "payload": {
        "destinationId": "TEST_CASE_200_DESTINATION",
        "resource": {
          "sqs": {
            "arn": "arn:aws:sqs:us-east-2:444455556666:queue1"
          }
        },
        "name": "SQSDestination"
      }
    }
  },
  {
    "api": "notifications",
    "operationId": "deleteDestination",
    "method": "DELETE",
    "path": "/notifications/v1/destinations/{destinationId}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {},
      "header": {}
    },
    "response": {}
  },
  {
    "api": "catalogItems_2022-04-01",
    "operationId": "searchCatalogItems",
    "method": "GET",
    "path": "/catalog/2022-04-01/items",
    "status": 200,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "keywords": [
          "samsung",
          "tv"
        ],
        "marketplaceIds": [
          "ATVPDKIKX0DER"
        ],
        "includedData": [
          "classifications",
          "dimensions",
          "identifiers",
          "images",
          "productTypes",
          "relationships",
          "salesRanks",
          "summaries",
          "vendorDetails"
        ]
      },
      "header": {}
    },
    "response": {
      "numberOfResults": 1,
      "pagination": {
        "nextToken": "xsdflkj324lkjsdlkj3423klkjsdfkljlk2j34klj2l3k4jlksdjl234",
        "previousToken": "ilkjsdflkj234lkjds234234lkjl234lksjdflkj234234lkjsfsdflkj333d"
      },
      "refinements": {
        "brands": [
          {
            "numberOfResults": 1,
            "brandName": "SAMSUNG"
          }
        ],
        "classifications": [
          {
            "numberOfResults": 1,
            "displayName": "Electronics",
            "classificationId": "493964"
          }
        ]
      },
      "items": [
        {
          "asin": "B07N4M94X4",
          "classifications": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "classifications": [
                {
                  "displayName": "QLED TVs",
                  "classificationId": "21489946011",
                  "parent": {
                    "displayName": "Televisions",
                    "classificationId": "172659",
                    "parent": {
                      "displayName": "Television & Video",
                      "classificationId": "1266092011",
                      "parent": {
                        "displayName": "Electronics",
                        "classificationId": "172282"
                      }
                    }
                  }
                }
              ]
            }
          ],
          "dimensions": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "item": {
                "height": {
                  "unit": "inches",
                  "value": 41.4
                },
                "length": {
                  "unit": "inches",
                  "value": 2.4
                },
                "weight": {
                  "unit": "pounds",
                  "value": 107.6
                },
                "width": {
                  "unit": "inches",
                  "value": 72.4
                }
              },
              "package": {
                "height": {
                  "unit": "inches",
                  "value": 10.49999998929
                },
                "length": {
                  "unit": "inches",
                  "value": 79.9999999184
                },
                "weight": {
                  "unit": "kilograms",
                  "value": 62.142
                },
                "width": {
                  "unit": "inches",
                  "value": 47.99999995104
                }
              }
            }
          ],
          "identifiers": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "identifiers": [
                {
                  "identifier": "0887276302195",
                  "identifierType": "EAN"
                },
                {
                  "identifier": "00887276302195",
                  "identifierType": "GTIN"
                },
                {
                  "identifier": "887276302195",
                  "identifierType": "UPC"
                }
              ]
            }
          ],
          "images": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "images": [
                {
                  "variant": "MAIN",
                  "link": "https://m.media-amazon.com/images/I/91uohwV+k3L.jpg",
                  "height": 1707,
                  "width": 2560
                },
                {
                  "variant": "MAIN",
                  "link": "https://m.media-amazon.com/images/I/51DZzp3w3vL.jpg",
                  "height": 333,
                  "width": 500
                },
                {
                  "variant": "PT01",
                  "link": "https://m.media-amazon.com/images/I/81w2rTVShlL.jpg",
                  "height": 2560,
                  "width": 2560
                },
                {
                  "variant": "PT01",
                  "link": "https://m.media-amazon.com/images/I/41Px9eq9tkL.jpg",
                  "height": 500,
                  "width": 500
                },
                {
                  "variant": "PT02",
                  "link": "https://m.media-amazon.com/images/I/51NTNhdhPyL.jpg",
                  "height": 375,
                  "width": 500
                },
                {
                  "variant": "PT03",
                  "link": "https://m.media-amazon.com/images/I/51o4zpL+A3L.jpg",
                  "height": 375,
                  "width": 500
                },
                {
                  "variant": "PT04",
                  "link": "https://m.media-amazon.com/images/I/71ux2k9GAZL.jpg",
                  "height": 1000,
                  "width": 1000
                },
                {
                  "variant": "PT04",
                  "link": "https://m.media-amazon.com/images/I/61UUX63yw1L.jpg",
                  "height": 500,
                  "width": 500
                },
                {
                  "variant": "PT05",
                  "link": "https://m.media-amazon.com/images/I/61LwHkljX-L.jpg",
                  "height": 1000,
                  "width": 1000
                },
                {
                  "variant": "PT05",
                  "link": "https://m.media-amazon.com/images/I/51wJTQty3PL.jpg",
                  "height": 500,
                  "width": 500
                },
                {
                  "variant": "PT06",
                  "link": "https://m.media-amazon.com/images/I/61uvoB4VvoL.jpg",
                  "height": 1000,
                  "width": 1000
                },
                {
                  "variant": "PT06",
                  "link": "https://m.media-amazon.com/images/I/51ZexIO628L.jpg",
                  "height": 500,
                  "width": 500
                },
                {
                  "variant": "PT07",
                  "link": "https://m.media-amazon.com/images/I/7121MGd2ncL.jpg",
                  "height": 1000,
                  "width": 1000
                },
                {
                  "variant": "PT07",
                  "link": "https://m.media-amazon.com/images/I/61QK+JBMrGL.jpg",
                  "height": 500,
                  "width": 500
                },
                {
                  "variant": "PT08",
                  "link": "https://m.media-amazon.com/images/I/61ECcGlG4IL.jpg",
                  "height": 1080,
                  "width": 1920
                },
                {
                  "variant": "PT08",
                  "link": "https://m.media-amazon.com/images/I/31TxwfqvB5L.jpg",
                  "height": 281,
                  "width": 500
                }
              ]
            }
          ],
          "productTypes": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "productType": "TELEVISION"
            }
          ],
          "salesRanks": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "classificationRanks": [
                {
                  "classificationId": "21489946011",
                  "title": "QLED TVs",
                  "link": "http://www.amazon.com/gp/bestsellers/electronics/21489946011",
                  "rank": 113
                }
              ],
              "displayGroupRanks": [
                {
                  "websiteDisplayGroup": "ce_display_on_website",
                  "title": "Electronics",
                  "link": "http://www.amazon.com/gp/bestsellers/electronics",
                  "rank": 72855
                }
              ]
            }
          ],
          "summaries": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "brand": "SAMSUNG",
              "browseClassification": {
                "displayName": "QLED TVs",
                "classificationId": "21489946011"
              },
              "color": "Black",
              "itemClassification": "BASE_PRODUCT",
              "itemName": "Samsung QN82Q60RAFXZA Flat 82-Inch QLED 4K Q60 Series (2019) Ultra HD Smart TV with HDR and Alexa Compatibility",
              "manufacturer": "Samsung",
              "modelNumber": "QN82Q60RAFXZA",
              "packageQuantity": 1,
              "partNumber": "QN82Q60RAFXZA",
              "size": "82-Inch",
              "style": "TV only",
              "websiteDisplayGroup": "home_theater_display_on_website",
              "websiteDisplayGroupName": "Home Theater"
            }
          ],
          "relationships": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "relationships": [
                {
                  "type": "VARIATION",
                  "parentAsins": [
                    "B08J7TQ9FL"
                  ],
                  "variationTheme": {
                    "attributes": [
                      "color",
                      "size"
                    ],
                    "theme": "SIZE_NAME/COLOR_NAME"
                  }
                }
              ]
            }
          ],
          "vendorDetails": [
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "brandCode": "SAMF9",
              "manufacturerCode": "SAMF9",
              "manufacturerCodeParent": "SAMF9",
              "productCategory": {
                "displayName": "Televisions",
                "value": "50400100"
              },
              "productGroup": "Home Entertainment",
              "productSubcategory": {
                "displayName": "Plasma TVs",
                "value": "50400120"
              },
              "replenishmentCategory": "OBSOLETE"
            }
          ]
        }
      ]
    }
  },
  {
    "api": "catalogItems_2022-04-01",
    "operationId": "searchCatalogItems",
    "method": "GET",
    "path": "/catalog/2022-04-01/items",
    "status": 400,
    "index": 0,
    "request": {
      "path": {},
      "query": {
        "keywords": [
          "samsung",
          "tv"
        ],
        "marketplaceIds": [
          ""
        ],
        "includedData": [
          "classifications",
          "dimensions",
          "identifiers",
          "images",
          "productTypes",
          "relationships",
          "salesRanks",
          "summaries",
          "vendorDetails"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Request has missing or invalid parameters and cannot be parsed."
        }
      ]
    }
  },
  {
    "api": "catalogItems_2022-04-01",
    "operationId": "getCatalogItem",
    "method": "GET",
    "path": "/catalog/2022-04-01/items/{asin}",
    "status": 200,
    "index": 0,
    "request": {
      "path": {
        "asin": "B07N4M94X4"
      },
      "query": {
        "marketplaceIds": [
          "ATVPDKIKX0DER"
        ],
        "includedData": [
          "classifications",
          "dimensions",
          "identifiers",
          "images",
          "productTypes",
          "relationships",
          "salesRanks",
          "summaries",
          "vendorDetails"
        ]
      },
      "header": {}
    },
    "response": {
      "asin": "B07N4M94X4",
      "classifications": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "classifications": [
            {
              "displayName": "QLED TVs",
              "classificationId": "21489946011",
              "parent": {
                "displayName": "Televisions",
                "classificationId": "172659",
                "parent": {
                  "displayName": "Television & Video",
                  "classificationId": "1266092011",
                  "parent": {
                    "displayName": "Electronics",
                    "classificationId": "172282"
                  }
                }
              }
            }
          ]
        }
      ],
      "dimensions": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "item": {
            "height": {
              "unit": "inches",
              "value": 41.4
            },
            "length": {
              "unit": "inches",
              "value": 2.4
            },
            "weight": {
              "unit": "pounds",
              "value": 107.6
            },
            "width": {
              "unit": "inches",
              "value": 72.4
            }
          },
          "package": {
            "height": {
              "unit": "inches",
              "value": 10.49999998929
            },
            "length": {
              "unit": "inches",
              "value": 79.9999999184
            },
            "weight": {
              "unit": "kilograms",
              "value": 62.142
            },
            "width": {
              "unit": "inches",
              "value": 47.99999995104
            }
          }
        }
      ],
      "identifiers": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "identifiers": [
            {
              "identifier": "0887276302195",
              "identifierType": "EAN"
            },
            {
              "identifier": "00887276302195",
              "identifierType": "GTIN"
            },
            {
              "identifier": "887276302195",
              "identifierType": "UPC"
            }
          ]
        }
      ],
      "images": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "images": [
            {
              "variant": "MAIN",
              "link": "https://m.media-amazon.com/images/I/91uohwV+k3L.jpg",
              "height": 1707,
              "width": 2560
            },
            {
              "variant": "MAIN",
              "link": "https://m.media-amazon.com/images/I/51DZzp3w3vL.jpg",
              "height": 333,
              "width": 500
            },
            {
              "variant": "PT01",
              "link": "https://m.media-amazon.com/images/I/81w2rTVShlL.jpg",
              "height": 2560,
              "width": 2560
            },
            {
              "variant": "PT01",
              "link": "https://m.media-amazon.com/images/I/41Px9eq9tkL.jpg",
              "height": 500,
              "width": 500
            },
            {
              "variant": "PT02",
              "link": "https://m.media-amazon.com/images/I/51NTNhdhPyL.jpg",
              "height": 375,
              "width": 500
            },
            {
              "variant": "PT03",
              "link": "https://m.media-amazon.com/images/I/51o4zpL+A3L.jpg",
              "height": 375,
              "width": 500
            },
            {
              "variant": "PT04",
              "link": "https://m.media-amazon.com/images/I/71ux2k9GAZL.jpg",
              "height": 1000,
              "width": 1000
            },
            {
              "variant": "PT04",
              "link": "https://m.media-amazon.com/images/I/61UUX63yw1L.jpg",
              "height": 500,
              "width": 500
            },
            {
              "variant": "PT05",
              "link": "https://m.media-amazon.com/images/I/61LwHkljX-L.jpg",
              "height": 1000,
              "width": 1000
            },
            {
              "variant": "PT05",
              "link": "https://m.media-amazon.com/images/I/51wJTQty3PL.jpg",
              "height": 500,
              "width": 500
            },
            {
              "variant": "PT06",
              "link": "https://m.media-amazon.com/images/I/61uvoB4VvoL.jpg",
              "height": 1000,
              "width": 1000
            },
            {
              "variant": "PT06",
              "link": "https://m.media-amazon.com/images/I/51ZexIO628L.jpg",
              "height": 500,
              "width": 500
            },
            {
              "variant": "PT07",
              "link": "https://m.media-amazon.com/images/I/7121MGd2ncL.jpg",
              "height": 1000,
              "width": 1000
            },
            {
              "variant": "PT07",
              "link": "https://m.media-amazon.com/images/I/61QK+JBMrGL.jpg",
              "height": 500,
              "width": 500
            },
            {
              "variant": "PT08",
              "link": "https://m.media-amazon.com/images/I/61ECcGlG4IL.jpg",
              "height": 1080,
              "width": 1920
            },
            {
              "variant": "PT08",
              "link": "https://m.media-amazon.com/images/I/31TxwfqvB5L.jpg",
              "height": 281,
              "width": 500
            }
          ]
        }
      ],
      "productTypes": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "productType": "TELEVISION"
        }
      ],
      "salesRanks": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "classificationRanks": [
            {
              "classificationId": "21489946011",
              "title": "QLED TVs",
              "link": "http://www.amazon.com/gp/bestsellers/electronics/21489946011",
              "rank": 113
            }
          ],
          "displayGroupRanks": [
            {
              "websiteDisplayGroup": "ce_display_on_website",
              "title": "Electronics",
              "link": "http://www.amazon.com/gp/bestsellers/electronics",
              "rank": 72855
            }
          ]
        }
      ],
      "summaries": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "brand": "SAMSUNG",
          "browseClassification": {
            "displayName": "QLED TVs",
            "classificationId": "21489946011"
          },
          "color": "Black",
          "itemClassification": "BASE_PRODUCT",
          "itemName": "Samsung QN82Q60RAFXZA Flat 82-Inch QLED 4K Q60 Series (2019) Ultra HD Smart TV with HDR and Alexa Compatibility",
          "manufacturer": "Samsung",
          "modelNumber": "QN82Q60RAFXZA",
          "packageQuantity": 1,
          "partNumber": "QN82Q60RAFXZA",
          "size": "82-Inch",
          "style": "TV only",
          "websiteDisplayGroup": "home_theater_display_on_website",
          "websiteDisplayGroupName": "Home Theater"
        }
      ],
      "relationships": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "relationships": [
            {
              "type": "VARIATION",
              "parentAsins": [
                "B08J7TQ9FL"
              ],
              "variationTheme": {
                "attributes": [
                  "color",
                  "size"
                ],
                "theme": "SIZE_NAME/COLOR_NAME"
              }
            }
          ]
        }
      ],
      "vendorDetails": [
        {
          "marketplaceId": "ATVPDKIKX0DER",
          "brandCode": "SAMF9",
          "manufacturerCode": "SAMF9",
          "manufacturerCodeParent": "SAMF9",
          "productCategory": {
            "displayName": "Televisions",
            "value": "50400100"
          },
          "productGroup": "Home Entertainment",
          "productSubcategory": {
            "displayName": "Plasma TVs",
            "value": "50400120"
          },
          "replenishmentCategory": "OBSOLETE"
        }
      ]
    }
  },
  {
    "api": "catalogItems_2022-04-01",
    "operationId": "getCatalogItem",
    "method": "GET",
    "path": "/catalog/2022-04-01/items/{asin}",
    "status": 400,
    "index": 0,
    "request": {
      "path": {
        "asin": ""
      },
      "query": {
        "marketplaceIds": [
          "ATVPDKIKX0DER"
        ],
        "includedData": [
          "classifications",
          "dimensions",
          "identifiers",
          "images",
          "productTypes",
          "relationships",
          "salesRanks",
          "summaries",
          "vendorDetails"
        ]
      },
      "header": {}
    },
    "response": {
      "errors": [
        {
          "code": "400",
          "message": "Request has missing or invalid parameters and cannot be parsed."
        }
      ]
    }
  }
];
