import type { LayoutRow, TableLayout } from "@/lib/format/table-layout";

/** How many leading grid columns hold row labels (T2 1, T3 3, T4 0). */
export function labelColumnCount(layout: TableLayout): number {
  const row = layout.bodies.flat().find((r) => r.cells.some((c) => c.type === "value"));
  const valueSpan = (row?.cells ?? []).reduce((sum, c) => sum + (c.type === "value" ? c.colspan : 0), 0);
  return layout.columnCount - valueSpan;
}

/**
 * The grid column each cell starts in, per row (head rows, then body rows in
 * order), accounting for cells that reach down from rows above.
 */
export function cellStartColumns(layout: TableLayout): Map<LayoutRow, number[]> {
  const rows = [...layout.head, ...layout.bodies.flat()];
  const reach: number[] = Array.from({ length: layout.columnCount }, () => 0);
  const starts = new Map<LayoutRow, number[]>();
  for (const row of rows) {
    let column = 0;
    const rowStarts: number[] = [];
    for (const cell of row.cells) {
      while ((reach[column] ?? 0) > 0) column += 1;
      rowStarts.push(column);
      const rowspan = cell.type === "value" ? 1 : cell.rowspan;
      for (let i = 0; i < cell.colspan; i += 1) reach[column + i] = rowspan;
      column += cell.colspan;
    }
    starts.set(row, rowStarts);
    for (let i = 0; i < reach.length; i += 1) reach[i] = Math.max(0, (reach[i] ?? 0) - 1);
  }
  return starts;
}
