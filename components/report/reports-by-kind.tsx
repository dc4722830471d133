import Link from "next/link";
import { UNKNOWN_DATE_LABEL } from "@/lib/publications/china-date";
import { groupByKind, RETIRED_LABEL } from "@/lib/publications/kind-groups";
import { filingUnitPath, reportPath } from "@/lib/urls/public-paths";
import type { PublicPlaceUnit, PublishedReportSummary } from "@/lib/publications/public-report-types";

/** Said discreetly after a retired unit's name. */
export function RetiredMark({ retired }: { retired: boolean }) {
  return retired ? (
    <span className="ml-2 text-sm font-normal text-slate-600">（{RETIRED_LABEL}）</span>
  ) : null;
}

/**
 * A county's filing units and their published reports, as county portals
 * list them: 本级政府年报, 乡镇（街道）年报, 部门年报 (groups without units left
 * out), each unit with its reports, newest year first.
 */
export function ReportsByKind({
  county,
  units,
  reports,
}: {
  county: string;
  units: readonly PublicPlaceUnit[];
  reports: readonly PublishedReportSummary[];
}) {
  const sections = groupByKind(units, (u) => u);
  if (sections.length === 0) return <p className="mb-8">暂无填报单位。</p>;
  return sections.map((section) => (
    <section key={section.group} aria-labelledby={`group-${section.group}`} className="mb-8">
      <h2 id={`group-${section.group}`} className="mb-2 text-lg font-semibold">
        {section.heading}
      </h2>
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        {section.items.map((unit) => {
          const own = reports.filter((r) => r.filingUnit.code === unit.code).sort((a, b) => b.year - a.year);
          return (
            <li key={unit.code} className="p-4" data-filing-unit={unit.code}>
              <h3 className="font-medium">
                <Link
                  prefetch={false}
                  href={filingUnitPath(county, unit.code)}
                  className="text-gov-600 underline"
                >
                  {unit.name}
                </Link>
                <RetiredMark retired={unit.retired} />
              </h3>
              {own.length === 0 ? (
                <p className="mt-1 text-sm text-slate-700">暂无已公开的报告。</p>
              ) : (
                <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
                  {own.map((r) => (
                    <li key={r.year}>
                      <Link
                        prefetch={false}
                        href={reportPath({ county, filingUnit: unit.code, year: r.year })}
                        className="text-gov-600 underline"
                      >
                        <span className="sr-only">{unit.name}</span>
                        {r.year}年度报告
                      </Link>
                      <span className="ml-1 text-sm text-slate-700">
                        （
                        {r.firstPublishedAt
                          ? `公开于 ${r.firstPublishedAt}`
                          : `公开日期${UNKNOWN_DATE_LABEL}`}
                        {r.latestRevision > 1 ? "，已更正" : ""}）
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  ));
}
