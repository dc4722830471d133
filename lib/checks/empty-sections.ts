import { narrativeText } from "./narrative-text";
import { GOV_FORMATS, type Check, type Finding } from "./types";

/** S-01: every narrative section of the form must say something, even "本年度未收取信息处理费". */
export const emptySectionsCheck: Check = {
  id: "S-01",
  severity: "error",
  description: "“总体情况”“存在的主要问题及改进情况”“其他需要报告的事项”不能为空",
  formats: GOV_FORMATS,
  reads: "narratives",
  run(format, data) {
    return format.sections
      .filter((section) => section.kind === "narrative" && narrativeText(data, section.id).trim() === "")
      .map((section): Finding => ({
        id: "S-01",
        severity: "error",
        cells: [section.id],
        message: `“${section.heading}”不能为空${section.guidance ? `：${section.guidance}` : ""}`,
      }));
  },
};
