/**
 * The flows the in-process fault schedules drive, as data. Each entry says how to switch the flow
 * on, how to run it and replay what it parked, which record kind it keeps and where those records
 * may rest, and what it leaves in D365 (compared with the fault-free run). The schedule itself
 * (faults, kills, the quiet rerun, the invariants) is the same for every flow.
 *
 * Adding a flow is one more entry in {@link SCHEDULE_FLOWS}: its options, `run`, `replay`, `kind`,
 * `done`, and a `fingerprint` of the remote state it writes (`""` for a read-only flow) plus, if it
 * has one, an extra `check` of its own invariant, and `arrange` for what Amazon must hold first.
 */
import type { StoredRecord } from "../../../src/core/storage.js";
import type { MappingInput } from "../../../src/mapping/schema.js";
import type { Connector } from "../../../src/sync/connector.js";
import { createConnector } from "../../../src/sync/connector.js";
import type { ConnectorOptions } from "../../../src/sync/options.js";
import type { D365Simulator } from "../../../src/testing/d365/simulator.js";
import { d365Fingerprint, isProvisionalMarker } from "../../support/d365-state.js";
import { CA, type SyncHarness, US } from "../../sync/harness.js";

/** One flow of the schedules. */
export interface ScheduleFlow {
  readonly name: string;
  /** Options the flow needs on top of the harness' (merged in list order). */
  options(h: SyncHarness, base: ConnectorOptions): Partial<ConnectorOptions>;
  /** One run of the flow. */
  run(c: Connector): Promise<unknown>;
  /** Replays every record of the flow parked in `state`. */
  replay(c: Connector, state: "parked" | "failed"): Promise<unknown>;
  /** Its record kind in storage. */
  readonly kind: string;
  /** States a record rests in once the flow has done its work (parked is checked apart). */
  readonly done: readonly string[];
  /** What the flow leaves behind (in D365, or on Amazon), for the comparison with the fault-free run. */
  fingerprint(h: SyncHarness): string;
  /** Extra invariant violations of the flow's own, from its resting records. */
  check?(records: readonly StoredRecord[]): string[];
  /**
   * What the world must hold for the flow to have work under the faults, fault-free and before any
   * schedule starts: `before` runs while the first settlement period is still open (`options` are
   * every flow's), `after` once Amazon closed it. Both run for the fault-free run too.
   */
  readonly arrange?: {
    before?(h: SyncHarness, options: ConnectorOptions): Promise<void>;
    after?(h: SyncHarness): void;
  };
}

const isZero = (amount: unknown) => typeof amount === "string" && /^-?0(\.0+)?$/.test(amount);

/** Settlements: journals by marker; every reconciled settlement matches its deposit. */
export const settlementsFlow: ScheduleFlow = {
  name: "settlements",
  options: () => ({}),
  run: (c) => c.run("settlements"),
  replay: (c, state) => c.replay({ state }),
  kind: "settlement",
  done: ["reconciled", "duplicate"],
  fingerprint: (h) => d365Fingerprint(h.d365, (marker) => !isProvisionalMarker(marker)),
  check: (records) =>
    records
      .filter((r) => r.state === "reconciled")
      .filter((r) => {
        const rec = (r.data as { reconciliation?: { difference?: string } } | null)?.reconciliation;
        return !isZero(rec?.difference);
      })
      .map((r) => `${r.id} reconciled, but its deposit does not match (difference ≠ 0)`),
};

/** The provisional journals and their reversals, by marker, with their lines as the connector wrote them. */
function provisionalFingerprint(d365: D365Simulator): string {
  // A clock jump under the faults moves the day a journal is written (its TransDate), and faults
  // reorder which journal D365 numbers first (its vouchers, the flow sets none); nothing else:
  // the plan's lines are fixed by the events, which a jump never changes (see the schedules).
  return d365Fingerprint(d365, isProvisionalMarker, { assigned: false });
}

/**
 * Provisional postings: the group open before the settlement is posted (revision 1) fault-free,
 * so the faulty phase must reverse it, once, after its settlement reconciles; and the next period's
 * groups get a shipped order each, so the faulty phase posts their revision 1 too.
 */
export const provisionalFlow: ScheduleFlow = {
  name: "provisional",
  options: (_h, base) => ({ provisional: { ...base.provisional, post: true } }),
  run: (c) => c.run("provisional"),
  replay: (c, state) => c.replay({ flow: "provisional", state }),
  kind: "provisional",
  // awaiting-settlement is a resting state of the flow, but every settlement reconciles here, so a
  // group left waiting would be a provisional journal never reversed.
  done: ["current", "reversed", "settled"],
  fingerprint: (h) => provisionalFingerprint(h.d365),
  check(records) {
    const out: string[] = [];
    const states = records.map((r) => r.state);
    if (!states.includes("reversed"))
      out.push("no provisional group reversed: the settled period kept its journal");
    if (!states.includes("current")) out.push("no provisional group current: the open period posted nothing");
    for (const r of records) {
      const d = r.data as { live?: { marker?: string } | null; journals?: { marker: string }[] } | null;
      const markers = (d?.journals ?? []).map((j) => j.marker);
      if (new Set(markers).size !== markers.length) out.push(`${r.id} lists a journal twice`);
      if (r.state === "reversed" && d?.live) out.push(`${r.id} is reversed with a live revision`);
    }
    return out;
  },
  arrange: {
    async before(_h, options) {
      const report = await createConnector(options).run("provisional");
      if (report.groups.length === 0 || report.counts.parked + report.counts.failed > 0)
        throw new Error(`the provisional arrangement posted nothing: ${JSON.stringify(report.counts)}`);
    },
    after(h) {
      for (const marketplaceId of [US, CA]) h.amazon.state.addOrder({ marketplaceId, status: "Shipped" });
    },
  },
};

