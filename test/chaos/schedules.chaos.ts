/**
 * Fault schedules end to end, in process. Each schedule is drawn from the run's seed and runs the
 * settlement flow against both simulators (msw, simulated clock, memory or SQLite storage) while it
 * mixes: 429 storms, 5xx and dropped connections on Amazon and D365; D365 writes committed whose
 * answer is lost (a `$batch` change set included); tokens revoked or expired by a clock jump;
 * re-issued settlement reports; storage writes that fail; and kills (the connector's process is
 * gone: its storage and its network refuse everything from that moment), after which a fresh
 * connector takes over the same store. Then every fault is lifted and the connector runs until
 * quiet, and the invariants are checked:
 * - D365 holds exactly what a fault-free run leaves (journals by marker, their lines);
 * - every journal balances per currency;
 * - every settlement is reconciled with difference 0, or a duplicate, or parked with a reason;
 * - every D365 write the simulator received has its audit call entry (or was in flight when the
 *   process died, which a real SIGKILL cannot audit either);
 * - no secret appears in the audit trail or the records.
 * A failing schedule prints its seed, its number and the schedule; `--seed S --only schedules`
 * replays it (schedules draw from `S + number`, so `CHAOS_SCHEDULE=number` runs that one alone).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSimulatedClock } from "../../src/core/clock.js";
import { isConnectorError } from "../../src/core/errors.js";
import type { LogFields, Logger } from "../../src/core/logger.js";
import type { StorageAdapter, StoredRecord } from "../../src/core/storage.js";
import { sqliteStorage } from "../../src/storage/sqlite/sqlite-storage.js";
import { type Connector, createConnector } from "../../src/sync/connector.js";
import { loadReconciliationEntries, renderReconciliationReport } from "../../src/sync/report-html.js";
import { createPrng, type Prng } from "../../src/testing/data/prng.js";
import { unbalancedJournals } from "../support/d365-state.js";
import { arrangeSync, CA, type SyncHarness, server, US } from "../sync/harness.js";
import { scheduleNumbers } from "./support/numbers.js";
import { chaosPart } from "./support/part.js";
import { SCHEDULE_FLOWS } from "./support/schedule-flows.js";
import { faultyStorage } from "./support/schedule-world.js";
import { chaosSettings } from "./support/settings.js";
import { recordFigure } from "./support/summary.js";

/** Schedules per CI run (in process); `CHAOS_SCHEDULES` changes it. */
const DEFAULT_SCHEDULES = 200;
/** Schedules per test. */
const CHUNK = 20;
const LEASE_MS = 60_000;
/** Orders the simulator generates per schedule: enough for multi-part journals, few for speed. */
const ORDERS = 12;
/** Small journals, so a settlement posts in several parts and faults can fall between them. */
const MAX_LINES = 8;
/** Real time a dead connector gets to wind down before it counts as a leak (a hang). */
const WIND_DOWN_MS = 60_000;

type EventKind = "kill" | "clock-jump" | "revoke-tokens" | "reissue" | "storage-fail";

/** One fault schedule: faults active during the faulty phase, and events at record transitions. */
export interface Schedule {
  readonly number: number;
  readonly storage: "memory" | "sqlite";
  readonly reissueBefore: boolean;
  readonly amazon: {
    readonly storm429: number;
    readonly error500Rate: number;
    readonly error503Rate: number;
    readonly timeoutRate: number;
  };
  readonly d365: {
    readonly storm429: number;
    readonly error500Rate: number;
    readonly error503Rate: number;
    readonly timeoutRate: number;
    /** Writes committed whose answer is dropped, by target. */
    readonly commitThenFail: readonly { readonly target: string; readonly times: number }[];
  };
  /** Events by the number of the transition (over the whole faulty phase) after which they happen. */
  readonly events: readonly { readonly at: number; readonly kind: EventKind; readonly n: number }[];
  /** A kill right after the N-th D365 write answer arrived (the remote side committed); 0 = none. */
  readonly killAfterWrite: number;
}

