/**
 * The public pages cached as HTML (incremental static regeneration): a
 * county, a county's year or a township, a report and its earlier revisions
 * (`?revision=N`, rewritten to `/revision/N`). One to three segments under
 * /reports are exactly the routes [county], [county]/[second] and
 * [county]/[second]/[third]; the print view and the downloads are deeper.
 * Their Content-Security-Policy comes with the cached page (hashes of its
 * inline scripts); the proxy must not add its nonce policy to them, since a
 * browser enforces every policy it receives. Paths with a dot are the
 * open-data and download files.
 */
const SEGMENT = "[^/.]+";
const CACHED_PAGE = new RegExp(`^/reports(?:/${SEGMENT}){1,3}(?:/revision/${SEGMENT})?/?$`);

export function isCachedPublicPage(pathname: string): boolean {
  return CACHED_PAGE.test(pathname);
}
