import { getFormat } from "@/lib/format";
import type { PublicReport } from "@/lib/publications/public-report-types";

/** Publication facts above the report: who, when first published, which revision, which format. */
export function ReportFacts({ report }: { report: PublicReport }) {
  const shown = report.revisions.find((r) => r.revision === report.revision);
  const facts: [string, string][] = [
    ["发布机关", report.township.organName],
    ["首次公开日期", report.firstPublishedAt],
    [
      "版本",
      report.revision === 1
        ? report.latestRevision === 1
          ? "第1版（未更正）"
          : "第1版"
        : `第${report.revision}版（${shown?.publishedAt ?? ""}更正）`,
    ],
    ["报告格式", getFormat(report.formatId).issuedBy],
  ];
  if (report.source === "import") facts.push(["来源", `历史报告导入${report.sourceNote ? `（${report.sourceNote}）` : ""}`]);
  return (
    <dl className="report-facts no-print mb-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-600">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
