import { formatForYear } from "@/lib/format";
import { formatCells } from "@/lib/format/cells";
import { computeTotals, emptyReportData, type GovReportData } from "@/lib/format/report-data";
import { setCellValues } from "@/lib/format/set-cell-values";
import type { FilingUnitKind } from "@/lib/places/filing-unit-kinds";

/**
 * Plausible report content for the demo's filing units: figures that add up
 * (the checks pass), narratives that cover the five topics of 一、总体情况,
 * and a little variety by kind and year so the dashboard and summary are not
 * all alike. Numbers are fixed by the arguments: loading the demo twice gives
 * the same reports.
 */
export function demoReportContent(args: {
  organName: string;
  kind: FilingUnitKind;
  year: number;
  /** Applications from natural persons and from legal persons. */
  received: [number, number];
  /** 行政规范性文件 the organ made this year, and those in force before them (T2, carried over by T2-01). */
  normativeDocuments: number;
  inForceBefore: number;
}): GovReportData {
  const format = formatForYear(args.year);
  const zeros = Object.fromEntries(formatCells(format).all.map((cell) => [cell.id, 0]));
  const [persons, companies] = args.received;
  // Most requests granted, one partly, the rest not held by this organ; rule-making (规章) stays 0.
  const partly = (n: number) => Math.min(1, n);
  const granted = (n: number) => Math.max(0, n - 2);
  const notHeld = (n: number) => n - granted(n) - partly(n);
  const data = setCellValues(format, emptyReportData(format) as GovReportData, {
    ...zeros,
    "T2.normative.issued": args.normativeDocuments,
    "T2.normative.inForce": args.inForceBefore + args.normativeDocuments,
    "T3.r01.c1": persons,
    "T3.r01.c2": companies,
    "T3.r03.c1": granted(persons),
    "T3.r03.c2": granted(companies),
    "T3.r04.c1": partly(persons),
    "T3.r04.c2": partly(companies),
    "T3.r13.c1": notHeld(persons),
    "T3.r13.c2": notHeld(companies),
  });
  data.narratives = narratives(args);
  return computeTotals(format, data) as GovReportData;
}

function narratives(args: {
  organName: string;
  kind: FilingUnitKind;
  year: number;
  received: [number, number];
}) {
  const total = args.received[0] + args.received[1];
  const government = args.kind === "township" || args.kind === "government";
  const channel =
    args.kind === "department"
      ? "县政府门户网站部门信息公开专栏"
      : args.kind === "government"
        ? "县政府门户网站和政府公报"
        : "县政府门户网站乡镇（街道）专栏和政务公开栏";
  return {
    s1:
      `${args.year}年，${args.organName}认真贯彻落实《中华人民共和国政府信息公开条例》。` +
      `（一）主动公开。通过${channel}主动公开政府信息，重点公开政策文件、财政预决算和民生事项。` +
      `（二）依申请公开。全年收到政府信息公开申请${total}件，均在法定期限内答复。` +
      "（三）政府信息管理。坚持先审查后公开，定期清理已公开信息。" +
      `（四）政府信息公开平台建设。维护${channel}，及时更新栏目内容。` +
      (government
        ? "（五）监督保障。将政务公开纳入年度工作考核，开展社会评议，本年度未发生责任追究情况。"
        : "（五）监督保障。明确分管领导和工作人员，组织业务培训，接受社会监督。"),
    s5: "存在的主要问题：部分栏目更新不够及时，政策解读形式较为单一。改进情况：建立栏目更新台账，增加图文解读。",
    s6: "本年度未收取信息处理费。无其他需要报告的事项。",
  };
}
