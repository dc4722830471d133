// @ts-check
import { createHash } from "node:crypto";

/**
 * Caching headers of the public pages served from the page cache, for a CDN
 * or proxy in front of the app servers and for browsers.
 *
 * Next.js would send `s-maxage=<revalidate>, stale-while-revalidate=<a year>`:
 * a CDN could then serve a report's superseded revision, or the 404 of a
 * report published since, for up to a year. A publication must show at once,
 * so a shared cache may keep a page only as long as `PUBLIC_CDN_MAX_AGE`
 * seconds (0 by default: store it, but ask the origin every time) and never
 * serve it stale. Revalidation is cheap: every cached page carries an ETag of
 * its bytes, and proxy.ts answers a matching `If-None-Match` with 304 before
 * anything renders.
 *
 * Plain JavaScript: read by the cache handler, which Next.js loads outside
 * the bundler.
 */

const LIMIT_SECONDS = 300;

/** Seconds a shared cache may serve a public page without asking, from PUBLIC_CDN_MAX_AGE. */
export function publicCdnSeconds(raw = process.env.PUBLIC_CDN_MAX_AGE) {
  const seconds = Number(raw ?? 0);
  return Number.isInteger(seconds) && seconds >= 0 ? Math.min(seconds, LIMIT_SECONDS) : 0;
}

/**
 * @param {Date} renderedAt when the page was rendered from the database
 * @param {number} [seconds]
 * @returns {{ "cache-control": string, "last-modified": string }}
 */
export function publicPageCacheHeaders(renderedAt, seconds = publicCdnSeconds()) {
  return {
    "cache-control":
      seconds > 0 ? `public, max-age=0, s-maxage=${seconds}, must-revalidate` : "public, max-age=0, no-cache",
    "last-modified": renderedAt.toUTCString(),
  };
}

/** A strong entity tag of a page's HTML. @param {string} html */
export function pageEtag(html) {
  return `"${createHash("sha256").update(html).digest("base64url").slice(0, 32)}"`;
}

/**
 * Whether an If-None-Match header names this entity tag (weak comparison,
 * as RFC 9110 asks for If-None-Match).
 * @param {string | null} header
 * @param {string} etag
 */
export function matchesEtag(header, etag) {
  if (!header) return false;
  const bare = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}
