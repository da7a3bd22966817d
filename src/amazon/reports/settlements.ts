/**
 * Settlement reports: Amazon generates them (they cannot be requested) and keeps them 90 days. Find
 * them with `getReports`, download each document, archive it (compressed, in the storage adapter's
 * document store) so it outlives Amazon's retention, and read its summary. A report Amazon issues
 * again for the same settlement id is recognized as the same settlement.
 */

import { createHash } from "node:crypto";
import type { Clock } from "../../core/clock.js";
import { ConnectorError } from "../../core/errors.js";
import { type Logger, silentLogger } from "../../core/logger.js";
import {
  advanceCursor,
  compareInstants,
  type DocumentInfo,
  type DocumentMeta,
  type PackedDocument,
  packDocument,
  type StorageAdapter,
} from "../../core/storage.js";
import type { SpApiClient } from "../client.js";
import type { Instant } from "../orders/list-orders.js";
import { parseSettlement, readSettlement } from "../settlement/parse-settlement.js";
import type { SettlementResult, SettlementRow } from "../settlement/types.js";
import { isoSeconds } from "./call-result.js";
import { fetchReportDocument, getReport, gunzipReportDocument, listReports, type Report } from "./reports.js";

/** The settlement report type that stays after November 11, 2026. */
export const SETTLEMENT_REPORT_TYPE = "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2";
const RETENTION_MS = 90 * 86_400_000;

/** Options of {@link listSettlementReports}. */
export interface ListSettlementReportsOptions {
  /** @default Amazon's: 90 days ago */
  readonly createdSince?: Instant;
  readonly createdUntil?: Instant;
  readonly marketplaceIds?: readonly string[];
  /** 1–100. @default 100 */
  readonly pageSize?: number;
}

/**
 * Settlement reports Amazon has finished (`DONE`), newest first, across pages.
 * @example for await (const report of listSettlementReports(amazon, { createdSince: "2026-10-01T00:00:00Z" })) {}
 */
export function listSettlementReports(
  amazon: SpApiClient,
  options: ListSettlementReportsOptions = {},
): AsyncGenerator<Report> {
  return listReports(amazon, {
    reportTypes: [SETTLEMENT_REPORT_TYPE],
    processingStatuses: ["DONE"],
    ...options,
  });
}

/** Archive key of a settlement report document. */
export function settlementArchiveKey(sellerId: string, reportIdOrDocumentId: string): string {
  return `amazon/settlement-reports/${encodeURIComponent(sellerId)}/${encodeURIComponent(reportIdOrDocumentId)}.tsv`;
}

/** Record the archived documents of one settlement id share. */
export function settlementRecord(sellerId: string, settlementId: string): string {
  return `amazon-settlement:${encodeURIComponent(sellerId)}:${settlementId}`;
}

/** Which settlement report to fetch: by id, by document id, or a report already listed. */
export type SettlementReportRef =
  | { readonly reportId: string }
  | { readonly reportDocumentId: string }
  | { readonly report: Report };

/** Options of {@link fetchSettlementDocument}. */
export interface FetchSettlementDocumentOptions {
  /** Where the raw document is archived (gzip inside the document store). */
  readonly storage: Pick<StorageAdapter, "documents">;
  /** Partitions the archive. @default "default" */
  readonly sellerId?: string;
  /** Transport of the pre-signed download. @default globalThis.fetch */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Download progress: bytes so far and the announced total (see `downloadReportDocument`). */
  readonly onProgress?: (bytes: number, total: number | undefined) => void;
  readonly logger?: Logger;
  readonly signal?: AbortSignal;
  /**
   * Also collect every typed row (`parseSettlement`) in the same read, for a caller that goes on
   * to use them (the settlements flow's parse step): the file is then read once, not twice.
   * @default false (the summary and totals only)
   */
  readonly rows?: boolean;
}

/** A fetched and archived settlement document. */
export interface FetchedSettlementDocument {
  readonly reportId: string | undefined;
  readonly reportDocumentId: string;
  /** The document, decompressed. */
  readonly body: Uint8Array;
  readonly archiveKey: string;
  readonly archived: DocumentInfo;
  /** Summary and reconciliation (`reconcile: "report"`); undefined when the file could not be read. */
  readonly settlement: SettlementResult | undefined;
  /** Why the file could not be read, when it could not. */
  readonly parseError: unknown;
  /** Every typed row, in file order, when asked for (`rows: true`) and the file could be read. */
  readonly rows?: SettlementRow[];
}

/**
 * Downloads a settlement report document (asking for a fresh pre-signed URL when one expired),
 * archives the raw document, and reads its summary. A document that cannot be parsed is archived
 * all the same (its `parseError` says why), so nothing Amazon sent is lost before its 90 days run
 * out.
 *
 * The document is decompressed once and read once: a document Amazon sent gzip-compressed is
 * archived as the very bytes Amazon sent (`putPacked`, with the size and SHA-256 of what they
 * decompress to), never compressed again; a plain one is compressed once, on zlib's thread pool
 * while the parser reads it. An adapter without `putPacked` gets the body through `put`.
 */
