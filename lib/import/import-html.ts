import { importLines, type ImportOptions } from "./import-report";
import { tokenizeHtml } from "./tokenize-html";
import type { ImportResult } from "./types";

/** An .html file (or the HTML a .docx converts to). Its own module: the HTML parser loads only when needed. */
export function importHtml(html: string, options: ImportOptions = {}): ImportResult {
  return importLines(tokenizeHtml(html), options);
}
