import type { LayoutBlock, TableBlock } from "./geometry";

/** Column boundaries this close (points) are the same column. */
const SAME_COLUMN = 3;

function sameColumns(a: TableBlock, b: TableBlock): boolean {
  return (
    a.columns.length > 0 &&
    a.columns.length === b.columns.length &&
    a.columns.every((x, i) => Math.abs(x - (b.columns[i] ?? Infinity)) <= SAME_COLUMN)
  );
}

function rowText(table: TableBlock, r: number): string {
  return (table.rows[r] ?? []).map((cell) => cell.text).join("\t");
}

/**
 * How many of `next`'s first rows repeat `table`'s first rows: the header
 * rows a writer prints again on each page (a browser repeats a whole
 * multi-row thead).
 */
function repeatedHeaderRows(table: TableBlock, next: TableBlock): number {
  let n = 0;
  while (n < next.rows.length - 1 && rowText(next, n) !== "" && rowText(next, n) === rowText(table, n))
    n += 1;
  return n;
}

/**
 * A table that a page break cut in two, as one table: a table right after
 * a table on the next page (nothing between them but the page break) with
 * the same columns continues it, over as many pages as it runs. Header rows
 * the writer repeated on the new page are dropped.
 */
export function joinSplitTables(blocks: readonly LayoutBlock[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  /** The page the last table in `out` ends on (a joined table starts pages earlier). */
  let endPage = 0;
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (
      block.kind === "table" &&
      last?.kind === "table" &&
      block.page === endPage + 1 &&
      sameColumns(last, block)
    ) {
      const skip = repeatedHeaderRows(last, block);
      const offset = last.rows.length - skip;
      const rows = block.rows
        .slice(skip)
        .map((row) => row.map((cell) => ({ ...cell, row: cell.row + offset })));
      out[out.length - 1] = { ...last, bottom: block.bottom, rows: [...last.rows, ...rows] };
    } else out.push(block);
    endPage = block.page;
  }
  return out;
}
