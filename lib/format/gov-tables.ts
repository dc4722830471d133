import { columnTotalRules, groupTotalRules, rowTotalRules } from "./build-sums";
import type { GridTable, HeaderNode, SumRule } from "./types";

/**
 * T3 row keys that carry a meaning checks rely on. gov-2019 keeps the
 * gov-2021 keys (its single （六）其他处理 row is r21, r22/r23 do not exist),
 * so "T3.r25.c1" is 结转下年度 in both formats and cross-year checks need
 * no mapping.
 */
export const T3_ROW = {
  received: "r01",
  carriedIn: "r02",
  granted: "r03",
  partlyGranted: "r04",
  total: "r24",
  carriedOut: "r25",
} as const;

export const T3_TOTAL_COLUMN = "c7";

const T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const T3_RESULTS_GROUP = "三、本年度办理结果";

/** Path of the group whose leaves (other than the total) T3-02 adds up. */
export const T3_RESULTS_PATH = [T3_RESULTS_GROUP];

const T3_COLUMNS: HeaderNode[] = [
  {
    label: "申请人情况",
    children: [
      { label: "自然人", key: "c1" },
      {
        label: "法人或其他组织",
        children: [
          { label: "商业企业", key: "c2" },
          { label: "科研机构", key: "c3" },
          // Seed 003 prints 社会组织.
          { label: "社会公益组织", key: "c4", aliases: ["社会组织"] },
          { label: "法律服务机构", key: "c5" },
          { label: "其他", key: "c6" },
        ],
      },
      { label: "总计", key: "c7" },
    ],
  },
];

/** gov-2021 splits （六）其他处理 into three rows; gov-2019 has it as one row. */
export const OTHER_HANDLING_2021: HeaderNode = {
  label: "（六）其他处理",
  // Punctuation of these three labels is the common published wording; the
  // official copy could not be checked (unconfirmed).
  children: [
    { label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", key: "r21" },
    { label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", key: "r22" },
    { label: "3.其他", key: "r23" },
  ],
};

export const OTHER_HANDLING_2019: HeaderNode = { label: "（六）其他处理", key: "r21" };

function t3Rows(otherHandling: HeaderNode): HeaderNode[] {
  return [
    { label: "一、本年新收政府信息公开申请数量", key: "r01" },
    { label: "二、上年结转政府信息公开申请数量", key: "r02" },
    {
      label: T3_RESULTS_GROUP,
      children: [
        { label: "（一）予以公开", key: "r03" },
        { label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", key: "r04" },
        {
          label: "（三）不予公开",
          children: [
            { label: "1.属于国家秘密", key: "r05" },
            // Seed 002 prints 其他法律法规禁止公开; render the official wording.
            { label: "2.其他法律行政法规禁止公开", key: "r06", aliases: ["2.其他法律法规禁止公开"] },
            { label: "3.危及“三安全一稳定”", key: "r07" },
            { label: "4.保护第三方合法权益", key: "r08" },
            { label: "5.属于三类内部事务信息", key: "r09" },
            { label: "6.属于四类过程性信息", key: "r10" },
            { label: "7.属于行政执法案卷", key: "r11" },
            { label: "8.属于行政查询事项", key: "r12" },
          ],
        },
        {
          label: "（四）无法提供",
          children: [
            { label: "1.本机关不掌握相关政府信息", key: "r13" },
            { label: "2.没有现成信息需要另行制作", key: "r14" },
            { label: "3.补正后申请内容仍不明确", key: "r15" },
          ],
        },
        {
          label: "（五）不予处理",
          children: [
            { label: "1.信访举报投诉类申请", key: "r16" },
            { label: "2.重复申请", key: "r17" },
            { label: "3.要求提供公开出版物", key: "r18" },
            { label: "4.无正当理由大量反复申请", key: "r19" },
            { label: "5.要求行政机关确认或重新出具已获取信息", key: "r20" },
          ],
        },
        otherHandling,
        { label: "（七）总计", key: "r24" },
      ],
    },
    { label: "四、结转下年度继续办理", key: "r25" },
  ];
}

export function t3Table(otherHandling: HeaderNode): GridTable {
  return {
    layout: "grid",
    id: "T3",
    corner: T3_CORNER,
    rows: t3Rows(otherHandling),
    columns: T3_COLUMNS,
    kind: "count",
  };
}

const TOTAL = "总计";
const OUTCOMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", TOTAL];

function outcomeLeaves(firstColumn: number): HeaderNode[] {
  return OUTCOMES.map((label, i) => ({ label, key: `c${firstColumn + i}` }));
}

/** T4 columns are keyed c1..c15 like T3's c1..c7 (no zero padding). */
export const T4_TABLE: GridTable = {
  layout: "grid",
  id: "T4",
  rows: [],
  columns: [
    { label: "行政复议", children: outcomeLeaves(1) },
    {
      label: "行政诉讼",
      children: [
        { label: "未经复议直接起诉", children: outcomeLeaves(6) },
        { label: "复议后起诉", children: outcomeLeaves(11) },
      ],
    },
  ],
  kind: "count",
  singleRow: true,
};

const T4_GROUPS = [
  { checkId: "T4-01", group: ["行政复议"] },
  { checkId: "T4-02", group: ["行政诉讼", "未经复议直接起诉"] },
  { checkId: "T4-03", group: ["行政诉讼", "复议后起诉"] },
];

/** T2 row keys are words, not numbers: the two formats' rows differ in meaning by position. */
export const T2_ROW = {
  rules: "rules",
  normative: "normative",
  license: "license",
  otherServices: "otherServices",
  penalty: "penalty",
  coercion: "coercion",
  fees: "fees",
  procurement: "procurement",
} as const;

/** gov-2021 第二十条第（一）项 columns, which T2-01 carries from year to year. */
export const T2_COLUMN_2021 = {
  issued: "issued",
  repealed: "repealed",
  inForce: "inForce",
} as const;

/** The sums both gov formats declare: T3-02, T3-03 and T4-01..03. */
export function govSums(t3: GridTable): SumRule[] {
  return [
    ...columnTotalRules(t3, {
      checkId: "T3-02",
      group: T3_RESULTS_PATH,
      totalKey: T3_ROW.total,
      termsLabel: "（一）至（六）各项办理结果之和",
    }),
    ...rowTotalRules(t3, {
      checkId: "T3-03",
      totalKey: T3_TOTAL_COLUMN,
      termsLabel: "自然人与法人或其他组织各列之和",
    }),
    ...groupTotalRules(T4_TABLE, T4_GROUPS, TOTAL),
  ];
}
