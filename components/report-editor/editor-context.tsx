"use client";
import { createContext, useContext, useSyncExternalStore } from "react";
import type { EditorState, EditorStore } from "@/lib/editor/editor-store";

export interface EditorMeta {
  reportId: string;
  editable: boolean;
  basePath: string;
  year: number;
  organName: string;
}

export const EditorContext = createContext<{ store: EditorStore; meta: EditorMeta } | null>(null);

export function useEditor() {
  const value = useContext(EditorContext);
  if (!value) throw new Error("useEditor outside ReportEditorProvider");
  return value;
}

/** Subscribes to one slice of the editor; the component re-renders only when the slice changes. */
export function useEditorSelector<T>(selector: (state: EditorState) => T): T {
  const { store } = useEditor();
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.getState()),
    () => selector(store.getState()),
  );
}
