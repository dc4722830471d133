import { randomUUID } from "node:crypto";
import { providerOfDb, type Db } from "@/lib/db/client";

/** Everything public: pages, data and rendered files. */
export const ALL_PUBLIC = "*";
/** The PostgreSQL channel servers LISTEN on; the payload is the new row's id. */
export const INVALIDATION_CHANNEL = "nianbao_cache_invalidation";

const globalOrigin = globalThis as unknown as { __nianbaoCacheOrigin?: string };

/** This process's name in the invalidation rows, so that it skips what it has already dropped. */
export function cacheOrigin(): string {
  globalOrigin.__nianbaoCacheOrigin ??= `${process.pid}-${randomUUID()}`;
  return globalOrigin.__nianbaoCacheOrigin;
}

export interface CacheInvalidation {
  /** Cache tags to drop, or [ALL_PUBLIC]. */
  tags: readonly string[];
  /** The report whose rendered files go; omitted: every report's. */
  reportId?: string;
}

/**
 * Records that public pages changed, for every app server and for processes
 * without one (the CLI): a row in CacheInvalidation, and on PostgreSQL a
 * NOTIFY that wakes the listeners at once (lib/page-cache/invalidation-listener.ts).
 * The caller has already dropped its own process's cache, if it has one.
 */
export async function recordCacheInvalidation(
  db: Db,
  change: CacheInvalidation,
  origin: string = cacheOrigin(),
): Promise<void> {
  const row = await db.cacheInvalidation.create({
    data: { tags: JSON.stringify(change.tags), reportId: change.reportId ?? null, origin },
    select: { id: true },
  });
  if (providerOfDb(db) === "postgresql") {
    await db.$executeRaw`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${String(row.id)})`;
  }
}
