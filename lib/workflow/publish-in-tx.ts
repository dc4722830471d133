import { runChecks } from "@/lib/checks/run-checks";
import type { Prisma, Tx } from "@/lib/db/client";
import type { ReportData } from "@/lib/format/report-data";
import { buildCheckContext } from "@/lib/reports/check-context";
import { loadReportWithFormat } from "@/lib/reports/load-report-with-format";
import { transitionInTx } from "./apply-transition";

/**
 * approved → published inside a transaction: freezes the content as the next
 * immutable Publication (with the findings the checks report at this moment,
 * shown publicly as 数据核验). A correction's reason becomes the revision's note.
 */
export async function publishInTx(tx: Tx, args: { reportId: string; actorId: string; now: Date }) {
  const { report, format } = await loadReportWithFormat(tx, args.reportId);
  const findings = runChecks(
    format,
    report.data as unknown as ReportData,
    await buildCheckContext(tx, report, args.now),
  );
  const revision = report.publishedRevision + 1;
  const correction =
    revision > 1
      ? await tx.reportEvent.findFirst({
          where: { reportId: report.id, action: "start_correction" },
          orderBy: { createdAt: "desc" },
        })
      : null;
  const published = await transitionInTx(tx, {
    reportId: report.id,
    actorId: args.actorId,
    transition: "publish",
    // A correction keeps the first publication's date, also when it is unknown (an undated import).
    changes: { publishedAt: revision > 1 ? report.publishedAt : args.now, publishedRevision: revision },
    payload: { revision },
    now: args.now,
  });
  const unit = await tx.filingUnit.findUniqueOrThrow({
    where: { id: report.filingUnitId },
    select: { organName: true },
  });
  const publication = await tx.publication.create({
    data: {
      organName: unit.organName,
      reportId: report.id,
      revision,
      formatId: report.formatId,
      data: report.data as Prisma.InputJsonValue,
      findings: findings as unknown as Prisma.InputJsonValue,
      publishedAt: args.now,
      recordedAt: args.now,
      publishedById: args.actorId,
      correctionNote: (correction?.payload as { reason?: string } | null)?.reason ?? null,
      source: "workflow",
    },
  });
  return { report: published, publication };
}
