import { decodeText, looksLikeHtml, sourceKindOf } from "./decode-upload";
import { importText, type ImportOptions } from "./import-report";
import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "./import-limits";
import type { ReportSource, SourceRead } from "./report-source";
import type { ImportIssue, ImportResult } from "./types";
import { decodeInWorker } from "./worker/decode-in-worker";

export { decodeText, sourceKindOf, type ReportSource, type SourceRead };

/**
 * Decodes a .txt, .html, .docx or .pdf file; says in Chinese why when it
 * cannot. Parsing runs in the import worker, off the calling thread, with
 * limits on time and memory (decode-in-worker.ts).
 */
export async function readSourceFile(name: string, bytes: Uint8Array): Promise<SourceRead> {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: TOO_LARGE_MESSAGE };
  return decodeInWorker(name, bytes);
}

// Words a working copy is marked with; a report so marked was not what the county published.
const UNPUBLISHED_MARK = /草稿|未公开|征求意见|送审|样稿|试印|工作稿/;

/** A watermark set aside from a PDF's content, said to the admin; a draft's mark also says what it means. */
function pageMarkIssue(marks: readonly string[]): ImportIssue {
  const text = marks.join(" ");
  const draft = UNPUBLISHED_MARK.test(text)
    ? "；带此类字样的多是未公开的工作稿，请确认导入的是已公开的报告"
    : "";
  return {
    kind: "page-mark",
    cells: [],
    raw: text,
    message: `每页同一位置印有“${text}”（水印或印章文字），未作为报告内容读取${draft}`,
  };
}

/** Text pasted into the form: HTML when it looks like markup (copied page source), else plain text. */
export function pastedSource(text: string, name = "粘贴的文本"): ReportSource {
  return { kind: looksLikeHtml(text) ? "html" : "text", content: text, name };
}

export async function importSource(source: ReportSource, options: ImportOptions = {}): Promise<ImportResult> {
  // Dates the file itself gives (a PDF's metadata) are weighed with those found in the text.
  const withFileDates: ImportOptions = {
    ...options,
    dateCandidates: [...(options.dateCandidates ?? []), ...(source.dateCandidates ?? [])],
  };
  if (source.kind === "text") return importText(source.content, withFileDates);
  // Loaded on demand, like mammoth: plain-text imports never parse HTML.
  const { importHtml } = await import("./import-html");
  const result = await importHtml(source.content, withFileDates);
  return result.ok && source.marks
    ? { ...result, issues: [...result.issues, pageMarkIssue(source.marks)] }
    : result;
}

/**
 * A .txt, .html, .docx or .pdf file to a structured report: the one entry
 * point for every file import (the admin page, the CLI, archives).
 */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const read = await readSourceFile(name, bytes);
  return read.ok ? importSource(read.source) : read;
}
