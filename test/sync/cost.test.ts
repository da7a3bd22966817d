/** Cost: a 100,000-line settlement posts in summary mode with D365 requests at most 1% of its lines. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSettlement } from "../../src/testing/data/amazon-data.js";
import { writeSettlement } from "../../src/testing/data/settlement-writer.js";
import { arrangeSync, server, US } from "./harness.js";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("cost of a large settlement", () => {
  it("posts 100,000 lines in summary mode with D365 requests ≤ 1% of the lines", async () => {
    const h = await arrangeSync({ orders: 10, start: Date.UTC(2026, 0, 20) });
    const s = generateSettlement({
      seed: 42,
      format: "US",
      lines: 100_000,
      start: new Date(Date.UTC(2026, 0, 2)),
    });
    const text = [...writeSettlement(s.summary, s.lines(), { format: "US" })].join("");
    h.amazon.state.publishSettlement({ text, marketplaceId: US });
    const before = h.d365.state.requests.length;
    const report = await h.connector.run("settlements");
    const big = report.settlements.find((x) => x.lines === 100_000);
    expect(big?.state).toBe("reconciled");
    const requests = h.d365.state.requests.slice(before);
    // Requests for the other (small) settlements the simulator closed on its own are counted too.
    expect(requests.length).toBeLessThanOrEqual(1_000);
    expect(big?.reconciliation?.difference).toMatch(/^0(\.0+)?$/);
  }, 300_000);
});
