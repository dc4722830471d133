import { NextResponse, type NextRequest } from "next/server";
import { cachedPublicPagePath } from "@/lib/page-cache/cached-public-pages";
import { cachedPageEtag } from "@/lib/page-cache/page-cache-store.mjs";
import { matchesEtag, publicPageCacheHeaders } from "@/lib/page-cache/public-cache-control.mjs";
import { appUrl } from "@/lib/env/env";
import { noncePolicy } from "@/lib/security/content-security-policy.mjs";
import { transportSecurityHeaders } from "@/lib/security/transport-security";

/**
 * A Content-Security-Policy with a fresh nonce per request for every page
 * rendered per request: scripts run only from this origin or with the nonce
 * Next.js adds to its own inline scripts, so injected markup cannot execute.
 * Public pages cached as HTML carry their own policy instead
 * (lib/page-cache/page-cache-handler.mjs); the report list is sent to the
 * route it is cached under. A revalidation of a cached page that has not
 * changed (a CDN or browser sending its ETag back) is answered 304 here,
 * before the router and the renderer run. Over HTTPS every response also
 * carries HSTS.
 */
export function proxy(request: NextRequest) {
  return withTransportSecurity(route(request));
}

function route(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const cached = cachedPublicPagePath(pathname, searchParams);
  if (cached) {
    const notModified = notModifiedResponse(request, cached);
    if (notModified) return notModified;
  }
  if (cached === pathname) return NextResponse.next();
  if (cached) return NextResponse.rewrite(new URL(cached, request.url));
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = noncePolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/** 304 for a GET of a cached page whose ETag the client already holds; null otherwise. */
function notModifiedResponse(request: NextRequest, cachedPath: string): NextResponse | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  // Client-side navigation asks for the RSC payload under the same URL: never answered here.
  if (request.headers.has("rsc")) return null;
  const etag = cachedPageEtag(cachedPath);
  if (!etag || !matchesEtag(request.headers.get("if-none-match"), etag)) return null;
  return new NextResponse(null, {
    status: 304,
    headers: { ETag: etag, "Cache-Control": publicPageCacheHeaders(new Date())["cache-control"] },
  });
}

function withTransportSecurity(response: NextResponse): NextResponse {
  for (const [name, value] of Object.entries(transportSecurityHeaders(appUrl())))
    response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
