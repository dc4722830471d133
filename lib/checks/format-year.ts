import { formatForYear } from "../format";
import { ALL_FORMATS, type Check } from "./types";

/** F-01: a stale template is the most common error (E01) and invalidates the whole report. */
export const formatYearCheck: Check = {
  id: "F-01",
  severity: "error",
  description: "报告所用格式与报告年度不符",
  formats: ALL_FORMATS,
  run(format, _data, context) {
    const expected = formatForYear(context.year);
    if (expected.id === format.id) return [];
    return [
      {
        id: "F-01",
        severity: "error",
        cells: [],
        reported: format.id,
        computed: expected.id,
        message: `${context.year}年度报告应使用${expected.title}（${expected.issuedBy}），当前使用的是${format.title}，请更换格式`,
      },
    ];
  },
};
