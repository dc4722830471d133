import { GOV_FORMATS, type Check } from "./types";

/**
 * D-02 (E14 in the spec's list of real errors): a report sent before its
 * statistics period (the calendar year) has ended reports a year that is not
 * over. A warning the clerk explains, or an error where the county does not
 * accept early reports (context.earlySubmission = "block"). Dates are the
 * context's, never the clock's. Only the gov formats are ever submitted.
 */
export const statisticsPeriodCheck: Check = {
  id: "D-02",
  severity: "warning",
  description: "统计期（报告年度）尚未结束即提交（E14）；县区可设为不允许提交",
  formats: GOV_FORMATS,
  run(_format, _data, context) {
    const lastDay = `${context.year}-12-31`;
    if (!context.today || context.today > lastDay) return [];
    const block = context.earlySubmission === "block";
    return [
      {
        id: "D-02",
        severity: block ? "error" : "warning",
        cells: [],
        message:
          `${context.year}年度的统计期到${context.year}年12月31日才结束，现在的数据还不是全年数据。` +
          (block
            ? `本县区要求${context.year + 1}年1月1日以后提交`
            : `请说明提前提交的原因，或在${context.year + 1}年1月1日以后提交`),
      },
    ];
  },
};
