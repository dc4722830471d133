import "server-only";
import { headers } from "next/headers";
import { kindOf } from "@/lib/places/filing-unit-kinds";
import { notFound } from "next/navigation";
import { performAction } from "@/lib/actions/perform-action";
import { runChecks } from "@/lib/checks/run-checks";
import { listCommentThreads } from "@/lib/comments/list-comments";
import { ensure, requireUser } from "@/lib/authz/guards";
import { canReadCounty, canReviewCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { diffReportData } from "@/lib/editor/diff-report-data";
import { getFormat, isFormatId } from "@/lib/format";
import { isGovData, type GovReportData } from "@/lib/format/report-data";
import { findFilingUnitByCodes } from "@/lib/places/find-places";
import { deadlineFor, yearDeadline } from "@/lib/reporting/year-deadline";
import type { ReportEventPayloads } from "@/lib/workflow/report-event";
import { openReviewAction } from "@/lib/workflow/review-actions";
import { reportStatusSchema } from "@/lib/workflow/status";
import { allowsFrom } from "@/lib/workflow/transitions";
import { buildCheckContext } from "./check-context";
import { reviewPaths } from "@/lib/urls/review-paths";

async function isPrefetch(): Promise<boolean> {
  return (await headers()).has("next-router-prefetch");
}

/** Everything the county's review page shows about one report, after the access checks. */
export async function loadReviewContext(params: { county: string; filingUnit: string; year: string }) {
  const user = await requireUser({ roles: ["reviewer", "admin"] });
  const filingUnit = await findFilingUnitByCodes(params.county, params.filingUnit);
  if (!filingUnit) notFound();
  ensure(canReadCounty(user, filingUnit.countyId));
  if (!/^\d{4}$/.test(params.year)) notFound();
  const year = Number(params.year);
  const report = await db.report.findUnique({
    where: { filingUnitId_year: { filingUnitId: filingUnit.id, year } },
  });
  if (!report || !isFormatId(report.formatId)) notFound();

  const status = reportStatusSchema.parse(report.status);
  const canReview = canReviewCounty(user, filingUnit.countyId);
  // Opening a submission for review ends the clerk's chance to withdraw it (ADR 0025); a
  // router prefetch is not someone opening the page.
  if (canReview && !report.reviewOpenedAt && allowsFrom("open_review", status) && !(await isPrefetch()))
    await performAction(openReviewAction, { reportId: report.id });

  const format = getFormat(report.formatId);
  const data = report.data as unknown as GovReportData;
  const now = new Date();
  const context = await buildCheckContext(db, report, now);
  const findings = isGovData(data) ? runChecks(format, data, context) : [];

  const [submits, events, comments, publications, reportingYear] = await Promise.all([
    db.reportEvent.findMany({
      where: { reportId: report.id, action: "submit" },
      orderBy: { createdAt: "desc" },
      take: 2,
    }),
    db.reportEvent.findMany({
      where: { reportId: report.id, action: { notIn: ["save"] } },
      orderBy: { createdAt: "asc" },
    }),
    listCommentThreads(db, report.id),
    db.publication.findMany({
      where: { reportId: report.id },
      orderBy: { revision: "asc" },
      select: { revision: true, publishedAt: true, correctionNote: true },
    }),
    db.reportingYear.findUnique({ where: { countyId_year: { countyId: filingUnit.countyId, year } } }),
  ]);
  const latest = submits[0]?.payload as ReportEventPayloads["submit"] | undefined;
  const previous = submits[1]?.payload as ReportEventPayloads["submit"] | undefined;
  const changes =
    latest?.data && previous?.data && isGovData(data)
      ? diffReportData(format, previous.data as GovReportData, latest.data as GovReportData)
      : null;
  const lastYear =
    context.lastYear && isGovData(context.lastYear.data)
      ? {
          format: getFormat(context.lastYear.formatId),
          data: context.lastYear.data,
          year: context.lastYear.year,
        }
      : null;

  return {
    user,
    filingUnit,
    year,
    format,
    report: {
      id: report.id,
      status,
      reviewOpenedAt: report.reviewOpenedAt,
      version: report.version,
      submittedAt: report.submittedAt,
      publishedAt: report.publishedAt,
      data,
    },
    findings,
    explanations: latest?.explanations ?? {},
    changes,
    lastYear,
    comments,
    events,
    publications,
    deadline: deadlineFor(
      kindOf(filingUnit.kind),
      yearDeadline(filingUnit.county, year, reportingYear),
      year,
    ),
    canReview,
    approvalPublishes: filingUnit.county.approvalPublishes,
    basePath: reviewPaths.report(filingUnit.county.code, filingUnit.code, year),
  };
}
