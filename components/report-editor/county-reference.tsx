"use client";
import { StatutoryTable } from "@/components/report/statutory-table";
import type { GovReportData } from "@/lib/format/report-data";
import { tableLayout } from "@/lib/format/table-layout";
import type { FormatDef, SectionDef } from "@/lib/format/types";
import { cellDisplay, cellValueOf } from "@/lib/publications/cell-display";
import type { CountyReference } from "@/lib/reports/load-county-reference";

/**
 * Beside the county government's own table: the same table summed over every
 * other unit of the county, folded away until asked for. Read-only and apart
 * from the form, so nothing of it can end up in the government's report.
 */
export function CountyReferenceTable({
  format,
  section,
  reference,
}: {
  format: FormatDef;
  section: SectionDef;
  reference: CountyReference;
}) {
  const layout = section.tableId && section.tableId !== "STAT" ? tableLayout(format, section.tableId) : null;
  if (!layout) return null;
  const data: GovReportData = { narratives: { s1: "", s5: "", s6: "" }, tables: reference.tables };
  return (
    <details className="mt-6 rounded border border-slate-300 bg-slate-50 p-3" data-testid="county-reference">
      <summary className="cursor-pointer font-medium">
        参考：全县其他单位 {reference.reportCount} 份已审核报告的汇总（仅供对照，不计入本报告）
      </summary>
      <p className="my-2 text-sm text-slate-700">
        本级政府年度报告只统计县人民政府（本级）自身的情况，不是各单位数字之和；下表供核对口径和数量级。
      </p>
      {reference.reportCount === 0 ? (
        <p className="text-sm text-slate-700">本年度尚无已审核或已公开的单位报告。</p>
      ) : (
        <StatutoryTable
          layout={layout}
          caption={`${section.heading}（全县其他单位汇总，参考）`}
          idPrefix="county-reference-"
          variant="document"
          className="report-table"
          renderValue={(c) =>
            cellDisplay(c.cell, cellValueOf(data, c.cell), data.cellText) || (
              <span className="sr-only">空</span>
            )
          }
        />
      )}
    </details>
  );
}
