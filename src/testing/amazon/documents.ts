/**
 * Report and feed documents behind pre-signed S3 URLs: URLs expire after five minutes of simulated
 * time; report documents may be gzip-compressed; feed uploads are PUT to their URL.
 */
import { gzipSync } from "node:zlib";
import type { SimRegion } from "../data/marketplaces.js";
import { msw } from "../msw.js";
import type { SimCore, SimDocument, SimDocumentContent } from "./core.js";

/** The S3 host that serves documents in each region. */
export const documentHosts: Readonly<Record<SimRegion, string>> = {
  na: "https://tortuga-prod-na.s3-external-1.amazonaws.com",
  eu: "https://tortuga-prod-eu.s3-eu-west-1.amazonaws.com",
  fe: "https://tortuga-prod-fe.s3-us-west-2.amazonaws.com",
};

const encoder = new TextEncoder();

/** Stores a document built from text, gzip-compressed when asked. */
export function storeDocument(
  core: SimCore,
  o: { sellerId: string; region: SimRegion; kind: SimDocument["kind"]; content: SimDocumentContent },
): SimDocument {
  const bytes = encoder.encode(o.content.text);
  const doc: SimDocument = {
    documentId: `amzn1.tortuga.4.${o.region}.${core.uuid()}.T${core.rng.chars(12)}`,
    sellerId: o.sellerId,
    region: o.region,
    kind: o.kind,
    body: o.content.gzip ? new Uint8Array(gzipSync(bytes)) : bytes,
    contentType: o.content.contentType,
    compressionAlgorithm: o.content.gzip ? "GZIP" : undefined,
  };
  core.documents.set(doc.documentId, doc);
  return doc;
}

/** Stores a document's bytes as given; `compressed` announces them as GZIP. */
export function storeDocumentBytes(
  core: SimCore,
  o: {
    sellerId: string;
    region: SimRegion;
    kind: SimDocument["kind"];
    body: Uint8Array;
    contentType: string;
    compressed: boolean;
  },
): SimDocument {
  const doc: SimDocument = {
    documentId: `amzn1.tortuga.4.${o.region}.${core.uuid()}.T${core.rng.chars(12)}`,
    sellerId: o.sellerId,
    region: o.region,
    kind: o.kind,
    body: o.body.slice(),
    contentType: o.contentType,
    compressionAlgorithm: o.compressed ? "GZIP" : undefined,
  };
  core.documents.set(doc.documentId, doc);
  return doc;
}

/** A fresh pre-signed URL for a document, valid for `timings.presignedUrlMs`. */
export function presign(core: SimCore, doc: SimDocument, method: "GET" | "PUT"): string {
  const now = core.clock.now();
  const signature = core.rng.chars(64, "0123456789abcdef");
  core.presigned.set(signature, {
    documentId: doc.documentId,
    method,
    expiresAt: now + core.timings.presignedUrlMs,
  });
  const amzDate = new Date(now)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const query = new URLSearchParams({
    "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
    "X-Amz-Date": amzDate,
    "X-Amz-SignedHeaders": "host",
    "X-Amz-Expires": String(Math.round(core.timings.presignedUrlMs / 1000)),
    "X-Amz-Credential": `AKIASIMULATOR/${amzDate.slice(0, 8)}/us-east-1/s3/aws4_request`,
    "X-Amz-Signature": signature,
  });
  return core.publicUrl(`${documentHosts[doc.region]}/${encodeURIComponent(doc.documentId)}?${query}`);
}

function s3Error(status: number, code: string, message: string) {
  const { HttpResponse } = msw();
  return new HttpResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>SIMULATED</RequestId></Error>`,
    { status, headers: { "content-type": "application/xml" } },
  );
}

/** msw handlers for the document hosts (download and upload). */
export function documentHandlers(core: SimCore) {
  const { http, HttpResponse } = msw();
  return Object.values(documentHosts).flatMap((host) => [
    http.get(`${host}/:documentId`, ({ request, params }) => {
      const found = check(core, request, String(params.documentId), "GET");
      if (found instanceof Response) return found;
      if (!found.body) return s3Error(404, "NoSuchKey", "The specified key does not exist.");
      core.counters.documentDownloads++;
      // Deliberately no Content-Encoding: S3 serves the gzip bytes as an opaque object. The
      // Response copies the bytes it is given (Fetch's extract-a-body), so the stored document is
      // safe from the reader without a copy of its own here (a settlement is tens of MB).
      return new HttpResponse(found.body, {
        status: 200,
        headers: { "content-type": found.contentType, "content-length": String(found.body.byteLength) },
      });
    }),
    http.put(`${host}/:documentId`, async ({ request, params }) => {
      const found = check(core, request, String(params.documentId), "PUT");
      if (found instanceof Response) return found;
      found.body = new Uint8Array(await request.arrayBuffer());
      const type = request.headers.get("content-type");
      if (type) found.contentType = type;
      return new HttpResponse(null, {
        status: 200,
        headers: { etag: `"${core.rng.chars(32, "0123456789abcdef")}"` },
      });
    }),
  ]);
}

function check(
  core: SimCore,
  request: Request,
  documentId: string,
  method: "GET" | "PUT",
): SimDocument | Response {
  const signature = new URL(request.url).searchParams.get("X-Amz-Signature") ?? "";
  const grant = core.presigned.get(signature);
  if (!grant || grant.documentId !== documentId || grant.method !== method) {
    return s3Error(
      403,
      "SignatureDoesNotMatch",
      "The request signature we calculated does not match the signature you provided.",
    );
  }
  if (core.clock.now() >= grant.expiresAt) return s3Error(403, "AccessDenied", "Request has expired");
  const doc = core.documents.get(documentId);
  if (!doc) return s3Error(404, "NoSuchKey", "The specified key does not exist.");
  return doc;
}
