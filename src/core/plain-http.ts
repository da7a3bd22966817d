/**
 * Plain HTTP (token endpoints, pre-signed URLs) through ky, over one of our pipelines or a bare
 * transport. See decision 0001, "ky for plain HTTP".
 */
import ky, { type Options as KyOptions } from "ky";

/** A transport in our shape: one Request in, one Response out. */
export type Transport = (request: Request) => Promise<Response>;

/**
 * ky's `fetch` option over one of our transports. ky hands over a Request (with its init, e.g. the
 * timeout signal); our pipelines and injected fetches take a Request.
 */
export function kyFetch(transport: Transport): NonNullable<KyOptions["fetch"]> {
  return (input: RequestInfo | URL, init?: RequestInit) =>
    transport(input instanceof Request ? input : new Request(input, init));
}

/**
 * POSTs a form through `transport` with ky: a deadline for the whole exchange and no retry of
 * ky's own, since the transport (a pipeline with its retry layer) is where retries happen, and no
 * throwing on HTTP errors, since the caller reads the error answer to name the credential at fault.
 * @throws ky's `TimeoutError` when `timeoutMs` passes; whatever the transport throws.
 */
export function postForm(
  url: string,
  form: URLSearchParams,
  options: {
    readonly transport: Transport;
    readonly timeoutMs: number;
    readonly headers?: Readonly<Record<string, string>>;
  },
): Promise<Response> {
  return ky.post(url, {
    body: form,
    headers: { accept: "application/json", ...options.headers },
    fetch: kyFetch(options.transport),
    retry: 0,
    timeout: options.timeoutMs,
    throwHttpErrors: false,
  });
}
