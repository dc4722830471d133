import type { ReactNode } from "react";
import { CommentsProvider } from "@/components/comments/comments-context";
import { ReportEditorProvider } from "@/components/report-editor/report-editor-provider";
import { PreviewLinks } from "@/components/report-editor/preview-links";
import { ReportStateBanner } from "@/components/report-editor/report-state-banner";
import { SaveStatus } from "@/components/report-editor/save-status";
import { SectionNav } from "@/components/report-editor/section-nav";
import { StatusTag } from "@/components/ui/status-tag";
import { db } from "@/lib/db/client";
import { lastYearNarratives } from "@/lib/reports/last-year-narratives";
import { loadCountyReference } from "@/lib/reports/load-county-reference";
import { loadFillContext } from "@/lib/reports/load-fill-context";
import { previewPath } from "@/lib/urls/fill-paths";
import { stateBanner } from "@/lib/reports/state-banner";

export default async function ReportYearLayout({
  params,
  children,
}: {
  params: Promise<{ county: string; filingUnit: string; year: string }>;
  children: ReactNode;
}) {
  const ctx = await loadFillContext(await params);
  const banner = stateBanner(ctx.report.status);
  return (
    <ReportEditorProvider
      formatId={ctx.format.id}
      data={ctx.report.data}
      version={ctx.report.version}
      context={ctx.context}
      meta={{
        reportId: ctx.report.id,
        editable: ctx.editable,
        status: ctx.report.status,
        steps: ctx.steps,
        blockedSteps: ctx.blockedSteps,
        basePath: ctx.basePath,
        year: ctx.year,
        organName: ctx.filingUnit.organName,
        lastYear: lastYearNarratives(ctx.context.lastYear),
        countyReference: await loadCountyReference(db, ctx.filingUnit, ctx.year),
      }}
    >
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3 border-b border-slate-200 pb-3">
        <div>
          <p className="text-slate-600">
            {ctx.filingUnit.organName} · 截止 {ctx.deadline}
          </p>
          <p className="text-xl font-semibold">
            {ctx.year}年政府信息公开工作年度报告 <StatusTag status={ctx.report.status} />
          </p>
        </div>
        <div className="flex flex-col items-end gap-2">
          <PreviewLinks previewPath={previewPath(ctx.codes)} />
          {ctx.editable ? <SaveStatus /> : null}
        </div>
      </div>
      {banner ? <ReportStateBanner banner={banner} reason={ctx.reason} /> : null}
      <CommentsProvider threads={ctx.threads} reportId={ctx.report.id}>
        <div className="grid gap-6 lg:grid-cols-[12rem_1fr]">
          <SectionNav format={ctx.format.id} basePath={ctx.basePath} />
          <div className="min-w-0">{children}</div>
        </div>
      </CommentsProvider>
    </ReportEditorProvider>
  );
}
