/**
 * Token providers from validated connector options: a seller's LWA provider and the D365 Entra
 * provider, from the credential vault or as the host passed them. `checkConnection` builds its
 * clients with these; they say which credential is missing the way `createConnector` does.
 */
import { lwaTokenProvider } from "../amazon/auth/lwa.js";
import type { AuditSink } from "../core/audit.js";
import type { Clock } from "../core/clock.js";
import { ConnectorError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Secret } from "../core/redact.js";
import type { TokenProvider } from "../core/token-provider.js";
import { entraTokenProvider } from "../d365/auth/entra.js";
import type { CredentialsRef, ResolvedOptions } from "./options.js";

/** What the token providers are built with. */
export interface TokenTransport {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly audit?: AuditSink;
}

async function credentials(
  o: ResolvedOptions,
  ref: CredentialsRef,
  path: string,
): Promise<Readonly<Record<string, unknown>> | TokenProvider> {
  if ("tokens" in ref) return ref.tokens;
  const found = await o.vault?.getCredentials(ref.vault);
  if (!found) {
    throw new ConnectorError(`The vault holds no credentials under '${ref.vault}'`, {
      code: "CONFIG_INVALID",
      where: { system: "local", operation: "createConnector", field: path },
      hint: `store them first: vault.putCredentials("${ref.vault}", { ... })`,
    });
  }
  return found;
}

function need(fields: Readonly<Record<string, unknown>>, names: readonly string[], ref: string): void {
  const missing = names.filter((n) => fields[n] === undefined);
  if (missing.length) {
    throw new ConnectorError(`The vault's credentials '${ref}' lack ${missing.join(", ")}`, {
      code: "CONFIG_INVALID",
      where: { system: "local", operation: "createConnector", field: ref },
      hint: `store them with vault.putCredentials("${ref}", { ${names.join(", ")} })`,
    });
  }
}

const isProvider = (v: unknown): v is TokenProvider => typeof (v as TokenProvider).getToken === "function";

/**
 * The LWA token provider of seller `index` of the options.
 * @throws ConnectorError `CONFIG_INVALID` when the vault lacks the seller's credentials.
 */
export async function sellerTokenProvider(
  o: ResolvedOptions,
  index: number,
  t: TokenTransport,
): Promise<TokenProvider> {
  const s = o.sellers[index];
  if (!s) throw new RangeError(`no seller ${index}`);
  const creds = await credentials(o, s.credentials, `amazon.sellers.${index}.credentials`);
  if (isProvider(creds)) return creds;
  const c = creds as Record<string, Secret>;
  need(c, ["clientId", "clientSecret", "refreshToken"], (s.credentials as { vault: string }).vault);
  return lwaTokenProvider({
    clientId: c.clientId as Secret,
    clientSecret: c.clientSecret as Secret,
    refreshToken: c.refreshToken as Secret,
    clock: t.clock,
    logger: t.logger,
    ...(t.audit ? { audit: t.audit } : {}),
    ...(s.endpoints?.lwa ? { endpoint: s.endpoints.lwa } : {}),
    ...(o.fetch ? { fetch: o.fetch } : {}),
  });
}

/**
 * The Entra token provider of the D365 environment.
 * @throws ConnectorError `CONFIG_INVALID` when the vault lacks the app registration's credentials.
 */
export async function d365TokenProvider(o: ResolvedOptions, t: TokenTransport): Promise<TokenProvider> {
  const creds = await credentials(o, o.d365.credentials, "d365.credentials");
  if (isProvider(creds)) return creds;
  const c = creds as Record<string, Secret>;
  need(c, ["tenantId", "clientId"], (o.d365.credentials as { vault: string }).vault);
  const reveal = (v: unknown) => (typeof v === "string" ? v : (v as { reveal(): string }).reveal());
  return entraTokenProvider({
    tenantId: reveal(c.tenantId),
    clientId: reveal(c.clientId),
    ...(c.clientSecret ? { clientSecret: c.clientSecret } : {}),
    environmentUrl: o.d365.environmentUrl,
    ...(o.d365.authority ? { authority: o.d365.authority } : {}),
    clock: t.clock,
    logger: t.logger,
    ...(t.audit ? { audit: t.audit } : {}),
    ...(o.fetch ? { fetch: o.fetch } : {}),
  });
}
