/**
 * Regressions found by fuzzing the D365 response side: answers that are not what OData promises
 * used to escape as raw TypeError / SyntaxError / Error, or page forever. Each is now a
 * D365ODataError; after a write the error says the write may have been applied.
 */
import { describe, expect, it } from "vitest";
import { isD365ODataError } from "../../src/core/errors.js";
import { executeBatch } from "../../src/d365/batch.js";
import { createD365Client } from "../../src/d365/client.js";
import { queryAll } from "../../src/d365/query.js";
import { createEntity } from "../../src/d365/write.js";

const ENV = "https://regress.operations.dynamics.com";

function answering(...answers: { status?: number; type?: string; body: string }[]) {
  let i = 0;
  return createD365Client({
    environmentUrl: ENV,
    retry: false,
    limiter: false,
    fetch: async () => {
      const a = answers[Math.min(i++, answers.length - 1)] ?? { body: "" };
      return new Response(a.body, {
        status: a.status ?? 200,
        headers: { "content-type": a.type ?? "application/json" },
      });
    },
  });
}

async function failure(p: Promise<unknown>) {
  return p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e,
  );
}

const line = { method: "POST" as const, entitySet: "LedgerJournalLines" as const, body: { LineNumber: 1 } };

describe("D365 answers that are not OData are typed errors", () => {
  it("regression: a page that is not JSON (a gateway's HTML) was a raw SyntaxError", async () => {
    const e = await failure(queryAll(answering({ body: "<html>502 Bad Gateway</html>" }), "MainAccounts"));
    expect(isD365ODataError(e) && e.code).toBe("D365_BAD_RESPONSE");
    expect(isD365ODataError(e) && e.retryable).toBe(true);
  });

  it("regression: a JSON null page was a raw TypeError", async () => {
    const e = await failure(queryAll(answering({ body: "null" }), "MainAccounts"));
    expect(isD365ODataError(e) && e.code).toBe("D365_BAD_RESPONSE");
  });

  it("regression: a value that is not an array was a raw TypeError", async () => {
    const e = await failure(queryAll(answering({ body: '{"value":5}' }), "MainAccounts"));
    expect(isD365ODataError(e) && e.message).toMatch(/value is not an array/);
  });

  it("regression: a nextLink that is not a URL was a raw TypeError (Invalid URL)", async () => {
    const e = await failure(
      queryAll(answering({ body: '{"value":[],"@odata.nextLink":"not a url"}' }), "MainAccounts"),
    );
    expect(isD365ODataError(e) && e.message).toMatch(/outside the service root: an unreadable URL/);
  });

  it("regression: a nextLink back to the same page paged forever", async () => {
    const body = JSON.stringify({ value: [{}], "@odata.nextLink": `${ENV}/data/MainAccounts?$skiptoken=1` });
    const e = await failure(queryAll(answering({ body }), "MainAccounts"));
    expect(isD365ODataError(e) && e.message).toMatch(/repeats a page/);
  });

  it("regression: an error body whose message is not text was a raw TypeError", async () => {
    const e = await failure(
      queryAll(
        answering({ status: 400, body: '{"error":{"message":5,"innererror":{"message":{}}}}' }),
        "MainAccounts",
      ),
    );
    expect(isD365ODataError(e) && e.code).toBe("D365_ODATA_ERROR");
    expect(isD365ODataError(e) && e.message).toMatch(/no error message/);
  });

  it("regression: a create answered with a non-JSON 201 was a raw SyntaxError; it now says the write may have happened", async () => {
    const e = await failure(
      createEntity(answering({ status: 201, body: "created" }), "LedgerJournalHeaders", {
        JournalName: "AmzStl",
      } as never),
    );
    expect(isD365ODataError(e) && e.code).toBe("D365_BAD_RESPONSE");
    expect(isD365ODataError(e) && e.retryable).toBe(false);
    expect(isD365ODataError(e) && e.hint).toMatch(/may have been applied/);
  });

  it("regression: a $batch answer without its closing boundary was a plain Error", async () => {
    const body = "--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 201 Created\r\n\r\n{}\r\n";
    const e = await failure(
      executeBatch(answering({ type: "multipart/mixed; boundary=b", body }), [[line]], {
        record: "settlement:usmf:1",
      }),
    );
    expect(isD365ODataError(e) && e.code).toBe("D365_BAD_RESPONSE");
    expect(isD365ODataError(e) && e.retryable).toBe(false);
    expect(isD365ODataError(e) && e.where.record).toBe("settlement:usmf:1");
  });

  it("regression: a $batch part without a status line was a plain Error", async () => {
    const body = "--b\r\nContent-Type: application/http\r\n\r\nHTTP/2 201\r\n\r\n{}\r\n--b--\r\n";
    const e = await failure(executeBatch(answering({ type: "multipart/mixed; boundary=b", body }), [[line]]));
    expect(isD365ODataError(e) && e.message).toMatch(/no status line/);
  });

  it("regression: a $batch entity that is not JSON was a raw SyntaxError", async () => {
    const body = [
      "--b",
      "Content-Type: multipart/mixed; boundary=c",
      "",
      "--c",
      "Content-Type: application/http",
      "",
      "HTTP/1.1 201 Created",
      "",
      "{not json",
      "--c--",
      "--b--",
      "",
    ].join("\r\n");
    const e = await failure(executeBatch(answering({ type: "multipart/mixed; boundary=b", body }), [[line]]));
    expect(isD365ODataError(e) && e.code).toBe("D365_BAD_RESPONSE");
  });

  it("regression: a $batch part header with a control character was a raw TypeError (Headers.append)", async () => {
    const body =
      "--b\r\n\u0000Content-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\n\r\nHTTP/1.1 201 Created\r\n\r\n{}\r\n--c--\r\n--b--\r\n";
    const e = await failure(executeBatch(answering({ type: "multipart/mixed; boundary=b", body }), [[line]]));
    expect(isD365ODataError(e) && e.code).toBe("D365_BAD_RESPONSE");
  });
});
