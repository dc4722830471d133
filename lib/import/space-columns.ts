import { getFormat } from "@/lib/format";
import {
  alignColumns,
  alignColumnsOnGaps,
  attachWrappedLines,
  LIST_MARK,
  type AlignedRows,
  type BlockLine,
  type Span,
} from "./align-columns";
import { splitSections } from "./split-sections";

const SECTION_HEADINGS = getFormat("gov-2021").sections;

/** One of the report's six headings, as the section splitter finds them. */
function isSectionHeading(line: string): boolean {
  const text = line.trim();
  const probe = [{ index: 0, cells: [text], kind: "text" as const, group: -1 }];
  return splitSections(probe, SECTION_HEADINGS).size > 0;
}

/** Two or more spaces (ASCII, ideographic or no-break) between two pieces of text separate cells. */
const CELL_GAP = /[ \u00a0\u3000]{2,}/;
/** Lines of one piece (a wrapped label) between two rows of a block, at most. */
const MAX_INNER_LINES = 3;
/** Blank lines that end a block: the vertical space between two tables (rows have at most two). */
const BLOCK_BREAK = 3;
/** A wrapped label's lines sit right above or below their row. */
const WRAP_DISTANCE = 1;
/** Numbers (and blank markers) only: a row of values even when it stands alone. */
const VALUES_ONLY =
  /^([-+]?[\d０-９][\d０-９,.]*|[-—/／])([ \u00a0\u3000]{2,}([-+]?[\d０-９][\d０-９,.]*|[-—/／]))+$/;

/** Display width of a character: CJK and full-width forms take two columns in a monospaced layout. */
function charWidth(char: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
    char,
  )
    ? 2
    : 1;
}

type Metric = (text: string) => number;
const byChars: Metric = (text) => [...text].length;
const byDisplay: Metric = (text) => [...text].reduce((sum, char) => sum + charWidth(char), 0);

/** A line's pieces between runs of two or more spaces, with their columns under `metric`. */
function spansOf(line: string, metric: Metric): Span[] {
  const out: Span[] = [];
  for (const match of line.matchAll(/[^ \u00a0\u3000]+(?: [^ \u00a0\u3000]+)*/gu)) {
    const start = metric(line.slice(0, match.index));
    out.push({ start, end: start + metric(match[0]), text: match[0] });
  }
  return out;
}

function isSpaceRow(line: string): boolean {
  return CELL_GAP.test(line.trim());
}

/**
 * How well a block lands on its column grid: rows placed, then pieces inside
 * their column, then fewer columns (the wrong metric scatters a column's
 * pieces into several).
 */
function fitted(aligned: AlignedRows): number {
  const placed = aligned.rows.filter((row) => row.length === aligned.columns.length).length;
  return placed * 1_000_000 + aligned.overlapping * 1_000 - aligned.columns.length;
}

const placedRows = (aligned: AlignedRows | null) =>
  aligned ? aligned.rows.filter((row) => row.length === aligned.columns.length).length : -1;

/**
 * Whether `wider` only adds columns to `grid`: every row that fits `grid`
 * fits `wider` too, each of its pieces in the column that the same column of
 * `grid` always maps to (one column of `wider` per column of `grid`, in order).
 */
function onlyAddsColumns(grid: AlignedRows, wider: AlignedRows): boolean {
  const to = new Map<number, number>();
  const from = new Map<number, number>();
  return grid.rows.every((row, r) => {
    if (row.length !== grid.columns.length) return true;
    const other = wider.rows[r] ?? [];
    if (other.length !== wider.columns.length) return false;
    const here = row.flatMap((cell, k) => (cell === "" ? [] : [k]));
    const there = other.flatMap((cell, k) => (cell === "" ? [] : [k]));
    return (
      here.length === there.length &&
      here.every((k, i) => {
        const j = there[i] ?? -1;
        if ((to.get(k) ?? j) !== j || (from.get(j) ?? k) !== k) return false;
        to.set(k, j);
        from.set(j, k);
        return row[k] === other[j];
      })
    );
  });
}

/**
 * The grid of the fullest rows, unless the grid of every row's columns puts
 * strictly more rows on it (the fullest rows have blanks of their own) and
 * changes no row the fullest rows' grid places: it may only add columns.
 */
function onBetterGrid(fullest: AlignedRows | null, gaps: AlignedRows | null): AlignedRows | null {
  if (!gaps || placedRows(gaps) <= placedRows(fullest)) return fullest;
  return !fullest || onlyAddsColumns(fullest, gaps) ? gaps : fullest;
}

