/**
 * Secrets and PII canaries under fuzzed failures. Plants a canary value for every secret (LWA
 * access token, D365 bearer token, an opaque API secret) and every buyer PII field (name, e-mail,
 * phone, address), lets fuzzed remote answers fail in every way (error bodies that quote the
 * Authorization header, the token, the buyer; bodies that are not JSON; throttling; 5xx) or succeed
 * with PII the caller did not ask for, then searches every log line, audit record, error (message
 * and JSON) and the bytes of the SQLite files for each canary.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { expect, it } from "vitest";
import { createSpApiClient } from "../../src/amazon/client.js";
import { listOrders } from "../../src/amazon/orders/list-orders.js";
import { createSimulatedClock } from "../../src/core/clock.js";
import { isConnectorError } from "../../src/core/errors.js";
import { consoleLogger } from "../../src/core/logger.js";
import { staticTokenProvider } from "../../src/core/token-provider.js";
import { createD365Client } from "../../src/d365/client.js";
import { queryAll } from "../../src/d365/query.js";
import { createEntity } from "../../src/d365/write.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { chaosPart } from "./support/part.js";
import { chaosSettings } from "./support/settings.js";
import { recordFigure } from "./support/summary.js";

const tag = randomBytes(5).toString("hex");
/** Secrets: what the SDK is given and must never print. */
const SECRETS = {
  lwaAccessToken: `Atza|CANARY-ACCESS-${tag}`,
  d365BearerToken: `CANARYd365bearer${tag}xyz`,
};
/** Buyer PII that Amazon sends in order answers. */
const PII = {
  buyerName: `Canary Buyer ${tag}`,
  buyerEmail: `canary-${tag}@marketplace.amazon.com`,
  phone: `+1-555-${tag}`,
  addressLine: `${tag} Canary Street`,
};
const CANARIES = { ...SECRETS, ...PII };

type Echo = keyof typeof CANARIES | "authorization-header" | "url";

/** One fuzzed remote answer: its status and what its body echoes. */
const answer = fc
  .record({
    status: fc.constantFrom(200, 200, 400, 401, 403, 404, 429, 500, 503),
    // Error bodies echo what the SDK sent (credentials, URLs); buyer PII reaches the SDK only in
    // order answers ("orders-with-pii"), which must drop it when PII was not asked for.
    echo: fc.array(
      fc.constantFrom<Echo>(
        ...(Object.keys(SECRETS) as (keyof typeof SECRETS)[]),
        "authorization-header",
        "url",
      ),
      {
        maxLength: 3,
      },
    ),
    shape: fc.constantFrom("amazon-errors", "odata-error", "not-json", "orders-with-pii", "empty"),
  })
  // Buyer PII arrives in successful order answers only; no remote system has it to echo in an error.
  .map((a) => (a.shape === "orders-with-pii" ? { ...a, status: 200 as const } : a));
type Answer = typeof answer extends fc.Arbitrary<infer T> ? T : never;

function bodyOf(a: Answer, request: Request): string {
  const echoed = a.echo
    .map((e) =>
      e === "authorization-header"
        ? (request.headers.get("authorization") ?? request.headers.get("x-amz-access-token") ?? "")
        : e === "url"
          ? request.url
          : CANARIES[e],
    )
    .join(" ");
  switch (a.shape) {
    case "amazon-errors":
      return JSON.stringify({
        errors: [{ code: "InvalidInput", message: `rejected ${echoed}`, details: echoed }],
      });
    case "odata-error":
      return JSON.stringify({
        error: { code: "", message: `Write failed for ${echoed}`, innererror: { message: echoed } },
      });
    case "not-json":
      return `<html>gateway error ${echoed}</html>`;
    case "orders-with-pii":
      return JSON.stringify({
        orders: [
          {
            orderId: "111-0000000-0000001",
            orderStatus: "Shipped",
            createdTime: "2026-01-01T00:00:00Z",
            lastUpdatedTime: "2026-01-01T00:00:00Z",
            buyer: { buyerName: PII.buyerName, buyerEmail: PII.buyerEmail },
            recipient: {
              deliveryAddress: { name: PII.buyerName, addressLine1: PII.addressLine, phone: PII.phone },
            },
          },
        ],
        value: [{ Name: "ok" }],
      });
    case "empty":
      return "";
  }
}

