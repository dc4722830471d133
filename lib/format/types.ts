/**
 * The vocabulary every statutory format definition is written in.
 *
 * A format is pure data: sections, tables, header trees, rows, columns and
 * cell kinds. The form, validation, checks, public rendering, import and
 * export are all derived from it, so a label is written exactly once.
 */

export type FormatId = "gov-2021" | "gov-2019" | "stat-2014";

export type SectionId = "s1" | "s2" | "s3" | "s4" | "s5" | "s6";

/**
 * How a cell's value is typed and validated.
 * - count: integer >= 0 (件, 个 …)
 * - signed: integer, may be negative (gov-2019 本年增/减)
 * - amount: 万元, >= 0, up to 6 decimals (to the cent; more is a warning)
 * - amountWithUnit: an amount the filer wrote with a unit of their choice
 *   (gov-2019 采购总金额); stored normalised to 万元, the original text kept.
 */
export type CellKind = "count" | "signed" | "amount" | "amountWithUnit";

/** A stored cell: a number, or null for a blank cell (blank is never zero). */
export type CellValue = number | null;

/** Node of a row or column header tree. Leaves carry a stable key. */
export interface HeaderNode {
  label: string;
  /** Leaf key, e.g. "r05" or "c3"; absent on group nodes. */
  key?: string;
  children?: HeaderNode[];
  /** Other spellings accepted on import (never rendered). */
  aliases?: string[];
}

/** A declared sum: target = Σ terms. Drives computed cells and the check of the same id. */
export interface SumRule {
  checkId: string;
  /** Cell ids, e.g. "T3.r24.c1". */
  target: string;
  terms: string[];
  /** Human wording of the target/terms for findings, e.g. "（七）总计" / "各项办理结果之和". */
  targetLabel: string;
  termsLabel: string;
  /** Where the rule applies, for the message suffix, e.g. "自然人列". */
  scopeLabel: string;
}

/** Grid table (T3, T4): a row tree × a column tree, every leaf × leaf is a cell. */
export interface GridTable {
  layout: "grid";
  id: "T3" | "T4";
  /** Text of the top-left corner cell (spans the row-label columns × header rows). */
  corner?: string;
  rows: HeaderNode[];
  columns: HeaderNode[];
  kind: CellKind;
  /** Stored as one row (T4): data is a flat array of column values. */
  singleRow?: boolean;
}

/** One block of T2: a title row, a header row and its data rows. */
export interface BlockDef {
  title: string;
  /** The label over the row-label column (always 信息内容). */
  rowHeader: string;
  columns: { key: string; label: string; kind: CellKind; aliases?: string[] }[];
  rows: { key: string; label: string; aliases?: string[] }[];
}

/** Block table (T2): independent blocks stacked in one table of fixed width. */
export interface BlockTable {
  layout: "blocks";
  id: "T2";
  /** Width of the rendered grid in value columns (the widest block). */
  width: number;
  blocks: BlockDef[];
}

/** Free list table (stat-2014): ordered (label, unit, value) rows, provinces vary. */
export interface ListTable {
  layout: "list";
  id: "STAT";
  columns: [label: string, unit: string, value: string];
}

export type TableDef = GridTable | BlockTable | ListTable;

/** Who files the report; some content rules differ for people's governments. */
export type OrganLevel = "township" | "street" | "department" | "county";

/** Something a narrative must mention, recognised by any of its keywords. */
export interface TopicDef {
  label: string;
  keywords: string[];
  /**
   * Items the topic must also cover for some organ levels (governments must
   * report 工作考核、社会评议和责任追究结果情况 under 监督保障, Art. 50(4)).
   */
  mustAlsoCover?: { label: string; keywords: string[]; organLevels: OrganLevel[] }[];
}

export interface SectionDef {
  id: SectionId;
  heading: string;
  /** Other headings published for this section, accepted on import (never rendered). */
  aliases?: string[];
  kind: "narrative" | "table";
  tableId?: TableDef["id"];
  /** Topics a narrative must cover, shown as guidance (S-03 uses s1's, S-05 uses s6's). */
  topics?: TopicDef[];
  guidance?: string;
}

export interface FormatDef {
  id: FormatId;
  title: string;
  /** Report years this format is the right template for (inclusive). */
  years: { from: number; to: number | null };
  issuedBy: string;
  sections: SectionDef[];
  tables: TableDef[];
  sums: SumRule[];
}
