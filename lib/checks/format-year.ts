import { formatForYear, getFormat } from "../format";
import { ALL_FORMATS, type Check } from "./types";

/** F-01: a stale template is the most common error (E01) and invalidates the whole report. */
export const formatYearCheck: Check = {
  id: "F-01",
  severity: "error",
  description: "报告所用格式与报告年度不符",
  formats: ALL_FORMATS,
  run(format, _data, context) {
    const expected = formatForYear(context.year);
    if (expected.id !== format.id) {
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
    }
    // A table left on an older template inside a report on the right one (known from import).
    return (context.tableFormats ?? [])
      .filter((table) => table.formatId !== expected.id)
      .map((table) => {
        const section = format.sections.find((s) => s.tableId === table.tableId);
        const stale = getFormat(table.formatId);
        return {
          id: "F-01",
          severity: "error" as const,
          cells: section ? [section.id] : [],
          reported: table.formatId,
          computed: expected.id,
          message: `${context.year}年度报告的“${section?.heading ?? table.tableId}”表格应使用${expected.title}（${expected.issuedBy}），当前使用的是${stale.title}，请更换表格`,
        };
      });
  },
};
