/**
 * The context every flow's steps work with: the clients, the storage adapter, the mapping and the
 * posting options, built once per connector by `createConnector`.
 */
import type { SpApiClient } from "../amazon/client.js";
import type { SettlementRow, SettlementSummary } from "../amazon/settlement/types.js";
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
  /**
   * Settlement files read in this process, by record id, so a record moving on in one run is read
   * once: the download step reads the file as it archives it, the parse and map steps take the rows
   * from here (when the archive is the one they were read from), and a record whose entry is gone
   * (another process, a restart) reads its archive again.
   */
  readonly rows: Map<string, ReadSettlement>;
}

/** A settlement file as read in this process (see {@link FlowContext.rows}). */
export interface ReadSettlement {
  /** SHA-256 of the archived document the rows were read from. */
  readonly sha256: string;
  readonly rows: SettlementRow[];
  readonly summary: SettlementSummary;
  readonly reconciled: boolean;
  /** `computedTotal − totalAmount` as an exact decimal string. */
  readonly difference: string;
  /** The archived document's attributes (report id, marketplaces, creation time). */
  readonly attributes: Readonly<Record<string, string>>;
}
