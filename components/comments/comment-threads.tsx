"use client";
import { addCommentAction, resolveCommentAction } from "@/app/actions/comments";
import { ActionForm } from "@/components/form/action-form";
import { ROLE_LABELS, type Role } from "@/lib/authz/roles";
import type { ThreadView } from "@/lib/comments/thread-views";

export type { ThreadView };

const when = (d: Date) => new Date(d).toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });

/** Comment threads with reply and, for whoever may, resolve; used by the reviewer and the clerk alike. */
export function CommentThreads({
  threads,
  reportId,
  emptyText = "暂无批注。",
  showTarget = true,
}: {
  threads: ThreadView[];
  reportId: string;
  emptyText?: string;
  /** Off inside the panel at the anchor, which names it already. */
  showTarget?: boolean;
}) {
  if (threads.length === 0) return <p className="text-slate-700">{emptyText}</p>;
  return (
    <ol className="space-y-4">
      {threads.map((t) => (
        <li
          key={t.id}
          id={showTarget ? `thread-${t.id}` : undefined}
          data-thread-target={t.target ?? ""}
          className={`rounded border p-3 ${t.status === "open" ? "border-amber-600 bg-white" : "border-slate-300 bg-slate-50"}`}
        >
          <p className="text-sm">
            {showTarget ? <strong className="mr-2">{t.targetLabel}</strong> : null}
            <span
              className={`rounded px-2 py-0.5 text-xs ${t.status === "open" ? "bg-amber-100 text-amber-900" : "bg-green-100 text-green-900"}`}
            >
              {t.status === "open" ? "待处理" : "已解决"}
            </span>
          </p>
          <ul className="mt-2 space-y-2">
            {t.messages.map((m) => (
              <li key={m.id}>
                <p className="text-xs text-slate-600">
                  {m.authorName}（{ROLE_LABELS[m.authorRole as Role] ?? m.authorRole}） · {when(m.createdAt)}
                </p>
                <p className="whitespace-pre-wrap">{m.body}</p>
              </li>
            ))}
          </ul>
          <div className="mt-3 flex flex-wrap items-end gap-4">
            <ActionForm action={addCommentAction} submitLabel="回复" compact className="min-w-[12rem] flex-1">
              <input type="hidden" name="reportId" value={reportId} />
              <input type="hidden" name="parentId" value={t.id} />
              <label
                htmlFor={`reply-${showTarget ? "" : "panel-"}${t.id}`}
                className="block text-sm font-medium"
              >
                回复
              </label>
              <textarea
                id={`reply-${showTarget ? "" : "panel-"}${t.id}`}
                name="body"
                data-reply
                rows={2}
                className="mb-2 block w-full rounded border border-slate-500 p-2"
              />
            </ActionForm>
            {t.status === "open" && t.canResolve ? (
              <ActionForm action={resolveCommentAction} submitLabel="标记为已解决" compact>
                <input type="hidden" name="commentId" value={t.id} />
              </ActionForm>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** A new comment on the report as a whole, or (inside the panel) on the anchor it opened from. */
export function NewCommentForm({
  reportId,
  target = "",
  idPrefix = "",
}: {
  reportId: string;
  target?: string;
  idPrefix?: string;
}) {
  return (
    <ActionForm action={addCommentAction} submitLabel="添加批注" className="space-y-3">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="target" value={target} />
      <div>
        <label htmlFor={`${idPrefix}comment-body`} className="block font-medium">
          {target ? "批注内容" : "对整份报告的意见"}
        </label>
        <textarea
          id={`${idPrefix}comment-body`}
          name="body"
          rows={3}
          className="mt-1 block w-full rounded border border-slate-500 p-2"
        />
      </div>
    </ActionForm>
  );
}
