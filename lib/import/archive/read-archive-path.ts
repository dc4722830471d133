import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { TOO_LARGE_MESSAGE } from "../import-limits";
import { classifyEntryName, tooManyFiles, type ArchiveEntry, type ArchiveRead } from "./archive-entry";
import { ARCHIVE_LIMITS, archiveMessages } from "./archive-limits";
import { readZipArchive } from "./read-zip-archive";

async function folderEntries(dir: string): Promise<ArchiveRead> {
  const paths = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((dirent) => dirent.isFile())
    .map((dirent) => relative(dir, join(dirent.parentPath, dirent.name)).split(sep).join("/"))
    .filter((path) => classifyEntryName(path) !== "skip")
    .sort((a, b) => a.localeCompare(b, "zh-CN"));
  const tooMany = tooManyFiles(paths.length);
  if (tooMany) return { ok: false, message: tooMany };
  const entries: ArchiveEntry[] = [];
  let total = 0;
  for (const path of paths) {
    const kind = classifyEntryName(path);
    const size = (await stat(join(dir, path))).size;
    if (typeof kind === "object") entries.push({ name: path, refused: kind.refused });
    else if (size > ARCHIVE_LIMITS.maxFileBytes) entries.push({ name: path, refused: TOO_LARGE_MESSAGE });
    else if ((total += size) > ARCHIVE_LIMITS.maxTotalBytes)
      return { ok: false, message: archiveMessages.totalTooLarge(ARCHIVE_LIMITS.maxTotalBytes) };
    else entries.push({ name: path, bytes: await readFile(join(dir, path)) });
  }
  return { ok: true, entries };
}

/** The files of a folder (with its subfolders) or of a .zip, under the same limits as an upload. */
export async function readArchivePath(path: string): Promise<ArchiveRead> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return { ok: false, message: `找不到文件或文件夹：${path}` };
  }
  if (info.isDirectory()) return folderEntries(path);
  if (info.size > ARCHIVE_LIMITS.maxArchiveBytes)
    return { ok: false, message: archiveMessages.archiveTooLarge(ARCHIVE_LIMITS.maxArchiveBytes) };
  return readZipArchive(await readFile(path));
}
