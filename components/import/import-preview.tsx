"use client";
import { FindingsList } from "@/components/report-editor/findings-list";
import { getFormat } from "@/lib/format";
import { isGovData } from "@/lib/format/report-data";
import type { ImportPreview as Preview } from "@/lib/import/import-action-state";
import { PreviewDate } from "./preview-date";
import { PreviewTables } from "./preview-tables";
import { SaveImportForm } from "./save-import-form";

function organWarning(preview: Preview): string | null {
  const { organ, filingUnit } = preview;
  if (!organ) return "未能从标题中识别报告机关，请核对是否为所选单位的报告";
  if (filingUnit.organName.includes(organ) || organ.includes(filingUnit.name)) return null;
  return `报告机关“${organ}”与所选单位（${filingUnit.organName}）不一致，请核对`;
}

/** What the import would store: facts, import issues, findings, tables and narratives. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const format = getFormat(preview.formatId);
  const warning = organWarning(preview);
  const flagged = new Set(preview.issues.flatMap((issue) => issue.cells));
  const data = preview.data;
  const narratives = isGovData(data)
    ? [
        { heading: format.sections.find((s) => s.id === "s1")?.heading ?? "s1", text: data.narratives.s1 },
        { heading: format.sections.find((s) => s.id === "s5")?.heading ?? "s5", text: data.narratives.s5 },
        { heading: format.sections.find((s) => s.id === "s6")?.heading ?? "s6", text: data.narratives.s6 },
      ]
    : [{ heading: "报告正文", text: data.narratives.s1 }];
  return (
    <section aria-labelledby="preview-heading" className="mt-8 rounded border border-slate-200 bg-white p-5">
      <h2 id="preview-heading" className="text-lg font-semibold">
        预览：{preview.organ ?? "（未识别机关）"} {preview.year}年度报告
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-slate-600">导入到</dt>
        <dd>{preview.filingUnit.label}</dd>
        <dt className="text-slate-600">报告格式</dt>
        <dd>
          {format.title}（{format.issuedBy}）
        </dd>
        <dt className="text-slate-600">公开日期</dt>
        <dd>
          <PreviewDate preview={preview} />
        </dd>
        <dt className="text-slate-600">来源</dt>
        <dd>{preview.source.name}</dd>
      </dl>
      {warning ? <p className="mt-3 font-medium text-amber-900">{warning}</p> : null}

      {preview.issues.length > 0 ? (
        <div className="mt-4 border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="import-issues">
          <h3 className="font-semibold text-amber-900">
            导入提示（{preview.issues.length}）：以下内容请对照原文核对
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {preview.issues.map((issue, i) => (
              <li key={i}>
                {issue.message}
                {issue.raw !== null ? (
                  <>
                    {" "}
                    原文：<code className="rounded bg-white px-1">{issue.raw}</code>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="mt-4">
        {preview.findings.length > 0 ? (
          <FindingsList findings={preview.findings} title={`数据核验：${preview.findings.length} 项`} />
        ) : (
          <p className="text-green-800">数据核验未发现问题。</p>
        )}
      </div>

      <SaveImportForm key={preview.id} preview={preview} />

      <div className="mt-6">
        <PreviewTables formatId={preview.formatId} data={preview.data} flaggedCells={flagged} />
      </div>

      <div className="mt-6 space-y-4">
        {narratives.map((n) => (
          <details key={n.heading} className="rounded border border-slate-200 p-3">
            <summary className="cursor-pointer font-semibold">{n.heading}</summary>
            <p className="mt-2 whitespace-pre-wrap">{n.text || "（空）"}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
