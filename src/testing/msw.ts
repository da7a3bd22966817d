/**
 * msw, loaded on first use: msw is an optional peer, so a host without it gets a
 * `PeerMissingError` naming the package to install when it builds a simulator, instead of a bare
 * `ERR_MODULE_NOT_FOUND` when it imports `ml-connector/testing`.
 * @packageDocumentation
 */
import type * as Msw from "msw";
import { loadPeer } from "../core/peer.js";

/** The msw module (`http`, `HttpResponse`, …). @throws PeerMissingError when msw is not installed. */
export function msw(): typeof Msw {
  return loadPeer<typeof Msw>("msw");
}
