import { clusterPositions } from "./cluster";
import { centerY, type TextRun } from "./geometry";

/** One printed line: runs on the same baseline, left to right. */
export interface TextLine {
  runs: TextRun[];
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** The line's largest font size. */
  size: number;
}

/** A gap wider than this share of the font size between two runs is a space. */
const SPACE_GAP = 0.2;
/** Runs whose vertical centres differ by less than this share of the font size share a line. */
const SAME_LINE = 0.45;

const WORD_CHAR = /[0-9A-Za-z%.,:;)\]]$/;
const WORD_START = /^[0-9A-Za-z(\[]/;

/** A line's runs as text: a visible gap is a space, runs that touch are one word. */
export function joinRuns(runs: readonly TextRun[]): string {
  let text = "";
  let previous: TextRun | null = null;
  for (const run of runs) {
    if (previous) {
      const gap = run.x0 - previous.x1;
      const size = Math.max(run.size, previous.size);
      if (gap > size * SPACE_GAP) text += " ";
    }
    text += run.text;
    previous = run;
  }
  return text.replace(/\s+/g, " ").trim();
}

function lineOf(runs: TextRun[]): TextLine {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  return {
    runs: sorted,
    text: joinRuns(sorted),
    x0: Math.min(...sorted.map((r) => r.x0)),
    x1: Math.max(...sorted.map((r) => r.x1)),
    top: Math.min(...sorted.map((r) => r.top)),
    bottom: Math.max(...sorted.map((r) => r.bottom)),
    size: Math.max(...sorted.map((r) => r.size)),
  };
}

/** Runs grouped into lines by their vertical centre, top to bottom. */
export function groupLines(runs: readonly TextRun[]): TextLine[] {
  if (runs.length === 0) return [];
  const size = Math.min(...runs.map((r) => r.size));
  const centres = clusterPositions(runs.map(centerY), size * SAME_LINE);
  const buckets = centres.map(() => [] as TextRun[]);
  for (const run of runs) {
    let best = 0;
    centres.forEach((c, i) => {
      if (Math.abs(c - centerY(run)) < Math.abs((centres[best] ?? 0) - centerY(run))) best = i;
    });
    buckets[best]?.push(run);
  }
  return buckets.filter((b) => b.length > 0).map(lineOf);
}

/**
 * The lines of one table cell as its text. A cell's text wraps because the
 * column is narrow, so lines join without a break; two numbers on two lines
 * stay apart ("7\n0" is not 70), as do two words of Latin script.
 */
export function cellText(lines: readonly TextLine[]): string {
  return joinCellLines(lines.map((line) => line.text));
}

/** Pieces of one cell's text, top to bottom, joined as `cellText` joins its lines. */
export function joinCellLines(pieces: readonly string[]): string {
  let text = "";
  for (const piece of pieces) {
    if (piece === "") continue;
    if (text === "") text = piece;
    else if (WORD_CHAR.test(text) && WORD_START.test(piece))
      text += /\d$/.test(text) && /^\d/.test(piece) ? `\n${piece}` : ` ${piece}`;
    else text += piece;
  }
  return text;
}
