/** A piece of a line with its horizontal extent (points, or character columns in plain text). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

interface Column {
  start: number;
  end: number;
}

function overlap(span: Span, column: Column): number {
  return Math.min(span.end, column.end) - Math.max(span.start, column.start);
}

/** The column a piece overlaps most, else the nearest one. */
function bestColumn(span: Span, columns: readonly Column[]): number {
  let best = -1;
  let bestScore = -Infinity;
  columns.forEach((column, k) => {
    const o = overlap(span, column);
    const score = o > 0 ? o : -Math.min(Math.abs(span.start - column.end), Math.abs(column.start - span.end));
    if (score > bestScore) [best, bestScore] = [k, score];
  });
  return best;
}

/**
 * When the fullest rows are a header over the value columns only (they
 * start right of where the row labels start: 商业企业 … 其他 under
 * 法人或其他组织), the columns they lack (the labels, 自然人, 总计) are
 * where the other rows' pieces stand that overlap no column yet, taken
 * from the rows with the most pieces first. Only such pieces make a
 * column, so the grid never gets two overlapping columns.
 */
function addColumnsBeside(columns: Column[], rows: readonly (readonly Span[])[]): void {
  const fullest = [...rows].sort((a, b) => b.length - a.length);
  for (const row of fullest)
    for (const span of row) {
      if (columns.some((column) => overlap(span, column) > 0)) continue;
      columns.push({ start: span.start, end: span.end });
      columns.sort((a, b) => a.start - b.start);
    }
}

export interface AlignedRows {
  rows: string[][];
  columns: Column[];
  /** Pieces placed in a column they overlap (the rest went to the nearest): how well the grid fits. */
  overlapping: number;
}

/**
 * Lines of a block laid out in columns (a table printed without borders, or
 * text aligned with spaces) as rows of cells on one column grid. The
 * columns are taken from the rows with the most pieces (the full data
 * rows); every other row's pieces go to the column they overlap most (or
 * the nearest), so a blank cell stays an empty cell in its place. A row
 * that does not fit (two pieces in one column, or out of order) keeps its
 * pieces as printed, unpadded: nothing is placed by guessing. Null when
 * the block has no columns to align.
 */
export function alignColumns(rows: readonly (readonly Span[])[]): AlignedRows | null {
  const widest = Math.max(0, ...rows.map((row) => row.length));
  if (widest < 2) return null;
  const full = rows.filter((row) => row.length === widest);
  const columns = Array.from({ length: widest }, (_, k) => ({
    start: Math.min(...full.map((row) => row[k]?.start ?? Infinity)),
    end: Math.max(...full.map((row) => row[k]?.end ?? -Infinity)),
  }));
  if (columns.some((column, k) => k > 0 && column.start < (columns[k - 1]?.end ?? 0))) return null;
  const left = Math.min(...rows.map((row) => row[0]?.start ?? Infinity));
  if ((columns[0]?.start ?? 0) > left) addColumnsBeside(columns, rows);
  return placeOnColumns(rows, columns);
}

/**
 * Lines of a block on a column grid taken from every row, not the fullest
 * one: a column is where pieces of the rows stand over each other, and the
 * gaps no piece crosses separate the columns. A piece that covers two
 * pieces of another row (a group header over its columns, a long label
 * over a label column and the next) would close such a gap and makes no
 * column; it is placed in the column it overlaps most. For tables whose
 * fullest row has blanks itself (a T3 row with five figures for seven
 * columns): the header or other rows hold the columns it lacks. Two
 * neighbouring columns must both hold a piece in one row: columns that
 * never stand side by side may be one column printed at two places (a
 * table whose columns shift after a page break), and a blank could then
 * belong to either. Null when the block has no such columns.
 */
export function alignColumnsOnGaps(rows: readonly (readonly Span[])[]): AlignedRows | null {
  const spanning = (span: Span, self: number) =>
    rows.some((other, o) => o !== self && other.filter((piece) => overlap(span, piece) > 0).length >= 2);
  const pieces = rows
    .flatMap((row, r) => row.filter((span) => !spanning(span, r)))
    .sort((a, b) => a.start - b.start);
  const columns: Column[] = [];
  for (const piece of pieces) {
    const last = columns[columns.length - 1];
    if (last && piece.start < last.end) last.end = Math.max(last.end, piece.end);
    else columns.push({ start: piece.start, end: piece.end });
  }
  if (columns.length < 2) return null;
  const aligned = placeOnColumns(rows, columns);
  const placed = aligned.rows.filter((row) => row.length === columns.length);
  const sideBySide = (k: number) => placed.some((row) => row[k - 1] !== "" && row[k] !== "");
  return columns.every((_, k) => k === 0 || sideBySide(k)) ? aligned : null;
}

