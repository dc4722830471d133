"use client";
import { useEffect, useRef, useState, type CSSProperties } from "react";
import { CommentThreads, NewCommentForm } from "./comment-threads";
import { anchorOf, useComments } from "./comments-context";

const PANEL_WIDTH = 384;
const GAP = 8;
/** Below this width the panel is a sheet along the bottom of the screen. */
const SHEET_BELOW = 768;

/** Beside the anchor: right of it when there is room, else left of it; a bottom sheet on a phone. */
function placeBeside(anchor: HTMLElement | null): CSSProperties {
  if (!anchor || window.innerWidth < SHEET_BELOW) return { position: "fixed", left: 0, right: 0, bottom: 0 };
  const rect = anchor.getBoundingClientRect();
  const roomRight = window.innerWidth - rect.right - GAP;
  const left = roomRight >= PANEL_WIDTH ? rect.right + GAP : Math.max(GAP, rect.left - GAP - PANEL_WIDTH);
  return {
    position: "absolute",
    left: left + window.scrollX,
    top: rect.top + window.scrollY,
    width: PANEL_WIDTH,
  };
}

/** The threads at one anchor, with reply, resolve and (for the reviewer) a new comment. */
export function CommentPanel() {
  const { threads, reportId, canStart, active, close } = useComments();
  const ref = useRef<HTMLDivElement>(null);
  const target = active?.target ?? "";
  // Only ever rendered in the browser, after a click: the anchor is there to measure.
  const [style, setStyle] = useState<CSSProperties>(() => placeBeside(anchorOf(target)));

  useEffect(() => {
    const place = () => setStyle(placeBeside(anchorOf(target)));
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [target]);
  useEffect(() => {
    // Straight to typing: the new comment, else the first reply box.
    const box =
      ref.current?.querySelector<HTMLTextAreaElement>("textarea:not([data-reply])") ??
      ref.current?.querySelector<HTMLTextAreaElement>("textarea");
    box?.focus();
  }, [target]);

  useEffect(() => {
    // Escape closes the panel wherever focus is: after a post, the form's button gives it up to the page.
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !document.querySelector("dialog[open]")) close();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [close]);

  if (!active) return null;
  const here = threads.filter((t) => t.target === target);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby="comment-panel-title"
      data-testid="comment-panel"
      style={style}
      className="z-40 max-h-[70vh] overflow-y-auto rounded border-2 border-amber-600 bg-white p-4 text-left shadow-xl"
    >
      <div className="mb-3 flex items-start justify-between gap-3">
        <p id="comment-panel-title" className="font-semibold">
          批注：{active.label}
        </p>
        <button
          type="button"
          onClick={close}
          className="shrink-0 whitespace-nowrap rounded border border-slate-500 px-2 py-0.5 text-sm hover:bg-slate-100"
        >
          关闭
        </button>
      </div>
      {here.length > 0 ? <CommentThreads threads={here} reportId={reportId} showTarget={false} /> : null}
      {canStart ? (
        <div className={here.length > 0 ? "mt-4 border-t border-slate-200 pt-3" : ""}>
          <NewCommentForm reportId={reportId} target={target} idPrefix="panel-" />
        </div>
      ) : null}
    </div>
  );
}
