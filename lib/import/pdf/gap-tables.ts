import { alignColumns, attachWrappedLines, type Span } from "../align-columns";
import type { GridCell, TableBlock } from "./geometry";
import { joinRuns, type TextLine } from "./text-lines";

/** A horizontal gap wider than this many font sizes separates two cells of a borderless table. */
const CELL_GAP = 1.5;
/** Lines of one cell (a wrapped label) between two table rows, at most. */
const MAX_INNER_LINES = 2;
/** A wrapped label's line lies within this many font sizes (centre to centre) of its row. */
const WRAP_DISTANCE = 1.8;

/** A line's pieces between wide gaps: the cells of a borderless table row. */
function lineCells(line: TextLine): Span[] {
  const out: Span[] = [];
  let current = line.runs.slice(0, 1);
  const flush = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) out.push({ start: first.x0, end: last.x1, text: joinRuns(current) });
  };
  for (const run of line.runs.slice(1)) {
    const last = current[current.length - 1];
    if (last && run.x0 - last.x1 > CELL_GAP * Math.max(run.size, last.size)) {
      flush();
      current = [];
    }
    current.push(run);
  }
  flush();
  return out;
}

/** The block as a table, and the lines after its last row that no cell took (text after the table). */
function asTable(lines: readonly TextLine[], page: number): { table: TableBlock; after: TextLine[] } | null {
  const block = lines.map((line) => {
    const spans = lineCells(line);
    return { at: (line.top + line.bottom) / 2, spans, row: spans.length >= 2 };
  });
  const aligned = alignColumns(block.filter((line) => line.row).map((line) => line.spans));
  if (!aligned) return null;
  const size = Math.max(...lines.map((line) => line.size));
  const { rows: cells, taken } = attachWrappedLines(block, aligned, WRAP_DISTANCE * size);
  // Lines not taken into a cell stay in the table as rows of their own, in place,
  // except those after the last row: they are the text that follows the table.
  const lastRow = block.findLastIndex((line) => line.row);
  const after = lines.filter((_, i) => i > lastRow && !taken.has(i));
  let r = 0;
  const rows: GridCell[][] = block.flatMap((line, i) => {
    if (taken.has(i) || i > lastRow) return [];
    const texts = line.row ? (cells[r++] ?? []) : line.spans.map((span) => span.text);
    return [texts.map((text, c) => ({ row: 0, col: c, rowspan: 1, colspan: 1, text }))];
  });
  const inTable = lines.filter((line) => !after.includes(line));
  const table: TableBlock = {
    kind: "table",
    top: Math.min(...inTable.map((l) => l.top)),
    bottom: Math.max(...inTable.map((l) => l.bottom)),
    columns: [],
    rows: rows.map((row, index) => row.map((cell) => ({ ...cell, row: index }))),
    page,
  };
  return { table, after };
}

/**
 * Tables printed without borders: runs of lines whose text stands in
 * columns with wide gaps between. Two such lines at least; a line or two of
 * one piece between them (a wrapped label) belongs to the table. Returns
 * the tables and the lines left as text.
 */
export function findGapTables(
  lines: readonly TextLine[],
  page: number,
): { tables: TableBlock[]; rest: TextLine[] } {
  const multi = lines.map((line) => lineCells(line).length >= 2);
  const tables: TableBlock[] = [];
  const rest: TextLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!multi[i]) {
      rest.push(lines[i] as TextLine);
      i += 1;
      continue;
    }
    let end = i + 1;
    let rows = 1;
    for (;;) {
      let next = end;
      while (next < lines.length && !multi[next] && next - end < MAX_INNER_LINES) next += 1;
      if (next < lines.length && multi[next]) {
        end = next + 1;
        rows += 1;
      } else break;
    }
    // A wrapped label may end on the lines after the last row.
    let trailing = end;
    while (trailing < lines.length && !multi[trailing] && trailing - end < MAX_INNER_LINES) trailing += 1;
    const found = rows >= 2 ? asTable(lines.slice(i, trailing), page) : null;
    if (found) {
      tables.push(found.table);
      rest.push(...found.after);
    } else rest.push(...lines.slice(i, trailing));
    i = trailing;
  }
  return { tables, rest };
}
