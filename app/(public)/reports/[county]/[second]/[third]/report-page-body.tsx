import Link from "next/link";
import type { ReactNode } from "react";
import { CorrectionHistory } from "@/components/report/correction-history";
import { DataCheckBox } from "@/components/report/data-check-box";
import { PublicBreadcrumbs } from "@/components/report/public-breadcrumbs";
import { PublishedReportView } from "@/components/report/published-report-view";
import { ReportDownloads } from "@/components/report/report-downloads";
import { ReportFacts } from "@/components/report/report-facts";
import { UNKNOWN_DATE_LABEL } from "@/lib/publications/china-date";
import type { PublicReport } from "@/lib/publications/public-report-types";
import {
  countyPath,
  countyYearPath,
  reportPath,
  reportPrintPath,
  filingUnitPath,
} from "@/lib/urls/public-paths";
import { codesOf, reportUrls } from "@/lib/publications/report-open-data";

/**
 * The report page's content, shared by the page and its print view (which
 * adds the print-dialog fallback, the only client code of the public site).
 */
export function ReportPageBody({ report, notice }: { report: PublicReport; notice?: ReactNode }) {
  const codes = codesOf(report);
  const latest = report.revision === report.latestRevision;
  const shown = report.revisions.find((r) => r.revision === report.revision);
  const revisionPublishedAt = shown?.publishedAt ?? report.firstPublishedAt;
  const hrefOf = (revision: number) =>
    reportPath(codes, revision === report.latestRevision ? undefined : revision);
  return (
    <>
      <PublicBreadcrumbs
        items={[
          { href: "/reports", label: "公开报告" },
          { href: countyPath(report.county.code), label: report.county.name },
          { href: countyYearPath(report.county.code, report.year), label: `${report.year}年度` },
          { href: filingUnitPath(report.county.code, report.filingUnit.code), label: report.filingUnit.name },
        ]}
      />
      {notice}
      {latest ? null : (
        <p role="note" className="no-print mb-4 rounded border border-amber-300 bg-amber-50 p-3">
          您正在查看第{report.revision}版（{revisionPublishedAt ?? UNKNOWN_DATE_LABEL}
          公开），此报告已于其后更正。
          <Link prefetch={false} href={reportPath(codes)} className="ml-1 text-gov-600 underline">
            查看最新版本（第{report.latestRevision}版）
          </Link>
        </p>
      )}
      <PublishedReportView
        organName={report.filingUnit.organName}
        year={report.year}
        formatId={report.formatId}
        data={report.data}
        signedOn={revisionPublishedAt}
      >
        <ReportFacts report={report} />
        <ReportDownloads
          urls={reportUrls(codes, latest ? undefined : report.revision)}
          printPath={reportPrintPath(codes, latest ? undefined : report.revision)}
        />
      </PublishedReportView>
      <div className="no-print mx-auto max-w-4xl">
        <DataCheckBox findings={report.findings} publishedAt={revisionPublishedAt} />
        <CorrectionHistory revisions={report.revisions} shown={report.revision} hrefOf={hrefOf} />
      </div>
    </>
  );
}
