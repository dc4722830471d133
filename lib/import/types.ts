import type { ReportData } from "@/lib/format/report-data";
import type { FormatDef } from "@/lib/format/types";
import type { PdfMetadataDate } from "./pdf/pdf-date";

/**
 * One line of the source after tokenizing: a paragraph of text, or one row of
 * a table (tab-separated, pipe-separated or an HTML <tr>). Everything the
 * importer reads downstream works on these, whatever the input was.
 */
export interface SourceLine {
  /** Position in the token sequence. */
  index: number;
  /**
   * Cell texts, trimmed. A text paragraph is one cell; several physical
   * lines merged into one cell keep their "\n" (narratives split on it).
   */
  cells: string[];
  /**
   * text: a paragraph; tab / pipe / space: a row of a plain-text table
   * (tab-separated, pipe-separated, aligned with runs of spaces); table: a
   * row of an HTML table. Positions of empty cells mean something only in rows.
   */
  kind: "text" | "tab" | "pipe" | "space" | "table";
  /** Which HTML table a "table" row belongs to (-1 otherwise). */
  group: number;
  /**
   * HTML rows: for a position covered by a cell spanning from the left or
   * from above (colspan/rowspan), that cell's text; null for a cell of its own.
   */
  covered?: (string | null)[];
}

export type ImportIssueKind =
  | "unreadable-cell"
  | "row-not-found"
  | "row-misaligned"
  | "extra-values"
  | "missing-organ"
  | "format-from-year";

/** Something the importer could not read; it leaves the cell blank (null) and says so, never guesses. */
export interface ImportIssue {
  kind: ImportIssueKind;
  /** Cell ids the issue is about (empty for whole-report issues). */
  cells: string[];
  /** The source text involved, as found. */
  raw: string | null;
  /** Chinese, for the admin and the CLI. */
  message: string;
}

export interface ImportedReport {
  ok: true;
  format: FormatDef;
  /** Organ name from the title (or the signature when the title abbreviates it). */
  organ: string | null;
  year: number;
  data: ReportData;
  issues: ImportIssue[];
  /** Publication date printed on the page or under the signature, YYYY-MM-DD. */
  publishedOn: string | null;
  /** Text between the title and 一、总体情况 (not stored in the report data). */
  preamble: string;
  /**
   * Dates from the file's own metadata (a PDF's CreationDate, ModDate), each
   * with the field it came from; publishedOn falls back to the first.
   */
  fileDates?: PdfMetadataDate[];
}

export interface ImportFailure {
  ok: false;
  /** Chinese: why the text is not recognisable as a report. */
  message: string;
}

export type ImportResult = ImportedReport | ImportFailure;
