import type { ReportData } from "@/lib/format/report-data";
import type { FormatDef, FormatId } from "@/lib/format/types";
import type { DateCandidate, DateSource } from "./publication-date";

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
  /**
   * Positions covered by a spanning cell that starts further left: part of
   * that cell, not cells of their own (a value printed across two columns).
   */
  spannedLeft?: boolean[];
}

type ImportIssueKind =
  | "unreadable-cell"
  | "row-not-found"
  | "row-misaligned"
  | "extra-values"
  | "missing-organ"
  | "format-from-year"
  /** Values printed apart from their label, taken by the table's row order. */
  | "row-by-position"
  /** Figures under a row's label that belong to no row's cells (printed outside the table): not imported. */
  | "stray-values"
  /** Text a PDF prints at one place on every page (a watermark): set aside, and a draft's mark named. */
  | "page-mark"
  /** A label that could name two rows: neither is read from it. */
  | "ambiguous-label"
  /** A table printed on another format's template than the report (F-01). */
  | "stale-table"
  /** A section whose heading is missing, taken from where its text stands. */
  | "heading-not-found"
  /** Sections not found at all (a report split over pages, or cut short). */
  | "sections-missing"
  /** A whole table not found (an image, another page): its cells are blank. */
  | "table-not-found"
  /** The page holds or links several reports; the one read is named. */
  | "several-reports";

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
  /** Publication date chosen from `dateCandidates` (YYYY-MM-DD); null: the source does not say. */
  publishedOn: string | null;
  /** Where `publishedOn` came from. */
  publishedOnSource: DateSource | null;
  /** Every date found that could be the publication date, in precedence order. */
  dateCandidates: DateCandidate[];
  /** Text between the title and 一、总体情况 (not stored in the report data). */
  preamble: string;
  /** Tables printed on another format's template than `format` (F-01 reports them). */
  staleTables?: { tableId: "T2" | "T3" | "T4"; formatId: FormatId }[];
}

interface ImportFailure {
  ok: false;
  /** Chinese: why the text is not recognisable as a report. */
  message: string;
}

export type ImportResult = ImportedReport | ImportFailure;
