import { defineAction } from "@/lib/actions/define-action";
import { countyPlace, filingUnitPlace } from "@/lib/actions/places";
import { z } from "@/lib/validation/zod";
import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "../import-limits";
import type { ArchiveFileSummary } from "./archive-file-summary";
import { readArchiveFile } from "./read-archive-file";
import { saveArchiveFile, type ArchiveSave } from "./save-archive-file";

/** One file of a batch as the page sends it: its bytes and its path inside the archive. */
const archiveFile = {
  file: z.file("请求中没有文件，请重新选择文件").max(MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE),
  name: z.string().min(1).max(300),
};

const readArchiveFileSchema = z.object({ ...archiveFile, countyId: z.string().min(1).max(100) });

const saveArchiveFileSchema = z.object({
  ...archiveFile,
  filingUnitId: z.string().min(1, "请选择填报单位").max(100),
  year: z.coerce.number().int().min(1990).max(2100),
});

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

/**
 * Reads one file of an archive for the county's progress view; stores nothing.
 * One request per file: no request lasts longer than one file (ADR 0016).
 */
export const readArchiveFileAction = defineAction({
  name: "import.readArchiveFile",
  input: readArchiveFileSchema,
  need: "administer",
  place: (input, db) => countyPlace(db, input.countyId),
  run: async ({ input }): Promise<ArchiveFileSummary> =>
    (await readArchiveFile(input.name, await bytesOf(input.file))).summary,
});

/**
 * Saves one confirmed file to the filing unit the admin confirmed. The file is
 * read again here (the server trusts no parsed data from the page); a year
 * that differs from the one confirmed is refused rather than stored elsewhere.
 */
export const saveArchiveFileAction = defineAction({
  name: "import.saveArchiveFile",
  input: saveArchiveFileSchema,
  need: "administer",
  place: (input, db) => filingUnitPlace(db, input.filingUnitId),
  run: async ({ db, user, input, now }): Promise<ArchiveSave> => {
    const { summary, report } = await readArchiveFile(input.name, await bytesOf(input.file));
    if (!report) return { status: "failed", message: summary.ok ? "无法读取该文件" : summary.message };
    if (report.year !== input.year) {
      return { status: "failed", message: `文件读出的年度（${report.year}）与确认时不同，请重新读取` };
    }
    return saveArchiveFile(db, {
      filingUnitId: input.filingUnitId,
      report,
      sourceNote: input.name,
      actorId: user.id,
      now,
    });
  },
});
