import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintFallback } from "@/components/report/print-fallback";
import { loadReport, type ReportParams, type ReportSearchParams } from "../load-report";
import { ReportPageBody } from "../report-page-body";

export const metadata: Metadata = { title: "打印", robots: { index: false } };

/**
 * /reports/<county>/<filing unit>/<year>/print[?revision=N][&pdf=unavailable]:
 * where the report page's 打印 link leads (the cached page runs no script),
 * and where 下载PDF lands when the server cannot print with Chromium; the
 * browser's print dialog prints from the same print stylesheet.
 */
export default async function PrintReportPage({
  params,
  searchParams,
}: {
  params: ReportParams;
  searchParams: ReportSearchParams;
}) {
  const { county, second, third } = await params;
  const query = await searchParams;
  const report = await loadReport(county, second, third, query.revision);
  if (!report) notFound();
  return (
    <ReportPageBody
      report={report}
      notice={<PrintFallback reason={query.pdf === "unavailable" ? "pdf" : "print"} />}
    />
  );
}
