import { ARCHIVE_LIMITS } from "./archive-limits";
import { archiveMessages } from "./archive-limits";

/** One file of an archive or folder: its bytes, or why it is not imported. */
export type ArchiveEntry =
  | { name: string; bytes: Uint8Array; refused?: undefined }
  | { name: string; bytes?: undefined; refused: string };

export type ArchiveRead = { ok: true; entries: ArchiveEntry[] } | { ok: false; message: string };

// Folders that archivers and operating systems add beside the real files.
const SYSTEM_FILE = /(^|\/)(__MACOSX\/|\.[^/]*$|thumbs\.db$|desktop\.ini$)/i;
const NESTED_ARCHIVE = /\.(zip|rar|7z|tar|gz|tgz|bz2|xz)$/i;

/**
 * What to do with a path found in an archive or folder, from its name alone:
 * skip it silently (a folder or a system file), refuse it with a reason, or read it.
 */
export function classifyEntryName(path: string): "skip" | "read" | { refused: string } {
  const name = path.replace(/\\/g, "/");
  if (name.endsWith("/") || SYSTEM_FILE.test(name)) return "skip";
  // A name that climbs out of the archive or starts at a root is never used as a path.
  if (/^([a-z]:)?\//i.test(name) || name.split("/").includes("..")) {
    return { refused: archiveMessages.unsafeName };
  }
  if (NESTED_ARCHIVE.test(name)) return { refused: archiveMessages.nested };
  return "read";
}

/** The more files than the cap, counted before anything is inflated or read. */
export function tooManyFiles(count: number): string | null {
  return count > ARCHIVE_LIMITS.maxFiles
    ? archiveMessages.tooManyFiles(count, ARCHIVE_LIMITS.maxFiles)
    : null;
}
