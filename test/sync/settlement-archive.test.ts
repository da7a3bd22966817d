import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStorageState, memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { createConnector } from "../../src/sync/connector.js";
import { generateSettlement } from "../../src/testing/data/amazon-data.js";
import { writeSettlement } from "../../src/testing/data/settlement-writer.js";
import { simulatorMapping } from "../../src/testing/data/sim-mapping.js";
import { arrangeSync, server, US } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

/** A US settlement flat file of `lines` detail lines, gzip-compressed at level 1 (not zlib's default 6). */
function gzipSettlement(lines: number): { text: string; gzip: Uint8Array; settlementId: string } {
  const s = generateSettlement({ seed: 5, format: "US", lines, start: new Date(Date.UTC(2026, 8, 2)) });
  const text = [...writeSettlement(s.summary, s.lines(), { format: "US" })].join("");
  return { text, gzip: new Uint8Array(gzipSync(text, { level: 1 })), settlementId: s.summary.settlementId };
}

describe("settlement archive: one read of the document", () => {
  it("archives a GZIP document as the very bytes Amazon sent, with the size and SHA-256 of what they hold", async () => {
    const state = createMemoryStorageState();
    const h = await arrangeSync({ storage: memoryStorage({ state }) });
    const file = gzipSettlement(400);
    await h.amazon.state.loadSettlementFile(file.gzip, { marketplaceId: US, name: "s.txt.gz" });

    const run = await h.connector.run("settlements");
    const s = run.settlements.find((x) => x.settlementId === file.settlementId);
    expect(s?.state).toBe("reconciled");
    const [row] = [...state.documents.values()].filter((d) => d.attributes.includes(file.settlementId));
    // Level-1 bytes kept byte for byte: the archive was not compressed again (zlib's default is 6).
    expect(Buffer.from(row?.body ?? []).equals(Buffer.from(file.gzip))).toBe(true);
    const archived = await h.storage.documents.get(row?.key ?? "");
    expect(new TextDecoder().decode(archived?.body)).toBe(file.text);
    expect(archived?.size).toBe(Buffer.byteLength(file.text));
    expect(archived?.storedSize).toBe(file.gzip.byteLength);
    expect(archived?.attributes).toMatchObject({ gunzipped: "true" });
  });

  it("a record replayed in another process reads its archive, never Amazon", async () => {
    const state = createMemoryStorageState();
    const h = await arrangeSync({ storage: memoryStorage({ state }) });
    const file = gzipSettlement(300);
    await h.amazon.state.loadSettlementFile(file.gzip, { marketplaceId: US, name: "s.txt.gz" });
    // A mapping without the rules the file needs: downloaded and parsed, then parked at the mapping.
    const parked = await h.connector
      .with({ mapping: { ...simulatorMapping, settlement: { useDefaultTemplate: false, rules: [] } } })
      .run("settlements");
    const first = parked.settlements.find((x) => x.settlementId === file.settlementId);
    expect(first?.state).toBe("parked");
    const downloads = h.amazon.state.counters.documentDownloads;

    // A fresh connector (another process: nothing read in memory) with the right mapping.
    const other = createConnector({ ...h.options, storage: memoryStorage({ state, clock: h.clock }) });
    const replay = await other.replay(file.settlementId);
    expect(replay.settlements.map((x) => [x.settlementId, x.state])).toEqual([
      [file.settlementId, "reconciled"],
    ]);
    expect(h.amazon.state.counters.documentDownloads).toBe(downloads);
  });

  it("an archive changed after the download is refused on replay, not posted", async () => {
    const state = createMemoryStorageState();
    const h = await arrangeSync({ storage: memoryStorage({ state }) });
    const file = gzipSettlement(200);
    await h.amazon.state.loadSettlementFile(file.gzip, { marketplaceId: US, name: "s.txt.gz" });
    await h.connector
      .with({ mapping: { ...simulatorMapping, settlement: { useDefaultTemplate: false, rules: [] } } })
      .run("settlements");
    const [row] = [...state.documents.values()].filter((d) => d.attributes.includes(file.settlementId));
    if (!row) throw new Error("no archive");
    state.documents.set(row.key, {
      ...row,
      body: new Uint8Array(gzipSync(file.text.replace("Order", "Ordr"))),
    });

    const other = createConnector({ ...h.options, storage: memoryStorage({ state, clock: h.clock }) });
    const replay = await other.replay(file.settlementId);
    expect(replay.settlements[0]?.state).not.toBe("reconciled");
    expect(
      h.d365.state
        .rows("LedgerJournalHeaders")
        .filter((r) => String(r.Description).includes(file.settlementId)),
    ).toHaveLength(0);
  });
});
