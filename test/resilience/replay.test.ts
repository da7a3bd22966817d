import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAmazonApiError, isValidationError } from "../../src/core/errors.js";
import { staticKeyProvider } from "../../src/core/key-provider.js";
import { createReplayer } from "../../src/core/replay.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { createCredentialVault } from "../../src/core/vault.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const dir = mkdtempSync(path.join(tmpdir(), "mlc-replay-"));
const sim = createAmazonSimulator({ seed: 11, data: { orders: 10 } });
const server = setupServer(...sim.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const reportBody = (marker: string) => ({
  reportType: "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL",
  marketplaceIds: ["ATVPDKIKX0DER"],
  dataStartTime: marker,
});

describe("audit trail and replay", () => {
  it("records N calls with request ids, seals a failed POST, and replays it linked to the original", async () => {
    const file = path.join(dir, "replay.sqlite");
    const storage = sqliteStorage({ path: file, clock: sim.clock });
    await storage.migrate();
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: randomBytes(32) }, current: 1 }),
    });
    const amazon = createSimulatorClient(sim, {
      audit: storage.audit,
      sealer: vault,
      retry: createRetryPolicy({ random: () => 0 }),
    });

    // A run of N successful calls leaves N call records, each with a request id.
    for (let i = 0; i < 5; i++) await amazon.sellers.GET("/sellers/v1/marketplaceParticipations", {});
    const ok = await storage.audit.query({ kind: "call", status: 200 });
    expect(ok).toHaveLength(5);
    expect(ok.every((e) => e.kind === "call" && e.requestIds?.requestId)).toBe(true);

    // createReport is not idempotent: a 500 is not retried without a dedup key, and is audited sealed.
    sim.state.faults.set("createReport", { error500Rate: 1 });
    const marker = "2026-01-01T00:00:00.000Z";
    const error = await amazon.reports
      .POST("/reports/2021-06-30/reports", { body: reportBody(marker) })
      .catch((e: unknown) => e);
    expect(isAmazonApiError(error)).toBe(true);
    const [failed] = await storage.audit.query({ kind: "call", status: 500 });
    expect(failed).toMatchObject({ operation: "createReport", path: "/reports/2021-06-30/reports" });
    expect(failed?.kind === "call" && failed.body).toBeTruthy();

    // The sealed body is not in the clear anywhere in the database.
    await storage.close();
    const bytes = Buffer.concat([
      readFileSync(file),
      ...["-wal"].map((s) => {
        try {
          return readFileSync(file + s);
        } catch {
          return Buffer.alloc(0);
        }
      }),
    ]);
    expect(bytes.includes(Buffer.from(marker))).toBe(false);

    const storage2 = sqliteStorage({ path: file, clock: sim.clock });
    const amazon2 = createSimulatorClient(sim, { audit: storage2.audit, sealer: vault });
    const replayer = createReplayer({
      audit: storage2.audit,
      sealer: vault,
      pipelines: { amazon: amazon2.pipeline },
      dedup: storage2.dedup,
    });
    expect((await replayer.pending()).map((e) => e.id)).toEqual([failed!.id]);

    sim.state.faults.clear();
    const reportsBefore = sim.state.reports.size;
    const outcome = await replayer.replay(failed!.id);
    expect(outcome.status).toBe("sent");
    if (outcome.status !== "sent") return;
    expect(outcome.response.status).toBe(202);
    expect(outcome.entry).toMatchObject({ replayOf: failed!.id, status: 202, operation: "createReport" });
    expect(sim.state.reports.size).toBe(reportsBefore + 1);
    const created = [...sim.state.reports.values()].at(-1);
    expect(new Date(Number(created?.dataStartTime)).toISOString()).toBe(marker);
    expect(await replayer.pending()).toEqual([]);

    // A successful call cannot be "replayed".
    const again = await replayer.replay(outcome.entry!.id).catch((e: unknown) => e);
    expect(isValidationError(again)).toBe(true);
    await storage2.close();
  });

  it("never double-posts: a call whose dedup key is already done is not sent again", async () => {
    const storage = sqliteStorage({ path: path.join(dir, "dedup.sqlite"), clock: sim.clock });
    await storage.migrate();
    const vault = createCredentialVault({
      storage,
      keys: staticKeyProvider({ keys: { 1: randomBytes(32) }, current: 1 }),
    });
    const amazon = createSimulatorClient(sim, {
      audit: storage.audit,
      sealer: vault,
      retry: createRetryPolicy({ maxAttempts: 1 }),
    });
    sim.state.faults.set("createReport", { error503Rate: 1 });
    const key = "report:orders:2026-02";
    await amazon.reports
      .POST("/reports/2021-06-30/reports", {
        body: reportBody("2026-02-01T00:00:00.000Z"),
        fetch: amazon.fetchFor({ dedupKey: key }),
      })
      .catch(() => undefined);
    sim.state.faults.clear();
    const [failed] = await storage.audit.query({ kind: "call", status: 503 });
    // Meanwhile another worker finished the same work under the same key.
    const claim = await storage.dedup.claim(key, { leaseMs: 1000 });
    if (claim.status !== "claimed") throw new Error("expected to claim");
    await storage.dedup.complete(key, claim.token, { reportId: "R-OTHER" });

    const before = sim.state.reports.size;
    const replayer = createReplayer({
      audit: storage.audit,
      sealer: vault,
      pipelines: { amazon: amazon.pipeline },
      dedup: storage.dedup,
    });
    expect(await replayer.replay(failed!.id)).toEqual({
      status: "already-done",
      result: { reportId: "R-OTHER" },
    });
    expect(sim.state.reports.size).toBe(before);
    await storage.close();
  });
});
