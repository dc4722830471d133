import type { RowHit } from "./find-row";
import type { KeyedLines } from "./keyed-lines";
import { cellsFrom, soleCell } from "./line-text";
import type { SourceLine } from "./types";
import { isValueText } from "./value-text";

/**
 * A row of space-aligned text: a blank cell is a gap between pieces, so a row
 * with fewer cells than the table's columns does not say where its blanks are.
 */
export function spaceRow(line: SourceLine | undefined): boolean {
  return line?.kind === "space";
}

/** How many non-value lines may follow a label before its values (a label that wraps). */
const MAX_CONTINUATION_LINES = 2;

export type RowCells =
  /**
   * Cell texts by position ("" for blank). `doubt`: the row had fewer cells
   * than columns (short), or empty cells at both ends so that a blank could
   * sit at either (shifted; read as label-span padding on the left).
   */
  | { kind: "placed"; cells: string[]; doubt: "short" | "shifted" | null; lastLine: number }
  /** More filled cells than columns: which are which cannot be told. */
  | { kind: "extra"; cells: string[]; lastLine: number }
  /**
   * Values with no positions (blanks left no trace). `ownLines`: they stood on
   * lines of their own below the label, not in a table row; such a figure may
   * be one printed outside the table, and the row's own cells may still be
   * found as a row of values nearby.
   */
  | { kind: "unplaced"; values: string[]; lastLine: number; ownLines?: true };

/**
 * Drops empty cells until the row fits: first from the start (exports pad a
 * label that spans columns with empty cells), then from the end.
 */
export function trimToWidth(cells: readonly string[], width: number, startFirst = true): string[] {
  const out = [...cells];
  const dropStart = () => {
    while (out.length > width && out[0] === "") out.shift();
  };
  const dropEnd = () => {
    while (out.length > width && out[out.length - 1] === "") out.pop();
  };
  if (startFirst) {
    dropStart();
    dropEnd();
  } else {
    dropEnd();
    dropStart();
  }
  return out;
}

/**
 * Values of a table row by position, after trimming label-span padding. A
 * row with fewer cells than columns is read left to right only when all its
 * values are the same (then no placement changes a number, only which cell is
 * blank, and that is reported); otherwise which value is which is unknown.
 * A short row of space-aligned text (`noBlanks`) is never read so: its
 * block's column grid lacks columns of the table (or the row is off the grid,
 * its pieces as printed), and where the blanks fall cannot be told; equal
 * values in the wrong cells are still wrong cells.
 */
export function placeRowCells(
  after: readonly string[],
  width: number,
  line: number,
  noBlanks = false,
): RowCells {
  const cells = trimToWidth(after, width);
  if (cells.length > width) return { kind: "extra", cells, lastLine: line };
  const values = cells.filter((cell) => cell !== "");
  const filled = values.length > 0;
  let doubt: "short" | "shifted" | null = null;
  if (cells.length < width && (noBlanks || new Set(values).size > 1)) {
    return { kind: "unplaced", values, lastLine: line };
  }
  if (cells.length < width && filled) doubt = "short";
  else if (filled && trimToWidth(after, width, false).join("\t") !== cells.join("\t")) doubt = "shifted";
  while (cells.length < width) cells.push("");
  return { kind: "placed", cells, doubt, lastLine: line };
}

/**
 * Values written one per line from line `from` on: as many as there are
 * columns, stopping at a label. Up to two other lines may come first (a
 * label that wraps onto the next line).
 */
