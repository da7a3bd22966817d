/**
 * SP-API drain benchmark: N getOrderItems calls (Amazon's plan: rate 0.5/s, burst 30) against the
 * Amazon simulator on a simulated clock. Compares ml-connector's pacing (token bucket seeded from the
 * generated usage-plan table) with a baseline that learns its limit from 429s (fixed retry delay, the
 * way many clients do). Prints simulated drain time as a ratio of the usage-plan floor, 429s received,
 * and token requests made by the LWA provider however many callers wait.
 *
 *   npx tsx bench/api-drain.ts [calls]
 */
import { setupServer } from "msw/node";
import { lwaTokenProvider } from "../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../src/amazon/client.js";
import { createTokenBucketLimiter } from "../src/core/rate-limiter.js";
import { createRetryPolicy } from "../src/core/retry.js";
import { createAmazonSimulator } from "../src/testing/amazon/simulator.js";

const CALLS = Number(process.argv[2] ?? 200);
const RATE = 0.5;
const BURST = 30;
const floorS = Math.max(0, CALLS - BURST) / RATE;

async function run(label: string, paced: boolean) {
  const sim = createAmazonSimulator({ seed: 3, data: { orders: 80 } });
  const server = setupServer(...sim.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const seller = sim.state.seller;
  const amazon = createSpApiClient({
    region: "na",
    sellerId: seller.sellerId,
    clock: sim.clock,
    tokens: lwaTokenProvider({
      clientId: seller.clientId,
      clientSecret: seller.clientSecret,
      refreshToken: seller.refreshToken,
      clock: sim.clock,
    }),
    limiter: paced ? createTokenBucketLimiter({ clock: sim.clock }) : false,
    // The baseline: no pacing, retry 429s after a fixed second until they pass.
    retry: paced
      ? createRetryPolicy()
      : createRetryPolicy({
          maxAttempts: 10_000,
          baseDelayMs: 1000,
          maxDelayMs: 1000,
          random: () => 1,
          budget: { initial: 1e9, max: 1e9 },
        }),
  });
  const ids = [...sim.state.orders.values()]
    .filter((o) => o.marketplaceId === "ATVPDKIKX0DER")
    .map((o) => o.orderId);
  const start = sim.clock.now();
  const wall = performance.now();
  await Promise.all(
    Array.from({ length: CALLS }, (_, i) =>
      amazon.ordersV0.GET("/orders/v0/orders/{orderId}/orderItems", {
        params: { path: { orderId: ids[i % ids.length]! } },
      }),
    ),
  );
  const simulatedS = (sim.clock.now() - start) / 1000;
  const calls = sim.state.calls.filter((c) => c.operationId === "getOrderItems");
  server.close();
  return {
    label,
    simulatedS,
    ratioToFloor: simulatedS / floorS,
    throttled: calls.filter((c) => c.status === 429).length,
    requests: calls.length,
    tokenRequests: sim.state.counters.tokenRequests,
    wallMs: Math.round(performance.now() - wall),
  };
}

const ours = await run("ml-connector (token bucket)", true);
const baseline = await run("baseline (learn from 429s)", false);
console.log(
  `SP-API drain: ${CALLS} × getOrderItems, plan rate ${RATE}/s burst ${BURST}, floor ${floorS} s (simulated)`,
);
console.table(
  [ours, baseline].map((r) => ({
    ...r,
    simulatedS: r.simulatedS.toFixed(1),
    ratioToFloor: `${r.ratioToFloor.toFixed(3)}×`,
  })),
);
console.log(
  `ratio ours/floor = ${ours.ratioToFloor.toFixed(3)}×  (goal ≤ 1.02×); 429s ours ${ours.throttled} vs baseline ${baseline.throttled}; requests sent ours ${ours.requests} vs baseline ${baseline.requests}`,
);
