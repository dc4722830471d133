import "server-only";
import { kindOf } from "@/lib/places/filing-unit-kinds";
import { notFound, redirect } from "next/navigation";
import { ensure, requireUser } from "@/lib/authz/guards";
import { canFillFilingUnit } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { getFormat, isFormatId } from "@/lib/format";
import { isGovData, type GovReportData } from "@/lib/format/report-data";
import { isRetired } from "@/lib/places/filing-unit-state";
import { findFilingUnitByCodes } from "@/lib/places/find-places";
import { currentReportYear } from "@/lib/reporting/report-year";
import { deadlineFor, yearDeadline } from "@/lib/reporting/year-deadline";
import { reportStatusSchema } from "@/lib/workflow/status";
import { blockedSteps, stepButtons } from "@/lib/workflow/step-buttons";
import { isEditable } from "@/lib/workflow/transitions";
import { listCommentThreads } from "@/lib/comments/list-comments";
import { threadViews } from "@/lib/comments/thread-views";
import { buildCheckContext } from "./check-context";
import { openReport } from "./open-report";
import { latestReason } from "./latest-reason";
import { fillPaths } from "@/lib/urls/fill-paths";

/**
 * Everything the clerk's pages of one report year need, after the access
 * checks. The current reporting year's report is created on first visit
 * (unless the unit is retired); other years must already exist.
 */
export async function loadFillContext(params: { county: string; filingUnit: string; year: string }) {
  const user = await requireUser({ roles: ["clerk"] });
  const filingUnit = await findFilingUnitByCodes(params.county, params.filingUnit);
  if (!filingUnit) notFound();
  ensure(canFillFilingUnit(user, filingUnit));
  if (!/^\d{4}$/.test(params.year)) notFound();
  const year = Number(params.year);
  const now = new Date();

  const report =
    year === currentReportYear(now) && !isRetired(filingUnit)
      ? await openReport(db, { filingUnitId: filingUnit.id, year, actorId: user.id })
      : await db.report.findUnique({ where: { filingUnitId_year: { filingUnitId: filingUnit.id, year } } });
  // A retired unit opens no new report: its page says so.
  if (!report && isRetired(filingUnit)) redirect(fillPaths.unit(filingUnit.county.code, filingUnit.code));
  if (!report || !isFormatId(report.formatId)) notFound();
  const format = getFormat(report.formatId);
  const data = report.data as unknown as GovReportData;
  if (!isGovData(data)) notFound();

  const status = reportStatusSchema.parse(report.status);
  const state = { status, reviewOpenedAt: report.reviewOpenedAt };
  const reason = await latestReason(db, report.id, status);
  const reportingYear = await db.reportingYear.findUnique({
    where: { countyId_year: { countyId: filingUnit.countyId, year } },
  });
  const threads = threadViews(format, await listCommentThreads(db, report.id), user.role);
  return {
    user,
    threads,
    filingUnit,
    year,
    format,
    report: { id: report.id, version: report.version, status, data, submittedAt: report.submittedAt },
    editable: isEditable(status),
    /** The clerk's steps now (提交审核, 撤回), and those the state allows but a rule refuses, with why. */
    steps: stepButtons("fill", state),
    blockedSteps: blockedSteps("fill", state),
    context: await buildCheckContext(db, report, now),
    deadline: deadlineFor(
      kindOf(filingUnit.kind),
      yearDeadline(filingUnit.county, year, reportingYear),
      year,
    ),
    basePath: fillPaths.report(filingUnit.county.code, filingUnit.code, year),
    codes: { county: filingUnit.county.code, filingUnit: filingUnit.code, year },
    /** The reviewer's reason for the state (returned, correcting), if it has one. */
    reason,
  };
}
