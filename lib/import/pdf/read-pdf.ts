import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { LayoutBlock, PageContent } from "./geometry";
import { layoutDocument } from "./layout-document";
import type { DateCandidate } from "../publication-date";
import { pdfMetadataDates } from "./pdf-date";
import { readPageContent } from "./read-page-content";

/** Pages read at most: an annual report has a handful; more is not a report (or is an attack). */
const MAX_PDF_PAGES = 100;
/** Text characters below which a PDF has no usable text layer (a scan with a stray page number). */
const MIN_TEXT_CHARS = 20;

export const PDF_MESSAGES = {
  noText: "需要文字版 PDF（此文件没有可读取的文字层）",
  encrypted: "该 PDF 文件已加密（设有打开密码），无法读取，请提供未加密的文件",
  corrupt: "无法读取该 PDF 文件（文件已损坏、不完整或不是 PDF）",
  tooManyPages: `PDF 超过 ${MAX_PDF_PAGES} 页，不像是一份年度报告，未导入`,
} as const;

export type PdfRead =
  | {
      ok: true;
      blocks: LayoutBlock[];
      /** Text printed at one place on every page (a watermark), set aside from the content. */
      marks: string[];
      pages: number;
      dates: DateCandidate[];
    }
  | { ok: false; message: string };

/** pdf.js's own folders of CMaps (Chinese fonts need them) and standard fonts: read from disk, never fetched. */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  return {
    cMapUrl: join(root, "cmaps") + "/",
    standardFontDataUrl: join(root, "standard_fonts") + "/",
    wasmUrl: join(root, "wasm") + "/",
  };
}

function errorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  return name === "PasswordException" ? PDF_MESSAGES.encrypted : PDF_MESSAGES.corrupt;
}

/**
 * A PDF's text with positions, read into paragraphs and tables. Scans
 * without a text layer, encrypted, broken and over-long files are refused
 * with a Chinese message.
 */
export async function readPdf(bytes: Uint8Array, maxPages = MAX_PDF_PAGES): Promise<PdfRead> {
  // Loaded on demand: only PDF files need it.
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    ...pdfjsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    return { ok: false, message: errorMessage(error) };
  }
  let pages: PageContent[];
  let info: Record<string, unknown>;
  try {
    if (doc.numPages > maxPages) return { ok: false, message: PDF_MESSAGES.tooManyPages };
    pages = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      pages.push(await readPageContent(page, pdfjs.OPS));
      page.cleanup();
    }
    info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  } finally {
    await doc.destroy();
  }
  const chars = pages.reduce(
    (sum, page) => sum + page.runs.reduce((s, run) => s + run.text.trim().length, 0),
    0,
  );
  if (chars < MIN_TEXT_CHARS) return { ok: false, message: PDF_MESSAGES.noText };
  return { ok: true, ...layoutDocument(pages), pages: pages.length, dates: pdfMetadataDates(info) };
}
