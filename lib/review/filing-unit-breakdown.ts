import { readNumber } from "@/lib/format/cell-access";
import { formatCells, type ValueTableId } from "@/lib/format/cells";
import { kindLabel, type FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import { STATUS_LABELS } from "@/lib/workflow/status";
import type { SummaryData } from "./load-summary";

interface BreakdownColumn {
  reportId: string;
  filingUnitCode: string;
  filingUnitName: string;
  kind: FilingUnitKind;
  /** 乡镇, 县直部门…: what the unit is, beside its name. */
  kindLabel: string;
  /** Where the numbers come from: "第2版" (published) or the state of an approved report. */
  source: string;
}

interface BreakdownRow {
  cellId: string;
  label: string;
  total: number | null;
  /** One per column, in column order. */
  values: (number | null)[];
}

export interface FilingUnitBreakdown {
  columns: BreakdownColumn[];
  rows: BreakdownRow[];
}

/**
 * The figures that add up to the county summary: for every cell of the
 * tables, the total (of the county, or of the summary's kind group) and each
 * included filing unit's value beside it.
 * Pass a table id for one table's cells only.
 */
export function filingUnitBreakdown(summary: SummaryData, tableId?: ValueTableId): FilingUnitBreakdown {
  const columns = summary.included.map((s) => ({
    reportId: s.reportId,
    filingUnitCode: s.filingUnitCode,
    filingUnitName: s.filingUnitName,
    kind: s.kind,
    kindLabel: kindLabel(s.kind),
    source: s.revision ? `第${s.revision}版` : STATUS_LABELS[s.status],
  }));
  const cells = formatCells(summary.format).all.filter((c) => !tableId || c.id.startsWith(`${tableId}.`));
  return {
    columns,
    rows: cells.map((cell) => ({
      cellId: cell.id,
      label: cell.label,
      total: readNumber(summary.totals, cell),
      values: summary.included.map((s) => readNumber(s.data, cell)),
    })),
  };
}
