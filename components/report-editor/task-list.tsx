"use client";
import Link from "next/link";
import { CommentThreads } from "@/components/comments/comment-threads";
import { useCommentThreads } from "@/components/comments/comments-context";
import { sectionOfCommentTarget } from "@/lib/comments/comment-targets";
import { useEditor } from "./editor-context";
import { SectionStatusTag } from "./section-status-tag";
import { useSectionProgress } from "./use-section-progress";
import { WithdrawPanel } from "./withdraw-panel";

/** GOV.UK-style task list: every section with its status and open findings. */
export function TaskList() {
  const { store, meta } = useEditor();
  const progress = useSectionProgress();
  const sections = store.format.sections;
  const done = sections.filter((s) => progress[s.id]?.status === "complete").length;
  const threads = useCommentThreads();
  const openIn = (sectionId: string) =>
    threads.filter(
      (t) => t.status === "open" && t.target && sectionOfCommentTarget(store.format, t.target) === sectionId,
    ).length;
  const general = threads.filter((t) => !t.target);
  return (
    <>
      <h1 className="text-2xl font-semibold">填报概览</h1>
      <p className="mt-2 text-slate-700">
        已完成 {done} / {sections.length} 个部分。全部完成且没有错误后，可在“检查并提交”页提交审核。
      </p>
      <div
        className="mt-2 h-2 w-full max-w-md rounded bg-slate-200"
        role="progressbar"
        aria-label="填报进度"
        aria-valuemin={0}
        aria-valuemax={sections.length}
        aria-valuenow={done}
      >
        <div className="h-2 rounded bg-gov-600" style={{ width: `${(done / sections.length) * 100}%` }} />
      </div>
      <WithdrawPanel />
      <ol className="mt-6 divide-y divide-slate-200 border-y border-slate-200 bg-white">
        {sections.map((s) => {
          const p = progress[s.id]!;
          return (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-3">
              <div>
                <Link
                  href={`${meta.basePath}/${s.id}`}
                  className="font-medium text-gov-700 underline underline-offset-2"
                >
                  {s.heading}
                </Link>
                {openIn(s.id) > 0 ? (
                  <p className="text-sm font-medium text-amber-900">{openIn(s.id)} 条待处理批注</p>
                ) : null}
                {/* A section not yet started is simply 未开始: its blanks are not errors to anyone yet. */}
                {p.status !== "not_started" && p.errors + p.warnings > 0 ? (
                  <p className="text-sm text-slate-700">
                    {p.errors > 0 ? `${p.errors} 个错误` : ""}
                    {p.errors > 0 && p.warnings > 0 ? "，" : ""}
                    {p.warnings > 0 ? `${p.warnings} 个警告` : ""}
                  </p>
                ) : null}
              </div>
              <SectionStatusTag status={p.status} />
            </li>
          );
        })}
        <li className="flex items-center justify-between px-3 py-3">
          <Link
            href={`${meta.basePath}/check`}
            className="font-medium text-gov-700 underline underline-offset-2"
          >
            检查并提交
          </Link>
        </li>
      </ol>
      {general.length > 0 ? (
        <section aria-labelledby="general-comments" className="mt-6">
          <h2 id="general-comments" className="mb-2 text-lg font-semibold">
            审核人的总体意见
          </h2>
          <CommentThreads threads={general} reportId={meta.reportId} />
        </section>
      ) : null}
    </>
  );
}
