/**
 * Listings Items API 2021-08-01 for one listing at a time: `putListingsItem` for a new listing,
 * `patchListingsItem` with only the attributes that changed, `getListingsItem` for the follow-up
 * status (an accepted submission can turn out invalid once Amazon has processed it).
 */
import type { components as L } from "../../../generated/amazon/listingsItems_2021-08-01.js";
import type { SpApiClient } from "../client.js";
import { expectData } from "../reports/call-result.js";
import type { ListingIssue } from "./validate.js";

/** What a listing to send carries (a `ListingDraft` from `mapListing` fits). */
export interface ListingToSend {
  readonly sku: string;
  readonly marketplaceId: string;
  readonly productType: string;
  readonly attributes: Readonly<Record<string, unknown[]>>;
}

/** The result of sending one listing. */
export interface ListingSubmission {
  readonly sku: string;
  readonly marketplaceId: string;
  /** What was sent: `none` when nothing changed since `previous`. */
  readonly operation: "put" | "patch" | "none";
  /** Amazon's status; `UNCHANGED` when nothing was sent. */
  readonly status: "ACCEPTED" | "INVALID" | "VALID" | "UNCHANGED";
  readonly submissionId: string | undefined;
  /** Amazon's issues, each with severity and attribute. */
  readonly issues: readonly ListingIssue[];
}

/** Amazon's issue as a {@link ListingIssue}. */
export function fromAmazonIssue(i: L["schemas"]["Issue"]): ListingIssue {
  const attribute = i.attributeNames?.[0];
  return {
    code: i.code,
    severity: i.severity,
    attribute,
    path: attribute ? [attribute] : [],
    message: i.message,
  };
}

/** JSON patches that turn `previous` into `next`: replace what changed, delete what is gone. */
export function attributePatches(
  previous: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown[]>>,
): L["schemas"]["PatchOperation"][] {
  const patches: L["schemas"]["PatchOperation"][] = [];
  for (const [name, value] of Object.entries(next)) {
    if (JSON.stringify(previous[name]) !== JSON.stringify(value)) {
      patches.push({ op: "replace", path: `/attributes/${name}`, value: value as Record<string, unknown>[] });
    }
  }
  for (const name of Object.keys(previous)) {
    if (!(name in next)) patches.push({ op: "delete", path: `/attributes/${name}` });
  }
  return patches;
}

const PATH = "/listings/2021-08-01/items/{sellerId}/{sku}";

/**
 * Sends one listing: a put when `previous` is not given, else a patch of the changed attributes
 * only (no call at all when none changed).
 * @param previous the attributes Amazon holds (from {@link getListing} or from the last submission).
 * @throws AmazonApiError when Amazon refuses the call itself (403, 404 for a patch of an unknown SKU);
 * a listing Amazon finds invalid is not thrown: it comes back `INVALID` with its issues.
 * @example
 * const r = await submitListing(amazon, { sellerId, listing: draft });
 * if (r.status === "INVALID") console.log(r.issues);
 */
export async function submitListing(
  amazon: SpApiClient,
  options: {
    readonly sellerId: string;
    readonly listing: ListingToSend;
    readonly previous?: Readonly<Record<string, unknown>>;
    /** `VALIDATION_PREVIEW`: Amazon checks and stores nothing. */
    readonly preview?: boolean;
  },
): Promise<ListingSubmission> {
  const { listing, sellerId } = options;
  const params = {
    path: { sellerId, sku: listing.sku },
    query: {
      marketplaceIds: [listing.marketplaceId],
      includedData: ["issues" as const],
      ...(options.preview ? { mode: "VALIDATION_PREVIEW" as const } : {}),
    },
  };
  const site = { path: PATH, record: `listing:${listing.marketplaceId}:${listing.sku}` };
  let answer: L["schemas"]["ListingsItemSubmissionResponse"];
  let operation: ListingSubmission["operation"];
  if (options.previous === undefined) {
    operation = "put";
    answer = expectData(
      await amazon.listingsItems.PUT(PATH, {
        params,
        body: {
          productType: listing.productType,
          requirements: "LISTING",
          attributes: { ...listing.attributes },
        },
      }),
      { ...site, operation: "putListingsItem", method: "PUT" },
    );
  } else {
    const patches = attributePatches(options.previous, listing.attributes);
    if (patches.length === 0) {
      return {
        sku: listing.sku,
        marketplaceId: listing.marketplaceId,
        operation: "none",
        status: "UNCHANGED",
        submissionId: undefined,
        issues: [],
      };
    }
    operation = "patch";
    answer = expectData(
      await amazon.listingsItems.PATCH(PATH, { params, body: { productType: listing.productType, patches } }),
      { ...site, operation: "patchListingsItem", method: "PATCH" },
    );
  }
  return {
    sku: listing.sku,
    marketplaceId: listing.marketplaceId,
    operation,
    status: answer.status,
    submissionId: answer.submissionId,
    issues: (answer.issues ?? []).map(fromAmazonIssue),
  };
}

/** A listing as Amazon holds it now. */
export interface ListingState {
  readonly sku: string;
  readonly marketplaceId: string;
  /** Amazon's summary statuses (`BUYABLE`, `DISCOVERABLE`); empty when not buyable. */
  readonly status: readonly string[];
  readonly asin: string | undefined;
  readonly attributes: Readonly<Record<string, unknown>>;
  /** Issues Amazon found after processing; an `ERROR` here marks an accepted submission as invalid. */
  readonly issues: readonly ListingIssue[];
  /** True when an issue of severity `ERROR` is present. */
  readonly invalid: boolean;
}

/**
 * Reads one listing (summaries, attributes, issues); `undefined` when Amazon has none for the SKU.
 * @throws AmazonApiError for any other refusal.
 */
export async function getListing(
  amazon: SpApiClient,
  options: { readonly sellerId: string; readonly sku: string; readonly marketplaceId: string },
): Promise<ListingState | undefined> {
  const result = await amazon.listingsItems.GET(PATH, {
    params: {
      path: { sellerId: options.sellerId, sku: options.sku },
      query: { marketplaceIds: [options.marketplaceId], includedData: ["summaries", "attributes", "issues"] },
    },
  });
  if (result.response.status === 404) return undefined;
  const item = expectData<L["schemas"]["Item"]>(result, {
    operation: "getListingsItem",
    path: PATH,
    record: `listing:${options.marketplaceId}:${options.sku}`,
  });
  const summary = item.summaries?.find((s) => s.marketplaceId === options.marketplaceId);
  const issues = (item.issues ?? []).map(fromAmazonIssue);
  return {
    sku: item.sku,
    marketplaceId: options.marketplaceId,
    status: summary?.status ?? [],
    asin: summary?.asin,
    attributes: item.attributes ?? {},
    issues,
    invalid: issues.some((i) => i.severity === "ERROR"),
  };
}
