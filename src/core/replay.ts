import { z } from "zod";
import type { AuditCallEntry, AuditStore } from "./audit.js";
import { ValidationError } from "./errors.js";
import { intOption, objectWith, parseOptions } from "./options.js";
import type { Pipeline, ReplayEnvelope, ReplaySealer } from "./pipeline.js";
import type { DedupStore, JsonValue } from "./storage.js";

/** What a replay did. */
export type ReplayOutcome =
  | {
      /** The call was sent again; `entry` is its audit entry, linked by `replayOf`. */
      readonly status: "sent";
      readonly response: Response;
      readonly entry: AuditCallEntry | undefined;
    }
  | {
      /** The dedup key was already completed: the work is done, nothing was sent. */
      readonly status: "already-done";
      readonly result: JsonValue | undefined;
    };

export interface ReplayerOptions {
  /** Where the failed calls were audited (a storage adapter's `audit`). */
  readonly audit: AuditStore;
  /** The vault the pipeline sealed the requests with. */
  readonly sealer: ReplaySealer;
  /** The pipelines to send through, by the audited `system` (e.g. `{ amazon: amazon.pipeline }`). */
  readonly pipelines: Readonly<Partial<Record<string, Pipeline>>>;
  /** Dedup guard: a replay of a call made under a dedup key claims the key first. */
  readonly dedup?: DedupStore;
  /**
   * Lease for the dedup claim.
   * @default 300_000
   */
  readonly leaseMs?: number;
}

/** Re-runs failed calls from the audit trail. */
export interface Replayer {
  /**
   * Sends the failed call with audit id `id` again, through the same pipeline (throttle, auth with
   * a fresh token, retry, audit) and the same dedup guard, so a replay can never double-post.
   */
  replay(id: string): Promise<ReplayOutcome>;
  /** Failed calls that can be replayed (sealed, not yet replayed successfully), oldest first. */
  pending(options?: { readonly limit?: number }): Promise<AuditCallEntry[]>;
}

const replayerOptionsSchema = z.looseObject(
  {
    audit: objectWith("an AuditStore (a storage adapter's `audit`)", "query", "get", "appendCall"),
    sealer: objectWith("a ReplaySealer (the credential vault)", "encrypt", "decrypt"),
    pipelines: z.record(
      z.string(),
      objectWith("a client's pipeline (e.g. `amazon.pipeline`)", "fetchFor").optional(),
      { error: "must be an object of pipelines by system, e.g. { amazon: amazon.pipeline }" },
    ),
    dedup: objectWith("a DedupStore (a storage adapter's `dedup`)", "claim").optional(),
    leaseMs: intOption(1).optional(),
  },
  { error: "options must be an object { audit, sealer, pipelines }" },
);

const failedCall = (e: AuditCallEntry) => e.error !== undefined || e.status === undefined || e.status >= 400;

/**
 * Creates the replayer for failed calls.
 * @example
 * const replayer = createReplayer({ audit: storage.audit, sealer: vault, pipelines: { amazon: amazon.pipeline }, dedup: storage.dedup });
 * for (const call of await replayer.pending()) await replayer.replay(call.id);
 */
export function createReplayer(options: ReplayerOptions): Replayer {
  parseOptions(replayerOptionsSchema, options, "createReplayer");
  const leaseMs = options.leaseMs ?? 300_000;
  const nothingToReplay = (id: string, why: string, hint: string) =>
    new ValidationError(`audit entry ${id} cannot be replayed: ${why}`, {
      issues: [{ code: "not_replayable", path: ["id"], message: why }],
      hint,
    });

  const replay = async (id: string): Promise<ReplayOutcome> => {
    const entry = await options.audit.get(id);
    if (entry?.kind !== "call") {
      throw nothingToReplay(
        id,
        "no such call in the audit trail",
        "list replayable calls with replayer.pending()",
      );
    }
    if (!failedCall(entry)) throw nothingToReplay(id, "the call succeeded", "only failed calls are replayed");
    if (!entry.body || !entry.callId) {
      throw nothingToReplay(
        id,
        "no sealed request was stored with it",
        "create the client with `sealer: vault` (and an audit store) so failed calls can be replayed",
      );
    }
    const pipeline = options.pipelines[entry.system];
    if (!pipeline) {
      throw nothingToReplay(id, `no pipeline given for system "${entry.system}"`, "pass it in `pipelines`");
    }
    const envelope = JSON.parse(
      new TextDecoder().decode(await options.sealer.decrypt(entry.callId, entry.body)),
    ) as ReplayEnvelope;

    let token: string | undefined;
    if (entry.dedupKey !== undefined && options.dedup) {
      const claim = await options.dedup.claim(entry.dedupKey, { leaseMs });
      if (claim.status === "done") return { status: "already-done", result: claim.result };
      if (claim.status === "in-flight") {
        throw nothingToReplay(
          id,
          `its dedup key ${entry.dedupKey} is being worked on by ${claim.owner}`,
          "wait for that lease to end, then replay",
        );
      }
      token = claim.token;
    }

    let written: AuditCallEntry | undefined;
    const request = new Request(envelope.url, {
      method: envelope.method,
      headers: envelope.headers as [string, string][],
      ...(envelope.body !== undefined ? { body: Buffer.from(envelope.body, "base64") } : {}),
    });
    try {
      const response = await pipeline.fetchFor({
        replayOf: id,
        ...(entry.record !== undefined ? { record: entry.record } : {}),
        ...(entry.dedupKey !== undefined ? { dedupKey: entry.dedupKey } : {}),
        onAudited: (e) => {
          written = e;
        },
      })(request);
      if (token !== undefined && entry.dedupKey !== undefined) {
        if (response.ok) await options.dedup!.complete(entry.dedupKey, token, { replayOf: id });
        else await options.dedup!.release(entry.dedupKey, token);
      }
      return { status: "sent", response, entry: written };
    } catch (e) {
      if (token !== undefined && entry.dedupKey !== undefined)
        await options.dedup!.release(entry.dedupKey, token);
      throw e;
    }
  };

  const pending = async ({ limit = 100 } = {}) => {
    const out: AuditCallEntry[] = [];
    const replayed = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const page = await options.audit.query({ kind: "call", limit: 500, ...(after ? { after } : {}) });
      if (page.length === 0) break;
      for (const e of page) {
        if (e.kind !== "call") continue;
        if (e.replayOf !== undefined && !failedCall(e)) replayed.add(e.replayOf);
        if (failedCall(e) && e.body) out.push(e);
      }
      after = page[page.length - 1]!.id;
    }
    return out.filter((e) => !replayed.has(e.id)).slice(0, limit);
  };

  return { replay, pending };
}
