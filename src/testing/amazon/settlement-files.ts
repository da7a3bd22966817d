/**
 * Real settlement flat files in the simulator: a file a seller downloaded from Seller Central (V2
 * or V1 layout, gzip or not) becomes a DONE settlement report served byte for byte, plus the
 * closed financial event group Amazon pairs with it (same settlement id, same window to the
 * second, `OriginalTotal` = the file's `total-amount`), so a connector can reconcile the report,
 * the Finances view and the deposit against each other.
 */
import { gzipSync } from "node:zlib";
import { parseSettlement } from "../../amazon/settlement/parse-settlement.js";
import type { SettlementLayout, SettlementRow, SettlementSummary } from "../../amazon/settlement/types.js";
import { isSettlementParseError, SettlementParseError } from "../../core/errors.js";
import { Money } from "../../core/money.js";
import type { SimSettlementLine } from "../data/amazon-data.js";
import { findMarketplace, type SimMarketplace, simMarketplaces } from "../data/marketplaces.js";
import { createPrng } from "../data/prng.js";
import type { SimCore, SimEventGroup, SimReport } from "./core.js";
import { addSettlementReport } from "./settlements.js";

const DAY = 86_400_000;

/** Options of `loadSettlementFile`. */
export interface LoadSettlementFileOptions {
  /**
   * The marketplace the settlement belongs to.
   * @default read from the rows' `marketplace-name` (`Amazon.de`, `Non-Amazon UK`), else from the
   * currency when only one simulated marketplace uses it (not EUR)
   */
  readonly marketplaceId?: string;
  /** @default the simulator's first seller */
  readonly sellerId?: string;
  /** Name used in errors and the result, e.g. the file's path. @default "settlement file" */
  readonly name?: string;
  /**
   * Serve a plain file gzip-compressed (announced as GZIP). A gzip file is always served as it is.
   * @default false
   */
  readonly gzip?: boolean;
}

/** What `loadSettlementFile` published. */
export interface LoadedSettlementFile {
  readonly name: string;
  readonly settlementId: string;
  readonly marketplaceId: string;
  readonly layout: SettlementLayout;
  readonly summary: SettlementSummary;
  /** False when the file's amounts do not add up to its `total-amount` (it is served anyway, as Amazon would). */
  readonly reconciled: boolean;
  /** The DONE settlement report the Reports API lists. */
  readonly report: SimReport;
  /** The closed financial event group the Finances API lists for it. */
  readonly group: SimEventGroup;
}

const encoder = new TextEncoder();

function unreadable(name: string, code: string, message: string, hint: string, cause?: unknown) {
  return new SettlementParseError(message, {
    code,
    where: { system: "local", operation: "loadSettlementFile", file: name },
    hint,
    ...(cause !== undefined ? { cause } : {}),
  });
}

/** The simulated marketplace a `marketplace-name` cell names, e.g. `Amazon.co.uk` or `Non-Amazon UK`. */
export function marketplaceOfName(name: string): SimMarketplace | undefined {
  const n = name.trim().toLowerCase();
  const nonAmazon = /^non-amazon ([a-z]{2})$/.exec(n)?.[1];
  return simMarketplaces.find(
    (m) =>
      m.name.toLowerCase() === n ||
      m.domain.toLowerCase() === n ||
      (nonAmazon !== undefined && m.countryCode.toLowerCase() === nonAmazon),
  );
}

function instantOf(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const t = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(t) ? undefined : t;
}

function toLine(row: SettlementRow, fallbackPosted: number): SimSettlementLine {
  const posted = instantOf(row.postedDateTime) ?? instantOf(row.postedDate) ?? fallbackPosted;
  const optional = <K extends string>(key: K, value: string | number | undefined) =>
    value === undefined ? {} : ({ [key]: value } as Record<K, string | number>);
  return {
    transactionType: row.transactionType,
    amountType: row.amountType,
    amountDescription: row.amountDescription,
    amount: row.amount,
    postedDate: new Date(posted),
    ...optional("orderId", row.orderId),
    ...optional("merchantOrderId", row.merchantOrderId),
    ...optional("adjustmentId", row.adjustmentId),
    ...optional("shipmentId", row.shipmentId),
    ...optional("marketplaceName", row.marketplaceName),
    ...optional("fulfillmentId", row.fulfillmentId),
    ...optional("orderItemCode", row.orderItemCode),
    ...optional("merchantOrderItemId", row.merchantOrderItemId),
    ...optional("merchantAdjustmentItemId", row.merchantAdjustmentItemId),
    ...optional("sku", row.sku),
    ...optional("quantityPurchased", row.quantityPurchased),
    ...optional("promotionId", row.promotionId),
  } as SimSettlementLine;
}

/**
 * Reads a settlement file and publishes it as a settlement report and its closed event group.
 * Loading the same settlement again publishes a re-issued report (new report id, same group).
 * @throws SettlementParseError naming the file: it cannot be read as a settlement (code of the
 * parser), its marketplace cannot be told (`SETTLEMENT_MARKETPLACE_UNKNOWN`), or it does not fit
 * the marketplace given (`SETTLEMENT_CURRENCY_MISMATCH`)
 */