interface BlockResult {
  rows: Map<number, string[]>;
  taken: Set<number>;
}

/**
 * A block of space-aligned lines as rows of cells. Text laid out by
 * `pdftotext -layout` counts a CJK character as one column, text typed in
 * a monospaced editor as two: both are tried and the reading that puts more
 * rows on the grid wins. One-piece lines between the rows continue a label
 * (attachWrappedLines).
 */
function alignBlock(
  lines: readonly string[],
  from: number,
  to: number,
  isRow: readonly boolean[],
): BlockResult {
  let best: BlockResult | null = null;
  let bestFit = -1;
  for (const metric of [byChars, byDisplay]) {
    const block: BlockLine[] = [];
    for (let i = from; i <= to; i += 1) {
      const line = lines[i] ?? "";
      if (line.trim() !== "") block.push({ at: i, spans: spansOf(line, metric), row: isRow[i] ?? false });
    }
    const rowLines = block.filter((line) => line.row);
    const spans = rowLines.map((line) => line.spans);
    const aligned = onBetterGrid(alignColumns(spans), alignColumnsOnGaps(spans));
    if (!aligned || fitted(aligned) <= bestFit) continue;
    bestFit = fitted(aligned);
    const attached = attachWrappedLines(block, aligned, WRAP_DISTANCE);
    best = {
      rows: new Map(rowLines.map((line, k) => [line.at, attached.rows[k] ?? []])),
      taken: new Set([...attached.taken].map((k) => block[k]?.at ?? -1)),
    };
  }
  if (best) return best;
  const rows = new Map<number, string[]>();
  for (let i = from; i <= to; i += 1) if (isRow[i]) rows.set(i, (lines[i] ?? "").trim().split(CELL_GAP));
  return { rows, taken: new Set() };
}

/**
 * A one-piece line that is a row of the table printed with its label only
 * (an empty row): it starts with list numbering (`3.`, `（六）`) where a
 * piece of a row above it in the block starts. Such lines do not count
 * towards the one-piece lines that end a block.
 */
function isLabelOnlyRow(lines: readonly string[], members: readonly number[], at: number): boolean {
  const line = lines[at] ?? "";
  if (!LIST_MARK.test(line) || isSpaceRow(line)) return false;
  return [byChars, byDisplay].some((metric) => {
    const start = spansOf(line, metric)[0]?.start;
    return members.some((m) => spansOf(lines[m] ?? "", metric).some((span) => span.start === start));
  });
}

/**
 * Rows of plain-text tables whose columns are separated by runs of spaces
 * (what `pdftotext -layout` and many copies from Word give). A table is two
 * or more such lines, with at most two blank lines or three one-piece lines
 * (a wrapped label) between them; a lone line with a double space stays
 * text, unless it is nothing but numbers. Returns the rows by line index,
 * and the one-piece lines joined into a row's cell.
 */
export function spaceAlignedRows(lines: readonly string[]): BlockResult {
  const isRow = lines.map(isSpaceRow);
  const result: BlockResult = { rows: new Map(), taken: new Set() };
  let i = 0;
  while (i < lines.length) {
    if (!isRow[i]) {
      i += 1;
      continue;
    }
    const members = [i];
    let [at, inner, blank] = [i + 1, 0, 0];
    while (at < lines.length) {
      if (isRow[at]) {
        members.push(at);
        [inner, blank] = [0, 0];
      } else if ((lines[at] ?? "").trim() === "") {
        if (++blank >= BLOCK_BREAK) break;
      } else {
        // A section heading between two tables ends the first: it is never a wrapped label.
        if (isSectionHeading(lines[at] ?? "")) break;
        blank = 0;
        if (!isLabelOnlyRow(lines, members, at) && ++inner > MAX_INNER_LINES) break;
      }
      at += 1;
    }
    const last = members[members.length - 1] ?? i;
    if (members.length >= 2) {
      // Lines after the last row up to the break may end its label.
      const block = alignBlock(lines, i, Math.min(at, lines.length) - 1, isRow);
      block.rows.forEach((row, line) => result.rows.set(line, row));
      block.taken.forEach((line) => result.taken.add(line));
    } else if (VALUES_ONLY.test((lines[i] ?? "").trim())) {
      result.rows.set(i, (lines[i] ?? "").trim().split(CELL_GAP));
    }
    i = last + 1;
  }
  return result;
}
