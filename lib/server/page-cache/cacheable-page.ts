import type { IncomingHttpHeaders } from "node:http";
import { isUuid } from "../route-input";

/**
 * The pages the cache may serve. Each must be a pure function of the signed-in user, the URL, the
 * locale cookie, the day and the data versions of the user's family (lib/db/person-data-version),
 * and its only side effect may be audit rows (which a hit replays). Adding a page here is a
 * decision: check both conditions first.
 */
const CLAIMS = "/member/claims";
const isCacheablePath = (pathname: string) => pathname === CLAIMS || (pathname.startsWith(`${CLAIMS}/`) && isUuid(pathname.slice(CLAIMS.length + 1)));

/** Client-side navigations, prefetches and server actions: their answers depend on more than the URL. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];

export interface CacheablePage {
  /** Path and query as requested. */
  url: string;
  /** Everything else in the request the response depends on: locale cookie and accepted encodings. */
  variant: string;
}

export function cacheablePage(request: { method?: string; url?: string; headers: IncomingHttpHeaders }, localeCookie: string | undefined): CacheablePage | null {
  if (request.method !== "GET" || !request.url) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  // A hard reload (and the benchmark's "rendered" runs) asks for a fresh answer: give one.
  if (/no-cache|no-store/.test(String(request.headers["cache-control"] ?? ""))) return null;
  const queryStart = request.url.indexOf("?");
  const pathname = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  if (!isCacheablePath(pathname)) return null;
  if (queryStart !== -1 && new URLSearchParams(request.url.slice(queryStart)).has("_rsc")) return null;
  return { url: request.url, variant: `${localeCookie ?? ""}|${request.headers["accept-encoding"] ?? ""}` };
}
