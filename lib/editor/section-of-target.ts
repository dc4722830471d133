import { formatCells } from "@/lib/format/cells";
import type { FormatDef, SectionId } from "@/lib/format/types";

const SECTION_IDS = new Set(["s1", "s2", "s3", "s4", "s5", "s6"]);

/** The section a finding target (a cell id or a section id) belongs to. */
export function sectionOfTarget(format: FormatDef, target: string): SectionId | null {
  if (SECTION_IDS.has(target)) return target as SectionId;
  return formatCells(format).byId.get(target)?.sectionId ?? null;
}
