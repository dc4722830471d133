import { NextResponse, type NextRequest } from "next/server";
import { cachedPublicPagePath } from "@/lib/page-cache/cached-public-pages.mjs";
import { appUrl } from "@/lib/env/env";
import { noncePolicy } from "@/lib/security/content-security-policy.mjs";
import { transportSecurityHeaders } from "@/lib/security/transport-security.mjs";

/**
 * A Content-Security-Policy with a fresh nonce per request for every page
 * rendered per request: scripts run only from this origin or with the nonce
 * Next.js adds to its own inline scripts, so injected markup cannot execute.
 * Public pages cached as HTML carry their own policy instead
 * (lib/page-cache/page-cache-handler.mjs); the report list is sent to the
 * route it is cached under. Over HTTPS every response also carries HSTS.
 * (The production server answers fresh cached pages, and their 304s, before
 * this runs: lib/page-cache/serve-cached-page.mjs.)
 */
export function proxy(request: NextRequest) {
  return withTransportSecurity(route(request));
}

function route(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const cached = cachedPublicPagePath(pathname, searchParams);
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
