import type { FormatDef } from "../format/types";
import type { Finding } from "./types";

/**
 * Rank of the section a finding belongs to, from its first cell: "s5" → s5,
 * "T3.r01.c1" → the section holding T3. Findings without cells (the format
 * itself) come first.
 */
function sectionRank(format: FormatDef, finding: Finding): number {
  const first = finding.cells[0];
  if (first === undefined) return -1;
  const prefix = first.split(".")[0];
  const index = format.sections.findIndex((section) => section.id === prefix || section.tableId === prefix);
  return index === -1 ? format.sections.length : index;
}

/** Stable: within a section, findings keep the order the checks produced them in. */
export function orderFindings(format: FormatDef, findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index, rank: sectionRank(format, finding) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ finding }) => finding);
}
