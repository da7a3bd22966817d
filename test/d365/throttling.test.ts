import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isConnectorError,
  isD365ODataError,
  isThrottledError,
  isTransportError,
} from "../../src/core/errors.js";
import { Money } from "../../src/core/money.js";
import { ensureGeneralJournal } from "../../src/d365/entities/general-journals.js";
import { queryAll } from "../../src/d365/query.js";
import { arrange, server } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("service protection", () => {
  it("waits what Retry-After says, on the simulated clock, then succeeds", async () => {
    const { d365, sim, clock } = await arrange();
    sim.state.throttle.storm(2, 7);
    const start = clock.now();
    const entities = await queryAll(d365, "LegalEntities", { select: ["LegalEntityId"] });
    expect(entities.map((e) => e.LegalEntityId).sort()).toEqual([
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
    expect(clock.now() - start).toBe(14_000);
    expect(sim.state.requests.map((r) => r.status)).toEqual([200, 429, 429, 200]);
  });

  it("retries a throttled write and a throttled $batch (a 429 did no work)", async () => {
    const { d365, sim, clock } = await arrange();
    sim.state.throttle.inject({
      target: "LedgerJournalHeaders",
      method: "POST",
      kind: "429",
      times: 1,
      retryAfterSeconds: 3,
    });
    sim.state.throttle.inject({ target: "$batch", kind: "429", times: 2, retryAfterSeconds: 4 });
    const start = clock.now();
    const usd = (a: string) => Money.of(a, "USD");
    const result = await ensureGeneralJournal(d365, {
      dataAreaId: "USMF",
      journalName: "GenJrn",
      marker: "throttled",
      lines: [{ account: "618100", offsetAccount: "110180", amount: usd("1.00"), transDate: "2026-03-01" }],
    });
    expect(result.outcome).toBe("created");
    expect(clock.now() - start).toBe(11_000);
    expect(sim.state.rows("LedgerJournalHeaders", "usmf")).toHaveLength(1);
    expect(sim.state.rows("LedgerJournalLines", "usmf")).toHaveLength(1);
  });

  it("ends every call in success or a typed error", async () => {
    const { d365, sim } = await arrange({ retry: { maxAttempts: 3 } });
    sim.state.throttle.storm(10, 5);
    const throttled = await queryAll(d365, "Currencies").catch((e: unknown) => e);
    expect(isThrottledError(throttled)).toBe(true);
    sim.state.throttle.clear();

    sim.state.throttle.inject({ target: "Currencies", kind: "500" });
    const failing = await queryAll(d365, "Currencies").catch((e: unknown) => e);
    expect(isD365ODataError(failing) && failing.status).toBe(500);
    sim.state.throttle.clear();

    sim.state.throttle.inject({ target: "Currencies", kind: "network" });
    const network = await queryAll(d365, "Currencies").catch((e: unknown) => e);
    expect(isTransportError(network)).toBe(true);
    sim.state.throttle.clear();

    sim.state.throttle.inject({ target: "Currencies", kind: "500", times: 2 });
    expect((await queryAll(d365, "Currencies")).length).toBeGreaterThan(0);

    for (const e of [throttled, failing, network]) expect(isConnectorError(e)).toBe(true);
  });
});
