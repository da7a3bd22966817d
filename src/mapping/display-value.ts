/**
 * Ledger and default dimension display values in the format D365 parses them with: the active
 * formats of *Financial dimension configuration for integrating applications* (Data entities tab).
 * The ledger format is the main account followed by the dimensions in order; the default-dimension
 * format is the dimensions alone; blank segments stay empty, trailing blank segments are dropped.
 */
import { type Issue, ValidationError } from "../core/errors.js";
import type { SegmentFormat } from "./schema.js";

/** Checks dimension values against a format: every dimension in the format, no delimiter inside. */
export function displayValueIssues(
  format: SegmentFormat,
  dimensions: Readonly<Record<string, string>>,
  path: readonly (string | number)[] = [],
): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(format.dimensions.map((d) => d.toLowerCase()));
  for (const [name, value] of Object.entries(dimensions)) {
    if (!known.has(name.toLowerCase())) {
      issues.push({
        code: "dimension_not_in_format",
        path: [...path, name],
        message: `dimension '${name}' is not part of the integration format (${format.dimensions.join(format.delimiter) || "no dimensions"}); add it in D365 and to segmentFormat, or remove it`,
      });
    }
    if (value.includes(format.delimiter)) {
      issues.push({
        code: "delimiter_in_value",
        path: [...path, name],
        message: `value '${value}' contains the segment delimiter '${format.delimiter}'`,
      });
    }
  }
  return issues;
}

function segments(format: SegmentFormat, dimensions: Readonly<Record<string, string>>): string[] {
  const issues = displayValueIssues(format, dimensions);
  if (issues.length) {
    throw new ValidationError("Cannot write a D365 display value", {
      issues,
      where: { system: "local", operation: "displayValue" },
    });
  }
  const byName = new Map(Object.entries(dimensions).map(([k, v]) => [k.toLowerCase(), v]));
  const out = format.dimensions.map((d) => byName.get(d.toLowerCase()) ?? "");
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

/**
 * The ledger dimension display value: main account, then the dimensions in format order.
 * @throws ValidationError for a dimension outside the format or a value holding the delimiter.
 * @example
 * ledgerDisplayValue({ delimiter: "-", dimensions: ["BusinessUnit", "Department"] }, "401100", { Department: "022" })
 * // "401100--022"
 */
export function ledgerDisplayValue(
  format: SegmentFormat,
  mainAccount: string,
  dimensions: Readonly<Record<string, string>> = {},
): string {
  if (mainAccount.includes(format.delimiter)) {
    throw new ValidationError("Cannot write a D365 display value", {
      issues: [
        {
          code: "delimiter_in_value",
          path: ["mainAccount"],
          message: `main account '${mainAccount}' contains '${format.delimiter}'`,
        },
      ],
      where: { system: "local", operation: "ledgerDisplayValue" },
    });
  }
  return [mainAccount, ...segments(format, dimensions)].join(format.delimiter);
}

/**
 * The default dimension display value (dimensions only), or `""` when there are none.
 * @example defaultDimensionDisplayValue({ delimiter: "-", dimensions: ["BusinessUnit", "Department"] }, { BusinessUnit: "004", Department: "025" }) // "004-025"
 */
export function defaultDimensionDisplayValue(
  format: SegmentFormat,
  dimensions: Readonly<Record<string, string>> = {},
): string {
  return segments(format, dimensions).join(format.delimiter);
}
