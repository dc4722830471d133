import { formatCells, tableLayout, type ValueTableId } from "@/lib/format/cells";
import type { FormatDef, SectionId } from "@/lib/format/types";

export interface RowTarget {
  /** `<tableId>.<rowKey>`: never a cell id, whose grid form has a column key too. */
  id: string;
  label: string;
  sectionId: SectionId;
}

const rowCache = new WeakMap<FormatDef, Map<string, RowTarget>>();

/** Table rows a comment can be anchored on: every row with a row label and values. */
export function rowTargets(format: FormatDef): Map<string, RowTarget> {
  const cached = rowCache.get(format);
  if (cached) return cached;
  const rows = new Map<string, RowTarget>();
  for (const section of format.sections) {
    if (section.kind !== "table" || !section.tableId || section.tableId === "STAT") continue;
    const layout = tableLayout(format, section.tableId as ValueTableId);
    for (const row of layout?.bodies.flat() ?? []) {
      const header = row.cells.find((c) => c.type === "header" && c.scope === "row");
      if (!header || header.type !== "header" || !row.cells.some((c) => c.type === "value")) continue;
      const id = rowTargetId(section.tableId, row.key);
      rows.set(id, { id, label: header.label, sectionId: section.id });
    }
  }
  rowCache.set(format, rows);
  return rows;
}

export function rowTargetId(tableId: string, rowKey: string): string {
  return `${tableId}.${rowKey}`;
}

/** A section, a table row or a cell of the format; null means the report as a whole. */
export function isCommentTarget(format: FormatDef, target: string): boolean {
  return (
    format.sections.some((s) => s.id === target) ||
    rowTargets(format).has(target) ||
    formatCells(format).byId.has(target)
  );
}

/** The section a comment anchor belongs to. */
export function sectionOfCommentTarget(format: FormatDef, target: string): SectionId | null {
  const section = format.sections.find((s) => s.id === target);
  if (section) return section.id;
  return rowTargets(format).get(target)?.sectionId ?? formatCells(format).byId.get(target)?.sectionId ?? null;
}

/** Human name of a comment anchor. */
export function commentTargetLabel(format: FormatDef, target: string | null): string {
  if (!target) return "整份报告";
  const section = format.sections.find((s) => s.id === target);
  if (section) return section.heading;
  const row = rowTargets(format).get(target);
  if (row) return `${row.label}（整行）`;
  return formatCells(format).byId.get(target)?.label ?? target;
}
