import type { KeyedLines } from "./keyed-lines";
import { labelKey } from "./label-key";
import type { RowIdentities } from "./row-identity";
import { isValueText } from "./value-text";

/** A row label as found: the cells holding it, in reading order (a wrapped label spans several). */
export interface RowHit {
  line: number;
  cell: number;
  parts: { line: number; cell: number }[];
  /** Values printed after the label inside the same text cell ("行政许可 97"). */
  inline?: string[];
}

/** A text cell that is a label followed by space-separated values: the label part and the values. */
function splitInline(text: string): { label: string; values: string[] } | null {
  const words = text.split(/[\s\u00a0\u3000]+/).filter((word) => word !== "");
  let at = words.length;
  while (at > 0 && isValueText(words[at - 1] ?? "")) at -= 1;
  if (at === 0 || at === words.length) return null;
  return { label: words.slice(0, at).join(""), values: words.slice(at) };
}

export interface AmbiguousLabel {
  line: number;
  text: string;
  rows: number[];
}

/** Lines a wrapped label may continue over (values and short group fragments may sit between). */
const MAX_WRAP_LINES = 4;
/** Text this short between the parts of a label is a stray fragment, not the label's end. */
const MAX_FRAGMENT = 2;

function firstText(doc: KeyedLines, line: number): { cell: number; key: string; text: string } | null {
  const cells = doc.lines[line]?.cells ?? [];
  for (let cell = 0; cell < cells.length; cell += 1) {
    const text = cells[cell] ?? "";
    if (text === "" || isValueText(text)) continue;
    return { cell, key: doc.keys[line]?.[cell] ?? "", text };
  }
  return null;
}

/** The rest of a label that wraps onto the following lines; null unless the joined text names the row. */
function wrappedLabel(
  doc: KeyedLines,
  start: { line: number; cell: number; key: string },
  end: number,
  row: number,
  ids: RowIdentities,
): RowHit | null {
  const parts = [{ line: start.line, cell: start.cell }];
  let joined = start.key;
  for (let line = start.line + 1; line < Math.min(end, start.line + 1 + MAX_WRAP_LINES); line += 1) {
    const next = firstText(doc, line);
    if (!next) continue;
    const longer = joined + next.key;
    if (ids.completes(longer, row)) {
      return { line: start.line, cell: start.cell, parts: [...parts, { line, cell: next.cell }] };
    }
    if (ids.startsLabel(longer).includes(row)) {
      joined = longer;
      parts.push({ line, cell: next.cell });
    } else if (next.text.length > MAX_FRAGMENT && !ids.isGroupPart(next.key)) return null;
  }
  return null;
}

/**
 * First label of `row` in [from, end): a cell naming it, two adjacent cells
 * that together name it, or a label wrapped onto the next lines. A cell that
 * could name this row and another is reported in `ambiguous` and skipped.
 */
export function findRow(
  doc: KeyedLines,
  from: number,
  end: number,
  row: number,
  ids: RowIdentities,
  ambiguous: AmbiguousLabel[],
): RowHit | null {
  for (let line = Math.max(0, from); line < Math.min(end, doc.lines.length); line += 1) {
    const cells = doc.lines[line]?.cells ?? [];
    const keys = doc.keys[line] ?? [];
    for (let cell = 0; cell < keys.length; cell += 1) {
      const key = keys[cell] ?? "";
      if (key === "" || isValueText(cells[cell] ?? "")) continue;
      const match = ids.match(key);
      if (match?.rows.includes(row)) {
        if (match.rows.length === 1) {
          // A note cut off at its bracket ("（二）部分公开（区分处理的，只计这一情") goes on below.
          const open = key.lastIndexOf("(") > key.lastIndexOf(")");
          const wrapped = open ? wrappedLabel(doc, { line, cell, key }, end, row, ids) : null;
          return wrapped ?? { line, cell, parts: [{ line, cell }] };
        }
        ambiguous.push({ line, text: cells[cell] ?? "", rows: match.rows });
        continue;
      }
      if (match) continue;
      const nextKey = keys[cell + 1] ?? "";
      if (nextKey !== "" && !isValueText(cells[cell + 1] ?? "")) {
        const joined = ids.match(key + nextKey);
        if (joined?.rows.length === 1 && joined.rows[0] === row) {
          return {
            line,
            cell,
            parts: [
              { line, cell },
              { line, cell: cell + 1 },
            ],
          };
        }
      }
      const inline = doc.lines[line]?.kind === "text" ? splitInline(cells[cell] ?? "") : null;
      const inlineMatch = inline ? ids.match(labelKey(inline.label)) : null;
      if (inline && inlineMatch?.rows.length === 1 && inlineMatch.rows[0] === row) {
        return { line, cell, parts: [{ line, cell }], inline: inline.values };
      }
      if (ids.startsLabel(key).includes(row)) {
        const wrapped = wrappedLabel(doc, { line, cell, key }, end, row, ids);
        if (wrapped) return wrapped;
      }
    }
  }
  return null;
}
