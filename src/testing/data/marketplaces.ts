/**
 * The marketplaces the simulators and generators know, with the facts that shape their data:
 * region (which SP-API host serves them), currency, settlement file format and how tax is handled.
 */

/** SP-API region. */
export type SimRegion = "na" | "eu" | "fe";

/** Settlement flat-file conventions (dates, decimal separator) by marketplace family. */
export type SettlementFormat = "US" | "CA" | "UK" | "DE" | "JP";

/**
 * How sales tax shows up in settlement lines.
 * - `withheld-us`: the buyer's tax is collected and withheld again as MarketplaceFacilitatorTax-*.
 * - `withheld-vat`: Amazon is the deemed supplier; MarketplaceFacilitatorVAT-* offsets the VAT.
 * - `kept`: the seller keeps (and owes) the tax.
 */
export type TaxModel = "withheld-us" | "withheld-vat" | "kept";

/** One Amazon marketplace. */
export interface SimMarketplace {
  readonly id: string;
  readonly countryCode: string;
  readonly name: string;
  readonly domain: string;
  readonly region: SimRegion;
  readonly currency: string;
  readonly language: string;
  readonly format: SettlementFormat;
  readonly taxModel: TaxModel;
  /** Tax rate in basis points applied to generated prices. */
  readonly taxRateBp: number;
  /** First group of digits of Amazon order ids in this marketplace. */
  readonly orderPrefixes: readonly string[];
}

/** Marketplaces with generated data (US, CA, UK, DE, JP) plus the rest of each region, data-less. */
export const simMarketplaces: readonly SimMarketplace[] = [
  mk("ATVPDKIKX0DER", "US", "Amazon.com", "www.amazon.com", "na", "USD", "en_US", "US", "withheld-us", 825, [
    "111",
    "112",
    "113",
    "114",
  ]),
  mk("A2EUQ1WTGCTBG2", "CA", "Amazon.ca", "www.amazon.ca", "na", "CAD", "en_CA", "CA", "kept", 1300, [
    "701",
    "702",
  ]),
  mk("A1AM78C64UM0Y8", "MX", "Amazon.com.mx", "www.amazon.com.mx", "na", "MXN", "es_MX", "US", "kept", 1600, [
    "701",
  ]),
  mk("A2Q3Y263D00KWC", "BR", "Amazon.com.br", "www.amazon.com.br", "na", "BRL", "pt_BR", "US", "kept", 1700, [
    "701",
  ]),
  mk("A1F83G8C2ARO7P", "UK", "Amazon.co.uk", "www.amazon.co.uk", "eu", "GBP", "en_GB", "UK", "kept", 2000, [
    "202",
    "203",
    "204",
    "205",
    "206",
  ]),
  mk("A1PA6795UKMFR9", "DE", "Amazon.de", "www.amazon.de", "eu", "EUR", "de_DE", "DE", "withheld-vat", 1900, [
    "302",
    "303",
    "304",
    "305",
    "306",
  ]),
  mk("A13V1IB3VIYZZH", "FR", "Amazon.fr", "www.amazon.fr", "eu", "EUR", "fr_FR", "DE", "withheld-vat", 2000, [
    "402",
    "403",
    "404",
  ]),
  mk("A1RKKUPIHCS9HS", "ES", "Amazon.es", "www.amazon.es", "eu", "EUR", "es_ES", "DE", "withheld-vat", 2100, [
    "402",
    "403",
  ]),
  mk("APJ6JRA9NG5V4", "IT", "Amazon.it", "www.amazon.it", "eu", "EUR", "it_IT", "DE", "withheld-vat", 2200, [
    "402",
    "403",
  ]),
  mk("A1VC38T7YXB528", "JP", "Amazon.co.jp", "www.amazon.co.jp", "fe", "JPY", "ja_JP", "JP", "kept", 1000, [
    "249",
    "250",
    "503",
  ]),
  mk("A39IBJ37TRP1C6", "AU", "Amazon.com.au", "www.amazon.com.au", "fe", "AUD", "en_AU", "UK", "kept", 1000, [
    "249",
    "250",
  ]),
  mk("A19VAU5U5O7RUS", "SG", "Amazon.sg", "www.amazon.sg", "fe", "SGD", "en_SG", "UK", "kept", 900, ["249"]),
];

function mk(
  id: string,
  countryCode: string,
  name: string,
  domain: string,
  region: SimRegion,
  currency: string,
  language: string,
  format: SettlementFormat,
  taxModel: TaxModel,
  taxRateBp: number,
  orderPrefixes: readonly string[],
): SimMarketplace {
  return {
    id,
    countryCode,
    name,
    domain,
    region,
    currency,
    language,
    format,
    taxModel,
    taxRateBp,
    orderPrefixes,
  };
}

/** Marketplace ids that get generated data by default: US, CA, UK, DE, JP. */
export const defaultDataMarketplaces: readonly string[] = [
  "ATVPDKIKX0DER",
  "A2EUQ1WTGCTBG2",
  "A1F83G8C2ARO7P",
  "A1PA6795UKMFR9",
  "A1VC38T7YXB528",
];

/** The marketplace with this id, or undefined. */
export function findMarketplace(id: string): SimMarketplace | undefined {
  return simMarketplaces.find((m) => m.id === id);
}

/** The marketplace with this id; throws on an unknown id (a bug in the caller's test setup). */
export function marketplace(id: string): SimMarketplace {
  const m = findMarketplace(id);
  if (!m)
    throw new RangeError(
      `Unknown marketplace id ${id}; known: ${simMarketplaces.map((x) => x.id).join(", ")}`,
    );
  return m;
}

/** The data marketplace that uses a settlement format (US → Amazon.com, DE → Amazon.de ...). */
export function marketplaceForFormat(format: SettlementFormat): SimMarketplace {
  const id = {
    US: "ATVPDKIKX0DER",
    CA: "A2EUQ1WTGCTBG2",
    UK: "A1F83G8C2ARO7P",
    DE: "A1PA6795UKMFR9",
    JP: "A1VC38T7YXB528",
  }[format];
  return marketplace(id);
}
