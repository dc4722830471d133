import type { OpenDataReport } from "@/lib/publications/report-open-data";

const LINK = "rounded border border-gov-600 px-3 py-1.5 text-gov-700 hover:bg-gov-50";

/**
 * Print and downloads of the revision shown. Plain links, so they work
 * without JavaScript; the PDF falls back to the print view when the server
 * cannot run Chromium.
 */
export function ReportDownloads({ urls, printPath }: { urls: OpenDataReport["urls"]; printPath: string }) {
  return (
    <nav aria-label="下载与数据" className="no-print mt-4 flex flex-wrap gap-2 text-sm">
      {/* A link, not a script: the cached page runs none; the print view opens the dialog. */}
      <a href={printPath} className={LINK} rel="nofollow">
        打印
      </a>
      <a href={urls.pdf} className={LINK}>
        下载PDF
      </a>
      <a href={urls.docx} className={LINK}>
        下载Word
      </a>
      <a href={urls.json} className={LINK}>
        数据（JSON）
      </a>
      <a href={urls.csv} className={LINK}>
        数据（CSV）
      </a>
    </nav>
  );
}
