import type { Metadata } from "next";
import { kindOf } from "@/lib/places/filing-unit-kinds";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { StatusTag } from "@/components/ui/status-tag";
import { ensure, requireUser } from "@/lib/authz/guards";
import { canFillFilingUnit } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { findFilingUnitByCodes } from "@/lib/places/find-places";
import { chinaDate } from "@/lib/publications/china-date";
import { currentReportYear, deadlineLabel, isoDate } from "@/lib/reporting/report-year";
import { deadlineFor, yearDeadline } from "@/lib/reporting/year-deadline";
import { reportStatusSchema } from "@/lib/workflow/status";
import { ColumnHeadings } from "@/components/ui/column-headings";
import { fillPaths } from "@/lib/urls/fill-paths";

export const metadata: Metadata = { title: "填报" };

export default async function FilingUnitFillHome({
  params,
}: {
  params: Promise<{ county: string; filingUnit: string }>;
}) {
  const { county, filingUnit: filingUnitCode } = await params;
  const user = await requireUser({ roles: ["clerk"] });
  const filingUnit = await findFilingUnitByCodes(county, filingUnitCode);
  if (!filingUnit) notFound();
  ensure(canFillFilingUnit(user, filingUnit));

  const now = new Date();
  const year = currentReportYear(now);
  const reportingYear = await db.reportingYear.findUnique({
    where: { countyId_year: { countyId: filingUnit.countyId, year } },
  });
  const deadline = deadlineFor(
    kindOf(filingUnit.kind),
    yearDeadline(filingUnit.county, year, reportingYear),
    year,
  );
  const reports = await db.report.findMany({
    where: { filingUnitId: filingUnit.id },
    orderBy: { year: "desc" },
    select: { id: true, year: true, status: true, formatId: true, updatedAt: true },
  });
  const current = reports.find((r) => r.year === year);

  return (
    <>
      <PageHeading caption={filingUnit.county.name} title={`${filingUnit.name} · 年度报告填报`}>
        <p className="mt-1 text-slate-700">{filingUnit.organName}</p>
      </PageHeading>
      <section aria-labelledby="current-year" className="rounded border border-slate-200 bg-white p-5">
        <h2 id="current-year" className="text-lg font-semibold">
          {year}年度政府信息公开工作年度报告
        </h2>
        <dl className="mt-3 grid grid-cols-[8em_1fr] gap-y-2">
          <dt className="text-slate-600">状态</dt>
          <dd>
            <StatusTag status={current ? reportStatusSchema.parse(current.status) : "not_started"} />
          </dd>
          <dt className="text-slate-600">公开截止日期</dt>
          <dd>
            {deadline}（{deadlineLabel(deadline, isoDate(now))}）
          </dd>
        </dl>
        {!current && filingUnit.retiredAt ? (
          <p className="mt-4 font-medium text-slate-700" data-testid="retired-unit">
            本单位已于{chinaDate(filingUnit.retiredAt)}停用，不再填报新的年度报告；历年报告仍可查看。
          </p>
        ) : (
          <Link
            href={fillPaths.report(filingUnit.county.code, filingUnit.code, year)}
            className="mt-4 inline-block rounded bg-gov-600 px-5 py-2 font-medium text-white hover:bg-gov-700"
          >
            {current ? `继续填写${year}年度报告` : `开始填写${year}年度报告`}
          </Link>
        )}
      </section>
      <section aria-labelledby="history" className="mt-6">
        <h2 id="history" className="text-lg font-semibold">
          历年报告
        </h2>
        {reports.length === 0 ? (
          <p className="mt-2 text-slate-700">本单位尚无年度报告记录。</p>
        ) : (
          <table className="mt-2 w-full border-collapse bg-white text-left">
            <caption className="sr-only">历年报告</caption>
            <ColumnHeadings labels={["年度", "状态", "最后修改"]} />
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <Link
                      className="text-gov-700 underline"
                      href={fillPaths.report(filingUnit.county.code, filingUnit.code, r.year)}
                    >
                      {r.year}年
                    </Link>
                  </th>
                  <td className="p-2">
                    <StatusTag status={reportStatusSchema.parse(r.status)} />
                  </td>
                  <td className="p-2">{isoDate(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
