import { describe, expect, test } from "vitest";
import { formatCells, getBlockTable, getGridTable, gridLeaves } from "./cells";
import { currentFormat, FORMAT_IDS, formatForYear, getFormat, isFormatId } from "./index";
import type { FormatDef, HeaderNode } from "./types";

// Labels as printed in docs/spec §3–§6, character for character.
const SECTION_HEADINGS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

const T3_ROW_PATHS_2021: Record<string, string[]> = {
  r01: ["一、本年新收政府信息公开申请数量"],
  r02: ["二、上年结转政府信息公开申请数量"],
  r03: ["三、本年度办理结果", "（一）予以公开"],
  r04: ["三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  r05: ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"],
  r06: ["三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"],
  r07: ["三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"],
  r08: ["三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益"],
  r09: ["三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息"],
  r10: ["三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"],
  r11: ["三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"],
  r12: ["三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"],
  r13: ["三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"],
  r14: ["三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"],
  r15: ["三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确"],
  r16: ["三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请"],
  r17: ["三、本年度办理结果", "（五）不予处理", "2.重复申请"],
  r18: ["三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物"],
  r19: ["三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请"],
  r20: ["三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"],
  r21: [
    "三、本年度办理结果",
    "（六）其他处理",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
  ],
  r22: [
    "三、本年度办理结果",
    "（六）其他处理",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  ],
  r23: ["三、本年度办理结果", "（六）其他处理", "3.其他"],
  r24: ["三、本年度办理结果", "（七）总计"],
  r25: ["四、结转下年度继续办理"],
};

const T3_COLUMN_PATHS: Record<string, string[]> = {
  c1: ["申请人情况", "自然人"],
  c2: ["申请人情况", "法人或其他组织", "商业企业"],
  c3: ["申请人情况", "法人或其他组织", "科研机构"],
  c4: ["申请人情况", "法人或其他组织", "社会公益组织"],
  c5: ["申请人情况", "法人或其他组织", "法律服务机构"],
  c6: ["申请人情况", "法人或其他组织", "其他"],
  c7: ["申请人情况", "总计"],
};

const OUTCOMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const T4_COLUMN_PATHS = [
  ...OUTCOMES.map((label) => ["行政复议", label]),
  ...OUTCOMES.map((label) => ["行政诉讼", "未经复议直接起诉", label]),
  ...OUTCOMES.map((label) => ["行政诉讼", "复议后起诉", label]),
];

function blockSummary(format: FormatDef) {
  return getBlockTable(format)?.blocks.map((block) => ({
    title: block.title,
    rowHeader: block.rowHeader,
    columns: block.columns.map((column) => `${column.label}:${column.kind}`),
    rows: block.rows.map((row) => row.label),
  }));
}

function allAliases(nodes: readonly HeaderNode[]): string[] {
  return nodes.flatMap((node) => [...(node.aliases ?? []), ...allAliases(node.children ?? [])]);
}

describe("format registry", () => {
  test("lists the three formats newest first and finds each by id", () => {
    expect(FORMAT_IDS).toEqual(["gov-2021", "gov-2019", "stat-2014"]);
    for (const id of FORMAT_IDS) expect(getFormat(id).id).toBe(id);
    expect(isFormatId("gov-2019")).toBe(true);
    expect(isFormatId("toString")).toBe(false);
  });

  test("picks the template by report year", () => {
    expect(formatForYear(2024).id).toBe("gov-2021");
    expect(formatForYear(2021).id).toBe("gov-2021");
    expect(formatForYear(2020).id).toBe("gov-2019");
    expect(formatForYear(2019).id).toBe("gov-2019");
    expect(formatForYear(2018).id).toBe("stat-2014");
    expect(formatForYear(2001).id).toBe("stat-2014");
  });

  test("the format in force is the newest, without an end year", () => {
    expect(currentFormat()).toMatchObject({ id: "gov-2021", years: { to: null } });
    expect(currentFormat().issuedBy).toBe("国办公开办函〔2021〕30号");
  });
});

