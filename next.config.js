// @ts-check
import { fileURLToPath } from "node:url";
import { STATIC_SECURITY_HEADERS } from "./lib/security/static-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    authInterrupts: true,
    // The importer reads files up to 10 MB (lib/import/import-limits.ts), sent to a server action;
    // lib/actions/body-limit.ts states the same limit for the Chinese 413 in proxy.ts.
    // The proxy buffers request bodies too (10 MB by default).
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  // Pages, routes and data are cached in this process's memory, and cached pages get a
  // CSP with the hashes of their inline scripts (lib/page-cache/page-cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL("./lib/page-cache/page-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // pdf.js is only loaded by the import worker thread (lib/import/worker), never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "pdfjs-dist"],
  // Open-data and download variants of the public report pages (app/reports/**/download/[kind]):
  // a dynamic segment cannot end in ".json", so these URLs are rewritten to route handlers.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/reports/:county/:filingUnit/:year(\\d{4}).:kind(json|csv|pdf|docx)",
          destination: "/reports/:county/:filingUnit/:year/download/:kind",
        },
        {
          source: "/reports/:county/:year(\\d{4}).:kind(json|csv)",
          destination: "/reports/:county/:year/download/:kind",
        },
        // An earlier revision keeps its public URL (?revision=N); the page behind it reads
        // no query string, so that it can be cached as HTML like the latest one.
        {
          source: "/reports/:county/:filingUnit/:year(\\d{4})",
          has: [{ type: "query", key: "revision", value: "(?<revision>.+)" }],
          destination: "/reports/:county/:filingUnit/:year/revision/:revision",
        },
      ],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
