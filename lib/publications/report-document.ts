import type { ReportData } from "@/lib/format/report-data";
import type { FormatId } from "@/lib/format/types";
import { dateLabelOrUnknown } from "./china-date";
import type { PublicReport } from "./public-report-types";

/**
 * What the official layout needs of a report, published or not: the web page,
 * its print view, the PDF and the Word file are all drawn from this.
 */
export interface ReportDocument {
  organName: string;
  year: number;
  formatId: FormatId;
  data: ReportData;
  /** YYYY-MM-DD of the closing 落款; null when unknown (an imported report without a date: 日期不详). */
  signedOn: string | null;
  /** A line under the 落款 (a correction's revision note). */
  closingNote?: string;
  /** Printed on every page of a report that is not public, e.g. 草稿（未公开）. */
  mark?: string;
}

/** A published revision as a document: signed on the day that revision was published. */
export function publicReportDocument(report: PublicReport): ReportDocument {
  const shown = report.revisions.find((r) => r.revision === report.revision);
  const signedOn = shown?.publishedAt ?? report.firstPublishedAt;
  return {
    organName: report.filingUnit.organName,
    year: report.year,
    formatId: report.formatId,
    data: report.data,
    signedOn,
    closingNote:
      report.revision > 1
        ? `（本报告于${dateLabelOrUnknown(report.firstPublishedAt)}首次公开，此为第${report.revision}版，${dateLabelOrUnknown(signedOn)}更正。）`
        : undefined,
  };
}
