import { gridPosition, type Grid } from "./find-grids";
import { centerX, centerY, type GridCell, type TableBlock, type TextRun } from "./geometry";
import { cellText, groupLines } from "./text-lines";

/** Whether a run's centre lies inside the grid's outer border. */
export function insideGrid(grid: Grid, run: TextRun): boolean {
  return gridPosition(grid, centerX(run), centerY(run)) !== null;
}

/**
 * The grid filled with the runs inside it: one cell per merged area, at its
 * top-left grid position with its row and column span; rows list the cells
 * that start on them, as an HTML table would.
 */
export function gridTable(grid: Grid, runs: readonly TextRun[], page: number): TableBlock {
  const byCell = new Map<number, TextRun[]>();
  for (const run of runs) {
    const at = gridPosition(grid, centerX(run), centerY(run));
    if (!at) continue;
    const id = grid.cellIds[at.row]?.[at.col];
    if (id === undefined) continue;
    byCell.set(id, [...(byCell.get(id) ?? []), run]);
  }
  const seen = new Set<number>();
  const rows: GridCell[][] = grid.cellIds.map(() => []);
  grid.cellIds.forEach((line, r) => {
    line.forEach((id, c) => {
      if (seen.has(id)) return;
      seen.add(id);
      let rowspan = 1;
      while (grid.cellIds[r + rowspan]?.[c] === id) rowspan += 1;
      let colspan = 1;
      while (line[c + colspan] === id) colspan += 1;
      rows[r]?.push({ row: r, col: c, rowspan, colspan, text: cellText(groupLines(byCell.get(id) ?? [])) });
    });
  });
  return {
    kind: "table",
    top: grid.ys[0] ?? 0,
    bottom: grid.ys[grid.ys.length - 1] ?? 0,
    columns: grid.xs,
    rows,
    page,
  };
}
