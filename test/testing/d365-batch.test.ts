import fc from "fast-check";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBatchResponse } from "../../src/testing/d365/batch.js";
import { simulatorBearerFetch } from "../../src/testing/d365/bearer-fetch.js";
import { createD365Simulator, type D365Simulator } from "../../src/testing/d365/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

interface Op {
  readonly method: "POST" | "PATCH" | "DELETE" | "GET";
  readonly url: string;
  readonly body?: Record<string, unknown>;
  readonly contentId?: string;
  readonly headers?: Record<string, string>;
}
type Part = { readonly request: Op } | { readonly changeset: readonly Op[] };

/** Builds a multipart/mixed $batch body the way OData clients write it. */
function batchBody(parts: readonly Part[]): { body: string; contentType: string } {
  const boundary = "batch_0d2b4c5e";
  const lines: string[] = [];
  const writeOp = (op: Op) => {
    lines.push("Content-Type: application/http", "Content-Transfer-Encoding: binary");
    if (op.contentId) lines.push(`Content-ID: ${op.contentId}`);
    lines.push("", `${op.method} ${op.url} HTTP/1.1`, "Accept: application/json;IEEE754Compatible=true");
    for (const [k, v] of Object.entries(op.headers ?? {})) lines.push(`${k}: ${v}`);
    if (op.body)
      lines.push("Content-Type: application/json;IEEE754Compatible=true", "", JSON.stringify(op.body));
    else lines.push("");
  };
  for (const [i, part] of parts.entries()) {
    lines.push(`--${boundary}`);
    if ("request" in part) {
      writeOp(part.request);
      continue;
    }
    const cs = `changeset_${i}`;
    lines.push(`Content-Type: multipart/mixed; boundary=${cs}`, "");
    for (const op of part.changeset) {
      lines.push(`--${cs}`);
      writeOp(op);
    }
    lines.push(`--${cs}--`);
  }
  lines.push(`--${boundary}--`, "");
  return { body: lines.join("\r\n"), contentType: `multipart/mixed; boundary=${boundary}` };
}

function setup(): {
  sim: D365Simulator;
  send: (parts: readonly Part[]) => Promise<ReturnType<typeof parseBatchResponse>>;
} {
  const sim = createD365Simulator();
  server.resetHandlers(...sim.handlers);
  const bearer = simulatorBearerFetch(sim.state);
  const send = async (parts: readonly Part[]) => {
    const { body, contentType } = batchBody(parts);
    const res = await bearer(
      new Request(`${sim.state.environmentUrl}/data/$batch`, {
        method: "POST",
        headers: { "content-type": contentType },
        body,
      }),
    );
    expect(res.status).toBe(200);
    return parseBatchResponse(await res.text(), res.headers.get("content-type"));
  };
  return { sim, send };
}

const header = (contentId: string): Op => ({
  method: "POST",
  url: "LedgerJournalHeaders",
  contentId,
  body: { JournalName: "GenJrn" },
});
const lineVia = (ref: string, contentId: string, extra: Record<string, unknown> = {}): Op => ({
  method: "POST",
  url: `$${ref}/LedgerJournalLine`,
  contentId,
  body: {
    TransDate: "2026-03-01T00:00:00Z",
    CurrencyCode: "USD",
    AccountDisplayValue: "401100-004-025",
    CreditAmount: "10.00",
    ...extra,
  },
});

describe("$batch", () => {
  it("runs lone requests and change sets; Content-ID $1 addresses the header created earlier in the change set", async () => {
    const { sim, send } = setup();
    const parts = await send([
      { request: { method: "GET", url: "Currencies?$select=CurrencyCode&$top=2" } },
      {
        changeset: [
          header("1"),
          lineVia("1", "2"),
          lineVia("1", "3", { CreditAmount: "0", DebitAmount: "10.00", AccountDisplayValue: "110180" }),
          { method: "PATCH", url: "$1", contentId: "4", body: { Description: "Settlement 12345678" } },
        ],
      },
    ]);
    expect(parts).toHaveLength(2);
    const get = parts[0];
    expect(get?.kind === "response" && get.response.status).toBe(200);
    expect(get?.kind === "response" && JSON.parse(get.response.body).value).toHaveLength(2);
    const cs = parts[1];
    if (cs?.kind !== "changeset") throw new Error("expected a change set response");
    expect(cs.responses.map((r) => [r.contentId, r.status])).toEqual([
      ["1", 201],
      ["2", 201],
      ["3", 201],
      ["4", 204],
    ]);
    expect(sim.state.rows("LedgerJournalHeaders")).toMatchObject([
      { JournalBatchNumber: "000001", Description: "Settlement 12345678" },
    ]);
    expect(sim.state.rows("LedgerJournalLines").map((l) => [l.JournalBatchNumber, l.LineNumber])).toEqual([
      ["000001", "1"],
      ["000001", "2"],
    ]);
    expect(sim.state.rows("LedgerJournalHeaders")[0]).toMatchObject({
      JournalTotalDebit: "10",
      JournalTotalCredit: "10",
    });
  });

  it("rolls a change set back entirely when one request fails, and answers with that one failing response", async () => {
    const { sim, send } = setup();
    const before = sim.state.fingerprint();
    const parts = await send([
      {
        changeset: [
          header("1"),
          lineVia("1", "2"),
          lineVia("1", "3", { AccountDisplayValue: "999999-004-025" }),
          lineVia("1", "4"),
        ],
      },
      {
        changeset: [
          { method: "POST", url: "CustomerGroups", contentId: "1", body: { CustomerGroupId: "WEB" } },
        ],
      },
    ]);
    const failed = parts[0];
    if (failed?.kind !== "response") throw new Error("a failed change set answers with a single response");
    expect(failed.response.contentId).toBe("3");
    expect(failed.response.status).toBe(400);
    expect(JSON.parse(failed.response.body).error.innererror.message).toContain("main account '999999'");
    // The other change set is independent.
    expect(parts[1]?.kind).toBe("changeset");
    expect(sim.state.rows("LedgerJournalHeaders")).toHaveLength(0);
    expect(sim.state.rows("LedgerJournalLines")).toHaveLength(0);
    // The number sequence did not move either: the next journal still gets 000001.
    const again = await send([{ changeset: [header("1")] }]);
    expect(
      again[0]?.kind === "changeset" && JSON.parse(again[0].responses[0]?.body ?? "{}").JournalBatchNumber,
    ).toBe("000001");
    expect(before).not.toBe(sim.state.fingerprint());
  });

  it("refuses an unknown Content-ID reference and a malformed body", async () => {
    const { sim, send } = setup();
    const parts = await send([{ changeset: [lineVia("7", "1")] }]);
    expect(parts[0]?.kind === "response" && parts[0].response.status).toBe(400);
    const res = await simulatorBearerFetch(sim.state)(
      new Request(`${sim.state.environmentUrl}/data/$batch`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      }),
    );
    expect(res.status).toBe(400);
  });
});

