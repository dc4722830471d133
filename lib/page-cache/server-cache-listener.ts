import { db, dbProvider } from "@/lib/db/client";
import { forgetRenderedFiles } from "@/lib/publications/rendered-file-cache";
import { DEFAULT_DATABASE_URL } from "@/lib/env/database-provider";
import { startInvalidationListener, type InvalidationListener } from "./invalidation-listener";
import { dropNowAndAfterRenders } from "./page-cache-store.mjs";
import { ALL_PUBLIC } from "./record-cache-invalidation";

const holder = globalThis as unknown as { __nianbaoCacheListener?: InvalidationListener };

/**
 * Starts this server's listener once (instrumentation.ts): changes recorded
 * by other servers or the CLI drop this process's cached pages, data and
 * rendered files.
 */
export function startServerCacheListener(): InvalidationListener {
  holder.__nianbaoCacheListener ??= startInvalidationListener({
    db,
    provider: dbProvider(),
    url: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
    apply({ tags, reportId }) {
      dropNowAndAfterRenders(tags);
      forgetRenderedFiles(tags.includes(ALL_PUBLIC) ? undefined : (reportId ?? undefined));
    },
  });
  return holder.__nianbaoCacheListener;
}

/** The running listener, for the readiness check; undefined before the server started it. */
export function serverCacheListener(): InvalidationListener | undefined {
  return holder.__nianbaoCacheListener;
}
