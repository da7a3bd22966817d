/**
 * `createSimulatorControl(url)`: a typed client of the simulator server's control API, so a test in
 * one process arranges and inspects the simulators that another process (`ml-connector simulate`
 * or `startSimulatorServer`) holds.
 */
import { ConnectorError } from "../core/errors.js";
import type { FaultSettings as AmazonFaultSettings } from "./amazon/faults.js";
import type { EntityRow, StoredValue } from "./d365/edm.js";
import type { FaultSettings as D365FaultSettings, FaultRule } from "./d365/throttle.js";

/** A settlement report as the control API describes it. */
export interface SimulatorReportView {
  readonly reportId: string;
  readonly reportType: string;
  readonly reportDocumentId: string | undefined;
  readonly marketplaceIds: readonly string[];
  readonly settlementId: string | undefined;
  readonly processingStatus: string;
  readonly createdTime: string;
}

/** What loading a settlement file published. */
export interface SimulatorLoadedFile {
  readonly name: string;
  readonly settlementId: string;
  readonly marketplaceId: string;
  readonly layout: "v1" | "v2";
  readonly currency: string;
  /** Decimal text, e.g. `1977.17`. */
  readonly totalAmount: string;
  readonly reconciled: boolean;
  readonly reportId: string;
  readonly reportDocumentId: string;
  readonly eventGroupId: string;
}

/** A snapshot of both simulators (`GET /__sim/state`). */
export interface SimulatorStateView {
  /** Simulated time, ISO 8601. */
  readonly now: string;
  readonly amazon: {
    readonly sellers: readonly { readonly sellerId: string; readonly marketplaces: readonly string[] }[];
    readonly counters: Readonly<Record<string, number>>;
    readonly calls: number;
    readonly orders: number;
    readonly settlementReports: readonly SimulatorReportView[];
    readonly eventGroups: readonly {
      readonly groupId: string;
      readonly marketplaceId: string;
      readonly settlementId: string;
      readonly processingStatus: "Open" | "Closed";
      readonly source: "schedule" | "file";
      readonly start: string;
      readonly end: string;
      /** Decimal text; absent while open. */
      readonly total: string | undefined;
      readonly currency: string;
    }[];
  };
  readonly d365: {
    readonly requests: number;
    readonly tokensIssued: number;
    /** Row counts of every non-empty entity set. */
    readonly rows: Readonly<Record<string, number>>;
  };
}

/** The control API refused a request (bad input, unknown route, unreadable settlement file). */
export class SimulatorControlError extends ConnectorError {
  /** HTTP status of the refusal. */
  readonly status: number;
  constructor(status: number, code: string, message: string, path: string) {
    super(`The simulator control API refused ${path}: ${message}`, {
      code,
      where: { system: "local", operation: "simulatorControl", path },
      hint: "fix the request named here; the simulators kept their state",
    });
    this.status = status;
  }
}

/** Typed client of the simulator server's control API. */
export interface SimulatorControl {
  /** Both simulators at a glance. */
  state(): Promise<SimulatorStateView>;
  /** Moves simulated time forward (settlement schedules, report processing, token expiry). */
  advanceClock(ms: number): Promise<{ now: string }>;
  /** Closes the open event group of a marketplace and publishes its settlement report. */
  publishSettlement(input: { marketplaceId: string; sellerId?: string }): Promise<SimulatorReportView>;
  /** Loads a settlement flat file (V2/V1, gzip or not) as a report plus its closed event group. */
  loadSettlementFile(
    file: Uint8Array | string,
    options?: { name?: string; marketplaceId?: string; sellerId?: string; gzip?: boolean },
  ): Promise<SimulatorLoadedFile>;
  /** Adds an order placed now. */
  addOrder(input?: {
    marketplaceId?: string;
    sellerId?: string;
    status?: "Pending" | "Unshipped" | "Shipped" | "Canceled";
  }): Promise<{ orderId: string; marketplaceId: string; status: string }>;
  /** Sets (replaces) Amazon faults of one operation id, or `"*"`. */
  setAmazonFaults(operationId: string, settings: AmazonFaultSettings): Promise<void>;
  /** Removes Amazon faults (of one operation, or all). */
  clearAmazonFaults(operationId?: string): Promise<void>;
  /** Adds D365 faults: a rule, target rates, or a 429 storm. */
  setD365Faults(
    input:
      | { rule: FaultRule }
      | { target: string; settings: D365FaultSettings }
      | { storm: { count: number; retryAfterSeconds?: number } },
  ): Promise<void>;
  /** Removes every D365 fault and storm. */
  clearD365Faults(): Promise<void>;
  /** Rows of a D365 entity set as a GET shows them, optionally of one company. */
  d365Rows(entitySet: string, company?: string): Promise<EntityRow[]>;
  /** Adds a D365 row directly (no business rules). */
  putD365Row(entitySet: string, values: Readonly<Record<string, StoredValue>>): Promise<EntityRow>;
  /**
   * Hides an entity set, or one of its properties, from D365's `$metadata` (its rows are still
   * served): an environment whose metadata drifted from the pinned one.
   */
  hideD365Metadata(entitySet: string, property?: string): Promise<void>;
  /** Shows everything in `$metadata` again. */
  restoreD365Metadata(): Promise<void>;
}