export async function fetchSettlementDocument(
  amazon: SpApiClient,
  ref: SettlementReportRef,
  options: FetchSettlementDocumentOptions,
): Promise<FetchedSettlementDocument> {
  const sellerId = options.sellerId ?? "default";
  let reportId: string | undefined;
  let reportDocumentId: string;
  let report: Report | undefined;
  if ("reportId" in ref || "report" in ref) {
    report = "report" in ref ? ref.report : await getReport(amazon, ref.reportId);
    reportId = report.reportId;
    if (!report.reportDocumentId) {
      throw new ConnectorError(`Settlement report ${reportId} has no document (${report.processingStatus})`, {
        code: "REPORT_NOT_READY",
        where: { system: "amazon", operation: "getReport", record: reportId },
        hint: "only DONE reports have documents; list them with listSettlementReports",
      });
    }
    reportDocumentId = report.reportDocumentId;
  } else {
    reportDocumentId = ref.reportDocumentId;
  }
  const fetched = await fetchReportDocument(amazon, reportDocumentId, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  // A corrupt or truncated gzip stream throws here (DOCUMENT_CORRUPT), before anything is archived.
  const body = fetched.gzip ? gunzipReportDocument(fetched.bytes, reportDocumentId) : fetched.bytes;
  const documents = options.storage.documents;
  const packing: Promise<PackedDocument> | undefined = !documents.putPacked
    ? undefined
    : fetched.gzip
      ? Promise.resolve({
          stored: fetched.bytes,
          size: body.byteLength,
          sha256: createHash("sha256").update(body).digest("hex"),
        })
      : packDocument(body);
  // The parse below keeps the main thread while zlib compresses a plain body on its thread pool;
  // a rejection is taken where the packing is awaited.
  packing?.catch(() => {});
  const archiveKey = settlementArchiveKey(sellerId, reportId ?? reportDocumentId);
  let settlement: SettlementResult | undefined;
  let rows: SettlementRow[] | undefined;
  let parseError: unknown;
  try {
    if (options.rows) {
      const parse = parseSettlement(body, { file: archiveKey, reconcile: "report" });
      const read: SettlementRow[] = [];
      // A chunk's rows at a time: no promise per row (the rows are kept, so the arrays may be too).
      for await (const batch of parse.batches()) for (const row of batch) read.push(row);
      settlement = await parse.result();
      rows = read;
    } else {
      settlement = await readSettlement(body, { file: archiveKey, reconcile: "report" });
    }
  } catch (e) {
    parseError = e;
  }
  const meta: DocumentMeta = {
    contentType: "text/tab-separated-values",
    ...(settlement ? { record: settlementRecord(sellerId, settlement.summary.settlementId) } : {}),
    attributes: {
      reportType: report?.reportType ?? SETTLEMENT_REPORT_TYPE,
      reportDocumentId,
      ...(reportId ? { reportId } : {}),
      ...(report?.createdTime ? { createdTime: report.createdTime } : {}),
      ...(report?.marketplaceIds?.length ? { marketplaceIds: report.marketplaceIds.join(",") } : {}),
      ...(settlement ? { settlementId: settlement.summary.settlementId } : { unreadable: "true" }),
      ...(fetched.compressionAlgorithm ? { compressionAlgorithm: fetched.compressionAlgorithm } : {}),
      gunzipped: String(fetched.gzip),
    },
  };
  const archived =
    packing && documents.putPacked
      ? await documents.putPacked(archiveKey, await packing, meta)
      : await documents.put(archiveKey, body, meta);
  return {
    reportId,
    reportDocumentId,
    body,
    archiveKey,
    archived,
    settlement,
    parseError,
    ...(rows ? { rows } : {}),
  };
}

/** A settlement seen for the first time. */
export interface NewSettlement {
  readonly settlementId: string;
  readonly reportId: string;
  readonly archiveKey: string;
  readonly result: SettlementResult;
}

/** A report for a settlement id already archived under another report. */
export interface RepeatedSettlement {
  readonly settlementId: string;
  readonly reportId: string;
  readonly archiveKey: string;
  /** The report archived first for this settlement id. */
  readonly firstArchiveKey: string;
  /** `same`: identical content (Amazon issued it again); `different`: park for an operator decision. */
  readonly content: "same" | "different";
}

/** What {@link syncSettlements} did. */
export interface SettlementSyncResult {
  readonly settlements: readonly NewSettlement[];
  readonly repeated: readonly RepeatedSettlement[];
  /** Reports whose document could not be parsed (archived all the same). */
  readonly unreadable: readonly {
    readonly reportId: string;
    readonly archiveKey: string;
    readonly error: unknown;
  }[];
  /** Reports already archived by report id, not fetched again. */
  readonly alreadyArchived: number;
  /** The `createdSince` the next sync starts from. */
  readonly nextCreatedSince: string;
}

/** Options of {@link syncSettlements}. */
export interface SyncSettlementsOptions {
  readonly amazon: SpApiClient;
  /** Documents (archive) and cursors (where the last sync got to). */
  readonly storage: Pick<StorageAdapter, "documents" | "cursors">;
  readonly sellerId: string;
  readonly clock: Clock;
  /** @default the stored cursor, else 90 days ago (Amazon's retention) */
  readonly createdSince?: Instant;
  readonly marketplaceIds?: readonly string[];
  /** Re-listed span behind the last report seen, in case Amazon publishes out of order. @default 2 days */
  readonly overlapMs?: number;
  /** @default 100 */
  readonly pageSize?: number;
  readonly fetch?: (request: Request) => Promise<Response>;
  readonly logger?: Logger;
}

/** Cursor key of a seller's settlement discovery. */
export function settlementCursorKey(sellerId: string): string {
  return `amazon:settlement-reports:${encodeURIComponent(sellerId)}`;
}

/**
 * Discovers settlement reports, fetches and archives the ones not archived yet, and returns the
 * settlements seen for the first time. Dedup is by report id (already archived: not fetched again)
 * and by settlement id (a report Amazon issued again for a known settlement is archived and
 * listed in `repeated`, never returned as new).
 * @example
 * const { settlements } = await syncSettlements({ amazon, storage, sellerId: "A1SELLER", clock: systemClock });
 * for (const s of settlements) await post(s.result.summary);
 */
export async function syncSettlements(options: SyncSettlementsOptions): Promise<SettlementSyncResult> {
  const logger = options.logger ?? silentLogger;
  const { storage, sellerId } = options;
  const cursorKey = settlementCursorKey(sellerId);
  const cursor = await storage.cursors.get(cursorKey);
  const now = options.clock.now();
  const since =
    options.createdSince !== undefined
      ? options.createdSince
      : cursor
        ? cursor.value
        : isoSeconds(now - RETENTION_MS + 60_000);

  const reports: Report[] = [];
  for await (const r of listSettlementReports(options.amazon, {
    createdSince: since,
    ...(options.marketplaceIds ? { marketplaceIds: options.marketplaceIds } : {}),
    ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}),
  })) {
    reports.push(r);
  }
  // Oldest first, so the first report of a settlement id is the one it is known by.
  reports.sort(
    (a, b) => Date.parse(a.createdTime) - Date.parse(b.createdTime) || a.reportId.localeCompare(b.reportId),
  );

  const settlements: NewSettlement[] = [];
  const repeated: RepeatedSettlement[] = [];
  const unreadable: { reportId: string; archiveKey: string; error: unknown }[] = [];
  let alreadyArchived = 0;
  let newest = Date.parse(typeof since === "string" ? since : new Date(since).toISOString());
  for (const report of reports) {
    newest = Math.max(newest, Date.parse(report.createdTime));
    const key = settlementArchiveKey(sellerId, report.reportId);
    const existing = await storage.documents.list({ prefix: key, limit: 1 });
    if (existing.some((d) => d.key === key)) {
      alreadyArchived++;
      continue;
    }
    if (!report.reportDocumentId) continue;
    const fetched = await fetchSettlementDocument(
      options.amazon,
      { report },
      { storage, sellerId, logger, ...(options.fetch ? { fetch: options.fetch } : {}) },
    );
    if (!fetched.settlement) {
      logger.warn("settlement report archived but unreadable", {
        reportId: report.reportId,
        archiveKey: key,
      });
      unreadable.push({ reportId: report.reportId, archiveKey: key, error: fetched.parseError });
      continue;
    }
    const settlementId = fetched.settlement.summary.settlementId;
    const siblings = (
      await storage.documents.list({ record: settlementRecord(sellerId, settlementId), limit: 1000 })
    )
      .filter((d) => d.key !== key)
      .sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key));
    const first = siblings[0];
    if (first) {
      const content = first.sha256 === fetched.archived.sha256 ? "same" : "different";
      (content === "same" ? logger.info : logger.warn)(
        content === "same"
          ? "settlement report issued again with the same content; not new"
          : "settlement report issued again with different content; park it for review",
        { settlementId, reportId: report.reportId, firstArchiveKey: first.key },
      );
      repeated.push({
        settlementId,
        reportId: report.reportId,
        archiveKey: key,
        firstArchiveKey: first.key,
        content,
      });
      continue;
    }
    settlements.push({
      settlementId,
      reportId: report.reportId,
      archiveKey: key,
      result: fetched.settlement,
    });
  }

  const next = isoSeconds(
    Math.max(now - RETENTION_MS + 60_000, newest - (options.overlapMs ?? 2 * 86_400_000)),
  );
  // A concurrent sync of this seller may have moved the cursor meanwhile: keep the later one (both
  // archived their reports first, so neither loses one).
  await advanceCursor(storage.cursors, cursorKey, next, {
    expected: cursor?.value ?? null,
    compare: compareInstants,
  });
  logger.info("amazon settlement reports synced", {
    sellerId,
    listed: reports.length,
    new: settlements.length,
    repeated: repeated.length,
    unreadable: unreadable.length,
    alreadyArchived,
  });
  return { settlements, repeated, unreadable, alreadyArchived, nextCreatedSince: next };
}
