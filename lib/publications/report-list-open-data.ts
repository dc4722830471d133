import { openDataFilingUnit, reportUrls } from "./report-open-data";
import type { PublishedReportSummary } from "./public-report-types";
import { reportTitle } from "./report-title";

const REPORT_LIST_SCHEMA = "nianbao.report-list/2";

/** `/reports.json`: every published report (latest revision) with its URLs. */
export function toReportListJson(reports: readonly PublishedReportSummary[]) {
  return {
    schema: REPORT_LIST_SCHEMA,
    count: reports.length,
    reports: reports.map((r) => ({
      title: reportTitle(r.filingUnit.organName, r.year),
      organ: r.filingUnit.organName,
      county: r.county,
      filingUnit: openDataFilingUnit(r.filingUnit),
      year: r.year,
      formatId: r.formatId,
      publishedAt: r.firstPublishedAt,
      latestRevision: r.latestRevision,
      latestPublishedAt: r.latestPublishedAt,
      urls: reportUrls({ county: r.county.code, filingUnit: r.filingUnit.code, year: r.year }),
    })),
  };
}
