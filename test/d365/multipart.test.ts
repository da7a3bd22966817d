import { describe, expect, it } from "vitest";
import {
  boundaryOf,
  type MultipartProblem,
  readBatchBody,
  writeBatchBody,
} from "../../src/d365/multipart.js";

const fail = (p: MultipartProblem) => new Error(p.code);

describe("multipart batch bodies", () => {
  it("reads the boundary, quoted or not", () => {
    expect(boundaryOf("multipart/mixed; boundary=batch_1")).toBe("batch_1");
    expect(boundaryOf('multipart/mixed; boundary="batch_2"; charset=utf-8')).toBe("batch_2");
    expect(boundaryOf("application/json")).toBeUndefined();
    expect(boundaryOf(null)).toBeUndefined();
  });

  it("writes a change set and a lone part that read back as written", () => {
    const body = writeBatchBody(
      [
        {
          kind: "changeset",
          parts: [
            {
              contentId: "1",
              startLine: "POST https://d365.example/data/LedgerJournalLines HTTP/1.1",
              headers: [
                ["Content-Type", "application/json"],
                ["Prefer", "return=representation"],
              ],
              body: '{"LineNumber":1}',
            },
            { contentId: "2", startLine: "DELETE LedgerJournalLines(1) HTTP/1.1", headers: [], body: "" },
          ],
        },
        { kind: "single", part: { startLine: "GET Customers HTTP/1.1", headers: [], body: "" } },
      ],
      "batch_x",
      (i) => `changeset_x_${i}`,
    );
    expect(body.split("\r\n").slice(0, 12)).toEqual([
      "--batch_x",
      "Content-Type: multipart/mixed; boundary=changeset_x_0",
      "",
      "--changeset_x_0",
      "Content-Type: application/http",
      "Content-Transfer-Encoding: binary",
      "Content-ID: 1",
      "",
      "POST https://d365.example/data/LedgerJournalLines HTTP/1.1",
      "Content-Type: application/json",
      "Prefer: return=representation",
      "",
    ]);
    expect(body.endsWith("--batch_x--\r\n")).toBe(true);

    const parts = readBatchBody(body, "multipart/mixed; boundary=batch_x", fail);
    expect(parts.map((p) => p.kind)).toEqual(["changeset", "single"]);
    const [changeSet, single] = parts;
    if (changeSet?.kind !== "changeset" || single?.kind !== "single") throw new Error("unexpected shape");
    expect(changeSet.parts.map((p) => [p.contentId, p.startLine, p.body])).toEqual([
      ["1", "POST https://d365.example/data/LedgerJournalLines HTTP/1.1", '{"LineNumber":1}'],
      ["2", "DELETE LedgerJournalLines(1) HTTP/1.1", ""],
    ]);
    expect(changeSet.parts[0]?.headers.get("prefer")).toBe("return=representation");
    expect(single.part).toMatchObject({
      contentId: undefined,
      startLine: "GET Customers HTTP/1.1",
      body: "",
    });
  });

  it("reads LF-only bodies and a Content-ID written inside the HTTP message", () => {
    const body = [
      "--b",
      "Content-Type: application/http",
      "",
      "HTTP/1.1 204 No Content",
      "Content-ID: 7",
      "",
      "",
      "--b--",
    ].join("\n");
    const [part] = readBatchBody(body, "multipart/mixed; boundary=b", fail);
    expect(part).toMatchObject({
      kind: "single",
      part: { contentId: "7", startLine: "HTTP/1.1 204 No Content" },
    });
  });

  it("hands each problem to the caller's fail, which chooses the error", () => {
    expect(() => readBatchBody("", "multipart/mixed", fail)).toThrow("no_boundary");
    expect(() => readBatchBody("--b\r\nx\r\n", "multipart/mixed; boundary=b", fail)).toThrow("unclosed");
    expect(() =>
      readBatchBody(
        "--b\r\nContent-Type: multipart/mixed\r\n\r\n--b--\r\n",
        "multipart/mixed; boundary=b",
        fail,
      ),
    ).toThrow("changeset_without_boundary");
  });
});
