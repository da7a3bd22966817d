/**
 * Header-then-lines documents (free text invoices, sales orders, general journals). D365 assigns
 * the header's key, so the header is created first and its lines follow in one atomic change set.
 * If the lines fail, the header is deleted; if even that fails, the header stays with no lines,
 * which the next run recognises (by natural key) and completes. A document is never duplicated.
 */
import { ValidationError } from "../../core/errors.js";
import { type ChangeSetOperation, executeChangeSet } from "../batch.js";
import type { D365Client } from "../client.js";
import type { CallOptions } from "../query.js";
import type { Ensured } from "./natural-key.js";

/** A header found by natural key. */
export interface FoundHeader<H> {
  readonly header: H;
  /** Lines D365 holds for it now. */
  readonly lineCount: number;
  /** Posted documents are never written. */
  readonly posted: boolean;
}

/** The steps of one document. */
export interface DocumentSteps<H> {
  /** What the document is, for messages: `free text invoice 111-… in usmf`. */
  readonly describe: string;
  /** Record id for the audit trail and errors. */
  readonly record: string;
  readonly expectedLines: number;
  /** Finds headers by natural key (more than one is a duplicate made outside this SDK). */
  find(): Promise<readonly FoundHeader<H>[]>;
  createHeader(): Promise<H>;
  lines(header: H): readonly ChangeSetOperation[];
  removeHeader(header: H): Promise<unknown>;
}

function conflict(describe: string, record: string, message: string, code: string): ValidationError {
  return new ValidationError(`Cannot write ${describe}`, {
    issues: [{ code, path: [record], message }],
    where: { system: "d365", record },
  });
}

/**
 * Finds or creates one document, header first, lines in one change set.
 * @throws ValidationError when D365 already holds the document in a shape this run did not write
 *   (a different line count, duplicates, or posted without lines): an operator must decide.
 * @throws D365ODataError from the lines' change set (the header has been removed again).
 */
export async function ensureDocument<H>(
  client: D365Client,
  steps: DocumentSteps<H>,
  options: CallOptions = {},
): Promise<Ensured<H>> {
  const found = await steps.find();
  if (found.length > 1) {
    throw conflict(
      steps.describe,
      steps.record,
      `D365 holds ${found.length} documents with this natural key; remove the extra ones by hand, then replay`,
      "duplicate_document",
    );
  }
  const existing = found[0];
  if (existing) {
    if (existing.lineCount === steps.expectedLines) return { value: existing.header, outcome: "found" };
    if (existing.lineCount !== 0 || existing.posted) {
      throw conflict(
        steps.describe,
        steps.record,
        `D365 holds it with ${existing.lineCount} lines${existing.posted ? " (posted)" : ""}, this run has ${steps.expectedLines}; compare them by hand`,
        "document_mismatch",
      );
    }
    // A header without lines: an earlier run stopped between header and lines. Complete it.
    await executeChangeSet(client, steps.lines(existing.header), { ...options, record: steps.record });
    return { value: existing.header, outcome: "completed" };
  }
  const header = await steps.createHeader();
  try {
    await executeChangeSet(client, steps.lines(header), { ...options, record: steps.record });
  } catch (e) {
    // Best effort: if the delete fails too, the empty header is completed by the next run.
    await steps.removeHeader(header).catch(() => undefined);
    throw e;
  }
  return { value: header, outcome: "created" };
}
