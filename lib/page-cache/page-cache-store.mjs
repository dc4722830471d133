// @ts-check
import { LRUCache } from "lru-cache";

/**
 * The entries of the page cache, one store per server process. The cache
 * handler (loaded by Next.js outside the bundler) and the invalidation
 * listener (bundled into the server) are separate module instances, so the
 * store lives on globalThis under a registered symbol: both reach the same one.
 *
 * Plain JavaScript: Next.js imports the handler, and so this file, at run time.
 */

const MAX_BYTES = 64 * 1024 * 1024;
const STORE = Symbol.for("nianbao.page-cache.entries");

/**
 * @typedef {{ kind: string, html?: unknown, headers?: Record<string, unknown>, rscData?: { length: number },
 *   body?: { length: number }, data?: unknown, segmentData?: Map<string, { length: number }>, revalidate?: number, status?: number }} CacheValue
 * @typedef {{ value: CacheValue | null, lastModified: number, tags: string[], revalidate?: number | false }} CacheEntry
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

/**
 * Next.js keys a page as `/route-cache/APP_PAGE/<route hash>/$<path>`; the
 * request path is what the proxy knows. Null for other kinds of entries.
 * @param {string} key
 */
function pagePathOfKey(key) {
  const at = key.indexOf("/$/");
  return key.startsWith("/route-cache/APP_PAGE/") && at >= 0 ? key.slice(at + 2) : null;
}

/** @typedef {{ entries: LRUCache<string, CacheEntry>, pageKeys: Map<string, string> }} Store */

/** @returns {Store} */
function store() {
  const holder = /** @type {Record<symbol, Store | undefined>} */ (/** @type {unknown} */ (globalThis));
  if (!holder[STORE]) {
    /** @type {Map<string, string>} request path → cache key of the pages held */
    const pageKeys = new Map();
    const entries = /** @type {LRUCache<string, CacheEntry>} */ (
      new LRUCache({
        maxSize: MAX_BYTES,
        sizeCalculation: sizeOf,
        dispose: (_value, key) => {
          const path = pagePathOfKey(key);
          if (path && pageKeys.get(path) === key) pageKeys.delete(path);
        },
      })
    );
    holder[STORE] = { entries, pageKeys };
  }
  return holder[STORE];
}

/** @returns {LRUCache<string, CacheEntry>} */
export function pageCacheEntries() {
  return store().entries;
}

/**
 * Stores an entry; a page is also found by its request path.
 * @param {string} key
 * @param {CacheEntry} entry
 */
export function storeEntry(key, entry) {
  const { entries, pageKeys } = store();
  entries.set(key, entry);
  const path = pagePathOfKey(key);
  if (path && entries.has(key)) pageKeys.set(path, key);
}

/** Drops every entry carrying one of the tags. @param {Iterable<string>} tags */
function dropTaggedEntries(tags) {
  const dropped = new Set(tags);
  const entries = pageCacheEntries();
  for (const [key, entry] of entries.entries()) {
    if (entry.tags.some((tag) => dropped.has(tag))) entries.delete(key);
  }
}

/** Drops every entry: pages, routes and data. */
function dropAllEntries() {
  pageCacheEntries().clear();
}

/**
 * Time a render started before a drop may still take to store its page.
 * Such a page holds data read before the change, so a drop is repeated once
 * after it (the delayed second delete of cache-aside invalidation).
 */
export const SETTLE_MS = 3000;

/**
 * Drops the tagged entries now and once more when renders that were under
 * way have stored theirs. `["*"]` drops everything.
 * @param {readonly string[]} tags
 */
export function dropNowAndAfterRenders(tags) {
  const drop = () => (tags.includes("*") ? dropAllEntries() : dropTaggedEntries(tags));
  drop();
  setTimeout(drop, SETTLE_MS).unref();
}

/**
 * A cached page the production server may send as it is: a rendered page
 * (status 200) still within its revalidation time. Looked up by request path,
 * without touching the LRU order.
 * @param {string} path the cached page's path (lib/page-cache/cached-public-pages.mjs)
 * @param {number} now
 * @returns {{ headers: Record<string, unknown>, html: Buffer } | undefined}
 */
export function freshCachedPage(path, now) {
  const { entries, pageKeys } = store();
  const key = pageKeys.get(path);
  const entry = key === undefined ? undefined : entries.peek(key);
  const value = entry?.value;
  if (!entry || value?.kind !== "APP_PAGE" || !Buffer.isBuffer(value.html)) return undefined;
  if (value.status !== undefined && value.status !== 200) return undefined;
  if (typeof entry.revalidate !== "number" || entry.lastModified + entry.revalidate * 1000 <= now)
    return undefined;
  return { headers: value.headers ?? {}, html: value.html };
}
