import { findingValueText } from "@/lib/checks/finding-values";
import type { Finding } from "@/lib/checks/types";
import { DATE_SOURCE_LABELS } from "./publication-date";
import type { ImportedReport } from "./types";

const SEVERITY_LABEL = { error: "错误", warning: "警告", notice: "提示" } as const;

function valuePair(finding: Finding): string {
  const text = findingValueText(finding);
  return text ? `（${text}）` : "";
}

/** What `cli check` prints for one report, in Chinese, one finding per line. */
export function describeCheck(name: string, report: ImportedReport, findings: readonly Finding[]): string {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const lines = [
    `文件：${name}`,
    `格式：${report.format.id}（${report.format.title}）`,
    `报告机关：${report.organ ?? "（未识别）"}`,
    `报告年度：${report.year}`,
    `公开日期：${
      report.publishedOn && report.publishedOnSource
        ? `${report.publishedOn}（${DATE_SOURCE_LABELS[report.publishedOnSource]}）`
        : "原文未写明（日期不详）"
    }`,
  ];
  if (report.issues.length > 0) {
    lines.push(`导入提示（${report.issues.length}）：`);
    for (const issue of report.issues) {
      const where =
        issue.cells.length > 0
          ? `[${issue.cells.slice(0, 3).join(" ")}${issue.cells.length > 3 ? " …" : ""}] `
          : "";
      lines.push(`  - ${where}${issue.message}${issue.raw !== null ? `　原文：${issue.raw}` : ""}`);
    }
  }
  lines.push(`核验结果：错误 ${count("error")}，警告 ${count("warning")}，提示 ${count("notice")}`);
  for (const finding of findings) {
    const where = finding.cells[0] ? ` ${finding.cells[0]}` : "";
    lines.push(
      `  [${SEVERITY_LABEL[finding.severity]} ${finding.id}]${where} ${finding.message}${valuePair(finding)}`,
    );
  }
  return lines.join("\n");
}
