// @ts-check

/** Security headers that do not depend on the request (the CSP with its per-request nonce is set in proxy.ts). */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { authInterrupts: true },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg"],
  // Open-data and download variants of the public report pages (app/reports/**/download/[kind]):
  // a dynamic segment cannot end in ".json", so these URLs are rewritten to route handlers.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/reports/:county/:township/:year(\\d{4}).:kind(json|csv|pdf|docx)",
          destination: "/reports/:county/:township/:year/download/:kind",
        },
        {
          source: "/reports/:county/:year(\\d{4}).:kind(json|csv)",
          destination: "/reports/:county/:year/download/:kind",
        },
      ],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
