import { GOV_2021_S6, govSections } from "./gov-sections";
import { OTHER_HANDLING_2021, T2_COLUMN_2021, T2_ROW, T4_TABLE, govSums, t3Table } from "./gov-tables";
import type { BlockTable, FormatDef } from "./types";

const T2: BlockTable = {
  layout: "blocks",
  id: "T2",
  width: 3,
  blocks: [
    {
      title: "第二十条第（一）项",
      rowHeader: "信息内容",
      columns: [
        { key: T2_COLUMN_2021.issued, label: "本年制发件数", kind: "count" },
        { key: T2_COLUMN_2021.repealed, label: "本年废止件数", kind: "count" },
        { key: T2_COLUMN_2021.inForce, label: "现行有效件数", kind: "count" },
      ],
      rows: [
        { key: T2_ROW.rules, label: "规章" },
        { key: T2_ROW.normative, label: "行政规范性文件", aliases: ["规范性文件"] },
      ],
    },
    {
      title: "第二十条第（五）项",
      rowHeader: "信息内容",
      columns: [{ key: "decisions", label: "本年处理决定数量", kind: "count" }],
      rows: [{ key: T2_ROW.license, label: "行政许可" }],
    },
    {
      title: "第二十条第（六）项",
      rowHeader: "信息内容",
      columns: [{ key: "decisions", label: "本年处理决定数量", kind: "count" }],
      rows: [
        { key: T2_ROW.penalty, label: "行政处罚" },
        { key: T2_ROW.coercion, label: "行政强制" },
      ],
    },
    {
      title: "第二十条第（八）项",
      rowHeader: "信息内容",
      columns: [
        {
          key: "amount",
          label: "本年收费金额（单位：万元）",
          kind: "amount",
          // Seed 002 prints the common 4-decimal instruction inside the label.
          aliases: ["本年收费金额（单位：万元，保留4位小数）"],
        },
      ],
      rows: [{ key: T2_ROW.fees, label: "行政事业性收费" }],
    },
  ],
};

const T3 = t3Table(OTHER_HANDLING_2021);

export const GOV_2021: FormatDef = {
  id: "gov-2021",
  // Product wording for the template name, not statutory text.
  title: "2021年版年度报告格式",
  years: { from: 2021, to: null },
  issuedBy: "国办公开办函〔2021〕30号",
  sections: govSections(GOV_2021_S6),
  tables: [T2, T3, T4_TABLE],
  sums: govSums(T3),
};
