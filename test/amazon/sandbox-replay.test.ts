import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "../../generated/amazon/operations.js";
import { type SandboxCase, sandboxCases } from "../../generated/amazon/sandbox.js";
import { createSpApiClient, findOperation, spApiModels } from "../../src/amazon/client.js";
import { createSimulatedClock } from "../../src/core/clock.js";
import { staticTokenProvider } from "../../src/core/token-provider.js";

// Amazon's own request→response cases (x-amzn-api-sandbox.static), replayed through the typed
// clients. The handler below answers like the sandbox host: it picks the case whose listed
// parameters the request carries, so a wrong path, a wrong query encoding or a wrong body fails.

const host = "https://sandbox.sellingpartnerapi-na.amazon.com";
const placeholder = "ATVPDKIKX0DER";

const wire = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(",") : String(v));

function pathParams(template: string, pathname: string): Record<string, string> {
  const names: string[] = [];
  const pattern = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  const m = new RegExp(`^${pattern}$`).exec(pathname);
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m?.[i + 1] ?? "")]));
}

function matches(c: SandboxCase, url: URL, params: Record<string, string>, body: unknown): number {
  let score = 0;
  for (const [k, v] of Object.entries(c.request.query)) {
    if (url.searchParams.get(k) !== wire(v)) return -1;
    score++;
  }
  for (const [k, v] of Object.entries(c.request.path)) {
    if (params[k] !== String(v)) return -1;
    score++;
  }
  if (c.request.body !== undefined) {
    if (JSON.stringify(body) !== JSON.stringify(c.request.body)) return -1;
    score++;
  }
  return score;
}

const server = setupServer(
  http.all(`${host}/*`, async ({ request }) => {
    if (request.headers.get("x-amz-access-token") !== "Atza|sandbox-token") {
      return HttpResponse.json(
        { errors: [{ code: "Unauthorized", message: "Access to requested resource is denied." }] },
        { status: 403 },
      );
    }
    const url = new URL(request.url);
    const op = findOperation(request.method, url.pathname);
    if (!op)
      return HttpResponse.json(
        { errors: [{ code: "NotFound", message: "no such operation" }] },
        { status: 404 },
      );
    const text = await request.text();
    const body = text ? JSON.parse(text) : undefined;
    const params = pathParams(op.path, url.pathname);
    const ranked = sandboxCases
      .filter((c) => c.api === op.api && c.operationId === op.operationId)
      .map((c) => ({ c, score: matches(c, url, params, body) }))
      .filter((x) => x.score >= 0)
      .sort((a, b) => b.score - a.score);
    const hit = ranked[0]?.c;
    if (!hit) {
      return HttpResponse.json(
        { errors: [{ code: "InvalidInput", message: "no sandbox case matches" }] },
        { status: 400 },
      );
    }
    if (hit.status === 204 || hit.response === null) return new HttpResponse(null, { status: hit.status });
    return HttpResponse.json(hit.response as Record<string, unknown>, {
      status: hit.status,
      headers: { "x-amzn-RequestId": `req-${hit.operationId}-${hit.index}` },
    });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const clientKeyOf = Object.fromEntries(Object.entries(spApiModels).map(([k, api]) => [api, k]));
const replayed = [
  "ordersV0",
  "orders_2026-01-01",
  "financesV0",
  "finances_2024-06-19",
  "reports_2021-06-30",
  "feeds_2021-06-30",
  "listingsItems_2021-08-01",
  "tokens_2021-03-01",
  "sellers",
];

describe("SP-API static sandbox cases through the typed clients", () => {
  const amazon = createSpApiClient({
    region: "na",
    sandbox: true,
    clock: createSimulatedClock(),
    tokens: staticTokenProvider("Atza|sandbox-token", { header: "x-amz-access-token" }),
  });

  // A case whose request is identical to an earlier case's cannot be told apart by any server
  // (sellers getAccount lists the same empty request for 200 and 400); the earlier one answers.
  const key = (c: SandboxCase) => `${c.api} ${c.operationId} ${JSON.stringify(c.request)}`;
  const all = sandboxCases.filter((c) => replayed.includes(c.api));
  const cases = all.filter((c, i) => all.findIndex((o) => key(o) === key(c)) === i);

  it("only drops cases that repeat an earlier request", () => {
    expect(all.filter((c) => !cases.includes(c)).map((c) => `${c.operationId} ${c.status}`)).toEqual([
      "getAccount 400",
    ]);
  });

  it("covers every listed API", () => {
    expect(new Set(cases.map((c) => c.api))).toEqual(new Set(replayed));
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases.map((c) => [`${c.api} ${c.operationId} ${c.status} #${c.index}`, c] as const))(
    "%s",
    async (_, c) => {
      const op = operations.find((o) => o.api === c.api && o.operationId === c.operationId)!;
      const query: Record<string, unknown> = { ...c.request.query };
      // The cases list only the parameters they match on; required ones must still be sent.
      for (const name of op.requiredQuery) if (!(name in query)) query[name] = [placeholder];
      const client = (
        amazon as unknown as Record<
          string,
          Record<
            string,
            (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>
          >
        >
      )[clientKeyOf[c.api]!]!;
      const init: Record<string, unknown> = { params: { path: c.request.path, query } };
      if (c.request.body !== undefined) init.body = c.request.body;
      const { data, error, response } = await client[c.method]!(c.path, init);
      expect(response.status).toBe(c.status);
      if (c.status >= 400) {
        expect(error).toEqual(c.response);
      } else if (c.status === 204 || c.response === null) {
        expect(error).toBeUndefined();
      } else {
        expect(error).toBeUndefined();
        expect(data).toEqual(c.response);
      }
    },
  );
});