/**
 * Creates a typed client of a simulator server's control API.
 * @param url the server's URL (`http://127.0.0.1:<port>`) or its control URL (`…/__sim`)
 * @example
 * const control = createSimulatorControl(process.env.SIM_URL!);
 * await control.loadSettlementFile(await readFile("settlement.txt"), { name: "settlement.txt" });
 * expect(await control.d365Rows("LedgerJournalLines", "USMF")).toHaveLength(12);
 */
export function createSimulatorControl(
  url: string,
  options: { readonly fetch?: typeof globalThis.fetch } = {},
): SimulatorControl {
  const root = url.replace(/\/+$/, "").replace(/\/__sim$/, "");
  const call = async <T>(
    method: string,
    path: string,
    body?: unknown,
    query?: Record<string, string | undefined>,
  ): Promise<T> => {
    const target = new URL(`${root}/__sim${path}`);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) target.searchParams.set(k, v);
    const raw = body instanceof Uint8Array || typeof body === "string";
    const response = await (options.fetch ?? globalThis.fetch)(target, {
      method,
      headers: { "content-type": raw ? "application/octet-stream" : "application/json" },
      ...(body === undefined ? {} : { body: raw ? (body as BodyInit) : JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new SimulatorControlError(
        response.status,
        error?.code ?? "SIMULATOR_CONTROL_ERROR",
        error?.message ?? text.slice(0, 200),
        `${method} /__sim${path}`,
      );
    }
    return parsed as T;
  };
  return {
    state: () => call("GET", "/state"),
    advanceClock: (ms) => call("POST", "/clock/advance", { ms }),
    publishSettlement: (input) => call("POST", "/amazon/settlements", input),
    loadSettlementFile: (file, o = {}) =>
      call("POST", "/amazon/settlement-files", file, {
        name: o.name,
        marketplaceId: o.marketplaceId,
        sellerId: o.sellerId,
        gzip: o.gzip === undefined ? undefined : String(o.gzip),
      }),
    addOrder: (input = {}) => call("POST", "/amazon/orders", input),
    setAmazonFaults: async (operationId, settings) => {
      await call("POST", "/amazon/faults", { operationId, settings });
    },
    clearAmazonFaults: async (operationId) => {
      await call("DELETE", "/amazon/faults", undefined, { operationId });
    },
    setD365Faults: async (input) => {
      await call("POST", "/d365/faults", input);
    },
    clearD365Faults: async () => {
      await call("DELETE", "/d365/faults");
    },
    d365Rows: async (entitySet, company) =>
      (
        await call<{ value: EntityRow[] }>("GET", `/d365/rows/${encodeURIComponent(entitySet)}`, undefined, {
          company,
        })
      ).value,
    putD365Row: async (entitySet, values) =>
      (await call<{ value: EntityRow }>("POST", `/d365/rows/${encodeURIComponent(entitySet)}`, values)).value,
    hideD365Metadata: async (entitySet, property) => {
      await call("POST", "/d365/metadata/hide", {
        entitySet,
        ...(property !== undefined ? { property } : {}),
      });
    },
    restoreD365Metadata: async () => {
      await call("DELETE", "/d365/metadata/hide");
    },
  };
}
