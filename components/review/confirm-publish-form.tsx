"use client";
import { useActionState, useRef, type ReactNode } from "react";
import type { FormState } from "@/lib/actions/action-result";
import type { PublicationPreview } from "@/lib/review/publication-preview";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * A publishing action that cannot go off by one click: the button opens a
 * dialog showing what the public will get (title, revision, findings, any
 * warning left unexplained); only its own button publishes.
 */
export function ConfirmPublishForm({
  action,
  submitLabel,
  preview,
  children,
}: {
  action: Action;
  submitLabel: string;
  preview: PublicationPreview;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const dialog = useRef<HTMLDialogElement>(null);
  const row = "grid grid-cols-[6rem_1fr] gap-2 py-1";
  return (
    <form action={formAction}>
      {children}
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="mt-3 rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700"
      >
        {submitLabel}…
      </button>
      <ConfirmDialog
        dialog={dialog}
        titleId="confirm-publish-title"
        title="确认公开"
        confirm={{ label: `确认${submitLabel}`, pending, tone: "danger", type: "submit" }}
        footer={
          <div role="status" aria-live="polite">
            {state && !state.ok ? <p className="mt-3 font-medium text-seal-700">{state.message}</p> : null}
          </div>
        }
      >
        <p className="mt-1 text-sm text-slate-700">
          公开后报告即出现在公开栏目，不能撤回，只能通过“更正”修改。
        </p>
        <dl className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
          <div className={row}>
            <dt className="text-slate-600">标题</dt>
            <dd className="font-medium">{preview.title}</dd>
          </div>
          <div className={row}>
            <dt className="text-slate-600">版本</dt>
            <dd>{preview.revision === 1 ? "第 1 版（首次公开）" : `第 ${preview.revision} 版（更正）`}</dd>
          </div>
          <div className={row}>
            <dt className="text-slate-600">核验问题</dt>
            <dd>
              错误 {preview.errors} 个，警告 {preview.warnings} 个，提示 {preview.notices} 个
            </dd>
          </div>
          <div className={row}>
            <dt className="text-slate-600">未说明的警告</dt>
            <dd>
              {preview.unexplained.length === 0 ? (
                "无"
              ) : (
                <ul className="list-disc pl-5 text-seal-700">
                  {preview.unexplained.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      </ConfirmDialog>
    </form>
  );
}
