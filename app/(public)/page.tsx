import Link from "next/link";
import { connection } from "next/server";
import { ReportList } from "@/components/report/report-list";
import { PageHeading } from "@/components/ui/page-heading";
import { getPublishedReports } from "@/lib/publications/cached-public-data";
import { listPublicPlaces } from "@/lib/publications/find-public-places";
import { groupByKind, RETIRED_LABEL } from "@/lib/publications/kind-groups";
import { countyPath, countyYearPath } from "@/lib/urls/public-paths";

const LATEST = 10;

/** The public home: search, the counties, and the latest publications. */
export default async function PublicHome() {
  // Rendered per request (never at build time, when there may be no database).
  await connection();
  const [counties, reports] = await Promise.all([listPublicPlaces(), getPublishedReports()]);
  // Reports cover a calendar year and fall due early the next: last calendar year's set is the one to watch.
  const lastYear = new Date().getFullYear() - 1;
  return (
    <>
      <PageHeading title="政府信息公开工作年度报告">
        <p className="mt-2 max-w-3xl text-slate-700">
          各乡镇（街道）、县直部门和县人民政府依照《中华人民共和国政府信息公开条例》每年公开上一年度的政府信息公开工作年度报告。
          本站按国务院办公厅统一格式展示已公开的报告，可打印，可下载数据。
        </p>
      </PageHeading>
      <form
        action="/reports"
        method="get"
        role="search"
        aria-label="检索年度报告"
        className="mb-8 flex max-w-2xl gap-2"
      >
        <label htmlFor="home-q" className="sr-only">
          关键词
        </label>
        <input
          id="home-q"
          type="search"
          name="q"
          placeholder="输入机关名称或报告中的词，如“信息处理费”"
          className="flex-1 rounded border border-slate-500 bg-white px-3 py-2"
        />
        <button
          type="submit"
          className="rounded bg-gov-600 px-5 py-2 font-medium text-white hover:bg-gov-700"
        >
          检索
        </button>
      </form>
      <section aria-labelledby="counties" className="mb-8">
        <h2 id="counties" className="text-lg font-semibold">
          县区与填报单位
        </h2>
        {counties.length === 0 ? (
          <p className="mt-2">暂无县区。</p>
        ) : (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {counties.map((c) => (
              <li key={c.code} className="rounded border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">
                  <Link prefetch={false} href={countyPath(c.code)} className="text-gov-600 underline">
                    {c.name}
                  </Link>
                </h3>
                <dl className="mt-1 text-sm text-slate-700">
                  {groupByKind(c.filingUnits, (u) => u).map((section) => (
                    <div key={section.group} className="mt-1">
                      <dt className="inline font-medium">{section.label}：</dt>
                      <dd className="inline">
                        {section.items
                          .map((u) => (u.retired ? `${u.name}（${RETIRED_LABEL}）` : u.name))
                          .join("、")}
                      </dd>
                    </div>
                  ))}
                </dl>
                <p className="mt-2 text-sm">
                  <Link
                    prefetch={false}
                    href={countyYearPath(c.code, lastYear)}
                    className="text-gov-600 underline"
                  >
                    {lastYear}年度报告公开情况
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest" className="mb-3 text-lg font-semibold">
          最新公开
        </h2>
        {reports.length === 0 ? <p>暂无已公开的报告。</p> : <ReportList reports={reports.slice(0, LATEST)} />}
        <p className="mt-3">
          <Link prefetch={false} href="/reports" className="text-gov-600 underline">
            查看全部已公开的报告
          </Link>
        </p>
      </section>
    </>
  );
}
