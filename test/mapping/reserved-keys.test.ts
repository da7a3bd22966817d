/**
 * Regression (found by fuzzing the mapping loader): a key named `__proto__` in a record of the
 * mapping document (a SKU, an account role, a marketplace id) vanished without a word, because a
 * plain-object copy drops it; `constructor` shadowed a built-in on lookup. Both are now refused.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isValidationError } from "../../src/core/errors.js";
import { loadMapping, parseMapping, parseMappingText } from "../../src/mapping/schema.js";

const yaml = readFileSync("test/mapping/fixtures/mapping.yaml", "utf8");

function refusal(run: () => unknown) {
  try {
    run();
  } catch (e) {
    if (isValidationError(e)) return e.issues;
    throw e;
  }
  throw new Error("the document was accepted");
}

describe("mapping document: reserved keys are refused, not dropped (regression: __proto__ key lost silently)", () => {
  it("refuses __proto__ as an account role in YAML", () => {
    const issues = refusal(() =>
      parseMappingText(yaml.replace(/^accounts:\n/m, "accounts:\n  __proto__: '999'\n")),
    );
    expect(issues).toEqual([
      { code: "reserved_key", path: ["accounts", "__proto__"], message: "the key __proto__ is not allowed" },
    ]);
  });

  it("refuses __proto__ as a marketplace id in JSON, which used to leave no marketplace at all", () => {
    const doc = JSON.parse(JSON.stringify(parseMappingText(yaml))) as {
      marketplaces: Record<string, unknown>;
    };
    const [first] = Object.values(doc.marketplaces);
    const text = JSON.stringify({ ...doc, marketplaces: {} }).replace(
      '"marketplaces":{}',
      `"marketplaces":{"__proto__":${JSON.stringify(first)}}`,
    );
    const issues = refusal(() => parseMapping(JSON.parse(text)));
    expect(issues.map((i) => i.path)).toEqual([["marketplaces", "__proto__"]]);
  });

  it("refuses constructor as a SKU", () => {
    const withSku = yaml.replace(/^ {2}bySku:\n/m, "  bySku:\n    constructor: ITEM-1\n");
    expect(withSku).not.toBe(yaml);
    const issues = refusal(() => parseMappingText(withSku));
    expect(issues.map((i) => i.path.join("."))).toEqual(["items.bySku.constructor"]);
  });

  it("still reads the shipped fixture", () => {
    expect(Object.keys(parseMappingText(yaml).marketplaces)).toHaveLength(4);
  });
});

describe("loadMapping (regression: a missing file threw a raw ENOENT error)", () => {
  it("refuses a path it cannot read with a ValidationError naming the file", async () => {
    const error = await loadMapping("test/mapping/fixtures/no-such-mapping.yaml").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isValidationError(error)).toBe(true);
    expect(isValidationError(error) && error.issues[0]?.code).toBe("not_found");
    expect(isValidationError(error) && error.where.file).toBe("test/mapping/fixtures/no-such-mapping.yaml");
  });

  it("refuses a directory the same way", async () => {
    const error = await loadMapping("test/mapping/fixtures").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isValidationError(error) && error.issues[0]?.code).toBe("unreadable");
    expect(isValidationError(error) && error.issues[0]?.message).toMatch(/is a directory/);
  });
});
