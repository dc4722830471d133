import { AppError } from "@/lib/actions/app-error";
import type { Db } from "@/lib/db/client";
import { approveReport } from "@/lib/workflow/approve-report";
import { publishReport } from "@/lib/workflow/publish-report";
import { reportStatusSchema } from "@/lib/workflow/status";
import { allowsFrom } from "@/lib/workflow/transitions";

/** Most reports one confirmation may publish: a county has tens of filing units, never thousands. */
export const MAX_BULK_REPORTS = 200;

export interface BulkOutcome {
  reportId: string;
  filingUnitName: string;
  ok: boolean;
  /** Chinese: what happened, or why it was refused. */
  message: string;
}

/**
 * Approves (when submitted) and publishes each selected report of one county,
 * one report at a time, each step in its own transaction through the workflow
 * functions. One refusal never stops the others: the reviewer gets a line per
 * report. A report of another county is refused, whatever the caller sent.
 */
export async function bulkApproveAndPublish(
  db: Db,
  args: { countyId: string; reportIds: readonly string[]; actorId: string; now: Date },
): Promise<BulkOutcome[]> {
  const ids = [...new Set(args.reportIds)].slice(0, MAX_BULK_REPORTS);
  const reports = await db.report.findMany({
    where: { id: { in: ids } },
    select: { id: true, filingUnit: { select: { name: true, countyId: true } } },
  });
  const byId = new Map(reports.map((r) => [r.id, r]));
  const outcomes: BulkOutcome[] = [];
  for (const reportId of ids) {
    const report = byId.get(reportId);
    if (!report || report.filingUnit.countyId !== args.countyId) {
      outcomes.push({ reportId, filingUnitName: "—", ok: false, message: "报告不存在或不属于本县区" });
      continue;
    }
    outcomes.push({
      reportId,
      filingUnitName: report.filingUnit.name,
      ...(await approveAndPublish(db, { ...args, reportId })),
    });
  }
  return outcomes;
}

async function approveAndPublish(
  db: Db,
  args: { reportId: string; actorId: string; now: Date },
): Promise<{ ok: boolean; message: string }> {
  const actor = { reportId: args.reportId, actorId: args.actorId, now: args.now };
  try {
    const current = await db.report.findUniqueOrThrow({
      where: { id: args.reportId },
      select: { status: true },
    });
    if (allowsFrom("approve", reportStatusSchema.parse(current.status))) {
      // In a county that publishes on approval this already publishes.
      const approved = await approveReport(db, actor);
      if (approved.publication)
        return { ok: true, message: `已通过并公开（第 ${approved.publication.revision} 版）` };
    }
    // publishReport refuses any state but approved with the workflow's own message.
    const { publication } = await publishReport(db, actor);
    return { ok: true, message: `已通过并公开（第 ${publication.revision} 版）` };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
}
