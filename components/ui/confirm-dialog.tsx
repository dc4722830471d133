"use client";
import type { ReactNode, RefObject } from "react";

/**
 * A modal that asks before an action that matters (publishing, withdrawing):
 * its title, what will happen, the one button that acts, and 取消 (focused
 * first, so Enter alone never confirms). Inside a form, `confirm.type`
 * "submit" posts the form; otherwise `confirm.onClick` acts.
 */
export function ConfirmDialog({
  dialog,
  titleId,
  title,
  confirm,
  widthClass = "w-[36rem]",
  children,
  footer,
}: {
  dialog: RefObject<HTMLDialogElement | null>;
  titleId: string;
  title: string;
  confirm:
    | { label: string; pending: boolean; tone: "danger" | "primary"; type: "submit" }
    | {
        label: string;
        pending: boolean;
        tone: "danger" | "primary";
        type: "button";
        onClick: () => void;
      };
  widthClass?: string;
  children: ReactNode;
  /** Below the buttons: the outcome of a refused attempt. */
  footer?: ReactNode;
}) {
  const tone = confirm.tone === "danger" ? "bg-seal-700 hover:bg-red-900" : "bg-gov-600 hover:bg-gov-700";
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className={`m-auto ${widthClass} max-w-[calc(100vw-2rem)] rounded border border-slate-300 p-6 shadow-xl backdrop:bg-slate-900/50`}
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
      <div className="mt-5 flex flex-wrap gap-3">
        <button
          type={confirm.type}
          disabled={confirm.pending}
          onClick={confirm.type === "button" ? confirm.onClick : undefined}
          className={`rounded px-4 py-2 font-medium text-white disabled:opacity-60 ${tone}`}
        >
          {confirm.label}
        </button>
        <button
          type="button"
          autoFocus
          onClick={() => dialog.current?.close()}
          className="rounded border border-slate-500 px-4 py-2 hover:bg-slate-100"
        >
          取消
        </button>
      </div>
      {footer}
    </dialog>
  );
}
