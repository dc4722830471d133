import { AppError } from "@/lib/actions/app-error";
import type { Db } from "@/lib/db/client";
import { kindOf } from "@/lib/places/filing-unit-kinds";
import { isRetired } from "@/lib/places/filing-unit-state";
import { chinaDate } from "@/lib/publications/china-date";
import { deadlineFor, yearDeadline } from "@/lib/reporting/year-deadline";
import { recordReportEvent } from "@/lib/workflow/record-report-event";
import { reportStatusSchema } from "@/lib/workflow/status";
import { isRemindable, reminderMessage } from "./reminder-message";
import { fillPaths } from "@/lib/urls/fill-paths";

export interface RemindResult {
  reminded: { filingUnitName: string; daysLeft: number }[];
  /** Units whose report is already submitted or further along, and retired units without one. */
  skipped: string[];
}

/**
 * 催办: tells the clerks of each chosen filing unit that its report of the year
 * is due, with the deadline and the days left. In one transaction each
 * reminder is stored (the dashboard shows the last one, even before a report
 * exists), written to the report's history when there is a report, and sent
 * as an in-app notice. FilingUnits past the asking stage are skipped.
 */
export async function remindFilingUnits(
  db: Db,
  args: { countyId: string; year: number; filingUnitIds: readonly string[]; actorId: string; now: Date },
): Promise<RemindResult> {
  const ids = [...new Set(args.filingUnitIds)];
  if (ids.length === 0) throw new AppError("invalid", "请先选择要催办的单位");
  const [county, reportingYear, filingUnits] = await Promise.all([
    db.county.findUnique({ where: { id: args.countyId } }),
    db.reportingYear.findUnique({ where: { countyId_year: { countyId: args.countyId, year: args.year } } }),
    db.filingUnit.findMany({
      where: { countyId: args.countyId, id: { in: ids } },
      orderBy: { code: "asc" },
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        retiredAt: true,
        reports: { where: { year: args.year }, select: { id: true, status: true } },
        users: { where: { role: "clerk", disabled: false }, select: { id: true } },
      },
    }),
  ]);
  if (!county || filingUnits.length !== ids.length) throw new AppError("not-found", "所选单位不在本县");
  const countyDeadline = yearDeadline(county, args.year, reportingYear);
  const today = chinaDate(args.now);

  return db.$transaction(async (tx) => {
    const result: RemindResult = { reminded: [], skipped: [] };
    for (const t of filingUnits) {
      const deadline = deadlineFor(kindOf(t.kind), countyDeadline, args.year);
      const report = t.reports[0];
      const status = report ? reportStatusSchema.parse(report.status) : "not_started";
      // A retired unit owes no new report: only one it has already started is chased.
      if (!isRemindable(status) || (!report && isRetired(t))) {
        result.skipped.push(t.name);
        continue;
      }
      const { text, daysLeft } = reminderMessage({
        filingUnitName: t.name,
        year: args.year,
        status,
        deadline,
        today,
      });
      await tx.reminder.create({
        data: {
          filingUnitId: t.id,
          year: args.year,
          actorId: args.actorId,
          deadline,
          daysLeft,
          createdAt: args.now,
        },
      });
      if (report && status !== "not_started")
        await recordReportEvent(tx, {
          reportId: report.id,
          actorId: args.actorId,
          action: "remind",
          fromStatus: status,
          toStatus: status,
          payload: { deadline, daysLeft },
          createdAt: args.now,
        });
      if (t.users.length > 0)
        await tx.notification.createMany({
          data: t.users.map((u) => ({
            userId: u.id,
            reportId: report?.id ?? null,
            kind: "reminder",
            message: text,
            link: fillPaths.report(county.code, t.code, args.year),
            createdAt: args.now,
          })),
        });
      result.reminded.push({ filingUnitName: t.name, daysLeft });
    }
    return result;
  });
}
