// @ts-check
import { STATIC_SECURITY_HEADERS } from "../security/static-headers.mjs";
import { transportSecurityHeaders } from "../security/transport-security.mjs";
import { cachedPublicPagePath } from "./cached-public-pages.mjs";
import { freshCachedPage } from "./page-cache-store.mjs";
import { matchesEtag } from "./public-cache-control.mjs";

/**
 * Answers a request for a public page that this server holds, fresh, in its
 * page cache, straight from the production server (scripts/serve.mjs), before
 * Next.js's router, proxy and renderer run. A cached page is a finished
 * document with its own headers (CSP, caching, ETag: page-cache-handler.mjs),
 * so what remains per request is writing bytes; going through the router for
 * it cost a third of the page's throughput (docs/benchmarks.md).
 *
 * Everything else goes to Next.js as before: other paths, query strings
 * (`?revision=N` is a different page), navigation requests for the RSC
 * payload, pages not cached or past their revalidation time (Next.js serves
 * those stale and renders anew), and 404s.
 *
 * Plain JavaScript: the production server imports it without a bundler.
 */

/** Headers Next.js sends with a cached page and no client needs. */
const INTERNAL_HEADERS = new Set(["x-next-cache-tags"]);
/** What Next.js varies its page responses on (RSC navigation requests share the URL). */
const VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/**
 * @param {import("node:http").IncomingMessage} request
 * @returns {string | null} the cached page's path, when this request may be answered from the cache
 */
function cachedPathOf(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers["rsc"] !== undefined || request.headers["next-router-prefetch"] !== undefined)
    return null;
  const url = request.url ?? "";
  const at = url.indexOf("?");
  const pathname = at < 0 ? url : url.slice(0, at);
  const query = new URLSearchParams(at < 0 ? "" : url.slice(at + 1));
  // Only the list's own parameters are understood here; anything else is Next.js's to route.
  if (pathname !== "/reports" && at >= 0) return null;
  if (pathname.includes("%")) return null;
  return cachedPublicPagePath(pathname, query);
}

/**
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {{ appUrl: string, now?: number }} options
 * @returns {boolean} whether the request was answered
 */
export function serveCachedPage(request, response, options) {
  const path = cachedPathOf(request);
  if (!path) return false;
  const page = freshCachedPage(path, options.now ?? Date.now());
  if (!page) return false;
  /** @type {Record<string, string>} */
  const headers = {};
  for (const { key, value } of STATIC_SECURITY_HEADERS) headers[key] = value;
  Object.assign(headers, transportSecurityHeaders(options.appUrl));
  for (const [key, value] of Object.entries(page.headers)) {
    if (!INTERNAL_HEADERS.has(key.toLowerCase()) && typeof value === "string") headers[key] = value;
  }
  headers["Vary"] = VARY;
  headers["x-nextjs-cache"] = "HIT";
  const etag = headers["etag"];
  if (
    etag &&
    matchesEtag(/** @type {string | undefined} */ (request.headers["if-none-match"]) ?? null, etag)
  ) {
    response.writeHead(304, headers);
    response.end();
    return true;
  }
  headers["Content-Type"] = "text/html; charset=utf-8";
  headers["Content-Length"] = String(page.html.length);
  response.writeHead(200, headers);
  response.end(request.method === "HEAD" ? undefined : page.html);
  return true;
}
