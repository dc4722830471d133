import Link from "next/link";
import type { PublishedReportSummary } from "@/lib/publications/public-report-types";
import { reportPath } from "@/lib/urls/public-paths";
import { reportTitle } from "@/lib/publications/report-title";
import { UNKNOWN_DATE_LABEL } from "@/lib/publications/china-date";

/** Published reports as a list of titles with their dates (search results, latest publications). */
export function ReportList({
  reports,
  headingLevel = "h3",
}: {
  reports: readonly PublishedReportSummary[];
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
      {reports.map((r) => {
        const href = reportPath({ county: r.county.code, filingUnit: r.filingUnit.code, year: r.year });
        return (
          <li key={href} className="p-4">
            <Heading className="font-medium">
              <Link prefetch={false} href={href} className="text-gov-600 underline">
                {reportTitle(r.filingUnit.organName, r.year)}
              </Link>
            </Heading>
            <p className="mt-1 text-sm text-slate-700">
              {r.county.name} ·{" "}
              {r.firstPublishedAt ? `公开于 ${r.firstPublishedAt}` : `公开日期${UNKNOWN_DATE_LABEL}`}
              {r.latestRevision > 1
                ? ` · 已更正（第${r.latestRevision}版，${r.latestPublishedAt ?? UNKNOWN_DATE_LABEL}）`
                : ""}
            </p>
            {r.snippet ? <p className="mt-1 text-sm text-slate-800">{r.snippet}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
