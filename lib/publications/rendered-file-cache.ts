/**
 * Rendered PDFs, kept in memory: a published revision never changes, and a
 * Chromium render costs a second of CPU on a 2-core server. Small (a county's
 * reports), bounded, and cleared by invalidatePublicReport.
 */
const MAX_ENTRIES = 32;

interface Entry {
  reportId: string;
  bytes: Uint8Array;
}

const globalCache = globalThis as unknown as { __nianbaoRenderedFiles?: Map<string, Entry> };

function cache(): Map<string, Entry> {
  globalCache.__nianbaoRenderedFiles ??= new Map();
  return globalCache.__nianbaoRenderedFiles;
}

export function getRenderedFile(key: string): Uint8Array | undefined {
  const entry = cache().get(key);
  if (!entry) return undefined;
  // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
  cache().delete(key);
  cache().set(key, entry);
  return entry.bytes;
}

export function putRenderedFile(key: string, reportId: string, bytes: Uint8Array): void {
  const map = cache();
  map.delete(key);
  map.set(key, { reportId, bytes });
  while (map.size > MAX_ENTRIES) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}

/** Drops one report's files, or every file. */
export function forgetRenderedFiles(reportId?: string): void {
  const map = cache();
  for (const [key, entry] of map) if (!reportId || entry.reportId === reportId) map.delete(key);
}
