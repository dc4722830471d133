import { FORMAT_IDS, getFormat } from "@/lib/format";
import { gridLeaves, getGridTable } from "@/lib/format/cells";
import type { FormatDef, GridTable } from "@/lib/format/types";
import type { KeyedLines } from "./keyed-lines";
import { labelKey } from "./label-key";
import { readLabelledRows, tableIdentities, type Range, type RowDef } from "./read-tables";
import { formatLabelTest } from "./read-tables";
import type { ImportIssue } from "./types";

/** A table printed on another format's template than the rest of the report. */
export interface StaleTable {
  tableId: GridTable["id"];
  formatId: FormatDef["id"];
  issue: ImportIssue;
}

/** Rows of `table` whose label is not a row of `other` (the rows only this template has). */
function ownRows(table: GridTable, other: GridTable): RowDef[] {
  const otherLabels = new Set(gridLeaves(other).rows.map((leaf) => labelKey(leaf.label)));
  return gridLeaves(table)
    .rows.filter((leaf) => !otherLabels.has(labelKey(leaf.label)))
    .map((leaf) => ({ labels: [leaf.label, ...leaf.aliases], label: leaf.label, specs: [] }));
}

function rowsWithValues(
  doc: KeyedLines,
  range: Range,
  format: FormatDef,
  rows: RowDef[],
  width: number,
): number {
  const sized = rows.map((row) => ({
    ...row,
    specs: Array.from({ length: width }, (_, i) => ({
      id: `${row.label}.${i}`,
      kind: "count" as const,
      label: "",
    })),
  }));
  const read = readLabelledRows(
    doc,
    range,
    sized,
    tableIdentities(format, sized, []),
    formatLabelTest(format),
  );
  return read.rows.filter((values) => values.some((value) => value !== null)).length;
}

/**
 * A grid table printed on another template (a 2021 report whose T3 still has
 * the 2019 single （六）其他处理 row): the rows only the other template has
 * carry values and none of the rows only this one has do. Its rows that both
 * templates share are read as usual; the others cannot be placed, and F-01
 * says why.
 */
export function findStaleTable(
  doc: KeyedLines,
  range: Range,
  format: FormatDef,
  table: GridTable,
  cellsOfMissingRows: (rows: readonly string[]) => string[],
): StaleTable | null {
  const width = gridLeaves(table).columns.length;
  for (const id of FORMAT_IDS) {
    const other = getFormat(id);
    const otherTable = other === format ? undefined : getGridTable(other, table.id);
    if (!otherTable) continue;
    const mine = ownRows(table, otherTable);
    const theirs = ownRows(otherTable, table);
    if (theirs.length === 0) continue;
    if (rowsWithValues(doc, range, format, mine, width) > 0) continue;
    if (rowsWithValues(doc, range, other, theirs, width) === 0) continue;
    const section = format.sections.find((s) => s.tableId === table.id)?.heading ?? table.id;
    return {
      tableId: table.id,
      formatId: other.id,
      issue: {
        kind: "stale-table",
        cells: cellsOfMissingRows(mine.map((row) => row.label)),
        raw: theirs.map((row) => row.label).join("、"),
        message: `“${section}”的表格是${other.title}的（有“${theirs.map((row) => row.label).join("”“")}”一行），其数值无法分入${format.title}的“${mine.map((row) => row.label).join("”“")}”，这些行按空白导入`,
      },
    };
  }
  return null;
}
