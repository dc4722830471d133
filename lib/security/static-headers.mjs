// @ts-check

/**
 * Security headers that do not depend on the request, sent with every
 * response (next.config.js) and with the cached pages the production server
 * answers itself (lib/page-cache/serve-cached-page.mjs). The CSP, which
 * depends on the page, is set in proxy.ts or stored with the cached page.
 */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
