/**
 * Reports API 2021-06-30 wrappers: list reports (paging hidden), request one and wait for it, and
 * download a report document from its pre-signed URL (a fresh URL when it expired; gunzip when the
 * document is GZIP, tolerating the flag on a plain body).
 */
import { gunzipSync } from "node:zlib";
import ky, { isHTTPError, isTimeoutError } from "ky";
import type {
  components as Reports,
  operations as ReportsOps,
} from "../../../generated/amazon/reports_2021-06-30.js";
import type { Clock } from "../../core/clock.js";
import { AmazonApiError, ConnectorError, TransportError } from "../../core/errors.js";
import { type Logger, silentLogger } from "../../core/logger.js";
import { kyFetch } from "../../core/plain-http.js";
import { classifyStatus } from "../../core/retry.js";
import { RDT_REQUIRED_HEADER } from "../auth/rdt.js";
import type { SpApiClient } from "../client.js";
import { type Instant, toEpochMs } from "../orders/list-orders.js";
import { expectData, isoSeconds } from "./call-result.js";

/** A report as the Reports API describes it (generated type). */
export type Report = Reports["schemas"]["Report"];
/** A report's processing status (generated type). */
export type ReportProcessingStatus = Report["processingStatus"];

/** Options of {@link listReports}. */
export interface ListReportsOptions {
  /** 1–10 report types. */
  readonly reportTypes: readonly string[];
  readonly processingStatuses?: readonly ReportProcessingStatus[];
  readonly marketplaceIds?: readonly string[];
  /** @default Amazon's: 90 days ago (its retention) */
  readonly createdSince?: Instant;
  readonly createdUntil?: Instant;
  /** 1–100. @default 100 */
  readonly pageSize?: number;
}

/**
 * Every report matching the filters, newest first, across pages.
 * @example
 * for await (const r of listReports(amazon, { reportTypes: ["GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2"], processingStatuses: ["DONE"] })) {}
 */
export async function* listReports(amazon: SpApiClient, options: ListReportsOptions): AsyncGenerator<Report> {
  let token: string | undefined;
  do {
    const query: ReportsOps["getReports"]["parameters"]["query"] = token
      ? { nextToken: token }
      : {
          reportTypes: [...options.reportTypes],
          pageSize: options.pageSize ?? 100,
          ...(options.processingStatuses ? { processingStatuses: [...options.processingStatuses] } : {}),
          ...(options.marketplaceIds ? { marketplaceIds: [...options.marketplaceIds] } : {}),
          ...(options.createdSince !== undefined
            ? { createdSince: isoSeconds(toEpochMs(options.createdSince, "createdSince")) }
            : {}),
          ...(options.createdUntil !== undefined
            ? { createdUntil: isoSeconds(toEpochMs(options.createdUntil, "createdUntil")) }
            : {}),
        };
    const data = expectData<Reports["schemas"]["GetReportsResponse"]>(
      await amazon.reports.GET("/reports/2021-06-30/reports", { params: { query } }),
      { operation: "getReports", path: "/reports/2021-06-30/reports" },
    );
    yield* data.reports;
    token = data.nextToken;
  } while (token);
}

/** What {@link requestReport} asks Amazon to build. */
export interface ReportRequest {
  readonly reportType: string;
  readonly marketplaceIds: readonly string[];
  readonly dataStartTime?: Instant;
  readonly dataEndTime?: Instant;
  readonly reportOptions?: Readonly<Record<string, string>>;
}

/** Requests a report (`createReport`); resolves its id. */
export async function requestReport(amazon: SpApiClient, request: ReportRequest): Promise<string> {
  const body: Reports["schemas"]["CreateReportSpecification"] = {
    reportType: request.reportType,
    marketplaceIds: [...request.marketplaceIds],
    ...(request.dataStartTime !== undefined
      ? { dataStartTime: isoSeconds(toEpochMs(request.dataStartTime, "dataStartTime")) }
      : {}),
    ...(request.dataEndTime !== undefined
      ? { dataEndTime: isoSeconds(toEpochMs(request.dataEndTime, "dataEndTime")) }
      : {}),
    ...(request.reportOptions ? { reportOptions: { ...request.reportOptions } } : {}),
  };
  const data = expectData<Reports["schemas"]["CreateReportResponse"]>(
    await amazon.reports.POST("/reports/2021-06-30/reports", { body }),
    {
      operation: "createReport",
      method: "POST",
      path: "/reports/2021-06-30/reports",
      record: request.reportType,
    },
  );
  return data.reportId;
}

/** Reads one report (`getReport`). */
export async function getReport(amazon: SpApiClient, reportId: string): Promise<Report> {
  return expectData<Report>(
    await amazon.reports.GET("/reports/2021-06-30/reports/{reportId}", { params: { path: { reportId } } }),
    { operation: "getReport", path: "/reports/2021-06-30/reports/{reportId}", record: reportId },
  );
}

