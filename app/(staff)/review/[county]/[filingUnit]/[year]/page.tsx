import type { Metadata } from "next";
import Link from "next/link";
import { CommentThreads, NewCommentForm } from "@/components/comments/comment-threads";
import { CommentsProvider } from "@/components/comments/comments-context";
import { EventHistory } from "@/components/review/event-history";
import { FindingsPanel } from "@/components/review/findings-panel";
import { ReviewActions } from "@/components/review/review-actions";
import { ReviewReportView } from "@/components/review/review-report-view";
import { StatusTag } from "@/components/ui/status-tag";
import { threadViews } from "@/lib/comments/thread-views";
import { UNKNOWN_DATE_LABEL } from "@/lib/publications/china-date";
import { loadReviewContext } from "@/lib/reports/load-review-context";
import { publicationPreview } from "@/lib/review/publication-preview";
import { reviewPaths } from "@/lib/urls/review-paths";

export const metadata: Metadata = { title: "审阅报告" };

const card = "rounded border border-slate-200 bg-white p-5";
const day = (d: Date | null) => (d ? d.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" }) : "—");

const DONE_MESSAGES: Record<string, (revision?: string) => string> = {
  returned: () => "已退回，填报人会在填报页面看到退回原因。",
  approved: () => "已审核通过，可以公开。",
  published: (revision) => `已公开（第 ${revision ?? "1"} 版）。`,
  correction: () => "已发起更正。填报人修改后重新提交；在更正公开前，公众仍看到已公开的版本。",
};

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ county: string; filingUnit: string; year: string }>;
  searchParams: Promise<{ done?: string; revision?: string }>;
}) {
  const ctx = await loadReviewContext(await params);
  const { done, revision } = await searchParams;
  const doneMessage = done && DONE_MESSAGES[done] ? DONE_MESSAGES[done](revision) : null;
  const threads = threadViews(ctx.format, ctx.comments, ctx.user.role);
  const open = threads.filter((t) => t.status === "open").length;
  const title = `${ctx.filingUnit.organName}${ctx.year}年政府信息公开工作年度报告`;
  return (
    <>
      <p className="text-slate-600">
        <Link href={reviewPaths.dashboard(ctx.filingUnit.county.code)} className="text-gov-700 underline">
          {ctx.filingUnit.county.name} · 审核
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-4 text-slate-700">
        <StatusTag status={ctx.report.status} />
        <span>提交时间 {day(ctx.report.submittedAt)}</span>
        <span>公开截止 {ctx.deadline}</span>
        {ctx.publications.length > 0 ? (
          <span>公开日期 {ctx.report.publishedAt ? day(ctx.report.publishedAt) : UNKNOWN_DATE_LABEL}</span>
        ) : null}
        <span>待处理批注 {open} 条</span>
        {ctx.canReview ? (
          <a href="#actions-heading" className="text-gov-700 underline">
            读完报告后审核（页面底部）
          </a>
        ) : null}
      </p>

      {doneMessage ? (
        <p
          role="status"
          className="mt-4 border-l-4 border-green-700 bg-green-50 p-3 font-medium text-green-900"
        >
          {doneMessage}
        </p>
      ) : null}

      <section aria-labelledby="findings-heading" className={`mt-6 ${card}`}>
        <h2 id="findings-heading" className="mb-3 text-lg font-semibold">
          数据核验
        </h2>
        <FindingsPanel findings={ctx.findings} explanations={ctx.explanations} />
      </section>

      {ctx.changes ? (
        <section aria-labelledby="changes-heading" className={`mt-6 ${card}`}>
          <h2 id="changes-heading" className="mb-2 text-lg font-semibold">
            与上次提交相比的修改
          </h2>
          {ctx.changes.length === 0 ? (
            <p>与上次提交的内容相同。</p>
          ) : (
            <>
              <p className="text-slate-700">
                共 {ctx.changes.length}{" "}
                处修改，已在下方报告中标出：改动的单元格加蓝框并注明原值，文字部分标出新增和删除的词语。
              </p>
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {ctx.changes.map((c) => (
                  <li key={c.target}>
                    <a
                      href={c.target.startsWith("s") ? `#section-${c.target}` : `#review-${c.target}`}
                      className="text-gov-700 underline"
                    >
                      {c.label}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}

      <CommentsProvider threads={threads} reportId={ctx.report.id} canStart>
        <section aria-labelledby="report-heading" className="mt-6">
          <h2 id="report-heading" className="text-lg font-semibold">
            报告内容
          </h2>
          <p className="mb-4 text-sm text-slate-700">
            点击（或按 Enter）任一数字、行名或部分标题，在旁边写批注；填报人在填报页面的同一位置看到并回复。
          </p>
          <ReviewReportView
            format={ctx.format}
            data={ctx.report.data}
            findings={ctx.findings}
            lastYear={ctx.lastYear}
            changes={ctx.changes}
          />
        </section>

        <section aria-labelledby="comments-heading" className={`mt-8 ${card}`}>
          <h2 id="comments-heading" className="mb-3 text-lg font-semibold">
            全部批注
          </h2>
          <CommentThreads threads={threads} reportId={ctx.report.id} />
          <div className="mt-6 border-t border-slate-200 pt-4">
            <NewCommentForm reportId={ctx.report.id} />
          </div>
        </section>
      </CommentsProvider>

      {ctx.canReview ? (
        <section aria-labelledby="actions-heading" className={`mt-8 ${card}`}>
          <h2 id="actions-heading" className="mb-3 text-lg font-semibold">
            审核操作
          </h2>
          <ReviewActions
            reportId={ctx.report.id}
            state={ctx.report}
            approvalPublishes={ctx.approvalPublishes}
            preview={publicationPreview({
              title,
              publishedRevisions: ctx.publications.length,
              findings: ctx.findings,
              explanations: ctx.explanations,
            })}
          />
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className={`mt-8 ${card}`}>
        <h2 id="history-heading" className="mb-3 text-lg font-semibold">
          操作记录
        </h2>
        <EventHistory events={ctx.events} />
        {ctx.publications.length > 0 ? (
          <ul className="mt-4 text-sm">
            {ctx.publications.map((p) => (
              <li key={p.revision}>
                第 {p.revision} 版 · {p.publishedAt ? day(p.publishedAt) : UNKNOWN_DATE_LABEL} 公开
                {p.correctionNote ? `（更正：${p.correctionNote}）` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
