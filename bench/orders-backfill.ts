/**
 * Order backfill benchmark against the Amazon simulator (simulated clock, Amazon's usage plans
 * enforced): a 30-day backfill of N orders (default 50,000) by `backfillOrders`, which picks its path,
 * then the same range paged through `searchOrders` (forced), and the searchOrders floor the usage
 * plan implies. Prints simulated time of both paths, their call counts and wall time.
 *
 *   npx tsx bench/orders-backfill.ts [orders] [--no-search]
 */
import { setupServer } from "msw/node";
import { backfillOrders, estimateOrderBackfill } from "../src/amazon/orders/backfill.js";
import type { LogFields, Logger } from "../src/core/logger.js";
import { createTokenBucketLimiter } from "../src/core/rate-limiter.js";
import { createRetryPolicy } from "../src/core/retry.js";
import { createSimulatorClient } from "../src/testing/amazon/clients.js";
import { createAmazonSimulator } from "../src/testing/amazon/simulator.js";

const ORDERS = Number(process.argv[2] ?? 50_000);
const RUN_SEARCH = !process.argv.includes("--no-search");
const US = "ATVPDKIKX0DER";
const DAY = 86_400_000;

const hms = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m ${String(s % 60).padStart(2, "0")}s`;
};

async function run(path: "auto" | "searchOrders") {
  const sim = createAmazonSimulator({ seed: 41, data: { orders: ORDERS, marketplaces: [US] } });
  const server = setupServer(...sim.handlers);
  server.listen({ onUnhandledRequest: "error" });
  try {
    const amazon = createSimulatorClient(sim, {
      limiter: createTokenBucketLimiter({ clock: sim.clock }),
      retry: createRetryPolicy(),
    });
    const lines: string[] = [];
    const log = (message: string, fields?: LogFields) =>
      lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
    const logger: Logger = { debug: () => {}, info: log, warn: log, error: log };
    const now = sim.clock.now();
    const wall = performance.now();
    const result = await backfillOrders({
      amazon,
      from: now - 30 * DAY,
      to: now - 5 * 60_000,
      marketplaceIds: [US],
      clock: sim.clock,
      logger,
      ...(path === "searchOrders" ? { path } : {}),
    });
    const calls = new Map<string, number>();
    for (const c of sim.state.calls)
      calls.set(c.operationId ?? "?", (calls.get(c.operationId ?? "?") ?? 0) + 1);
    return {
      result,
      wallMs: performance.now() - wall,
      calls: [...calls].map(([k, v]) => `${k}×${v}`).join(" "),
      throttled: sim.state.counters.throttled,
      log: lines[0] ?? "",
    };
  } finally {
    server.close();
  }
}

const auto = await run("auto");
const floor = estimateOrderBackfill({ orders: auto.result.orders.length, rangeMs: 30 * DAY }).searchOrders;
console.log(
  `orders backfill, ${auto.result.orders.length} orders over 30 days (simulated clock, usage plans enforced)`,
);
console.log(`  chosen path:            ${auto.result.path}`);
console.log(`  log:                    ${auto.log}`);
console.log(
  `  ${auto.result.path.padEnd(22)}  simulated ${hms(auto.result.elapsedMs)}  calls ${auto.calls}  429s ${auto.throttled}  wall ${(auto.wallMs / 1000).toFixed(1)} s`,
);
console.log(
  `  searchOrders floor:     ${hms(floor.floorMs)}  (${floor.calls} pages; (pages − 20) / 0.0056 requests/s)`,
);
if (RUN_SEARCH) {
  const search = await run("searchOrders");
  console.log(
    `  searchOrders (forced)   simulated ${hms(search.result.elapsedMs)}  calls ${search.calls}  429s ${search.throttled}  wall ${(search.wallMs / 1000).toFixed(1)} s  orders ${search.result.orders.length}`,
  );
  console.log(
    `  speed-up of the chosen path: ${(search.result.elapsedMs / Math.max(1, auto.result.elapsedMs)).toFixed(0)}×`,
  );
}
