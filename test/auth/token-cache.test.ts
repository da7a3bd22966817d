import { describe, expect, it } from "vitest";
import { createTokenCache } from "../../src/core/cached-token.js";
import { createSimulatedClock } from "../../src/core/clock.js";
import { Secret } from "../../src/core/redact.js";

const HOUR = 3_600_000;

function counter() {
  let n = 0;
  const fetch = async () => {
    n++;
    await new Promise((r) => setTimeout(r, 5));
    return { token: new Secret(`Atza|cache-test-token-${n}`), expiresInMs: HOUR };
  };
  return { fetch, count: () => n };
}

describe("createTokenCache", () => {
  it("keeps one fetch in flight for 100 concurrent callers", async () => {
    const clock = createSimulatedClock({ autoAdvance: false });
    const cache = createTokenCache({ clock });
    const source = counter();
    const tokens = await Promise.all(Array.from({ length: 100 }, () => cache.get("k", source.fetch)));
    expect(source.count()).toBe(1);
    expect(new Set(tokens.map((t) => t.reveal())).size).toBe(1);
  });

  it("hands out the cached token until expiry minus skew, then fetches a new one", async () => {
    const clock = createSimulatedClock({ autoAdvance: false });
    const cache = createTokenCache({ clock, skewMs: 60_000 });
    const source = counter();
    const first = await cache.get("k", source.fetch);
    await clock.advance(HOUR - 60_001);
    expect((await cache.get("k", source.fetch)).reveal()).toBe(first.reveal());
    await clock.advance(1);
    const second = await cache.get("k", source.fetch);
    expect(second.reveal()).not.toBe(first.reveal());
    expect(source.count()).toBe(2);
  });

  it("after a refusal, many forced callers share one refresh", async () => {
    const clock = createSimulatedClock({ autoAdvance: false });
    const cache = createTokenCache({ clock });
    const source = counter();
    const refused = await cache.get("k", source.fetch);
    const fresh = await Promise.all(
      Array.from({ length: 20 }, async () => {
        cache.invalidate(refused);
        return cache.get("k", source.fetch, { forceRefresh: true });
      }),
    );
    // Late callers that saw the same refused token reuse the new one.
    cache.invalidate(refused);
    const late = await cache.get("k", source.fetch, { forceRefresh: true });
    expect(source.count()).toBe(2);
    expect(new Set([...fresh, late].map((t) => t.reveal()))).toEqual(new Set(["Atza|cache-test-token-2"]));
  });

  it("a forced refresh with no refusal reported fetches anew", async () => {
    const clock = createSimulatedClock({ autoAdvance: false });
    const cache = createTokenCache({ clock });
    const source = counter();
    await cache.get("k", source.fetch);
    await cache.get("k", source.fetch, { forceRefresh: true });
    expect(source.count()).toBe(2);
  });

  it("does not cache failures, and every waiter sees the error", async () => {
    const clock = createSimulatedClock({ autoAdvance: false });
    const cache = createTokenCache({ clock });
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new Error("refused");
    };
    const results = await Promise.allSettled([cache.get("k", failing), cache.get("k", failing)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(calls).toBe(1);
    await expect(cache.get("k", failing)).rejects.toThrow("refused");
    expect(calls).toBe(2);
  });

  it("keeps using a still-valid token when an early refresh fails, but not once it expired", async () => {
    const clock = createSimulatedClock({ autoAdvance: false });
    const cache = createTokenCache({ clock, skewMs: 60_000 });
    let fail = false;
    const fetch = async () => {
      if (fail) throw new Error("LWA is down");
      return { token: new Secret("Atza|fallback-test-token"), expiresInMs: HOUR };
    };
    await cache.get("k", fetch);
    fail = true;
    await clock.advance(HOUR - 30_000);
    expect((await cache.get("k", fetch)).reveal()).toBe("Atza|fallback-test-token");
    await clock.advance(30_000);
    await expect(cache.get("k", fetch)).rejects.toThrow("LWA is down");
  });

  it("keeps a short-lived token for half its life rather than never", async () => {
    const clock = createSimulatedClock({ autoAdvance: false });
    const cache = createTokenCache({ clock, skewMs: 60_000 });
    let n = 0;
    const fetch = async () => ({ token: new Secret(`short-lived-${++n}`), expiresInMs: 30_000 });
    await cache.get("k", fetch);
    await clock.advance(14_000);
    await cache.get("k", fetch);
    expect(n).toBe(1);
    await clock.advance(1_000);
    await cache.get("k", fetch);
    expect(n).toBe(2);
  });

  it("bounds the number of keys", async () => {
    const clock = createSimulatedClock({ autoAdvance: false });
    const cache = createTokenCache({ clock, maxEntries: 3 });
    for (let i = 0; i < 10; i++) {
      await cache.get(`k${i}`, async () => ({
        token: new Secret(`bounded-${i}-token`),
        expiresInMs: HOUR + i,
      }));
    }
    expect(cache.size).toBeLessThanOrEqual(3);
  });

  it("lets one waiter give up without cancelling the shared fetch", async () => {
    const clock = createSimulatedClock({ autoAdvance: false });
    const cache = createTokenCache({ clock });
    const source = counter();
    const controller = new AbortController();
    const waiting = cache.get("k", source.fetch, { signal: controller.signal });
    const other = cache.get("k", source.fetch);
    controller.abort(new Error("caller gave up"));
    await expect(waiting).rejects.toThrow("caller gave up");
    expect((await other).reveal()).toBe("Atza|cache-test-token-1");
  });
});
