/**
 * The public pages cached as HTML (incremental static regeneration): a
 * county, a county's year or a township, a report and its earlier revisions
 * (`?revision=N`, rewritten to `/revision/N`). Their Content-Security-Policy
 * comes with the cached page (hashes of its inline scripts); the proxy must
 * not add its nonce policy to them, since a browser enforces every policy it
 * receives. Paths with a dot are the open-data and download files.
 */
const SEGMENT = "[^/.]+";
const CACHED_PAGE = new RegExp(`^/reports(?:/${SEGMENT}){1,3}(?:/revision/${SEGMENT})?/?$`);
const NOT_CACHED_LAST_SEGMENT = new Set(["print", "download"]);

export function isCachedPublicPage(pathname: string): boolean {
  if (!CACHED_PAGE.test(pathname)) return false;
  const last = pathname.replace(/\/$/, "").split("/").at(-1) ?? "";
  return !NOT_CACHED_LAST_SEGMENT.has(last);
}
