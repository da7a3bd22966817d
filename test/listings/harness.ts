/** Shared arrangement of the listings tests: the Amazon simulator with a client on the full pipeline. */
import type { SetupServer } from "msw/node";
import { lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import { createSpApiClient } from "../../src/amazon/client.js";
import { createTokenBucketLimiter } from "../../src/core/rate-limiter.js";
import { createRetryPolicy } from "../../src/core/retry.js";
import { memoryStorage } from "../../src/storage/memory/memory-storage.js";
import { createAmazonSimulator } from "../../src/testing/amazon/simulator.js";

export const US = "ATVPDKIKX0DER";

/** A simulator (installed on `server`), a client through LWA, limiter and retry, and memory storage. */
export function arrangeAmazon(server: SetupServer, seed = 7) {
  const sim = createAmazonSimulator({ seed, data: { orders: 0, marketplaces: [US] } });
  server.resetHandlers(...sim.handlers);
  const seller = sim.state.seller;
  const lwa = lwaTokenProvider({
    clientId: seller.clientId,
    clientSecret: seller.clientSecret,
    refreshToken: seller.refreshToken,
    clock: sim.clock,
  });
  const storage = memoryStorage({ clock: sim.clock });
  const amazon = createSpApiClient({
    region: "na",
    sellerId: seller.sellerId,
    tokens: lwa,
    clock: sim.clock,
    limiter: createTokenBucketLimiter({ clock: sim.clock }),
    retry: createRetryPolicy(),
    audit: storage.audit,
  });
  return { sim, amazon, storage, sellerId: seller.sellerId };
}
