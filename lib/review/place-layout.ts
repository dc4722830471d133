import type { LayoutCell, TableLayout } from "@/lib/format/cells";

export interface PlacedCell {
  /** 0-based grid position of the cell's top-left corner. */
  row: number;
  column: number;
  rowspan: number;
  colspan: number;
  cell: LayoutCell;
}

/**
 * Grid positions of a table layout's cells, the way a browser places an HTML
 * table: each cell takes the next column its row has free, skipping columns
 * that a rowspan from above still covers. A spreadsheet has no spans, only
 * merged ranges, so the xlsx export needs the positions spelled out.
 */
export function placeLayout(layout: TableLayout): { rows: number; columns: number; cells: PlacedCell[] } {
  const rows = [...layout.head, ...layout.bodies.flat()];
  const taken = new Set<string>();
  const cells: PlacedCell[] = [];
  let columns = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (taken.has(`${r}:${c}`)) c += 1;
      const rowspan = cell.type === "value" ? 1 : cell.rowspan;
      const colspan = cell.colspan;
      for (let dr = 0; dr < rowspan; dr++)
        for (let dc = 0; dc < colspan; dc++) taken.add(`${r + dr}:${c + dc}`);
      cells.push({ row: r, column: c, rowspan, colspan, cell });
      c += colspan;
      columns = Math.max(columns, c);
    }
  });
  return { rows: rows.length, columns, cells };
}
