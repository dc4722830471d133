/**
 * Runs once when a server process starts (Next.js instrumentation hook).
 * Every app server listens for public-cache invalidations recorded by the
 * others and by the CLI (lib/page-cache/invalidation-listener.ts), and
 * reports itself not ready as soon as it is asked to shut down.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerCacheListener } = await import("@/lib/page-cache/server-cache-listener");
  const { watchForShutdown } = await import("@/lib/health/draining");
  startServerCacheListener();
  watchForShutdown();
}
