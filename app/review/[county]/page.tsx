import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { StatusTag } from "@/components/ui/status-tag";
import { ensure, requireUser } from "@/lib/authz/guards";
import { canReadCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { currentReportYear, deadlineLabel, deadlineOf, isoDate } from "@/lib/reporting/report-year";
import { reportStatusSchema } from "@/lib/workflow/status";

export const metadata: Metadata = { title: "审核" };

export default async function CountyDashboard({ params }: { params: Promise<{ county: string }> }) {
  const { county: code } = await params;
  const user = await requireUser({ roles: ["reviewer", "admin"] });
  const county = await db.county.findUnique({ where: { code } });
  if (!county) notFound();
  ensure(canReadCounty(user, county.id));

  const now = new Date();
  const year = currentReportYear(now);
  const deadline = deadlineOf(year, county.defaultDeadline);
  const townships = await db.township.findMany({
    where: { countyId: county.id },
    orderBy: { code: "asc" },
    include: { reports: { where: { year }, select: { status: true, updatedAt: true } } },
  });

  return (
    <>
      <PageHeading caption="审核" title={`${county.name} · ${year}年度报告`}>
        <p className="mt-1 text-slate-700">
          公开截止日期 {deadline}（{deadlineLabel(deadline, isoDate(now))}）
        </p>
      </PageHeading>
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">{county.name}各乡镇{year}年度报告状态</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">乡镇</th>
            <th scope="col" className="p-2">状态</th>
            <th scope="col" className="p-2">最后修改</th>
          </tr>
        </thead>
        <tbody>
          {townships.map((t) => {
            const report = t.reports[0];
            return (
              <tr key={t.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-normal">{t.name}</th>
                <td className="p-2">
                  <StatusTag status={report ? reportStatusSchema.parse(report.status) : "not_started"} />
                </td>
                <td className="p-2">{report ? isoDate(report.updatedAt) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