/**
 * Each row's pieces in the column they overlap most (or the nearest); a row
 * with two pieces in one column, or out of order, keeps its pieces as printed.
 */
function placeOnColumns(rows: readonly (readonly Span[])[], columns: Column[]): AlignedRows {
  let overlapping = 0;
  const aligned = rows.map((row) => {
    const cells = columns.map(() => "");
    let previous = -1;
    let fits = 0;
    for (const span of row) {
      const best = bestColumn(span, columns);
      if (best <= previous) return row.map((s) => s.text);
      cells[best] = span.text;
      previous = best;
      if (overlap(span, columns[best] as Column) > 0) fits += 1;
    }
    overlapping += fits;
    return cells;
  });
  return { rows: aligned, columns, overlapping };
}

/**
 * List numbering at the start of a label (`1.`, `1、`, `（一）`, `一、`): the
 * start of an item of its own, never the continuation of another label.
 */
export const LIST_MARK =
  /^[ \u00a0\u3000]*(?:[(（][一二三四五六七八九十\d０-９]+[)）]|[一二三四五六七八九十]+[、.．]|[\d０-９]+[.．、)）](?![\d０-９]))/u;

const VALUE = /^[-+]?[\d０-９][\d０-９,，.]*\s*(万元|元|%)?$/;

/** Joins the lines of one wrapped cell: no space between CJK text, one between two Latin words. */
export function joinWrapped(first: string, second: string): string {
  if (first === "") return second;
  if (second === "") return first;
  return /[0-9A-Za-z]$/.test(first) && /^[0-9A-Za-z]/.test(second) ? `${first} ${second}` : first + second;
}

/** A line of a block: a row of the grid, or one piece of text between rows. */
export interface BlockLine {
  /** Vertical position (a line number, or points). */
  at: number;
  spans: Span[];
  row: boolean;
}

/**
 * Text between the rows of a table that continues a cell of a neighbouring
 * row: a label wrapped over two or three lines. Each one-piece line within
 * `maxDistance` of a row goes to the nearest row (the one below on a tie: a label centred beside its values
 * starts above them), into the column it overlaps, before or after that
 * cell's text. Only columns that hold no number in any row take such text,
 * so a page number or a stray figure is never glued to a value, and text
 * that starts with list numbering (`4.`, `（六）`) is never joined after
 * another label: it is a row of its own, printed without values. Returns the
 * rows with the text joined, and which lines were taken.
 */
export function attachWrappedLines(
  lines: readonly BlockLine[],
  aligned: AlignedRows,
  maxDistance: number,
): { rows: string[][]; taken: Set<number> } {
  const rowLines = lines.flatMap((line, i) => (line.row ? [i] : []));
  const rows = aligned.rows.map((row) => [...row]);
  const numeric = aligned.columns.map((_, k) => rows.some((row) => VALUE.test((row[k] ?? "").trim())));
  const taken = new Set<number>();
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  lines.forEach((line, i) => {
    const span = line.spans[0];
    if (line.row || !span || line.spans.length !== 1) return;
    let nearest = -1;
    let distance = Infinity;
    rowLines.forEach((r, k) => {
      const d = Math.abs((lines[r]?.at ?? 0) - line.at);
      if (d < distance || (d === distance && (lines[r]?.at ?? 0) > line.at)) [nearest, distance] = [k, d];
    });
    const column = aligned.columns.findIndex((c) => overlap(span, c) > 0);
    const row = rows[nearest];
    if (
      !row ||
      distance > maxDistance ||
      column < 0 ||
      numeric[column] ||
      row.length !== aligned.columns.length
    )
      return;
    const key = `${nearest}:${column}`;
    const above = line.at < (lines[rowLines[nearest] ?? 0]?.at ?? 0);
    // An item of a list is never the rest of the label before it (an empty row printed with its label only).
    const [upper, lower] = [before.get(key) ?? [], after.get(key) ?? []];
    const cell = row[column] ?? "";
    const joined = (above ? [...upper, span.text, cell] : [...upper, cell, ...lower, span.text]).filter(
      (text) => text !== "",
    );
    if (joined.some((text, k) => k > 0 && LIST_MARK.test(text))) return;
    const list = (above ? before : after).get(key) ?? [];
    (above ? before : after).set(key, [...list, span.text]);
    taken.add(i);
  });
  rows.forEach((row, r) => {
    row.forEach((cell, k) => {
      const key = `${r}:${k}`;
      row[k] = [...(before.get(key) ?? []), cell, ...(after.get(key) ?? [])].reduce(joinWrapped, "");
    });
  });
  return { rows, taken };
}
