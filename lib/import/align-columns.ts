/** A piece of a line with its horizontal extent (points, or character columns in plain text). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

function overlap(span: Span, column: { start: number; end: number }): number {
  return Math.min(span.end, column.end) - Math.max(span.start, column.start);
}

/**
 * Lines of a block laid out in columns (a table printed without borders, or
 * text aligned with spaces) as rows of cells on one column grid. The
 * columns are taken from the rows with the most pieces (the full data
 * rows); every other row's pieces go to the column they overlap most, so a
 * blank cell stays an empty cell in its place. A row that does not fit
 * (two pieces in one column) keeps its pieces in order, unpadded: nothing
 * is placed by guessing. Null when the block has no columns to align.
 */
export function alignColumns(rows: readonly (readonly Span[])[]): string[][] | null {
  const widest = Math.max(0, ...rows.map((row) => row.length));
  if (widest < 2) return null;
  const full = rows.filter((row) => row.length === widest);
  const columns = Array.from({ length: widest }, (_, k) => ({
    start: Math.min(...full.map((row) => row[k]?.start ?? Infinity)),
    end: Math.max(...full.map((row) => row[k]?.end ?? -Infinity)),
  }));
  if (columns.some((column, k) => k > 0 && column.start < (columns[k - 1]?.end ?? 0))) return null;
  return rows.map((row) => {
    const cells = columns.map(() => null as string | null);
    let previous = -1;
    for (const span of row) {
      let best = -1;
      let bestScore = -Infinity;
      columns.forEach((column, k) => {
        const o = overlap(span, column);
        // Without overlap, the nearer column wins (a short value inside a wide gap).
        const score =
          o > 0 ? o : -Math.min(Math.abs(span.start - column.end), Math.abs(column.start - span.end));
        if (score > bestScore) [best, bestScore] = [k, score];
      });
      // Two pieces in one column, or pieces out of order: keep the row as printed.
      if (best <= previous) return row.map((s) => s.text);
      cells[best] = span.text;
      previous = best;
    }
    return cells.map((cell) => cell ?? "");
  });
}
