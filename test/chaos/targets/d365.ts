/**
 * Fuzz targets of the D365 response side: OData collection pages (`queryAll`, `countEntities`,
 * `getEntity`, `createEntity`), the error parser (`d365Error` through any failed call) and the
 * `$batch` multipart reader (`executeBatch`), each through the public functions with a fetch stub
 * that answers the fuzzed status, headers and body.
 */
import fc from "fast-check";
import { executeBatch } from "../../../src/d365/batch.js";
import { createD365Client, type D365Client } from "../../../src/d365/client.js";
import { writeBatchBody } from "../../../src/d365/multipart.js";
import { countEntities, getEntity, queryAll } from "../../../src/d365/query.js";
import { createEntity } from "../../../src/d365/write.js";
import type { FuzzTarget } from "../support/fuzz.js";

const ENV = "https://fuzz.operations.dynamics.com";
const ROOT = `${ENV}/data`;

/** The typed errors the D365 functions document. */
const documented = (code: string) => code === "D365_ODATA_ERROR" || code === "D365_BAD_RESPONSE";

interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
}

/** A client whose fetch answers the given answers in turn, then empty pages. */
function stubbed(answers: readonly Answer[]): D365Client {
  let i = 0;
  return createD365Client({
    environmentUrl: ENV,
    retry: false,
    limiter: false,
    fetch: async () => {
      const a = answers[i++] ?? { status: 200, contentType: "application/json", body: '{"value":[]}' };
      const headers = new Headers();
      if (a.contentType !== null) headers.set("content-type", a.contentType);
      // 204/304 cannot carry a body.
      const body = a.status === 204 || a.status === 304 ? null : a.body;
      return new Response(body, { status: a.status, headers });
    },
  });
}

const anyJson = fc.jsonValue({ maxDepth: 3 });
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", "null", "[]", "{", "<html>502</html>", "\u0000"),
);

/** A nextLink: under the root, elsewhere, unreadable, or not text at all. */
const nextLink = fc.oneof(
  fc.nat(5).map((n) => `${ROOT}/MainAccounts?$skiptoken=${n}`),
  fc.constantFrom(
    `${ROOT}/MainAccounts`,
    "https://evil.example/data/MainAccounts",
    "not a url",
    "",
    `${ROOT}`,
  ),
  anyJson,
);

/** One page: the shape OData promises, with fields missing, extra or of the wrong type. */
const page = fc
  .record(
    {
      value: fc.oneof(
        fc.array(fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 4 }), { maxLength: 4 }),
        anyJson,
      ),
      "@odata.nextLink": nextLink,
      "@odata.count": fc.oneof(fc.nat(), fc.string({ maxLength: 6 }), anyJson),
      "@odata.context": fc.string({ maxLength: 10 }),
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

