/**
 * `ml-connector simulate`: runs the Amazon and D365 simulators as a loopback HTTP server until
 * SIGINT/SIGTERM, and prints what a connector in another process needs to reach them: endpoint
 * overrides and the simulated credentials (simulator values, not secrets).
 */
import { parseArgs } from "node:util";
import type { CliIo } from "./run.js";

const USAGE = `Usage: ml-connector simulate [--port N] [--seed N] [--settlements DIR] [--json]

  --port N           port on 127.0.0.1 (default: a free one)
  --seed N           seed of the simulated data (default 1)
  --settlements DIR  load the settlement flat files of DIR (or a single file) as settlement reports
  --json             print one JSON object instead of text
`;

/** Options the tests inject; the CLI itself runs until a signal. */
export interface SimulateHooks {
  /** Resolves when the server should stop. @default on SIGINT or SIGTERM */
  readonly until?: Promise<void>;
}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new RangeError(`--${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return n;
}

/** Runs `ml-connector simulate`; returns the exit code once stopped. */
export async function simulate(argv: string[], io: CliIo, hooks: SimulateHooks = {}): Promise<number> {
  let port: number | undefined;
  let seed: number | undefined;
  let settlements: string | undefined;
  let json = false;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string" },
        seed: { type: "string" },
        settlements: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    port = integer("port", values.port, 0, 65_535);
    seed = integer("seed", values.seed, 0, 2 ** 31 - 1);
    settlements = values.settlements;
    json = values.json ?? false;
  } catch (e) {
    io.stderr(`ml-connector simulate: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }

  const { startSimulatorServer } = await import("../testing/server.js");
  const server = await startSimulatorServer({
    ...(port !== undefined ? { port } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(settlements !== undefined ? { settlements: [settlements] } : {}),
  }).catch((e: unknown) => {
    io.stderr(`ml-connector simulate: ${e instanceof Error ? e.message : String(e)}\n`);
    return undefined;
  });
  if (!server) return 1;

  const info = {
    url: server.url,
    control: server.controlUrl,
    amazon: server.amazon,
    d365: server.d365,
    settlements: server.loaded.map((l) => ({
      name: l.name,
      settlementId: l.settlementId,
      marketplaceId: l.marketplaceId,
      totalAmount: l.summary.totalAmount.toString(),
      currency: l.summary.currency,
      reportId: l.report.reportId,
    })),
  };
  if (json) io.stdout(`${JSON.stringify(info)}\n`);
  else {
    const a = server.amazon;
    const d = server.d365;
    io.stdout(
      [
        `ml-connector simulators listening on ${server.url}`,
        "",
        "Amazon (createSpApiClient / lwaTokenProvider):",
        `  baseUrl        ${a.baseUrls.na} (na)  ${a.baseUrls.eu} (eu)  ${a.baseUrls.fe} (fe)`,
        `  sandbox        ${a.sandboxBaseUrls.na}`,
        `  lwaEndpoint    ${a.lwaEndpoint}`,
        `  sellerId       ${a.sellerId}`,
        `  clientId       ${a.clientId}`,
        `  clientSecret   ${a.clientSecret}`,
        `  refreshToken   ${a.refreshToken}`,
        "",
        "D365 (createD365Client / entraTokenProvider):",
        `  environmentUrl ${d.environmentUrl}`,
        `  authority      ${d.authority}`,
        `  tenantId       ${d.tenantId}`,
        `  clientId       ${d.clientId}`,
        `  clientSecret   ${d.clientSecret}`,
        "",
        `Control API: ${server.controlUrl} (GET /state, POST /clock/advance, POST /amazon/settlement-files, …)`,
        ...(info.settlements.length
          ? [
              "",
              `Settlement files loaded (${info.settlements.length}):`,
              ...info.settlements.map(
                (s) => `  ${s.settlementId} ${s.marketplaceId} ${s.totalAmount} ${s.currency}  ${s.name}`,
              ),
            ]
          : []),
        "",
        "(simulator credentials, not secrets) Stop with Ctrl-C.",
        "",
      ].join("\n"),
    );
  }

  await (hooks.until ??
    new Promise<void>((resolve) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        resolve();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    }));
  await server.close();
  return 0;
}
