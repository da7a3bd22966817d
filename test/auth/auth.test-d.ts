import { describe, expectTypeOf, it } from "vitest";
import { type LwaTokenProvider, lwaTokenProvider } from "../../src/amazon/auth/lwa.js";
import type { RestrictedDataOptions } from "../../src/amazon/auth/rdt.js";
import type { KeyProvider } from "../../src/core/key-provider.js";
import type { Secret } from "../../src/core/redact.js";
import type { TokenProvider } from "../../src/core/token-provider.js";
import type { CredentialVault } from "../../src/core/vault.js";
import { entraTokenProvider } from "../../src/d365/auth/entra.js";

describe("auth types", () => {
  it("providers are TokenProviders", () => {
    const lwa = lwaTokenProvider({ clientId: "c", clientSecret: "s", refreshToken: "r" });
    expectTypeOf(lwa).toEqualTypeOf<LwaTokenProvider>();
    expectTypeOf(lwa).toMatchTypeOf<TokenProvider>();
    expectTypeOf(lwa.withRestrictedData({ pii: true })).toEqualTypeOf<TokenProvider>();
    const entra = entraTokenProvider({
      tenantId: "t",
      clientId: "c",
      clientSecret: "s",
      environmentUrl: "https://contoso.operations.dynamics.com",
    });
    expectTypeOf(entra).toMatchTypeOf<TokenProvider>();
    expectTypeOf(entra.scope).toBeString();
  });

  it("PII opt-in takes a boolean or known data elements only", () => {
    expectTypeOf<{ pii: false }>().toMatchTypeOf<RestrictedDataOptions>();
    expectTypeOf<{ pii: { dataElements: ["shippingAddress"] } }>().toMatchTypeOf<RestrictedDataOptions>();
    // @ts-expect-error: not an RDT data element
    const wrong: RestrictedDataOptions = { pii: { dataElements: ["creditCard"] } };
    void wrong;
  });

  it("the vault hands credentials back as Secrets, never strings", () => {
    expectTypeOf<Awaited<ReturnType<CredentialVault["getCredentials"]>>>().toEqualTypeOf<
      Readonly<Record<string, Secret>> | undefined
    >();
    expectTypeOf<CredentialVault["rotate"]>().parameter(0).toEqualTypeOf<KeyProvider>();
  });
});
