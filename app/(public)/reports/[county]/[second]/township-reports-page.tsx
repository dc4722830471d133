import { notFound } from "next/navigation";
import { PublicBreadcrumbs } from "@/components/report/public-breadcrumbs";
import { ReportList } from "@/components/report/report-list";
import { PageHeading } from "@/components/ui/page-heading";
import { getPublishedReports } from "@/lib/publications/cached-public-data";
import { findTownship } from "@/lib/publications/find-public-places";
import { countyPath } from "@/lib/publications/public-paths";

/** /reports/<county>/<township>: a township's published reports, newest first. */
export async function TownshipReportsPage({ county, township }: { county: string; township: string }) {
  const place = await findTownship(county, township);
  if (!place) notFound();
  const reports = await getPublishedReports({ county, township });
  return (
    <>
      <PublicBreadcrumbs
        items={[
          { href: "/reports", label: "公开报告" },
          { href: countyPath(place.county.code), label: place.county.name },
        ]}
      />
      <PageHeading caption={place.county.name} title={`${place.organName} · 政府信息公开工作年度报告`} />
      {reports.length === 0 ? <p>暂无已公开的报告。</p> : <ReportList reports={reports} headingLevel="h2" />}
    </>
  );
}
