import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  changedReleasedProducts,
  loadProductWatermark,
  readReleasedProducts,
  saveProductWatermark,
} from "../../src/d365/entities/released-products.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { arrange, server } from "../d365/harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("released products", () => {
  it("reads one legal entity page by page, prices as exact text", async () => {
    const { d365, sim } = await arrange();
    for (let i = 0; i < 25; i++) {
      sim.state.put("ReleasedProductsV2", {
        dataAreaId: "USMF",
        ItemNumber: `L${String(i).padStart(4, "0")}`,
        SearchName: `Lamp ${i}`,
        SalesPrice: "19.99",
      });
    }
    const pages = [];
    for await (const page of readReleasedProducts(d365, { company: "USMF", maxPageSize: 10 }))
      pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 9]);
    const all = pages.flat();
    expect(all.every((p) => p.dataAreaId === "usmf")).toBe(true);
    expect(all.find((p) => p.itemNumber === "A0001")?.fields).toMatchObject({
      SearchName: "HDMI cable 6ft",
      SalesPrice: "14.99",
    });
    // Another legal entity's products stay out.
    const gb = [];
    for await (const page of readReleasedProducts(d365, { company: "GBSI" })) gb.push(...page);
    expect(gb).toEqual([]);
  });

  it("yields only new or changed products against the saved watermark", async () => {
    const { d365, sim } = await arrange();
    const storage = memoryStorage();
    const read = async () => {
      const wm = await loadProductWatermark(storage.documents, "USMF", "seller1");
      const out = [];
      for await (const page of changedReleasedProducts(d365, wm, { company: "USMF" })) out.push(...page);
      return { wm, out };
    };
    const first = await read();
    expect(first.out.map((c) => c.product.itemNumber)).toEqual(["A0001", "A0002", "D0001", "T0100"]);
    for (const c of first.out) first.wm.fingerprints.set(c.product.itemNumber, c.fingerprint);
    await saveProductWatermark(storage.documents, first.wm, "seller1");

    expect((await read()).out).toEqual([]);

    sim.state.put("ReleasedProductsV2", { dataAreaId: "USMF", ItemNumber: "A0002", SalesPrice: "79.50" });
    sim.state.put("ReleasedProductsV2", { dataAreaId: "USMF", ItemNumber: "N0001", SearchName: "New" });
    expect((await read()).out.map((c) => c.product.itemNumber)).toEqual(["A0002", "N0001"]);
    // Another scope (seller, marketplace) has its own watermark.
    const other = await loadProductWatermark(storage.documents, "USMF", "seller2");
    expect(other.fingerprints.size).toBe(0);
  });
});
