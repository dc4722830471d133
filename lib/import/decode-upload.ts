import {
  MAX_IMPORT_BYTES,
  MAX_UNPACKED_BYTES,
  TOO_LARGE_MESSAGE,
  UNPACKED_TOO_LARGE_MESSAGE,
} from "./import-limits";
import { layoutToHtml } from "./pdf/layout-html";
import { readPdf } from "./pdf/read-pdf";
import type { SourceRead } from "./report-source";
import { pdfStreamsExceed, zipDeclaredSize } from "./unpacked-size";

export type SourceKind = "text" | "html" | "docx" | "pdf";

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

export function looksLikeHtml(text: string): boolean {
  return /<(html|body|table|p|div)[\s>]/i.test(text.slice(0, 4096));
}

const NOT_A_PDF = "文件名为 .pdf，但内容不是 PDF 文件（文件已损坏或扩展名有误）";

/** What a file is, from its first bytes and then its name. */
export function sourceKindOf(name: string, bytes: Uint8Array): SourceKind | { unsupported: string } {
  if (startsWith(bytes, ZIP)) return "docx";
  if (startsWith(bytes, OLE))
    return { unsupported: "不支持旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再导入" };
  // Some writers put a few bytes before the header; PDF readers accept it within the first kilobyte.
  if (startsWith(bytes, PDF) || (/\.pdf$/i.test(name) && pdfHeaderAt(bytes) >= 0)) return "pdf";
  if (/\.pdf$/i.test(name)) return { unsupported: NOT_A_PDF };
  if (/\.html?$/i.test(name)) return "html";
  if (/\.txt$/i.test(name)) return "text";
  return looksLikeHtml(decodeText(bytes.subarray(0, 4096))) ? "html" : "text";
}

function pdfHeaderAt(bytes: Uint8Array): number {
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i >= 0; i = head.indexOf(0x25, i + 1))
    if (startsWith(head.subarray(i), PDF)) return i;
  return -1;
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

const BROKEN_DOCX = "无法读取该 .docx 文件（文件可能已损坏）";

async function readDocx(name: string, bytes: Uint8Array): Promise<SourceRead> {
  const unpacked = zipDeclaredSize(bytes);
  if (unpacked === null) return { ok: false, message: BROKEN_DOCX };
  if (unpacked > MAX_UNPACKED_BYTES) return { ok: false, message: UNPACKED_TOO_LARGE_MESSAGE };
  const html = await docxToHtml(bytes);
  if (html === null) return { ok: false, message: BROKEN_DOCX };
  return { ok: true, source: { kind: "html", content: html, name } };
}

async function readPdfFile(name: string, bytes: Uint8Array): Promise<SourceRead> {
  if (pdfStreamsExceed(bytes, MAX_UNPACKED_BYTES)) return { ok: false, message: UNPACKED_TOO_LARGE_MESSAGE };
  const read = await readPdf(bytes);
  if (!read.ok) return read;
  return {
    ok: true,
    source: {
      kind: "html",
      content: layoutToHtml(read.blocks),
      name,
      dateCandidates: read.dates,
      ...(read.marks.length > 0 ? { marks: read.marks } : {}),
    },
  };
}

/**
 * Decodes a .txt, .html, .docx or .pdf file into text or HTML; says in
 * Chinese why when it cannot. This is the part that parses untrusted
 * binary formats: it runs in the import worker (decode-in-worker.ts).
 */
export async function decodeUpload(name: string, bytes: Uint8Array): Promise<SourceRead> {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: TOO_LARGE_MESSAGE };
  const kind = sourceKindOf(name, bytes);
  if (typeof kind === "object") return { ok: false, message: kind.unsupported };
  if (kind === "docx") return readDocx(name, bytes);
  if (kind === "pdf") return readPdfFile(name, bytes);
  return { ok: true, source: { kind, content: decodeText(bytes), name } };
}
