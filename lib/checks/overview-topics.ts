import { getSection } from "../format/cells";
import { joinWithAnd, missingLabels, narrativeText } from "./narrative-text";
import { GOV_FORMATS, type Check, type Finding } from "./types";

/** S-03: 一、总体情况 must cover the five topics; governments also 考核、评议、追究 (E10). */
export const overviewTopicsCheck: Check = {
  id: "S-03",
  severity: "warning",
  description: "“总体情况”未涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障各方面",
  formats: GOV_FORMATS,
  reads: "narratives",
  run(format, data, context) {
    const section = getSection(format, "s1");
    const text = narrativeText(data, "s1");
    // An empty section is S-01's finding.
    if (!section || text.trim() === "") return [];
    const topics = section.topics ?? [];
    const missing = missingLabels(text, topics).map((label): Finding => ({
      id: "S-03",
      severity: "warning",
      cells: ["s1"],
      message: `“${section.heading}”未涉及“${label}”方面的情况，请补充`,
    }));
    const alsoMissing = topics.flatMap((topic): Finding[] => {
      const required = (topic.mustAlsoCover ?? []).filter((item) =>
        item.organLevels.includes(context.organLevel),
      );
      const labels = missingLabels(text, required);
      if (labels.length === 0) return [];
      return [
        {
          id: "S-03",
          severity: "warning",
          cells: ["s1"],
          message: `“${topic.label}”部分应说明${joinWithAnd(required.map((item) => item.label))}结果情况，未找到：${labels.join("、")}`,
        },
      ];
    });
    return [...missing, ...alsoMissing];
  },
};
