/**
 * `ml-connector sync --flow FLOW` runs every flow the connector runs, through `createConnector`,
 * from a configuration file pointing at the simulators over loopback HTTP.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCli } from "../../src/cli/run.js";
import type { InventoryRunReport } from "../../src/sync/flows/inventory.js";
import type { ListingsRunReport } from "../../src/sync/flows/listings.js";
import type { OrderRunReport } from "../../src/sync/flows/orders.js";
import type { ProvisionalRunReport } from "../../src/sync/flows/provisional.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { type SimulatorServer, startSimulatorServer } from "../../src/testing/server.js";
import { capture, closeSimConfig, simConfig } from "./support/sim-config.js";

const US = "ATVPDKIKX0DER";

let server: SimulatorServer;
let dir: string;
let config: string;

beforeAll(async () => {
  server = await startSimulatorServer({
    seed: 11,
    // The simulator's time runs with this process's: Amazon refuses a poll window ending less than
    // two minutes before its own now.
    start: Date.now(),
    amazon: { data: { orders: 12, marketplaces: [US] } },
  });
  dir = mkdtempSync(path.join(tmpdir(), "mlc-sync-flows-"));
  const exemption = {
    supplier_declared_has_product_identifier_exemption: [{ value: true, marketplace_id: US }],
  };
  // Every simulated SKU maps to a D365 item, so orders invoice instead of parking.
  const bySku: Record<string, string> = { ...simulatorMapping.items?.bySku };
  for (const o of server.amazonSim.state.orders.values()) {
    for (const i of o.items) bySku[i.sku] = `IT-${i.sku.slice(4, 7)}`;
  }
  writeFileSync(
    path.join(dir, "mapping.json"),
    JSON.stringify({
      ...simulatorMapping,
      items: { ...simulatorMapping.items, bySku },
      listings: {
        productType: "PRODUCT",
        marketplaces: [US],
        attributes: { brand: "Contoso", extra: exemption },
      },
    }),
  );
  config = path.join(dir, "ml-connector.yaml");
  writeFileSync(
    config,
    stringify(
      simConfig(
        server,
        {
          posting: { orderRevenue: "invoiced" },
          orders: { enabled: true, start: new Date(Date.now() - 30 * 86_400_000).toISOString() },
          listings: { enabled: true },
        },
        { sellers: [{ ...server.amazon, marketplaceIds: [US] }] },
      ),
    ),
  );
});

afterAll(() => closeSimConfig(server, dir));

describe("ml-connector sync --flow", () => {
  it("orders: invoices the shipped orders in D365 and reports each", async () => {
    const run = capture();
    expect(await runCli(["sync", "--config", config, "--flow", "orders", "--json"], run.io)).toBe(0);
    const report = JSON.parse(run.out()) as OrderRunReport;
    expect(report.flow).toBe("orders");
    expect(report.counts.invoiced).toBeGreaterThan(0);
    expect(report.counts).toMatchObject({ parked: 0, failed: 0 });
    const headers = server.d365Sim.state.rows("FreeTextInvoiceHeaders");
    expect(headers.length).toBe(report.orders.filter((o) => o.invoice !== null).length);

    const again = capture();
    expect(await runCli(["sync", "--config", config, "--flow", "orders"], again.io)).toBe(0);
    expect(again.out()).toMatch(/^\d+ order\(s\): 0 invoiced/m);
    expect(server.d365Sim.state.rows("FreeTextInvoiceHeaders")).toHaveLength(headers.length);
  });

  it("inventory: stores a snapshot of the marketplace", async () => {
    const run = capture();
    expect(await runCli(["sync", "--config", config, "--flow", "inventory", "--json"], run.io)).toBe(0);
    const report = JSON.parse(run.out()) as InventoryRunReport;
    expect(report).toMatchObject({
      flow: "inventory",
      counts: { total: 1, stored: 1, parked: 0, failed: 0 },
    });
    const text = capture();
    expect(await runCli(["sync", "--config", config, "--flow", "inventory"], text.io)).toBe(0);
    expect(text.out()).toMatch(
      new RegExp(`✓ inventory ${server.amazon.sellerId} ${US}: stored, \\d+ SKU\\(s\\)`),
    );
  });

  it("provisional: reads the open event groups", async () => {
    const run = capture();
    expect(await runCli(["sync", "--config", config, "--flow", "provisional", "--json"], run.io)).toBe(0);
    const report = JSON.parse(run.out()) as ProvisionalRunReport;
    expect(report.flow).toBe("provisional");
    expect(report.counts).toMatchObject({ parked: 0, failed: 0 });
    const text = capture();
    expect(await runCli(["sync", "--config", config, "--flow", "provisional"], text.io)).toBe(0);
    expect(text.out()).toMatch(/^\d+ event group\(s\): \d+ open/m);
  });

  it("listings: publishes the released products and prints a line per listing", async () => {
    const run = capture();
    expect(await runCli(["sync", "--config", config, "--flow", "listings"], run.io)).toBe(0);
    const sent = [...server.amazonSim.state.listings.keys()].filter((k) =>
      k.startsWith(`${server.amazonSim.state.seller.sellerId}/`),
    );
    expect(sent.length).toBeGreaterThan(0);
    expect(run.out()).toMatch(/✓ listing \S+ \(ATVPDKIKX0DER, USMF\): accepted via Listings Items \(put\)/);
    expect(run.out()).toMatch(
      /^\d+ listing\(s\): \d+ submitted, \d+ accepted, 0 invalid, 0 parked, 0 failed/m,
    );
    const again = capture();
    expect(await runCli(["sync", "--config", config, "--flow", "listings", "--json"], again.io)).toBe(0);
    expect((JSON.parse(again.out()) as ListingsRunReport).counts).toMatchObject({ total: 0, submitted: 0 });
  });

  it("refuses an unknown flow (exit 2), naming the flows it takes; --help lists them", async () => {
    const bad = capture();
    expect(await runCli(["sync", "--config", config, "--flow", "refunds"], bad.io)).toBe(2);
    expect(bad.err()).toContain(
      'unknown flow "refunds"; --flow takes one of settlements, orders, inventory, provisional, listings',
    );
    const help = capture();
    expect(await runCli(["sync", "--help"], help.io)).toBe(0);
    expect(help.out()).toContain("settlements, orders, inventory, provisional, listings");
  });

  it("a flow the configuration does not enable is a configuration error (exit 3) saying what to set", async () => {
    const off = path.join(dir, "orders-off.yaml");
    writeFileSync(off, readFileSync(config, "utf8").replace(/enabled: true/g, "enabled: false"));
    const run = capture();
    expect(await runCli(["sync", "--config", off, "--flow", "listings"], run.io)).toBe(3);
    expect(run.err()).toMatch(/listings flow is not enabled/);
  });
});
