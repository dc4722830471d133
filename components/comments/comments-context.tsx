"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { ThreadView } from "./comment-threads";

const CommentsContext = createContext<ThreadView[]>([]);

/** The report's comment threads for the clerk's pages (loaded once by the year layout). */
export function CommentsProvider({ threads, children }: { threads: ThreadView[]; children: ReactNode }) {
  return <CommentsContext.Provider value={threads}>{children}</CommentsContext.Provider>;
}

export function useCommentThreads(): ThreadView[] {
  return useContext(CommentsContext);
}
