import { YesNoField } from "@/components/admin/yes-no-field";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { TextField } from "@/components/form/text-field";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/authz/guards";
import { canAdministerCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { reviewPaths } from "@/lib/urls/review-paths";
import { chinaDate } from "@/lib/publications/china-date";
import { currentReportYear, deadlineOf } from "@/lib/reporting/report-year";
import { openReportingYearAction, updateCountySettingsAction } from "./actions";
import { ColumnHeadings } from "@/components/ui/column-headings";

export const metadata: Metadata = { title: "报告年度与公开设置" };

const section = "mt-6 rounded border border-slate-200 bg-white p-5";

/** A county admin opens reporting years (with their deadlines) and sets the publish mode. */
export default async function ReportingYearsPage({
  searchParams,
}: {
  searchParams: Promise<{ county?: string | string[] }>;
}) {
  const admin = await requireUser({ roles: ["admin"] });
  const wanted = (await searchParams).county;
  const only = typeof wanted === "string" ? wanted : undefined;
  const counties = (
    await db.county.findMany({
      where: only ? { code: only } : {},
      orderBy: { code: "asc" },
      include: { reportingYears: { orderBy: { year: "desc" } } },
    })
  ).filter((c) => canAdministerCounty(admin, c.id));
  const year = currentReportYear(new Date());

  return (
    <>
      <PageHeading caption="管理" title="报告年度与公开设置">
        <p className="mt-1 text-slate-700">
          开启报告年度后，本县每个单位在审核进度表中都有该年度的一行；截止日期默认为次年的默认截止日期，可逐年修改。
        </p>
      </PageHeading>
      {counties.length === 0 ? <p>没有可管理的县区。</p> : null}
      {counties.map((c) => (
        <section key={c.id} aria-labelledby={`county-${c.code}`} className={section}>
          <h2 id={`county-${c.code}`} className="text-lg font-semibold">
            {c.name}
            <Link
              href={reviewPaths.dashboard(c.code)}
              className="ml-3 text-base font-normal text-gov-700 underline"
            >
              审核进度
            </Link>
          </h2>
          <table className="mt-3 w-full max-w-xl border-collapse text-left">
            <caption className="text-left font-medium">已开启的报告年度</caption>
            <ColumnHeadings labels={["年度", "公开截止日期", "开启日期"]} />
            <tbody>
              {c.reportingYears.length === 0 ? (
                <tr>
                  <td colSpan={3} className="p-2 text-slate-700">
                    尚未开启任何年度
                  </td>
                </tr>
              ) : (
                c.reportingYears.map((y) => (
                  <tr key={y.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {y.year}年度
                    </th>
                    <td className="p-2">{y.deadline}</td>
                    <td className="p-2">{chinaDate(y.openedAt)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          <div className="mt-6 grid gap-8 md:grid-cols-2">
            <ActionForm action={openReportingYearAction} submitLabel="开启或修改年度" className="space-y-3">
              <h3 className="font-semibold">开启报告年度</h3>
              <input type="hidden" name="countyId" value={c.id} />
              <TextField
                id={`year-${c.code}`}
                name="year"
                label="报告年度"
                inputMode="numeric"
                defaultValue={String(year)}
              />
              <TextField
                id={`deadline-${c.code}`}
                name="deadline"
                type="date"
                label="公开截止日期（可不填）"
                hint={`不填则按默认设置，例如 ${year}年度为 ${deadlineOf(year, c.defaultDeadline)}；已开启的年度填写后即修改其截止日期`}
              />
            </ActionForm>
            <ActionForm action={updateCountySettingsAction} submitLabel="保存设置" className="space-y-3">
              <h3 className="font-semibold">公开设置</h3>
              <input type="hidden" name="countyId" value={c.id} />
              <TextField
                id={`default-deadline-${c.code}`}
                name="defaultDeadline"
                label="默认公开截止日期（次年 月-日）"
                defaultValue={c.defaultDeadline}
                hint="例如 01-31；只影响此后开启的年度"
              />
              <YesNoField
                id={`approval-publishes-${c.code}`}
                name="approvalPublishes"
                legend="审核通过后"
                no="另行公开（先通过，再公开）"
                yes="审核通过即公开"
                value={c.approvalPublishes}
              />
              <YesNoField
                id={`block-early-${c.code}`}
                name="blockEarlySubmission"
                legend="报告年度结束（12月31日）前提交"
                no="允许，填报人须说明原因（警告）"
                yes="不允许提交（错误）"
                value={c.blockEarlySubmission}
              />
            </ActionForm>
          </div>
        </section>
      ))}
    </>
  );
}
