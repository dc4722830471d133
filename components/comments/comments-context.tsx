"use client";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { ThreadView } from "@/lib/comments/thread-views";
import { CommentPanel } from "./comment-panel";

interface PanelTarget {
  target: string;
  label: string;
}

interface CommentsValue {
  threads: ThreadView[];
  reportId: string;
  /** The reviewer starts threads anywhere; the clerk answers the ones at a cell. */
  canStart: boolean;
  active: PanelTarget | null;
  open: (target: PanelTarget) => void;
  close: () => void;
}

const CommentsContext = createContext<CommentsValue>({
  threads: [],
  reportId: "",
  canStart: false,
  active: null,
  open: () => {},
  close: () => {},
});

/**
 * The report's comment threads (loaded by the page), and the one thread panel
 * that opens beside the cell, row label or heading it is anchored on.
 */
export function CommentsProvider({
  threads,
  reportId,
  canStart = false,
  children,
}: {
  threads: ThreadView[];
  reportId: string;
  canStart?: boolean;
  children: ReactNode;
}) {
  const [active, setActive] = useState<PanelTarget | null>(null);
  const close = useCallback(() => {
    setActive((current) => {
      // Back to where the reader was: the anchor that opened the panel.
      if (current) anchorOf(current.target)?.focus();
      return null;
    });
  }, []);
  const value = useMemo(
    () => ({ threads, reportId, canStart, active, open: setActive, close }),
    [threads, reportId, canStart, active, close],
  );
  return (
    <CommentsContext.Provider value={value}>
      {children}
      {active ? <CommentPanel key={active.target} /> : null}
    </CommentsContext.Provider>
  );
}

export function useComments(): CommentsValue {
  return useContext(CommentsContext);
}

export function useCommentThreads(): ThreadView[] {
  return useContext(CommentsContext).threads;
}

/** The element a panel stands beside. */
export function anchorOf(target: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-comment-anchor="${CSS.escape(target)}"]`);
}
