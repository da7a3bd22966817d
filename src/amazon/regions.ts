/** SP-API regions. Each has its own host, LWA endpoint and set of marketplaces. */
export type SpApiRegion = "na" | "eu" | "fe";

export const spApiHosts: Readonly<
  Record<SpApiRegion, { readonly production: string; readonly sandbox: string }>
> = {
  na: {
    production: "https://sellingpartnerapi-na.amazon.com",
    sandbox: "https://sandbox.sellingpartnerapi-na.amazon.com",
  },
  eu: {
    production: "https://sellingpartnerapi-eu.amazon.com",
    sandbox: "https://sandbox.sellingpartnerapi-eu.amazon.com",
  },
  fe: {
    production: "https://sellingpartnerapi-fe.amazon.com",
    sandbox: "https://sandbox.sellingpartnerapi-fe.amazon.com",
  },
};

/** Login with Amazon token endpoint (the same for every region). */
export const lwaTokenEndpoint = "https://api.amazon.com/auth/o2/token";

/** One Amazon marketplace. `code` follows Amazon's table (`UK`, not `GB`). */
export interface Marketplace {
  readonly id: string;
  readonly code: string;
  readonly country: string;
  readonly region: SpApiRegion;
  readonly currency: string;
}

/** Amazon's marketplace ids (developer-docs.amazon.com/sp-api/docs/marketplace-ids). */
export const marketplaces: readonly Marketplace[] = [
  { id: "A2EUQ1WTGCTBG2", code: "CA", country: "Canada", region: "na", currency: "CAD" },
  { id: "ATVPDKIKX0DER", code: "US", country: "United States", region: "na", currency: "USD" },
  { id: "A1AM78C64UM0Y8", code: "MX", country: "Mexico", region: "na", currency: "MXN" },
  { id: "A2Q3Y263D00KWC", code: "BR", country: "Brazil", region: "na", currency: "BRL" },
  { id: "A28R8C7NBKEWEA", code: "IE", country: "Ireland", region: "eu", currency: "EUR" },
  { id: "A1RKKUPIHCS9HS", code: "ES", country: "Spain", region: "eu", currency: "EUR" },
  { id: "A1F83G8C2ARO7P", code: "UK", country: "United Kingdom", region: "eu", currency: "GBP" },
  { id: "A13V1IB3VIYZZH", code: "FR", country: "France", region: "eu", currency: "EUR" },
  { id: "AMEN7PMS3EDWL", code: "BE", country: "Belgium", region: "eu", currency: "EUR" },
  { id: "A1805IZSGTT6HS", code: "NL", country: "Netherlands", region: "eu", currency: "EUR" },
  { id: "A1PA6795UKMFR9", code: "DE", country: "Germany", region: "eu", currency: "EUR" },
  { id: "APJ6JRA9NG5V4", code: "IT", country: "Italy", region: "eu", currency: "EUR" },
  { id: "A2NODRKZP88ZB9", code: "SE", country: "Sweden", region: "eu", currency: "SEK" },
  { id: "AE08WJ6YKNBMC", code: "ZA", country: "South Africa", region: "eu", currency: "ZAR" },
  { id: "A1C3SOZRARQ6R3", code: "PL", country: "Poland", region: "eu", currency: "PLN" },
  { id: "ARBP9OOSHTCHU", code: "EG", country: "Egypt", region: "eu", currency: "EGP" },
  { id: "A33AVAJ2PDY3EV", code: "TR", country: "Turkey", region: "eu", currency: "TRY" },
  { id: "A17E79C6D8DWNP", code: "SA", country: "Saudi Arabia", region: "eu", currency: "SAR" },
  { id: "A2VIGQ35RCS4UG", code: "AE", country: "United Arab Emirates", region: "eu", currency: "AED" },
  { id: "A21TJRUUN4KGV", code: "IN", country: "India", region: "eu", currency: "INR" },
  { id: "A19VAU5U5O7RUS", code: "SG", country: "Singapore", region: "fe", currency: "SGD" },
  { id: "A39IBJ37TRP1C6", code: "AU", country: "Australia", region: "fe", currency: "AUD" },
  { id: "A1VC38T7YXB528", code: "JP", country: "Japan", region: "fe", currency: "JPY" },
];

/** Finds a marketplace by id or code (`ATVPDKIKX0DER` or `US`); undefined if unknown. */
export function findMarketplace(idOrCode: string): Marketplace | undefined {
  const key = idOrCode.trim().toUpperCase();
  return marketplaces.find((m) => m.id === key || m.code === key || (key === "GB" && m.code === "UK"));
}
