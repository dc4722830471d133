import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import type { StatReportData } from "../format/report-data";
import { checkContext, govReport } from "./fixtures/report-builder";
import { COPIED_TEXT_SIMILARITY, MIN_LETTERS_TO_COMPARE, repeatedTextCheck } from "./repeated-text";

const gov2021 = getFormat("gov-2021");

const PROBLEMS_2021 =
  "2021年全镇政务公开工作虽然取得了一定的成效，但仍存在一些不足：一是个别村干部对政务公开的认识和重视度不够，公开内容不全面、不细致；二是政务公开资料整理不规范，没有及时装订成册；三是政务公开反馈机制不完善。下一步将加强培训，规范资料管理，完善反馈机制。";
const PROBLEMS_2022_COPIED = PROBLEMS_2021.replace("2021年", "2022年").replace("一些不足", "若干不足");
const PROBLEMS_2022_NEW =
  "本年度依申请公开答复的规范性仍有欠缺，部分答复书引用条款不准确；政策解读形式单一，图解和视频解读较少。改进措施：组织答复书范本学习，每季度抽查答复书；增加图解、音视频等解读形式，重要政策同步解读。";

function report(s1: string, s5: string) {
  const data = govReport("gov-2021");
  return { ...data, narratives: { ...data.narratives, s1, s5 } };
}

describe("S-06 text copied from last year", () => {
  test("passes new text", () => {
    const context = checkContext({
      year: 2022,
      lastYear: { formatId: "gov-2021", year: 2021, data: report("", PROBLEMS_2021) },
    });
    expect(repeatedTextCheck.run(gov2021, report("", PROBLEMS_2022_NEW), context)).toEqual([]);
  });

  test("flags a copied s5 and shows the similarity", () => {
    expect(COPIED_TEXT_SIMILARITY).toBe(0.8);
    const context = checkContext({
      year: 2022,
      lastYear: { formatId: "gov-2021", year: 2021, data: report("", PROBLEMS_2021) },
    });
    const findings = repeatedTextCheck.run(gov2021, report("", PROBLEMS_2022_COPIED), context);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ id: "S-06", severity: "warning", cells: ["s5"], computed: 80 });
    expect(Number(finding?.reported)).toBeGreaterThanOrEqual(95);
    expect(finding?.message).toBe(
      `“五、存在的主要问题及改进情况”与2021年度报告的相似度为${finding?.reported}%，请结合本年度实际情况重新撰写（内容雷同属于应当追责的情形）`,
    );
  });

  test("compares s1 too, s1 findings first", () => {
    const last = report(PROBLEMS_2021, PROBLEMS_2021);
    const context = checkContext({ year: 2022, lastYear: { formatId: "gov-2021", year: 2021, data: last } });
    expect(
      repeatedTextCheck
        .run(gov2021, report(PROBLEMS_2021, PROBLEMS_2021), context)
        .map((f) => [f.cells[0], f.reported]),
    ).toEqual([
      ["s1", 100],
      ["s5", 100],
    ]);
  });

  test("skips short texts, a missing last year and sections last year's format lacks", () => {
    const short = "无。";
    expect(MIN_LETTERS_TO_COMPARE).toBe(50);
    const lastShort = checkContext({
      lastYear: { formatId: "gov-2019", year: 2020, data: report(short, short) },
    });
    expect(repeatedTextCheck.run(gov2021, report(short, short), lastShort)).toEqual([]);
    expect(repeatedTextCheck.run(gov2021, report(PROBLEMS_2021, PROBLEMS_2021), checkContext())).toEqual([]);
    const stat: StatReportData = { narratives: { s1: PROBLEMS_2021 }, tables: { STAT: [] } };
    const fromStat = checkContext({
      year: 2019,
      lastYear: { formatId: "stat-2014", year: 2018, data: stat },
    });
    expect(
      repeatedTextCheck
        .run(getFormat("gov-2019"), report(PROBLEMS_2021, PROBLEMS_2021), fromStat)
        .map((f) => f.cells),
    ).toEqual([["s1"]]);
  });
});
