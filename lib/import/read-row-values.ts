import type { KeyedLines, LabelHit } from "./keyed-lines";
import { soleCell } from "./line-text";
import { isValueText } from "./value-text";

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
  /** Values on lines of their own, fewer than columns: blanks left no trace, so positions are unknown. */
  | { kind: "unplaced"; values: string[]; lastLine: number };

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
 */
export function placeRowCells(after: readonly string[], width: number, line: number): RowCells {
  const cells = trimToWidth(after, width);
  if (cells.length > width) return { kind: "extra", cells, lastLine: line };
  const values = cells.filter((cell) => cell !== "");
  const filled = values.length > 0;
  let doubt: "short" | "shifted" | null = null;
  if (cells.length < width && new Set(values).size > 1) return { kind: "unplaced", values, lastLine: line };
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
  return { kind: "unplaced", values, lastLine: Math.max(lastLine, from - 1) };
}

/**
 * The values of the row labelled at `hit`. In a table row (tabs, pipes,
 * HTML) they are the cells after the label, by position. In text with one
 * cell per line they are the value lines that follow the label.
 */
export function readRowValues(
  doc: KeyedLines,
  hit: LabelHit,
  end: number,
  width: number,
  isLabel: (key: string) => boolean,
): RowCells {
  const line = doc.lines[hit.line];
  const after = line ? line.cells.slice(hit.cell + 1) : [];
  if (after.length > 0) return placeRowCells(after, width, hit.line);
  return collectValueLines(doc, hit.line + 1, end, width, isLabel);
}
