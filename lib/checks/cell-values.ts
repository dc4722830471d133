import { formatCells } from "../format/cells";
import { amountPrecisionNote, cellValueProblem, statValueKind } from "../format/cell-value-rules";
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
    const kind = statValueKind(String(row.unit ?? ""));
    const problem = cellValueProblem(kind, row.value);
    const note = problem ? null : amountPrecisionNote(kind, row.value);
    if (!problem && !note) return [];
    return [
      {
        id: "V-02",
        severity: problem ? "error" : "warning",
        // stat-2014 cell ids are "STAT.<array index>".
        cells: [`STAT.${index}`],
        reported: shown(row.value),
        message: `${String(row.label ?? `第${index + 1}行`)}：${problem ?? note}`,
      },
    ];
  });
}

/**
 * V-02: the same value rules as the form, for data that arrived by import
 * without them. Amounts may have up to 6 decimals (万元 to the cent, as real
 * reports print it, see AMOUNT_DECIMALS); more is a warning about the unit,
 * never a reason to drop the value.
 */
export const cellValuesCheck: Check = {
  id: "V-02",
  severity: "error",
  description:
    "数值不合规则：件数应为不小于0的整数（2019年版“本年增/减”可为负），金额不小于0；金额超过6位小数（比分还细）为警告",
  formats: ALL_FORMATS,
  run(format, data) {
    if (!isGovData(data)) return statFindings(data.tables.STAT);
    return formatCells(format).all.flatMap((cell): Finding[] => {
      const value = readCell(data, cell);
      const problem = cellValueProblem(cell.kind, value);
      const note = problem ? null : amountPrecisionNote(cell.kind, value);
      if (!problem && !note) return [];
      return [
        {
          id: "V-02",
          severity: problem ? "error" : "warning",
          cells: [cell.id],
          reported: shown(value),
          message: `${cell.label}：${problem ?? note}`,
        },
      ];
    });
  },
};
