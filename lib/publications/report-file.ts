import "server-only";
import { buildReportDocx } from "./build-report-docx";
import { attachment, fileResponse, type FileKind } from "./file-responses";
import { reportPath, reportPrintPath } from "@/lib/urls/public-paths";
import type { PublicReport } from "./public-report-types";
import { getRenderedFile, putRenderedFile } from "./rendered-file-cache";
import { codesOf, toOpenDataReport } from "./report-open-data";
import { toReportCsv } from "./report-csv";
import { reportTitle } from "./report-title";
import { internalUrl, pdfRendererAvailable, renderPagePdf } from "./render-page-pdf";

function fileNames(report: PublicReport, extension: string): { ascii: string; title: string } {
  const suffix = report.revision === report.latestRevision ? "" : `-r${report.revision}`;
  return {
    ascii: `${report.county.code}-${report.filingUnit.code}-${report.year}${suffix}.${extension}`,
    title: `${reportTitle(report.filingUnit.organName, report.year)}${report.revision > 1 ? `（第${report.revision}版）` : ""}.${extension}`,
  };
}

/**
 * One published revision as JSON, CSV, Word or PDF. A PDF the server cannot
 * print (no Chromium, or it failed) becomes a redirect to the page's print
 * view, where the browser's own print dialog makes it.
 */
export async function reportFileResponse(report: PublicReport, kind: FileKind): Promise<Response> {
  const pinned = report.revision !== report.latestRevision;
  const names = (ext: string) => fileNames(report, ext);
  if (kind === "json") {
    return fileResponse("json", JSON.stringify(toOpenDataReport(report), null, 2), { pinned });
  }
  if (kind === "csv") {
    const { ascii, title } = names("csv");
    return fileResponse("csv", toReportCsv(report), { pinned, disposition: attachment(ascii, title) });
  }
  if (kind === "docx") {
    const { ascii, title } = names("docx");
    return fileResponse("docx", await buildReportDocx(report), {
      pinned,
      disposition: attachment(ascii, title),
    });
  }
  const page = reportPath(codesOf(report), pinned ? report.revision : undefined);
  const { ascii, title } = names("pdf");
  const key = `pdf:${report.reportId}:${report.revision}`;
  let pdf = getRenderedFile(key);
  if (!pdf && pdfRendererAvailable()) {
    try {
      pdf = await renderPagePdf(internalUrl(page));
      putRenderedFile(key, report.reportId, pdf);
    } catch (error) {
      console.error(`[pdf] ${page}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!pdf) {
    const printView = reportPrintPath(codesOf(report), pinned ? report.revision : undefined, true);
    return new Response(null, { status: 303, headers: { Location: printView, "Cache-Control": "no-store" } });
  }
  return fileResponse("pdf", pdf, { pinned, disposition: attachment(ascii, title) });
}
