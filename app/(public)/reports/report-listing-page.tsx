import Link from "next/link";
import { ReportList } from "@/components/report/report-list";
import { ReportSearchForm } from "@/components/report/report-search-form";
import { PageHeading } from "@/components/ui/page-heading";
import { getPublishedReports, getPublishedYears } from "@/lib/publications/cached-public-data";
import { listPublicPlaces } from "@/lib/publications/find-public-places";
import type { ReportFilters } from "@/lib/publications/list-published-reports";
import { UNIT_PARAM } from "@/lib/urls/public-paths";

const PAGE_SIZE = 20;

/**
 * The list of published reports, one page of it: the body of /reports, both
 * as a search rendered per request and as the unfiltered list served from
 * the page cache (app/(public)/reports-index).
 */
export async function ReportListingPage({ filters, page: asked }: { filters: ReportFilters; page: number }) {
  const [places, reports, years] = await Promise.all([
    listPublicPlaces(),
    getPublishedReports(filters),
    getPublishedYears(filters.year),
  ]);
  const pageCount = Math.max(1, Math.ceil(reports.length / PAGE_SIZE));
  const page = Math.min(pageCount, Math.max(1, asked));
  const shown = reports.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const pageHref = (n: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters))
      if (value !== undefined) query.set(key === "filingUnit" ? UNIT_PARAM : key, String(value));
    query.set("page", String(n));
    return `/reports?${query.toString()}`;
  };
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <>
      <PageHeading title="公开报告">
        <p className="mt-1 text-slate-700">
          已公开的乡镇（街道）、县直部门和县人民政府的政府信息公开工作年度报告，可按县区、单位、年度筛选或按关键词检索。
        </p>
      </PageHeading>
      <ReportSearchForm places={places} years={years} values={filters} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="mb-3 text-lg font-semibold" aria-live="polite">
          {filtered ? `找到 ${reports.length} 份报告` : `共 ${reports.length} 份已公开的报告`}
          {pageCount > 1 ? `（第${page}页，共${pageCount}页）` : ""}
        </h2>
        {shown.length === 0 ? <p>没有符合条件的已公开报告。</p> : <ReportList reports={shown} />}
        {pageCount > 1 ? (
          <nav aria-label="分页" className="mt-4 flex gap-3">
            {page > 1 ? (
              <Link prefetch={false} href={pageHref(page - 1)} className="text-gov-600 underline">
                上一页
              </Link>
            ) : null}
            {page < pageCount ? (
              <Link prefetch={false} href={pageHref(page + 1)} className="text-gov-600 underline">
                下一页
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      <p className="mt-6 text-sm text-slate-700">
        开放数据：
        <a href="/reports.json" className="text-gov-600 underline">
          全部已公开报告清单（JSON）
        </a>
      </p>
    </>
  );
}
