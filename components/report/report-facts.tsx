import { getFormat } from "@/lib/format";
import { UNKNOWN_DATE_LABEL } from "@/lib/publications/china-date";
import { DATE_SOURCE_LABELS } from "@/lib/import/publication-date";
import type { PublicReport } from "@/lib/publications/public-report-types";

/** The first publication date, and for an import where it was read (落款日期, 发布日期行 …). */
function firstPublished(report: PublicReport): string {
  if (!report.firstPublishedAt) return `${UNKNOWN_DATE_LABEL}（原文未写明）`;
  const source = report.firstPublishedAtSource;
  return source ? `${report.firstPublishedAt}（据${DATE_SOURCE_LABELS[source]}）` : report.firstPublishedAt;
}

/** Publication facts above the report: who, when first published, which revision, which format. */
export function ReportFacts({ report }: { report: PublicReport }) {
  const shown = report.revisions.find((r) => r.revision === report.revision);
  const facts: [string, string][] = [
    ["发布机关", report.filingUnit.organName],
    ["首次公开日期", firstPublished(report)],
    [
      "版本",
      report.revision === 1
        ? report.latestRevision === 1
          ? "第1版（未更正）"
          : "第1版"
        : `第${report.revision}版（${shown?.publishedAt ?? UNKNOWN_DATE_LABEL}更正）`,
    ],
    ["报告格式", getFormat(report.formatId).issuedBy],
  ];
  if (report.source === "import")
    facts.push(["来源", `历史报告导入${report.sourceNote ? `（${report.sourceNote}）` : ""}`]);
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
