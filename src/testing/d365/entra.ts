/**
 * Microsoft Entra ID's v2.0 token endpoint for the client-credentials grant, as the D365 simulator
 * needs it: issues JWT-shaped bearer tokens that expire on the simulated clock, and answers bad
 * credentials with the AADSTS errors Entra sends, so an auth provider can tell which one is wrong.
 */
import { createPublicKey, createVerify } from "node:crypto";
import type { Clock } from "../../core/clock.js";

/** Credentials and lifetime of the simulated Entra app registration. */
export interface EntraOptions {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** D365 environment URL; the only accepted scope is `<environmentUrl>/.default`. */
  readonly environmentUrl: string;
  readonly clock: Clock;
  /** Token lifetime in seconds. @default 3600 */
  readonly tokenLifetimeSeconds?: number;
  /**
   * A certificate credential of the app registration: its public key and SHA-1 thumbprint (hex, as
   * the portal shows it). With it, RS256 client assertions are accepted in place of the secret.
   */
  readonly certificate?: { readonly publicKeyPem: string; readonly thumbprint: string };
  /** Where clients reach the token endpoint; a client assertion's audience must name it. @default "https://login.microsoftonline.com" */
  readonly authority?: string;
}

/** An Entra token-endpoint answer. */
export interface EntraResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** Why a bearer token was refused. */
export type TokenRejection = "missing" | "malformed" | "unknown" | "expired" | "wrong-audience";

/** The simulated directory. */
export interface EntraDirectory {
  /** Handles `POST /{tenant}/oauth2/v2.0/token` with a form body. */
  token(tenant: string, form: URLSearchParams): EntraResponse;
  /** Checks an `Authorization` header; undefined when the token is good. */
  verify(authorization: string | null): TokenRejection | undefined;
  /** Number of tokens issued so far. */
  readonly issued: number;
  /** Makes every token issued so far invalid (as after a secret rotation). */
  revokeAll(): void;
}

const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/** A GUID-shaped id from a counter, so traces are deterministic. */
function counterGuid(prefix: number, n: number): string {
  const hex = n.toString(16).padStart(12, "0");
  return `${prefix.toString(16).padStart(8, "0")}-0000-4000-8000-${hex}`;
}

