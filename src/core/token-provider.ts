import { AuthError } from "./errors.js";
import type { CallContext, Middleware } from "./pipeline.js";
import { Secret } from "./redact.js";

/** What a token provider is asked for on each attempt. */
export interface TokenRequest {
  readonly ctx: CallContext;
  readonly request: Request;
  /** True after the remote side refused the previous token: skip the cache. */
  readonly forceRefresh: boolean;
}

/** Where an access token goes on the request. */
export type TokenPlacement =
  | { readonly header: "x-amz-access-token" }
  | { readonly header: "authorization"; readonly scheme: "Bearer" };

/**
 * Supplies the access token for each attempt. Implementations cache, refresh before expiry and keep
 * one refresh in flight (see `lwaTokenProvider` and `entraTokenProvider`).
 */
export interface TokenProvider {
  /** The token for this attempt. Called on every attempt, so a retry after expiry carries a fresh one. */
  getToken(request: TokenRequest): Promise<Secret>;
  /** Forgets a token the remote side refused. */
  invalidate(token: Secret): void;
  /** The pipeline layer: sets the header, and on a token refusal refreshes once and tries again. */
  middleware(): Middleware;
}

export interface AuthLayerOptions {
  readonly placement: TokenPlacement;
  /**
   * Tells a refusal caused by the token (expired, revoked) from other 401/403s.
   * @default 401, or 403 whose body mentions the access token
   */
  readonly isTokenRefusal?: (response: Response) => Promise<boolean>;
}

/** Default refusal test: 401 always; 403 when the error body blames the token (Amazon's style). */
export async function defaultIsTokenRefusal(response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  if (response.status !== 403) return false;
  const text = await response
    .clone()
    .text()
    .catch(() => "");
  return /access token|token (has )?expired|invalid token|Unauthorized/i.test(text);
}

/**
 * Builds the auth layer for a provider: sets the token header on each attempt; if the remote side
 * refuses the token, invalidates it, forces one refresh and sends once more; if that is refused
 * too, throws `AuthError`.
 */
export function authLayer(
  provider: Pick<TokenProvider, "getToken" | "invalidate">,
  options: AuthLayerOptions,
): Middleware {
  const isRefusal = options.isTokenRefusal ?? defaultIsTokenRefusal;
  const apply = (request: Request, token: Secret): Request => {
    const headers = new Headers(request.headers);
    if (options.placement.header === "authorization") {
      headers.set("authorization", `${options.placement.scheme} ${token.reveal()}`);
    } else {
      headers.set("x-amz-access-token", token.reveal());
    }
    return new Request(request, { headers });
  };
  return async (request, ctx, next) => {
    const retryCopy = request.clone();
    const token = await provider.getToken({ ctx, request, forceRefresh: false });
    const response = await next(apply(request, token), ctx);
    if (!(await isRefusal(response))) return response;
    provider.invalidate(token);
    void response.body?.cancel().catch(() => {});
    const fresh = await provider.getToken({ ctx, request: retryCopy, forceRefresh: true });
    const second = await next(apply(retryCopy, fresh), ctx);
    if (!(await isRefusal(second))) return second;
    const body = await second.text().catch(() => "");
    throw new AuthError(`${ctx.system} refused a freshly issued access token (HTTP ${second.status})`, {
      where: {
        system: ctx.system,
        ...(ctx.operation ? { operation: ctx.operation.operationId, path: ctx.operation.path } : {}),
      },
      hint: "the grant may have been revoked or lacks the role this call needs; re-authorize the app and check its roles",
      cause: new Error(body.slice(0, 500)),
    });
  };
}

/**
 * A provider that always returns the same token. For tests and for hosts that manage tokens
 * themselves.
 */
export function staticTokenProvider(token: string | Secret, placement: TokenPlacement): TokenProvider {
  const secret = token instanceof Secret ? token : new Secret(token);
  const provider = {
    getToken: async () => secret,
    invalidate: () => {},
  };
  return { ...provider, middleware: () => authLayer(provider, { placement }) };
}
