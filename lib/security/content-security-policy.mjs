// @ts-check
import { createHash } from "node:crypto";

/**
 * The one Content-Security-Policy of the app, in two forms that differ only
 * in how inline scripts are allowed:
 * - pages rendered per request carry a fresh nonce (set in proxy.ts);
 * - pages cached as HTML (the public report pages) cannot carry a per-request
 *   nonce. They are stored without scripts (lib/page-cache/static-document.mjs),
 *   so their policy allows none at all; one that has to keep its scripts gets
 *   the SHA-256 of each inline script in that very HTML (computed when the
 *   page enters the cache, see lib/page-cache/page-cache-handler.mjs). Any
 *   script injected into the markup has another hash and does not run.
 * Styles may be inline (style attributes cannot carry a nonce); nothing may
 * frame the app.
 *
 * Plain JavaScript: the cache handler is loaded by Next.js at run time,
 * outside the bundler.
 */

/** @param {string[]} scriptSources */
function policy(scriptSources) {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * For a page rendered per request: scripts run only with the nonce Next.js
 * adds to its own, and what those load ('strict-dynamic').
 * @param {string} nonce
 * @param {boolean} [dev] development needs eval for fast refresh
 */
export function noncePolicy(nonce, dev = false) {
  return policy([`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(dev ? [`'unsafe-eval'`] : [])]);
}

const ANY_SCRIPT = /<script\b/i;

/**
 * For a cached page: no script at all when its HTML holds none; otherwise
 * scripts from this origin (Next.js's chunks) and exactly the inline scripts
 * the HTML holds.
 * @param {string} html
 */
export function cachedPagePolicy(html) {
  if (!ANY_SCRIPT.test(html)) return policy([`'none'`]);
  return policy([`'self'`, ...inlineScriptHashes(html).map((hash) => `'sha256-${hash}'`)]);
}

// React writes inline scripts with "</script" escaped inside them, so the
// first closing tag ends the script.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/**
 * Base64 SHA-256 of the text of every inline script (those without src),
 * as a browser computes it for a CSP hash source; each hash once, in order.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes)) continue;
    hashes.add(createHash("sha256").update(body, "utf8").digest("base64"));
  }
  return [...hashes];
}