chaosPart("canaries", "secrets and PII canaries under fuzzed failures", () => {
  it("no canary appears in logs, audit records, errors or the SQLite files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chaos-canary-"));
    const clock = createSimulatedClock({ start: Date.UTC(2026, 1, 1) });
    const lines: string[] = [];
    const logger = consoleLogger({ level: "debug", write: (l) => lines.push(l), now: () => clock.now() });
    const storage = sqliteStorage({ path: join(dir, "connector.db"), clock });
    const errors: string[] = [];
    let queue: Answer[] = [];
    const fetch = async (request: Request) => {
      const a = queue.shift() ?? { status: 200, echo: [], shape: "empty" as const };
      return new Response(bodyOf(a, request), {
        status: a.status,
        headers: { "content-type": "application/json", "x-amzn-RequestId": "canary" },
      });
    };
    const common = {
      fetch,
      audit: storage.audit,
      logger,
      clock,
      retry: false as const,
      limiter: false as const,
    };
    const amazon = createSpApiClient({
      region: "na",
      tokens: staticTokenProvider(SECRETS.lwaAccessToken, { header: "x-amz-access-token" }),
      ...common,
    });
    const d365 = createD365Client({
      environmentUrl: "https://canary.operations.dynamics.com",
      tokens: staticTokenProvider(SECRETS.d365BearerToken, { header: "authorization", scheme: "Bearer" }),
      ...common,
    });
    const runs = Math.max(50, Math.round(chaosSettings().runs / 500));
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom("orders", "d365-read", "d365-write"),
          fc.array(answer, { minLength: 1, maxLength: 3 }),
          async (call, answers) => {
            queue = [...answers];
            recordFigure("canaries", "fuzzed calls", 1);
            try {
              if (call === "orders") {
                for await (const _ of listOrders(amazon, {
                  marketplaceIds: ["ATVPDKIKX0DER"],
                  lastUpdatedAfter: Date.UTC(2026, 0, 1),
                  lastUpdatedBefore: Date.UTC(2026, 0, 2),
                })) {
                }
              } else if (call === "d365-read") {
                await queryAll(d365, "MainAccounts");
              } else {
                await createEntity(d365, "LedgerJournalHeaders", { JournalName: "AmzStl" } as never, {
                  record: "settlement:usmf:1",
                });
              }
            } catch (e) {
              if (!isConnectorError(e)) throw e;
              errors.push(e.message, JSON.stringify(e));
            }
          },
        ),
        { seed: chaosSettings().seed, numRuns: runs },
      );
      const audit = JSON.stringify(await storage.audit.query({ limit: 100_000 }));
      await storage.close();
      const files = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString("latin1"));
      const places = { logs: lines.join("\n"), audit, errors: errors.join("\n"), sqlite: files.join("\n") };
      recordFigure("canaries", "values planted", Object.keys(CANARIES).length);
      recordFigure("canaries", "places searched", Object.keys(places).length);
      const leaks: string[] = [];
      for (const [name, value] of Object.entries(CANARIES)) {
        for (const [place, text] of Object.entries(places)) {
          if (text.includes(value)) leaks.push(`${name} in ${place}`);
        }
      }
      recordFigure("leaks", "canary", leaks.length);
      expect(leaks).toEqual([]);
      // The search must be able to fail: the calls did fail, and they were audited.
      expect(errors.length).toBeGreaterThan(0);
      expect(audit).toContain("LedgerJournalHeaders");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