/** Options of {@link waitForReport}. */
export interface WaitForReportOptions {
  readonly clock: Clock;
  /** @default 30_000 */
  readonly pollIntervalMs?: number;
  /** @default 2 hours */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Told each status seen. */
  readonly onStatus?: (report: Report) => void;
}

/**
 * Polls `getReport` until the report is DONE or CANCELLED (Amazon's "no data"), and resolves it.
 * @throws ConnectorError `REPORT_FATAL` when Amazon could not build it, `REPORT_TIMEOUT` after `timeoutMs`.
 */
export async function waitForReport(
  amazon: SpApiClient,
  reportId: string,
  options: WaitForReportOptions,
): Promise<Report> {
  const interval = options.pollIntervalMs ?? 30_000;
  const deadline = options.clock.now() + (options.timeoutMs ?? 7_200_000);
  for (;;) {
    const report = await getReport(amazon, reportId);
    options.onStatus?.(report);
    if (report.processingStatus === "DONE" || report.processingStatus === "CANCELLED") return report;
    if (report.processingStatus === "FATAL") {
      throw new ConnectorError(`Amazon could not build report ${reportId} (${report.reportType}): FATAL`, {
        code: "REPORT_FATAL",
        where: { system: "amazon", operation: "getReport", record: reportId },
        hint: "request the report again; if it keeps failing, narrow its date range",
      });
    }
    if (options.clock.now() + interval > deadline) {
      throw new ConnectorError(`Report ${reportId} is still ${report.processingStatus}`, {
        code: "REPORT_TIMEOUT",
        retryable: true,
        where: { system: "amazon", operation: "getReport", record: reportId },
        hint: "wait longer (timeoutMs) or look the report up later with getReport",
      });
    }
    await options.clock.sleep(interval, options.signal);
  }
}

/** A report document's bytes exactly as Amazon's document host sent them. */
export interface FetchedReportDocument {
  readonly reportDocumentId: string;
  /** The bytes as sent: gzip when {@link gzip} is true, else the document itself. */
  readonly bytes: Uint8Array;
  /** True when the bytes start with the gzip magic number (whatever Amazon announced). */
  readonly gzip: boolean;
  /** What `getReportDocument` announced. */
  readonly compressionAlgorithm: "GZIP" | undefined;
  /** Pre-signed URLs fetched (more than 1 when one expired before the download). */
  readonly urlsFetched: number;
}

/** A downloaded report document. */
export interface ReportDocumentDownload {
  readonly reportDocumentId: string;
  /** The document's bytes, decompressed. */
  readonly body: Uint8Array;
  /** What `getReportDocument` announced. */
  readonly compressionAlgorithm: "GZIP" | undefined;
  /** True when the bytes were gzip and got decompressed. */
  readonly gunzipped: boolean;
  /** Pre-signed URLs fetched (more than 1 when one expired before the download). */
  readonly urlsFetched: number;
}

/** Options of {@link downloadReportDocument}. */
export interface DownloadReportDocumentOptions {
  /** Transport for the pre-signed URL (not an SP-API call: no access token goes to S3). @default globalThis.fetch */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Mark the call as one for a restricted report type (an RDT is fetched). @default false */
  readonly restricted?: boolean;
  /** Fresh URLs asked for when one has expired. @default 2 */
  readonly maxUrlRefreshes?: number;
  /**
   * How long the document host may take to answer (until its headers arrive), per attempt.
   * @default 60_000
   */
  readonly timeoutMs?: number;
  /**
   * Retries of the download on a network failure, 408, 429 or 5xx (the GET of a pre-signed URL is
   * idempotent). A refused or expired URL is never retried this way: an expired one is replaced.
   * @default 2
   */
  readonly retries?: number;
  /** Told as the body arrives: bytes so far, and the total when the host announced it. */
  readonly onProgress?: (bytes: number, total: number | undefined) => void;
  readonly logger?: Logger;
  readonly signal?: AbortSignal;
}

/**
 * GETs a pre-signed document URL through ky: a timeout per attempt, ky's retry limited to what our
 * retry classification calls retryable (network failures, 408, 429, 5xx), and download progress.
 * 4xx answers come back as responses, for the caller to read (S3 explains an expired URL in the
 * body). This is the only retry layer of the call: the URL is not an SP-API call and does not go
 * through the SP-API pipeline.
 */
