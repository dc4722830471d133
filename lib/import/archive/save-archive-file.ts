import type { Db } from "@/lib/db/client";
import { recordImportedReport } from "../record-imported-report";
import type { ImportedReport } from "../types";

export type ArchiveSave =
  | { status: "saved"; reportId: string }
  | { status: "skipped"; message: string }
  | { status: "failed"; message: string };

async function yearStored(db: Db, filingUnitId: string, year: number): Promise<boolean> {
  return (await db.report.count({ where: { filingUnitId, year } })) > 0;
}

/**
 * Stores one file of a batch as its filing unit's historical report. A
 * filing unit+year already stored is skipped, not failed: re-running an archive
 * saves nothing new and says so (also when another request stored the same
 * year a moment before). Any other refusal or error is this file's failure only.
 */
export async function saveArchiveFile(
  db: Db,
  args: {
    filingUnitId: string;
    report: ImportedReport;
    sourceNote: string;
    actorId: string | null;
    now: Date;
  },
): Promise<ArchiveSave> {
  const { filingUnitId, report } = args;
  const skipped = { status: "skipped", message: `该单位${report.year}年度已有报告，跳过` } as const;
  try {
    if (await yearStored(db, filingUnitId, report.year)) return skipped;
    const stored = await recordImportedReport(db, args);
    if (stored.ok) return { status: "saved", reportId: stored.reportId };
    if (await yearStored(db, filingUnitId, report.year)) return skipped;
    return { status: "failed", message: stored.message };
  } catch (error) {
    console.error(`Saving the imported file ${args.sourceNote} failed`, error);
    return { status: "failed", message: "保存该文件时出错，未保存（其他文件不受影响）" };
  }
}
