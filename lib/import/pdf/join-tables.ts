import { isSplitNumber, isValueText } from "../value-text";
import type { GridCell, LayoutBlock, TableBlock } from "./geometry";
import { joinCellLines } from "./text-lines";

/** Column boundaries this close (points) are the same column. */
const SAME_COLUMN = 3;

const near = (a: number, b: number) => Math.abs(a - b) <= SAME_COLUMN;

/** Whether every boundary of `few` is one of `many`'s, the outer edges the same. */
function within(few: readonly number[], many: readonly number[]): boolean {
  return (
    few.length >= 2 &&
    near(few[0] ?? 0, many[0] ?? Infinity) &&
    near(few[few.length - 1] ?? 0, many[many.length - 1] ?? Infinity) &&
    few.every((x) => many.some((y) => near(x, y)))
  );
}

/**
 * The columns of one table cut by a page break: the same boundaries, or one
 * part's boundaries all among the other's. A part need not draw every
 * column line: the rows of a page may all span the columns a later group
 * divides (表三's 一、二、 rows span the two label columns that （三）不予公开
 * divides).
 */
function sharedColumns(a: TableBlock, b: TableBlock): number[] | null {
  if (within(a.columns, b.columns)) return b.columns;
  if (within(b.columns, a.columns)) return a.columns;
  return null;
}

/** A table's cells re-indexed on finer column boundaries (each cell spans the same width as before). */
function onColumns(table: TableBlock, columns: readonly number[]): TableBlock {
  if (columns === table.columns) return table;
  const index = table.columns.map((x) => columns.findIndex((y) => near(x, y)));
  const rows = table.rows.map((row) =>
    row.map((cell) => {
      const col = index[cell.col] ?? cell.col;
      return { ...cell, col, colspan: (index[cell.col + cell.colspan] ?? col + cell.colspan) - col };
    }),
  );
  return { ...table, columns: [...columns], rows };
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

/** The cells covering grid row `r`, left to right (rowspans from rows above included). */
function cellsOnRow(table: TableBlock, r: number): GridCell[] {
  return table.rows
    .flat()
    .filter((cell) => cell.row <= r && cell.row + cell.rowspan > r)
    .sort((a, b) => a.col - b.col);
}

const holdsFigure = (text: string) => text.trim() !== "" && (isValueText(text) || isSplitNumber(text));
// How a new row's label starts: （三）, 三、, 2. / 2、
const ROW_NUMBERING = /^\s*([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+\s*[.、．])/;

/**
 * Whether the first body row after a page break is the rest of the row the
 * page ended on (Word lets a row break across pages): the two rows have the
 * same cells, some label runs on from one into the other and does not start
 * a new row's numbering, and no column has a figure in both (a figure is
 * never continued: `1` above and `2` below stay two cells, unread).
 */
export function continuesRow(last: readonly GridCell[], first: readonly GridCell[]): boolean {
  if (last.length === 0 || last.length !== first.length) return false;
  let runsOn = false;
  for (const [i, a] of last.entries()) {
    const b = first[i];
    if (!b || a.col !== b.col || a.colspan !== b.colspan) return false;
    if (b.text.trim() === "") continue;
    if (holdsFigure(b.text)) {
      if (a.text.trim() !== "") return false;
      continue;
    }
    if (a.text.trim() === "" || holdsFigure(a.text) || ROW_NUMBERING.test(b.text)) return false;
    runsOn = true;
  }
  return runsOn;
}

/**
 * `next` (its repeated header rows gone) appended to `table`; when its first
 * row is the rest of `table`'s last row, the two rows' cells are one cell each
 * (texts joined, rowspans added).
 */
function appendRows(table: TableBlock, next: TableBlock, skip: number): TableBlock {
  const lastRow = table.rows.length - 1;
  const last = cellsOnRow(table, lastRow);
  const first = next.rows[skip] ?? [];
  const merge = continuesRow(last, first);
  const offset = table.rows.length - skip - (merge ? 1 : 0);
  const rows = table.rows.map((row) => [...row]);
  if (merge)
    last.forEach((a, i) => {
      const b = first[i];
      const at = rows[a.row]?.findIndex((cell) => cell.col === a.col) ?? -1;
      if (!b || at < 0) return;
      rows[a.row]?.splice(at, 1, {
        ...a,
        rowspan: a.rowspan + b.rowspan - 1,
        text: joinCellLines([a.text, b.text]),
      });
    });
  const moved = next.rows
    .slice(skip + (merge ? 1 : 0))
    .map((row) => row.map((cell) => ({ ...cell, row: cell.row + offset })));
  return { ...table, bottom: next.bottom, rows: [...rows, ...moved] };
}

/**
 * A table that a page break cut in two, as one table: a table right after
 * a table on the next page (nothing between them but the page break) with
 * the same columns continues it, over as many pages as it runs. Header rows
 * the writer repeated on the new page are dropped, and a row the break split
 * is one row again.
 */
export function joinSplitTables(blocks: readonly LayoutBlock[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  /** The page the last table in `out` ends on (a joined table starts pages earlier). */
  let endPage = 0;
  for (const block of blocks) {
    const last = out[out.length - 1];
    const columns =
      block.kind === "table" && last?.kind === "table" && block.page === endPage + 1
        ? sharedColumns(last, block)
        : null;
    if (columns && block.kind === "table" && last?.kind === "table") {
      const [table, next] = [onColumns(last, columns), onColumns(block, columns)];
      out[out.length - 1] = appendRows(table, next, repeatedHeaderRows(table, next));
    } else out.push(block);
    endPage = block.page;
  }
  return out;
}