describe.each(["gov-2021", "gov-2019"] as const)("%s sections", (id) => {
  const format = getFormat(id);

  test("has the six statutory headings in order, tables in s2–s4", () => {
    expect(format.sections.map((section) => section.heading)).toEqual(SECTION_HEADINGS);
    expect(format.sections.map((section) => section.tableId ?? null)).toEqual([
      null,
      "T2",
      "T3",
      "T4",
      null,
      null,
    ]);
  });

  test("narrative sections are exactly s1, s5, s6 (the stored narratives shape)", () => {
    const narratives = format.sections
      .filter((section) => section.kind === "narrative")
      .map((section) => section.id);
    expect(narratives).toEqual(["s1", "s5", "s6"]);
  });

  test("s1 names the five topics S-03 looks for; s6 guides on fees", () => {
    const s1 = format.sections[0];
    expect(s1?.topics?.map((topic) => topic.label)).toEqual([
      "主动公开",
      "依申请公开",
      "政府信息管理",
      "政府信息公开平台建设",
      "监督保障",
    ]);
    const s6 = format.sections[5];
    expect(s6?.topics?.[0]?.keywords).toContain("信息处理费");
    expect(s6?.guidance).toBeTruthy();
  });
});

describe("gov-2021 tables", () => {
  const format = getFormat("gov-2021");

  test("T2 has 4 blocks, 6 rows and 10 cells: 9 counts and 1 amount", () => {
    expect(blockSummary(format)).toEqual([
      {
        title: "第二十条第（一）项",
        rowHeader: "信息内容",
        columns: ["本年制发件数:count", "本年废止件数:count", "现行有效件数:count"],
        rows: ["规章", "行政规范性文件"],
      },
      {
        title: "第二十条第（五）项",
        rowHeader: "信息内容",
        columns: ["本年处理决定数量:count"],
        rows: ["行政许可"],
      },
      {
        title: "第二十条第（六）项",
        rowHeader: "信息内容",
        columns: ["本年处理决定数量:count"],
        rows: ["行政处罚", "行政强制"],
      },
      {
        title: "第二十条第（八）项",
        rowHeader: "信息内容",
        columns: ["本年收费金额（单位：万元）:amount"],
        rows: ["行政事业性收费"],
      },
    ]);
    const cells = formatCells(format).byTable.T2;
    expect(cells).toHaveLength(10);
    expect(cells.filter((cell) => cell.kind === "count")).toHaveLength(9);
    expect(getBlockTable(format)?.width).toBe(3);
  });

  test("T3 is 25 rows × 7 columns with the official labels and corner", () => {
    const table = getGridTable(format, "T3");
    if (!table) throw new Error("T3 missing");
    const { rows, columns } = gridLeaves(table);
    expect(Object.fromEntries(rows.map((row) => [row.key, row.path]))).toEqual(T3_ROW_PATHS_2021);
    expect(Object.fromEntries(columns.map((column) => [column.key, column.path]))).toEqual(T3_COLUMN_PATHS);
    expect(table.corner).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect(formatCells(format).byTable.T3).toHaveLength(175);
  });

  test("T4 is one row of 15 cells c1..c15", () => {
    const table = getGridTable(format, "T4");
    if (!table) throw new Error("T4 missing");
    expect(table.singleRow).toBe(true);
    const { columns } = gridLeaves(table);
    expect(columns.map((column) => column.path)).toEqual(T4_COLUMN_PATHS);
    expect(columns.map((column) => column.key)).toEqual(Array.from({ length: 15 }, (_, i) => `c${i + 1}`));
    expect(formatCells(format).byTable.T4.map((cell) => cell.id)).toContain("T4.c15");
  });

  test("import aliases cover the variants seen in the seeds", () => {
    const t3 = getGridTable(format, "T3");
    expect(allAliases(t3?.rows ?? [])).toContain("2.其他法律法规禁止公开");
    expect(allAliases(t3?.columns ?? [])).toContain("社会组织");
    const t2 = getBlockTable(format);
    expect(t2?.blocks[0]?.rows[1]?.aliases).toContain("规范性文件");
    expect(t2?.blocks[3]?.columns[0]?.aliases).toContain("本年收费金额（单位：万元，保留4位小数）");
  });

  test("declares T3-02 per column, T3-03 per row and T4-01..03", () => {
    const count = (id: string) => format.sums.filter((rule) => rule.checkId === id).length;
    expect([count("T3-02"), count("T3-03"), count("T4-01"), count("T4-02"), count("T4-03")]).toEqual([
      7, 25, 1, 1, 1,
    ]);
    const c1Total = format.sums.find((rule) => rule.target === "T3.r24.c1");
    expect(c1Total?.terms).toEqual(
      Array.from({ length: 21 }, (_, i) => `T3.r${String(i + 3).padStart(2, "0")}.c1`),
    );
    const rowTotal = format.sums.find((rule) => rule.checkId === "T3-03" && rule.target === "T3.r05.c7");
    expect(rowTotal?.terms).toEqual(["c1", "c2", "c3", "c4", "c5", "c6"].map((c) => `T3.r05.${c}`));
    const litigation = format.sums.find((rule) => rule.checkId === "T4-02");
    expect(litigation).toMatchObject({ target: "T4.c10", terms: ["T4.c6", "T4.c7", "T4.c8", "T4.c9"] });
  });

  test("every sum refers to existing cells", () => {
    const { byId } = formatCells(format);
    for (const rule of format.sums) {
      for (const id of [rule.target, ...rule.terms]) expect(byId.has(id), id).toBe(true);
    }
  });
});

