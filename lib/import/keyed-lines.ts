import { labelKey } from "./label-key";
import type { SourceLine } from "./types";

/** Source lines with every cell's label key computed once (readers compare keys many times). */
export interface KeyedLines {
  lines: readonly SourceLine[];
  keys: readonly (readonly string[])[];
}

export function keyLines(lines: readonly SourceLine[]): KeyedLines {
  return { lines, keys: lines.map((line) => line.cells.map(labelKey)) };
}

export interface LabelHit {
  line: number;
  cell: number;
}

/** First cell in [from, end) that `matches`, scanning rows left to right. */
export function findCell(
  doc: KeyedLines,
  from: number,
  end: number,
  matches: (key: string) => boolean,
): LabelHit | null {
  for (let line = Math.max(0, from); line < Math.min(end, doc.keys.length); line += 1) {
    const keys = doc.keys[line] ?? [];
    for (let cell = 0; cell < keys.length; cell += 1) {
      if (matches(keys[cell] ?? "")) return { line, cell };
    }
  }
  return null;
}
