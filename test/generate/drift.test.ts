import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { operations } from "../../generated/amazon/operations.js";
import { sandboxCases } from "../../generated/amazon/sandbox.js";
import { entitySets } from "../../generated/d365/entity-sets.js";

const root = path.resolve(import.meta.dirname, "../..");
const schemas = path.resolve(root, "..", "shared", "schemas");

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe.runIf(existsSync(schemas))("npm run generate", () => {
  const out = mkdtempSync(path.join(tmpdir(), "mlc-generated-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("regenerates generated/ byte for byte from ../shared/schemas", () => {
    execFileSync(
      process.execPath,
      [path.join(root, "scripts/generate.mjs"), "--schemas", schemas, "--out", out],
      {
        stdio: "pipe",
      },
    );
    const committed = listFiles(path.join(root, "generated")).sort();
    const fresh = listFiles(out).sort();
    expect(fresh).toEqual(committed);
    for (const file of committed) {
      const a = readFileSync(path.join(root, "generated", file), "utf8");
      const b = readFileSync(path.join(out, file), "utf8");
      expect(b, `generated/${file} differs from a fresh run: run \`npm run generate\` and commit`).toBe(a);
    }
  });

  it("marks every generated file as generated", () => {
    for (const file of listFiles(path.join(root, "generated"))) {
      expect(readFileSync(path.join(root, "generated", file), "utf8")).toMatch(
        /^\/\/ -+\n\/\/ GENERATED FILE: DO NOT EDIT/,
      );
    }
  });
});

describe("generated tables", () => {
  it("has every operation of rate-limits.json with its plan", () => {
    expect(operations).toHaveLength(66);
    const searchOrders = operations.find(
      (o) => o.api === "orders_2026-01-01" && o.operationId === "searchOrders",
    );
    expect(searchOrders).toMatchObject({
      method: "GET",
      path: "/orders/2026-01-01/orders",
      rate: 0.0056,
      burst: 20,
    });
    const getOrderItems = operations.find((o) => o.api === "ordersV0" && o.operationId === "getOrderItems");
    expect(getOrderItems).toMatchObject({ rate: 0.5, burst: 30, restricted: "dataElements" });
    expect(operations.find((o) => o.operationId === "getOrderAddress")?.restricted).toBe("always");
    expect(operations.filter((o) => o.rate === null)).toHaveLength(5);
  });

  it("has the 133 static sandbox cases with parameters split by location", () => {
    expect(sandboxCases).toHaveLength(133);
    const getOrders = sandboxCases.find((c) => c.operationId === "getOrders" && c.status === 200);
    expect(getOrders?.request.query).toMatchObject({
      CreatedAfter: "TEST_CASE_200",
      MarketplaceIds: ["ATVPDKIKX0DER"],
    });
  });

  it("has the D365 entity sets with keys and nullability", () => {
    expect(entitySets.LedgerJournalLines.keys).toEqual(["dataAreaId", "JournalBatchNumber", "LineNumber"]);
    expect(entitySets.FreeTextInvoiceHeaders.keys).toEqual(["dataAreaId", "InvoiceIdentifier"]);
    expect(entitySets.CustomersV3.properties.CustomerAccount).toMatchObject({
      type: "Edm.String",
      nullable: false,
    });
  });
});
