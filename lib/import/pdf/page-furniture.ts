import type { TextLine } from "./text-lines";

/** Share of the page height at the top and at the bottom where running heads and page numbers sit. */
const MARGIN_BAND = 0.1;

const PAGE_NUMBER = [
  // — 3 —, - 3 -, -3-, ·3·, 3
  /^[-—–－‐_~·•\s]*\d{1,4}[-—–－‐_~·•\s]*$/,
  // 第3页, 第 3 页 共 6 页, 第3页/共6页
  /^第\s*\d{1,4}\s*页(\s*[/，,]?\s*共\s*\d{1,4}\s*页)?$/,
  // 3/6, 3 / 6, Page 3 of 6
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(\s*of\s*\d{1,4})?$/i,
];

export function isPageNumber(text: string): boolean {
  const normalized = text.normalize("NFKC").trim();
  return normalized !== "" && PAGE_NUMBER.some((pattern) => pattern.test(normalized));
}

function inMarginBand(line: Pick<TextLine, "top" | "bottom">, pageHeight: number): boolean {
  return line.bottom < pageHeight * MARGIN_BAND || line.top > pageHeight * (1 - MARGIN_BAND);
}

/** A running head or foot compared across pages: page numbers inside it vary, so digits are ignored. */
function furnitureKey(text: string): string {
  return text.normalize("NFKC").replace(/\d+/g, "#").replace(/\s+/g, "");
}

export interface PageLines {
  height: number;
  lines: TextLine[];
}

/**
 * The lines of each page without page furniture: page numbers in the top or
 * bottom margin, and running heads/foots (the same text in the margin of
 * most pages, page numbers aside). Body text is never dropped: only lines
 * inside the margin bands are looked at.
 */
export function dropPageFurniture(pages: readonly PageLines[]): TextLine[][] {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(
      page.lines.filter((line) => inMarginBand(line, page.height)).map((line) => furnitureKey(line.text)),
    );
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const repeated = (key: string) => {
    const count = pagesWith.get(key) ?? 0;
    return count >= 2 && count >= pages.length / 2;
  };
  return pages.map((page) =>
    page.lines.filter(
      (line) =>
        !(inMarginBand(line, page.height) && (isPageNumber(line.text) || repeated(furnitureKey(line.text)))),
    ),
  );
}
