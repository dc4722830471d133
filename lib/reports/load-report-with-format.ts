import { AppError } from "@/lib/actions/app-error";
import type { Db, Tx } from "@/lib/db/client";
import { getFormat, isFormatId } from "@/lib/format";

/** A report and its format definition, or the refusal every write path gives. */
export async function loadReportWithFormat(db: Db | Tx, reportId: string) {
  const report = await db.report.findUnique({ where: { id: reportId } });
  if (!report) throw new AppError("not-found", "报告不存在");
  if (!isFormatId(report.formatId)) throw new AppError("invalid", "报告格式无法识别");
  return { report, format: getFormat(report.formatId) };
}
