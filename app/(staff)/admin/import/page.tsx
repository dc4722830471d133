import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/import/import-form";
import { ImportedBadge } from "@/components/import/imported-badge";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/authz/guards";
import { canAdministerCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { DATE_SOURCE_LABELS, isDateSource } from "@/lib/import/publication-date";
import { chinaDate, UNKNOWN_DATE_LABEL } from "@/lib/publications/china-date";
import { ColumnHeadings } from "@/components/ui/column-headings";

export const metadata: Metadata = { title: "导入历史报告" };

const LISTED_IMPORTS = 200;

export default async function ImportPage() {
  const admin = await requireUser({ roles: ["admin"] });
  const counties = (
    await db.county.findMany({
      orderBy: { code: "asc" },
      include: { filingUnits: { orderBy: { code: "asc" } } },
    })
  ).filter((county) => canAdministerCounty(admin, county.id));
  const filingUnits = counties.flatMap((county) =>
    county.filingUnits.map((filingUnit) => ({
      value: filingUnit.id,
      label: `${county.name} · ${filingUnit.name}`,
    })),
  );
  const imports = await db.publication.findMany({
    where: { source: "import", report: { filingUnit: { countyId: { in: counties.map((c) => c.id) } } } },
    orderBy: [{ report: { year: "desc" } }, { recordedAt: "desc" }],
    take: LISTED_IMPORTS,
    include: { report: { include: { filingUnit: { include: { county: true } } } } },
  });

  return (
    <>
      <PageHeading caption="管理" title="导入历史报告">
        <p className="mt-2 max-w-3xl text-slate-700">
          把已经在网站上公开、或以 Word
          文件保存的往年年度报告导入系统：报告格式按表格栏目识别（不按年份推定），
          每个数字都取自原文，读不出的单元格按空白导入并列出原文。导入的报告标记为“历史导入”，作为该单位该年度已公开的报告。
        </p>
        <p className="mt-2">
          一次导入一个县区的许多文件或一个 .zip 压缩包：
          <Link href="/admin/import/archive" className="text-gov-600 underline">
            批量导入
          </Link>
        </p>
      </PageHeading>

      <ImportForm filingUnits={filingUnits} />

      <section
        aria-labelledby="imported-heading"
        className="mt-8 rounded border border-slate-200 bg-white p-5"
      >
        <h2 id="imported-heading" className="text-lg font-semibold">
          已导入的历史报告
        </h2>
        {imports.length === 0 ? (
          <p className="mt-2 text-slate-600">还没有导入的报告。</p>
        ) : (
          <table className="mt-3 w-full border-collapse text-left">
            <caption className="sr-only">已导入的历史报告</caption>
            <ColumnHeadings labels={["填报单位", "年度", "格式", "公开日期", "标记"]} />
            <tbody>
              {imports.map((p) => (
                <tr key={p.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-normal">
                    {p.report.filingUnit.county.name} · {p.report.filingUnit.name}
                  </th>
                  <td className="p-2">{p.report.year}</td>
                  <td className="p-2">{p.formatId}</td>
                  <td className="p-2">
                    {p.publishedAt ? chinaDate(p.publishedAt) : UNKNOWN_DATE_LABEL}
                    {isDateSource(p.publishedAtSource) ? (
                      <span className="block text-sm text-slate-600">
                        {DATE_SOURCE_LABELS[p.publishedAtSource]}
                      </span>
                    ) : null}
                  </td>
                  <td className="p-2">
                    <ImportedBadge sourceNote={p.sourceNote} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