function drawSchedule(seed: number, number: number): Schedule {
  const rng: Prng = createPrng(seed + number);
  const rate = (max: number) => (rng.chance(0.5) ? 0 : Math.round(rng.next() * max * 1000) / 1000);
  const events: { at: number; kind: EventKind; n: number }[] = [];
  const kinds: EventKind[] = ["kill", "clock-jump", "revoke-tokens", "reissue", "storage-fail"];
  const count = rng.int(0, 5);
  for (let i = 0; i < count; i++) {
    const kind = rng.pick(kinds);
    events.push({
      at: rng.int(1, 30),
      kind,
      n: kind === "clock-jump" ? rng.int(60_000, 36 * 3_600_000) : rng.int(1, 12),
    });
  }
  events.sort((a, b) => a.at - b.at);
  const commitThenFail = (["$batch", "LedgerJournalHeaders", "FreeTextInvoiceHeaders"] as const)
    .filter(() => rng.chance(0.4))
    .map((target) => ({ target, times: rng.int(1, 2) }));
  return {
    number,
    storage: rng.chance(0.2) ? "sqlite" : "memory",
    reissueBefore: rng.chance(0.3),
    amazon: {
      storm429: rng.chance(0.3) ? rng.int(1, 8) : 0,
      error500Rate: rate(0.15),
      error503Rate: rate(0.15),
      timeoutRate: rate(0.1),
    },
    d365: {
      storm429: rng.chance(0.3) ? rng.int(1, 8) : 0,
      error500Rate: rate(0.1),
      error503Rate: rate(0.15),
      timeoutRate: rate(0.1),
      commitThenFail,
    },
    events,
    killAfterWrite: rng.chance(0.3) ? rng.int(1, 10) : 0,
  };
}

/** What one schedule did and found. */
interface Outcome {
  readonly violations: string[];
  readonly faults: Record<string, number>;
  readonly kills: number;
  readonly leaks: string[];
}

interface World {
  readonly h: SyncHarness;
  readonly store: StorageAdapter;
  /** Every log line of every connector of the schedule, as JSON: searched for canaries. */
  readonly logs: string[];
  /** The SQLite file, when the schedule runs on SQLite. */
  readonly file: string | undefined;
  readonly dispose: () => Promise<void>;
}

/** A logger that keeps every line (canaries are searched in what a host would ship to its logs). */
function capturingLogger(into: string[]): Logger {
  const keep = (level: string) => (message: string, fields?: LogFields) => {
    into.push(JSON.stringify({ level, message, fields }));
  };
  return { debug: keep("debug"), info: keep("info"), warn: keep("warn"), error: keep("error") };
}

async function arrangeWorld(storage: Schedule["storage"], dir: string, n: number): Promise<World> {
  const clock = createSimulatedClock({ start: Date.UTC(2026, 9, 1) });
  const file = storage === "sqlite" ? join(dir, `schedule-${n}.db`) : undefined;
  const store = file ? sqliteStorage({ path: file, clock }) : undefined;
  const logs: string[] = [];
  const h = await arrangeSync({
    clock,
    orders: ORDERS,
    ...(store ? { storage: store } : {}),
    overrides: {
      posting: { maxLinesPerJournal: MAX_LINES },
      leaseMs: LEASE_MS,
      // A lease must outlast one remote call (the default timeouts are 60 s, as long as this lease).
      timeouts: { amazonMs: LEASE_MS / 2, d365Ms: LEASE_MS / 2 },
      logger: capturingLogger(logs),
    },
  });
  // Each flow switches itself on (orders: enabled, items mapped, revenue booked by the invoices).
  const optionsNow = () => {
    let options = h.options;
    for (const flow of SCHEDULE_FLOWS) options = { ...options, ...flow.options(h, options) };
    return options;
  };
  // What a flow needs done before the schedule (provisional: a journal live when its group closes).
  for (const flow of SCHEDULE_FLOWS) await flow.arrange?.before?.(h, optionsNow());
  // One closed settlement per marketplace, and the next period twelve days and more from closing:
  // clock jumps (up to 36 h each) then never make Amazon publish what the fault-free run did not see.
  for (const m of [US, CA]) h.amazon.state.publishSettlement({ marketplaceId: m });
  await h.clock.advance(600_000);
  for (const flow of SCHEDULE_FLOWS) flow.arrange?.after?.(h);
  // What the arrangement added is older than Amazon's two-minute listing delay by the first run,
  // so the fault-free run sees it too.
  await h.clock.advance(3_000_000);
  // After the arrangement: orders it added have their items mapped too.
  const options = optionsNow();
  let closed = false;
  return {
    h: { ...h, options },
    store: h.storage,
    logs,
    file,
    dispose: async () => {
      if (closed) return;
      closed = true;
      await h.storage.close();
    },
  };
}

