import { formatCells } from "../format/cells";
import { T2_ROW } from "../format/gov-tables";
import { readNumber } from "../format/cell-access";
import { isGovData } from "../format/report-data";
import type { OrganLevel } from "../format/types";
import { GOV_FORMATS, type Check, type Finding } from "./types";

/**
 * Organs without rule-making power: 规章 are made by State Council departments and
 * by governments from 设区的市 up (立法法 Art. 91, 93), so every filer a county
 * collects from — township, street office, county department, county government.
 */
const WITHOUT_RULE_MAKING: Record<OrganLevel, string> = {
  township: "乡镇人民政府",
  street: "街道办事处",
  department: "县级人民政府工作部门",
  county: "县级人民政府",
};

/** T2-03: a 规章 figure below 设区的市 level is almost always a 规范性文件 in the wrong row (E06). */
export const rulesAtLocalLevelCheck: Check = {
  id: "T2-03",
  severity: "warning",
  description: "乡镇、街道、县级人民政府及其部门没有规章制定权，“规章”一行一般应为0",
  formats: GOV_FORMATS,
  run(format, data, context) {
    const organ = WITHOUT_RULE_MAKING[context.organLevel];
    if (!isGovData(data)) return [];
    return formatCells(format)
      .byTable.T2.filter((cell) => cell.rowKey === T2_ROW.rules)
      .flatMap((cell): Finding[] => {
        const value = readNumber(data, cell);
        if (value === null || value === 0) return [];
        return [
          {
            id: "T2-03",
            severity: "warning",
            cells: [cell.id],
            reported: value,
            computed: 0,
            message: `${organ}没有规章制定权，“${cell.label}”一般应为0（现为${value}），请核对是否误将规范性文件填入规章一行`,
          },
        ];
      });
  },
};