export function collectValueLines(
  doc: KeyedLines,
  from: number,
  end: number,
  width: number,
  isLabel: (key: string) => boolean,
): RowCells {
  const values: string[] = [];
  let skipped = 0;
  let lastLine = from - 1;
  for (let i = from; i < end && values.length < width; i += 1) {
    const next = doc.lines[i];
    if (!next) break;
    // An empty pipe cell ("|") holds a place; a paragraph is never empty.
    const text =
      soleCell(next) ?? (next.kind === "pipe" && next.cells.every((cell) => cell === "") ? "" : null);
    if (text === null) break;
    if (text === "" || isValueText(text)) {
      values.push(text);
      lastLine = i;
      continue;
    }
    const key = doc.keys[i]?.find((k) => k !== "") ?? "";
    if (values.length > 0 || isLabel(key) || skipped >= MAX_CONTINUATION_LINES) break;
    skipped += 1;
  }
  // One more value straight after the row: the row has more values than columns.
  const next = doc.lines[lastLine + 1];
  const following = next ? soleCell(next) : null;
  if (values.length === width && following !== null && isValueText(following)) {
    return { kind: "extra", cells: [...values, following], lastLine: lastLine + 1 };
  }
  if (values.length === width) return { kind: "placed", cells: values, doubt: null, lastLine };
  return { kind: "unplaced", values, lastLine: Math.max(lastLine, from - 1), ownLines: true };
}

/** A table row holding only values (no label): the row of a label printed above or beside it. */
function isValuesRow(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell !== "");
  return cells.length > 1 && filled.length > 0 && filled.every(isValueText);
}

/** Cells after the label on each line the label covers, and rows of values between its parts. */
function valueCandidates(doc: KeyedLines, hit: RowHit): { line: number; cells: string[] }[] {
  const first = hit.parts[0]?.line ?? hit.line;
  const last = hit.parts[hit.parts.length - 1]?.line ?? hit.line;
  const out: { line: number; cells: string[] }[] = [];
  for (let line = first; line <= last; line += 1) {
    const source = doc.lines[line];
    const cells = source ? cellsFrom(source, 0) : [];
    const labelCells = hit.parts.filter((part) => part.line === line).map((part) => part.cell);
    const after = source && labelCells.length > 0 ? cellsFrom(source, Math.max(...labelCells) + 1) : cells;
    if (labelCells.length > 0 ? after.some((cell) => cell !== "") : isValuesRow(cells)) {
      out.push({ line, cells: after });
    }
  }
  return out;
}

/**
 * The values of the row labelled at `hit`. In a table row (tabs, pipes,
 * HTML) they are the cells after the label, by position; a label that wraps
 * may have them on any one of its lines. In text with one cell per line
 * they are the value lines that follow the label (not when `ownLinesOnly`:
 * a label found out of order must carry its values itself).
 */
export function readRowValues(
  doc: KeyedLines,
  hit: RowHit,
  end: number,
  width: number,
  isLabel: (key: string) => boolean,
  ownLinesOnly = false,
): RowCells {
  const last = hit.parts[hit.parts.length - 1]?.line ?? hit.line;
  // "行政许可 97": one line of text holding the label and its values; blanks leave no trace there.
  if (hit.inline) {
    return hit.inline.length === width
      ? { kind: "placed", cells: hit.inline, doubt: null, lastLine: hit.line }
      : { kind: "unplaced", values: hit.inline, lastLine: hit.line };
  }
  const labelEnd = Math.max(...hit.parts.map((part) => part.cell));
  const labelLine = doc.lines[hit.line];
  const after = labelLine ? cellsFrom(labelLine, labelEnd + 1) : [];
  // A label on one line with cells after it: those cells are the row, blank or not.
  if (last === hit.line && after.length > 0)
    return placeRowCells(after, width, hit.line, spaceRow(labelLine));
  const candidates = valueCandidates(doc, hit);
  if (candidates.length > 1) {
    const values = candidates.flatMap((candidate) => candidate.cells.filter((cell) => cell !== ""));
    return { kind: "unplaced", values, lastLine: last };
  }
  const [only] = candidates;
  if (only) {
    return { ...placeRowCells(only.cells, width, only.line, spaceRow(doc.lines[only.line])), lastLine: last };
  }
  if (ownLinesOnly) return { kind: "unplaced", values: [], lastLine: last };
  // A label set as a heading ("### （一）予以公开", OCR output): its own small table follows.
  const below = doc.lines[last + 1];
  if (/^\s*#/.test(labelLine?.cells[hit.cell] ?? "") && below && last + 1 < end && isValuesRow(below.cells)) {
    return placeRowCells(cellsFrom(below, 0), width, last + 1, spaceRow(below));
  }
  return collectValueLines(doc, last + 1, end, width, isLabel);
}