/** A connector "life" on the shared store: a process that can be killed. */
function life(h: SyncHarness, killAfterWrite: number) {
  const storage = faultyStorage(h.storage);
  const d365Url = h.d365.state.environmentUrl;
  let writes = 0;
  const fetch = async (request: Request): Promise<Response> => {
    if (storage.dead) throw new TypeError("fetch failed: the process was killed");
    const isWrite = request.url.startsWith(d365Url) && request.method !== "GET";
    const response = await globalThis.fetch(request);
    if (isWrite && killAfterWrite > 0 && ++writes === killAfterWrite) {
      await response.arrayBuffer();
      storage.kill();
    }
    if (storage.dead) throw new TypeError("fetch failed: the process was killed");
    return response;
  };
  const connector: Connector = createConnector({ ...h.options, storage: storage.adapter, fetch });
  return { storage, connector };
}

async function runSchedule(s: Schedule, baseline: Baseline, dir: string): Promise<Outcome> {
  const violations: string[] = [];
  const leaks: string[] = [];
  const faults: Record<string, number> = {};
  const fault = (kind: string, n = 1) => {
    faults[kind] = (faults[kind] ?? 0) + n;
  };
  let kills = 0;
  const world = await arrangeWorld(s.storage, dir, s.number);
  const { h } = world;
  let lostAudit = 0;
  const errors: string[] = [];
  try {
    const settlementIds = h.amazon.state.eventGroups
      .filter((g) => g.processingStatus === "Closed")
      .map((g) => g.settlementId);
    if (s.reissueBefore && settlementIds.length > 0) {
      h.amazon.state.reissueSettlement(settlementIds[0] as string);
      fault("reissued-report");
    }
    // Faults of the faulty phase.
    const a = s.amazon;
    if (a.storm429 || a.error500Rate || a.error503Rate || a.timeoutRate) {
      h.amazon.state.faults.set("*", {
        error500Rate: a.error500Rate,
        error503Rate: a.error503Rate,
        timeoutRate: a.timeoutRate,
        ...(a.storm429 ? { storm429: a.storm429 } : {}),
      });
    }
    const d = s.d365;
    if (d.error500Rate || d.error503Rate || d.timeoutRate)
      h.d365.state.throttle.set("*", {
        error500Rate: d.error500Rate,
        error503Rate: d.error503Rate,
        timeoutRate: d.timeoutRate,
      });
    if (d.storm429) h.d365.state.throttle.storm(d.storm429, 5);
    for (const c of d.commitThenFail)
      h.d365.state.throttle.inject({
        target: c.target,
        method: "POST",
        kind: "commit-network",
        times: c.times,
      });

    // The faulty phase: lives until one ends without being killed (at most one per kill event + 2).
    let transitions = 0;
    const pending = [...s.events];
    let killAfterWrite = s.killAfterWrite;
    const maxLives = s.events.filter((e) => e.kind === "kill").length + (killAfterWrite ? 1 : 0) + 1;
    for (let lifeNo = 0; lifeNo < maxLives; lifeNo++) {
      const l = life(h, killAfterWrite);
      killAfterWrite = 0;
      const off = l.connector.on("transition", () => {
        transitions++;
        while (pending.length > 0 && (pending[0]?.at ?? Infinity) <= transitions) {
          const e = pending.shift();
          if (!e || l.storage.dead) continue;
          switch (e.kind) {
            case "kill":
              l.storage.kill();
              break;
            case "clock-jump": {
              // Jumps stay short of the next scheduled settlement and of the open groups' next
              // account-level event (the subscription fee, a day in), so Amazon publishes nothing
              // the fault-free run did not see, neither a report nor a Finances event the
              // provisional flow would post; past an hour, every token has expired.
              const now = h.clock.now();
              const open = h.amazon.state.eventGroups.filter((g) => g.processingStatus === "Open");
              const nextEvent = open
                .flatMap((g) => g.accountLines.map((l) => l.postedDate.getTime()))
                .filter((t) => t > now);
              const headroom = Math.min(
                Math.min(...open.map((g) => g.end)) - now - 2 * 86_400_000,
                Math.min(...nextEvent) - now - 3_600_000,
              );
              const ms = Math.min(e.n, headroom);
              if (ms > 0) {
                void h.clock.advance(ms);
                fault(ms >= 3_600_000 ? "clock-jump-tokens-expired" : "clock-jump");
              }
              break;
            }
            case "revoke-tokens":
              h.d365.state.revokeTokens();
              for (const token of h.amazon.state.tokens.keys()) {
                try {
                  h.amazon.state.revokeToken({ accessToken: token });
                } catch {}
              }
              fault("tokens-revoked");
              break;
            case "reissue": {
              const id = settlementIds[e.n % Math.max(1, settlementIds.length)];
              if (id) {
                h.amazon.state.reissueSettlement(id);
                fault("reissued-report");
              }
              break;
            }
            case "storage-fail":
              l.storage.failWrite(e.n);
              break;
          }
        }
      });
      let settled = false;
      const done = (async () => {
        for (const flow of SCHEDULE_FLOWS) {
          if (l.storage.dead) return;
          try {
            await flow.run(l.connector);
          } catch (err) {
            // A run that fails is a typed error, and its message is searched for canaries.
            errors.push(
              err instanceof Error
                ? `${err.message} ${String((err as { hint?: unknown }).hint ?? "")}`
                : String(err),
            );
            if (!isConnectorError(err) && !l.storage.dead)
              violations.push(`the ${flow.name} run failed with a raw error: ${String(err)}`);
          }
        }
      })();
      await Promise.race([
        done.then(() => {
          settled = true;
        }),
        new Promise((r) => setTimeout(r, WIND_DOWN_MS).unref()),
      ]);
      off();
      if (!settled) leaks.push(`life ${lifeNo} did not end within ${WIND_DOWN_MS} ms`);
      fault("storage-write-failed", l.storage.failedWrites);
      lostAudit += l.storage.lostD365Audit;
      if (!l.storage.dead) break;
      kills++;
      // The dead worker's leases lapse before a new process can take its records over.
      await h.clock.advance(LEASE_MS + 1_000);
    }
    for (const [k, v] of Object.entries(h.d365.state.throttle.injected)) fault(`d365-${k}`, v);
    // What Amazon answered under the faults (a 401 is an expired or revoked token), and D365's 401s.
    for (const c of h.amazon.state.calls)
      if (c.status === 0 || c.status >= 400) fault(`amazon-${c.status === 0 ? "network" : c.status}`);
    for (const r of h.d365.state.requests) if (r.status === 401) fault("d365-401-token");

    // Quiet: no fault, runs until every record rests; what a person would replay is replayed.
    h.amazon.state.faults.clear();
    h.d365.state.throttle.clear();
    const quiet = createConnector(h.options);
    const recordsOf = async (kind: string) => {
      const out: StoredRecord[] = [];
      for (let after: string | undefined; ; ) {
        const page = await h.storage.records.list({ kind, limit: 1000, ...(after ? { after } : {}) });
        out.push(...page);
        if (page.length < 1000) return out;
        after = page[page.length - 1]?.id;
      }
    };
    let rested = false;
    for (let i = 0; i < 8 && !rested; i++) {
      // A later run comes later: a lease whose release failed under a storage fault lapses by
      // itself after leaseMs, and until then its record answers `busy` (schedule 54 of seed
      // 20261206 rested in `failed` because the quiet runs all ran at the faulty run's instant).
      await h.clock.advance(LEASE_MS + 1_000);
      rested = true;
      for (const flow of SCHEDULE_FLOWS) {
        await flow.run(quiet);
        const parked = (await recordsOf(flow.kind)).filter((r) => r.state === "parked");
        if (parked.length > 0) {
          fault("parked-under-faults-replayed", parked.length);
          await flow.replay(quiet, "parked");
        }
        if (!(await recordsOf(flow.kind)).every((r) => flow.done.includes(r.state))) rested = false;
      }
    }

    // Invariants, flow by flow: D365 as the fault-free run left it, every record done once or
    // parked with a reason, and the flow's own checks (a settlement's deposit matched).
    const allRecords: StoredRecord[] = [];
    for (const flow of SCHEDULE_FLOWS) {
      if (flow.fingerprint(h) !== baseline.fingerprints[flow.name])
        violations.push(`${flow.name}: D365 state differs from the fault-free run`);
      const records = await recordsOf(flow.kind);
      allRecords.push(...records);
      for (const r of records) {
        if (!flow.done.includes(r.state) && r.state !== "parked")
          violations.push(`${r.id} rests in ${r.state} (${r.reason ?? "no reason"})`);
        if (r.state === "parked" && !r.reason) violations.push(`${r.id} parked without a reason`);
      }
      violations.push(...(flow.check?.(records) ?? []));
      const done = new Set(records.filter((r) => flow.done.includes(r.state)).map((r) => r.id));
      for (const id of baseline.done[flow.name] ?? [])
        if (!done.has(id)) violations.push(`${flow.name}: ${id} is not done as in the fault-free run`);
    }
    for (const j of unbalancedJournals(h.d365)) violations.push(`journal does not balance: ${j}`);
    const records = await quiet.settlements();
    const reconciled = new Set(records.filter((r) => r.state === "reconciled").map((r) => r.settlementId));
    for (const id of baseline.settlementIds)
      if (!reconciled.has(id)) violations.push(`settlement ${id} is not reconciled`);
    const simWrites = h.d365.state.requests.filter((r) => r.target !== "token" && r.method !== "GET");
    const audit = (await h.storage.audit.query({ kind: "call", limit: 10_000 })).filter(
      (e) => e.kind === "call" && e.system === "d365" && e.method.toUpperCase() !== "GET",
    );
    const auditedIds = new Set(
      audit.map((e) => (e.kind === "call" ? e.requestIds?.requestId : undefined)).filter(Boolean),
    );
    // One entry per logical call: its retries are counted in `attempt`, its ids are one attempt's.
    const unanswered = audit.reduce(
      (n, e) => n + (e.kind !== "call" ? 0 : e.status === undefined ? e.attempt : e.attempt - 1),
      0,
    );
    const unmatched = simWrites.filter((r) => !auditedIds.has(r.requestId)).length;
    if (unmatched > unanswered + lostAudit)
      violations.push(
        `${unmatched} D365 writes have no audit call entry (${unanswered} attempts audited without their own ids, ${lostAudit} lost with a killed process)`,
      );
    // Canaries: the credentials, every access token issued, and the buyers' e-mail addresses and
    // street lines (PII) never appear in the logs, the audit trail, the records and documents, the
    // errors a run raised, the reconciliation page or the SQLite file.
    const canaries = [
      ...h.amazon.state.tokens.keys(),
      h.amazon.state.seller.refreshToken,
      h.amazon.state.seller.clientSecret,
      h.d365.state.clientSecret,
      ...[...h.amazon.state.orders.values()].flatMap((o) => [o.buyer.email, o.shippingAddress.addressLine1]),
    ].filter((c): c is string => typeof c === "string" && c.length >= 8);
    const documents: string[] = [];
    for (const r of allRecords) {
      const key = (r.data as { planKey?: unknown } | null)?.planKey;
      const doc = typeof key === "string" ? await h.storage.documents.get(key) : undefined;
      if (doc) documents.push(new TextDecoder().decode(doc.body));
    }
    const page = renderReconciliationReport(await loadReconciliationEntries(h.storage, records), {
      generatedAt: "2026-10-01T00:00:00Z",
    });
    const places: Record<string, string> = {
      logs: world.logs.join("\n"),
      audit: JSON.stringify(await h.storage.audit.query({ limit: 100_000 })),
      records: JSON.stringify(allRecords),
      documents: documents.join("\n"),
      errors: errors.join("\n"),
      "html report": page,
    };
    await world.dispose();
    if (world.file) places["storage file"] = readFileSync(world.file).toString("latin1");
    for (const [place, text] of Object.entries(places))
      for (const canary of canaries) if (text.includes(canary)) leaks.push(`a canary in the ${place}`);
    canaryFigures.planted += canaries.length;
    canaryFigures.searched += Object.keys(places).length;
  } finally {
    await world.dispose();
  }
  return { violations, faults, kills, leaks };
}

