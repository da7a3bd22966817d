// ---------------------------------------------------------------------------------------
// GENERATED FILE: DO NOT EDIT. Written by `npm run generate` (scripts/generate.mjs) from:
// Change the generator or the pinned inputs, never this file.
// ---------------------------------------------------------------------------------------
/* eslint-disable */
// biome-ignore-all lint: generated

export type * as ordersV0 from "./ordersV0.js";
export type * as orders_2026_01_01 from "./orders_2026-01-01.js";
export type * as financesV0 from "./financesV0.js";
export type * as finances_2024_06_19 from "./finances_2024-06-19.js";
export type * as transfers_2024_06_01 from "./transfers_2024-06-01.js";
export type * as financesInvoices_2026_06_25 from "./financesInvoices_2026-06-25.js";
export type * as reports_2021_06_30 from "./reports_2021-06-30.js";
export type * as feeds_2021_06_30 from "./feeds_2021-06-30.js";
export type * as listingsItems_2021_08_01 from "./listingsItems_2021-08-01.js";
export type * as fbaInventory from "./fbaInventory.js";
export type * as tokens_2021_03_01 from "./tokens_2021-03-01.js";
export type * as sellers from "./sellers.js";
export type * as productTypeDefinitions_2020_09_01 from "./productTypeDefinitions_2020-09-01.js";
export type * as notifications from "./notifications.js";
export type * as catalogItems_2022_04_01 from "./catalogItems_2022-04-01.js";
export * from "./listings-feed.js";
export * from "./operations.js";
export * from "./sandbox.js";
