/**
 * Natural keys for the dedup store and the record store (see `./storage.ts`). The same work always gets the same
 * key on every worker and after every restart, so it happens at most once.
 */

import { ValidationError } from "./errors.js";

function part(value: string, name: string): string {
  if (typeof value !== "string" || value.trim().length === 0) {
    throw new ValidationError("Invalid natural key", {
      issues: [{ code: "invalid_key_part", path: [name], message: "must be a non-empty string" }],
      where: { system: "local", operation: "dedupKeys" },
    });
  }
  // Parts are joined with ":", so each is percent-encoded to keep keys unambiguous.
  return encodeURIComponent(value.trim());
}

// D365 data areas (legal entities) are case-insensitive; one spelling keeps one key.
function legalEntityPart(value: string): string {
  return part(value, "legalEntity").toLowerCase();
}

/**
 * Builders of natural keys, one per kind of work.
 * @example
 * dedupKeys.settlement("USMF", "12345678901"); // "settlement:usmf:12345678901"
 * dedupKeys.d365("CustomersV3", "usmf", { CustomerAccount: "AMZ-US" }); // "d365:CustomersV3:usmf:CustomerAccount=AMZ-US"
 */
export const dedupKeys = Object.freeze({
  /** A settlement posted to one legal entity: Amazon's `settlement-id`. */
  settlement(legalEntity: string, settlementId: string): string {
    return `settlement:${legalEntityPart(legalEntity)}:${part(settlementId, "settlementId")}`;
  },
  /** An SP-API report (by `reportId`), e.g. a downloaded settlement report. */
  report(reportId: string): string {
    return `report:${part(reportId, "reportId")}`;
  },
  /** An Amazon order invoiced into one legal entity: `AmazonOrderId`. */
  order(legalEntity: string, amazonOrderId: string): string {
    return `order:${legalEntityPart(legalEntity)}:${part(amazonOrderId, "amazonOrderId")}`;
  },
  /**
   * A D365 entity row by its natural key fields (sorted by name, so field order does not matter).
   * `legalEntity` is the `dataAreaId`.
   */
  d365(entitySet: string, legalEntity: string, naturalKey: Readonly<Record<string, string>>): string {
    const fields = Object.keys(naturalKey).sort();
    if (fields.length === 0) {
      throw new ValidationError("Invalid natural key", {
        issues: [{ code: "invalid_key_part", path: ["naturalKey"], message: "must name at least one field" }],
        where: { system: "local", operation: "dedupKeys.d365" },
      });
    }
    const pairs = fields.map(
      (f) => `${part(f, "naturalKey")}=${part(naturalKey[f] ?? "", `naturalKey.${f}`)}`,
    );
    return `d365:${part(entitySet, "entitySet")}:${legalEntityPart(legalEntity)}:${pairs.join(",")}`;
  },
});