interface Baseline {
  /** What each flow left in D365. */
  readonly fingerprints: Record<string, string>;
  /** The records each flow brought to a done state. */
  readonly done: Record<string, readonly string[]>;
  readonly settlementIds: readonly (string | null)[];
}

/** The fault-free run, once per run of the part: every schedule starts from the same input. */
async function faultFree(dir: string): Promise<Baseline> {
  const world = await arrangeWorld("memory", dir, -1);
  try {
    const connector = createConnector(world.h.options);
    const fingerprints: Record<string, string> = {};
    const done: Record<string, string[]> = {};
    for (const flow of SCHEDULE_FLOWS) await flow.run(connector);
    for (const flow of SCHEDULE_FLOWS) {
      fingerprints[flow.name] = flow.fingerprint(world.h);
      const records = await world.h.storage.records.list({ kind: flow.kind, limit: 1000 });
      expect(
        records.filter((r) => !flow.done.includes(r.state)).map((r) => `${r.id} ${r.state} ${r.reason}`),
      ).toEqual([]);
      expect(records.length).toBeGreaterThan(0);
      done[flow.name] = records.map((r) => r.id);
    }
    const settlements = await connector.settlements();
    expect(settlements.every((r) => r.state === "reconciled")).toBe(true);
    // Small journals: a settlement posts in parts, so faults can fall between them.
    expect(settlements.some((r) => r.journals.length > 1)).toBe(true);
    return { fingerprints, done, settlementIds: settlements.map((r) => r.settlementId) };
  } finally {
    await world.dispose();
  }
}

