import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from "fflate";
import { classifyEntryName, tooManyFiles, type ArchiveEntry, type ArchiveRead } from "./archive-entry";
import { ARCHIVE_LIMITS, archiveMessages, type ArchiveLimits } from "./archive-limits";
import { TOO_LARGE_MESSAGE } from "../import-limits";
import { zipEntryName } from "./zip-entry-name";

/** Compressed bytes pushed at a time: deflate expands at most ~1032×, so one push yields at most ~4 MB. */
const PUSH_BYTES = 4 * 1024;
const STORED = 0;
const DEFLATE = 8;

type Limits = Readonly<ArchiveLimits>;

/** Entries the central directory declares, checked before anything is inflated. */
function checkDeclared(zip: Uint8Array, limits: Limits): string | null {
  let files = 0;
  let declared = 0;
  try {
    unzipSync(zip, {
      filter: (info) => {
        if (classifyEntryName(zipEntryName(info.name)) !== "read") return false;
        files += 1;
        // An entry over the per-file cap is refused on its own and never inflated.
        if (info.originalSize <= limits.maxFileBytes) declared += info.originalSize;
        return false;
      },
    });
  } catch {
    return archiveMessages.notZip;
  }
  if (files > limits.maxFiles) return archiveMessages.tooManyFiles(files, limits.maxFiles);
  return declared > limits.maxTotalBytes ? archiveMessages.totalTooLarge(limits.maxTotalBytes) : null;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The files of a .zip, each refused with a Chinese reason where it cannot be
 * read, or the whole archive refused (a bomb, too many files, not a zip).
 * Declared sizes are checked from the central directory before inflating;
 * actual sizes are counted while inflating, in small steps, and inflation
 * stops as soon as a file outgrows its declared size or the archive its cap,
 * so memory and time stay bounded whatever the headers claim.
 */
export function readZipArchive(zip: Uint8Array, limits: Limits = ARCHIVE_LIMITS): ArchiveRead {
  if (zip.length > limits.maxArchiveBytes)
    return { ok: false, message: archiveMessages.archiveTooLarge(limits.maxArchiveBytes) };
  const declared = checkDeclared(zip, limits);
  if (declared) return { ok: false, message: declared };

  const entries: (ArchiveEntry | null)[] = [];
  const names: string[] = [];
  let files = 0;
  let total = 0;
  let bomb: string | null = null;

  const readEntry = (file: UnzipFile, name: string, slot: number) => {
    const cap = Math.min(file.originalSize ?? limits.maxFileBytes, limits.maxFileBytes);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (bomb || entries[slot]) return;
      if (error) {
        entries[slot] = { name, refused: archiveMessages.unreadableEntry };
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > cap) bomb = archiveMessages.inflatesPastDeclared;
      else if (total > limits.maxTotalBytes) bomb = archiveMessages.totalTooLarge(limits.maxTotalBytes);
      else chunks.push(chunk);
      if (final && !bomb) entries[slot] = { name, bytes: concat(chunks, size) };
    };
    file.start();
  };

  const unzip = new Unzip((file) => {
    const name = zipEntryName(file.name);
    const kind = classifyEntryName(name);
    if (kind === "skip" || bomb) return;
    files += 1;
    // Local headers can hide entries the central directory does not list.
    const tooMany = tooManyFiles(files);
    if (tooMany) {
      bomb = tooMany;
      return;
    }
    const slot = entries.push(null) - 1;
    names.push(name);
    if (kind !== "read") entries[slot] = { name, refused: kind.refused };
    else if ((file.originalSize ?? 0) > limits.maxFileBytes)
      entries[slot] = { name, refused: TOO_LARGE_MESSAGE };
    else if (file.compression !== STORED && file.compression !== DEFLATE)
      entries[slot] = { name, refused: archiveMessages.unsupportedCompression };
    else readEntry(file, name, slot);
  });
  unzip.register(UnzipInflate);

  try {
    for (let at = 0; at < zip.length && !bomb; at += PUSH_BYTES) {
      unzip.push(zip.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= zip.length);
    }
  } catch {
    return { ok: false, message: archiveMessages.notZip };
  }
  if (bomb) return { ok: false, message: bomb };
  return {
    ok: true,
    entries: entries.map((entry, i) => entry ?? { name: names[i] ?? "", refused: archiveMessages.truncated }),
  };
}
