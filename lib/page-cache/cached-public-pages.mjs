// @ts-check
/**
 * The public pages cached as HTML (incremental static regeneration), and the
 * route each one is rendered and stored under:
 * - a county, a county's year or a filing unit, a report and its earlier
 *   revisions (`?revision=N`, rewritten to `/revision/N` in next.config.js).
 *   One to three segments under /reports are exactly the routes [county],
 *   [county]/[second] and [county]/[second]/[third]; the print view and the
 *   downloads are deeper, and paths with a dot are the open-data and
 *   download files;
 * - the list of every published report, `/reports` and `/reports?page=N`,
 *   stored as /reports-index/N. A search or a filter (`q`, `county`,
 *   `filing unit`, `year`) is rendered per request: its combinations are
 *   unbounded and each is rarely asked twice.
 * Their Content-Security-Policy comes with the cached page; the proxy must
 * not add its nonce policy to them, since a browser enforces every policy it
 * receives.
 *
 * Plain JavaScript: the production server (scripts/serve.mjs) reads it too.
 */
const SEGMENT = "[^/.]+";
const CACHED_PAGE = new RegExp(`^/reports(?:/${SEGMENT}){1,3}(?:/revision/${SEGMENT})?/?$`);
const REPORT_LIST_ROUTE = "/reports-index";
const CACHED_LIST_PAGE = new RegExp(`^${REPORT_LIST_ROUTE}/[1-9]\\d{0,3}$`);
// "unit" (and "township", its name in older links): lib/urls/public-paths.ts UNIT_PARAM
const LIST_FILTERS = ["q", "county", "unit", "township", "year"];
const PAGE_NUMBER = /^[1-9]\d{0,3}$/;

/**
 * The path the cached page for this request is stored under, or null when the page is rendered per request.
 * @param {string} pathname
 * @param {URLSearchParams} query
 * @returns {string | null}
 */
export function cachedPublicPagePath(pathname, query) {
  if (CACHED_PAGE.test(pathname) || CACHED_LIST_PAGE.test(pathname)) return pathname;
  if (pathname !== "/reports") return null;
  // An empty field of the search form filters nothing: the list is the same.
  if (LIST_FILTERS.some((key) => query.get(key)?.trim())) return null;
  const page = query.get("page")?.trim() || "1";
  return PAGE_NUMBER.test(page) ? `${REPORT_LIST_ROUTE}/${page}` : null;
}
