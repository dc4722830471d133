import type { Finding } from "@/lib/checks/types";
import type { Db, Prisma } from "@/lib/db/client";
import { reportDataSchema } from "@/lib/format/report-data";
import { loadLastYear } from "@/lib/reports/check-context";
import { recordReportEvent } from "@/lib/workflow/record-report-event";
import type { ReportEventPayloads } from "@/lib/workflow/report-event";
import { organLevelOf } from "@/lib/places/filing-unit-kinds";
import { checkImportedReport } from "./check-imported-report";
import type { ImportedReport } from "./types";
import { isUniqueViolation } from "@/lib/db/unique-violation";

export type RecordImportResult =
  { ok: true; reportId: string; publicationId: string; findings: Finding[] } | { ok: false; message: string };

/**
 * Midnight in China of the printed date: the day is what matters, not the
 * server's time zone. No date in the source: unknown (null), never the day of
 * import, which would make every old report look years late.
 */
function publicationTime(publishedOn: string | null): Date | null {
  return publishedOn ? new Date(`${publishedOn}T00:00:00+08:00`) : null;
}

/**
 * Stores an imported report as the filing unit's published report of its year:
 * a Report in state published and its first Publication (source import, the
 * file name as note, the checks' findings at import) and the audit event that
 * says who imported it. A filing unit that already has a report for the year is
 * refused: an import never overwrites.
 */
export async function recordImportedReport(
  db: Db,
  args: {
    filingUnitId: string;
    report: ImportedReport;
    sourceNote: string;
    actorId: string | null;
    now: Date;
  },
): Promise<RecordImportResult> {
  const { report, filingUnitId } = args;
  const filingUnit = await db.filingUnit.findUnique({ where: { id: filingUnitId } });
  if (!filingUnit) return { ok: false, message: "所选单位不存在" };
  const refused = `${filingUnit.name}${report.year}年度已有报告，不能再导入历史报告（导入不会覆盖已有报告）`;
  const parsed = reportDataSchema(report.format).safeParse(report.data);
  if (!parsed.success)
    return { ok: false, message: `导入的数据不符合格式：${parsed.error.issues[0]?.message ?? ""}` };

  const existing = await db.report.findUnique({
    where: { filingUnitId_year: { filingUnitId, year: report.year } },
  });
  if (existing) return { ok: false, message: refused };

  const lastYear = await loadLastYear(db, filingUnitId, report.year);
  const findings = checkImportedReport(report, {
    lastYear,
    today: args.now.toISOString().slice(0, 10),
    organLevel: organLevelOf(filingUnit.kind),
  });
  const publishedAt = publicationTime(report.publishedOn);
  const data = report.data as unknown as Prisma.InputJsonValue;
  const errorCount = findings.filter((f) => f.severity === "error").length;
  const warningCount = findings.filter((f) => f.severity === "warning").length;
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.report.create({
        data: {
          filingUnitId,
          year: report.year,
          formatId: report.format.id,
          status: "published",
          data,
          errorCount,
          warningCount,
          publishedAt,
          publishedRevision: 1,
        },
      });
      const publication = await tx.publication.create({
        data: {
          // The organ the document was published under, when it names one.
          organName: report.organ?.trim() || filingUnit.organName,
          reportId: created.id,
          revision: 1,
          formatId: report.format.id,
          data,
          findings: findings as unknown as Prisma.InputJsonValue,
          publishedAt,
          publishedAtSource: report.publishedOnSource,
          recordedAt: args.now,
          publishedById: args.actorId,
          source: "import",
          sourceNote: args.sourceNote,
        },
      });
      const payload: ReportEventPayloads["import"] = {
        revision: 1,
        sourceNote: args.sourceNote,
        errorCount,
        warningCount,
      };
      await recordReportEvent(tx, {
        reportId: created.id,
        actorId: args.actorId,
        action: "import",
        fromStatus: null,
        toStatus: "published",
        payload,
        createdAt: args.now,
      });
      return { ok: true as const, reportId: created.id, publicationId: publication.id, findings };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, message: refused };
    throw error;
  }
}
