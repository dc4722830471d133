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
 * A table that a page break cut in two, as one table: a table right after
 * a table on the next page (nothing between them but the page break) with
 * the same columns continues it. A header row the writer repeated on the
 * new page is dropped.
 */
export function joinSplitTables(blocks: readonly LayoutBlock[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (
      block.kind === "table" &&
      last?.kind === "table" &&
      block.page === last.page + 1 &&
      sameColumns(last, block)
    ) {
      const repeatsHeader = rowText(block, 0) !== "" && rowText(block, 0) === rowText(last, 0);
      const offset = last.rows.length;
      const rows = block.rows
        .slice(repeatsHeader ? 1 : 0)
        .map((row) => row.map((cell) => ({ ...cell, row: cell.row + offset })));
      out[out.length - 1] = { ...last, bottom: block.bottom, rows: [...last.rows, ...rows] };
      continue;
    }
    out.push(block);
  }
  return out;
}