export function fetchPresignedUrl(
  url: string,
  options: {
    readonly fetch: (request: Request) => Promise<Response>;
    readonly timeoutMs: number;
    readonly retries: number;
    readonly method?: "GET" | "PUT";
    readonly body?: Uint8Array;
    readonly headers?: Readonly<Record<string, string>>;
    readonly onProgress?: (bytes: number, total: number | undefined) => void;
    readonly signal?: AbortSignal;
  },
): Promise<Response> {
  const signal = options.signal;
  return ky(url, {
    method: options.method ?? "GET",
    ...(options.body ? { body: options.body as unknown as BodyInit } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    fetch: kyFetch(options.fetch),
    timeout: options.timeoutMs,
    throwHttpErrors: (status) => classifyStatus(status) !== "client",
    retry: {
      limit: options.retries,
      // Only an idempotent GET of the document; a PUT upload is retried whole by its caller.
      methods: ["get", "put"],
      retryOnTimeout: true,
      shouldRetry: ({ error }) => {
        if (signal?.aborted) return false;
        if (isHTTPError(error)) return classifyStatus(error.response.status) !== "client";
        return true;
      },
    },
    ...(signal ? { signal } : {}),
    ...(options.onProgress
      ? {
          onDownloadProgress: (progress: { transferredBytes: number; totalBytes: number }) =>
            options.onProgress?.(progress.transferredBytes, progress.totalBytes || undefined),
        }
      : {}),
  });
}

/**
 * The whole body as one array, copied once: into an array of the announced length as the chunks
 * arrive, or (no or a wrong length) joined at the end; a body of one chunk is that chunk.
 * `arrayBuffer()` copies a document twice (its chunks joined, then that copied into the
 * ArrayBuffer it returns): tens of MB for a large settlement.
 */
async function readBody(response: Response): Promise<Uint8Array> {
  const stream = response.body;
  if (!stream) return new Uint8Array(0);
  const announced = Number(response.headers.get("content-length") ?? Number.NaN);
  let into = Number.isSafeInteger(announced) && announced > 0 ? new Uint8Array(announced) : undefined;
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (into && length + value.byteLength <= into.byteLength) into.set(value, length);
    else if (into) {
      // Longer than announced: keep what was read as a chunk and join at the end.
      chunks.push(into.subarray(0, length));
      into = undefined;
      chunks.push(value);
    } else chunks.push(value);
    length += value.byteLength;
  }
  if (into) return length === into.byteLength ? into : into.slice(0, length);
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * Fetches a report document: `getReportDocument` for a pre-signed URL (valid five minutes), then the
 * download; when S3 says the URL expired, a fresh one is asked for. Gzip is detected by its magic
 * bytes, so a plain body flagged GZIP (and a gzip body not flagged) are both read correctly.
 */
export async function downloadReportDocument(
  amazon: SpApiClient,
  reportDocumentId: string,
  options: DownloadReportDocumentOptions = {},
): Promise<ReportDocumentDownload> {
  const fetched = await fetchReportDocument(amazon, reportDocumentId, options);
  return {
    reportDocumentId,
    body: fetched.gzip ? gunzipReportDocument(fetched.bytes, reportDocumentId) : fetched.bytes,
    compressionAlgorithm: fetched.compressionAlgorithm,
    gunzipped: fetched.gzip,
    urlsFetched: fetched.urlsFetched,
  };
}

/**
 * Decompresses a gzip report document in one call. zlib's output grows in `chunkSize` steps: at
 * its 16 KiB default a settlement of tens of MB costs thousands of steps, at 1 MiB a few dozen.
 * @throws TransportError `DOCUMENT_CORRUPT` (retryable) when the bytes are a truncated or corrupt gzip stream.
 */
export function gunzipReportDocument(bytes: Uint8Array, reportDocumentId: string): Uint8Array {
  try {
    const out = gunzipSync(bytes, { chunkSize: 1 << 20 });
    // A plain Uint8Array: a view when zlib's output owns its memory (any real document), so a
    // settlement of tens of MB is not copied again; a copy of a small output from the pool.
    return out.byteOffset === 0 && out.buffer.byteLength === out.byteLength
      ? new Uint8Array(out.buffer, 0, out.byteLength)
      : new Uint8Array(out);
  } catch (e) {
    throw new TransportError(`Report document ${reportDocumentId} is a truncated or corrupt gzip stream`, {
      code: "DOCUMENT_CORRUPT",
      cause: e,
      retryable: true,
      where: { system: "amazon", operation: "downloadReportDocument", record: reportDocumentId },
      hint: "download the document again",
    });
  }
}

/**
 * Downloads a report document's bytes as Amazon's host sends them, without decompressing them:
 * what {@link downloadReportDocument} does before its gunzip (fresh URL when one expired, retries,
 * a new download when the connection drops mid-body). For a caller that keeps the compressed bytes
 * (an archive) and decompresses them once itself ({@link gunzipReportDocument}).
 */
export async function fetchReportDocument(
  amazon: SpApiClient,
  reportDocumentId: string,
  options: DownloadReportDocumentOptions = {},
): Promise<FetchedReportDocument> {
  const logger = options.logger ?? silentLogger;
  const transport = options.fetch ?? ((r: Request) => globalThis.fetch(r));
  const maxRefreshes = options.maxUrlRefreshes ?? 2;
  let bodyFailures = 0;
  const path = "/reports/2021-06-30/documents/{reportDocumentId}";
  for (let attempt = 1; ; attempt++) {
    const doc = expectData<Reports["schemas"]["ReportDocument"]>(
      await amazon.reports.GET(path, {
        params: { path: { reportDocumentId } },
        ...(options.restricted ? { headers: { [RDT_REQUIRED_HEADER]: "true" } } : {}),
      }),
      { operation: "getReportDocument", path, record: reportDocumentId },
    );
    let response: Response;
    try {
      response = await fetchPresignedUrl(doc.url, {
        fetch: transport,
        timeoutMs: options.timeoutMs ?? 60_000,
        retries: options.retries ?? 2,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (e) {
      if (options.signal?.aborted) throw options.signal.reason ?? e;
      const where = {
        system: "amazon",
        operation: "downloadReportDocument",
        record: reportDocumentId,
      } as const;
      if (isHTTPError(e)) {
        void e.response.body?.cancel().catch(() => {});
        throw new AmazonApiError(
          `The download of report document ${reportDocumentId} failed (HTTP ${e.response.status})`,
          {
            status: e.response.status,
            code: "DOCUMENT_DOWNLOAD",
            retryable: true,
            where,
            hint: "Amazon's document host kept failing; the download can be tried again",
          },
        );
      }
      throw new TransportError(
        isTimeoutError(e)
          ? `The download of report document ${reportDocumentId} timed out`
          : `The download of report document ${reportDocumentId} failed`,
        {
          code: "DOCUMENT_DOWNLOAD",
          cause: e,
          retryable: true,
          where,
          hint: isTimeoutError(e)
            ? "Amazon's document host did not answer in time (timeoutMs); the download can be tried again"
            : "check connectivity to Amazon's S3 host; the download can be tried again",
        },
      );
    }
    if (response.status === 403 || response.status === 400) {
      const text = await response.text().catch(() => "");
      // S3 answers an expired pre-signed URL with 403 AccessDenied "Request has expired".
      if (/expired/i.test(text) && attempt <= maxRefreshes) {
        logger.info("report document URL expired; asking for a fresh one", { reportDocumentId, attempt });
        continue;
      }
      throw new AmazonApiError(
        `The download of report document ${reportDocumentId} was refused (HTTP ${response.status})`,
        {
          status: response.status,
          code: "DOCUMENT_DOWNLOAD_REFUSED",
          where: { system: "amazon", operation: "downloadReportDocument", record: reportDocumentId },
          hint: /expired/i.test(text)
            ? "the pre-signed URL kept expiring before the download started; check the host clock and network delay"
            : "the pre-signed URL was refused; fetch the document again later",
        },
      );
    }
    if (!response.ok) {
      throw new AmazonApiError(
        `The download of report document ${reportDocumentId} failed (HTTP ${response.status})`,
        {
          status: response.status,
          code: "DOCUMENT_DOWNLOAD",
          where: { system: "amazon", operation: "downloadReportDocument", record: reportDocumentId },
          hint: "the download can be tried again",
        },
      );
    }
    let raw: Uint8Array;
    try {
      raw = await readBody(response);
    } catch (e) {
      if (options.signal?.aborted) throw options.signal.reason ?? e;
      // The headers came, then the connection dropped mid-body (undici: "terminated"): download
      // again, from a fresh URL, as often as a failed request would be retried.
      if (bodyFailures++ < (options.retries ?? 2)) {
        logger.info("report document download broke off; downloading it again", { reportDocumentId });
        continue;
      }
      throw new TransportError(`The download of report document ${reportDocumentId} broke off`, {
        code: "DOCUMENT_DOWNLOAD",
        cause: e,
        retryable: true,
        where: { system: "amazon", operation: "downloadReportDocument", record: reportDocumentId },
        hint: "the connection to Amazon's document host dropped mid-download; the download can be tried again",
      });
    }
    const flagged = doc.compressionAlgorithm === "GZIP";
    const gzip = isGzip(raw);
    if (flagged && !gzip)
      logger.warn("report document flagged GZIP but its body is plain; read as plain", { reportDocumentId });
    return {
      reportDocumentId,
      bytes: raw,
      gzip,
      compressionAlgorithm: doc.compressionAlgorithm,
      urlsFetched: attempt,
    };
  }
}
