import { authorizeApi, jsonError } from "@/lib/authz/guards";
import { buildDocumentDocx } from "@/lib/publications/build-report-docx";
import { attachment, fileResponse } from "@/lib/publications/file-responses";
import { internalUrl, pdfRendererAvailable, renderPagePdf } from "@/lib/publications/render-page-pdf";
import { reportTitle } from "@/lib/publications/report-title";
import { loadReportPreview } from "@/lib/reports/load-report-preview";
import { previewPath } from "@/lib/urls/fill-paths";

/**
 * /preview/<county>/<filing unit>/<year>/download/{pdf,docx}: the working copy
 * as a file, marked with its state on every page. The PDF is the preview page
 * printed by the server's Chromium as the requesting user; without Chromium
 * the preview page (with its 打印 button) is the way to a PDF.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ county: string; filingUnit: string; year: string; kind: string }> },
) {
  const auth = await authorizeApi();
  if (!auth.ok) return auth.response;
  const { kind, ...codes } = await params;
  if (kind !== "pdf" && kind !== "docx") return jsonError(404, "没有这种文件");
  const preview = await loadReportPreview(auth.user, codes, new Date());
  if (preview === "forbidden") return jsonError(403, "无权访问此报告");
  if (!preview) return jsonError(404, "报告不存在");
  const { document: doc } = preview;
  const name = `${reportTitle(doc.organName, doc.year)}${doc.mark ? `（${doc.mark}）` : ""}.${kind}`;
  const ascii = `${preview.codes.county}-${preview.codes.filingUnit}-${doc.year}-preview.${kind}`;
  const file = { pinned: false, disposition: attachment(ascii, name) };
  if (kind === "docx") return noStore(fileResponse("docx", await buildDocumentDocx(doc), file));
  const page = previewPath(preview.codes);
  if (pdfRendererAvailable()) {
    try {
      const pdf = await renderPagePdf(internalUrl(page), request.headers.get("cookie") ?? undefined);
      return noStore(fileResponse("pdf", pdf, file));
    } catch (error) {
      console.error(`[pdf] ${page}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return new Response(null, { status: 303, headers: { Location: page, "Cache-Control": "no-store" } });
}

/** A working copy changes with every save: never kept by a browser or a proxy. */
function noStore(response: Response): Response {
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}
