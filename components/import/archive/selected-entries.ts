import { tooManyFiles } from "@/lib/import/archive/archive-entry";
import { readZipArchive } from "@/lib/import/archive/read-zip-archive";
import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "@/lib/import/import-limits";

/** One file of the batch in the browser: its contents until saved, or why it is not imported. */
export interface BatchEntry {
  key: string;
  name: string;
  blob: Blob | null;
  refused: string | null;
}

export type SelectedEntries = { ok: true; entries: BatchEntry[] } | { ok: false; message: string };

/**
 * The files the admin picked, a .zip opened in the browser under the same
 * limits as the command line, so that the server only ever receives one
 * report file per request.
 */
export async function selectedEntries(files: readonly File[]): Promise<SelectedEntries> {
  const found: Omit<BatchEntry, "key">[] = [];
  for (const file of files) {
    if (!/\.zip$/i.test(file.name)) {
      const tooLarge = file.size > MAX_IMPORT_BYTES;
      found.push({
        name: file.name,
        blob: tooLarge ? null : file,
        refused: tooLarge ? TOO_LARGE_MESSAGE : null,
      });
      continue;
    }
    const read = readZipArchive(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return { ok: false, message: `${file.name}：${read.message}` };
    for (const entry of read.entries) {
      found.push(
        entry.refused === undefined
          ? { name: entry.name, blob: new Blob([new Uint8Array(entry.bytes)]), refused: null }
          : { name: entry.name, blob: null, refused: entry.refused },
      );
    }
  }
  const tooMany = tooManyFiles(found.length);
  if (tooMany) return { ok: false, message: tooMany };
  return { ok: true, entries: found.map((entry, i) => ({ ...entry, key: `${i}:${entry.name}` })) };
}