describe("gov-2019 tables", () => {
  const format = getFormat("gov-2019");

  test("T2 has 5 blocks and 8 rows; 本年增/减 is signed, 采购总金额 carries its unit", () => {
    expect(blockSummary(format)).toEqual([
      {
        title: "第二十条第（一）项",
        rowHeader: "信息内容",
        columns: ["本年新制作数量:count", "本年新公开数量:count", "对外公开总数量:count"],
        rows: ["规章", "规范性文件"],
      },
      {
        title: "第二十条第（五）项",
        rowHeader: "信息内容",
        columns: ["上一年项目数量:count", "本年增/减:signed", "处理决定数量:count"],
        rows: ["行政许可", "其他对外管理服务事项"],
      },
      {
        title: "第二十条第（六）项",
        rowHeader: "信息内容",
        columns: ["上一年项目数量:count", "本年增/减:signed", "处理决定数量:count"],
        rows: ["行政处罚", "行政强制"],
      },
      {
        title: "第二十条第（八）项",
        rowHeader: "信息内容",
        columns: ["上一年项目数量:count", "本年增/减:signed"],
        rows: ["行政事业性收费"],
      },
      {
        title: "第二十条第（九）项",
        rowHeader: "信息内容",
        columns: ["采购项目数量:count", "采购总金额:amountWithUnit"],
        rows: ["政府集中采购"],
      },
    ]);
    expect(formatCells(format).rowLengths.T2).toEqual([3, 3, 3, 3, 3, 3, 2, 2]);
  });

  test("T3 is 23 rows: （六）其他处理 is one row r21, totals keep the gov-2021 keys", () => {
    const table = getGridTable(format, "T3");
    if (!table) throw new Error("T3 missing");
    const { rows } = gridLeaves(table);
    expect(rows).toHaveLength(23);
    expect(rows.find((row) => row.key === "r21")?.path).toEqual(["三、本年度办理结果", "（六）其他处理"]);
    const sameAs2021 = rows.filter((row) => row.key !== "r21");
    for (const row of sameAs2021) expect(row.path).toEqual(T3_ROW_PATHS_2021[row.key]);
    expect(formatCells(format).byTable.T3).toHaveLength(161);
  });

  test("T3-02 adds r03..r21 (the single 其他处理 row included)", () => {
    const rule = format.sums.find((sum) => sum.target === "T3.r24.c3");
    expect(rule?.terms).toEqual(
      Array.from({ length: 19 }, (_, i) => `T3.r${String(i + 3).padStart(2, "0")}.c3`),
    );
  });

  test("T4 is the same as gov-2021", () => {
    expect(getGridTable(format, "T4")).toEqual(getGridTable(getFormat("gov-2021"), "T4"));
  });
});

describe("stat-2014", () => {
  test("is a free list table with the 统计指标 / 单位 / 统计数 columns and no sums", () => {
    const format = getFormat("stat-2014");
    expect(format.tables).toEqual([{ layout: "list", id: "STAT", columns: ["统计指标", "单位", "统计数"] }]);
    expect(format.sums).toEqual([]);
    expect(formatCells(format).all).toHaveLength(0);
  });
});
