import type { FormatDef } from "./types";

/**
 * Pre-2019 statistical table, archive only. Provinces varied the rows, so the
 * table is a free list of (统计指标, 单位, 统计数). There was no national
 * wording for the narrative's headings: both headings below are product
 * wording (unconfirmed as statutory text).
 */
export const STAT_2014: FormatDef = {
  id: "stat-2014",
  title: "2014年版政府信息公开情况统计表",
  // Annual reports began under the 2007 条例 (reports for 2008).
  years: { from: 2008, to: 2018 },
  issuedBy: "国办发〔2014〕32号",
  sections: [
    { id: "s1", heading: "报告正文", kind: "narrative" },
    { id: "s2", heading: "政府信息公开情况统计表", kind: "table", tableId: "STAT" },
  ],
  tables: [{ layout: "list", id: "STAT", columns: ["统计指标", "单位", "统计数"] }],
  sums: [],
};
