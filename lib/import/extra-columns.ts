import { labelKey } from "./label-key";
import type { SourceLine } from "./types";

/**
 * Columns some portals add to the form's tables: a leading 序号 column
 * numbering the rows, a trailing 备注 column. Neither is a column of the
 * form, and read as one it would shift every value by a column. They are
 * dropped only where they can be recognised without guessing:
 *
 * - 序号: the first cell of a header row is 序号 and, in every row under it
 *   whose first cell is a number, those numbers run 1, 2, 3 … in order
 *   (starting again under each 序号 header: one per T2 block). Rows whose
 *   first cell is anything else (a block title spanning the table) are left
 *   as they are.
 * - 备注: in an HTML table (a grid, so positions are reliable), the last
 *   column of a header row is 备注; that position is dropped from every row.
 *
 * A table whose first column is headed 序号 but is not numbered 1 … n in
 * order keeps it: its rows are then wider than the form and reported.
 */

const SEQUENCE = labelKey("序号");
const REMARK = labelKey("备注");
const NUMBER = /^[0-9０-９]+$/;

type Table = SourceLine[];

function isRowKind(line: SourceLine): boolean {
  return line.kind !== "text" && line.cells.length >= 2;
}

/** Runs of consecutive rows of one table: one kind, and for HTML one table. */
function tablesOf(lines: readonly SourceLine[]): Table[] {
  const out: Table[] = [];
  let current: Table = [];
  for (const line of lines) {
    const last = current[current.length - 1];
    const continues = last && isRowKind(line) && line.kind === last.kind && line.group === last.group;
    if (!continues && current.length > 0) {
      out.push(current);
      current = [];
    }
    if (isRowKind(line)) current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function firstKey(line: SourceLine): string {
  return labelKey(line.cells[0] ?? "");
}

function coveredBy(line: SourceLine, at: number): string {
  return labelKey(line.covered?.[at] ?? "");
}

function toNumber(text: string): number {
  return Number(text.normalize("NFKC"));
}

/** The rows of `table` whose first position is the 序号 column (header, its span below, numbers); null if it is not one. */
function sequenceRows(table: Table): Set<SourceLine> | null {
  const rows = new Set<SourceLine>();
  let expected = 0;
  let numbers = 0;
  for (const line of table) {
    const first = (line.cells[0] ?? "").trim();
    if (firstKey(line) === SEQUENCE) {
      rows.add(line);
      expected = 1;
    } else if (expected === 0) {
      continue;
    } else if (first === "" && coveredBy(line, 0) === SEQUENCE) {
      rows.add(line);
    } else if (NUMBER.test(first)) {
      if (toNumber(first) !== expected) return null;
      rows.add(line);
      expected += 1;
      numbers += 1;
    }
  }
  return numbers > 0 ? rows : null;
}

function dropAt(line: SourceLine, at: number): SourceLine {
  const without = <T>(items: readonly T[] | undefined): T[] | undefined =>
    items ? items.filter((_, i) => i !== at) : undefined;
  const out: SourceLine = { ...line, cells: without(line.cells) ?? [] };
  if (line.covered) out.covered = without(line.covered);
  if (line.spannedLeft) out.spannedLeft = without(line.spannedLeft);
  return out;
}

/** The position of a trailing 备注 column in an HTML table, or null. */
function remarkColumn(table: Table): number | null {
  if (table[0]?.kind !== "table") return null;
  for (const line of table) {
    const last = line.cells.length - 1;
    if (last > 0 && labelKey(line.cells[last] ?? "") === REMARK) return last;
  }
  return null;
}

export function dropExtraColumns(lines: readonly SourceLine[]): SourceLine[] {
  const replaced = new Map<SourceLine, SourceLine>();
  for (const table of tablesOf(lines)) {
    const sequence = sequenceRows(table);
    const remark = remarkColumn(table);
    for (const line of table) {
      let out = line;
      if (remark !== null && out.cells.length === remark + 1) out = dropAt(out, remark);
      if (sequence?.has(line)) out = dropAt(out, 0);
      if (out !== line) replaced.set(line, out);
    }
  }
  return lines.map((line) => replaced.get(line) ?? line);
}
