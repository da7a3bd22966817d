// ---------------------------------------------------------------------------------------
// GENERATED FILE: DO NOT EDIT. Written by `npm run generate` (scripts/generate.mjs) from:
//   amazon/rate-limits.json (sha256 eadecd464067eec1)
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

/** How an operation is restricted: an RDT replaces the access token when it applies. */
export type RestrictedKind = false | "always" | "dataElements" | "reportType";

/** One SP-API operation with Amazon's default usage plan (the live limit may differ: x-amzn-RateLimit-Limit). */
export interface OperationInfo {
  readonly api: AmazonApi;
  readonly operationId: string;
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
  /** Path template as in the model, e.g. `/orders/v0/orders/{orderId}`. */
  readonly path: string;
  /** Requests per second; null where the model states no usage plan. */
  readonly rate: number | null;
  /** Bucket size; null where the model states no usage plan. */
  readonly burst: number | null;
  readonly restricted: RestrictedKind;
  /** Restricted data elements (RDT `dataElements`) the operation can return. */
  readonly dataElements: readonly string[];
  readonly deprecated: boolean;
  readonly sandboxOnly: boolean;
  readonly requiredQuery: readonly string[];
}

export const amazonApis = [
  "ordersV0",
  "orders_2026-01-01",
  "financesV0",
  "finances_2024-06-19",
  "transfers_2024-06-01",
  "financesInvoices_2026-06-25",
  "reports_2021-06-30",
  "feeds_2021-06-30",
  "listingsItems_2021-08-01",
  "fbaInventory",
  "tokens_2021-03-01",
  "sellers",
  "productTypeDefinitions_2020-09-01",
  "notifications",
  "catalogItems_2022-04-01"
] as const;

export type AmazonApi = (typeof amazonApis)[number];

