/**
 * Regression (found by the fault schedules of `npm run test:chaos`): after a retry back-off of a
 * fractional number of milliseconds, the simulated clock stood at a fraction, every later call's
 * audit entry was refused by the storage adapter ("at: must be epoch milliseconds") and the trail
 * silently lost D365 writes. The simulated clock now keeps whole milliseconds, and the pipeline
 * stamps whole milliseconds whatever clock a host gives it.
 */
import { describe, expect, it } from "vitest";
import { type Clock, createSimulatedClock } from "../../src/core/clock.js";
import { staticTokenProvider } from "../../src/core/token-provider.js";
import { createD365Client } from "../../src/d365/client.js";
import { createEntity } from "../../src/d365/write.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";

const created = () =>
  new Response(JSON.stringify({ JournalBatchNumber: "00042", dataAreaId: "usmf" }), {
    status: 201,
    headers: { "content-type": "application/json", "ms-request-id": "req-1" },
  });

describe("fractional time never loses an audit entry (regression)", () => {
  it("the simulated clock stays on whole milliseconds after a fractional sleep", async () => {
    const clock = createSimulatedClock({ start: Date.UTC(2026, 0, 1) });
    await clock.sleep(413.9546);
    expect(Number.isSafeInteger(clock.now())).toBe(true);
    expect(clock.now()).toBe(Date.UTC(2026, 0, 1) + 414);
    await clock.set(clock.now() + 0.25);
    expect(Number.isSafeInteger(clock.now())).toBe(true);
  });

  it("a D365 write is audited even when the host's clock reads a fraction", async () => {
    const base = createSimulatedClock({ start: Date.UTC(2026, 0, 1) });
    const fractional: Clock = { now: () => base.now() + 0.9546, sleep: (ms, s) => base.sleep(ms, s) };
    const storage = memoryStorage({ clock: base });
    await storage.migrate();
    const d365 = createD365Client({
      environmentUrl: "https://audit.operations.dynamics.com",
      tokens: staticTokenProvider("token", { header: "authorization", scheme: "Bearer" }),
      retry: false,
      limiter: false,
      clock: fractional,
      audit: storage.audit,
      onAuditError: (e) => {
        throw e;
      },
      fetch: async () => created(),
    });
    await createEntity(d365, "LedgerJournalHeaders", { JournalName: "GenJrn" } as never);
    const calls = await storage.audit.query({ kind: "call" });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "POST", at: Date.UTC(2026, 0, 1) });
  });
});
