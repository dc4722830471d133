import { notFound } from "next/navigation";
import { PublicBreadcrumbs } from "@/components/report/public-breadcrumbs";
import { ReportList } from "@/components/report/report-list";
import { PageHeading } from "@/components/ui/page-heading";
import { getPublishedReports } from "@/lib/publications/cached-public-data";
import { kindLabel } from "@/lib/places/filing-unit-kinds";
import { findFilingUnit } from "@/lib/publications/find-public-places";
import { RETIRED_LABEL } from "@/lib/publications/kind-groups";
import { countyPath } from "@/lib/urls/public-paths";

/** /reports/<county>/<filing unit>: a filing unit's published reports, newest first. */
export async function FilingUnitReportsPage({ county, filingUnit }: { county: string; filingUnit: string }) {
  const place = await findFilingUnit(county, filingUnit);
  if (!place) notFound();
  const reports = await getPublishedReports({ county, filingUnit });
  return (
    <>
      <PublicBreadcrumbs
        items={[
          { href: "/reports", label: "公开报告" },
          { href: countyPath(place.county.code), label: place.county.name },
        ]}
      />
      <PageHeading
        caption={[place.county.name, kindLabel(place.kind), place.retired ? RETIRED_LABEL : null]
          .filter(Boolean)
          .join(" · ")}
        title={`${place.organName} · 政府信息公开工作年度报告`}
      />
      {reports.length === 0 ? <p>暂无已公开的报告。</p> : <ReportList reports={reports} headingLevel="h2" />}
    </>
  );
}
