import { formatCells } from "../format/cells";
import { readNumber } from "../format/cell-access";
import { isGovData } from "../format/report-data";
import type { OrganLevel } from "../format/types";
import type { Check, Finding } from "./types";

/**
 * From this many 万元 upwards a fee total is implausible for the organ level
 * and was most likely typed in 元 (E13). Only townships and streets have a threshold:
 * a county's or a department's fees can legitimately be large.
 */
export const YUAN_SUSPECT_THRESHOLD_WAN: Partial<Record<OrganLevel, number>> = {
  township: 1000,
  street: 1000,
};

const ORGAN_NAME: Record<OrganLevel, string> = {
  township: "乡镇",
  street: "街道",
  county: "县级",
  department: "部门",
};

function yuanInWan(value: number): number {
  return Number((value / 10_000).toFixed(8));
}

/** T2-05: 本年收费金额 in 万元 that looks like yuan. */
export const feeUnitCheck: Check = {
  id: "T2-05",
  severity: "warning",
  description: "本年收费金额疑似按“元”填写（单位应为万元）",
  formats: ["gov-2021"],
  run(format, data, context) {
    const threshold = YUAN_SUSPECT_THRESHOLD_WAN[context.organLevel];
    if (threshold === undefined || !isGovData(data)) return [];
    return formatCells(format)
      .byTable.T2.filter((cell) => cell.kind === "amount")
      .flatMap((cell): Finding[] => {
        const value = readNumber(data, cell);
        if (value === null || value < threshold) return [];
        const asWan = yuanInWan(value);
        return [
          {
            id: "T2-05",
            severity: "warning",
            cells: [cell.id],
            reported: value,
            computed: asWan,
            message: `“${cell.label}”为${value}万元，${ORGAN_NAME[context.organLevel]}一般不会达到${threshold}万元，请确认是否按“元”填写（${value}元合${asWan}万元）`,
          },
        ];
      });
  },
};
