import type { Metadata } from "next";
import { DashboardBulkConfirm } from "@/components/review/dashboard-bulk-confirm";
import { PageHeading } from "@/components/ui/page-heading";
import { canReviewCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { requireCountyPage } from "@/lib/review/authorize-county-route";
import { parseDashboardQuery, type SearchParams } from "@/lib/review/dashboard-query";
import { loadBulkSelection } from "@/lib/review/load-bulk-selection";
import { reviewPaths } from "@/lib/urls/review-paths";
import { currentReportYear } from "@/lib/reporting/report-year";
import { bulkPublishAction } from "./actions";

export const metadata: Metadata = { title: "批量通过并公开" };

function listOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The confirmation step of bulk approve-and-publish: lists what will change before anything does. */
export default async function BulkConfirmPage({
  params,
  searchParams,
}: {
  params: Promise<{ county: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { county: code } = await params;
  const { county } = await requireCountyPage(code, canReviewCounty);
  const query = await searchParams;
  const candidates = await loadBulkSelection(db, { countyId: county.id, reportIds: listOf(query.report) });
  // Back to the dashboard's year and kind group the selection was made in.
  const { year, group } = parseDashboardQuery(query, currentReportYear(new Date()));
  const dashboardHref = reviewPaths.dashboardOf(county.code, year, group);

  return (
    <>
      <PageHeading caption={`审核 · ${county.name}`} title="批量通过并公开" />
      <DashboardBulkConfirm
        action={bulkPublishAction}
        countyCode={county.code}
        eligible={candidates.filter((c) => c.eligible)}
        ineligible={candidates.filter((c) => !c.eligible)}
        dashboardHref={dashboardHref}
      />
    </>
  );
}
