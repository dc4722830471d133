import { db } from "@/lib/db/client";
import { serverCacheListener } from "@/lib/page-cache/server-cache-listener";
import { isDraining } from "./draining";

export interface Readiness {
  ready: boolean;
  database: "ok" | "down";
  /** "degraded": changes made elsewhere are still read, but by polling, not at once. */
  cacheInvalidation: "ok" | "degraded" | "not-started";
  draining: boolean;
}

const DATABASE_TIMEOUT_MS = 2000;

async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.$queryRaw`SELECT 1`.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this server should receive requests: the database answers within
 * two seconds and the process is not shutting down. The cache invalidation
 * channel is reported, not required: without it pages still follow changes
 * through polling.
 */
export async function checkReadiness(): Promise<Readiness> {
  const database = (await databaseAnswers()) ? "ok" : "down";
  const listener = serverCacheListener();
  const draining = isDraining();
  return {
    ready: database === "ok" && !draining,
    database,
    cacheInvalidation: !listener ? "not-started" : listener.healthy() ? "ok" : "degraded",
    draining,
  };
}
