import { AppError } from "@/lib/actions/app-error";
import type { Db, Tx } from "@/lib/db/client";
import { getFormat, isFormatId } from "@/lib/format";
import { CHECK_UNIT_SELECT } from "./check-context";

function withFormat<R extends { formatId: string }>(report: R | null) {
  if (!report) throw new AppError("not-found", "报告不存在");
  if (!isFormatId(report.formatId)) throw new AppError("invalid", "报告格式无法识别");
  return { report, format: getFormat(report.formatId) };
}

/** A report and its format definition, or the refusal every write path gives. */
export async function loadReportWithFormat(db: Db | Tx, reportId: string) {
  return withFormat(await db.report.findUnique({ where: { id: reportId } }));
}

/**
 * The same without the stored document, for a caller that brings the content
 * itself (a save): the document is most of the row, and the save never reads it.
 * The filing unit comes along as the checks read it (checkContextOf).
 */
export async function loadReportHeaderWithFormat(db: Db | Tx, reportId: string) {
  return withFormat(
    await db.report.findUnique({
      where: { id: reportId },
      select: {
        id: true,
        filingUnitId: true,
        year: true,
        formatId: true,
        filingUnit: { select: CHECK_UNIT_SELECT },
      },
    }),
  );
}
