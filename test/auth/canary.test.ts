/**
 * Canary: plant client secrets and refresh tokens, let the simulators issue access tokens and RDTs,
 * run a full flow (vault, LWA, RDT, Entra, refreshes, revocations, refusals, rotation), capture every
 * log line, audit record, error message and the SQLite files, and look for every planted value.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { RDT_DATA_ELEMENTS_HEADER } from "../../src/amazon/auth/rdt.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { type AuditSink, createMemoryAuditSink } from "../../src/core/audit.js";
import { createSimulatedClock } from "../../src/core/clock.js";
import { staticKeyProvider } from "../../src/core/key-provider.js";
import { consoleLogger } from "../../src/core/logger.js";
import { createCredentialVault } from "../../src/core/vault.js";
import { entraTokenProvider } from "../../src/d365/auth/entra.js";
import { createD365Client } from "../../src/d365/client.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { createAmazonSimulator, defaultSimSeller } from "../../src/testing/amazon/simulator.js";
import { createD365Simulator } from "../../src/testing/d365/simulator.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const HOUR = 3_600_000;

describe("canary: no secret or token appears in the clear anywhere", () => {
  it("survives a full flow", async () => {
    const dir = mkdtempSync(join(tmpdir(), "canary-"));
    try {
      const canary = randomBytes(6).toString("hex");
      const lwaSecret = `amzn1.oa2-cs.v1.CANARYSECRET${canary}`;
      const lwaRefresh = `Atzr|CANARY-REFRESH-${canary}`;
      const entraSecret = `CANARY~entra~secret~${canary}`;
      const seller = { ...defaultSimSeller, clientSecret: lwaSecret, refreshToken: lwaRefresh };

      const clock = createSimulatedClock();
      const amazonSim = createAmazonSimulator({
        clock,
        sellers: [seller],
        enforceUsagePlans: false,
        data: { orders: 8 },
      });
      const d365Sim = createD365Simulator({ clock, clientSecret: entraSecret });
      server.use(...amazonSim.handlers, ...d365Sim.handlers);

      // Entra tokens are not kept by the simulator: read them off the wire.
      const entraTokens: string[] = [];
      server.events.on("response:mocked", async ({ request, response }) => {
        if (request.url.includes("login.microsoftonline.com") && response.ok) {
          const body = (await response.clone().json()) as { access_token?: string };
          if (body.access_token) entraTokens.push(body.access_token);
        }
      });

      const lines: string[] = [];
      const logger = consoleLogger({
        level: "debug",
        write: (line) => lines.push(line),
        now: () => clock.now(),
      });
      const storage = sqliteStorage({ path: join(dir, "connector.db"), clock });
      const vault = createCredentialVault({
        storage,
        keys: staticKeyProvider({ keys: { 1: randomBytes(32) }, current: 1 }),
      });
      const memoryAudit = createMemoryAuditSink();
      // Every call lands in memory and in the SQLite audit table, with a vault-encrypted replay body.
      let replays = 0;
      const audit: AuditSink = {
        async appendCall(input) {
          await memoryAudit.appendCall(input);
          const body = await vault.encrypt(
            `replay:${++replays}`,
            JSON.stringify({ replay: true, secret: lwaSecret }),
          );
          return storage.audit.appendCall({ ...input, body });
        },
        async appendTransition(input) {
          await memoryAudit.appendTransition(input);
          return storage.audit.appendTransition(input);
        },
      };

      const errors: unknown[] = [];
      const capture = async (promise: Promise<unknown>) => {
        try {
          await promise;
        } catch (e) {
          errors.push(e);
        }
      };

      // 1. Credentials go into the vault and come back out as Secrets.
      await vault.putCredentials("amazon:canary", {
        clientId: seller.clientId,
        clientSecret: lwaSecret,
        refreshToken: lwaRefresh,
      });
      await vault.putCredentials("d365:canary", {
        tenantId: d365Sim.state.tenantId,
        clientId: d365Sim.state.clientId,
        clientSecret: entraSecret,
      });
      const amazonCreds = (await vault.getCredentials("amazon:canary"))!;
      const d365Creds = (await vault.getCredentials("d365:canary"))!;

      // 2. Amazon: LWA + RDT through a fully wired client.
      const lwa = lwaTokenProvider({
        clientId: amazonCreds.clientId!,
        clientSecret: amazonCreds.clientSecret!,
        refreshToken: amazonCreds.refreshToken!,
        clock,
        logger,
        audit,
      });
      const tokens = lwa.withRestrictedData({ pii: true });
      const amazon = createSpApiClient({
        region: "na",
        sellerId: seller.sellerId,
        tokens,
        clock,
        logger,
        audit,
        limiter: false,
      });
      const orderIds = [...amazonSim.state.orders.keys()];
      await amazon.ordersV0.GET("/orders/v0/orders", {
        params: { query: { MarketplaceIds: ["ATVPDKIKX0DER"], CreatedAfter: "2025-01-01T00:00:00Z" } },
      });
      for (const orderId of orderIds.slice(0, 3)) {
        await amazon.ordersV0.GET("/orders/v0/orders/{orderId}/address", { params: { path: { orderId } } });
        await amazon.ordersV0.GET("/orders/v0/orders/{orderId}", {
          params: { path: { orderId } },
          headers: { [RDT_DATA_ELEMENTS_HEADER]: "buyerInfo,shippingAddress" },
        });
      }
      await clock.advance(HOUR);
      await amazon.ordersV0.GET("/orders/v0/orders/{orderId}/buyerInfo", {
        params: { path: { orderId: orderIds[0]! } },
      });
      const lwaIssued = [...amazonSim.state.tokens.values()].filter((t) => t.kind === "lwa");
      amazonSim.state.revokeToken({ accessToken: lwaIssued.at(-1)!.token });
      await amazon.sellers.GET("/sellers/v1/marketplaceParticipations");
      // A refusal: the refresh token is revoked.
      amazonSim.state.revokeToken({ refreshToken: lwaRefresh });
      await capture(amazon.sellers.GET("/sellers/v1/marketplaceParticipations"));
      // Restricted data without the opt-in.
      const noPii = createSpApiClient({
        region: "na",
        tokens: lwa.withRestrictedData({ pii: false }),
        clock,
        logger,
        audit,
      });
      await capture(
        noPii.ordersV0.GET("/orders/v0/orders/{orderId}/address", {
          params: { path: { orderId: orderIds[0]! } },
        }),
      );
      // Wrong client secret.
      const wrongLwa = lwaTokenProvider({
        ...seller,
        clientSecret: `${lwaSecret}-wrong`,
        clock,
        logger,
        audit,
      });
      const wrongAmazon = createSpApiClient({ region: "na", tokens: wrongLwa, clock, logger, audit });
      await capture(wrongAmazon.sellers.GET("/sellers/v1/marketplaceParticipations"));

      // 3. D365 through Entra.
      const entra = entraTokenProvider({
        tenantId: d365Creds.tenantId!.reveal(),
        clientId: d365Creds.clientId!.reveal(),
        clientSecret: d365Creds.clientSecret!,
        environmentUrl: d365Sim.state.environmentUrl,
        clock,
        logger,
        audit,
      });
      const d365 = createD365Client({
        environmentUrl: d365Sim.state.environmentUrl,
        tokens: entra,
        clock,
        logger,
        audit,
      });
      const read = () => d365.odata.GET("/LegalEntities", {} as never);
      await read();
      d365Sim.state.revokeTokens();
      await read();
      await clock.advance(HOUR);
      await read();
      const wrongEntra = entraTokenProvider({
        tenantId: d365Sim.state.tenantId,
        clientId: d365Sim.state.clientId,
        clientSecret: `${entraSecret}-wrong`,
        environmentUrl: d365Sim.state.environmentUrl,
        clock,
        logger,
        audit,
      });
      await capture(
        createD365Client({
          environmentUrl: d365Sim.state.environmentUrl,
          tokens: wrongEntra,
          clock,
          logger,
          audit,
        }).odata.GET("/LegalEntities", {} as never),
      );

      // 4. Rotate the vault, then read the whole trail back.
      await vault.rotate(staticKeyProvider({ keys: { 2: randomBytes(32) }, current: 2 }));
      const storedAudit = await storage.audit.query({ limit: 10_000 });
      await storage.close();
      const files = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString("latin1"));

      // The flow really ran: tokens and RDTs were issued, errors were raised, everything was captured.
      const issued = [...amazonSim.state.tokens.values()];
      expect(issued.filter((t) => t.kind === "rdt").length).toBeGreaterThanOrEqual(5);
      expect(issued.filter((t) => t.kind === "lwa").length).toBeGreaterThanOrEqual(3);
      expect(entraTokens.length).toBeGreaterThanOrEqual(3);
      expect(errors.map((e) => (e as { code: string }).code)).toEqual([
        "LWA_INVALID_GRANT",
        "PII_NOT_ENABLED",
        "LWA_INVALID_CLIENT",
        "ENTRA_INVALID_SECRET",
      ]);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((l) => l.includes("audit sink failed"))).toEqual([]);
      expect(storedAudit.length).toBeGreaterThan(20);

      const planted = [
        lwaSecret,
        lwaRefresh,
        entraSecret,
        ...issued.map((t) => t.token),
        ...entraTokens,
        // Fragments long enough to be meaningful, in case something truncates.
        canary,
      ];
      const haystacks: Record<string, string> = {
        logs: lines.join("\n"),
        memoryAudit: JSON.stringify(memoryAudit.entries),
        storedAudit: JSON.stringify(storedAudit),
        errorMessages: errors.map((e) => (e as Error).message).join("\n"),
        errorsJson: JSON.stringify(errors),
        errorsInspected: errors.map((e) => inspect(e, { depth: 10, showHidden: true })).join("\n"),
        providersInspected: [lwa, tokens, entra, wrongLwa, amazonCreds, d365Creds]
          .map((p) => inspect(p, { depth: 10, showHidden: true }))
          .join("\n"),
        providersJson: JSON.stringify([lwa, tokens, entra, amazonCreds, d365Creds]),
        clientsInspected: inspect([amazon.pipeline.options, d365.pipeline.options], { depth: 6 }),
        sqliteFiles: files.join(""),
      };
      for (const [where, text] of Object.entries(haystacks)) {
        for (const value of planted) {
          expect(text.includes(value), `${where} contains a planted value`).toBe(false);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
