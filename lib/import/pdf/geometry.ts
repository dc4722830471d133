/**
 * Page geometry in PDF points, top-down (y grows downwards, 0 at the top of
 * the page), so that reading order is ascending y then ascending x.
 */

/** One run of text as the PDF draws it (a word, a cell's text, a line). */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Font size in points. */
  size: number;
}

/** An axis-aligned ruling line: a table border. */
export interface Segment {
  orientation: "h" | "v";
  /** y of a horizontal line, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  segments: Segment[];
}

/** A table cell on a grid: rows and columns it covers, and its text. */
export interface GridCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  text: string;
}

export interface TableBlock {
  kind: "table";
  top: number;
  bottom: number;
  /** Column boundaries (x), used to tell whether a table continues on the next page. */
  columns: number[];
  rows: GridCell[][];
  page: number;
}

export interface ParagraphBlock {
  kind: "paragraph";
  top: number;
  bottom: number;
  text: string;
  page: number;
}

/** What a page holds once read: paragraphs and tables, top to bottom. */
export type LayoutBlock = TableBlock | ParagraphBlock;

export function centerX(run: TextRun): number {
  return (run.x0 + run.x1) / 2;
}

export function centerY(run: TextRun): number {
  return (run.top + run.bottom) / 2;
}
