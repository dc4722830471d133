import { decodeText, looksLikeHtml, sourceKindOf, type SourceKind } from "./decode-upload";
import { importText } from "./import-report";
import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "./import-limits";
import type { ReportSource, SourceRead } from "./report-source";
import type { ImportResult } from "./types";
import { decodeInWorker } from "./worker/decode-in-worker";

export { decodeText, sourceKindOf, type ReportSource, type SourceKind, type SourceRead };

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

export async function importSource(source: ReportSource): Promise<ImportResult> {
  const result =
    source.kind === "text"
      ? importText(source.content)
      : // Loaded on demand, like mammoth: plain-text imports never parse HTML.
        (await import("./import-html")).importHtml(source.content);
  if (!result.ok || !source.fileDates?.length) return result;
  const fileDates = source.fileDates;
  // A date printed in the report wins; the file's own date is the fallback.
  return { ...result, fileDates, publishedOn: result.publishedOn ?? fileDates[0]?.date ?? null };
}

/**
 * A .txt, .html, .docx or .pdf file to a structured report: the one entry
 * point for every file import (the admin page, the CLI, archives).
 */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const read = await readSourceFile(name, bytes);
  return read.ok ? importSource(read.source) : read;
}
