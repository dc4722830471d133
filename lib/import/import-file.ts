import { importText, type ImportOptions } from "./import-report";
import type { ImportResult } from "./types";

export type SourceKind = "text" | "html" | "docx";

import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "./import-limits";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/**
 * Text of a .txt or .html file. County sites and older Windows editors
 * still save GBK, so bytes that are not valid UTF-8 are read as GB18030.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function looksLikeHtml(text: string): boolean {
  return /<(html|body|table|p|div)[\s>]/i.test(text.slice(0, 4096));
}

/** What a file is, from its first bytes and then its name. */
export function sourceKindOf(name: string, bytes: Uint8Array): SourceKind | { unsupported: string } {
  if (startsWith(bytes, ZIP)) return "docx";
  if (startsWith(bytes, OLE))
    return { unsupported: "不支持旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再导入" };
  if (startsWith(bytes, PDF))
    return { unsupported: "不支持 PDF 文件，请复制其中的文字粘贴导入，或使用 .docx / .html 文件" };
  if (/\.html?$/i.test(name)) return "html";
  if (/\.txt$/i.test(name)) return "text";
  return looksLikeHtml(decodeText(bytes.subarray(0, 4096))) ? "html" : "text";
}

async function docxToHtml(bytes: Uint8Array): Promise<string | null> {
  try {
    // Loaded on demand: text and HTML imports (and `cli check` on them) never need it.
    const { default: mammoth } = await import("mammoth");
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        // Pictures carry no report data; dropping them keeps the HTML small.
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
        externalFileAccess: false,
      },
    );
    return result.value;
  } catch {
    return null;
  }
}

/** A report's source once decoded: plain text, or HTML (a .docx is converted to HTML). */
export interface ReportSource {
  kind: "text" | "html";
  content: string;
  /** File name (or a label for pasted text), kept as the publication's source note. */
  name: string;
}

export type SourceRead = { ok: true; source: ReportSource } | { ok: false; message: string };

/** Decodes a .txt, .html or .docx file; says in Chinese why when it cannot. */
export async function readSourceFile(name: string, bytes: Uint8Array): Promise<SourceRead> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, message: TOO_LARGE_MESSAGE };
  }
  const kind = sourceKindOf(name, bytes);
  if (typeof kind === "object") return { ok: false, message: kind.unsupported };
  if (kind === "docx") {
    const html = await docxToHtml(bytes);
    if (html === null) return { ok: false, message: "无法读取该 .docx 文件（文件可能已损坏）" };
    return { ok: true, source: { kind: "html", content: html, name } };
  }
  return { ok: true, source: { kind, content: decodeText(bytes), name } };
}

/** Text pasted into the form: HTML when it looks like markup (copied page source), else plain text. */
export function pastedSource(text: string, name = "粘贴的文本"): ReportSource {
  return { kind: looksLikeHtml(text) ? "html" : "text", content: text, name };
}

export async function importSource(source: ReportSource, options: ImportOptions = {}): Promise<ImportResult> {
  if (source.kind === "text") return importText(source.content, options);
  // Loaded on demand, like mammoth: plain-text imports never parse HTML.
  const { importHtml } = await import("./import-html");
  return importHtml(source.content, options);
}

/** A .txt, .html or .docx file to a structured report. */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const read = await readSourceFile(name, bytes);
  return read.ok ? importSource(read.source) : read;
}
