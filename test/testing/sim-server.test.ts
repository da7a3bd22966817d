/**
 * The simulators as a loopback server: the typed clients reach them over real HTTP with nothing
 * but endpoint overrides, a client process that is SIGKILLed leaves its writes in the server, and
 * `ml-connector simulate` serves the same thing from the command line.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSpApiClient,
  downloadReportDocument,
  listReports,
  lwaTokenProvider,
  type SpApiClient,
} from "../../src/amazon/index.js";
import { isConnectorError } from "../../src/core/errors.js";
import {
  createD365Client,
  createEntity,
  type D365Client,
  entraTokenProvider,
  executeChangeSet,
  queryAll,
} from "../../src/d365/index.js";
import {
  createSimulatorControl,
  SETTLEMENT_REPORT_TYPE,
  type SimulatorControl,
  SimulatorControlError,
  type SimulatorServer,
  startSimulatorServer,
} from "../../src/testing/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");
const samples = join(repoRoot, "..", "shared", "samples", "settlements");
const US = "ATVPDKIKX0DER";

let server: SimulatorServer;
let control: SimulatorControl;

beforeAll(async () => {
  server = await startSimulatorServer({ seed: 7 });
  control = createSimulatorControl(server.url);
});
afterAll(async () => {
  await server?.close();
});

function amazonClient(withPii = false): SpApiClient {
  const lwa = lwaTokenProvider({
    clientId: server.amazon.clientId,
    clientSecret: server.amazon.clientSecret,
    refreshToken: server.amazon.refreshToken,
    endpoint: server.amazon.lwaEndpoint,
  });
  return createSpApiClient({
    region: "na",
    sellerId: server.amazon.sellerId,
    baseUrl: server.amazon.baseUrl,
    tokens: withPii ? lwa.withRestrictedData({ pii: true }) : lwa,
  });
}

function d365Client(): D365Client {
  const tokens = entraTokenProvider(server.d365);
  return createD365Client({ environmentUrl: server.d365.environmentUrl, tokens });
}

describe("Amazon over HTTP", () => {
  it("serves LWA, getReports and the report document of a loaded settlement file, byte for byte", async () => {
    const bytes = await readFile(join(samples, "v2-us-usd-21574497411.txt"));
    const loaded = await control.loadSettlementFile(bytes, { name: "v2-us-usd-21574497411.txt" });
    expect(loaded).toMatchObject({ settlementId: "21574497411", marketplaceId: US, totalAmount: "1977.17" });

    const amazon = amazonClient();
    const reports = [];
    for await (const r of listReports(amazon, {
      reportTypes: [SETTLEMENT_REPORT_TYPE],
      marketplaceIds: [US],
    }))
      reports.push(r);
    const report = reports.find((r) => r.reportId === loaded.reportId);
    expect(report?.reportDocumentId).toBe(loaded.reportDocumentId);

    const { data } = await amazon.reports.GET("/reports/2021-06-30/documents/{reportDocumentId}", {
      params: { path: { reportDocumentId: loaded.reportDocumentId } },
    });
    // The pre-signed URL points back at the server, not at S3.
    expect(data?.url.startsWith(`${server.url}/s3/na/`)).toBe(true);
    const download = await downloadReportDocument(amazon, loaded.reportDocumentId);
    expect(Buffer.from(download.body).equals(bytes)).toBe(true);

    expect(server.amazonSim.state.counters.tokenRequests).toBeGreaterThanOrEqual(1);
    const call = server.amazonSim.state.calls.find((c) => c.operationId === "getReports");
    expect(call?.host).toBe("sellingpartnerapi-na.amazon.com");
  });

  it("issues a Restricted Data Token for the API path behind the /amazon/na prefix", async () => {
    const order = [...server.amazonSim.state.orders.values()].find(
      (o) => o.marketplaceId === US && o.status === "Shipped",
    );
    expect(order).toBeDefined();
    const before = server.amazonSim.state.counters.rdtIssued;
    const { data, response } = await amazonClient(true).ordersV0.GET("/orders/v0/orders/{orderId}/address", {
      params: { path: { orderId: order?.orderId ?? "" } },
    });
    expect(response.status).toBe(200);
    expect(data?.payload?.AmazonOrderId).toBe(order?.orderId);
    expect(server.amazonSim.state.counters.rdtIssued).toBe(before + 1);
    const rdt = [...server.amazonSim.state.tokens.values()].find((t) => t.kind === "rdt");
    expect(rdt?.resources?.[0]?.path).toBe(`/orders/v0/orders/${order?.orderId}/address`);
  });

  it("moves simulated time through the control API: the open period closes and its settlement appears", async () => {
    const before = await control.state();
    const open = before.amazon.eventGroups.find(
      (g) => g.marketplaceId === US && g.processingStatus === "Open",
    );
    expect(open).toBeDefined();
    await control.advanceClock(15 * 86_400_000);
    const after = await control.state();
    expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(15 * 86_400_000);
    const closed = after.amazon.eventGroups.find((g) => g.groupId === open?.groupId);
    expect(closed?.processingStatus).toBe("Closed");
    expect(after.amazon.settlementReports.some((r) => r.settlementId === closed?.settlementId)).toBe(true);
  });

  it("refuses an unreadable settlement file with a typed error naming the file and the reason", async () => {
    const error = await control
      .loadSettlementFile("date\tamount\n2024-01-01\t5\n", { name: "bank-export.csv" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulatorControlError);
    expect(isConnectorError(error)).toBe(true);
    expect((error as SimulatorControlError).status).toBe(422);
    expect((error as SimulatorControlError).code).toBe("SETTLEMENT_UNKNOWN_LAYOUT");
    expect((error as Error).message).toContain("bank-export.csv");
  });
});

describe("Entra and D365 over HTTP", () => {
  it("queries with @odata.nextLink paging through the server, POSTs and sends a $batch", async () => {
    const d365 = d365Client();
    server.d365Sim.state.setMaxPageSize(3);
    const entities = await queryAll(d365, "LegalEntities", { select: ["LegalEntityId"] });
    server.d365Sim.state.setMaxPageSize(1000);
    expect(entities.map((e) => e.LegalEntityId).sort()).toEqual(
      ["CAMF", "DEMF", "ESMF", "FRRT", "GBSI", "ITCO", "JPMF", "MXMF", "USMF"].sort(),
    );
    // Three pages, each a separate request to the server.
    expect(server.d365Sim.state.requests.filter((r) => r.target === "LegalEntities")).toHaveLength(3);

    const header = await createEntity(d365, "LedgerJournalHeaders", {
      dataAreaId: "usmf",
      JournalName: "AmzStl",
    });
    const line = (account: string, amount: string) => ({
      method: "POST" as const,
      entitySet: "LedgerJournalLines" as const,
      body: {
        dataAreaId: "usmf",
        JournalBatchNumber: header.JournalBatchNumber,
        AccountType: "Ledger",
        AccountDisplayValue: account,
        OffsetAccountType: "Ledger",
        OffsetAccountDisplayValue: "110180-004-025",
        CreditAmount: amount,
        CurrencyCode: "USD",
        TransDate: "2026-01-01T00:00:00Z",
        Text: "server test",
      },
    });
    await executeChangeSet(d365, [line("401100-004-025", "10.00"), line("401200-004-025", "2.50")]);
    const rows = (await control.d365Rows("LedgerJournalLines", "USMF")).filter(
      (r) => r.JournalBatchNumber === header.JournalBatchNumber,
    );
    expect(rows.map((r) => r.AccountDisplayValue)).toEqual(["401100-004-025", "401200-004-025"]);
    expect(server.d365Sim.state.tokensIssued).toBeGreaterThanOrEqual(1);
  });

  it("keeps the rows of a client process that is SIGKILLed mid-run", async () => {
    const child: ChildProcessWithoutNullStreams = spawn(
      process.execPath,
      ["--import", "tsx", join(here, "fixtures", "d365-writer.ts"), JSON.stringify(server.d365)],
      { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    const confirmed: string[] = [];
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on("close", (_code, signal) => r(signal)));
    await new Promise<void>((resolveWritten, reject) => {
      createInterface({ input: child.stdout }).on("line", (text) => {
        confirmed.push(String((JSON.parse(text) as { journal: string }).journal));
        if (confirmed.length === 5) resolveWritten();
      });
      void exited.then(() => reject(new Error(`the writer exited early: ${stderr}`)));
    });
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    // The server holds every journal the dead process saw confirmed, and a new client reads them.
    const held = new Set(
      (await control.d365Rows("LedgerJournalHeaders", "USMF")).map((r) => String(r.JournalBatchNumber)),
    );
    for (const journal of confirmed) expect(held.has(journal)).toBe(true);
    const fresh = await queryAll(d365Client(), "LedgerJournalHeaders", {
      company: "USMF",
      select: ["JournalBatchNumber", "Description"],
    });
    expect(fresh.filter((h) => String(h.Description).startsWith("crash test")).length).toBeGreaterThanOrEqual(
      5,
    );
  });
});

describe("faults over the wire", () => {
  it("resets the connection for a simulated network failure, then answers again", async () => {
    await control.setD365Faults({ rule: { target: "LegalEntities", kind: "network", times: 1 } });
    const url = `${server.d365.environmentUrl}/data/LegalEntities`;
    await expect(fetch(url)).rejects.toThrow(TypeError);
    // The rule is spent: the next request reaches the bearer check.
    expect((await fetch(url)).status).toBe(401);
    await control.clearD365Faults();
  });

  it("answers an unknown path and an unknown control route with a 404 that names them", async () => {
    const res = await fetch(`${server.url}/nowhere`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("/nowhere");
    const error = await control.d365Rows("NoSuchEntities").catch((e: unknown) => e);
    expect((error as SimulatorControlError).code).toBe("SIMULATOR_UNKNOWN_ENTITY_SET");
  });
});

describe("ml-connector simulate", () => {
  const capture = () => {
    const out = { stdout: "", stderr: "" };
    return {
      out,
      io: {
        stdout: (t: string) => {
          out.stdout += t;
        },
        stderr: (t: string) => {
          out.stderr += t;
        },
      },
    };
  };

  it("refuses bad arguments with exit code 2 and its usage", async () => {
    const { simulate } = await import("../../src/cli/simulate.js");
    const bad = capture();
    expect(await simulate(["--port", "http"], bad.io)).toBe(2);
    expect(bad.out.stderr).toContain("--port must be an integer");
    expect(bad.out.stderr).toContain("Usage: ml-connector simulate");
    const unknown = capture();
    expect(await simulate(["--verbose"], unknown.io)).toBe(2);
  });

  it("loads --settlements and prints them with the endpoints", async () => {
    const { simulate } = await import("../../src/cli/simulate.js");
    const run = capture();
    const file = join(samples, "v2-de-eur-22988491762.txt");
    expect(await simulate(["--settlements", file, "--json"], run.io, { until: Promise.resolve() })).toBe(0);
    const info = JSON.parse(run.out.stdout) as {
      settlements: { settlementId: string; totalAmount: string }[];
    };
    expect(info.settlements).toEqual([
      expect.objectContaining({ settlementId: "22988491762", totalAmount: "128.84", currency: "EUR" }),
    ]);
    const missing = capture();
    expect(await simulate(["--settlements", join(samples, "no-such-file.txt")], missing.io)).toBe(1);
    expect(missing.out.stderr).toContain("no-such-file.txt");
  });

  it("starts, prints its URLs and credentials, serves, and stops on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(repoRoot, "src", "cli", "index.ts"), "simulate", "--json", "--seed", "3"],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    const exited = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
    const info = await new Promise<{
      url: string;
      control: string;
      amazon: { baseUrl: string; lwaEndpoint: string; clientId: string; refreshToken: string };
      d365: { environmentUrl: string; authority: string; tenantId: string; clientSecret: string };
    }>((resolveInfo, reject) => {
      createInterface({ input: child.stdout }).once("line", (text) => resolveInfo(JSON.parse(text)));
      void exited.then(() => reject(new Error(`simulate exited early: ${stderr}`)));
    });
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.amazon.baseUrl).toBe(`${info.url}/amazon/na`);
    expect(info.amazon.lwaEndpoint).toBe(`${info.url}/lwa/auth/o2/token`);
    expect(info.d365).toMatchObject({ environmentUrl: info.url, authority: `${info.url}/entra` });
    expect(info.amazon.refreshToken).toMatch(/^Atzr\|/);

    const state = await createSimulatorControl(info.control).state();
    expect(state.amazon.sellers[0]?.sellerId).toBe("ASIMSELLER00001");
    const token = await fetch(info.amazon.lwaEndpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: info.amazon.refreshToken,
        client_id: info.amazon.clientId,
        client_secret: server.amazon.clientSecret,
      }),
    });
    expect(token.status).toBe(200);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