/** Canary figures of this part, recorded once at the end. */
const canaryFigures = { planted: 0, searched: 0 };

chaosPart("schedules", "fault schedules end to end (in process)", () => {
  const dir = mkdtempSync(join(tmpdir(), "chaos-schedules-"));
  // A killed life's pipeline warns once that its audit store refused a call (the default of
  // onAuditError): expected here, so counted instead of printed; any other warning still prints.
  const emitWarning = process.emitWarning;
  beforeAll(() => {
    server.listen({ onUnhandledRequest: "error" });
    process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
      const text = typeof warning === "string" ? warning : warning.message;
      const type = typeof rest[0] === "object" ? (rest[0] as { type?: string }).type : rest[0];
      if (type === "AuditWarning" && text.includes("(chaos schedule)")) {
        recordFigure("faults", "audit-write-refused-by-a-killed-process", 1);
        return;
      }
      (emitWarning as (...a: unknown[]) => void).call(process, warning, ...rest);
    }) as typeof process.emitWarning;
  });
  afterAll(() => {
    process.emitWarning = emitWarning;
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const { seed } = chaosSettings();
  const numbers = scheduleNumbers("CHAOS_SCHEDULES", "CHAOS_SCHEDULE", DEFAULT_SCHEDULES);
  let baseline: Baseline | undefined;
  // Schedules in batches of CHUNK, one test each: a batch's time box guards against a hang, and
  // one slow batch on a loaded machine does not fail the ones after it.
  for (let from = 0; from < numbers.length; from += CHUNK) {
    const batch = numbers.slice(from, from + CHUNK);
    const title = `schedules ${batch[0]}–${batch[batch.length - 1]} end in the fault-free D365 state, balanced, done once and audited`;
    it(title, async () => {
      baseline ??= await faultFree(dir);
      const failures: string[] = [];
      for (const number of batch) {
        const schedule = drawSchedule(seed, number);
        const outcome = await runSchedule(schedule, baseline, dir);
        recordFigure("schedules", "in-process", 1);
        for (const [k, v] of Object.entries(outcome.faults)) if (v > 0) recordFigure("faults", k, v);
        recordFigure("kills", "in-process", outcome.kills);
        recordFigure("invariants", "in-process", outcome.violations.length);
        recordFigure("leaks", "schedules", outcome.leaks.length);
        if (outcome.violations.length + outcome.leaks.length > 0) {
          failures.push(
            [
              `schedule ${number} (seed ${seed}): ${[...outcome.violations, ...outcome.leaks].join("; ")}`,
              `  replay: CHAOS_SCHEDULE=${number} npm run test:chaos -- --seed ${seed} --only schedules`,
              `  schedule: ${JSON.stringify(schedule)}`,
            ].join("\n"),
          );
        }
      }
      recordFigure("canaries", "planted in schedules", canaryFigures.planted);
      recordFigure("canaries", "places searched in schedules", canaryFigures.searched);
      canaryFigures.planted = 0;
      canaryFigures.searched = 0;
      expect(failures.join("\n")).toBe("");
    });
  }
});
