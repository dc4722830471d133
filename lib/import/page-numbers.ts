import { soleCell } from "./line-text";
import type { SourceLine } from "./types";

// "— 5 —", "-5-", "- 12 -", "第 3 页", "第3页 共9页", "3 / 9": the page footer of a printed report.
const PAGE_NUMBER = [
  /^[—–\-－─]+\s*\d{1,3}\s*[—–\-－─]+$/,
  /^第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];

export function isPageNumber(text: string): boolean {
  const trimmed = text.trim();
  return PAGE_NUMBER.some((pattern) => pattern.test(trimmed));
}

/**
 * Lines that are only a page number, dropped wherever they fall: a PDF or
 * OCR extraction leaves them between the rows of a table and inside
 * paragraphs, where they would split a row or a sentence.
 */
export function dropPageNumbers(lines: readonly SourceLine[]): SourceLine[] {
  return lines
    .filter((line) => {
      const sole = soleCell(line);
      return sole === null || !isPageNumber(sole);
    })
    .map((line, index) => ({ ...line, index }));
}
