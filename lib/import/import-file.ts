import { decodeText, looksLikeHtml, sourceKindOf } from "./decode-upload";
import { importText, type ImportOptions } from "./import-report";
import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "./import-limits";
import type { ReportSource, SourceRead } from "./report-source";
import type { ImportResult } from "./types";
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
  return importHtml(source.content, withFileDates);
}

/**
 * A .txt, .html, .docx or .pdf file to a structured report: the one entry
 * point for every file import (the admin page, the CLI, archives).
 */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const read = await readSourceFile(name, bytes);
  return read.ok ? importSource(read.source) : read;
}
