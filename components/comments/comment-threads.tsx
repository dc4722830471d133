"use client";
import { addCommentAction, resolveCommentAction } from "@/app/actions/comments";
import { ActionForm } from "@/components/form/action-form";
import type { CommentThread } from "@/lib/comments/list-comments";
import { ROLE_LABELS, type Role } from "@/lib/authz/roles";

export type ThreadView = CommentThread & { targetLabel: string };

const when = (d: Date) => new Date(d).toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });

/** Comment threads with reply and resolve; used by the reviewer and the clerk alike. */
export function CommentThreads({ threads, reportId, emptyText = "暂无批注。" }: { threads: ThreadView[]; reportId: string; emptyText?: string }) {
  if (threads.length === 0) return <p className="text-slate-700">{emptyText}</p>;
  return (
    <ol className="space-y-4">
      {threads.map((t) => (
        <li key={t.id} id={`thread-${t.id}`} data-thread-target={t.target ?? ""} className={`rounded border p-3 ${t.status === "open" ? "border-amber-600 bg-white" : "border-slate-300 bg-slate-50"}`}>
          <p className="text-sm">
            <strong>{t.targetLabel}</strong>
            <span className={`ml-2 rounded px-2 py-0.5 text-xs ${t.status === "open" ? "bg-amber-100 text-amber-900" : "bg-green-100 text-green-900"}`}>
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
            <ActionForm action={addCommentAction} submitLabel="回复" compact className="flex-1">
              <input type="hidden" name="reportId" value={reportId} />
              <input type="hidden" name="parentId" value={t.id} />
              <label htmlFor={`reply-${t.id}`} className="block text-sm font-medium">回复</label>
              <textarea id={`reply-${t.id}`} name="body" rows={2} className="mb-2 block w-full rounded border border-slate-500 p-2" />
            </ActionForm>
            {t.status === "open" ? (
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

/** A new comment on the report, a section or a cell. */
export function NewCommentForm({
  reportId,
  targets,
  defaultTarget = "",
}: {
  reportId: string;
  targets: { group: string; options: { value: string; label: string }[] }[];
  defaultTarget?: string;
}) {
  return (
    <ActionForm action={addCommentAction} submitLabel="添加批注" className="space-y-3">
      <input type="hidden" name="reportId" value={reportId} />
      <div>
        <label htmlFor="comment-target" className="block font-medium">批注位置</label>
        <select id="comment-target" name="target" defaultValue={defaultTarget} className="mt-1 block w-full max-w-xl rounded border border-slate-500 px-2 py-2">
          <option value="">整份报告（总体意见）</option>
          {targets.map((g) => (
            <optgroup key={g.group} label={g.group}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>{o.label}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="comment-body" className="block font-medium">批注内容</label>
        <textarea id="comment-body" name="body" rows={3} className="mt-1 block w-full rounded border border-slate-500 p-2" />
      </div>
    </ActionForm>
  );
}
