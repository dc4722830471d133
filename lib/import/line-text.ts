import type { SourceLine } from "./types";

/** The only non-empty cell of a line (a paragraph, or a row with one filled cell), else null. */
export function soleCell(line: SourceLine): string | null {
  let found: string | null = null;
  for (const cell of line.cells) {
    if (cell === "") continue;
    if (found !== null) return null;
    found = cell;
  }
  return found;
}

/** A line as one string: paragraphs as they are, rows with their filled cells joined by a tab. */
export function lineText(line: SourceLine): string {
  return line.cells.filter((cell) => cell !== "").join("\t");
}

/** Physical text lines of a range, for narratives (a cell may hold several). */
export function textLines(lines: readonly SourceLine[]): string[] {
  return lines.flatMap((line) =>
    lineText(line)
      .split("\n")
      .map((part) => part.trim())
      .filter((part) => part !== ""),
  );
}

/** The cells of a row from position `from` on, a cell spanning several columns counted once. */
export function cellsFrom(line: SourceLine, from: number): string[] {
  return line.cells.slice(from).filter((_, i) => !line.spannedLeft?.[from + i]);
}