export async function loadSettlementFile(
  core: SimCore,
  input: Uint8Array | string,
  options: LoadSettlementFileOptions & { readonly sellerId: string },
): Promise<LoadedSettlementFile> {
  const name = options.name ?? "settlement file";
  const bytes = typeof input === "string" ? encoder.encode(input) : input;
  if (bytes.length === 0) {
    throw unreadable(
      name,
      "SETTLEMENT_FILE_EMPTY",
      "The settlement file is empty",
      "pass the flat file as downloaded (V2 or V1 layout, gzip or not)",
    );
  }
  const rows: SettlementRow[] = [];
  let result: Awaited<ReturnType<ReturnType<typeof parseSettlement>["result"]>>;
  try {
    const parse = parseSettlement(bytes, { file: name, reconcile: "report" });
    for await (const row of parse) rows.push(row);
    result = await parse.result();
  } catch (e) {
    if (isSettlementParseError(e)) throw e;
    throw unreadable(
      name,
      "SETTLEMENT_FILE_UNREADABLE",
      `Cannot read the settlement file: ${e instanceof Error ? e.message : String(e)}`,
      "pass the flat file as downloaded (V2 or V1 layout, gzip or not)",
      e,
    );
  }
  const summary = result.summary;

  let market: SimMarketplace | undefined;
  if (options.marketplaceId !== undefined) {
    market = findMarketplace(options.marketplaceId);
    if (!market) {
      throw unreadable(
        name,
        "SETTLEMENT_MARKETPLACE_UNKNOWN",
        `The simulator knows no marketplace ${options.marketplaceId}`,
        `use one of ${simMarketplaces.map((m) => `${m.id} (${m.countryCode})`).join(", ")}`,
      );
    }
  } else {
    for (const row of rows) {
      market = row.marketplaceName ? marketplaceOfName(row.marketplaceName) : undefined;
      if (market) break;
    }
    if (!market) {
      const same = simMarketplaces.filter((m) => m.currency === summary.currency);
      market = same.length === 1 ? same[0] : undefined;
      if (!market) {
        throw unreadable(
          name,
          "SETTLEMENT_MARKETPLACE_UNKNOWN",
          `Cannot tell the marketplace of settlement ${summary.settlementId}: no row names a known marketplace and ${summary.currency} is ${same.length === 0 ? "the currency of no simulated marketplace" : `used by ${same.map((m) => m.countryCode).join(", ")}`}`,
          "pass marketplaceId",
        );
      }
    }
  }
  if (market.currency !== summary.currency) {
    throw unreadable(
      name,
      "SETTLEMENT_CURRENCY_MISMATCH",
      `Settlement ${summary.settlementId} is in ${summary.currency}, marketplace ${market.id} (${market.countryCode}) settles in ${market.currency}`,
      "pass the marketplaceId of the file's marketplace",
    );
  }

  const now = core.clock.now();
  const start = instantOf(summary.startDate) ?? now - 14 * DAY;
  const end = instantOf(summary.endDate) ?? now;
  const compressed = result.gzip || options.gzip === true;
  const body = result.gzip || options.gzip !== true ? bytes : new Uint8Array(gzipSync(bytes));
  const report = addSettlementReport(core, {
    sellerId: options.sellerId,
    marketplaceId: market.id,
    settlementId: summary.settlementId,
    start,
    end,
    at: now,
    bytes: body,
    compressed,
  });

  const existing = core.groups.find(
    (g) => g.sellerId === options.sellerId && g.settlementId === summary.settlementId,
  );
  const group = existing ?? addFileGroup(core, options.sellerId, market, summary, rows, { start, end, now });
  return {
    name,
    settlementId: summary.settlementId,
    marketplaceId: market.id,
    layout: result.layout,
    summary,
    reconciled: result.reconciled,
    report,
    group,
  };
}

function addFileGroup(
  core: SimCore,
  sellerId: string,
  market: SimMarketplace,
  summary: SettlementSummary,
  rows: readonly SettlementRow[],
  at: { start: number; end: number; now: number },
): SimEventGroup {
  const lines = rows.map((r) => toLine(r, at.end));
  const sum = (description: string) =>
    Money.sum(
      lines
        .filter((l) => l.amountDescription === description || l.transactionType === description)
        .map((l) => l.amount),
      summary.currency,
    );
  // Ids from the settlement id, so loading the same file gives the same group in every run.
  const rng = createPrng(Number(BigInt(summary.settlementId) % 2_147_483_647n)).fork(7);
  const deposit = instantOf(summary.depositDate);
  const group: SimEventGroup = {
    groupId: `${rng.chars(10, "abcdefghijklmnopqrstuvwxyz")}${rng.chars(30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}`,
    sellerId,
    marketplaceId: market.id,
    currency: summary.currency,
    // Below every scheduled group, so the schedule's chain head never changes.
    index: -1 - core.groups.filter((g) => g.source === "file").length,
    start: at.start,
    end: at.end,
    settlementId: summary.settlementId,
    processingStatus: "Closed",
    previousReserve: sum("Previous Reserve Amount Balance"),
    accountLines: [],
    currentReserve: sum("Current Reserve Amount").negate(),
    closedAt: at.now,
    lines,
    total: summary.totalAmount,
    fundTransferDate: deposit ?? at.end + 2 * DAY,
    traceId: rng.digits(20),
    accountTail: rng.digits(3),
    source: "file",
  };
  core.groups.push(group);
  return group;
}