export const operations: readonly OperationInfo[] = [
  {
    "api": "ordersV0",
    "operationId": "getOrders",
    "method": "GET",
    "path": "/orders/v0/orders",
    "rate": 0.0167,
    "burst": 20,
    "restricted": "dataElements",
    "dataElements": [
      "buyerInfo",
      "shippingAddress"
    ],
    "deprecated": true,
    "sandboxOnly": false,
    "requiredQuery": [
      "MarketplaceIds"
    ]
  },
  {
    "api": "ordersV0",
    "operationId": "getOrder",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}",
    "rate": 0.5,
    "burst": 30,
    "restricted": "dataElements",
    "dataElements": [
      "buyerInfo",
      "shippingAddress"
    ],
    "deprecated": true,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderBuyerInfo",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/buyerInfo",
    "rate": 0.5,
    "burst": 30,
    "restricted": "always",
    "dataElements": [
      "buyerInfo"
    ],
    "deprecated": true,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderAddress",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/address",
    "rate": 0.5,
    "burst": 30,
    "restricted": "always",
    "dataElements": [
      "shippingAddress"
    ],
    "deprecated": true,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderItems",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/orderItems",
    "rate": 0.5,
    "burst": 30,
    "restricted": "dataElements",
    "dataElements": [
      "buyerInfo"
    ],
    "deprecated": true,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderItemsBuyerInfo",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/orderItems/buyerInfo",
    "rate": 0.5,
    "burst": 30,
    "restricted": "always",
    "dataElements": [
      "buyerInfo"
    ],
    "deprecated": true,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "ordersV0",
    "operationId": "updateShipmentStatus",
    "method": "POST",
    "path": "/orders/v0/orders/{orderId}/shipment",
    "rate": 5,
    "burst": 15,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "ordersV0",
    "operationId": "getOrderRegulatedInfo",
    "method": "GET",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "rate": 0.5,
    "burst": 30,
    "restricted": "always",
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "ordersV0",
    "operationId": "updateVerificationStatus",
    "method": "PATCH",
    "path": "/orders/v0/orders/{orderId}/regulatedInfo",
    "rate": 0.5,
    "burst": 30,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "ordersV0",
    "operationId": "confirmShipment",
    "method": "POST",
    "path": "/orders/v0/orders/{orderId}/shipmentConfirmation",
    "rate": 2,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "orders_2026-01-01",
    "operationId": "searchOrders",
    "method": "GET",
    "path": "/orders/2026-01-01/orders",
    "rate": 0.0056,
    "burst": 20,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceIds"
    ]
  },
  {
    "api": "orders_2026-01-01",
    "operationId": "getOrder",
    "method": "GET",
    "path": "/orders/2026-01-01/orders/{orderId}",
    "rate": 0.5,
    "burst": 30,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEventGroups",
    "method": "GET",
    "path": "/finances/v0/financialEventGroups",
    "rate": 0.5,
    "burst": 30,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEventsByGroupId",
    "method": "GET",
    "path": "/finances/v0/financialEventGroups/{eventGroupId}/financialEvents",
    "rate": 0.5,
    "burst": 30,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEventsByOrderId",
    "method": "GET",
    "path": "/finances/v0/orders/{orderId}/financialEvents",
    "rate": 0.5,
    "burst": 30,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "financesV0",
    "operationId": "listFinancialEvents",
    "method": "GET",
    "path": "/finances/v0/financialEvents",
    "rate": 0.5,
    "burst": 30,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "finances_2024-06-19",
    "operationId": "listTransactions",
    "method": "GET",
    "path": "/finances/2024-06-19/transactions",
    "rate": 0.5,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "finances_2024-06-19",
    "operationId": "listBalances",
    "method": "GET",
    "path": "/finances/2024-06-19/balances",
    "rate": 0.5,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "finances_2024-06-19",
    "operationId": "listSummary",
    "method": "GET",
    "path": "/finances/2024-06-19/summary",
    "rate": 0.5,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "listPayouts",
    "method": "GET",
    "path": "/finances/transfers/2024-06-01/payouts",
    "rate": 0.5,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "initiatePayout",
    "method": "POST",
    "path": "/finances/transfers/2024-06-01/payouts",
    "rate": 0.017,
    "burst": 2,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "getPaymentMethods",
    "method": "GET",
    "path": "/finances/transfers/2024-06-01/paymentMethods",
    "rate": 0.5,
    "burst": 30,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceId"
    ]
  },
  {
    "api": "transfers_2024-06-01",
    "operationId": "listExpectedPayouts",
    "method": "GET",
    "path": "/finances/transfers/2024-06-01/payouts/expected",
    "rate": 0.5,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "financesInvoices_2026-06-25",
    "operationId": "getInvoiceHeaders",
    "method": "GET",
    "path": "/finances/invoices/2026-06-25/invoices",
    "rate": null,
    "burst": null,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceId"
    ]
  },
  {
    "api": "financesInvoices_2026-06-25",
    "operationId": "getInvoice",
    "method": "GET",
    "path": "/finances/invoices/2026-06-25/invoices/{invoiceIdentifier}",
    "rate": null,
    "burst": null,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceId"
    ]
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReports",
    "method": "GET",
    "path": "/reports/2021-06-30/reports",
    "rate": 0.0222,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "createReport",
    "method": "POST",
    "path": "/reports/2021-06-30/reports",
    "rate": 0.0167,
    "burst": 15,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReport",
    "method": "GET",
    "path": "/reports/2021-06-30/reports/{reportId}",
    "rate": 2,
    "burst": 15,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "cancelReport",
    "method": "DELETE",
    "path": "/reports/2021-06-30/reports/{reportId}",
    "rate": 0.0222,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReportSchedules",
    "method": "GET",
    "path": "/reports/2021-06-30/schedules",
    "rate": 0.0222,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "reportTypes"
    ]
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "createReportSchedule",
    "method": "POST",
    "path": "/reports/2021-06-30/schedules",
    "rate": 0.0222,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReportSchedule",
    "method": "GET",
    "path": "/reports/2021-06-30/schedules/{reportScheduleId}",
    "rate": 0.0222,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "cancelReportSchedule",
    "method": "DELETE",
    "path": "/reports/2021-06-30/schedules/{reportScheduleId}",
    "rate": 0.0222,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "reports_2021-06-30",
    "operationId": "getReportDocument",
    "method": "GET",
    "path": "/reports/2021-06-30/documents/{reportDocumentId}",
    "rate": 0.0167,
    "burst": 15,
    "restricted": "reportType",
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "getFeeds",
    "method": "GET",
    "path": "/feeds/2021-06-30/feeds",
    "rate": 0.0222,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "createFeed",
    "method": "POST",
    "path": "/feeds/2021-06-30/feeds",
    "rate": 0.0083,
    "burst": 15,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "getFeed",
    "method": "GET",
    "path": "/feeds/2021-06-30/feeds/{feedId}",
    "rate": 2,
    "burst": 15,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "cancelFeed",
    "method": "DELETE",
    "path": "/feeds/2021-06-30/feeds/{feedId}",
    "rate": 2,
    "burst": 15,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "createFeedDocument",
    "method": "POST",
    "path": "/feeds/2021-06-30/documents",
    "rate": 0.5,
    "burst": 15,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "feeds_2021-06-30",
    "operationId": "getFeedDocument",
    "method": "GET",
    "path": "/feeds/2021-06-30/documents/{feedDocumentId}",
    "rate": 0.0222,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "getListingsItem",
    "method": "GET",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "rate": 5,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceIds"
    ]
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "putListingsItem",
    "method": "PUT",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "rate": 5,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceIds"
    ]
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "deleteListingsItem",
    "method": "DELETE",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "rate": 5,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceIds"
    ]
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "patchListingsItem",
    "method": "PATCH",
    "path": "/listings/2021-08-01/items/{sellerId}/{sku}",
    "rate": 5,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceIds"
    ]
  },
  {
    "api": "listingsItems_2021-08-01",
    "operationId": "searchListingsItems",
    "method": "GET",
    "path": "/listings/2021-08-01/items/{sellerId}",
    "rate": 5,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceIds"
    ]
  },
  {
    "api": "fbaInventory",
    "operationId": "getInventorySummaries",
    "method": "GET",
    "path": "/fba/inventory/v1/summaries",
    "rate": 2,
    "burst": 2,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "granularityType",
      "granularityId",
      "marketplaceIds"
    ]
  },
  {
    "api": "fbaInventory",
    "operationId": "createInventoryItem",
    "method": "POST",
    "path": "/fba/inventory/v1/items",
    "rate": null,
    "burst": null,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "fbaInventory",
    "operationId": "deleteInventoryItem",
    "method": "DELETE",
    "path": "/fba/inventory/v1/items/{sellerSku}",
    "rate": null,
    "burst": null,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceId"
    ]
  },
  {
    "api": "fbaInventory",
    "operationId": "addInventory",
    "method": "POST",
    "path": "/fba/inventory/v1/items/inventory",
    "rate": null,
    "burst": null,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "tokens_2021-03-01",
    "operationId": "createRestrictedDataToken",
    "method": "POST",
    "path": "/tokens/2021-03-01/restrictedDataToken",
    "rate": 1,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "sellers",
    "operationId": "getMarketplaceParticipations",
    "method": "GET",
    "path": "/sellers/v1/marketplaceParticipations",
    "rate": 0.016,
    "burst": 15,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "sellers",
    "operationId": "getAccount",
    "method": "GET",
    "path": "/sellers/v1/account",
    "rate": 0.016,
    "burst": 15,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "productTypeDefinitions_2020-09-01",
    "operationId": "searchDefinitionsProductTypes",
    "method": "GET",
    "path": "/definitions/2020-09-01/productTypes",
    "rate": 5,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceIds"
    ]
  },
  {
    "api": "productTypeDefinitions_2020-09-01",
    "operationId": "getDefinitionsProductType",
    "method": "GET",
    "path": "/definitions/2020-09-01/productTypes/{productType}",
    "rate": 5,
    "burst": 10,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceIds"
    ]
  },
  {
    "api": "notifications",
    "operationId": "getSubscriptions",
    "method": "GET",
    "path": "/notifications/v1/subscriptions",
    "rate": 1,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "notificationTypes"
    ]
  },
  {
    "api": "notifications",
    "operationId": "getSubscription",
    "method": "GET",
    "path": "/notifications/v1/subscriptions/{notificationType}",
    "rate": 1,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "notifications",
    "operationId": "createSubscription",
    "method": "POST",
    "path": "/notifications/v1/subscriptions/{notificationType}",
    "rate": 1,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "notifications",
    "operationId": "getSubscriptionById",
    "method": "GET",
    "path": "/notifications/v1/subscriptions/{notificationType}/{subscriptionId}",
    "rate": 1,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "notifications",
    "operationId": "deleteSubscriptionById",
    "method": "DELETE",
    "path": "/notifications/v1/subscriptions/{notificationType}/{subscriptionId}",
    "rate": 1,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "notifications",
    "operationId": "sendTestNotification",
    "method": "POST",
    "path": "/notifications/v1/subscriptions/{notificationType}/testNotification",
    "rate": 1,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "notifications",
    "operationId": "getDestinations",
    "method": "GET",
    "path": "/notifications/v1/destinations",
    "rate": 1,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "notifications",
    "operationId": "createDestination",
    "method": "POST",
    "path": "/notifications/v1/destinations",
    "rate": 1,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "notifications",
    "operationId": "getDestination",
    "method": "GET",
    "path": "/notifications/v1/destinations/{destinationId}",
    "rate": 1,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "notifications",
    "operationId": "deleteDestination",
    "method": "DELETE",
    "path": "/notifications/v1/destinations/{destinationId}",
    "rate": 1,
    "burst": 5,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": []
  },
  {
    "api": "catalogItems_2022-04-01",
    "operationId": "searchCatalogItems",
    "method": "GET",
    "path": "/catalog/2022-04-01/items",
    "rate": 2,
    "burst": 2,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceIds"
    ]
  },
  {
    "api": "catalogItems_2022-04-01",
    "operationId": "getCatalogItem",
    "method": "GET",
    "path": "/catalog/2022-04-01/items/{asin}",
    "rate": 2,
    "burst": 2,
    "restricted": false,
    "dataElements": [],
    "deprecated": false,
    "sandboxOnly": false,
    "requiredQuery": [
      "marketplaceIds"
    ]
  }
];
