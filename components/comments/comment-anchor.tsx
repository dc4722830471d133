"use client";
import type { ReactNode } from "react";
import { useComments } from "./comments-context";

/**
 * Makes a cell, row label or heading a place to comment: a button (click or
 * Enter) that opens the thread panel beside it, with a count of its threads.
 * Without the right to start a thread it shows only where threads exist.
 */
export function CommentAnchor({
  target,
  label,
  children,
  className = "",
}: {
  target: string;
  label: string;
  children?: ReactNode;
  className?: string;
}) {
  const { threads, canStart, active, open } = useComments();
  const here = threads.filter((t) => t.target === target);
  const pending = here.filter((t) => t.status === "open").length;
  if (!canStart && here.length === 0) return <>{children}</>;
  return (
    <button
      type="button"
      data-comment-anchor={target}
      aria-expanded={active?.target === target}
      aria-haspopup="dialog"
      onClick={() => open({ target, label })}
      className={`comment-anchor ${className}`}
    >
      {children}
      {here.length > 0 ? (
        <span
          data-comment-count={target}
          className={`ml-1 inline-block rounded px-1 text-xs ${pending > 0 ? "bg-amber-200 text-amber-950" : "bg-slate-200 text-slate-800"}`}
        >
          批注{here.length}
          <span className="sr-only">{pending > 0 ? `，${pending}条待处理` : "，均已解决"}</span>
        </span>
      ) : (
        <span className="sr-only">（添加批注）</span>
      )}
    </button>
  );
}
