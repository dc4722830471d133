import { getSection } from "../format/cells";
import { missingLabels, narrativeText } from "./narrative-text";
import { GOV_FORMATS, type Check, type Finding } from "./types";

/** S-05: s6 states the 信息处理费 collected, even when none was (E10). */
export const processingFeeCheck: Check = {
  id: "S-05",
  severity: "warning",
  description: "“其他需要报告的事项”未说明信息处理费收取情况",
  formats: GOV_FORMATS,
  reads: "narratives",
  run(format, data) {
    const section = getSection(format, "s6");
    const text = narrativeText(data, "s6");
    if (!section || text.trim() === "") return [];
    return missingLabels(text, section.topics ?? []).map((label): Finding => ({
      id: "S-05",
      severity: "warning",
      cells: ["s6"],
      message: `“${section.heading}”未说明${label}情况。${section.guidance ?? ""}`,
    }));
  },
};
