// @ts-check
import { LRUCache } from "lru-cache";
import { cachedPagePolicy } from "../security/content-security-policy.mjs";
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
 * Why pages are stored as bytes: Node.js writes a large string with
 * non-ASCII text to a socket several times slower than the same bytes (on
 * the report page, ~5× in a bare http server), and Next.js sends a cached
 * string page as one such write. A Buffer is streamed as is.
 *
 * Plain JavaScript: Next.js imports this file at run time, outside the bundler.
 */

const MAX_BYTES = 64 * 1024 * 1024;
const TAGS_HEADER = "x-next-cache-tags";
const CSP_HEADER = "content-security-policy";

/**
 * @typedef {{ kind: string, html?: unknown, headers?: Record<string, unknown>, rscData?: { length: number },
 *   body?: { length: number }, data?: unknown, segmentData?: Map<string, { length: number }>, revalidate?: number, status?: number }} CacheValue
 * @typedef {{ value: CacheValue | null, lastModified: number, tags: string[] }} CacheEntry
 */

/** Approximate bytes an entry holds, for the memory bound. @param {CacheEntry} entry */
function sizeOf(entry) {
  const value = entry.value;
  if (!value) return 64;
  let bytes = 256;
  if (typeof value.html === "string") bytes += value.html.length * 2;
  else if (Buffer.isBuffer(value.html)) bytes += value.html.length;
  if (value.rscData) bytes += value.rscData.length;
  if (value.body) bytes += value.body.length;
  if (value.segmentData) for (const segment of value.segmentData.values()) bytes += segment.length;
  if (value.kind === "FETCH") bytes += JSON.stringify(value.data ?? null).length * 2;
  return bytes;
}

/** Tags of an entry: given by Next.js for data, in the tags header for pages and routes. */
function tagsOf(/** @type {CacheValue | null} */ value, /** @type {{ tags?: string[] }} */ ctx) {
  if (Array.isArray(ctx.tags)) return ctx.tags;
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

/** @type {LRUCache<string, CacheEntry>} */
const entries = new LRUCache({ maxSize: MAX_BYTES, sizeCalculation: sizeOf });

export default class PageCacheHandler {
  /** @param {string} key */
  async get(key) {
    return entries.get(key) ?? null;
  }

  /**
   * @param {string} key
   * @param {CacheValue | null} value
   * @param {{ tags?: string[] }} ctx
   */
  async set(key, value, ctx) {
    let stored = value;
    if (value?.kind === "APP_PAGE" && typeof value.html === "string" && value.html) {
      const html = toStaticDocument(value.html) ?? value.html;
      value.html = html;
      value.headers ??= {};
      value.headers[CSP_HEADER] = cachedPagePolicy(html);
      stored = { ...value, html: Buffer.from(html, "utf8") };
    }
    entries.set(key, { value: stored, lastModified: Date.now(), tags: tagsOf(value, ctx ?? {}) });
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const dropped = new Set([tags].flat());
    for (const [key, entry] of entries.entries()) {
      if (entry.tags.some((tag) => dropped.has(tag))) entries.delete(key);
    }
  }

  resetRequestCache() {}
}
