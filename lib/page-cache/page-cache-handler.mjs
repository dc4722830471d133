// @ts-check
import { cachedPagePolicy } from "../security/content-security-policy.mjs";
import { pageEtag, publicPageCacheHeaders } from "./public-cache-control.mjs";
import { dropNowAndAfterRenders, pageCacheEntries, storeEntry } from "./page-cache-store.mjs";
import { toStaticDocument } from "./static-document.mjs";

/**
 * The Next.js cache handler (next.config.js `cacheHandler`): cached pages,
 * route responses and data entries, held in this process's memory.
 *
 * Why not the default file-system cache: it shares .next/cache between every
 * server that runs the same build (the demo, the e2e server, a benchmark),
 * each with its own database, so one could serve another's pages. Memory is
 * per process and bounded (least recently used entries go first), so crawlers
 * walking unknown URLs cannot grow it without limit.
 *
 * Why it rewrites pages: the cached pages are public documents with no
 * client code, so they are stored without Next.js's scripts (see
 * static-document.mjs for why and when not).
 *
 * Why it touches headers: a page served from this cache cannot carry a
 * per-request CSP nonce. When a page enters the cache, its policy is fixed:
 * no script at all, or, for a page that keeps its scripts, the hashes of
 * exactly the inline scripts in its HTML.
 *
 * Both changes are made to the value Next.js passes in: it awaits `set` and
 * then answers the first request with that same value, so the first reader
 * gets what every later one gets.
 *
 * Why it sets caching headers: Next.js would send `s-maxage=<revalidate>`
 * with a year of stale-while-revalidate, which lets a CDN serve a superseded
 * revision or a 404 long after a publication (public-cache-control.mjs).
 *
 * Other servers: the entries live in this process (page-cache-store.mjs);
 * a change made elsewhere reaches them through the invalidation listener.
 *
 * Why pages are stored as bytes: Node.js writes a large string with
 * non-ASCII text to a socket several times slower than the same bytes (on
 * the report page, ~5× in a bare http server), and Next.js sends a cached
 * string page as one such write. A Buffer is streamed as is.
 *
 * Plain JavaScript: Next.js imports this file at run time, outside the bundler.
 */

const TAGS_HEADER = "x-next-cache-tags";
const CSP_HEADER = "content-security-policy";

/** @typedef {import("./page-cache-store.mjs").CacheValue} CacheValue */

/** Tags of an entry: given by Next.js for data, in the tags header for pages and routes. */
function tagsOf(/** @type {CacheValue | null} */ value, /** @type {{ tags?: string[] }} */ ctx) {
  if (Array.isArray(ctx.tags)) return ctx.tags;
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

export default class PageCacheHandler {
  /** @param {string} key */
  async get(key) {
    return pageCacheEntries().get(key) ?? null;
  }

  /**
   * @param {string} key
   * @param {CacheValue | null} value
   * @param {{ tags?: string[], cacheControl?: { revalidate?: number | false } }} ctx
   */
  async set(key, value, ctx) {
    let stored = value;
    if (value?.kind === "APP_PAGE" && typeof value.html === "string" && value.html) {
      const html = toStaticDocument(value.html) ?? value.html;
      value.html = html;
      value.headers ??= {};
      value.headers[CSP_HEADER] = cachedPagePolicy(html);
      Object.assign(value.headers, publicPageCacheHeaders(new Date()), { etag: pageEtag(html) });
      stored = { ...value, html: Buffer.from(html, "utf8") };
    }
    storeEntry(key, {
      value: stored,
      lastModified: Date.now(),
      tags: tagsOf(value, ctx ?? {}),
      revalidate: ctx?.cacheControl?.revalidate,
    });
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    dropNowAndAfterRenders([tags].flat());
  }

  resetRequestCache() {}
}
