const LINK = "rounded border border-gov-600 bg-white px-3 py-1 text-sm text-gov-700 hover:bg-gov-50";

/**
 * The way to a printed copy at every stage: the working copy in the official
 * layout, as a page and as files, marked with its state until published.
 */
export function PreviewLinks({ previewPath }: { previewPath: string }) {
  return (
    <nav aria-label="预览与打印" className="flex flex-wrap items-center gap-2">
      <a href={previewPath} className={LINK}>
        预览
      </a>
      <a href={`${previewPath}/download/pdf`} className={LINK}>
        下载PDF
      </a>
      <a href={`${previewPath}/download/docx`} className={LINK}>
        下载Word
      </a>
    </nav>
  );
}
