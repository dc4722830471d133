import { formatCells } from "@/lib/format/cells";
import type { FormatDef } from "@/lib/format/types";

/** Human name of a comment anchor. */
export function commentTargetLabel(format: FormatDef, target: string | null): string {
  if (!target) return "整份报告";
  const section = format.sections.find((s) => s.id === target);
  if (section) return section.heading;
  return formatCells(format).byId.get(target)?.label ?? target;
}

/** Options for choosing an anchor: sections, then the cells of each table section. */
export function commentTargetOptions(format: FormatDef) {
  const cells = formatCells(format);
  return [
    { group: "报告各部分", options: format.sections.map((s) => ({ value: s.id, label: s.heading })) },
    ...format.sections
      .filter((s) => s.kind === "table")
      .map((s) => ({
        group: `${s.heading}（单元格）`,
        options: cells.all.filter((c) => c.sectionId === s.id).map((c) => ({ value: c.id, label: c.label })),
      })),
  ];
}
