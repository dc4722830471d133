import { formatCells, makeCellId } from "../format/cells";
import { T3_ROW } from "../format/gov-tables";
import { numberReader, sumOrNull } from "../format/cell-access";
import { isGovData } from "../format/report-data";
import { GOV_FORMATS, type Check, type Finding } from "./types";

/**
 * T3-01, the balance printed in T3's own corner: 一 + 二 = 三 + 四 per column.
 * Not a declared sum because its "target" is two cells.
 */
export const applicationBalanceCheck: Check = {
  id: "T3-01",
  severity: "error",
  description: "申请情况表每列：本年新收加上年结转，应等于本年度办理结果总计加结转下年度",
  formats: GOV_FORMATS,
  run(format, data) {
    if (!isGovData(data)) return [];
    const value = numberReader(format, data);
    const columns = formatCells(format).byTable.T3.filter((cell) => cell.rowKey === T3_ROW.received);
    return columns.flatMap((column): Finding[] => {
      const ids = [T3_ROW.received, T3_ROW.carriedIn, T3_ROW.total, T3_ROW.carriedOut].map((row) =>
        makeCellId("T3", row, column.columnKey),
      );
      const [received, carriedIn, total, carriedOut] = ids.map(value);
      const left = sumOrNull([received ?? null, carriedIn ?? null]);
      const right = sumOrNull([total ?? null, carriedOut ?? null]);
      // Blank sides are V-01's business; comparing them here would only repeat it.
      if (left === null || right === null || left === right) return [];
      return [
        {
          id: "T3-01",
          severity: "error",
          cells: ids,
          reported: left,
          computed: right,
          message: `第一项加第二项之和（${left}）应等于第三项加第四项之和（${right}）：${column.columnLabel}列`,
        },
      ];
    });
  },
};