/** The simulator mapping with every SKU of the simulated orders mapped to an item. */
function mappingWithItems(h: SyncHarness, base: MappingInput): MappingInput {
  const bySku: Record<string, string> = { ...base.items?.bySku };
  for (const o of h.amazon.state.orders.values())
    for (const i of o.items) bySku[i.sku] = `IT-${i.sku.slice(4, 7)}`;
  return { ...base, items: { ...base.items, bySku } };
}

/** Orders: free text invoices by customer reference, with their lines. */
export const ordersFlow: ScheduleFlow = {
  name: "orders",
  options: (h, base) => ({
    mapping: mappingWithItems(h, base.mapping as MappingInput),
    posting: { ...base.posting, orderRevenue: "invoiced" },
    orders: { enabled: true, start: new Date(h.clock.now() - 31 * 86_400_000).toISOString() },
  }),
  run: (c) => c.run("orders"),
  replay: (c, state) => c.replay({ flow: "orders", state }),
  kind: "order",
  done: ["invoiced", "credited", "skipped"],
  fingerprint(h) {
    const d365 = h.d365;
    const lines = d365.state.rows("FreeTextInvoiceLines");
    const invoices = d365.state.rows("FreeTextInvoiceHeaders").map((h) => ({
      company: h.dataAreaId,
      reference: h.CustomerReference,
      customer: h.CustomerAccount,
      date: h.InvoiceDate,
      currency: h.CurrencyCode,
      lines: lines
        .filter((l) => l.dataAreaId === h.dataAreaId && String(l.ParentRecId) === String(h.InvoiceIdentifier))
        .map((l) =>
          [
            l.MainAccountDisplayValue,
            l.Quantity,
            l.UnitPrice,
            l.TransactionCurrencyAmount,
            l.CurrencyCode,
            l.Description,
            l.DefaultDimensionDisplayValue,
          ].join("|"),
        )
        .sort(),
    }));
    invoices.sort((a, b) => `${a.company}${a.reference}`.localeCompare(`${b.company}${b.reference}`));
    return JSON.stringify(invoices);
  },
};

/** Inventory: reads only; every seller and marketplace ends with a stored snapshot. */
export const inventoryFlow: ScheduleFlow = {
  name: "inventory",
  options: () => ({}),
  run: (c) => c.run("inventory"),
  replay: (c) => c.run("inventory"),
  kind: "inventory",
  done: ["stored"],
  fingerprint: () => "",
  check: (records) => (records.length ? [] : ["no inventory record: the inventory flow read nothing"]),
};

const LISTED_MARKETPLACES = ["ATVPDKIKX0DER"];

/** Listings: D365 released products published to Amazon; compared by what Amazon holds. */
export const listingsFlow: ScheduleFlow = {
  name: "listings",
  options: (_h, base) => ({
    mapping: {
      ...(base.mapping as MappingInput),
      // The simulated products carry no EAN/UPC: the seller declares them exempt.
      listings: {
        productType: "PRODUCT",
        marketplaces: LISTED_MARKETPLACES,
        attributes: {
          brand: "Contoso",
          extra: {
            supplier_declared_has_product_identifier_exemption: LISTED_MARKETPLACES.map((marketplace_id) => ({
              value: true,
              marketplace_id,
            })),
          },
        },
      },
    } as MappingInput,
    listings: { enabled: true, marketplaces: LISTED_MARKETPLACES },
  }),
  run: (c) => c.run("listings"),
  replay: (c, state) => c.replay({ flow: "listings", state }),
  kind: "listing",
  done: ["accepted", "invalid"],
  fingerprint(h) {
    const listings = [...h.amazon.state.listings.values()].map((l) =>
      JSON.stringify([l.sellerId, l.sku, l.productType, [...l.marketplaceIds].sort(), l.attributes]),
    );
    return JSON.stringify(listings.sort());
  },
  check: (records) => (records.length ? [] : ["no listing record: the listings flow published nothing"]),
};

/** The flows every in-process schedule runs, in this order within each connector life. */
export const SCHEDULE_FLOWS: readonly ScheduleFlow[] = [
  ordersFlow,
  settlementsFlow,
  // After settlements: a closed group is reversed once its settlement is reconciled, in the same life.
  provisionalFlow,
  inventoryFlow,
  listingsFlow,
];