/** Creates the simulated Entra directory for one app registration. */
export function createEntraDirectory(options: EntraOptions): EntraDirectory {
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  const authority = (options.authority ?? "https://login.microsoftonline.com").replace(/\/+$/, "");
  const resource = options.environmentUrl.replace(/\/+$/, "");
  const live = new Map<string, number>();
  let issued = 0;
  let traces = 0;

  const error = (status: number, code: string, aadsts: number, description: string): EntraResponse => {
    traces++;
    const stamp = new Date(options.clock.now())
      .toISOString()
      .replace("T", " ")
      .replace(/\.\d{3}Z$/, "Z");
    const trace = counterGuid(0xe17a, traces);
    return {
      status,
      body: {
        error: code,
        error_description: `AADSTS${aadsts}: ${description}\r\nTrace ID: ${trace}\r\nCorrelation ID: ${trace}\r\nTimestamp: ${stamp}`,
        error_codes: [aadsts],
        timestamp: stamp,
        trace_id: trace,
        correlation_id: trace,
        error_uri: `https://login.microsoftonline.com/error?code=${aadsts}`,
      },
    };
  };

  const issue = (tenant: string, form: URLSearchParams): EntraResponse => {
    const scope = form.get("scope");
    if (!scope) {
      return error(
        400,
        "invalid_request",
        900144,
        "The request body must contain the following parameter: 'scope'.",
      );
    }
    if (!scope.endsWith("/.default")) {
      return error(
        400,
        "invalid_scope",
        70011,
        `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.`,
      );
    }
    const requested = scope.slice(0, -"/.default".length);
    if (requested !== resource) {
      return error(
        400,
        "invalid_resource",
        500011,
        `The resource principal named ${requested} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
      );
    }
    issued++;
    const now = Math.floor(options.clock.now() / 1000);
    const exp = now + lifetime;
    const header = b64url(JSON.stringify({ typ: "JWT", alg: "RS256", kid: "ml-connector-sim" }));
    const payload = b64url(
      JSON.stringify({
        aud: resource,
        iss: `https://sts.windows.net/${options.tenantId}/`,
        iat: now,
        nbf: now,
        exp,
        appid: options.clientId,
        tid: options.tenantId,
        oid: counterGuid(0x0b1d, 1),
        sub: counterGuid(0x0b1d, 1),
        ver: "1.0",
      }),
    );
    const signature = b64url(`ml-connector-sim-signature-${issued}`);
    const token = `${header}.${payload}.${signature}`;
    live.set(token, exp * 1000);
    return {
      status: 200,
      body: {
        token_type: "Bearer",
        expires_in: lifetime - 1,
        ext_expires_in: lifetime - 1,
        access_token: token,
      },
    };
  };

  /** Checks an RS256 client assertion the way Entra does; undefined when it is good. */
  const checkAssertion = (
    assertion: string,
    assertionType: string | null,
    tenant: string,
  ): { code: number; description: string } | undefined => {
    if (assertionType !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") {
      return {
        code: 7000216,
        description:
          "'client_assertion_type' must be urn:ietf:params:oauth:client-assertion-type:jwt-bearer.",
      };
    }
    const [h = "", p = "", sig = ""] = assertion.split(".");
    let header: { alg?: string; x5t?: string };
    let payload: { aud?: string; iss?: string; sub?: string; exp?: number; nbf?: number };
    try {
      header = JSON.parse(Buffer.from(h, "base64url").toString("utf8"));
      payload = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
    } catch {
      return { code: 50027, description: "JWT token is invalid or malformed." };
    }
    const cert = options.certificate;
    const expectedX5t = cert
      ? Buffer.from(cert.thumbprint.replace(/[^0-9a-f]/gi, ""), "hex").toString("base64url")
      : undefined;
    if (!cert || header.x5t !== expectedX5t) {
      const used = Buffer.from(header.x5t ?? "", "base64url")
        .toString("hex")
        .toUpperCase();
      return {
        code: 700027,
        description: `Client assertion failed signature validation. [Reason - The key was not found., Thumbprint of key used by client: '${used}']`,
      };
    }
    const valid =
      header.alg === "RS256" &&
      createVerify("RSA-SHA256")
        .update(`${h}.${p}`)
        .verify(createPublicKey(cert.publicKeyPem), Buffer.from(sig, "base64url"));
    if (!valid) {
      return {
        code: 700027,
        description:
          "Client assertion failed signature validation. [Reason - The provided signature value did not match the expected signature value.]",
      };
    }
    if (payload.iss !== options.clientId || payload.sub !== options.clientId) {
      return {
        code: 700021,
        description: "Client assertion application identifier doesn't match 'client_id' parameter.",
      };
    }
    if (payload.aud !== `${authority}/${tenant}/oauth2/v2.0/token`) {
      return {
        code: 700027,
        description: `Client assertion failed signature validation. [Reason - The audience '${payload.aud ?? ""}' is not this token endpoint.]`,
      };
    }
    const now = Math.floor(options.clock.now() / 1000);
    if (
      typeof payload.exp !== "number" ||
      now >= payload.exp ||
      (typeof payload.nbf === "number" && now < payload.nbf - 300)
    ) {
      return { code: 700024, description: "Client assertion is not within its valid time range." };
    }
    return undefined;
  };

  return {
    token(tenant, form) {
      if (tenant.toLowerCase() !== options.tenantId.toLowerCase()) {
        return error(
          400,
          "invalid_request",
          90002,
          `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
        );
      }
      const grant = form.get("grant_type");
      if (grant !== "client_credentials") {
        return error(
          400,
          "unsupported_grant_type",
          70003,
          `The app requested an unsupported grant type '${grant ?? ""}'.`,
        );
      }
      const clientId = form.get("client_id") ?? "";
      if (clientId.toLowerCase() !== options.clientId.toLowerCase()) {
        return error(
          400,
          "unauthorized_client",
          700016,
          `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant.`,
        );
      }
      const assertion = form.get("client_assertion");
      if (assertion !== null) {
        const refusal = checkAssertion(assertion, form.get("client_assertion_type"), tenant);
        if (refusal) return error(401, "invalid_client", refusal.code, refusal.description);
        return issue(tenant, form);
      }
      const secret = form.get("client_secret");
      if (!secret) {
        return error(
          401,
          "invalid_client",
          7000216,
          "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.",
        );
      }
      // Entra answers a wrong secret with 401, not 400.
      if (secret !== options.clientSecret) {
        return error(
          401,
          "invalid_client",
          7000215,
          `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${options.clientId}'.`,
        );
      }
      return issue(tenant, form);
    },

    verify(authorization) {
      if (!authorization) return "missing";
      const m = /^Bearer\s+(\S+)$/i.exec(authorization);
      const token = m?.[1] ?? "";
      if (token.split(".").length !== 3) return "malformed";
      const expiresAt = live.get(token);
      if (expiresAt === undefined) return "unknown";
      try {
        const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
          aud?: string;
        };
        if (payload.aud !== resource) return "wrong-audience";
      } catch {
        return "malformed";
      }
      if (options.clock.now() >= expiresAt) return "expired";
      return undefined;
    },

    get issued() {
      return issued;
    },

    revokeAll() {
      live.clear();
    },
  };
}
