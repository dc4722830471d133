import type { FormatDef } from "@/lib/format/types";
import { distinctiveLabelKeys } from "./format-labels";
import { labelKey } from "./label-key";
import { soleCell } from "./line-text";
import type { SourceLine } from "./types";

/** Fewer distinct labels than this is not evidence (one stray "单位" proves nothing). */
const MIN_EVIDENCE = 2;

export interface FormatEvidence {
  format: FormatDef;
  /** Distinct labels of that format found as whole cells. */
  labels: string[];
}

/**
 * Keys of every cell, plus two consecutive one-cell lines joined: a header
 * cell that wraps ("本年新" / "制作数量") arrives as two lines.
 */
function candidateKeys(lines: readonly SourceLine[]): Set<string> {
  const keys = new Set<string>();
  let previous: string | null = null;
  for (const line of lines) {
    for (const cell of line.cells) if (cell !== "") keys.add(labelKey(cell));
    const sole = soleCell(line);
    const key = sole === null ? null : labelKey(sole);
    if (key !== null && previous !== null) keys.add(previous + key);
    previous = key;
  }
  return keys;
}

/**
 * The format whose own table labels the text prints: column headers such as
 * 本年新制作数量 (gov-2019) or 本年制发件数 (gov-2021). Never the year — a 2022
 * report on the 2019 template is gov-2019, and F-01 then says so. Null when
 * no format has enough evidence or two tie.
 */
export function detectFormat(lines: readonly SourceLine[]): FormatEvidence | null {
  const keys = candidateKeys(lines);
  const scored = [...distinctiveLabelKeys()].map(([format, own]) => ({
    format,
    labels: [...own].filter((key) => keys.has(key)),
  }));
  scored.sort((a, b) => b.labels.length - a.labels.length);
  const [best, second] = scored;
  if (!best || best.labels.length < MIN_EVIDENCE) return null;
  if (second && second.labels.length === best.labels.length) return null;
  return best;
}
