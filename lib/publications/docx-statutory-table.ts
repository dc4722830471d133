import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import type { LayoutCell, TableLayout } from "@/lib/format/table-layout";
import type { StatRow } from "@/lib/format/report-data";
import { FACES, SIZES, run } from "./docx-text";

/** Text width of an A4 page with the margins of build-report-docx.ts, in twips. */
const TEXT_WIDTH = 8845;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
export const TABLE_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** Label columns get fixed widths (the deepest level widest); value columns share the rest of `width`. */
export function columnWidths(labelColumns: number, valueColumns: number, width = TEXT_WIDTH): number[] {
  const presets: Record<number, number[]> = { 0: [], 1: [2600], 2: [1400, 2800], 3: [560, 1320, 2700] };
  const labels =
    presets[labelColumns] ?? Array.from({ length: labelColumns }, () => Math.floor(4500 / labelColumns));
  const rest = width - labels.reduce((a, b) => a + b, 0);
  const value = Math.floor(rest / Math.max(1, valueColumns));
  return [...labels, ...Array.from({ length: valueColumns }, () => value)];
}

export function labelColumnsOf(layout: TableLayout): number {
  const firstRow = layout.bodies[0]?.find((row) => row.cells.some((c) => c.type === "value"));
  const valueSpan = (firstRow?.cells ?? []).reduce((sum, c) => sum + (c.type === "value" ? c.colspan : 0), 0);
  return layout.columnCount - valueSpan;
}

function cellParagraph(
  text: string,
  size: number,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
) {
  return new Paragraph({ alignment, children: text ? [run(text, FACES.table, size)] : [] });
}

function toCell(
  cell: LayoutCell,
  size: number,
  valueText: (cell: LayoutCell & { type: "value" }) => string,
): TableCell {
  const rowspan = cell.type === "value" ? 1 : cell.rowspan;
  const isRowLabel = cell.type === "header" && (cell.scope === "row" || cell.scope === "rowgroup");
  const text = cell.type === "value" ? valueText(cell) : cell.label;
  const alignment = isRowLabel || cell.type === "corner" ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    children: [cellParagraph(text, size, alignment)],
    columnSpan: cell.colspan > 1 ? cell.colspan : undefined,
    rowSpan: rowspan > 1 ? rowspan : undefined,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
  });
}

/**
 * A statutory table as a Word table, from the same layout as the web page:
 * merged cells where the form merges them, header rows repeated on every page,
 * no row split across pages.
 */
export function statutoryDocxTable(
  layout: TableLayout,
  valueText: (cell: LayoutCell & { type: "value" }) => string,
): Table {
  const labelColumns = labelColumnsOf(layout);
  const size = layout.columnCount > 6 ? SIZES.smallTable : SIZES.table;
  const rows = [
    ...layout.head.map(
      (row) =>
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: row.cells.map((c) => toCell(c, size, valueText)),
        }),
    ),
    ...layout.bodies
      .flat()
      .map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.cells.map((c) => toCell(c, size, valueText)) }),
      ),
  ];
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidths(labelColumns, layout.columnCount - labelColumns),
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
  });
}

/** stat-2014: the 统计指标 / 单位 / 统计数 list. */
export function statDocxTable(columns: readonly [string, string, string], rows: readonly StatRow[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (label) =>
        new TableCell({
          children: [cellParagraph(label, SIZES.table, AlignmentType.CENTER)],
          verticalAlign: VerticalAlign.CENTER,
        }),
    ),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: [cellParagraph(row.label, SIZES.table, AlignmentType.LEFT)] }),
          new TableCell({ children: [cellParagraph(row.unit, SIZES.table, AlignmentType.CENTER)] }),
          new TableCell({
            children: [
              cellParagraph(row.value === null ? "" : String(row.value), SIZES.table, AlignmentType.CENTER),
            ],
          }),
        ],
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [5845, 1200, 1800],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
  });
}
