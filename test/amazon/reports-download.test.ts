import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uploadFeedDocument } from "../../src/amazon/feeds/feeds.js";
import { downloadReportDocument } from "../../src/amazon/reports/reports.js";
import { listSettlementReports } from "../../src/amazon/reports/settlements.js";
import { createSimulatorClient } from "../../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

const US = "ATVPDKIKX0DER";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

async function arrange(seed = 61) {
  const sim = createAmazonSimulator({ seed, data: { orders: 20, marketplaces: [US] } });
  server.resetHandlers(...sim.handlers);
  const amazon = createSimulatorClient(sim);
  let report: { reportDocumentId?: string } | undefined;
  for await (const r of listSettlementReports(amazon)) {
    report = r;
    break;
  }
  return { sim, amazon, documentId: report?.reportDocumentId ?? "" };
}

/** A transport that answers the first `n` downloads itself, then lets the simulator answer. */
function failing(n: number, answer: () => Response | Promise<Response>) {
  let calls = 0;
  const transport = async (request: Request) => (++calls <= n ? answer() : fetch(request));
  return { transport, calls: () => calls };
}

describe("downloadReportDocument through ky", () => {
  it("retries a 503 and a reset connection of the document host, then reads the document", async () => {
    const { amazon, documentId } = await arrange();
    let n = 0;
    const t = failing(2, () => {
      if (n++ === 0) return new Response("Slow Down", { status: 503 });
      throw new TypeError("fetch failed");
    });
    const d = await downloadReportDocument(amazon, documentId, { fetch: t.transport });
    expect(t.calls()).toBe(3);
    expect(d.urlsFetched).toBe(1);
    expect(new TextDecoder().decode(d.body)).toMatch(/^settlement-id\t/);
  });

  // Regression: the 20-seller scale-out run parked a settlement as `UNEXPECTED: terminated`, a
  // connection that dropped after the headers, read outside every retry.
  const dropsMidBody = () =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("settlement-id\t"));
          controller.error(new TypeError("terminated"));
        },
      }),
    );

  it("regression: downloads again when the connection drops mid-body", async () => {
    const { amazon, documentId } = await arrange();
    const t = failing(1, dropsMidBody);
    const d = await downloadReportDocument(amazon, documentId, { fetch: t.transport });
    expect(t.calls()).toBe(2);
    expect(new TextDecoder().decode(d.body)).toMatch(/^settlement-id\t/);
  });

  it("regression: a body that keeps dropping ends as a retryable DOCUMENT_DOWNLOAD, never a raw TypeError", async () => {
    const { amazon, documentId } = await arrange();
    const t = failing(10, dropsMidBody);
    const error = await downloadReportDocument(amazon, documentId, { fetch: t.transport, retries: 1 }).catch(
      (e: unknown) => e,
    );
    expect(t.calls()).toBe(2);
    expect(error).toMatchObject({ code: "DOCUMENT_DOWNLOAD", retryable: true });
  });

  it("gives up after its retries with a retryable DOCUMENT_DOWNLOAD naming the status", async () => {
    const { amazon, documentId } = await arrange();
    const t = failing(10, () => new Response("boom", { status: 500 }));
    const error = await downloadReportDocument(amazon, documentId, { fetch: t.transport, retries: 1 }).catch(
      (e: unknown) => e,
    );
    expect(t.calls()).toBe(2);
    expect(error).toMatchObject({ code: "DOCUMENT_DOWNLOAD", retryable: true, status: 500 });
  });

  it("never retries a refusal (4xx) of the document host", async () => {
    const { amazon, documentId } = await arrange();
    const t = failing(10, () => new Response("<Error><Code>AccessDenied</Code></Error>", { status: 403 }));
    const error = await downloadReportDocument(amazon, documentId, { fetch: t.transport }).catch(
      (e: unknown) => e,
    );
    expect(t.calls()).toBe(1);
    expect(error).toMatchObject({ code: "DOCUMENT_DOWNLOAD_REFUSED", status: 403 });
  });

  it("times out a host that does not answer", async () => {
    const { amazon, documentId } = await arrange();
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }),
      );
    const error = await downloadReportDocument(amazon, documentId, {
      fetch: hang,
      timeoutMs: 50,
      retries: 0,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "DOCUMENT_DOWNLOAD", retryable: true });
    expect((error as Error).message).toContain("timed out");
  });

  it("reports progress in bytes up to the announced total", async () => {
    const { amazon, documentId } = await arrange();
    const seen: [number, number | undefined][] = [];
    const d = await downloadReportDocument(amazon, documentId, {
      onProgress: (bytes, total) => seen.push([bytes, total]),
    });
    expect(seen.length).toBeGreaterThan(0);
    const last = seen[seen.length - 1]!;
    // Progress counts the bytes on the wire, up to the content-length the host announced.
    expect(last[0]).toBe(last[1]);
    expect(d.gunzipped).toBe(false);
    expect(last[0]).toBe(d.body.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });

  it("reads a body of many chunks whole, whether its content-length is right, too long, too short or absent", async () => {
    const { amazon, documentId } = await arrange();
    const whole = (await downloadReportDocument(amazon, documentId)).body;
    const cut = [0, 7, 8, 1000, Math.floor(whole.length / 2), whole.length];
    const chunked = (length: string | undefined) => () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 1; i < cut.length; i++) controller.enqueue(whole.slice(cut[i - 1], cut[i]));
            controller.close();
          },
        }),
        { status: 200, headers: length === undefined ? {} : { "content-length": length } },
      );
    for (const length of [String(whole.length), String(whole.length + 100), "10", "0", undefined]) {
      const t = failing(1, chunked(length));
      const d = await downloadReportDocument(amazon, documentId, { fetch: t.transport });
      expect(t.calls()).toBe(1);
      expect(Buffer.from(d.body).equals(Buffer.from(whole))).toBe(true);
    }
  });
});

describe("uploadFeedDocument through ky", () => {
  it("retries a 503 of the document host with the same bytes, and refuses a 403 without retrying", async () => {
    const { amazon } = await arrange();
    const bodies: string[] = [];
    let calls = 0;
    const flaky = async (request: Request) => {
      bodies.push(await request.clone().text());
      return ++calls === 1 ? new Response("Slow Down", { status: 503 }) : fetch(request);
    };
    const id = await uploadFeedDocument(amazon, '{"header":{}}', {
      contentType: "application/json; charset=UTF-8",
      fetch: flaky,
    });
    expect(id).toMatch(/\S/);
    expect(bodies).toEqual(['{"header":{}}', '{"header":{}}']);

    let refused = 0;
    const error = await uploadFeedDocument(amazon, "x", {
      contentType: "text/plain",
      fetch: async () => {
        refused++;
        return new Response("<Error><Code>AccessDenied</Code></Error>", { status: 403 });
      },
    }).catch((e: unknown) => e);
    expect(refused).toBe(1);
    expect(error).toMatchObject({ code: "DOCUMENT_UPLOAD_REFUSED", status: 403 });
  });
});
