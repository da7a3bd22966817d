import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMasterData } from "../../src/d365/master-data.js";
import { arrange, server } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("master data", () => {
  it("reads the seeded chart, dimensions, companies, currencies, groups, customers and products", async () => {
    const { d365, clock } = await arrange();
    const md = createMasterData(d365, { clock });
    expect((await md.mainAccount("401100"))[0]).toMatchObject({
      chartOfAccounts: "Shared",
      suspended: false,
    });
    expect((await md.mainAccount("618900"))[0]?.suspended).toBe(true);
    expect(await md.mainAccount("999999")).toEqual([]);
    expect([...(await md.dimensions())].sort()).toEqual([
      "BusinessUnit",
      "CostCenter",
      "Department",
      "SalesChannel",
    ]);
    expect(await md.dimensionValue("Department", "025", "USMF")).toMatchObject({
      legalEntityId: "",
      suspended: false,
    });
    expect((await md.dimensionValue("Department", "099", "USMF"))?.suspended).toBe(true);
    expect(await md.dimensionValue("Department", "999", "USMF")).toBeUndefined();
    expect([...(await md.legalEntities())].sort()).toEqual([
      "CAMF",
      "DEMF",
      "ESMF",
      "FRRT",
      "GBSI",
      "ITCO",
      "JPMF",
      "MXMF",
      "USMF",
    ]);
    expect((await md.currencies()).has("EUR")).toBe(true);
    expect((await md.customerGroups("USMF")).has("AMZ")).toBe(true);
    expect(await md.customerExists("USMF", "AMZ-US")).toBe(true);
    expect(await md.customerExists("USMF", "AMZ-CA")).toBe(false);
    expect(await md.customerCompanies("AMZ-CA")).toEqual(["CAMF"]);
    expect((await md.releasedProduct("USMF", "A0001"))?.name).toBe("HDMI cable 6ft");
    expect(await md.releasedProduct("GBSI", "A0001")).toBeUndefined();
    expect(await md.journalName("USMF", "AmzStl")).toBe("unknown");
  });

  it("keeps answers for the TTL on the injected clock", async () => {
    const { d365, sim, clock } = await arrange();
    const md = createMasterData(d365, { clock, ttlMs: 60_000 });
    const reads = () => sim.state.requests.filter((r) => r.target === "Currencies").length;
    await md.currencies();
    await md.currencies();
    expect(reads()).toBe(1);
    await clock.advance(59_999);
    await md.currencies();
    expect(reads()).toBe(1);
    await clock.advance(1);
    await md.currencies();
    expect(reads()).toBe(2);
    md.invalidate();
    await md.currencies();
    expect(reads()).toBe(3);
  });
});
