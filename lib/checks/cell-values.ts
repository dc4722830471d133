import { formatCells } from "../format/cells";
import { cellValueProblem, statValueKind } from "../format/cell-value-rules";
import { readCell } from "../format/cell-access";
import { isGovData, type StatRow } from "../format/report-data";
import { ALL_FORMATS, type Check, type Finding } from "./types";

function shown(value: unknown): number | string {
  return typeof value === "number" || typeof value === "string" ? value : String(value);
}

function statFindings(rows: unknown): Finding[] {
  if (!Array.isArray(rows)) return [];
  const list: readonly unknown[] = rows;
  return list.flatMap((item, index): Finding[] => {
    const row: Partial<Record<keyof StatRow, unknown>> =
      typeof item === "object" && item !== null ? item : {};
    const problem = cellValueProblem(statValueKind(String(row.unit ?? "")), row.value);
    if (!problem) return [];
    return [
      {
        id: "V-02",
        severity: "error",
        // stat-2014 cell ids are "STAT.<array index>".
        cells: [`STAT.${index}`],
        reported: shown(row.value),
        message: `${String(row.label ?? `第${index + 1}行`)}：${problem}`,
      },
    ];
  });
}

/** V-02: the same value rules as the form, for data that arrived by import without them. */
export const cellValuesCheck: Check = {
  id: "V-02",
  severity: "error",
  description: "数值不合规则：件数应为不小于0的整数（2019年版“本年增/减”可为负），金额不小于0且最多4位小数",
  formats: ALL_FORMATS,
  run(format, data) {
    if (!isGovData(data)) return statFindings(data.tables.STAT);
    return formatCells(format).all.flatMap((cell): Finding[] => {
      const value = readCell(data, cell);
      const problem = cellValueProblem(cell.kind, value);
      if (!problem) return [];
      return [
        {
          id: "V-02",
          severity: "error",
          cells: [cell.id],
          reported: shown(value),
          message: `${cell.label}：${problem}`,
        },
      ];
    });
  },
};