const errorBody = fc.oneof(
  fc
    .record(
      {
        error: fc.oneof(
          fc.record(
            {
              code: fc.oneof(fc.string({ maxLength: 8 }), anyJson),
              message: fc.oneof(
                fc.constantFrom(
                  "An error has occurred.",
                  "Field 'TransDate' must be filled in.",
                  "Account '999' does not exist",
                ),
                anyJson,
              ),
              innererror: fc.oneof(
                fc.record({ message: anyJson, type: anyJson, stacktrace: anyJson }, { requiredKeys: [] }),
                anyJson,
              ),
            },
            { requiredKeys: [] },
          ),
          anyJson,
        ),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  text,
);

const answer = (body: fc.Arbitrary<string>): fc.Arbitrary<Answer> =>
  fc.record({
    status: fc.oneof(
      { weight: 4, arbitrary: fc.constant(200) },
      { weight: 2, arbitrary: fc.constantFrom(201, 204, 400, 404, 412, 429, 500, 503) },
    ),
    contentType: fc.constantFrom(
      "application/json",
      "application/json;odata.metadata=minimal",
      "text/html",
      null,
    ),
    body: fc.oneof(
      { weight: 3, arbitrary: body },
      { weight: 1, arbitrary: errorBody },
      { weight: 1, arbitrary: text },
    ),
  });

type ODataCase = {
  readonly op: "queryAll" | "count" | "get" | "create";
  readonly answers: readonly Answer[];
};

export const d365ODataTarget: FuzzTarget<ODataCase> = {
  name: "d365-odata",
  share: 0.3,
  arbitrary: fc.record({
    op: fc.constantFrom("queryAll" as const, "count" as const, "get" as const, "create" as const),
    answers: fc.array(answer(page), { minLength: 1, maxLength: 4 }),
  }),
  run: async ({ op, answers }) => {
    const d365 = stubbed(answers);
    switch (op) {
      case "queryAll":
        return (await queryAll(d365, "MainAccounts", { maxPageSize: 2 })).length;
      case "count":
        return countEntities(d365, "MainAccounts");
      case "get":
        return getEntity(d365, "CustomersV3", { dataAreaId: "usmf", CustomerAccount: "AMZ-US" });
      case "create":
        return createEntity(d365, "LedgerJournalHeaders", {
          dataAreaId: "usmf",
          JournalName: "AmzStl",
        } as never);
    }
  },
  documented,
};

/** A `$batch` answer: well formed for the change sets sent, then damaged. */
const batchAnswer = fc
  .record({
    changeSets: fc.integer({ min: 1, max: 3 }),
    statuses: fc.array(
      fc.constantFrom(
        "HTTP/1.1 201 Created",
        "HTTP/1.1 204 No Content",
        "HTTP/1.1 400 Bad Request",
        "HTTP/1.1 200",
        "HTTP/2 201",
        "201 Created",
        "",
        "HTTP/1.1 abc",
      ),
      { minLength: 6, maxLength: 6 },
    ),
    bodies: fc.array(
      fc.oneof(
        errorBody,
        fc.constantFrom('{"LineNumber":1}', "{not json", "{}", ""),
        anyJson.map((v) => JSON.stringify(v)),
      ),
      { minLength: 6, maxLength: 6 },
    ),
    contentIds: fc.array(fc.oneof(fc.constantFrom("1", "2", "0", "-1", "1e3", "x"), fc.constant(undefined)), {
      minLength: 6,
      maxLength: 6,
    }),
    damage: fc.oneof(
      fc.constant({ kind: "none" as const }),
      fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({
        kind: fc.constant("insert" as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        text: fc.oneof(
          text,
          fc.constantFrom(
            "\r\n--batch_x--\r\n",
            "\r\n--cs_0\r\n",
            "Content-Type: multipart/mixed\r\n\r\n",
            "\r\n\r\n",
          ),
        ),
      }),
      fc.record({
        kind: fc.constant("content-type" as const),
        value: fc.oneof(
          fc.constant(null),
          fc.constantFrom(
            "multipart/mixed",
            "multipart/mixed; boundary=",
            'multipart/mixed; boundary="other"',
            "application/json",
          ),
          fc.string({ maxLength: 20 }),
        ),
      }),
    ),
    outerStatus: fc.oneof(
      { weight: 5, arbitrary: fc.constant(200) },
      { weight: 1, arbitrary: fc.constantFrom(202, 400, 500) },
    ),
  })
  .map(({ changeSets, statuses, bodies, contentIds, damage, outerStatus }) => {
    let k = 0;
    const parts = Array.from({ length: changeSets }, () => ({
      kind: "changeset" as const,
      parts: [0, 1].map(() => {
        const j = k++;
        return {
          contentId: contentIds[j],
          startLine: statuses[j] ?? "",
          headers: [["Content-Type", "application/json"]] as [string, string][],
          body: bodies[j] ?? "",
        };
      }),
    }));
    let body = writeBatchBody(parts, "batch_x", (i) => `cs_${i}`);
    let contentType: string | null = "multipart/mixed; boundary=batch_x";
    if (damage.kind === "truncate") body = body.slice(0, Math.floor(damage.at * body.length));
    if (damage.kind === "insert") {
      const at = Math.floor(damage.at * body.length);
      body = body.slice(0, at) + damage.text + body.slice(at);
    }
    if (damage.kind === "content-type") contentType = damage.value;
    return { changeSets, answer: { status: outerStatus, contentType, body } };
  });

export const d365BatchTarget: FuzzTarget<{ changeSets: number; answer: Answer }> = {
  name: "d365-batch",
  share: 0.36,
  arbitrary: batchAnswer,
  run: async ({ changeSets, answer }) => {
    const d365 = stubbed([answer]);
    const op = {
      method: "POST" as const,
      entitySet: "LedgerJournalLines" as const,
      body: { dataAreaId: "usmf", LineNumber: 1 },
    };
    const outcomes = await executeBatch(
      d365,
      Array.from({ length: changeSets }, () => [op, op]),
      { records: ["settlement:usmf:1", "settlement:usmf:2", "settlement:usmf:3"] },
    );
    // A failed change set is a value here, not a throw: its error must be as typed as a thrown one.
    return outcomes.map((o) =>
      o.ok ? o.results : { code: o.error.code, status: o.error.status, where: o.error.where },
    );
  },
  documented,
};
