import { getSection } from "../format/cells";
import { narrativeText } from "./narrative-text";
import { comparableLength, textSimilarity } from "./text-similarity";
import { GOV_FORMATS, type Check, type Finding } from "./types";
import type { SectionId } from "../format/types";

/** From this similarity on, a section counts as copied from last year (E08 reports up to 90%). */
export const COPIED_TEXT_SIMILARITY = 0.8;

/** Below this many letters, "无。" against "无。" would be a false alarm. */
export const MIN_LETTERS_TO_COMPARE = 50;

const COMPARED_SECTIONS: readonly SectionId[] = ["s1", "s5"];

/** S-06: 内容雷同 is an accountable fault; show how close this year's text is to last year's. */
export const repeatedTextCheck: Check = {
  id: "S-06",
  severity: "warning",
  description: "“总体情况”或“存在的主要问题及改进情况”与上一年度报告内容雷同",
  formats: GOV_FORMATS,
  reads: "narratives",
  run(format, data, context) {
    const last = context.lastYear;
    if (!last) return [];
    return COMPARED_SECTIONS.flatMap((id): Finding[] => {
      const section = getSection(format, id);
      const current = narrativeText(data, id);
      const previous = narrativeText(last.data, id);
      if (
        !section ||
        Math.min(comparableLength(current), comparableLength(previous)) < MIN_LETTERS_TO_COMPARE
      )
        return [];
      const similarity = textSimilarity(current, previous);
      if (similarity < COPIED_TEXT_SIMILARITY) return [];
      // Floor, so a flagged text never shows a percentage below the threshold.
      const percent = Math.floor(similarity * 100);
      return [
        {
          id: "S-06",
          severity: "warning",
          cells: [id],
          reported: percent,
          computed: Math.round(COPIED_TEXT_SIMILARITY * 100),
          message: `“${section.heading}”与${last.year}年度报告的相似度为${percent}%，请结合本年度实际情况重新撰写（内容雷同属于应当追责的情形）`,
        },
      ];
    });
  },
};
