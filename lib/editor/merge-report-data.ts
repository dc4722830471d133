import { formatCells } from "@/lib/format/cells";
import { readNumber } from "@/lib/format/cell-access";
import { computeTotals, type GovReportData } from "@/lib/format/report-data";
import { setCellValues } from "@/lib/format/set-cell-values";
import type { CellValue, FormatDef } from "@/lib/format/types";
import { NARRATIVE_SECTIONS, narrativeLabel, type DataDifference } from "./diff-report-data";

export interface MergeResult {
  /** Base + their changes + my changes; where both changed one item, `prefer` decides. */
  merged: GovReportData;
  /** Items both sides changed to different values. */
  conflicts: DataDifference[];
}

const shown = (v: CellValue) => (v === null ? "（空）" : String(v));

/**
 * Three-way merge of report content at the grain of a cell or a narrative:
 * changes made on one side only are kept, changes on both sides to different
 * values are conflicts for the person to decide. Nothing is dropped silently.
 */
export function mergeReportData(
  format: FormatDef,
  base: GovReportData,
  mine: GovReportData,
  theirs: GovReportData,
  prefer: "mine" | "theirs" = "mine",
): MergeResult {
  const conflicts: DataDifference[] = [];
  const narratives = { ...theirs.narratives };
  for (const key of NARRATIVE_SECTIONS) {
    const b = base.narratives[key] ?? "";
    const m = mine.narratives[key] ?? "";
    const t = theirs.narratives[key] ?? "";
    if (m === b || m === t) continue;
    if (t === b) narratives[key] = m;
    else {
      conflicts.push({ target: key, label: narrativeLabel(format, key), a: m, b: t });
      if (prefer === "mine") narratives[key] = m;
    }
  }
  const computed = new Set(format.sums.map((s) => s.target));
  const values: Record<string, CellValue> = {};
  for (const cell of formatCells(format).all) {
    if (computed.has(cell.id)) continue;
    const b = readNumber(base, cell);
    const m = readNumber(mine, cell);
    const t = readNumber(theirs, cell);
    if (m === b || m === t) continue;
    if (t === b) values[cell.id] = m;
    else {
      conflicts.push({ target: cell.id, label: cell.label, a: shown(m), b: shown(t) });
      if (prefer === "mine") values[cell.id] = m;
    }
  }
  const merged = computeTotals(format, { ...setCellValues(format, theirs, values), narratives }) as GovReportData;
  return { merged, conflicts };
}
