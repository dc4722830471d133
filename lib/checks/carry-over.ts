import { formatCells, makeCellId } from "../format/cells";
import { T3_ROW } from "../format/gov-tables";
import { readNumber } from "../format/cell-access";
import { isGovData } from "../format/report-data";
import { previousYearReader } from "./last-year";
import { GOV_FORMATS, type Check, type Finding } from "./types";

/** T3-06: 上年结转 must be what last year's report carried forward (E05). */
export const carryOverCheck: Check = {
  id: "T3-06",
  severity: "warning",
  description: "上年结转申请数应等于上一年度报告的结转下年度继续办理数",
  formats: GOV_FORMATS,
  run(format, data, context) {
    if (!isGovData(data)) return [];
    // Both gov formats key 结转下年度 as r25; stat-2014 had no such row.
    const previous = previousYearReader(context, GOV_FORMATS);
    if (!previous) return [];
    return formatCells(format)
      .byTable.T3.filter((cell) => cell.rowKey === T3_ROW.carriedIn)
      .flatMap((cell): Finding[] => {
        const current = readNumber(data, cell);
        const lastCellId = makeCellId("T3", T3_ROW.carriedOut, cell.columnKey);
        const carried = previous.value(lastCellId);
        if (current === null || carried === null || current === carried) return [];
        const lastRow = previous.cell(lastCellId)?.rowLabel ?? "结转下年度继续办理";
        return [
          {
            id: "T3-06",
            severity: "warning",
            cells: [cell.id],
            reported: current,
            computed: carried,
            message: `${cell.rowLabel ?? ""}（${current}）应等于${previous.year}年度报告“${lastRow}”（${carried}）：${cell.columnLabel}列`,
          },
        ];
      });
  },
};
