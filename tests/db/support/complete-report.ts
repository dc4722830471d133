import { getFormat } from "@/lib/format";
import { computeTotals, emptyReportData, type GovReportData } from "@/lib/format/report-data";

/** A complete, consistent gov-2021 report: zeros everywhere, narratives that cover the required topics. */
export function completeReport(overrides: (d: GovReportData) => void = () => {}): GovReportData {
  const format = getFormat("gov-2021");
  const d = emptyReportData(format) as GovReportData;
  d.tables.T2 = d.tables.T2.map((row) => row.map(() => 0));
  d.tables.T3 = d.tables.T3.map((row) => row.map(() => 0));
  d.tables.T4 = d.tables.T4.map(() => 0);
  d.narratives = {
    s1: "（一）主动公开。（二）依申请公开。（三）政府信息管理。（四）政府信息公开平台建设。（五）监督保障：开展工作考核、社会评议，无责任追究。",
    s5: "存在问题：公开内容不够细。改进情况：逐项细化目录。",
    s6: "本年度未收取信息处理费。",
  };
  overrides(d);
  return computeTotals(format, d) as GovReportData;
}
