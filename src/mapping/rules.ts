/**
 * Matching an amount's (transaction-type, amount-type, amount-description) against mapping rules.
 *
 * Precedence, documented in docs and tested:
 * 1. The most specific rule wins. Specificity is compared field by field in the order
 *    transaction-type, then amount-type, then amount-description; for each field an exact value
 *    beats a glob (`MarketplaceFacilitator*`), which beats `*`.
 * 2. Between equally specific rules, the document's own rules beat the shipped default template.
 * 3. Then the earlier rule wins.
 * Matching ignores case and surrounding blanks. A rule for `source: "settlement"` never matches a
 * Finances amount and vice versa; `source: "any"` matches both.
 */
import type { MappingRule } from "./schema.js";

/** The three names Amazon gives every amount. */
export interface AmountKey {
  readonly transactionType: string;
  readonly amountType: string;
  readonly amountDescription: string;
}

/** Where an amount comes from. */
export type AmountSource = "settlement" | "finances";

/** A rule plus where it came from, for precedence and messages. */
export interface RankedRule {
  readonly rule: MappingRule;
  /** `document` rules come from the mapping, `default` ones from the shipped template. */
  readonly origin: "document" | "default";
  /** Position in its list. */
  readonly index: number;
}

const norm = (s: string) => s.trim().toLowerCase();

function fieldRank(pattern: string): 0 | 1 | 2 {
  if (pattern.trim() === "*") return 0;
  return pattern.includes("*") ? 1 : 2;
}

function globToRegExp(pattern: string): RegExp {
  const escaped = norm(pattern)
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${escaped}$`);
}

function fieldMatches(pattern: string, value: string): boolean {
  const rank = fieldRank(pattern);
  if (rank === 0) return true;
  if (rank === 2) return norm(pattern) === norm(value);
  return globToRegExp(pattern).test(norm(value));
}

/** Specificity of a rule as one comparable number (transaction-type dominates). */
export function specificity(rule: MappingRule): number {
  const m = rule.match;
  return fieldRank(m.transactionType) * 9 + fieldRank(m.amountType) * 3 + fieldRank(m.amountDescription);
}

/** True when the rule applies to the key from the source. */
export function ruleMatches(rule: MappingRule, key: AmountKey, source: AmountSource): boolean {
  if (rule.source !== "any" && rule.source !== source) return false;
  return (
    fieldMatches(rule.match.transactionType, key.transactionType) &&
    fieldMatches(rule.match.amountType, key.amountType) &&
    fieldMatches(rule.match.amountDescription, key.amountDescription)
  );
}

/** Orders rules by precedence: the first matching one in this order wins. */
export function rankRules(document: readonly MappingRule[], defaults: readonly MappingRule[]): RankedRule[] {
  const ranked: RankedRule[] = [
    ...document.map((rule, index) => ({ rule, origin: "document" as const, index })),
    ...defaults.map((rule, index) => ({ rule, origin: "default" as const, index })),
  ];
  // Array.prototype.sort is stable, so document-before-default and list order survive ties.
  return ranked.sort((a, b) => specificity(b.rule) - specificity(a.rule));
}

/** The winning rule for a key, or undefined when none matches. */
export function findRule(
  ranked: readonly RankedRule[],
  key: AmountKey,
  source: AmountSource,
): RankedRule | undefined {
  return ranked.find((r) => ruleMatches(r.rule, key, source));
}
