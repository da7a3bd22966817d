/**
 * The sandbox hosts (`sandbox.sellingpartnerapi-*.amazon.com`) answer from Amazon's static test
 * cases in generated/amazon/sandbox.ts: a request matches a case when it carries every parameter the
 * case lists (path, query — arrays comma-joined — and body); among matches the case listing the
 * most parameters wins, ties go to the earlier case. A request matching no case gets Amazon's
 * sandbox refusal. Two cases with identical requests (sellers getAccount 200 and 400) can only be
 * told apart by pinning one with {@link SandboxControls.pin}.
 */
import { type SandboxCase, sandboxCases } from "../../../generated/amazon/sandbox.js";
import { type CallContext, invalidInput, type SimResult } from "./core.js";

/** Sandbox usage plan: every operation, 5 requests per second, burst 15. */
export const SANDBOX_PLAN = { rate: 5, burst: 15 } as const;

/** Test controls for the sandbox hosts. */
export interface SandboxControls {
  /** Answers every call of `operationId` with this case until unpinned. */
  pin(operationId: string, status: number, index?: number): void;
  unpin(operationId?: string): void;
}

const wire = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(",") : String(v));

function score(c: SandboxCase, ctx: CallContext, bodyText: string | undefined): number {
  let n = 0;
  for (const [k, v] of Object.entries(c.request.query)) {
    const got = ctx.list(k);
    if (got === undefined || got.join(",") !== wire(v)) return -1;
    n++;
  }
  for (const [k, v] of Object.entries(c.request.path)) {
    if (ctx.pathParams[k] !== String(v)) return -1;
    n++;
  }
  for (const [k, v] of Object.entries(c.request.header)) {
    if (ctx.request.headers.get(k) !== String(v)) return -1;
    n++;
  }
  if (c.request.body !== undefined) {
    if (bodyText === undefined || canonical(JSON.parse(bodyText)) !== canonical(c.request.body)) return -1;
    n++;
  }
  return n;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Creates the sandbox responder and its controls. */
export function createSandbox(): SandboxControls & {
  answer(ctx: CallContext, bodyText: string | undefined): SimResult;
} {
  const pins = new Map<string, { status: number; index: number }>();
  return {
    pin: (operationId, status, index = 0) => pins.set(operationId, { status, index }),
    unpin: (operationId) => (operationId === undefined ? pins.clear() : pins.delete(operationId)),
    answer(ctx, bodyText) {
      const op = ctx.operation;
      const candidates = sandboxCases.filter((c) => c.api === op.api && c.operationId === op.operationId);
      const pin = pins.get(op.operationId);
      let hit: SandboxCase | undefined;
      if (pin) hit = candidates.find((c) => c.status === pin.status && c.index === pin.index);
      if (!hit) {
        let best = -1;
        for (const c of candidates) {
          const s = score(c, ctx, bodyText);
          if (s > best) {
            best = s;
            hit = c;
          }
        }
      }
      if (!hit)
        return invalidInput(
          "Could not match input arguments",
          `No static sandbox case of ${op.operationId} matches this request.`,
        );
      if (hit.status === 204 || hit.response === null) return { status: hit.status };
      return { status: hit.status, body: hit.response };
    },
  };
}