/** Operations that D365 would accept inside a change set that first creates journal `$1`. */
const validOp = fc.oneof(
  fc
    .record({
      amount: fc.integer({ min: 1, max: 99_999_999 }),
      account: fc.constantFrom("401100-004-025", "618100-004-025", "110180", "222150--024"),
    })
    .map(
      ({ amount, account }) =>
        (id: string) =>
          lineVia("1", id, { AccountDisplayValue: account, CreditAmount: (amount / 100).toFixed(2) }),
    ),
  fc.constantFrom("Amazon fees", "Refunds").map(
    (text) =>
      (id: string): Op => ({ method: "PATCH", url: "$1", contentId: id, body: { Description: text } }),
  ),
  fc.stringMatching(/^[A-Z]{3,8}$/).map(
    (g) =>
      (id: string): Op => ({
        method: "POST",
        url: "CustomerGroups",
        contentId: id,
        body: { CustomerGroupId: `${g}${id}`, Description: "Generated" },
      }),
  ),
);

/** Operations D365 refuses, each for a different reason. */
const invalidOp = fc.constantFrom(
  (id: string) => lineVia("1", id, { AccountDisplayValue: "999999-004-025" }),
  (id: string) => lineVia("1", id, { AccountDisplayValue: "401100-004-777" }),
  (id: string) => lineVia("1", id, { Foo: "unknown property" }),
  (id: string) => lineVia("1", id, { CurrencyCode: undefined }),
  (id: string) => lineVia("1", id, { AccountType: "Nope" }),
  (id: string) => lineVia("1", id, { DebitAmount: "1.00", CreditAmount: "1.00" }),
  (id: string): Op => ({
    method: "POST",
    url: "LedgerJournalLines",
    contentId: id,
    body: {
      JournalBatchNumber: "POSTED",
      TransDate: "2026-03-01T00:00:00Z",
      CurrencyCode: "USD",
      AccountDisplayValue: "401100",
    },
  }),
  (id: string): Op => ({
    method: "PATCH",
    url: "LedgerJournalHeaders(dataAreaId='usmf',JournalBatchNumber='POSTED')",
    contentId: id,
    body: { Description: "x" },
  }),
  (id: string): Op => ({
    method: "DELETE",
    url: "CustomersV3(dataAreaId='usmf',CustomerAccount='NOBODY')",
    contentId: id,
  }),
  (id: string): Op => ({
    method: "PATCH",
    url: "$1",
    contentId: id,
    body: {},
    headers: { "If-Match": 'W/"stale"' },
  }),
);

describe("$batch atomicity (property)", () => {
  it("a change set with one invalid operation leaves no trace", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(validOp, { minLength: 0, maxLength: 6 }),
        invalidOp,
        fc.nat(),
        async (valid, invalid, at) => {
          const { sim, send } = setup();
          sim.state.put("LedgerJournalHeaders", {
            dataAreaId: "usmf",
            JournalBatchNumber: "POSTED",
            JournalName: "GenJrn",
            IsPosted: "Yes",
          });
          const before = sim.state.fingerprint();
          const ops: ((id: string) => Op)[] = [...valid];
          const position = at % (ops.length + 1);
          ops.splice(position, 0, invalid);
          const changeset = [header("1"), ...ops.map((make, i) => make(String(i + 2)))];
          const parts = await send([{ changeset }]);
          expect(parts).toHaveLength(1);
          const only = parts[0];
          expect(only?.kind).toBe("response");
          if (only?.kind === "response") {
            expect(only.response.status).toBeGreaterThanOrEqual(400);
            expect(only.response.contentId).toBe(String(position + 2));
          }
          expect(sim.state.fingerprint()).toBe(before);
        },
      ),
      { numRuns: 75 },
    );
  });

  it("the same change sets without the invalid operation apply completely", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validOp, { minLength: 0, maxLength: 6 }), async (valid) => {
        const { sim, send } = setup();
        const changeset = [header("1"), ...valid.map((make, i) => make(String(i + 2)))];
        const parts = await send([{ changeset }]);
        const only = parts[0];
        if (only?.kind !== "changeset") throw new Error(`change set failed: ${JSON.stringify(only)}`);
        expect(only.responses).toHaveLength(changeset.length);
        const lines = changeset.filter((op) => op.url === "$1/LedgerJournalLine").length;
        expect(sim.state.rows("LedgerJournalLines")).toHaveLength(lines);
      }),
      { numRuns: 50 },
    );
  });
});
