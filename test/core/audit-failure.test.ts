/**
 * Regression: an audit sink that throws was ignored without a word (logged only to the default
 * silent logger). The call still completes and returns the remote write's result; the failure is
 * now logged without secrets and handed to `onAuditError` as an AuditError, or raised once as a
 * process warning when no handler is given.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AuditSink } from "../../src/core/audit.js";
import { type AuditError, isAuditError } from "../../src/core/errors.js";
import { consoleLogger } from "../../src/core/logger.js";
import { staticTokenProvider } from "../../src/core/token-provider.js";
import { createD365Client } from "../../src/d365/client.js";
import { createEntity } from "../../src/d365/write.js";

const SECRET = "Bearer-CANARY-audit-0123456789abcdef";

const created = () =>
  new Response(JSON.stringify({ JournalBatchNumber: "00042", dataAreaId: "usmf" }), {
    status: 201,
    headers: { "content-type": "application/json" },
  });

function sink(kind: "throws" | "rejects"): AuditSink {
  const fail = () => new Error(`disk full while writing authorization: ${SECRET}`);
  return {
    appendCall:
      kind === "throws"
        ? () => {
            throw fail();
          }
        : async () => {
            throw fail();
          },
    appendTransition: async () => {
      throw fail();
    },
  } as unknown as AuditSink;
}

function client(audit: AuditSink, extra: { onAuditError?: (e: AuditError) => void; lines?: string[] } = {}) {
  return createD365Client({
    environmentUrl: "https://audit.operations.dynamics.com",
    tokens: staticTokenProvider(SECRET, { header: "authorization", scheme: "Bearer" }),
    retry: false,
    limiter: false,
    audit,
    fetch: async () => created(),
    logger: consoleLogger({ level: "debug", write: (l) => extra.lines?.push(l) }),
    ...(extra.onAuditError ? { onAuditError: extra.onAuditError } : {}),
  });
}

afterEach(() => vi.restoreAllMocks());

describe("an audit sink that fails (regression: ignored without a word)", () => {
  it.each(["throws", "rejects"] as const)(
    "a sink that %s: the write's result is returned, the failure is logged and handed to onAuditError",
    async (kind) => {
      const lines: string[] = [];
      const errors: AuditError[] = [];
      const d365 = client(sink(kind), { lines, onAuditError: (e) => errors.push(e) });
      const header = await createEntity(d365, "LedgerJournalHeaders", { JournalName: "AmzStl" } as never, {
        record: "settlement:usmf:42",
      });
      expect(header.JournalBatchNumber).toBe("00042");
      expect(errors).toHaveLength(1);
      const [error] = errors;
      expect(isAuditError(error)).toBe(true);
      expect(error?.code).toBe("AUDIT_WRITE_FAILED");
      expect(error?.operation).toBe("POST LedgerJournalHeaders");
      expect(error?.status).toBe(201);
      expect(error?.where.record).toBe("settlement:usmf:42");
      const logged = lines.filter((l) => l.includes("audit sink failed"));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain("POST LedgerJournalHeaders");
      // The sink's message quoted the token; neither the log nor the error's message keeps it.
      expect(lines.join("\n")).not.toContain(SECRET);
      expect(error?.message).not.toContain(SECRET);
    },
  );

  it("without onAuditError, raises one process warning per client, not one per call", async () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    const d365 = client(sink("rejects"));
    await createEntity(d365, "LedgerJournalHeaders", { JournalName: "AmzStl" } as never);
    await createEntity(d365, "LedgerJournalHeaders", { JournalName: "AmzStl" } as never);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ type: "AuditWarning", code: "AUDIT_WRITE_FAILED" });
  });

  it("an onAuditError handler that throws does not lose the result either", async () => {
    const lines: string[] = [];
    const d365 = client(sink("throws"), {
      lines,
      onAuditError: () => {
        throw new Error("pager down");
      },
    });
    const header = await createEntity(d365, "LedgerJournalHeaders", { JournalName: "AmzStl" } as never);
    expect(header.JournalBatchNumber).toBe("00042");
    expect(lines.some((l) => l.includes("onAuditError handler failed"))).toBe(true);
  });
});
