// @ts-check

/**
 * A cached public page as the plain document it is: the same HTML without
 * the scripts Next.js adds to hydrate it.
 *
 * Why: the cached public pages (reports, county years, filing units, the report
 * list) hold no client component, so hydrating them only re-creates what the
 * HTML already shows, at a cost. On the report page the scripts were 80 of
 * 108 KB (the inline RSC payload repeats every number and paragraph) and
 * React's hydration was most of a phone's main-thread time. Without them the
 * page is read, printed and navigated with plain links, as with JavaScript
 * disabled, which it has always supported.
 *
 * What is kept: navigation inside the app still works, since the client
 * router fetches a page's RSC payload separately (stored beside the HTML),
 * and data blocks such as JSON-LD are not scripts to run.
 *
 * When a page cannot do without its scripts it is left whole:
 * - React marks a Suspense boundary whose content is still to come with
 *   <!--$?--> and one to be rendered in the browser with <!--$!-->; without
 *   scripts the reader would see only the fallback;
 * - Next.js answers notFound() with an empty shell, <html id="__next_error__">,
 *   whose content only the client renders from the RSC payload (an open
 *   upstream issue, vercel/next.js#62228): the 404 pages of unknown places.
 *
 * Plain JavaScript: the cache handler is loaded by Next.js at run time,
 * outside the bundler.
 */

// React writes inline scripts with "</script" escaped inside them, so the
// first closing tag ends the script.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(?:ld\+)?json\b/i;
const LINK = /<link\b[^>]*>/gi;
const SCRIPT_PRELOAD = /\bas\s*=\s*["']?script\b|\brel\s*=\s*["']?modulepreload\b/i;
const NEEDS_CLIENT = /<!--\$[?!]-->|<html\b[^>]*\bid="__next_error__"/;

/**
 * The document without its scripts and script preloads, or null when the
 * page needs them to show its content.
 * @param {string} html
 * @returns {string | null}
 */
export function toStaticDocument(html) {
  if (NEEDS_CLIENT.test(html)) return null;
  return html
    .replace(SCRIPT, (tag, attributes = "") => (DATA_BLOCK.test(attributes) ? tag : ""))
    .replace(LINK, (tag) => (SCRIPT_PRELOAD.test(tag) ? "" : tag));
}
