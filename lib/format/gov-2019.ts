import { GOV_2019_S6, govSections } from "./gov-sections";
import { OTHER_HANDLING_2019, T2_ROW, T4_TABLE, govSums, t3Table } from "./gov-tables";
import type { BlockDef, BlockTable, FormatDef } from "./types";

/** 第二十条第（五）项 and 第（六）项 share their three columns. */
const ITEM_COLUMNS: BlockDef["columns"] = [
  { key: "lastYear", label: "上一年项目数量", kind: "count" },
  // Published text writes increases as "+2"; decreases are negative.
  { key: "change", label: "本年增/减", kind: "signed", aliases: ["本年增/"] },
  { key: "decisions", label: "处理决定数量", kind: "count" },
];

const T2: BlockTable = {
  layout: "blocks",
  id: "T2",
  width: 3,
  blocks: [
    {
      title: "第二十条第（一）项",
      rowHeader: "信息内容",
      columns: [
        // Seed 004's site dropped the leading 本.
        { key: "made", label: "本年新制作数量", kind: "count", aliases: ["年新制作数量"] },
        { key: "published", label: "本年新公开数量", kind: "count" },
        { key: "total", label: "对外公开总数量", kind: "count" },
      ],
      rows: [
        { key: T2_ROW.rules, label: "规章" },
        { key: T2_ROW.normative, label: "规范性文件", aliases: ["行政规范性文件"] },
      ],
    },
    {
      title: "第二十条第（五）项",
      rowHeader: "信息内容",
      columns: ITEM_COLUMNS,
      rows: [
        { key: T2_ROW.license, label: "行政许可" },
        { key: T2_ROW.otherServices, label: "其他对外管理服务事项" },
      ],
    },
    {
      title: "第二十条第（六）项",
      rowHeader: "信息内容",
      columns: ITEM_COLUMNS,
      rows: [
        { key: T2_ROW.penalty, label: "行政处罚" },
        { key: T2_ROW.coercion, label: "行政强制" },
      ],
    },
    {
      title: "第二十条第（八）项",
      rowHeader: "信息内容",
      columns: ITEM_COLUMNS.slice(0, 2),
      rows: [{ key: T2_ROW.fees, label: "行政事业性收费" }],
    },
    {
      title: "第二十条第（九）项",
      rowHeader: "信息内容",
      columns: [
        { key: "count", label: "采购项目数量", kind: "count" },
        // No unit is printed; filers write 万元 or 元 and both are kept.
        { key: "amount", label: "采购总金额", kind: "amountWithUnit" },
      ],
      rows: [{ key: T2_ROW.procurement, label: "政府集中采购" }],
    },
  ],
};

const T3 = t3Table(OTHER_HANDLING_2019);

export const GOV_2019: FormatDef = {
  id: "gov-2019",
  // Product wording for the template name, not statutory text.
  title: "2019年版年度报告格式（试行）",
  years: { from: 2019, to: 2020 },
  issuedBy: "国办公开办函〔2019〕60号",
  sections: govSections(GOV_2019_S6),
  tables: [T2, T3, T4_TABLE],
  sums: govSums(T3),
};
