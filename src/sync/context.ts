/**
 * The context every flow's steps work with: the clients, the storage adapter, the mapping and the
 * posting options, built once per connector by `createConnector`.
 */
import type { SpApiClient } from "../amazon/client.js";
import type { SettlementRow } from "../amazon/settlement/types.js";
import type { Clock } from "../core/clock.js";
import type { Logger } from "../core/logger.js";
import type { StorageAdapter } from "../core/storage.js";
import type { D365Client } from "../d365/client.js";
import type { MasterData } from "../d365/master-data.js";
import type { Mapping } from "../mapping/schema.js";
import type { EventHub } from "./events.js";
import type { OrderRevenue, PeriodFunction, PostingMode } from "./posting.js";

/** Key of a seller's authorization in one region. */
export function sellerKey(sellerId: string, region: string): string {
  return `${sellerId}/${region}`;
}

/** One seller as the flow sees it. */
export interface FlowSeller {
  readonly sellerId: string;
  readonly region: "na" | "eu" | "fe";
  readonly amazon: SpApiClient;
  readonly marketplaceIds: readonly string[] | undefined;
}

/** What every flow's steps work with. */
export interface FlowContext {
  readonly storage: StorageAdapter;
  readonly sellers: ReadonlyMap<string, FlowSeller>;
  readonly d365: D365Client;
  readonly masterData: MasterData;
  readonly mapping: Mapping;
  readonly posting: {
    readonly mode: PostingMode;
    readonly period: PeriodFunction;
    readonly maxLinesPerJournal: number;
    /** Who books order revenue (`buildSettlementPosting`'s `orderRevenue`). */
    readonly orderRevenue: OrderRevenue;
  };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly hub: EventHub;
  readonly leaseMs: number;
  /** What lease heartbeats sleep on. */
  readonly heartbeatClock: Clock;
  /** Rows parsed in this process, so a record moving on in one run is parsed once. */
  readonly rows: Map<string, SettlementRow[]>;
}
