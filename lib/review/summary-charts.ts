import { getGridTable, makeCellId } from "@/lib/format/cells";
import { numberReader } from "@/lib/format/cell-access";
import { T3_RESULTS_PATH, T3_ROW, T3_TOTAL_COLUMN } from "@/lib/format/gov-tables";
import { collectLeaves, findNode } from "@/lib/format/header-tree";
import type { GovReportData } from "@/lib/format/report-data";
import type { FormatDef } from "@/lib/format/types";
import type { DeadlineKind, DeadlineState } from "./deadline-state";

export interface ChartDatum {
  label: string;
  value: number;
}

/** T3 一、本年新收 总计 (r01 c7) per filing unit, in filing unit order. */
export function applicationsByFilingUnit(
  format: FormatDef,
  sources: readonly { filingUnitName: string; data: GovReportData }[],
): ChartDatum[] {
  const cellId = makeCellId("T3", T3_ROW.received, T3_TOTAL_COLUMN);
  return sources.map((s) => ({ label: s.filingUnitName, value: numberReader(format, s.data)(cellId) ?? 0 }));
}

/** The T3 rows the two T3 charts add up, as the format prints them; null for a format without T3. */
export function t3ChartLabels(format: FormatDef): { received: string; results: string } | null {
  const rows = getGridTable(format, "T3")?.rows ?? [];
  const received = rows.find((node) => node.key === T3_ROW.received)?.label;
  const results = findNode(rows, T3_RESULTS_PATH)?.label;
  return received && results ? { received, results } : null;
}

/** "一、本年新收政府信息公开申请数量" → "本年新收政府信息公开申请数量", for a chart's title. */
export function withoutGroupNumber(label: string): string {
  return label.replace(/^[一二三四五六七八九十]+、/, "");
}

/** "（二）部分公开（区分处理的，…）" → "（二）部分公开": the printed note is too long for an axis. */
export function shortOutcomeLabel(label: string): string {
  const m = /^(（[^）]+）[^（]*)/.exec(label);
  return m?.[1] ?? label;
}

/**
 * 三、本年度办理结果 (r03..r23, 总计 c7) added up by its second-level groups
 * （一）予以公开 … （六）其他处理, read from the format so both formats work.
 */
export function outcomeMix(format: FormatDef, totals: GovReportData): ChartDatum[] {
  const table = getGridTable(format, "T3");
  const results = table ? findNode(table.rows, T3_RESULTS_PATH) : undefined;
  if (!results?.children) return [];
  const value = numberReader(format, totals);
  return results.children
    .filter((node) => node.key !== T3_ROW.total)
    .map((node) => ({
      label: shortOutcomeLabel(node.label),
      value: collectLeaves([node]).reduce(
        (sum, leaf) => sum + (value(makeCellId("T3", leaf.key, T3_TOTAL_COLUMN)) ?? 0),
        0,
      ),
    }));
}

const TIMELINESS: { kind: DeadlineKind; label: string }[] = [
  { kind: "on_time", label: "按时公开" },
  { kind: "late", label: "逾期公开" },
  { kind: "overdue", label: "逾期未公开" },
  { kind: "remaining", label: "未到截止日期" },
  { kind: "date_unknown", label: "日期不详" },
  { kind: "not_assessed", label: "未纳入统计" },
];

/** FilingUnits by where they stand against the deadline. */
export function publicationTimeliness(states: readonly DeadlineState[]): ChartDatum[] {
  return (
    TIMELINESS.map(({ kind, label }) => ({
      kind,
      label,
      value: states.filter((s) => s.kind === kind).length,
    }))
      // A year of imported history is the only one with units not judged: no empty bar elsewhere.
      .filter(({ kind, value }) => kind !== "not_assessed" || value > 0)
      .map(({ label, value }) => ({ label, value }))
  );
}
