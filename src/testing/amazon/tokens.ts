/**
 * Tokens API 2021-03-01: createRestrictedDataToken. The RDT it issues covers the listed
 * (method, path, dataElements) and nothing else, and lasts an hour.
 */
import { operations } from "../../../generated/amazon/operations.js";
import type { components as T } from "../../../generated/amazon/tokens_2021-03-01.js";
import {
  fail,
  invalidInput,
  type OperationHandler,
  ok,
  type SimAccessToken,
  type SimCore,
  type SimRestrictedResource,
  templateMatches,
} from "./core.js";

const RDT_LIFETIME_MS = 3_600_000;

/** The Tokens handler. */
export function tokenHandlers(core: SimCore): Record<string, OperationHandler> {
  return {
    "tokens_2021-03-01.createRestrictedDataToken"(ctx) {
      if (ctx.token.kind !== "lwa") {
        return fail(
          403,
          "Unauthorized",
          "Access to requested resource is denied.",
          "A Restricted Data Token cannot request another.",
        );
      }
      const body = (ctx.body ?? {}) as Partial<T["schemas"]["CreateRestrictedDataTokenRequest"]>;
      const requested = body.restrictedResources;
      if (!Array.isArray(requested) || requested.length === 0)
        return invalidInput("restrictedResources is required");
      if (requested.length > 50) return invalidInput("restrictedResources accepts at most 50 entries");
      const resources: SimRestrictedResource[] = [];
      for (const r of requested) {
        const method = String(r.method ?? "").toUpperCase();
        const path = String(r.path ?? "");
        const op = operations.find(
          (o) =>
            o.restricted !== false &&
            o.method === method &&
            (o.path === path || templateMatches(o.path, path)),
        );
        if (!op) {
          return invalidInput(
            `Invalid restricted resource: ${method || "(no method)"} ${path} is not a restricted operation`,
          );
        }
        const elements = [...(r.dataElements ?? [])];
        const unknown = elements.find((e) => !op.dataElements.includes(e));
        if (unknown !== undefined) {
          return invalidInput(`Invalid dataElements for ${op.operationId}: ${unknown}`);
        }
        resources.push({ method, path, dataElements: elements });
      }
      const now = core.clock.now();
      const token: SimAccessToken = {
        token: `Atz.sprdt|${core.rng.chars(96)}`,
        kind: "rdt",
        sellerId: ctx.seller.sellerId,
        clientId: ctx.token.clientId,
        refreshToken: ctx.token.refreshToken,
        issuedAt: now,
        expiresAt: now + RDT_LIFETIME_MS,
        revoked: false,
        resources,
      };
      core.tokens.set(token.token, token);
      core.counters.rdtIssued++;
      return ok({
        restrictedDataToken: token.token,
        expiresIn: RDT_LIFETIME_MS / 1000,
      } satisfies T["schemas"]["CreateRestrictedDataTokenResponse"]);
    },
  };
}
